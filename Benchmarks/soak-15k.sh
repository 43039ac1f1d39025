#!/usr/bin/env bash
# The long run of issue 16 (item 6): one release gateway, embedded mode, default settings,
# 15,000 viewers on 100 matches (Zipf 1.1), 200 deltas/s, 200 viewers leaving and joining every
# second, for MINUTES (default 60), measured by crease-bench's churn scenario. Samples the
# gateway's RSS and open descriptors every 30 s into NAME.samples.txt, and writes the slope of
# RSS after the warm-up (the first quarter) with the report.
#
# Usage: Benchmarks/soak-15k.sh NAME [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; minutes=${2:-60}
ulimit -n 20000
out=Benchmarks/results/$(date -u +%Y-%m-%d)-$name
port=${GATEWAY_PORT:-18490}
[[ -x .build/release/crease-gateway && -x .build/release/crease-bench ]] || swift build -c release

GATEWAY_PORT=$port LOG_LEVEL=warning .build/release/crease-gateway >"$out.gateway.log" 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
(
    start=$SECONDS
    while kill -0 "$gateway" 2>/dev/null; do
        echo "$((SECONDS - start)) $(awk '/VmRSS/ { print $2 }' "/proc/$gateway/status") $(ls "/proc/$gateway/fd" | wc -l)"
        sleep 30
    done
) >"$out.samples.txt" &
sampler=$!

.build/release/crease-bench churn --port "$port" --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 --gateway-pid "$gateway" \
    --connections 15000 --matches 100 --zipf 1.1 --rate 2 --churn-rate 200 --duration $((minutes * 60)) --warmup 20 --workers 2 \
    --json "$out.json" --markdown "$out.md" >"$out.bench.log" 2>&1 || echo "crease-bench exited $?" >>"$out.bench.log"
kill "$sampler" 2>/dev/null || true

# Least-squares slope of RSS (kB per minute) over the samples after the first quarter.
awk -v minutes="$minutes" '
    { t[NR] = $1; r[NR] = $2; f[NR] = $3 }
    END {
        n = 0; for (i = 1; i <= NR; i++) if (t[i] >= minutes * 15) { n++; x = t[i] / 60; y = r[i]; sx += x; sy += y; sxx += x * x; sxy += x * y }
        slope = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0
        printf "samples %d; RSS %d MB at %d s, %d MB at the end; after the first quarter %.1f kB per minute; descriptors %d first, %d max, %d at the end\n", \
            NR, r[2] / 1024, t[2], r[NR] / 1024, slope, f[1], fmax(f), f[NR]
    }
    function fmax(a,   i, m) { m = 0; for (i in a) if (a[i] > m) m = a[i]; return m }
' "$out.samples.txt" | tee "$out.summary.txt"
grep -E 'lost deltas|resyncs|failed connects|deliveries/s|latency p50|gateway RSS|errors' "$out.md" | tee -a "$out.summary.txt"
