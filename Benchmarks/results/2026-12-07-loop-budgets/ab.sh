#!/usr/bin/env bash
# The loop budgets' A/B at the daily load: the gateway without them (/tmp/gw-old) and with them
# (/tmp/gw-new) alternating as the shared bench's crease peer (which runs
# .build/release/crease-gateway), steady 200 deltas/s twice each, the hot match once each.
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" loop-budgets-ab
for rep in 1 2; do
  for v in old new; do
    cp /tmp/gw-$v .build/release/crease-gateway
    run steady-$v-$rep crease --scenario steady --rate 200 --warmup 5 --duration 20
  done
done
for v in old new; do
  cp /tmp/gw-$v .build/release/crease-gateway
  run hot-$v-1 crease --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
done
cp /tmp/gw-new .build/release/crease-gateway
echo "AB-DONE $OUT"
