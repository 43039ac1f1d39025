/// The live scoreboard served at `/`: one self-contained page (HTML, CSS and inline script, no
/// external assets) that speaks the Crease protocol the way a production client should.
///
/// It connects to `/v1/ws` on the same host, subscribes to every match `GET /v1/matches` lists
/// (re-listing every 10 s), applies `snapshot` and `delta` (JSON Merge Patch) messages, resubscribes
/// with `since` on a seq gap, acks each match's latest seq twice a second, refetches
/// `snapshot_url` on `resync`, and reconnects after a random 0–5 s delay plus capped, jittered
/// exponential backoff on repeated failures. Cards render the `CricketMatchSimulator` scorecard
/// (`title`, `score`, `batters`, `striker`, `bowler`, `last_balls`, `chase`, `first_innings`,
/// `last_wicket`, `commentary`, `status`, `phase`); any other state is shown as JSON.
enum DemoPage {
    static let html: String = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crease · live cricket</title>
<link rel="icon" href="data:,">
<style>
  :root {
    --bg: #0e141b; --panel: #16202a; --panel-2: #1c2834; --line: #263443; --text: #e7edf3;
    --muted: #8b9bab; --accent: #5fd38d; --warn: #f0b429; --bad: #ef5350; --four: #3d8bfd; --six: #a66cff;
  }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--text);
         font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
  header { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; justify-content: space-between;
           gap: 12px; padding: 12px 20px; background: rgba(14, 20, 27, 0.92); border-bottom: 1px solid var(--line);
           backdrop-filter: blur(6px); }
  h1 { margin: 0; font-size: 18px; letter-spacing: 0.3px; }
  h1 b { color: var(--accent); }
  #status { display: flex; align-items: center; gap: 8px; color: var(--muted); font-size: 13px; }
  #status .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--muted); flex: none; }
  #status.ok .dot { background: var(--accent); box-shadow: 0 0 8px var(--accent); }
  #status.warn .dot { background: var(--warn); }
  #status.bad .dot { background: var(--bad); }
  #note { color: var(--warn); font-size: 12px; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; padding: 20px; }
  #empty { grid-column: 1 / -1; color: var(--muted); text-align: center; padding: 60px 0; }
  .card { position: relative; background: var(--panel); border: 1px solid var(--line); border-radius: 14px;
          padding: 14px 16px 12px; overflow: hidden; }
  .card.flash { animation: flash 1.8s ease-out; }
  @keyframes flash { 0% { background: #6b1d1d; border-color: var(--bad); } 100% { background: var(--panel); border-color: var(--line); } }
  .top { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
  .title { font-weight: 650; font-size: 15px; }
  .badge { font-size: 11px; font-weight: 700; padding: 2px 7px; border-radius: 999px; background: var(--bad); color: #fff; }
  .badge.done { background: var(--panel-2); color: var(--muted); }
  .sub { color: var(--muted); font-size: 12px; margin-top: 2px; }
  .score { display: flex; align-items: baseline; gap: 10px; margin: 10px 0 2px; }
  .runs { font-size: 30px; font-weight: 750; letter-spacing: 0.5px; }
  .overs { color: var(--muted); }
  .rr { margin-left: auto; color: var(--muted); font-size: 12px; text-align: right; }
  .chase { font-size: 13px; color: var(--warn); min-height: 1em; }
  table { width: 100%; border-collapse: collapse; margin-top: 10px; font-size: 13px; }
  th { color: var(--muted); font-weight: 500; text-align: right; padding: 2px 4px; }
  td { text-align: right; padding: 3px 4px; border-top: 1px solid var(--line); }
  th:first-child, td:first-child { text-align: left; }
  td.on { font-weight: 650; }
  td.on::after { content: " *"; color: var(--accent); }
  .balls { display: flex; gap: 5px; margin-top: 10px; min-height: 26px; }
  .ball { min-width: 26px; height: 26px; padding: 0 5px; border-radius: 13px; display: inline-flex; align-items: center;
          justify-content: center; font-size: 11px; font-weight: 700; background: var(--panel-2); color: var(--text); }
  .ball.b4 { background: var(--four); } .ball.b6 { background: var(--six); } .ball.w { background: var(--bad); }
  .ball.x { background: #6b5417; } .ball.dot { color: var(--muted); }
  .wicket { margin-top: 8px; font-size: 12px; color: #f3a6a4; min-height: 1em; }
  .comm { margin-top: 6px; font-size: 13px; font-style: italic; color: #c9d4de; min-height: 2.6em; }
  .foot { display: flex; justify-content: space-between; gap: 8px; margin-top: 8px; padding-top: 8px;
          border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
  .foot .state { color: var(--text); }
  pre { white-space: pre-wrap; word-break: break-word; font-size: 12px; color: var(--muted); margin: 10px 0 0; }
</style>
</head>
<body>
<header>
  <h1><b>Crease</b> · live cricket</h1>
  <div id="status" class="warn"><span class="dot"></span><span id="status-text">connecting…</span><span id="note"></span></div>
</header>
<main id="grid"><div id="empty">Waiting for matches…</div></main>
<script>
(() => {
  'use strict';

  const LIST_EVERY_MS = 10000;
  const MAX_BACKOFF_MS = 30000;
  const matches = new Map();        // match id -> entry (see entry())
  const grid = document.getElementById('grid');
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const note = document.getElementById('note');
  let socket = null;
  let gateway = '';
  let helloSeen = false;
  let openedAt = 0;
  let failures = 0;                 // connections in a row that failed or died young
  let ackTimer = 0, listTimer = 0, reconnectTimer = 0, countdownTimer = 0, noteTimer = 0;

  // --- small helpers --------------------------------------------------------------------------
  function isObject(value) { return value !== null && typeof value === 'object' && !Array.isArray(value); }
  function num(value, fallback) { return typeof value === 'number' && isFinite(value) ? value : fallback; }
  function str(value) { return value === undefined || value === null ? '' : String(value); }
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setStatus(kind, text) {
    statusBox.className = kind;
    statusText.textContent = text;
  }

  function showNote(text) {
    note.textContent = text ? ' · ' + text : '';
    clearTimeout(noteTimer);
    if (text) noteTimer = setTimeout(() => { note.textContent = ''; }, 8000);
  }

  // RFC 7386 JSON Merge Patch.
  function mergePatch(target, patch) {
    if (!isObject(patch)) return patch;
    const result = isObject(target) ? Object.assign({}, target) : {};
    for (const key of Object.keys(patch)) {
      if (key === '__proto__') continue;
      if (patch[key] === null) delete result[key];
      else result[key] = mergePatch(result[key], patch[key]);
    }
    return result;
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  // --- per-match bookkeeping ------------------------------------------------------------------
  function entry(id) {
    let e = matches.get(id);
    if (!e) {
      e = { id: id, seq: 0, state: null, acked: 0, awaitingSince: 0, resyncing: false, buffer: [], view: null };
      matches.set(id, e);
      e.view = createCard(id);
      render(e);
    }
    return e;
  }

  function subscribe(e) {
    const message = { type: 'subscribe', match: e.id };
    if (e.seq > 0) message.since = e.seq;
    if (send(message)) {
      e.awaitingSince = Date.now();   // replay or snapshot on its way: gaps until then are expected
      e.acked = e.seq;
    }
  }

  function awaiting(e) { return e.awaitingSince > 0 && Date.now() - e.awaitingSince < 3000; }

  function applySnapshot(id, seq, state) {
    if (typeof id !== 'string' || typeof seq !== 'number') return;
    const e = entry(id);
    const before = e.state;
    e.state = state === undefined ? null : state;
    e.seq = seq;
    e.awaitingSince = 0;
    render(e, before);
  }

  function applyDelta(message) {
    if (typeof message.match !== 'string' || typeof message.seq !== 'number') return;
    const e = entry(message.match);
    if (e.resyncing) { e.buffer.push(message); return; }
    if (message.seq <= e.seq) return;                       // already have it
    if (message.seq !== e.seq + 1) {                        // missed some: ask for them again
      if (!awaiting(e)) subscribe(e);
      return;
    }
    const before = e.state;
    e.state = mergePatch(e.state, message.data);
    e.seq = message.seq;
    e.awaitingSince = 0;
    render(e, before);
  }

  function resync(id, url) {
    if (typeof id !== 'string') return;
    const e = entry(id);
    if (e.resyncing) return;
    e.resyncing = true;
    e.buffer = [];
    const path = typeof url === 'string' && url.charAt(0) === '/' ? url : '/v1/matches/' + encodeURIComponent(id);
    fetch(path, { cache: 'no-store' })
      .then((response) => response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status)))
      .then((body) => {
        e.resyncing = false;
        if (isObject(body) && typeof body.seq === 'number') applySnapshot(id, body.seq, body.state);
        const buffered = e.buffer.sort((a, b) => a.seq - b.seq);
        e.buffer = [];
        for (const message of buffered) applyDelta(message); // the rest after the snapshot's seq
      })
      .catch(() => {
        e.resyncing = false;
        e.buffer = [];
        subscribe(e);                                      // let the gateway replay or snapshot
      });
  }

  function ackAll() {
    for (const e of matches.values()) {
      if (e.seq > e.acked && !e.resyncing && send({ type: 'ack', match: e.id, seq: e.seq })) e.acked = e.seq;
    }
  }

  function refreshList() {
    fetch('/v1/matches', { cache: 'no-store' })
      .then((response) => response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status)))
      .then((list) => {
        if (!Array.isArray(list)) return;
        for (const item of list) {
          if (!isObject(item) || typeof item.match !== 'string' || matches.has(item.match)) continue;
          subscribe(entry(item.match));
        }
        updateCounts();
      })
      .catch(() => { /* the next listing retries */ });
  }

  // --- connection -----------------------------------------------------------------------------
  function connect() {
    clearTimeout(reconnectTimer);
    clearInterval(countdownTimer);
    setStatus('warn', 'connecting…');
    helloSeen = false;
    openedAt = Date.now();
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    try {
      socket = new WebSocket(scheme + location.host + '/v1/ws');
    } catch (error) {
      socket = null;
      failures += 1;
      scheduleReconnect();
      return;
    }
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      if (isObject(message)) handle(message);
    };
    socket.onerror = () => { /* a close event follows */ };
    socket.onclose = (event) => {
      socket = null;
      clearInterval(ackTimer);
      clearInterval(listTimer);
      // A connection that never said hello, or lived under 10 s, counts as a failure.
      if (!helloSeen || Date.now() - openedAt < 10000) failures += 1; else failures = 0;
      if (event.code === 1012) showNote('gateway restarting');
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    // Everyone reconnecting at once is a storm: spread over 0-5 s, then back off with jitter.
    let delay = Math.random() * 5000;
    if (failures > 1) delay += Math.random() * Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, Math.min(failures - 1, 10)));
    const due = Date.now() + delay;
    const tick = () => {
      const left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
      setStatus('bad', 'disconnected · reconnecting in ' + left + ' s' + (failures > 1 ? ' (attempt ' + failures + ')' : ''));
    };
    tick();
    clearInterval(countdownTimer);
    countdownTimer = setInterval(tick, 1000);
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, delay);
  }

  function handle(message) {
    switch (message.type) {
      case 'hello': {
        helloSeen = true;
        gateway = str(message.gateway);
        const ackTimeout = num(message.ack_timeout_ms, 5000);
        setStatus('ok', 'connected · gateway ' + (gateway || '?'));
        clearInterval(ackTimer);
        ackTimer = setInterval(ackAll, Math.max(100, Math.min(500, ackTimeout / 4)));
        for (const e of matches.values()) { e.resyncing = false; e.buffer = []; subscribe(e); }
        refreshList();
        clearInterval(listTimer);
        listTimer = setInterval(refreshList, LIST_EVERY_MS);
        break;
      }
      case 'snapshot': applySnapshot(message.match, message.seq, message.state); break;
      case 'delta': applyDelta(message); break;
      case 'resync': resync(message.match, message.snapshot_url); break;
      case 'error': showNote(str(message.code) + (message.message ? ': ' + str(message.message) : '')); break;
      default: break;                                       // unsubscribed, or something newer
    }
  }

  // --- rendering ------------------------------------------------------------------------------
  function createCard(id) {
    const empty = document.getElementById('empty');
    if (empty) empty.remove();
    const card = el('section', 'card');
    const v = { card: card };
    const top = el('div', 'top');
    v.title = el('div', 'title', id);
    v.badge = el('span', 'badge', 'LIVE');
    top.append(v.title, v.badge);
    v.sub = el('div', 'sub');
    const score = el('div', 'score');
    v.runs = el('span', 'runs', '–');
    v.overs = el('span', 'overs');
    v.rr = el('span', 'rr');
    score.append(v.runs, v.overs, v.rr);
    v.chase = el('div', 'chase');
    v.table = el('table');
    v.balls = el('div', 'balls');
    v.wicket = el('div', 'wicket');
    v.comm = el('div', 'comm');
    v.pre = el('pre');
    const foot = el('div', 'foot');
    v.state = el('span', 'state');
    v.seq = el('span', 'seq');
    foot.append(v.state, v.seq);
    card.append(top, v.sub, score, v.chase, v.table, v.balls, v.wicket, v.comm, v.pre, foot);
    // Keep cards ordered by match id.
    const after = Array.from(grid.children).find((node) => node.dataset.match > id);
    card.dataset.match = id;
    grid.insertBefore(card, after || null);
    updateCounts();
    return v;
  }

  function updateCounts() {
    if (helloSeen) setStatus('ok', 'connected · gateway ' + (gateway || '?') + ' · ' + matches.size + ' match' + (matches.size === 1 ? '' : 'es'));
  }

  function ballClass(label) {
    if (/W/.test(label)) return 'ball w';
    if (/wd|nb|lb|b$/.test(label)) return 'ball x';
    if (label === '4') return 'ball b4';
    if (label === '6') return 'ball b6';
    if (label === '0') return 'ball dot';
    return 'ball';
  }

  function row(cells, header, onStrike) {
    const tr = el('tr');
    cells.forEach((text, index) => {
      const cell = el(header ? 'th' : 'td', index === 0 && onStrike ? 'on' : '', str(text));
      tr.append(cell);
    });
    return tr;
  }

  function render(e, before) {
    const v = e.view;
    const s = e.state;
    v.seq.textContent = 'seq ' + e.seq;
    v.table.replaceChildren();
    v.balls.replaceChildren();
    if (!isObject(s) || !isObject(s.score)) {
      // No state yet, or not a cricket scorecard: show what there is.
      v.title.textContent = e.id;
      v.badge.textContent = 'LIVE';
      v.badge.className = 'badge';
      v.sub.textContent = '';
      v.runs.textContent = '–';
      v.overs.textContent = v.rr.textContent = v.chase.textContent = v.wicket.textContent = v.comm.textContent = '';
      v.pre.textContent = s === null ? '' : JSON.stringify(s, null, 1).slice(0, 2000);
      v.state.textContent = s === null ? 'waiting for the first ball…' : '';
      return;
    }
    v.pre.textContent = '';
    const score = s.score;
    const done = s.phase === 'complete';
    v.title.textContent = str(s.title) || e.id;
    v.badge.textContent = done ? 'RESULT' : 'LIVE';
    v.badge.className = done ? 'badge done' : 'badge';
    v.sub.textContent = [s.format, s.venue, s.innings ? 'innings ' + s.innings : ''].filter(Boolean).join(' · ');
    v.runs.textContent = str(s.batting) + ' ' + num(score.runs, 0) + '/' + num(score.wickets, 0);
    v.overs.textContent = '(' + str(score.overs || '0.0') + ' ov)';
    const first = isObject(s.first_innings)
      ? str(s.first_innings.team) + ' ' + num(s.first_innings.runs, 0) + '/' + num(s.first_innings.wickets, 0) + ' (' + str(s.first_innings.overs) + ')'
      : '';
    v.rr.textContent = 'RR ' + str(score.run_rate || '0.00') + (first ? ' · ' + first : '');
    v.chase.textContent = isObject(s.chase) && !done
      ? 'Target ' + num(s.chase.target, 0) + ' · need ' + num(s.chase.need, 0) + ' off ' + num(s.chase.balls_left, 0) + ' · RRR ' + str(s.chase.required_rate)
      : '';

    v.table.append(row(['Batter', 'R', 'B', '4s', '6s', 'SR'], true));
    if (isObject(s.batters)) {
      for (const slot of ['a', 'b']) {
        const b = s.batters[slot];
        if (!isObject(b)) continue;
        const runs = num(b.runs, 0), balls = num(b.balls, 0);
        v.table.append(row([b.name, runs, balls, num(b.fours, 0), num(b.sixes, 0), balls ? (runs * 100 / balls).toFixed(1) : '–'], false, s.striker === slot));
      }
    }
    if (isObject(s.bowler)) {
      const b = s.bowler;
      const [whole, part] = str(b.overs || '0.0').split('.').map(Number);
      const legal = (whole || 0) * 6 + (part || 0);
      v.table.append(row(['Bowler', 'O', 'M', 'R', 'W', 'Econ'], true));
      v.table.append(row([b.name, str(b.overs), num(b.maidens, 0), num(b.runs, 0), num(b.wickets, 0), legal ? (num(b.runs, 0) * 6 / legal).toFixed(2) : '–'], false));
    }
    if (Array.isArray(s.last_balls)) {
      for (const label of s.last_balls) v.balls.append(el('span', ballClass(str(label)), str(label)));
    }
    v.wicket.textContent = s.last_wicket ? 'Last wicket: ' + str(s.last_wicket) : '';
    v.comm.textContent = str(s.commentary);
    v.state.textContent = str(s.status);

    // A wicket in the same innings: flash the card.
    if (isObject(before) && isObject(before.score) && before.innings === s.innings && before.game === s.game &&
        num(score.wickets, 0) > num(before.score.wickets, 0)) {
      v.card.classList.remove('flash');
      void v.card.offsetWidth;                              // restart the animation
      v.card.classList.add('flash');
    }
  }

  connect();
})();
</script>
</body>
</html>
"""#
}
