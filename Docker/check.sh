#!/usr/bin/env bash
# Checks the Docker files without a Docker engine, fast (make docker-test builds and runs them
# under a real one):
#
#   Docker/check.sh          (make docker-check; make test runs it)
#
# - haproxy.cfg parses, as compose and as make cluster set it up (HAPROXY_SOURCE, HAPROXY_THREADS);
# - compose.yaml is a valid Compose file, every profile included, with `docker compose config`
#   when the Docker CLI is there, else Debian's docker-compose 1.29, with and without
#   compose.nofile.yaml;
# - the shell scripts parse.
# A check whose tool is missing is reported as skipped, and does not fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
failed=0
say() { printf 'docker-check: %s\n' "$*"; }
fail() { say "FAILED: $*"; failed=1; }

if command -v haproxy >/dev/null; then
    if haproxy -q -c -f Docker/haproxy.cfg \
        && HAPROXY_SOURCE=127.0.1.1 HAPROXY_THREADS=1 GW1=gateway1:8080 GW2=gateway2:8080 GW3=gateway3:8080 \
            HAPROXY_BIND=:8080 HAPROXY_MAXCONN=100000 haproxy -q -c -f Docker/haproxy.cfg; then
        say "haproxy.cfg: ok"
    else
        fail "haproxy.cfg"
    fi
else
    say "SKIPPED haproxy.cfg: no haproxy (apt-get install haproxy)"
fi

if docker compose version >/dev/null 2>&1; then
    if docker compose -f Docker/compose.yaml --profile monitoring config --quiet; then
        say "compose.yaml: ok (docker compose)"
    else
        fail "compose.yaml"
    fi
elif command -v docker-compose >/dev/null; then
    if services=$(docker-compose -f Docker/compose.yaml --profile monitoring config --services) \
        && COMPOSE_FILE=Docker/compose.yaml:Docker/compose.nofile.yaml docker-compose config --quiet; then
        missing=""
        for service in redis ingest gateway1 gateway2 gateway3 haproxy prometheus grafana; do
            grep -qx "$service" <<<"$services" || missing+=" $service"
        done
        if [[ -z $missing ]]; then
            say "compose.yaml: ok (docker-compose $(docker-compose version --short))"
        else
            fail "compose.yaml lacks the services$missing"
        fi
    else
        fail "compose.yaml"
    fi
else
    say "SKIPPED compose.yaml: no docker compose or docker-compose (apt-get install docker-compose)"
fi

parsed=1
for script in Docker/cluster.sh Docker/check.sh Docker/local-images.sh Docker/docker-test.sh Docker/compose-restart.sh Docker/crease-healthcheck \
    Benchmarks/rolling-restart.sh Benchmarks/run.sh; do
    bash -n "$script" || { fail "$script does not parse"; parsed=0; }
done
((parsed)) && say "shell scripts: ok"
exit "$failed"
