#!/usr/bin/env python3
"""monitoring-check.py DASHBOARD: against the Prometheus of compose's monitoring profile
(127.0.0.1:9090), waits for every target (3 gateways, ingest, HAProxy) to be up, then runs every
query of the Grafana dashboard and fails if one returns no data. Used by Docker/docker-test.sh."""
import json
import sys
import time
import urllib.parse
import urllib.request

API = "http://127.0.0.1:9090/api/v1/"


def get(path):
    with urllib.request.urlopen(API + path, timeout=5) as response:
        return json.load(response)["data"]


deadline = time.time() + 90
up = []
while True:
    try:
        targets = get("targets")["activeTargets"]
        up = sorted(t["labels"]["job"] + "/" + t["labels"]["instance"] for t in targets if t["health"] == "up")
        if len(up) == 5:
            break
    except OSError:
        pass
    if time.time() > deadline:
        sys.exit("targets up after 90 s: %s" % up)
    time.sleep(1)
time.sleep(12)  # two more scrapes, so that rate() over them has points
queries = [t["expr"] for panel in json.load(open(sys.argv[1]))["panels"] for t in panel.get("targets", [])]
empty = []
for query in queries:
    # Panels that show only what is non-zero ("> 0") are asked for the series they filter.
    expr = query.replace('"$node"', '".*"').removesuffix(" > 0")
    if not get("query?" + urllib.parse.urlencode({"query": expr}))["result"]:
        empty.append(query)
if empty:
    sys.exit("dashboard queries without data: %s" % empty)
print("docker-test: monitoring: %d targets up (%s), all %d dashboard queries answered" % (len(up), ", ".join(up), len(queries)))
