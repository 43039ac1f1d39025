# Sourced by this folder's scripts: the shared bench's set-up for one sitting (../shared/bench
# copied to .build-bench, Redis on 16400), and `run`, which for Crease also reads the gateway's
# event-loop lag over the measured window from two /metrics scrapes
# (Benchmarks/results/2026-12-05-side-by-side/lagdiff.py). Sets OUT to .build-bench/out/NAME-HHMM.
# Usage: . lib.sh NAME   (from any directory)
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
OUT=.build-bench/out/$1-$(date +%H%M)
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
