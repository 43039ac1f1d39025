#!/usr/bin/env bash
# Autobahn|Testsuite (wstest -m fuzzingclient) against crease-gateway's test-only echo endpoint.
#
#   Tests/Autobahn/run.sh                                  every case
#   AUTOBAHN_CASES='1.*,2.*' Tests/Autobahn/run.sh         a quick run
#   CASES='["9.1.*"]' GATEWAY_BIN=/tmp/gw Tests/Autobahn/run.sh
#
# Environment:
#   GATEWAY_BIN        gateway binary (default .build/debug/crease-gateway)
#   AUTOBAHN_COMPRESSION   the gateway's COMPRESSION: on (default), off or context
#   CASES              JSON list of case patterns (default ["*"])
#   AUTOBAHN_CASES     comma-separated case patterns; wins over CASES
#   AUTOBAHN_EXCLUDE   comma-separated case patterns to leave out (default: none)
#   AUTOBAHN_PYTHON2   a python2.7 to use instead of searching for one
#   AUTOBAHN_PY27=debian   ignore any local python2.7 and use Debian 11's (unpacked, not installed)
#   AUTOBAHN_INSTALL_ONLY=1    install the client and stop
#
# Everything it installs lives in .build-autobahn/ (git-ignored): Debian 11's python2.7 when the
# machine has none, the pinned Python 2 packages of autobahntestsuite 0.8.2, and the reports
# (.build-autobahn/reports/index.html). Exit status: 1 when a case FAILED (behavior or close
# behavior) or the run broke off, 0 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/Tests/Autobahn
CACHE=$ROOT/.build-autobahn
REPORTS=$CACHE/reports
AGENT=crease-gateway
GATEWAY_BIN=${GATEWAY_BIN:-$ROOT/.build/debug/crease-gateway}
DEBIAN_MIRROR=${AUTOBAHN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SECURITY=${AUTOBAHN_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
PIP_VERSION=20.3.4   # the last pip that runs on Python 2.7
DEBIAN_PIP_WHL=20.3.4-4+deb11u1

# autobahntestsuite 0.8.2 and its whole dependency closure, pinned to the last releases that
# install and work on Python 2.7 (pip 20.3.4 resolves nothing else).
REQUIREMENTS='autobahntestsuite==0.8.2
autobahn[twisted]==0.10.9
txaio==2.1.0
Twisted==20.3.0
zope.interface==5.5.2
six==1.16.0
Automat==20.2.0
attrs==21.4.0
constantly==15.1.0
hyperlink==21.0.0
idna==2.10
incremental==17.5.0
PyHamcrest==1.10.1
typing==3.10.0.0
Jinja2==2.11.3
MarkupSafe==1.1.1
Werkzeug==1.0.1
klein==20.6.0
Tubes==0.2.1
pyOpenSSL==20.0.1
cryptography==3.3.2
cffi==1.15.1
pycparser==2.21
enum34==1.1.10
ipaddress==1.0.23
service-identity==21.1.0
pyasn1==0.4.8
pyasn1-modules==0.2.8
unittest2==1.1.0
argparse==1.4.0
linecache2==1.0.0
traceback2==1.4.0
setuptools==44.1.1'
# C accelerators autobahn picks up when present (XOR masking, UTF-8 validation): without them
# the 16 MiB cases of 9.* take minutes each. They build from source (gcc, Python headers).
ACCELERATORS='wsaccel==0.6.3
ujson==1.35'

log() { printf 'autobahn: %s\n' "$*" >&2; }
die() { log "$*"; exit 2; }
now() { date +%s; }

export PYTHONNOUSERSITE=1 PYTHONWARNINGS=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_PYTHON_VERSION_WARNING=1
export PIP_CACHE_DIR=$CACHE/pip-cache

# --- Python 2.7 -----------------------------------------------------------------------------

py27_ok() { "$1" -c 'import sys, ssl, zlib; assert sys.version_info[:2] == (2, 7)' >/dev/null 2>&1; }

# A python2.7 already on the machine, as the path of its real executable (not a pyenv shim).
local_python27() {
    local c candidates=()
    [ -n "${AUTOBAHN_PYTHON2:-}" ] && candidates+=("$AUTOBAHN_PYTHON2")
    candidates+=("$(command -v python2.7 || true)" "$(command -v python2 || true)")
    for c in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/2.7*/bin/python2.7 /root/.pyenv/versions/2.7*/bin/python2.7 \
        /usr/local/bin/python2.7 /usr/bin/python2.7; do
        candidates+=("$c")
    done
    for c in "${candidates[@]}"; do
        [ -n "$c" ] && [ -x "$c" ] && py27_ok "$c" && { "$c" -c 'import sys; print(sys.executable)'; return 0; }
    done
    return 1
}

multiarch() {
    case "$(dpkg --print-architecture)" in
        amd64) echo x86_64-linux-gnu ;;
        arm64) echo aarch64-linux-gnu ;;
        *) die "no Debian 11 python2.7 recipe for architecture $(dpkg --print-architecture)" ;;
    esac
}

# apt-get download from Debian 11 (bullseye) through a private apt configuration: its own
# sources, lists and cache under .build-autobahn/apt, the system's archive keyring; the
# system's apt state is not touched.
bullseye_download() {
    local apt=$CACHE/apt dest=$1; shift
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/sources.list.d" "$apt/preferences.d" "$dest"
    [ -r "$KEYRING" ] || die "$KEYRING is missing (package debian-archive-keyring)"
    cat >"$apt/sources.list" <<EOF
deb [signed-by=$KEYRING] $DEBIAN_MIRROR bullseye main
deb [signed-by=$KEYRING] $DEBIAN_SECURITY bullseye-security main
EOF
    local opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=$apt/sources.list.d"
        -o "Dir::Etc::preferencesparts=$apt/preferences.d" -o "Dir::State::lists=$apt/lists"
        -o "Dir::State::status=/dev/null" -o "Dir::Cache=$apt/cache" -o "Dir::Cache::archives=$apt/cache/archives"
        -o "APT::Architecture=$(dpkg --print-architecture)" -o "Acquire::Languages=none"
        -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1" -q)
    if [ ! -e "$apt/lists/.updated" ]; then
        apt-get "${opts[@]}" update >"$CACHE/apt.log" 2>&1 || { cat "$CACHE/apt.log" >&2; die "apt-get update (bullseye) failed"; }
        touch "$apt/lists/.updated"
    fi
    (cd "$dest" && apt-get "${opts[@]}" download "$@" >>"$CACHE/apt.log" 2>&1) \
        || { tail -20 "$CACHE/apt.log" >&2; die "apt-get download $* failed"; }
}

# Debian 11's python2.7 (and the libssl1.1/libffi7 it links), unpacked into .build-autobahn/py27
# and run through a wrapper that sets PYTHONHOME.
debian_python27() {
    local p=$CACHE/py27 arch
    arch=$(multiarch)
    if [ ! -e "$p/.complete" ]; then
        log "fetching Debian 11 python2.7 into $p"
        rm -rf "$p" "$CACHE/debs"
        bullseye_download "$CACHE/debs" python2.7 python2.7-minimal libpython2.7-minimal libpython2.7-stdlib \
            libpython2.7-dev libssl1.1 libffi7
        local deb
        for deb in "$CACHE"/debs/*.deb; do dpkg-deb -x "$deb" "$p"; done
        mkdir -p "$p/bin"
        cat >"$p/bin/python2.7" <<EOF
#!/bin/sh
export PYTHONHOME="$p/usr"
export LD_LIBRARY_PATH="$p/usr/lib/$arch:$p/lib/$arch\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
# Headers for the C accelerators (pyconfig.h is under include/$arch/python2.7).
export CFLAGS="-I$p/usr/include/python2.7 -I$p/usr/include\${CFLAGS:+ \$CFLAGS}"
exec "$p/usr/bin/python2.7" "\$@"
EOF
        chmod +x "$p/bin/python2.7"
        py27_ok "$p/bin/python2.7" || die "Debian 11 python2.7 unpacked in $p does not run"
        touch "$p/.complete"
    fi
    echo "$p/bin/python2.7"
}

# pip 20.3.4's wheel, run as `python2.7 pip-20.3.4-py2.py3-none-any.whl/pip`.
pip_wheel() {
    local py=$1 dir=$CACHE/wheels whl
    whl=$dir/pip-$PIP_VERSION-py2.py3-none-any.whl
    if [ ! -e "$whl" ]; then
        mkdir -p "$dir"
        if "$py" -m pip --version >/dev/null 2>&1; then
            "$py" -m pip download -q --no-deps --only-binary=:all: "pip==$PIP_VERSION" -d "$dir" >&2
        else
            # No pip for this python: bootstrap with Debian 11's (unbundled) pip. Its later
            # security update (+deb11u2) uses Python 3 syntax, so take the point-release build.
            local boot=$CACHE/pip-boot w path=""
            if [ ! -d "$boot/usr/share/python-wheels" ]; then
                bullseye_download "$CACHE/debs" "python-pip-whl=$DEBIAN_PIP_WHL"
                for w in "$CACHE"/debs/python-pip-whl_*.deb; do dpkg-deb -x "$w" "$boot"; done
            fi
            for w in "$boot"/usr/share/python-wheels/*.whl; do path=$path${path:+:}$w; done
            PYTHONPATH=$path "$py" -m pip download -q --no-deps --only-binary=:all: "pip==$PIP_VERSION" -d "$dir" >&2 \
                || { command -v python3 >/dev/null && python3 -m pip download -q --no-deps --only-binary=:all: \
                     --python-version 2.7 "pip==$PIP_VERSION" -d "$dir" >&2; } || true
        fi
    fi
    [ -e "$whl" ] || die "could not get pip $PIP_VERSION"
    echo "$whl/pip"
}

install_client() {
    local start py source pip stamp site=$CACHE/site
    start=$(now)
    mkdir -p "$CACHE"
    if [ "${AUTOBAHN_PY27:-}" != debian ] && py=$(local_python27); then
        source=local
    else
        py=$(debian_python27)
        source="Debian 11"
    fi
    stamp=$(printf '%s\n%s\n%s\n' "$py" "$REQUIREMENTS" "$ACCELERATORS" | sha256sum | cut -c1-16)
    if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$stamp" ]; then
        log "installing autobahntestsuite 0.8.2 for $py ($source python2.7) into $site"
        pip=$(pip_wheel "$py")
        printf '%s\n' "$REQUIREMENTS" >"$CACHE/requirements.txt"
        rm -rf "$site.new" "$CACHE/build-tools"
        # setuptools and wheel for the packages that come as sdists (a bare python2.7 has neither).
        "$py" "$pip" install -q --target "$CACHE/build-tools" setuptools==44.1.1 wheel==0.37.1 >"$CACHE/pip.log" 2>&1 \
            || { tail -20 "$CACHE/pip.log" >&2; die "pip install of setuptools failed"; }
        export PYTHONPATH=$CACHE/build-tools
        "$py" "$pip" install -q --target "$site.new" -r "$CACHE/requirements.txt" >>"$CACHE/pip.log" 2>&1 \
            || { tail -40 "$CACHE/pip.log" >&2; die "pip install of autobahntestsuite failed (log: $CACHE/pip.log)"; }
        # shellcheck disable=SC2086
        if ! "$py" "$pip" install -q --no-deps --target "$site.new" $ACCELERATORS >>"$CACHE/pip.log" 2>&1; then
            log "warning: wsaccel/ujson did not build (gcc and Python headers needed); 9.* will be much slower"
        fi
        unset PYTHONPATH
        rm -rf "$site"
        mv "$site.new" "$site"
        echo "$stamp" >"$site/.stamp"
    fi
    # The launcher: site.addsitedir, not PYTHONPATH, so zope's namespace .pth is read.
    cat >"$CACHE/wstest" <<EOF
#!/bin/sh
exec "$py" -c 'import site, sys; site.addsitedir(sys.argv.pop(1)); sys.argv[0] = "wstest"; from autobahntestsuite.wstest import run; run()' "$site" "\$@"
EOF
    chmod +x "$CACHE/wstest"
    PY27=$py
    "$CACHE/wstest" --autobahnversion >/dev/null 2>&1 || { "$CACHE/wstest" --autobahnversion >&2 || true; die "wstest does not start"; }
    "$py" -c 'import site, sys; site.addsitedir(sys.argv[1]); import wsaccel' "$site" 2>/dev/null \
        || log "warning: running without wsaccel"
    log "client ready ($source python2.7: $py) in $(( $(now) - start ))s"
}

install_client
[ "${AUTOBAHN_INSTALL_ONLY:-}" = 1 ] && exit 0

# --- the gateway ----------------------------------------------------------------------------

[ -x "$GATEWAY_BIN" ] || die "no gateway binary at $GATEWAY_BIN (swift build, or set GATEWAY_BIN)"
PORT=$("$PY27" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
GATEWAY_LOG=$CACHE/gateway.log
GW_PID=
WS_PID=
cleanup() {
    local status=$?
    if [ -n "$WS_PID" ]; then kill -TERM "$WS_PID" 2>/dev/null || true; wait "$WS_PID" 2>/dev/null || true; fi
    if [ -n "$GW_PID" ] && kill -0 "$GW_PID" 2>/dev/null; then
        kill -TERM "$GW_PID" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$GW_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$GW_PID" 2>/dev/null || true
        wait "$GW_PID" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The suite's messages reach 16 MiB, and its fragmentation cases send tens of thousands of
# frames a second: far past a viewer's allowance (CLIENT_FRAME_RATE), which would only pause
# reading (and stretch the run to many minutes), never change an outcome.
env -u REDIS_URL GATEWAY_HOST=127.0.0.1 GATEWAY_PORT="$PORT" ECHO_ENDPOINT=on MAX_MESSAGE_BYTES=16777216 \
    COMPRESSION="${AUTOBAHN_COMPRESSION:-on}" \
    CLIENT_FRAME_RATE=1000000 LOG_LEVEL=warning DRAIN_SECONDS=0 "$GATEWAY_BIN" >"$GATEWAY_LOG" 2>&1 &
GW_PID=$!
deadline=$(( $(now) + ${AUTOBAHN_STARTUP_S:-60} ))
until "$PY27" -c 'import sys, urllib2; sys.exit(0 if urllib2.urlopen(sys.argv[1], timeout=2).getcode() == 200 else 1)' \
    "http://127.0.0.1:$PORT/healthz" 2>/dev/null; do
    kill -0 "$GW_PID" 2>/dev/null || { tail -20 "$GATEWAY_LOG" >&2; die "gateway exited before it was healthy"; }
    [ "$(now)" -lt "$deadline" ] || { tail -20 "$GATEWAY_LOG" >&2; die "gateway not healthy after ${AUTOBAHN_STARTUP_S:-60}s"; }
    sleep 0.2
done
log "gateway $GATEWAY_BIN (pid $GW_PID) healthy on ws://127.0.0.1:$PORT/v1/echo"

# --- the fuzzing client ---------------------------------------------------------------------

SUMMARIZE=$HERE/summarize.py
SUMMARY_PY=$(command -v python3 || echo "$PY27")
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
"$SUMMARY_PY" "$SUMMARIZE" spec "$HERE/fuzzingclient.json" "$CACHE/fuzzingclient.json" "$PORT" "$REPORTS" >&2
start=$(now)
(cd "$CACHE" && exec "$CACHE/wstest" -m fuzzingclient -s "$CACHE/fuzzingclient.json") >"$CACHE/wstest.log" 2>&1 &
WS_PID=$!
wstest_status=0
wait "$WS_PID" || wstest_status=$?
WS_PID=
elapsed=$(( $(now) - start ))
expected=$(sed -n 's/^Ok, will run \([0-9]*\) test cases.*/\1/p' "$CACHE/wstest.log" | head -1)
log "wstest exited $wstest_status after ${elapsed}s (log: $CACHE/wstest.log, gateway log: $GATEWAY_LOG)"
status=0
if ! kill -0 "$GW_PID" 2>/dev/null; then
    gw_status=0
    wait "$GW_PID" || gw_status=$?
    log "the gateway exited during the run (status $gw_status); its log ends:"
    tail -20 "$GATEWAY_LOG" >&2
    status=1
fi
"$SUMMARY_PY" "$SUMMARIZE" summary "$REPORTS" "$AGENT" "$expected" || status=1
[ "$wstest_status" -eq 0 ] || { tail -20 "$CACHE/wstest.log" >&2; status=1; }
exit "$status"
