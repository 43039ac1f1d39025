#!/usr/bin/env bash
# Redis mode on this machine: Redis, crease-ingest and GATEWAYS gateway processes on loopback,
# then one crease-bench scenario over all of them; reports go to Benchmarks/results/.
# Usage: GATEWAYS=3 Benchmarks/run-redis.sh NAME SCENARIO [crease-bench options…]
#
#   REDIS_MODE=cluster   a Redis Cluster of 3 primaries + 3 replicas (REDIS_PORT..+5) instead of
#                        one redis-server; writes each primary's CPU seconds to NAME.redis-cpu.txt
#   FAILOVER_AT=S        (cluster) S seconds after the gateways are ready, SIGKILL the first
#                        primary; NAME.failover.txt gets the seconds until every gateway's
#                        /readyz is 200 again (every affected channel resubscribed, its clients
#                        sent `resync`)
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; scenario=$2; shift 2
ulimit -n 20000
gateways=${GATEWAYS:-3}
redis_port=${REDIS_PORT:-16380}
ingest_port=${INGEST_PORT:-18081}
mode=${REDIS_MODE:-single}
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
mkdir -p Benchmarks/results
pids=()
work=$(mktemp -d)
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cpu_seconds() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"; }

redis_pids=()
if [[ $mode == cluster ]]; then
  nodes=()
  for i in 0 1 2 3 4 5; do
    p=$((redis_port + i))
    redis-server --port "$p" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" --cluster-enabled yes \
      --cluster-config-file "nodes-$p.conf" --cluster-node-timeout 1000 --repl-diskless-sync-delay 0 >/dev/null 2>&1 &
    pids+=("$!"); redis_pids+=("$!"); nodes+=("127.0.0.1:$p")
  done
  for i in 0 1 2 3 4 5; do
    for _ in $(seq 100); do redis-cli -p $((redis_port + i)) ping >/dev/null 2>&1 && break; sleep 0.05; done
  done
  redis-cli --cluster create "${nodes[@]}" --cluster-replicas 1 --cluster-yes >/dev/null
  for i in 0 1 2 3 4 5; do
    until redis-cli -p $((redis_port + i)) cluster info | grep -q cluster_state:ok &&
      redis-cli -p $((redis_port + i)) info replication | grep -qE 'role:master|master_link_status:up'; do sleep 0.1; done
  done
  export REDIS_CLUSTER_NODES=$(IFS=,; echo "${nodes[*]}")
  unset REDIS_URL
else
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null 2>&1 &
  pids+=("$!"); redis_pids+=("$!")
  for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.05; done
  export REDIS_URL=redis://127.0.0.1:$redis_port
  unset REDIS_CLUSTER_NODES
fi
export LOG_LEVEL=${LOG_LEVEL:-warning}
INGEST_PORT=$ingest_port .build/release/crease-ingest >"$out.ingest.log" 2>&1 &
pids+=("$!")
targets=(); gateway_pids=()
for i in $(seq 0 $((gateways - 1))); do
  port=$((18090 + i))
  GATEWAY_PORT=$port NODE_ID=gateway-$i .build/release/crease-gateway >"$out.gateway-$i.log" 2>&1 &
  pids+=("$!"); gateway_pids+=("$!"); targets+=("127.0.0.1:$port")
done
for target in "${targets[@]}" "127.0.0.1:$ingest_port"; do
  for _ in $(seq 100); do curl -sf "$target/readyz" >/dev/null && break; sleep 0.1; done
done
before=(); for pid in "${redis_pids[@]}"; do before+=("$(cpu_seconds "$pid")"); done

failover_pid=
if [[ $mode == cluster && -n ${FAILOVER_AT:-} ]]; then
  (
    sleep "$FAILOVER_AT"
    kill -9 "${redis_pids[0]}"
    t0=$(date +%s.%N)
    for target in "${targets[@]}"; do
      # Not ready first (it noticed), then ready again.
      until ! curl -sf "$target/readyz" >/dev/null || (( $(date +%s) - ${t0%.*} > 5 )); do sleep 0.05; done
      until curl -sf "$target/readyz" >/dev/null; do sleep 0.05; done
    done
    t1=$(date +%s.%N)
    printf 'primary %s killed at %s; every gateway ready again %.2f s later\n' "${nodes[0]}" "$t0" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" >"$out.failover.txt"
    for target in "${targets[@]}"; do
      curl -s "$target/metrics" | grep -E '^crease_(bus_resubscriptions|bus_reconnects|resyncs_total|bus_shard_connections)' |
        sed "s|^|$target |" >>"$out.failover.txt"
    done
  ) &
  failover_pid=$!
fi

.build/release/crease-bench "$scenario" --gateways "$(IFS=,; echo "${targets[*]}")" --publish "127.0.0.1:$ingest_port" \
    --gateway-pids "$(IFS=,; echo "${gateway_pids[*]}")" --redis-pid "${redis_pids[0]}" \
    --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5,127.0.0.6,127.0.0.7 \
    --json "$out.json" --markdown "$out.md" --svg "$out.svg" "$@"

: >"$out.redis-cpu.txt"
for i in "${!redis_pids[@]}"; do
  pid=${redis_pids[i]}
  [[ -e /proc/$pid/stat ]] || { echo "node $i (pid $pid): killed during the run" >>"$out.redis-cpu.txt"; continue; }
  role=$([[ $mode == cluster ]] && redis-cli -p $((redis_port + i)) role | head -1 || echo master)
  printf 'node %s (port %s, %s): %.2f CPU seconds during the run\n' "$i" $((redis_port + i)) "$role" \
    "$(awk -v a="${before[i]}" -v b="$(cpu_seconds "$pid")" 'BEGIN { print b - a }')" >>"$out.redis-cpu.txt"
done
[[ -z $failover_pid ]] || wait "$failover_pid"

if [[ $mode == cluster ]]; then
  # Ingest's seqs: each match's stream on the primary that serves it now runs 1, 2, 3, … with
  # nothing repeated or skipped (every publish acknowledged before a failover is still there).
  : >"$out.streams.txt"
  matches=0; broken=0
  for i in "${!redis_pids[@]}"; do
    [[ -e /proc/${redis_pids[i]}/stat ]] || continue
    p=$((redis_port + i))
    [[ $(redis-cli -p $p role | head -1) == master ]] || continue
    for key in $(redis-cli -p $p --scan --pattern 'match:{*}:log'); do
      matches=$((matches + 1))
      ids=$(redis-cli -p $p xrange "$key" - + | grep -E '^[0-9]+-0$' | sed 's/-0$//')
      if ! awk 'NR == 1 { first = $1 } { if (NR > 1 && $1 != prev + 1) bad = 1; prev = $1 } END { exit bad || first != 1 }' <<<"$ids"; then
        broken=$((broken + 1)); echo "$key: $(tr '\n' ' ' <<<"$ids")" >>"$out.streams.txt"
      fi
    done
  done
  echo "$matches match streams checked, $broken with a seq repeated, skipped or not starting at 1" >>"$out.streams.txt"
  tail -1 "$out.streams.txt"
fi
