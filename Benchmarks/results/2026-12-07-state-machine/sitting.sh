#!/usr/bin/env bash
# Issue 18, item 1: the daily load side by side with uWS after GatewayConnection's rules moved
# into ConnectionStateMachine (../shared/bench, the batching sitting's lib.sh): steady 200
# deltas/s twice, the one hot match once, both servers alternating; then idle memory of both.
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" state-machine
for rep in 1 2; do
  for p in crease uws; do
    run steady-$p-$rep $p --scenario steady --rate 200 --warmup 5 --duration 20
  done
done
for p in crease uws; do
  run hot-$p-1 $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
done
for p in crease uws; do
  $B --peer $p --scenario idle --warmup 5 --duration 10 --out $OUT/idle-$p
done
echo "SITTING-DONE $OUT"
