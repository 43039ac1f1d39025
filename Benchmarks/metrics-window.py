#!/usr/bin/env python3
"""What a Prometheus histogram of the gateway recorded between two scrapes of /metrics.

Usage: metrics-window.py BEFORE AFTER METRIC

Sums every label set (both event loops, every priority), subtracts BEFORE from AFTER and prints
one line: the samples in the window, the bucket bounds holding the p50 and the p99, and the
share of samples above 5, 10, 25, 50 and 100 ms (a bound that is not a bucket bound of the
histogram is left out). Bucket bounds, not interpolated values: a p99 "<= 0.05" means between
the next lower bound and 50 ms.
"""
import re
import sys


def buckets(path, metric):
    counts = {}
    pattern = re.compile(r"%s_bucket\{(.*)\} (\S+)" % re.escape(metric))
    for line in open(path):
        match = pattern.match(line)
        if not match:
            continue
        bound = re.search(r'le="([^"]+)"', match.group(1)).group(1)
        bound = float("inf") if bound == "+Inf" else float(bound)
        counts[bound] = counts.get(bound, 0) + float(match.group(2))
    return counts


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    before, after, metric = sys.argv[1], sys.argv[2], sys.argv[3]
    a, b = buckets(before, metric), buckets(after, metric)
    window = sorted((bound, b[bound] - a.get(bound, 0)) for bound in b)
    total = window[-1][1] if window else 0

    def quantile(q):
        for bound, count in window:
            if total and count >= q * total:
                return bound
        return None

    shares = []
    for limit in (0.005, 0.01, 0.025, 0.05, 0.1):
        below = [count for bound, count in window if bound == limit]
        if below and total:
            shares.append(">%gms:%.2f%%" % (limit * 1000, 100 * (total - below[0]) / total))
    print("%s samples=%d p50<=%s p99<=%s %s" % (metric, total, quantile(0.5), quantile(0.99), " ".join(shares)))


if __name__ == "__main__":
    main()
