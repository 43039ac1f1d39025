#!/usr/bin/env bash
# A/B: the code before this session's fan-out changes (12a0dc8, /tmp/exp/old) against HEAD, alternating.
set -u
cd /work/main
OUT=.build-bench/out/ab-$(date +%H%M); mkdir -p $OUT
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
for round in 1 2; do
  for ck in old new; do
    dir=/work/main; [ $ck = old ] && dir=/tmp/exp/old
    CREASE_CHECKOUT=$dir $B --peer crease --scenario steady --rate 200 --warmup 5 --duration 20 --out $OUT/steady-$ck-$round
    CREASE_CHECKOUT=$dir $B --peer crease --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20 --out $OUT/hot-$ck-$round
  done
done
echo AB-DONE $OUT
