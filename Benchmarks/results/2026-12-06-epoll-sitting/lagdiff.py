#!/usr/bin/env python3
"""lagdiff.py BEFORE AFTER [metric]: p50/p99 bucket bound of a Prometheus histogram over the window between two scrapes (all label sets summed)."""
import re, sys
def buckets(path, metric):
    out = {}
    for line in open(path):
        m = re.match(r'%s_bucket\{(.*)\} (\S+)' % re.escape(metric), line)
        if not m: continue
        le = re.search(r'le="([^"]+)"', m.group(1)).group(1)
        le = float('inf') if le == '+Inf' else float(le)
        out[le] = out.get(le, 0) + float(m.group(2))
    return out
metric = sys.argv[3] if len(sys.argv) > 3 else "crease_event_loop_lag_seconds"
a, b = buckets(sys.argv[1], metric), buckets(sys.argv[2], metric)
d = sorted((le, b[le] - a.get(le, 0)) for le in b)
total = d[-1][1] if d else 0
def q(p):
    for le, c in d:
        if total and c >= p * total: return le
print("%s samples=%d p50<=%s p99<=%s" % (metric, total, q(0.5), q(0.99)))
