#!/bin/bash
# conncost.sh epoll|nio|uws : gateway CPU per connection established (15,000 at 2,000/s, subscribe, no publishing)
# The server CPU of 15,000 connections made at 2,000/s, each subscribing to one of 100 matches (Zipf 1.1),
# held 2 s and closed, with nothing published: the cost of a connection's whole life. PERF=1 records a profile.
# Needs the shared bench in .build-bench (loadgen, the uWS peer) and redis on 16400 (started if missing).
cd "$(dirname "$0")/../../.."
redis-cli -p 16400 ping >/dev/null 2>&1 || { redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null; sleep 0.5; }
if [ "$1" = uws ]; then python3 .build-bench/peers/uws/server.py 18005 16400 > /tmp/conncost-gw.log 2>&1 &
else TRANSPORT=$1 GATEWAY_HOST=127.0.0.1 GATEWAY_PORT=18005 REDIS_URL=redis://127.0.0.1:16400 COMPRESSION=off LOG_LEVEL=warning .build/release/crease-gateway > /tmp/conncost-gw.log 2>&1 &
fi
GW=$!
for i in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/18005) 2>/dev/null && break; sleep 0.1; done
[ -n "$PERF" ] && (sleep 1; perf record -F 999 -g -o /tmp/conn.perf.data -p $GW -- sleep 6 >/dev/null 2>&1) &
t0=$(awk '{print $14+$15}' /proc/$GW/stat)
.build-bench/loadgen/loadgen --port 18005 --conns 15000 --matches 100 --dist zipf:1.1 --connect-rate 2000 --duration 2 --ack-ms 1000 --no-wait-snapshot --quiet --json /tmp/conncost.json >/dev/null 2>&1
t1=$(awk '{print $14+$15}' /proc/$GW/stat)
rss=$(awk '/VmRSS/{print $2}' /proc/$GW/status)
kill -INT $GW; sleep 2; kill -9 $GW 2>/dev/null; wait $GW 2>/dev/null
python3 -c "
import json; d=json.load(open('/tmp/conncost.json')); c=d['all']['connections']
print('$1', 'established', c['established'], 'failed', c['failed'], 'cpu_s', ($t1-$t0)/100, 'us_per_conn', round(($t1-$t0)/100/max(1,c['established'])*1e6,1), 'rss_kb', $rss, 'connect_p99_ms', c['connect_ms']['p99'])"
