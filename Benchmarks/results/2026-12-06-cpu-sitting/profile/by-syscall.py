import sys,collections,re
c=collections.Counter(); tot=0
cur=[]; head=None
def name(fr):
    p=fr.split()
    return p[1].split('+')[0] if len(p)>1 else '?'
def flush():
    global tot
    if head is None: return
    tot+=1
    names=[name(f) for f in cur]
    if 'do_syscall_64' in names:
        i=names.index('do_syscall_64'); c['sys:'+names[i-1]]+=1
    elif cur and 'kallsyms' in cur[0]:
        c['kern:'+names[-1]]+=1
    else: c['user']+=1
for line in sys.stdin:
    if not line.strip():
        flush(); head=None; cur=[]; continue
    if not line[0].isspace():
        head=line; continue
    cur.append(line.strip())
flush()
for k,v in c.most_common(20): print(f"{v:6d} {100*v/tot:5.1f}% {k}")
print(tot)
