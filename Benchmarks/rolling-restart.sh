#!/usr/bin/env bash
# A rolling restart of the three gateways of `make cluster` while deltas flow through HAProxy.
#
#   Benchmarks/rolling-restart.sh NAME [CONNECTIONS] [SECONDS]
#
# Starts the cluster when it is not running (DEMO_MATCHES=0: the harness publishes), measures a
# quiet window first (the latency outside restarts), then runs `fanout` through HAProxy with
# viewers that reconnect after 0–5 s and resume with `since`, and meanwhile restarts gateway1,
# gateway2, gateway3 one after another (Docker/cluster.sh restart), timing each drain and refill.
# Reports go to Benchmarks/results/DATE-NAME-{quiet,rolling}.* and DATE-NAME-restarts.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; connections=${2:-9000}; seconds=${3:-100}
ulimit -n "$(ulimit -Hn)"
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
mkdir -p Benchmarks/results
if [[ ! -f .cluster/env ]]; then
    DEMO_MATCHES=0 LOG_LEVEL=warning bash Docker/cluster.sh start
fi
# shellcheck disable=SC1091
source .cluster/env
common=(--port "$CLUSTER_PORT" --gateways "127.0.0.1:$CLUSTER_PORT" --probe-gateways "$CLUSTER_GATEWAYS"
    --publish "$CLUSTER_INGEST" --redis-pid "$CLUSTER_REDIS_PID" --connections "$connections" --matches 100
    --zipf 1.1 --rate 2 --workers 2 --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 --connect-rate 1500)

echo "== quiet window: $connections viewers through HAProxy, no restart"
.build/release/crease-bench fanout "${common[@]}" --gateway-pids "$CLUSTER_GATEWAY_PIDS" --duration 30 --warmup 5 \
    --json "$out-quiet.json" --markdown "$out-quiet.md"

echo "== rolling restart during a ${seconds} s window"
.build/release/crease-bench fanout "${common[@]}" --reconnect-jitter 5 --duration "$seconds" --warmup 5 \
    --json "$out-rolling.json" --markdown "$out-rolling.md" >"$out-rolling.log" 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true' EXIT
until grep -q '^connected' "$out-rolling.log"; do
    kill -0 $bench 2>/dev/null || { cat "$out-rolling.log"; exit 1; }
    sleep 0.5
done
sleep 10  # the warm-up, and a few seconds of the measured window before the first restart
RESTART_REFILL=$((connections * 9 / 30)) bash Docker/cluster.sh restart | tee "$out-restarts.txt"
wait $bench
trap - EXIT
tail -n 40 "$out-rolling.log"
