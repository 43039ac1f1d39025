#!/usr/bin/env bash
# prof.sh LABEL PEER RATE [RECORD=1]: steady run; syscall counts then perf record mid-window
set -u
cd /work/main
LABEL=$1; PEER=$2; RATE=$3; RECORD=${4:-1}
redis-cli -p 16400 ping >/dev/null 2>&1 || redis-server --port 16400 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$PWD/.build-bench/redis.pid" >/dev/null
sleep 0.5
B=".build-bench/loadgen/bench.py --redis-port 16400 --conns 15000 --ack-ms 1000 --quiet-wait 30"
$B --peer $PEER --scenario steady ${MATCHES:+--matches $MATCHES} --rate $RATE --warmup 5 --duration 30 --out .build-bench/out/$LABEL &
BP=$!
PORT=18004; [ $PEER = uws ] && PORT=18001
for i in $(seq 1 120); do sleep 1; n=$(ss -tn state established "( sport = :$PORT )" 2>/dev/null | wc -l); [ "$n" -gt 14900 ] && break; done
sleep 10
PID=$(cat .build-bench/peers/$PEER/$PEER.pid)
for t in /proc/$PID/task/*; do echo "$(cat $t/comm) $(grep ctxt $t/status | tr '\n' ' ')"; done > .build-bench/out/$LABEL.ctx0
perf stat -e syscalls:sys_enter_sendmsg,syscalls:sys_enter_sendto,syscalls:sys_enter_read,syscalls:sys_enter_recvfrom,syscalls:sys_enter_epoll_pwait2,syscalls:sys_enter_epoll_wait -p "$PID" -o .build-bench/out/$LABEL.stat -- sleep 5 >/dev/null 2>&1
for t in /proc/$PID/task/*; do echo "$(cat $t/comm) $(grep ctxt $t/status | tr '\n' ' ')"; done > .build-bench/out/$LABEL.ctx1
[ $PEER = crease ] && curl -s 127.0.0.1:18004/metrics > .build-bench/out/$LABEL.metrics
[ "$RECORD" = 1 ] && perf record -F 999 -g -o .build-bench/out/$LABEL.perf.data -p "$PID" -- sleep 8 >/dev/null 2>&1
wait $BP
echo PROF-DONE
