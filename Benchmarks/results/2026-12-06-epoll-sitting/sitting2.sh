#!/usr/bin/env bash
# The second block of the sitting, after the change to nanosecond loop timeouts (epoll_pwait2):
# Crease (epoll) and uWebSockets again, steady 200 deltas/s and one hot match, interleaved.
set -u
cd "$(dirname "$0")/../../.."
OUT=.build-bench/out/sitting2-$(date +%H%M)
mkdir -p $OUT
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
scrape() {
  for i in $(seq 1 200); do sleep 1; n=$(ss -tn state established '( sport = :18004 )' 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
  sleep 10; curl -s 127.0.0.1:18004/metrics > $1.a; sleep 14; curl -s 127.0.0.1:18004/metrics > $1.b
  Benchmarks/results/2026-12-05-side-by-side/lagdiff.py $1.a $1.b > $1.lag; rm -f $1.a $1.b
}
for p in crease uws crease uws; do
  n=$(ls -d $OUT/steady-$p-* 2>/dev/null | wc -l)
  [ $p = crease ] && scrape $OUT/steady-$p-$n &
  $B --peer $p --scenario steady --rate 200 --warmup 5 --duration 20 --out $OUT/steady-$p-$n; wait
  [ $p = crease ] && scrape $OUT/hot-$p-$n &
  $B --peer $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20 --out $OUT/hot-$p-$n; wait
done
echo "SITTING-DONE $OUT"
