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
# Environment: RATE (0.5 deltas/s per match: HAProxy doubles the socket work per delivery, and
# everything shares two cores here), JITTER (5: viewers reconnect after 0…JITTER s), RESTART ("gateway1 gateway2
# gateway3": which gateways, in order), PAUSE (8 s between one gateway back in rotation and the
# next one's SIGTERM; connections per gateway are printed then), QUIET (1: measure the quiet
# window first), ZIPF (1.1: viewers per match; 0 is uniform), CONNECT_RATE (1500 viewers/s at the
# start), WORKERS (2 harness processes; each holds at most ~19,900 sockets).
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
common=(--port "$CLUSTER_PORT" --gateways "${CLUSTER_PROXY_ADDRESSES:-127.0.0.1:$CLUSTER_PORT}" --probe-gateways "$CLUSTER_GATEWAYS"
    --publish "$CLUSTER_INGEST" --redis-pid "$CLUSTER_REDIS_PID" --connections "$connections" --matches 100
    --zipf "${ZIPF:-1.1}" --rate "${RATE:-0.5}" --workers "${WORKERS:-2}" --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5
    --connect-rate "${CONNECT_RATE:-1500}")

if [[ ${QUIET:-1} == 1 ]]; then
    echo "== quiet window: $connections viewers through HAProxy, no restart"
    .build/release/crease-bench fanout "${common[@]}" --gateway-pids "$CLUSTER_GATEWAY_PIDS" --duration 30 --warmup 5 \
        --json "$out-quiet.json" --markdown "$out-quiet.md"
fi

# The sum over the gateways of every sample of a metric (NAME, or NAME{labels}).
gateways_total() {
    local total=0 gateway value
    for gateway in ${CLUSTER_GATEWAYS//,/ }; do
        value=$(curl -sf "http://$gateway/metrics" \
            | awk -v name="$1" '$1 == name || index($1, name "{") == 1 { s += $2 } END { printf "%d", s }') || value=0
        total=$((total + value))
    done
    echo "$total"
}

echo "== restart of ${RESTART:-all three gateways} during a ${seconds} s window, viewers' jitter 0–${JITTER:-5} s"
.build/release/crease-bench fanout "${common[@]}" --reconnect-jitter "${JITTER:-5}" --duration "$seconds" --warmup 5 \
    --json "$out-rolling.json" --markdown "$out-rolling.md" >"$out-rolling.log" 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true' EXIT
# Every viewer connected (the harness's own output is buffered until it ends).
until (($(gateways_total crease_connections) >= connections)); do
    kill -0 $bench 2>/dev/null || { cat "$out-rolling.log"; exit 1; }
    sleep 0.5
done
sleep 10  # the warm-up, and a few seconds of the measured window before the first restart
# Every gateway's connection count, four times a second, for the storm figures below.
(while kill -0 $bench 2>/dev/null; do
    line="$(date +%s.%N)"
    for gateway in ${CLUSTER_GATEWAYS//,/ }; do
        line+=" $(curl -sf --max-time 1 "http://$gateway/metrics" | awk '$1 == "crease_connections" { printf "%d", $2 }' || echo 0)"
    done
    echo "$line"
    sleep 0.25
done) >"$out-connections.txt" &
# shellcheck disable=SC2086  # RESTART is a list of names
RESTART_PAUSE=${PAUSE:-8} bash Docker/cluster.sh restart ${RESTART:-} | tee "$out-restarts.txt"
sleep 10
# A restarted gateway's counters start again at 0: these are the refusals since each started.
echo "upgrades refused (crease_upgrades_rejected_total over the running gateways): $(gateways_total crease_upgrades_rejected_total)" | tee -a "$out-restarts.txt"
wait $bench
trap - EXIT
# From each SIGTERM: when every viewer was connected again, and the fastest one-second rise of
# the connections held by the gateways that were not restarting (their accept rate).
grep 'SIGTERM at' "$out-restarts.txt" | while read -r _ name _ _ t0; do
    name=${name%:}
    awk -v t0="$t0" -v n="$connections" -v victim="${name#gateway}" '
        { t[NR] = $1; total = 0; others = 0
          for (i = 2; i <= NF; i++) { total += $i; if (i - 1 != victim) others += $i }
          tot[NR] = total; oth[NR] = others; vic[NR] = $(victim + 1) }
        END {
            # All back: once the restarted gateway has let its last old viewer go (its count is 0:
            # drained, exited), the first moment every viewer is connected again, anywhere.
            back = ""; gone = 0
            for (i = 1; i <= NR; i++) if (t[i] >= t0) {
                if (vic[i] == 0) gone = 1
                if (gone && tot[i] >= n) { back = t[i] - t0; break }
            }
            peak = 0
            for (i = 1; i <= NR; i++) if (t[i] >= t0) for (j = i + 1; j <= NR && t[j] - t[i] <= 1.0; j++) {
                rate = (oth[j] - oth[i]) / 1.0; if (rate > peak) peak = rate
            }
            printf "storm after %s: every viewer connected again %s s after SIGTERM; peak accepts on the others %d in 1 s\n", \
                "gateway" victim, (back == "" ? "(not within the window)" : sprintf("%.1f", back)), peak
        }' "$out-connections.txt"
done | tee -a "$out-restarts.txt"
tail -n 40 "$out-rolling.log"
