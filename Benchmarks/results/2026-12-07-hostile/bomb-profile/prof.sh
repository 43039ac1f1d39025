#!/bin/bash
cd /work/main
ulimit -n 20000
port=18482
GATEWAY_PORT=$port LOG_LEVEL=warning .build/release/crease-gateway > /tmp/lag/p.gw.log 2>&1 &
gw=$!
for _ in $(seq 100); do curl -sf 127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done
nice -n 19 python3 Benchmarks/hostile-clients.py --port $port --connections 333 --only bomb --duration 25 --sources 127.0.0.6,127.0.0.7 > /tmp/lag/p.json 2>/tmp/lag/p.err &
att=$!
sleep 8
perf record -F 1999 -g -p $gw -o /tmp/lag/perf.data -- sleep 8 2>&1 | tail -1
perf stat -e 'syscalls:sys_enter_*' -p $gw -- sleep 4 2>&1 | sort -k1 -n -r | head -16 > /tmp/lag/sys.txt
wait $att
kill $gw; wait $gw 2>/dev/null
cat /tmp/lag/p.json
