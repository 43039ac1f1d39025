import json,sys,glob,os,statistics
d=sys.argv[1]; rows={}
for f in sorted(glob.glob(d+'/*/results.jsonl')):
    name=os.path.basename(os.path.dirname(f))
    for l in open(f):
        r=json.loads(l)
        cpu=r['server_cpu_pct_total']; dps=r['deliveries_per_s']
        if not dps or name.startswith('cap'): continue
        rows[name]=(cpu, cpu/100/dps*1e6, r['lat_ms']['p99'], r['lost_after_first'])
        print(f"{name:18s} cpu {cpu:5.1f}%  {cpu/100/dps*1e6:5.2f} us/delivery  p99 {r['lat_ms']['p99']:7.1f}  lost {r['lost_after_first']}")
for kind in ('steady','hot'):
    c=[v[1] for k,v in rows.items() if k.startswith(kind+'-crease')]; u=[v[1] for k,v in rows.items() if k.startswith(kind+'-uws')]
    pc=[v[2] for k,v in rows.items() if k.startswith(kind+'-crease')]; pu=[v[2] for k,v in rows.items() if k.startswith(kind+'-uws')]
    if c and u: print(f"{kind}: CPU/delivery ratio {statistics.mean(c)/statistics.mean(u):.3f} (crease {statistics.mean(c):.2f} uws {statistics.mean(u):.2f} us), p99 ratio {statistics.mean(pc)/statistics.mean(pu):.2f}")
