#!/usr/bin/env bash
# One sitting, side by side (../shared/bench copied to .build-bench): Crease (epoll transport, the
# default) and uWebSockets. Steady 200 deltas/s, one hot match, idle memory, then the capacity
# ladder (the third sitting's script with the ladder extended to 13,000 and 16,000 deltas/s).
# For Crease, the gateway's event-loop lag over the measured window (lib.sh).
set -u
. "$(dirname "$0")/lib.sh" sitting
for p in crease uws; do
  run steady-$p $p --scenario steady --rate 200 --warmup 5 --duration 20
  run hot-$p $p --scenario steady --matches 1 --rate 2 --warmup 5 --duration 20
  $B --peer $p --scenario idle --warmup 5 --duration 10 --out $OUT/idle-$p
done
$B --peer crease --scenario capacity --rates 200,400,1000,2000,4000,7000,10000,13000,16000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-crease
$B --peer uws --scenario capacity --rates 200,400,1000,2000,4000,7000,10000,13000,16000 --p99-stop-ms 2000 --warmup 3 --duration 10 --out $OUT/cap-uws
echo "SITTING-DONE $OUT"
