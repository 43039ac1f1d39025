import sys,collections
c=collections.Counter(); cur=[]; head=None
SKIP=('malloc','swift_slowAlloc','swift_allocObject','swift_allocBox')
def flush():
    if head is None or not cur: return
    names=[f.split()[1].split('+')[0] if len(f.split())>1 else '?' for f in cur]
    chain=[n for n in names if n not in SKIP and not n.startswith('__libc') ]
    c[' <- '.join(x[:60] for x in chain[:3])]+=1
for line in sys.stdin:
    if not line.strip(): flush(); head=None; cur=[]; continue
    if not line[0].isspace(): head=line; continue
    cur.append(line.strip())
flush()
t=sum(c.values())
for k,v in c.most_common(22): print(f"{v:7d} {100*v/t:4.1f}% {k}")
