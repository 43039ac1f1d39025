#!/usr/bin/env bash
set -u
cd /work/main
OUT=.build-bench/out/loops-$(date +%H%M); mkdir -p $OUT
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
for _ in $(seq 50); do redis-cli -p 16400 ping >/dev/null 2>&1 && break; sleep 0.1; done
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
for n in 1 2; do
  EVENT_LOOP_THREADS=$n $B --peer crease --scenario capacity --rates 4000,5500,7000,10000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-loops$n
done
echo DONE $OUT
