#!/usr/bin/env bash
# compose-restart.sh — a rolling `compose restart` of the three gateways under load, through
# HAProxy: VIEWERS viewers (default 3,000) on 10 matches at 1 delta/s each, reconnecting after
# 0–5 s of jitter, while gateway1, gateway2 and gateway3 are restarted one after the other.
# Reports lost deltas, duplicates and the time until all are back (crease-bench's report).
# Needs the topology up (make docker-test leaves none: run `docker-compose -f Docker/compose.yaml
# up -d` with the image settings of the README's Containers section first) and a release
# crease-bench (swift build -c release). Results: Benchmarks/results/DATE-compose-restart.*
set -euo pipefail
cd "$(dirname "$0")/.."
viewers=${VIEWERS:-3000}
proxy=${CREASE_PORT:-127.0.0.1:8080}
out=Benchmarks/results/$(date -u +%Y-%m-%d)-compose-restart
COMPOSE=(docker-compose -f Docker/compose.yaml)
.build/release/crease-bench fanout --gateways "$proxy" --probe-gateways 127.0.0.1:18081,127.0.0.1:18082,127.0.0.1:18083 \
    --publish 127.0.0.1:18080 --connections "$viewers" --matches 10 --rate 1 --duration 75 --warmup 5 --workers 1 \
    --reconnect-jitter 5 --sources 127.0.0.2,127.0.0.3 --json "$out.json" --markdown "$out.md" >"$out.log" 2>&1 &
bench=$!
sleep 20
for gateway in gateway1 gateway2 gateway3; do
    started=$(date +%s.%N)
    "${COMPOSE[@]}" restart -t 20 "$gateway" >/dev/null 2>&1
    printf 'compose-restart: %s restarted in %.1f s\n' "$gateway" "$(echo "$(date +%s.%N) - $started" | bc)"
    sleep 5
done
wait "$bench"
grep -E "lost|duplicates|resyncs|deliveries/s|latency|closes|reconnect" "$out.md" || true
