import collections,re,sys
def load(p):
    samples=[];cur=None
    for line in open(p):
        if not line.strip():
            if cur: samples.append(cur)
            cur=None; continue
        m=re.match(r'\s+[0-9a-f]+ (.*)$', line)
        if m and cur is not None: cur.append(m.group(1).strip())
        elif not m: cur=[]
    if cur: samples.append(cur)
    return samples
cats=[('tick','ConnectionC4tick'),('fanout-runPass','LoopFanoutC7runPass'),('received/frames','receivedOnLoop'),('accept','accept'),('close','__x64_sys_close'),('shutdown','__sys_shutdown'),('epoll_ctl','do_epoll_ctl'),('read','ksys_read'),('send','__sys_sendto'),('epoll_wait','do_epoll_wait'),('HTTP/NIO','NIOPosix'),('dispatch','_dispatch_worker_thread')]
for p in sys.argv[1:]:
    s=load(p); c=collections.Counter()
    for st in s:
        for name,key in cats:
            if any(key in x for x in st): c[name]+=1; break
        else: c['other']+=1
    print(p, len(s), ' '.join('%s=%d'%(k,v) for k,v in c.most_common()))
