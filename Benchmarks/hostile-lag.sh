#!/usr/bin/env bash
# What each hostile behaviour costs a gateway on its own (issue 16, item 4): a fresh release
# gateway with default settings, Benchmarks/hostile-clients.py with one behaviour (333
# connections; `all`: 2,000 of every kind), no viewers. Over 20 s after 10 s of attack it reads
# the gateway's CPU (from /proc) and the event-loop lag histogram (two /metrics scrapes) and
# prints, per behaviour: CPU in hundredths of a second per 20 s, the lag's p50/p99 bucket bounds
# and the share of samples over 5, 10, 25, 50 and 100 ms (Benchmarks/metrics-window.py). Files go
# to OUT (default /tmp/hostile-lag).
#
# Usage: Benchmarks/hostile-lag.sh [KIND ...]   (default: all ping-flood bomb sub-spam never-read)
#        GATEWAY_BIN=path   the gateway to measure (default .build/release/crease-gateway)
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 20000
port=${GATEWAY_PORT:-18481}
out=${OUT:-/tmp/hostile-lag}
gateway_bin=${GATEWAY_BIN:-.build/release/crease-gateway}
mkdir -p "$out"
[[ -x $gateway_bin ]] || swift build -c release
kinds=("$@")
[[ ${#kinds[@]} -gt 0 ]] || kinds=(all ping-flood bomb sub-spam never-read)
for kind in "${kinds[@]}"; do
    GATEWAY_PORT=$port LOG_LEVEL=warning "$gateway_bin" >"$out/$kind.gateway.log" 2>&1 &
    gateway=$!
    for _ in $(seq 100); do curl -sf "127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
    if [[ $kind == all ]]; then args=(--connections 2000); else args=(--connections 333 --only "$kind"); fi
    nice -n 19 python3 Benchmarks/hostile-clients.py --port "$port" "${args[@]}" --duration 35 \
        --sources 127.0.0.6,127.0.0.7,127.0.0.8,127.0.0.9,127.0.0.10,127.0.0.11 --source-by-kind >"$out/$kind.json" 2>"$out/$kind.log" &
    attacker=$!
    sleep 10
    curl -s "127.0.0.1:$port/metrics" >"$out/$kind.a"
    before=$(awk '{ print $14 + $15 }' "/proc/$gateway/stat")
    sleep 20
    curl -s "127.0.0.1:$port/metrics" >"$out/$kind.b"
    after=$(awk '{ print $14 + $15 }' "/proc/$gateway/stat")
    echo "$kind: gateway CPU $((after - before)) cs per 20 s;" \
        "$(Benchmarks/metrics-window.py "$out/$kind.a" "$out/$kind.b" crease_event_loop_lag_seconds)"
    wait "$attacker" || true
    echo "  attacker: $(cat "$out/$kind.json")"
    kill "$gateway"
    wait "$gateway" 2>/dev/null || true
done
