#!/usr/bin/env bash
# docker-test.sh — the image and the compose topology built and run under a real Docker engine
# (make docker-test; .ci/run runs it). Installs docker.io, docker-compose and mmdebstrap when
# missing, starts dockerd when none runs (and stops it after), builds stand-in base images from
# Debian packages when the official ones cannot be pulled (Docker/local-images.sh), then checks
# for real:
#   1. the image builds, and its container becomes healthy;
#   2. `docker stop` drains: every connected client gets 1012, the container exits 0;
#   3. compose brings every service up (healthy where it has a health check) and the demo page,
#      REST and a WebSocket answer through HAProxy; the demo page works in headless Chromium
#      through HAProxy (BrowserTests with CREASE_BROWSER_URL); clients pinned to gateway2 resume on
#      another gateway with no gap and no duplicate when it is stopped (Docker/pinned-resume.mjs);
#   4. the monitoring profile: Prometheus has every gateway, ingest and HAProxy up as targets, and
#      every query of the provisioned Grafana dashboard returns data (Docker/monitoring-check.py);
#   5. `down -v` leaves no container, network or volume of the project behind.
# Figures (build time, image size, start to healthy, drain time, compose up time) go to stdout.
# Containers publish on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'docker-test: %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

need=""
for p in docker.io docker-compose mmdebstrap; do dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"; done
if [[ -n "$need" ]]; then
    say "installing:$need"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
# Debian's client uses the daemon's own BuildKit; a newer client without buildx refuses to build.
DOCKER=/usr/bin/docker
[[ -x $DOCKER ]] || DOCKER=docker
export DOCKER DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1
COMPOSE=(docker-compose -f Docker/compose.yaml)
export PATH="/usr/bin:$PATH"  # docker-compose 1.29 calls `docker` for builds: Debian's, too

dockerd_pid=""
container=crease-docker-test
cleanup() {
    $DOCKER rm -f "$container" >/dev/null 2>&1 || true
    "${COMPOSE[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
    if [[ -n "$dockerd_pid" ]]; then
        kill "$dockerd_pid" 2>/dev/null || true
        wait "$dockerd_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
if ! $DOCKER info >/dev/null 2>&1; then
    say "starting dockerd"
    dockerd >/tmp/crease-docker-test-dockerd.log 2>&1 &
    dockerd_pid=$!
    for _ in $(seq 120); do $DOCKER info >/dev/null 2>&1 && break; sleep 0.5; done
    $DOCKER info >/dev/null 2>&1 || fail "dockerd did not start (see /tmp/crease-docker-test-dockerd.log)"
fi

# Base images: the official ones when they can be pulled, else stand-ins built here.
if timeout 20 $DOCKER pull -q swift:6.3-bookworm >/dev/null 2>&1 && timeout 20 $DOCKER pull -q debian:bookworm-slim >/dev/null 2>&1 \
    && timeout 20 $DOCKER pull -q redis:7.4 >/dev/null 2>&1 && timeout 20 $DOCKER pull -q haproxy:2.8 >/dev/null 2>&1; then
    say "official base images pulled"
    build_args=()
else
    say "official base images cannot be pulled: building local stand-ins (Docker/local-images.sh)"
    started=$(now)
    DOCKER=$DOCKER Docker/local-images.sh base
    DOCKER=$DOCKER Docker/local-images.sh swift
    DOCKER=$DOCKER Docker/local-images.sh redis
    DOCKER=$DOCKER Docker/local-images.sh haproxy
    DOCKER=$DOCKER Docker/local-images.sh prometheus
    say "figure: local base images ready in $(since "$started") s"
    build_args=(--build-arg SWIFT_IMAGE=crease-local/swift:6.3-bookworm --build-arg RUNTIME_IMAGE=crease-local/debian:bookworm-slim)
    export REDIS_IMAGE=crease-local/redis:7 HAPROXY_IMAGE=crease-local/haproxy:2 PROMETHEUS_IMAGE=crease-local/prometheus:2
fi

# 1. The image builds and becomes healthy.
started=$(now)
$DOCKER build -q -f Docker/Dockerfile "${build_args[@]}" -t crease:test . >/dev/null || fail "docker build"
say "figure: image built in $(since "$started") s, $($DOCKER image inspect -f '{{.Size}}' crease:test | awk '{printf "%.0f MB", $1 / 1e6}')"
export CREASE_IMAGE=crease:test

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
started=$(now)
$DOCKER run -d --name "$container" -p "127.0.0.1:$port:8080" -e DEMO_MATCHES=2 -e DRAIN_SECONDS=5 crease:test >/dev/null
status=""
for _ in $(seq 300); do
    status=$($DOCKER inspect -f '{{.State.Health.Status}}' "$container")
    [[ $status == healthy ]] && break
    sleep 0.1
done
[[ $status == healthy ]] || fail "the container is $status, not healthy: $($DOCKER logs --tail 20 "$container" 2>&1)"
say "figure: container healthy $(since "$started") s after docker run"
curl -sf "http://127.0.0.1:$port/v1/matches" >/dev/null || fail "GET /v1/matches"

# 2. docker stop drains: every client gets 1012, the container exits 0.
clients=${DRAIN_CLIENTS:-1000}
exec 3< <(node Docker/drain-check.mjs "ws://127.0.0.1:$port/v1/ws" "$clients")
read -r -t 60 line <&3 || fail "the drain clients did not all connect"
[[ $line == READY ]] || fail "drain clients: $line"
started=$(now)
$DOCKER stop -t 20 "$container" >/dev/null
stopped=$(since "$started")
read -r -t 60 result <&3 || fail "the drain clients did not report"
exit_code=$($DOCKER inspect -f '{{.State.ExitCode}}' "$container")
[[ $exit_code == 0 ]] || fail "the container exited $exit_code after docker stop"
python3 - "$result" "$clients" <<'EOF' || fail "drain: $result"
import json, sys
r = json.loads(sys.argv[1])
assert r["ready"] == int(sys.argv[2]) and r["closes"] == {"1012": int(sys.argv[2])}, r
EOF
say "figure: docker stop with $clients connections took $stopped s (every client got 1012; closes spread over $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$result") s), exit 0"
$DOCKER rm -f "$container" >/dev/null

# 3. compose: every service up and healthy, the demo page, REST and a WebSocket through HAProxy.
proxy_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export CREASE_PORT="127.0.0.1:$proxy_port"  # the public entry, on loopback for the test
started=$(now)
"${COMPOSE[@]}" up -d --no-build >/dev/null 2>&1 || fail "compose up: $("${COMPOSE[@]}" logs --tail 20 2>&1)"
ready=""
for _ in $(seq 600); do
    ready=yes
    for id in $("${COMPOSE[@]}" ps -q); do
        state=$($DOCKER inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}healthy{{end}}' "$id")
        [[ $state == "running healthy" ]] || { ready=""; break; }
    done
    [[ -n $ready ]] && curl -sf "http://$CREASE_PORT/readyz" >/dev/null && break
    ready=""
    sleep 0.2
done
[[ -n $ready ]] || fail "compose services not all healthy: $("${COMPOSE[@]}" ps 2>&1)"
say "figure: compose up to every service healthy in $(since "$started") s"
services=$("${COMPOSE[@]}" ps --services --filter status=running | sort | tr '\n' ' ')
[[ $services == "gateway1 gateway2 gateway3 haproxy ingest redis " ]] || fail "compose services: $services"
curl -sf "http://$CREASE_PORT/" | grep -q "<html" || fail "the demo page through HAProxy"
curl -sf "http://$CREASE_PORT/v1/matches" | grep -q '"match"' || fail "REST through HAProxy"
exec 4< <(node Docker/drain-check.mjs "ws://$CREASE_PORT/v1/ws" 10)
read -r -t 30 line <&4 || fail "WebSockets through HAProxy"
[[ $line == READY ]] || fail "WebSockets through HAProxy: $line"
say "compose: demo page, REST and WebSockets answer through HAProxy"
# The demo page in headless Chromium through HAProxy (the browser test, pointed at compose).
if command -v chromium >/dev/null; then
    swift build --build-tests >/dev/null 2>&1 || fail "swift build --build-tests"
    CREASE_BROWSER_URL="http://$CREASE_PORT/" swift test --skip-build --filter BrowserTests.theDemoPageWorksAtCreaseBrowserURL \
        >/tmp/crease-docker-test-browser.log 2>&1 || fail "the browser test through HAProxy: $(tail -20 /tmp/crease-docker-test-browser.log)"
    grep -q "theDemoPageWorksAtCreaseBrowserURL() passed" /tmp/crease-docker-test-browser.log || fail "the browser test did not run"
    say "compose: the demo page works in headless Chromium through HAProxy"
else
    say "SKIPPED the browser test through HAProxy: no chromium (make test-deps installs it)"
fi

# A client pinned to gateway2 resumes on another gateway, with no gap and no duplicate, when
# gateway2 is stopped.
exec 5< <(node Docker/pinned-resume.mjs "ws://$CREASE_PORT/v1/ws" demo-1 gateway2 2>&1)
read -r -t 120 line <&5 || fail "pinned clients: no answer"
[[ $line == READY ]] || fail "pinned clients: $line"
started=$(now)
"${COMPOSE[@]}" stop -t 20 gateway2 >/dev/null 2>&1
read -r -t 120 result <&5 || fail "pinned clients: no result after stopping gateway2"
python3 -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(0 if r["ok"] else 1)' "$result" \
    || fail "pinned clients after stopping gateway2: $result"
say "compose: clients pinned to gateway2 resumed elsewhere with no gap and no duplicate ($(since "$started") s): $result"
"${COMPOSE[@]}" start gateway2 >/dev/null 2>&1

# 3b. The monitoring profile: Prometheus scrapes every gateway, ingest and HAProxy, and every
# query of the provisioned Grafana dashboard returns data from the running topology. (Grafana
# has no Debian package: its container is started only where its image can be pulled.)
if $DOCKER image inspect "${PROMETHEUS_IMAGE:-prom/prometheus:v3.1.0}" >/dev/null 2>&1 \
    || timeout 20 $DOCKER pull -q "${PROMETHEUS_IMAGE:-prom/prometheus:v3.1.0}" >/dev/null 2>&1; then
    started=$(now)
    "${COMPOSE[@]}" --profile monitoring up -d --no-build prometheus >/dev/null 2>&1 || fail "compose up prometheus"
    python3 Docker/monitoring-check.py Docker/grafana/dashboards/crease.json || fail "monitoring profile"
    say "figure: monitoring profile checked in $(since "$started") s"
else
    say "SKIPPED the monitoring profile: no Prometheus image (Docker/local-images.sh prometheus)"
fi

# 4. down -v leaves nothing behind.
"${COMPOSE[@]}" down -v --remove-orphans >/dev/null 2>&1
left=$($DOCKER ps -aq --filter label=com.docker.compose.project=crease; $DOCKER network ls -q --filter label=com.docker.compose.project=crease; $DOCKER volume ls -q --filter label=com.docker.compose.project=crease)
[[ -z $left ]] || fail "down -v left: $left"
say "compose down -v: nothing left"
say "ok"
