#!/usr/bin/env bash
# steady.sh NAME REPS [SCENARIO]: the daily load's steady 200 deltas/s (or, with SCENARIO=hot,
# the one hot match), both servers alternating REPS times, Crease's event-loop lag read from
# /metrics (the batching sitting's lib.sh).
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" "$1"
for rep in $(seq 1 "$2"); do
  for p in crease uws; do
    if [ "${3:-steady}" = hot ]; then
      run hot-$p-$rep $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
    else
      run steady-$p-$rep $p --scenario steady --rate 200 --warmup 5 --duration 20
    fi
  done
done
echo "STEADY-DONE $OUT"
