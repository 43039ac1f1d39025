#!/usr/bin/env bash
# The topology of Docker/compose.yaml as plain processes on loopback, no Docker needed:
#
#   redis-server (appendonly)  127.0.0.1:16379   data in .cluster/redis/
#   crease-ingest + simulator  127.0.0.1:18080   (DEMO_MATCHES matches)
#   crease-gateway × 3         127.0.0.1:18081-18083   NODE_ID gateway1..gateway3
#   haproxy                    127.0.0.1:8080    (Docker/haproxy.cfg; stats on 127.0.0.1:8404)
#
# Usage: Docker/cluster.sh start | stop | status     (make cluster / make cluster-stop)
#        Docker/cluster.sh restart [gateway1 ...]       rolling restart, one gateway after another
# Pids in .cluster/*.pid, logs in .cluster/*.log. Settings (environment):
#   CLUSTER_PORT (8080)  CLUSTER_HOST (127.0.0.1)  CLUSTER_STATS_PORT (8404)
#   CLUSTER_REDIS_PORT (16379)  CLUSTER_INGEST_PORT (18080)  CLUSTER_GATEWAY_PORT (18081: the
#   first of three)  CLUSTER_ADMIN_PORT (unset; when set, gateways serve /metrics on it, +1, +2)
#   DEMO_MATCHES (4)  DRAIN_SECONDS (10)  LOG_LEVEL (info)  CLUSTER_BIN (.build/release)
#   REDIS_MODE (single): `cluster` runs a Redis Cluster instead of one redis-server: three
#   primaries and three replicas on CLUSTER_REDIS_PORT..+5 (bus ports +10000), data in
#   .cluster/redis1..6/, and every Crease process gets REDIS_CLUSTER_NODES (sharded pub/sub).
# Other gateway settings (MAX_CONNECTIONS, INGEST_TOKEN, ...) pass through from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${CLUSTER_DIR:-.cluster}
bin=${CLUSTER_BIN:-.build/release}
host=${CLUSTER_HOST:-127.0.0.1}
port=${CLUSTER_PORT:-8080}
stats_port=${CLUSTER_STATS_PORT:-8404}
redis_port=${CLUSTER_REDIS_PORT:-16379}
ingest_port=${CLUSTER_INGEST_PORT:-18080}
gateway_port=${CLUSTER_GATEWAY_PORT:-18081}
admin_port=${CLUSTER_ADMIN_PORT:-}
drain=${DRAIN_SECONDS:-10}
gateways=(gateway1 gateway2 gateway3)
# CLUSTER_PROXIES=N runs N HAProxy processes (ports PORT, PORT+1, …; stats ports likewise), the
# way a load-balancer tier scales past one process's open-files limit.
proxies=(haproxy)
for ((p = 2; p <= ${CLUSTER_PROXIES:-1}; p++)); do proxies+=("haproxy$p"); done
started_proxies=("${proxies[@]}")  # what `start` runs
# Stop and status also find those of an earlier start with more proxies, by their pid files.
for f in "${CLUSTER_DIR:-.cluster}"/haproxy[0-9]*.pid; do
    [[ -e $f ]] || continue
    f=${f##*/}; f=${f%.pid}
    [[ " ${proxies[*]} " == *" $f "* ]] || proxies+=("$f")
done
redis_mode=${REDIS_MODE:-single}
[[ $redis_mode == single || $redis_mode == cluster ]] || { echo "cluster: REDIS_MODE is '$redis_mode'; expected single or cluster" >&2; exit 2; }
all_redis=(redis redis1 redis2 redis3 redis4 redis5 redis6)
if [[ $redis_mode == cluster ]]; then redis_services=(redis1 redis2 redis3 redis4 redis5 redis6); else redis_services=(redis); fi
cluster_nodes() { local i nodes=(); for i in 0 1 2 3 4 5; do nodes+=("127.0.0.1:$((redis_port + i))"); done; (IFS=,; echo "${nodes[*]}"); }
# Start order; stop goes the other way round, except that gateways drain before haproxy goes.
services=("${redis_services[@]}" ingest "${gateways[@]}" "${proxies[@]}")

say() { printf 'cluster: %s\n' "$*"; }
die() { printf 'cluster: %s\n' "$*" >&2; exit 1; }

# The pid recorded for a service, if that process is alive and is still what we started
# (a recycled pid of some other program is treated as stale).
live_pid() {
    local name=$1 file="$dir/$1.pid" pid expect
    [[ -f $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    case $name in
        redis*) expect=redis-server ;; ingest) expect=crease-ingest ;; haproxy*) expect=haproxy ;;
        *) expect=crease-gateway ;;
    esac
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$expect" || return 1
    echo "$pid"
}

redis_ready() { [[ $(redis-cli -p "${1:-$redis_port}" ping 2>/dev/null) == PONG ]]; }
cluster_ok() {
    local i
    for i in 0 1 2 3 4 5; do
        redis-cli -p $((redis_port + i)) cluster info 2>/dev/null | grep -q 'cluster_state:ok' || return 1
    done
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a service in its own session (so closing the terminal or ^C in make does not reach
# it), logging to .cluster/NAME.log; the pid written is the program's own (exec keeps it).
spawn() {
    local name=$1; shift
    : >"$dir/$name.log"
    # shellcheck disable=SC2016  # $$ and $@ belong to the inner shell
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$dir/$name.pid" "$@" </dev/null >>"$dir/$name.log" 2>&1 &
    for _ in $(seq 50); do [[ -s $dir/$name.pid ]] && return 0; sleep 0.02; done
    say "$name did not start (see $dir/$name.log)"; return 1
}

fail() { say "start failed; stopping what was started (logs in $dir/)"; stop >/dev/null 2>&1 || true; exit 1; }

# Waits until `check` succeeds, or the service has died, or `seconds` have passed.
wait_for() {
    local name=$1 seconds=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        kill -0 "$(<"$dir/$name.pid")" 2>/dev/null || { say "$name exited:"; tail -n 20 "$dir/$name.log" >&2; return 1; }
        ((SECONDS < deadline)) || { say "$name not ready after ${seconds}s"; tail -n 20 "$dir/$name.log" >&2; return 1; }
        sleep 0.2
    done
}

# haproxy's view of the gateways, from the stats CSV: "gw1 UP" lines.
backend_states() {
    curl -sf "http://127.0.0.1:$stats_port/;csv" | awk -F, '$1 == "gateways" && $2 ~ /^gw/ { print $2, $18 }'
}
all_up() { [[ $(backend_states | grep -c ' UP$') -eq ${#gateways[@]} ]]; }

gateway_env() {
    if [[ $redis_mode == cluster ]]; then
        export REDIS_CLUSTER_NODES; REDIS_CLUSTER_NODES=$(cluster_nodes)
        unset REDIS_URL
    else
        export REDIS_URL="redis://127.0.0.1:$redis_port"
        unset REDIS_CLUSTER_NODES
    fi
    export LOG_LEVEL=${LOG_LEVEL:-info} DRAIN_SECONDS=$drain
    unset ADMIN_PORT GATEWAY_PORT GATEWAY_HOST NODE_ID
}

spawn_gateway() {
    local i=$1
    spawn "${gateways[i]}" env GATEWAY_HOST=127.0.0.1 GATEWAY_PORT=$((gateway_port + i)) NODE_ID="${gateways[i]}" \
        DEMO_MATCHES=0 ${admin_port:+ADMIN_PORT=$((admin_port + i))} "$bin/crease-gateway"
}

# Rolling restart: each gateway in turn drains (SIGTERM), starts again, and is back in haproxy's
# rotation before the next one goes. Prints, per gateway, how long the drain took and how long
# until it was UP again; with RESTART_REFILL=N, also how long until it held N connections again.
restart() {
    local names=("$@") i name t0 t1 t2 t3 pid
    ((${#names[@]})) || names=("${gateways[@]}")
    gateway_env
    for name in "${names[@]}"; do
        for i in "${!gateways[@]}"; do [[ ${gateways[i]} == "$name" ]] && break; done
        [[ ${gateways[i]} == "$name" ]] || die "no gateway named $name"
        pid=$(live_pid "$name") || die "$name is not running"
        t0=$(date +%s.%N)
        printf 'restart %s: SIGTERM at %s\n' "$name" "$t0"
        kill -TERM "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        t1=$(date +%s.%N)
        spawn_gateway "$i" || die "$name did not start"
        wait_for "$name" 30 curl -sf "http://127.0.0.1:$((gateway_port + i))/readyz" || die "$name not ready"
        wait_for haproxy 30 gateway_up "gw$((i + 1))" || die "haproxy does not see $name"
        t2=$(date +%s.%N)
        t3=$t2
        if [[ -n ${RESTART_REFILL:-} ]]; then
            local deadline=$((SECONDS + 120))
            until (($(connections_of "$i") >= RESTART_REFILL)) || ((SECONDS >= deadline)); do sleep 0.2; done
            t3=$(date +%s.%N)
        fi
        printf 'restart %s: drained in %.1f s, back in rotation %.1f s later' "$name" "$(elapsed "$t0" "$t1")" "$(elapsed "$t1" "$t2")"
        [[ -z ${RESTART_REFILL:-} ]] || printf ', %s connections %.1f s after that' "$(connections_of "$i")" "$(elapsed "$t2" "$t3")"
        printf '\n'
        # RESTART_PAUSE: let the drained clients land before the next one goes.
        if [[ -n ${RESTART_PAUSE:-} ]]; then
            sleep "$RESTART_PAUSE"
            local counts=() j
            for j in "${!gateways[@]}"; do counts+=("${gateways[j]}=$(connections_of "$j")"); done
            printf '  %s s later: %s\n' "$RESTART_PAUSE" "${counts[*]}"
        fi
    done
    # The pids changed: keep .cluster/env true.
    local gw_pids=()
    for name in "${gateways[@]}"; do gw_pids+=("$(<"$dir/$name.pid")"); done
    sed -i "s/^CLUSTER_GATEWAY_PIDS=.*/CLUSTER_GATEWAY_PIDS=$(IFS=,; echo "${gw_pids[*]}")/" "$dir/env"
}

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }

gateway_up() { backend_states | grep -q "^$1 UP$"; }

connections_of() {
    curl -sf "http://127.0.0.1:$((gateway_port + $1))/metrics" | awk '$1 == "crease_connections" { printf "%d", $2 }' || echo 0
}

start() {
    mkdir -p "$dir/redis"
    local running=() name pid
    for name in "${services[@]}"; do
        if pid=$(live_pid "$name"); then running+=("$name:$pid"); else rm -f "$dir/$name.pid"; fi
    done
    ((${#running[@]} == 0)) || die "already running (${running[*]}); stop it first: make cluster-stop"

    for tool in redis-server redis-cli haproxy curl setsid; do
        command -v "$tool" >/dev/null && continue
        if [[ $tool == haproxy || $tool == redis-server ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
            say "installing $tool"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
        else
            die "$tool is required (Debian/Ubuntu: apt-get install $tool)"
        fi
    done
    for b in crease-gateway crease-ingest; do
        [[ -x $bin/$b ]] || die "$bin/$b is missing: swift build -c release (or make release)"
    done
    local ports=("$redis_port" "$ingest_port") i
    [[ $redis_mode == single ]] || for i in 1 2 3 4 5; do ports+=($((redis_port + i))); done
    for i in "${!started_proxies[@]}"; do ports+=($((port + i)) $((stats_port + i))); done
    for i in "${!gateways[@]}"; do
        ports+=($((gateway_port + i)))
        [[ -z $admin_port ]] || ports+=($((admin_port + i)))
    done
    for p in "${ports[@]}"; do ! port_busy "$p" || die "port $p is in use (see the CLUSTER_*_PORT settings)"; done

    # Each proxied WebSocket costs HAProxy two descriptors, a gateway one: take the hard limit.
    local fds; fds=$(ulimit -Hn)
    [[ $fds == unlimited ]] && fds=1048576
    ulimit -n "$fds" 2>/dev/null || fds=$(ulimit -n)
    local maxconn=$(((fds - 200) / 2))

    if [[ $redis_mode == cluster ]]; then
        for i in 0 1 2 3 4 5; do
            mkdir -p "$dir/redis$((i + 1))"
            spawn "redis$((i + 1))" redis-server --port $((redis_port + i)) --bind 127.0.0.1 --dir "$PWD/$dir/redis$((i + 1))" \
                --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout 2000 \
                --appendonly yes --appendfsync everysec --save "" --daemonize no --protected-mode yes || fail
        done
        for i in 0 1 2 3 4 5; do wait_for "redis$((i + 1))" 30 redis_ready $((redis_port + i)) || fail; done
        # Formed once; the nodes remember the cluster (nodes.conf) across restarts.
        if ! redis-cli -p "$redis_port" cluster info | grep -q 'cluster_known_nodes:6'; then
            say "creating the Redis Cluster (3 primaries, 3 replicas)"
            redis-cli --cluster create $(cluster_nodes | tr , ' ') --cluster-replicas 1 --cluster-yes >"$dir/cluster-create.log" 2>&1 || fail
        fi
        wait_for redis1 30 cluster_ok || fail
    else
        spawn redis redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$PWD/$dir/redis" \
            --appendonly yes --appendfsync everysec --save "" --daemonize no --protected-mode yes || fail
        # PONG, not just an answer: while it loads the AOF Redis answers "LOADING" (exit status 0).
        wait_for redis 30 redis_ready || fail
    fi

    gateway_env
    spawn ingest env INGEST_HOST=127.0.0.1 INGEST_PORT="$ingest_port" DEMO_MATCHES="${DEMO_MATCHES:-4}" \
        "$bin/crease-ingest" || fail
    for i in "${!gateways[@]}"; do spawn_gateway "$i" || fail; done
    wait_for ingest 20 curl -sf "http://127.0.0.1:$ingest_port/readyz" || fail
    for i in "${!gateways[@]}"; do
        wait_for "${gateways[i]}" 20 curl -sf "http://127.0.0.1:$((gateway_port + i))/readyz" || fail
    done

    local p
    for p in "${!started_proxies[@]}"; do
        local proxy_env=(GW1="127.0.0.1:$gateway_port" GW2="127.0.0.1:$((gateway_port + 1))" GW3="127.0.0.1:$((gateway_port + 2))"
            HAPROXY_BIND="$host:$((port + p))" HAPROXY_STATS_BIND="127.0.0.1:$((stats_port + p))" HAPROXY_MAXCONN="$maxconn"
            HAPROXY_SOURCE="127.0.1.$((p + 1))" HAPROXY_THREADS=$((${#started_proxies[@]} > 1 ? 1 : 2)))
        env "${proxy_env[@]}" haproxy -q -c -f Docker/haproxy.cfg || fail
        spawn "${started_proxies[p]}" env "${proxy_env[@]}" haproxy -f Docker/haproxy.cfg || fail
    done
    # Through to a gateway: all three marked UP by their /readyz checks, and /readyz via the proxy.
    wait_for haproxy 15 all_up || fail
    wait_for haproxy 5 curl -sf "http://127.0.0.1:$port/readyz" || fail

    local gw_pids=() shown=$host
    for name in "${gateways[@]}"; do gw_pids+=("$(<"$dir/$name.pid")"); done
    # For scripts and the load harness: `source .cluster/env`.
    cat >"$dir/env" <<EOF
CLUSTER_URL=http://127.0.0.1:$port
CLUSTER_PORT=$port
CLUSTER_STATS_PORT=$stats_port
CLUSTER_REDIS_PORT=$redis_port
CLUSTER_INGEST=127.0.0.1:$ingest_port
CLUSTER_GATEWAYS=127.0.0.1:$gateway_port,127.0.0.1:$((gateway_port + 1)),127.0.0.1:$((gateway_port + 2))
CLUSTER_GATEWAY_PIDS=$(IFS=,; echo "${gw_pids[*]}")
CLUSTER_REDIS_MODE=$redis_mode
CLUSTER_REDIS_NODES=$([[ $redis_mode == cluster ]] && cluster_nodes || echo "127.0.0.1:$redis_port")
CLUSTER_REDIS_PID=$(<"$dir/${redis_services[0]}.pid")
CLUSTER_HAPROXY_PID=$(<"$dir/haproxy.pid")
CLUSTER_PROXY_ADDRESSES=$(for ((p = 0; p < ${#started_proxies[@]}; p++)); do printf '%s127.0.0.1:%s' "${p:+,}" $((port + p)); done | sed 's/^,//')
EOF
    [[ $shown == 0.0.0.0 || $shown == "*" || -z $shown ]] && shown=localhost
    [[ $shown == 127.0.0.1 ]] && shown=localhost
    say "up: redis ($redis_mode), crease-ingest (${DEMO_MATCHES:-4} demo matches), 3 gateways, haproxy (maxconn $maxconn, open-files limit $fds)"
    cat <<EOF

  demo page      http://$shown:$port/
  WebSocket      ws://$shown:$port/v1/ws            (sticky cookie CREASE_GW=gw1|gw2|gw3)
  REST           http://$shown:$port/v1/matches
  publish        curl -XPOST 127.0.0.1:$ingest_port/v1/matches/final/events${INGEST_TOKEN:+ -H "Authorization: Bearer \$INGEST_TOKEN"} -d '{"data":{"runs":4}}'
  gateways       http://127.0.0.1:$gateway_port/metrics  :$((gateway_port + 1))  :$((gateway_port + 2))   (pids $(IFS=,; echo "${gw_pids[*]}"))
  haproxy stats  http://127.0.0.1:$stats_port/   (Prometheus: /metrics)
  redis          redis-cli -p $redis_port$([[ $redis_mode == cluster ]] && echo " -c   (cluster: ports $redis_port-$((redis_port + 5)))")
  logs, pids     $dir/*.log, $dir/*.pid; for scripts: source $dir/env
  stop           make cluster-stop   (gateways drain for ${drain}s)

EOF
}

# SIGTERM to each service, then wait; SIGKILL what is still there after the grace time.
stop_group() {
    local grace=$1; shift
    local name pid pids=() names=()
    for name in "$@"; do
        if pid=$(live_pid "$name"); then
            kill -TERM "$pid" 2>/dev/null || true
            pids+=("$pid"); names+=("$name")
        fi
        rm -f "$dir/$name.pid"
    done
    ((${#pids[@]})) || return 0
    say "stopping ${names[*]}"
    local deadline=$((SECONDS + grace)) i alive
    while :; do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        ((alive)) || return 0
        ((SECONDS < deadline)) || break
        sleep 0.2
    done
    for i in "${!pids[@]}"; do
        if kill -0 "${pids[i]}" 2>/dev/null; then
            say "${names[i]} (pid ${pids[i]}) still running after ${grace}s: SIGKILL"
            kill -KILL "${pids[i]}" 2>/dev/null || true
        fi
    done
}

stop() {
    [[ -d $dir ]] || { say "not running"; return 0; }
    # Gateways first: they answer /readyz 503, haproxy stops routing to them, and they close
    # their WebSockets with 1012 over DRAIN_SECONDS, through the proxy that is still there.
    stop_group $((drain + 5)) "${gateways[@]}"
    stop_group 10 "${proxies[@]}" ingest
    stop_group 10 "${all_redis[@]}"
    rm -f "$dir/env"
    say "stopped (logs and Redis data stay in $dir/; rm -rf $dir to start from scratch)"
}

status() {
    local name pid any=0
    for name in "${services[@]}"; do
        if pid=$(live_pid "$name"); then printf '  %-9s pid %s\n' "$name" "$pid"; any=1
        else printf '  %-9s -\n' "$name"; fi
    done
    ((any)) && { backend_states | sed 's/^/  haproxy: /' || true; }
    return 0
}

case ${1:-start} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    restart) shift; restart "$@" ;;
    *) die "usage: $0 start|stop|status|restart [gateway…]" ;;
esac
