#!/usr/bin/env bash
# The daily load three times over, both servers alternating (steady 200 deltas/s and one hot
# match; for Crease also its event-loop lag, lib.sh), so that the ratio at the daily load is not
# one run's luck.
set -u
. "$(dirname "$0")/lib.sh" daily
for rep in 1 2 3; do
  for p in crease uws; do
    run steady-$p-$rep $p --scenario steady --rate 200 --warmup 5 --duration 20
    run hot-$p-$rep $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
  done
done
echo "DAILY-DONE $OUT"
