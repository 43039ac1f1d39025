#!/usr/bin/env bash
# sitting.sh LABEL CHECKOUT PEERS... : steady 200 and one hot match for each peer; for crease, the
# gateway's event-loop lag over (about) the measured window from two /metrics scrapes.
set -u
cd /work/main
LABEL=$1; CHECKOUT=$2; shift 2
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile /work/main/.build-bench/redis.pid >/dev/null
for _ in $(seq 50); do redis-cli -p 16400 ping >/dev/null 2>&1 && break; sleep 0.1; done
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
scrape() {  # OUT
  for i in $(seq 1 200); do sleep 1; n=$(ss -tn state established '( sport = :18004 )' 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
  sleep 10; curl -s 127.0.0.1:18004/metrics > $1.a; sleep 14; curl -s 127.0.0.1:18004/metrics > $1.b
  .build-bench/lagdiff.py $1.a $1.b > $1.lag; for m in crease_fanout_latency_seconds crease_delivery_latency_seconds; do .build-bench/lagdiff.py $1.a $1.b $m >> $1.lag; done
}
for p in "$@"; do
  [ $p = crease ] && scrape .build-bench/out/$LABEL-steady-$p &
  CREASE_CHECKOUT=$CHECKOUT $B --peer $p --scenario steady --rate 200 --warmup 5 --duration 20 --out .build-bench/out/$LABEL-steady-$p
  wait
  [ $p = crease ] && scrape .build-bench/out/$LABEL-hot-$p &
  CREASE_CHECKOUT=$CHECKOUT $B --peer $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20 --out .build-bench/out/$LABEL-hot-$p
  wait
done
