#!/usr/bin/env bash
# The final sitting of the CPU work (both servers, ../shared/bench): the daily load four times
# over, alternating (steady 200 deltas/s and the one hot match; Crease's event-loop lag read
# from /metrics, lib.sh), idle memory, then the capacity ladder from 2,000 deltas/s for both.
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" final
for rep in 1 2 3 4; do
  for p in crease uws; do
    run steady-$p-$rep $p --scenario steady --rate 200 --warmup 5 --duration 20
    run hot-$p-$rep $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
  done
done
for p in crease uws; do
  $B --peer $p --scenario idle --warmup 5 --duration 10 --out $OUT/idle-$p
done
for p in crease uws; do
  $B --peer $p --scenario capacity --rates 2000,4000,7000,10000,13000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-$p
done
echo "FINAL-DONE $OUT"
