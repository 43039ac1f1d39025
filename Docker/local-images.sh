#!/usr/bin/env bash
# local-images.sh — stand-ins for the official base images, built on this host from Debian's
# packages, for build hosts that cannot pull from Docker Hub (air-gapped, or behind a proxy that
# only passes the package mirrors). Each is tagged under our own name, never an official tag:
#
#   crease-local/debian:bookworm-slim   Debian 12, mmdebstrap --variant=minbase
#   crease-local/swift:6.3-bookworm     that base + the packages the official swift image installs
#                                       + this host's Swift toolchain (SWIFT_TOOLCHAIN, default
#                                       /opt/swift) + its offline package copies (SWIFT_PACKAGES,
#                                       default /opt/swift-packages, with git's insteadOf mapping)
#   crease-local/redis:7                redis-server from Debian, run as user redis, in /data
#   crease-local/haproxy:2              haproxy from Debian, as the official image: config at
#                                       /usr/local/etc/haproxy/haproxy.cfg, STOPSIGNAL SIGUSR1
#   crease-local/prometheus:2           prometheus from Debian, config at /etc/prometheus
#
# Usage: Docker/local-images.sh [base|swift|redis|haproxy|prometheus|all]  (default: all)
# Needs: a running Docker engine, mmdebstrap (apt-get install mmdebstrap). Idempotent: an image
# that exists is kept (FORCE=1 rebuilds). DOCKER selects the client (default: docker).
set -euo pipefail
cd "$(dirname "$0")"
DOCKER=${DOCKER:-docker}
SWIFT_TOOLCHAIN=${SWIFT_TOOLCHAIN:-/opt/swift}
SWIFT_PACKAGES=${SWIFT_PACKAGES:-/opt/swift-packages}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BASE=crease-local/debian:bookworm-slim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have() { [[ -z "${FORCE:-}" ]] && $DOCKER image inspect "$1" >/dev/null 2>&1; }
say() { echo "local-images: $*"; }

build_base() {
    have "$BASE" && { say "$BASE exists"; return; }
    say "building $BASE (mmdebstrap minbase bookworm from $MIRROR)"
    mmdebstrap --quiet --variant=minbase --include=ca-certificates \
        --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
        bookworm - "$MIRROR" | $DOCKER import --change 'CMD ["bash"]' - "$BASE" >/dev/null
}

build_swift() {
    local tag=crease-local/swift:6.3-bookworm
    have "$tag" && { say "$tag exists"; return; }
    [[ -x "$SWIFT_TOOLCHAIN/usr/bin/swift" ]] || { echo "local-images: no Swift toolchain at $SWIFT_TOOLCHAIN" >&2; exit 1; }
    say "building $tag (toolchain $SWIFT_TOOLCHAIN, packages $SWIFT_PACKAGES)"
    mkdir -p "$work/swift"
    # Hard links when on the same file system, else copies: the context is the toolchain itself.
    cp -al "$SWIFT_TOOLCHAIN" "$work/swift/toolchain" 2>/dev/null || cp -a "$SWIFT_TOOLCHAIN" "$work/swift/toolchain"
    if [[ -d "$SWIFT_PACKAGES" ]]; then
        cp -al "$SWIFT_PACKAGES" "$work/swift/packages" 2>/dev/null || cp -a "$SWIFT_PACKAGES" "$work/swift/packages"
    else
        mkdir -p "$work/swift/packages"
    fi
    cat >"$work/swift/Dockerfile" <<EOF
FROM $BASE
# What the official swift:6.3-bookworm image installs besides the toolchain.
RUN export DEBIAN_FRONTEND=noninteractive && apt-get -q update && apt-get -q install -y --no-install-recommends \\
      binutils git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libgcc-12-dev libpython3-dev libsqlite3-0 \\
      libstdc++-12-dev libxml2-dev libncurses-dev libz3-dev pkg-config tzdata zlib1g-dev unzip \\
    && rm -rf /var/lib/apt/lists/*
COPY toolchain/ /opt/swift/
COPY packages/ /opt/swift-packages/
ENV PATH=/opt/swift/usr/bin:\$PATH
# Package URLs resolve to the offline copies, as on the development machines.
RUN git config --system url./opt/swift-packages/.insteadOf https://github.com/ && swift --version
EOF
    DOCKER_BUILDKIT=1 $DOCKER build -q -t "$tag" "$work/swift" >/dev/null
}

# A Debian-package server behind the official image's interface.
build_service() {  # TAG PACKAGE DOCKERFILE-BODY
    local tag=$1 package=$2 body=$3
    have "$tag" && { say "$tag exists"; return; }
    say "building $tag ($package from Debian)"
    mkdir -p "$work/$package"
    printf 'FROM %s\nRUN export DEBIAN_FRONTEND=noninteractive && apt-get -q update && apt-get -q install -y --no-install-recommends %s && rm -rf /var/lib/apt/lists/*\n%s\n' \
        "$BASE" "$package" "$body" >"$work/$package/Dockerfile"
    DOCKER_BUILDKIT=1 $DOCKER build -q -t "$tag" "$work/$package" >/dev/null
}

build_redis() {
    # As the official image: `redis-server …` runs without protected mode (the container's
    # network is the boundary), whatever arguments follow.
    build_service crease-local/redis:7 "redis-server redis-tools" \
'RUN mkdir -p /data && chown redis:redis /data \
    && printf "%s\\n" "#!/bin/sh" "if [ \"\$1\" = redis-server ]; then shift; set -- redis-server --protected-mode no \"\$@\"; fi" "exec \"\$@\"" \
       >/usr/local/bin/redis-entrypoint && chmod 0755 /usr/local/bin/redis-entrypoint
WORKDIR /data
USER redis
EXPOSE 6379
ENTRYPOINT ["/usr/local/bin/redis-entrypoint"]
CMD ["redis-server"]'
}

build_haproxy() {
    build_service crease-local/haproxy:2 haproxy \
'RUN mkdir -p /usr/local/etc/haproxy /var/lib/haproxy && chown haproxy:haproxy /var/lib/haproxy
USER haproxy
# As the official image: SIGUSR1 is the soft stop.
STOPSIGNAL SIGUSR1
CMD ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]'
}

build_prometheus() {
    build_service crease-local/prometheus:2 prometheus \
'RUN mkdir -p /prometheus && chown prometheus:prometheus /prometheus
USER prometheus
WORKDIR /prometheus
EXPOSE 9090
ENTRYPOINT ["/usr/bin/prometheus"]
CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]'
}

case "${1:-all}" in
    base) build_base ;;
    swift) build_base; build_swift ;;
    redis) build_base; build_redis ;;
    haproxy) build_base; build_haproxy ;;
    prometheus) build_base; build_prometheus ;;
    all) build_base; build_swift; build_redis; build_haproxy; build_prometheus ;;
    *) echo "usage: $0 [base|swift|redis|haproxy|prometheus|all]" >&2; exit 2 ;;
esac
say "done"
