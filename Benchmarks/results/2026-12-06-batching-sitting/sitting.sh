#!/usr/bin/env bash
# One sitting, side by side (../shared/bench copied to .build-bench): Crease (epoll transport, the
# default) and uWebSockets. Steady 200 deltas/s, one hot match, idle memory, then the capacity
# ladder. For Crease, the gateway's event-loop lag over the measured window from two /metrics
# scrapes (Benchmarks/results/2026-12-05-side-by-side/lagdiff.py).
set -u
cd "$(dirname "$0")/../../.."
OUT=.build-bench/out/sitting-$(date +%H%M)
mkdir -p $OUT
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
for _ in $(seq 50); do redis-cli -p 16400 ping >/dev/null 2>&1 && break; sleep 0.1; done
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
for p in crease uws; do
  run steady-$p $p --scenario steady --rate 200 --warmup 5 --duration 20
  run hot-$p $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
  $B --peer $p --scenario idle --warmup 5 --duration 10 --out $OUT/idle-$p
done
$B --peer crease --scenario capacity --rates 200,400,1000,2000,4000,7000,10000,13000,16000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-crease
$B --peer uws --scenario capacity --rates 200,400,1000,2000,4000,7000,10000,13000,16000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-uws
echo "SITTING-DONE $OUT"
