#!/usr/bin/env bash
# The loop's per-turn budgets (events, tick visits) at the daily load and near the ceiling,
# beside uWS (../shared/bench, the batching sitting's lib.sh): steady 200 deltas/s (Crease twice,
# uWS once), the hot match once each, then Crease's capacity ladder at 7,000 and 10,000 deltas/s.
set -u
. "$(dirname "$0")/../2026-12-06-batching-sitting/lib.sh" loop-budgets
run steady-crease-1 crease --scenario steady --rate 200 --warmup 5 --duration 20
run steady-uws-1 uws --scenario steady --rate 200 --warmup 5 --duration 20
run steady-crease-2 crease --scenario steady --rate 200 --warmup 5 --duration 20
run hot-crease-1 crease --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
run hot-uws-1 uws --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
$B --peer crease --scenario capacity --rates 7000,10000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-crease
echo "SITTING-DONE $OUT"
