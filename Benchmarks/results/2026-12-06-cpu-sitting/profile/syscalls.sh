#!/usr/bin/env bash
# sysc.sh LABEL PEER [MATCHES]: steady 200 run; count every syscall for 5 s mid-window
set -u
cd /work/main
LABEL=$1; PEER=$2
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
$B --peer $PEER --scenario steady --rate 200 --warmup 5 --duration 25 --out .build-bench/out/$LABEL &
BP=$!
PORT=18004; [ $PEER = uws ] && PORT=18001
for i in $(seq 1 120); do sleep 1; n=$(ss -tn state established "( sport = :$PORT )" 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
sleep 10
PID=$(cat .build-bench/peers/$PEER/$PEER.pid)
perf stat -e 'syscalls:sys_enter_*' -p "$PID" -o .build-bench/out/$LABEL.allsys -- sleep 5 >/dev/null 2>&1
perf stat -e 'sched:sched_switch,sched:sched_wakeup,context-switches,cpu-migrations' -p "$PID" -o .build-bench/out/$LABEL.sched -- sleep 5 >/dev/null 2>&1
wait $BP
