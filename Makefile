# Crease — the two commands users need are `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8080
DEMO_MATCHES ?= 4
REDIS_MODE ?= single
SWIFT ?= swift
# Debian packages the build and the tests need (installed only when missing).
APT_PACKAGES ?= libhiredis-dev zlib1g-dev redis-server
# What the browser test and the JavaScript client's tests need; installed when possible, and the
# tests that need them say they are skipped when not.
TEST_APT_PACKAGES ?= nodejs chromium fonts-dejavu-core haproxy stunnel4 openssl
# Checks compose.yaml (Docker/check.sh); without its recommends, which are the Docker engine.
TEST_APT_PACKAGES_LEAN ?= docker-compose
# Autobahn|Testsuite cases `make autobahn` runs (all by default; CI runs a subset, see .ci/run).
AUTOBAHN_CASES ?= *

.PHONY: deps test-deps build release run test format format-check autobahn bench clean cluster cluster-stop docker-check docker-test fuzz sanitize

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is required (https://swift.org/install)"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Embedded mode with the cricket simulator: one process is the whole system.
run: release
	@echo "Crease is starting: open http://localhost:$(PORT)/ (WebSocket: ws://localhost:$(PORT)/v1/ws, metrics: http://localhost:$(PORT)/metrics)"
	GATEWAY_PORT=$(PORT) DEMO_MATCHES=$(DEMO_MATCHES) $${DEMO_BALL_MS:+DEMO_BALL_MS=$$DEMO_BALL_MS} .build/release/crease-gateway

# Redis mode as plain processes on loopback, the topology of Docker/compose.yaml: redis-server,
# crease-ingest (DEMO_MATCHES), three gateways on 18081-18083, HAProxy on PORT (Docker/haproxy.cfg).
# Builds the release binaries only when they are missing (`make release cluster` rebuilds first).
# REDIS_MODE=cluster: a Redis Cluster of 3 primaries + 3 replicas instead of one redis-server.
cluster: $(if $(wildcard .build/release/crease-gateway),$(if $(wildcard .build/release/crease-ingest),,release),release)
	@CLUSTER_PORT=$(PORT) DEMO_MATCHES=$(DEMO_MATCHES) REDIS_MODE=$(REDIS_MODE) bash Docker/cluster.sh start

# SIGTERM to every process of `make cluster` (gateways drain first), SIGKILL after a grace time.
cluster-stop:
	@bash Docker/cluster.sh stop

test-deps: deps
	@missing=""; for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing for the tests:$$missing"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
			|| echo "could not install$$missing: the tests that need them will be skipped"; \
	fi
	@missing=""; for p in $(TEST_APT_PACKAGES_LEAN); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing for the tests:$$missing"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
			|| echo "could not install$$missing: the checks that need them will be skipped"; \
	fi

# The code's format (`.swift-format`, swift-format of the toolchain): `make format` applies it,
# `make format-check` (part of `make test`) fails on any difference.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

format-check:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

test: test-deps format-check
	$(SWIFT) build --build-tests
	@# The Redis Cluster suite forms clusters of up to six redis-server processes: it runs on
	@# its own, after the rest, so that its CPU bursts do not skew the timing-sensitive suites.
	$(SWIFT) test --skip-build --skip RedisClusterTests
	@# The same suites again on SwiftNIO's transport (TRANSPORT=nio), which stays supported.
	TRANSPORT=nio $(SWIFT) test --skip-build --skip RedisClusterTests
	$(SWIFT) test --skip-build --filter RedisClusterTests
	@if command -v node >/dev/null; then \
		echo "JavaScript client: node --test clients/js/test/"; \
		CREASE_GATEWAY_BIN=.build/debug/crease-gateway node --test clients/js/test/; \
	else \
		echo "SKIPPED: the JavaScript client's tests (no node; apt-get install nodejs)"; \
	fi
	bash Docker/check.sh

# The Docker files, checked without a Docker engine (haproxy -c, compose config, scripts parse).
docker-check:
	bash Docker/check.sh

# The image and the compose topology built and run under a real Docker engine (installs docker.io,
# docker-compose and mmdebstrap when missing, starts dockerd when none runs, builds local base
# images when the official ones cannot be pulled). CI runs it.
docker-test:
	bash Docker/docker-test.sh

# The Autobahn|Testsuite fuzzing client against /v1/echo of a release gateway; fails on any
# FAILED case. AUTOBAHN_CASES='1.*,2.*' make autobahn runs a subset.
# AUTOBAHN_BUILD=debug reuses the debug build of `make test` (CI does).
AUTOBAHN_BUILD ?= release
# AUTOBAHN_COMPRESSION=context runs the gateway with shared-context compression cohorts.
AUTOBAHN_COMPRESSION ?= on
autobahn: deps
	$(SWIFT) build -c $(AUTOBAHN_BUILD) --product crease-gateway
	GATEWAY_BIN=.build/$(AUTOBAHN_BUILD)/crease-gateway AUTOBAHN_CASES='$(AUTOBAHN_CASES)' \
		AUTOBAHN_COMPRESSION='$(AUTOBAHN_COMPRESSION)' Tests/Autobahn/run.sh

# libFuzzer on every network-facing parser (Tests/Fuzz/run.sh), FUZZ_SECONDS each (default 60),
# with AddressSanitizer; fails on any crash or broken property. CI runs a short pass.
FUZZ_SECONDS ?= 60
fuzz: deps
	Tests/Fuzz/run.sh $(FUZZ_SECONDS)

# The Swift suites under AddressSanitizer (with LeakSanitizer) in a build of their own; fails on
# any memory-safety or leak report (Tests/lsan-suppressions.txt: the toolchain's XCTest runner)
# or failed test. Not in CI: the ASan build takes several minutes.
sanitize: test-deps
	$(SWIFT) build --build-tests --sanitize=address --build-path .build-asan
	CREASE_SANITIZER=address LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
		$(SWIFT) test --skip-build --sanitize=address --build-path .build-asan

clean:
	rm -rf .build .build-*
