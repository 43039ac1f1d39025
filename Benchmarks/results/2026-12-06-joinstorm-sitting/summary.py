#!/usr/bin/env python3
"""summary.py OUT: one line per run of a sitting (results.jsonl of each folder), with CPU per delivery."""
import glob, json, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*", "results.jsonl"))):
    label = os.path.basename(os.path.dirname(path))
    for line in open(path):
        r = json.loads(line)
        dps = r.get("deliveries_per_s") or 0
        cpu = r.get("server_cpu_pct_total") or 0
        us = cpu / 100 / dps * 1e6 if dps else 0
        lag = ""
        lagfile = os.path.join(sys.argv[1], label + ".lag")
        if os.path.exists(lagfile): lag = open(lagfile).read().strip()
        print("%-22s rate=%-6s dps=%-8.0f p50=%-7.1f p99=%-7.1f lost=%-8s cpu=%5.1f%% us/delivery=%5.2f rss/conn=%s %s" % (
            label, r.get("rate"), dps, r["lat_ms"]["p50"], r["lat_ms"]["p99"], r.get("lost_after_first"), cpu, us,
            r.get("per_conn_rss_B"), lag))
