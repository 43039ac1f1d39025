#!/usr/bin/env bash
cd /work/main
export VIOLATION_LIMIT=20 ATTACKER_SCHED=idle
for i in 1 2 3; do
  HOSTILE_ARGS="" Benchmarks/hostile-run.sh attr-full-$i 2000 5000 40 > /dev/null 2>&1
  HOSTILE_ARGS="--skip never-read" Benchmarks/hostile-run.sh attr-skipnr-$i 1667 5000 40 > /dev/null 2>&1
done
echo done
