#!/usr/bin/env bash
# Redis mode on this machine: redis-server, crease-ingest and GATEWAYS gateway processes on
# loopback, then one crease-bench scenario over all of them; reports go to Benchmarks/results/.
# Usage: GATEWAYS=3 Benchmarks/run-redis.sh NAME SCENARIO [crease-bench options…]
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; scenario=$2; shift 2
ulimit -n 20000
gateways=${GATEWAYS:-3}
redis_port=${REDIS_PORT:-16380}
ingest_port=${INGEST_PORT:-18081}
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
mkdir -p Benchmarks/results
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null 2>&1 &
redis_pid=$!; pids+=("$redis_pid")
for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.05; done
export REDIS_URL=redis://127.0.0.1:$redis_port LOG_LEVEL=${LOG_LEVEL:-warning}
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
.build/release/crease-bench "$scenario" --gateways "$(IFS=,; echo "${targets[*]}")" --publish "127.0.0.1:$ingest_port" \
    --gateway-pids "$(IFS=,; echo "${gateway_pids[*]}")" --redis-pid "$redis_pid" \
    --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5,127.0.0.6,127.0.0.7 \
    --json "$out.json" --markdown "$out.md" --svg "$out.svg" "$@"
