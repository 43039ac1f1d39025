#!/bin/bash
# Harness memory at 19,000 connections: the crease-bench worker processes' RSS, sampled every
# 2 s through a fanout run, max of their sum. Usage: Benchmarks/harness-memory.sh NAME (release build)
cd "$(dirname "$0")/.."
name=$1
Benchmarks/run.sh $name fanout --connections 19000 --matches 100 --zipf 1.1 --rate 2 --duration 30 --warmup 5 --workers 2 > /tmp/$name.log 2>&1 &
runner=$!
max=0; samples=""
while kill -0 $runner 2>/dev/null; do
  sum=0
  for pid in $(pgrep -f "crease-bench worker"); do
    r=$(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null); sum=$((sum + ${r:-0}))
  done
  [ $sum -gt $max ] && max=$sum
  samples="$samples $sum"
  sleep 2
done
wait $runner; echo "rc=$?"
echo "worker RSS samples (KiB):$samples"
echo "max worker RSS sum: $max KiB"
grep -E "connections \(connected\)|lost deltas|errors|connect: all in" Benchmarks/results/$(date -u +%Y-%m-%d)-$name.md
