#!/usr/bin/env bash
# Runs one crease-bench scenario against a fresh release gateway on this machine and keeps the
# reports (and the gateway's final /metrics) in Benchmarks/results/. Usage: Benchmarks/run.sh NAME SCENARIO [crease-bench options…]
# (reconnect-storm starts its own gateway.) Gateway settings come from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; scenario=$2; shift 2
ulimit -n 20000
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
mkdir -p Benchmarks/results
port=${GATEWAY_PORT:-18080}
sources=127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5
if [ "$scenario" = reconnect-storm ]; then
  .build/release/crease-bench "$scenario" --port "$port" --sources "$sources" \
      --json "$out.json" --markdown "$out.md" --svg "$out.svg" "$@"
  exit
fi
GATEWAY_PORT=$port LOG_LEVEL=${LOG_LEVEL:-warning} .build/release/crease-gateway >"$out.gateway.log" 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "localhost:$port/readyz" >/dev/null && break; sleep 0.1; done
.build/release/crease-bench "$scenario" --port "$port" --sources "$sources" --gateway-pid "$gateway" \
    --json "$out.json" --markdown "$out.md" --svg "$out.svg" "$@"
# The gateway's own counters at the end (deflate calls, bytes sent, drops), kept with the report.
curl -sf "localhost:$port/metrics" >"$out.metrics.txt" || true
