#!/usr/bin/env python3
"""summary.py: the final sitting's runs as a table (per run, then means per server and load)."""
import json, glob, os, statistics as st
rows = {}
for path in sorted(glob.glob('.build-bench/out/f[12]-*-*-*/results.jsonl')):
    label = os.path.basename(os.path.dirname(path))           # f1-after-steady-crease
    rnd, who, load, peer = label.split('-')
    for line in open(path):
        d = json.loads(line)
        cpu = d['server_cpu_pct_total']
        dps = d['deliveries_per_s']
        lag = open('.build-bench/out/%s.lag' % label).read().split('\n')[0] if os.path.exists('.build-bench/out/%s.lag' % label) else ''
        r = dict(cpu=cpu, dps=dps, us=cpu / 100 / dps * 1e6, p50=d['lat_ms']['p50'], p99=d['lat_ms']['p99'],
                 lost=d['lost_after_first'] + d['gaps'], mem=d['per_conn_rss_B'], lg=d['loadgen_cpu_pct'], lag=lag, started=d['started'])
        rows.setdefault((who, load), []).append(r)
        print("%-3s %-7s %-6s cpu=%5.1f%% dps=%6.0f us/deliv=%5.2f p50=%6.1f p99=%6.1f lost=%d rss/conn=%5.0f lg=%4.1f%% %s  %s" % (
            rnd, who, load, cpu, dps, r['us'], r['p50'], r['p99'], r['lost'], r['mem'], r['lg'], lag, d['started']))
print()
for (who, load), rs in sorted(rows.items()):
    print("%-7s %-6s n=%d cpu=%5.1f%% us/deliv=%5.2f p99=%6.1f rss/conn=%5.0f" % (who, load, len(rs), st.mean(r['cpu'] for r in rs),
          st.mean(r['us'] for r in rs), st.mean(r['p99'] for r in rs), st.mean(r['mem'] for r in rs)))
