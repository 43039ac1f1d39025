#!/usr/bin/env bash
# Bounded memory under hostile clients (issue 16, item 4): the same crease-bench fan-out of
# healthy viewers twice against a fresh release gateway with default settings, once alone and
# once beside HOSTILE connections of Benchmarks/hostile-clients.py (half-sent frames, unfinished
# fragmented messages, subscribe/unsubscribe spam, ping floods, deflate bombs, never reading).
# Samples the gateway's RSS every second; writes NAME.summary.txt with the peak RSS of each run,
# the bound README's formula gives, the healthy viewers' latency in both, and the gateway's own
# delivery latency (publish -> frame handed to the sockets) and event-loop lag over the run.
#
# The attacker runs at `nice 19` (ATTACKER_NICE): on this two-core box it shares the cores with
# the gateway and the load generator, and a real attacker's CPU is on its own machine. It still
# gets every cycle they leave idle; ATTACKER_NICE=0 measures the box with all three competing.
# HOSTILE_ARGS: more arguments for hostile-clients.py (e.g. "--skip bomb"). Each behaviour comes
# from an address of its own (127.0.0.6-11), as from machines of their own; the viewers from
# 127.0.0.2-5. The gateway inherits the environment: VIOLATION_LIMIT=20 measures it barring.
# BENCH_NICE: the load generator's niceness in both runs (default 0; e.g. -5 so that the
# viewers' side is not starved by the gateway's extra work on the shared cores, as real
# viewers' phones would not be).
#
# Usage: Benchmarks/hostile-run.sh NAME [HOSTILE] [VIEWERS] [SECONDS]   (default 2000 5000 40)
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; hostile=${2:-2000}; viewers=${3:-5000}; seconds=${4:-40}
ulimit -n 20000
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
port=${GATEWAY_PORT:-18480}
# GATEWAY_BIN: the gateway binary to measure (default: the release build).
gateway_bin=${GATEWAY_BIN:-.build/release/crease-gateway}
[[ -x $gateway_bin && -x .build/release/crease-bench ]] || swift build -c release

# ATTACKER_SCHED=idle runs the attacker under SCHED_IDLE instead (`chrt --idle 0`): it then
# gets a core only when neither the gateway nor the load generator wants it, the nearest this
# box comes to an attacker on machines of its own.
if [[ ${ATTACKER_SCHED:-} == idle ]]; then
    attacker_priority="chrt --idle 0"
else
    attacker_priority="nice -n ${ATTACKER_NICE:-19}"
fi

# GATEWAY_CPUS / VIEWER_CPUS (taskset lists, e.g. 0 and 1): the gateway and the attacker on
# the first, the load generator on the second, so that the healthy viewers' client is not
# starved by the attack's work (real viewers' phones are not on the gateway's cores). The
# attacker shares the gateway's cores: the kernel's work for its traffic lands there, sender's
# side included, which is more than a real attack would cost that machine.
pin() {  # pin CPUS: the taskset prefix, or nothing
    [[ -z ${1:-} ]] || echo "taskset -c $1"
}
gateway_pin=$(pin "${GATEWAY_CPUS:-}")
viewer_pin=$(pin "${VIEWER_CPUS:-}")

run() {  # run LABEL WITH_HOSTILE
    local label=$1 with=$2
    GATEWAY_PORT=$port LOG_LEVEL=warning $gateway_pin "$gateway_bin" >"$out.$label.gateway.log" 2>&1 &
    local gateway=$!
    for _ in $(seq 100); do curl -sf "127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
    local base; base=$(awk '/VmRSS/ { print $2 }' "/proc/$gateway/status")
    ( while kill -0 "$gateway" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$gateway/status" 2>/dev/null; sleep 1; done ) \
        >"$out.$label.rss.txt" &
    local sampler=$! attacker=
    if [[ $with == 1 ]]; then
        $gateway_pin $attacker_priority python3 Benchmarks/hostile-clients.py --port "$port" --connections "$hostile" --duration $((seconds + 25)) \
            --sources 127.0.0.6,127.0.0.7,127.0.0.8,127.0.0.9,127.0.0.10,127.0.0.11 --source-by-kind ${HOSTILE_ARGS:-} >"$out.$label.hostile.json" 2>"$out.$label.hostile.log" &
        attacker=$!
        sleep 10  # every hostile connection at work before the viewers come
    fi
    curl -s "127.0.0.1:$port/metrics" >"$out.$label.metrics.a"
    $viewer_pin nice -n "${BENCH_NICE:-0}" .build/release/crease-bench fanout --port "$port" --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 --gateway-pid "$gateway" \
        --connections "$viewers" --matches 20 --zipf 1.1 --rate 5 --duration "$seconds" --warmup 5 \
        --json "$out.$label.json" --markdown "$out.$label.md" >"$out.$label.bench.log" 2>&1 || true
    curl -s "127.0.0.1:$port/metrics" >"$out.$label.metrics.b"
    [[ -z $attacker ]] || wait "$attacker" || true
    local connections; connections=$(curl -s "127.0.0.1:$port/metrics" | awk '/^crease_connections / { print $2 }')
    kill "$gateway"; wait "$gateway" 2>/dev/null || true
    kill "$sampler" 2>/dev/null || true
    local peak; peak=$(sort -n "$out.$label.rss.txt" | tail -1)
    local latency; latency=$(grep -E 'latency p50' "$out.$label.md" | sed 's/^| //; s/ |$//' || echo "no report")
    local lost; lost=$(grep -E 'lost deltas' "$out.$label.md" | sed 's/^| //; s/ |$//' || echo "no report")
    {
        echo "$label: RSS at start $((base / 1024)) MiB, peak $((peak / 1024)) MiB; connections at the end ${connections:-?}"
        echo "$label: $latency"
        echo "$label: $lost"
        # The gateway's own side, over the load generator's run: publish -> frame handed to the
        # sockets, and the event loops' lag (bucket bounds).
        for metric in crease_delivery_latency_seconds crease_event_loop_lag_seconds; do
            echo "$label: $(Benchmarks/metrics-window.py "$out.$label.metrics.a" "$out.$label.metrics.b" $metric)"
        done
        if [[ $with == 1 ]]; then echo "$label: hostile clients: $(cat "$out.$label.hostile.json")"; fi
    } >>"$out.summary.txt"
}

: >"$out.summary.txt"
run alone 0
run hostile 1
# README, "Memory under hostile clients": per connection at most
# 4 KiB + 2 x MAX_MESSAGE_BYTES (a frame arriving and the message it belongs to) + 64 KiB (one
# read) + 64 KiB (NIO's write buffer) + OUTBOUND_QUEUE_BYTES (defaults: 64 KiB, 256 KiB).
per_connection=$((4096 + 2 * 65536 + 65536 + 65536 + 262144))
echo "bound for $((hostile + viewers)) connections beside the start RSS: $(( (hostile + viewers) * per_connection / 1048576 )) MiB" \
    >>"$out.summary.txt"
cat "$out.summary.txt"
