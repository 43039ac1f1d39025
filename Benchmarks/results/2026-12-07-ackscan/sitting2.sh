#!/usr/bin/env bash
cd /work/main
export VIOLATION_LIMIT=20 ATTACKER_SCHED=idle
for i in 1 2 3; do
  GATEWAY_CPUS=0 VIEWER_CPUS=1 EVENT_LOOP_THREADS=1 Benchmarks/hostile-run.sh gate-pinned-$i 2000 5000 120 > /dev/null 2>&1
  Benchmarks/hostile-run.sh gate-shared-$i 2000 5000 120 > /dev/null 2>&1
done
echo done
