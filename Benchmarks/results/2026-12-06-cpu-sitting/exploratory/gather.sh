#!/usr/bin/env bash
# gather.sh NAME REPS [hot]: the daily load (steady 200 deltas/s, or the one hot match) for Crease
# with EVENT_LOOP_GATHER_US = 0, 500 and 1000, and uWS, in turn, REPS times.
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" "$1"
if [ "${3:-steady}" = hot ]; then ARGS="--scenario steady --matches 1 --rate 2"; K=hot; else ARGS="--scenario steady --rate 200"; K=steady; fi
for rep in $(seq 1 "$2"); do
  for g in 0 1000 uws 500; do
    if [ $g = uws ]; then run $K-uws-$rep uws $ARGS --warmup 5 --duration 20
    else EVENT_LOOP_GATHER_US=$g run $K-crease-g$g-$rep crease $ARGS --warmup 5 --duration 20; fi
  done
done
echo "GATHER-DONE $OUT"
