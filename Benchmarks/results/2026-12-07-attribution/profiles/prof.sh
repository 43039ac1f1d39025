#!/usr/bin/env bash
# the gateway with viewers, with (ATTACK=1) or without the full attack: perf profile + nstat
cd /work/main
ulimit -n 20000
out=/tmp/prof-${TAG:-${ATTACK:-0}}; rm -rf $out; mkdir -p $out
port=18482
VIOLATION_LIMIT=20 GATEWAY_PORT=$port LOG_LEVEL=warning .build/release/crease-gateway > $out/gw.log 2>&1 &
gw=$!
for _ in $(seq 100); do curl -sf 127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done
if [[ ${ATTACK:-0} == 1 ]]; then
chrt --idle 0 python3 Benchmarks/hostile-clients.py --port $port --connections 2000 --duration 80 --sources 127.0.0.6,127.0.0.7,127.0.0.8,127.0.0.9,127.0.0.10,127.0.0.11 --source-by-kind > $out/h.json 2>$out/h.log &
sleep 10
fi
.build/release/crease-bench fanout --port $port --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 --gateway-pid $gw --connections 5000 --matches 20 --zipf 1.1 --rate 5 --duration 60 --warmup 5 --markdown $out/bench.md > $out/bench.log 2>&1 &
bench=$!
sleep 20
cat /proc/$gw/stat | awk '{print $14, $15}' > $out/cpu.a
perf record -F 999 -g -p $gw -o $out/perf.data -- sleep 30 > /dev/null 2>&1
cat /proc/$gw/stat | awk '{print $14, $15}' > $out/cpu.b
wait $bench
kill $gw; wait
grep -E 'latency p50|gateway CPU' $out/bench.md
paste $out/cpu.a $out/cpu.b
