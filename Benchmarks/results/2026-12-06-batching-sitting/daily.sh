#!/usr/bin/env bash
# The daily load three times over, both servers alternating (steady 200 deltas/s and one hot
# match), with the gateway's event-loop lag from two /metrics scrapes for Crease: the sitting's
# `run` and `scrape`, repeated, so that the ratio at the daily load is not one run's luck.
set -u
cd "$(dirname "$0")/../../.."
OUT=.build-bench/out/daily-$(date +%H%M)
mkdir -p $OUT
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
scrape() {  # OUT
  for i in $(seq 1 200); do sleep 1; n=$(ss -tn state established '( sport = :18004 )' 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
  sleep 10; curl -s 127.0.0.1:18004/metrics > $1.a; sleep 14; curl -s 127.0.0.1:18004/metrics > $1.b
  Benchmarks/results/2026-12-05-side-by-side/lagdiff.py $1.a $1.b > $1.lag
}
run() {  # LABEL PEER ARGS...
  local label=$1 peer=$2; shift 2
  [ $peer = crease ] && scrape $OUT/$label &
  $B --peer $peer "$@" --out $OUT/$label
  wait
}
for rep in 1 2 3; do
  for p in crease uws; do
    run steady-$p-$rep $p --scenario steady --rate 200 --warmup 5 --duration 20
    run hot-$p-$rep $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
  done
done
echo "DAILY-DONE $OUT"
