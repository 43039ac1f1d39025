# Crease — the two commands users need are `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8080
DEMO_MATCHES ?= 4
SWIFT ?= swift
# Debian packages the build and the tests need (installed only when missing).
APT_PACKAGES ?= libhiredis-dev zlib1g-dev redis-server

.PHONY: deps build release run test bench clean

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

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build .build-*
