#!/usr/bin/env bash
# never-readers beside viewers: nstat counters and a perf profile of the gateway
cd /work/main
ulimit -n 20000
out=/tmp/nr; mkdir -p $out
port=18481
GATEWAY_PORT=$port LOG_LEVEL=warning .build/release/crease-gateway > $out/gw.log 2>&1 &
gw=$!
for _ in $(seq 100); do curl -sf 127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done
if [[ ${NR:-1} == 1 ]]; then
chrt --idle 0 python3 Benchmarks/hostile-clients.py --port $port --connections 333 --only never-read --duration 60 --sources 127.0.0.11 > $out/h.json 2>$out/h.log &
sleep 5
fi
.build/release/crease-bench fanout --port $port --sources 127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 --gateway-pid $gw --connections 5000 --matches 20 --zipf 1.1 --rate 5 --duration 40 --warmup 5 --markdown $out/bench.md > $out/bench.log 2>&1 &
bench=$!
sleep 15
nstat -n
perf record -g -p $gw -o $out/perf.data -- sleep 15 > /dev/null 2>&1
nstat > $out/nstat.txt
wait $bench
kill $gw; wait
grep -o 'latency p50.*' $out/bench.md
