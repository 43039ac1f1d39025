#!/usr/bin/env bash
set -u
cd /work/main
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
$B --peer crease --scenario steady --rate 200 --warmup 5 --duration 20 --out .build-bench/out/mprobe &
BP=$!
for i in $(seq 1 120); do sleep 1; n=$(ss -tn state established "( sport = :18004 )" 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
sleep 10
PID=$(cat .build-bench/peers/crease/crease.pid)
perf record -e probe_libc:malloc -g -p "$PID" -o .build-bench/out/mprobe.data -- sleep 3 >/dev/null 2>&1
wait $BP
