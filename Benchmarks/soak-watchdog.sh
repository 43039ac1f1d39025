#!/usr/bin/env bash
# A soak with a watchdog (issue 19): one release crease-gateway, embedded mode, with the settings
# of the black-box suite that saw a gateway stop answering (MAX_CONNECTIONS 1000,
# MAX_SUBSCRIPTIONS 50, OUTBOUND_QUEUE_DEPTH 64, DRAIN_SECONDS 2), under a rotating mix of
# crease-bench scenarios (viewers leaving and joining, stalled and 2G viewers, compressed
# fan-out) for MINUTES, while a prober publishes over a
# fresh HTTP connection and reads /healthz every 0.3 s.
#
# When neither answers for STALL_SECONDS, the watchdog captures every thread's stack
# (gdb -batch -ex 'thread apply all bt') and /metrics (if it still answers) into the results
# folder, and goes on (at most 3 captures). At the end: probes, failures, the slowest probe,
# stalls, the gateway's RSS and descriptors at start and end, and one line per scenario round
# with its lost deltas and the RSS and descriptors after it.
#
# Usage: Benchmarks/soak-watchdog.sh [MINUTES]      (default 60; results in
#        Benchmarks/results/<date>-soak/, summary in summary.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-60}
stall_seconds=${STALL_SECONDS:-3}
port=${SOAK_PORT:-18470}
out=Benchmarks/results/$(date -u +%Y-%m-%d)-soak
mkdir -p "$out"
ulimit -n 20000
command -v gdb >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdb >/dev/null; }
[[ -x .build/release/crease-gateway && -x .build/release/crease-bench ]] || swift build -c release

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

MAX_CONNECTIONS=1000 MAX_SUBSCRIPTIONS=50 OUTBOUND_QUEUE_DEPTH=64 DRAIN_SECONDS=2 LOG_LEVEL=warning \
    GATEWAY_HOST=127.0.0.1 GATEWAY_PORT=$port NODE_ID=soak .build/release/crease-gateway >"$out/gateway.log" 2>&1 &
gateway=$!; pids+=("$gateway")
for _ in $(seq 100); do curl -sf "127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ { print $2 " kB" }' "/proc/$gateway/status"; }
fds() { ls "/proc/$gateway/fd" | wc -l; }
echo "start: rss $(rss), descriptors $(fds)" >"$out/summary.txt"

deadline=$((SECONDS + minutes * 60))

# The prober: a publish on a fresh connection and /healthz, every 0.3 s.
(
    probes=0 failures=0 slowest=0 captures=0 last_ok=$SECONDS
    while ((SECONDS < deadline)); do
        t0=$(date +%s%N)
        ok=1
        curl -sf --max-time 2 -XPOST "127.0.0.1:$port/v1/matches/probe/events" -d '{"data":{"probe":1}}' >/dev/null || ok=0
        curl -sf --max-time 2 "127.0.0.1:$port/healthz" >/dev/null || ok=0
        ms=$((($(date +%s%N) - t0) / 1000000))
        probes=$((probes + 1)); ((ms > slowest)) && slowest=$ms
        if ((ok)); then
            last_ok=$SECONDS
        else
            failures=$((failures + 1))
            if ((SECONDS - last_ok >= stall_seconds && captures < 3)); then
                captures=$((captures + 1))
                stamp=$(date -u +%H%M%S)
                echo "stall at $stamp: no answer for $((SECONDS - last_ok)) s" >>"$out/summary.txt"
                gdb -p "$gateway" -batch -ex 'thread apply all bt' >"$out/stall-$stamp-threads.txt" 2>&1 || true
                curl -s --max-time 5 "127.0.0.1:$port/metrics" >"$out/stall-$stamp-metrics.txt" || echo "(no answer)" >>"$out/stall-$stamp-metrics.txt"
                last_ok=$SECONDS
            fi
        fi
        sleep 0.3
    done
    echo "prober: $probes probes, $failures failed, slowest $slowest ms, $captures stalls captured" >>"$out/summary.txt"
) &
prober=$!

# The mix, round after round until the time is up.
bench() {
    local name=$1; shift
    .build/release/crease-bench "$@" --port "$port" --connections 900 --matches 20 --zipf 1.1 --workers 1 \
        --json "$out/$name.json" >"$out/$name.log" 2>&1 || echo "$name: crease-bench exited $?" >>"$out/summary.txt"
    local lost
    lost=$(grep -E 'lost deltas' "$out/$name.log" | tail -1 | sed 's/^| //; s/ |$//') || true
    # RSS and descriptors after every round: a slope, not just two ends.
    echo "$name: ${lost:-no report}; after it: rss $(rss), descriptors $(fds)" >>"$out/summary.txt"
}
round=0
while ((SECONDS + 90 < deadline)); do
    round=$((round + 1))
    case $((round % 4)) in
        1) bench "r$round-churn" churn --rate 5 --churn-rate 100 --duration 45 --warmup 5 ;;
        2) bench "r$round-slow" slow-consumers --rate 5 --fraction 0.2 --mode stalled --duration 20 --warmup 5 ;;
        3) bench "r$round-fanout-deflate" fanout --rate 10 --compression --duration 45 --warmup 5 ;;
        0) bench "r$round-2g" slow-consumers --rate 5 --fraction 0.2 --mode 2g --duration 20 --warmup 5 ;;
    esac
    if ! kill -0 "$gateway" 2>/dev/null; then echo "the gateway died in round $round" >>"$out/summary.txt"; break; fi
done
wait "$prober" || true
echo "end: rss $(rss), descriptors $(fds), $round rounds" >>"$out/summary.txt"
cat "$out/summary.txt"
