#!/usr/bin/env bash
cd /work/main
export VIOLATION_LIMIT=20 ATTACKER_SCHED=idle GATEWAY_CPUS=0 VIEWER_CPUS=1 EVENT_LOOP_THREADS=1
for i in 1 2; do
  Benchmarks/hostile-run.sh pin-$i 2000 5000 40 > /dev/null 2>&1
done
echo done
