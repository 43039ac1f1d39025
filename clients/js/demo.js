// The live scoreboard at `/`: rendering on top of crease.js, which speaks the protocol.
// Needs these elements of the page: #grid (the cards go here), #empty (removed at the first
// card), #status (class ok | warn | bad), #status-text and #note.
// Cards render the CricketMatchSimulator scorecard (title, score, batters, striker, bowler,
// last_balls, chase, first_innings, last_wicket, commentary, status, phase); any other state is
// shown as JSON.

import { CreaseClient } from '/crease.js';

const LIST_EVERY_MS = 10000;
const grid = document.getElementById('grid');
const statusBox = document.getElementById('status');
const statusText = document.getElementById('status-text');
const note = document.getElementById('note');
const views = new Map();            // match id -> the card's elements
const refused = new Set();          // matches the gateway refused (too many subscriptions): not retried
let countdownTimer = 0, noteTimer = 0;

const client = new CreaseClient(); // ws(s)://<this host>/v1/ws, reconnect after 0–5 s plus backoff
window.crease = client;

// --- small helpers ----------------------------------------------------------------------------
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

function updateCounts() {
  if (client.status !== 'open') return;
  const count = client.matches().length;
  setStatus('ok', 'connected · gateway ' + (client.gateway || '?') + ' · ' + count + ' match' + (count === 1 ? '' : 'es'));
}

// --- the client -------------------------------------------------------------------------------
client.addEventListener('status', ({ detail }) => {
  clearInterval(countdownTimer);
  switch (detail.status) {
    case 'connecting':
      setStatus('warn', 'connecting…');
      break;
    case 'open':
      updateCounts();
      refreshList();
      break;
    case 'reconnecting': {
      if (detail.code === 1012) showNote('gateway restarting');
      const due = Date.now() + detail.delayMs;
      const tick = () => {
        const left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
        setStatus('bad', 'disconnected · reconnecting in ' + left + ' s' + (detail.attempt > 1 ? ' (attempt ' + detail.attempt + ')' : ''));
      };
      tick();
      countdownTimer = setInterval(tick, 1000);
      break;
    }
    default:
      setStatus('bad', 'closed');
  }
});

client.addEventListener('state', ({ detail }) => render(detail.match, detail.seq, detail.state, detail.previous));

client.addEventListener('error', ({ detail }) => {
  if (detail.code === 'too_many_subscriptions' && detail.match) {
    refused.add(detail.match);
    const view = views.get(detail.match);
    if (view) { view.card.remove(); views.delete(detail.match); }
    updateCounts();
  }
  showNote(detail.code + (detail.message ? ': ' + detail.message : ''));
});

// Subscribe to every match the gateway knows, now and every LIST_EVERY_MS.
function refreshList() {
  fetch('/v1/matches', { cache: 'no-store' })
    .then((response) => response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status)))
    .then((list) => {
      if (!Array.isArray(list)) return;
      for (const item of list) {
        if (!isObject(item) || typeof item.match !== 'string' || refused.has(item.match)) continue;
        if (client.subscribe(item.match)) render(item.match, 0, null);
      }
      updateCounts();
    })
    .catch(() => { /* the next listing retries */ });
}
setInterval(() => { if (client.status === 'open') refreshList(); }, LIST_EVERY_MS);

// --- rendering --------------------------------------------------------------------------------
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
  return v;
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

function render(id, seq, s, before) {
  let v = views.get(id);
  if (!v) {
    v = createCard(id);
    views.set(id, v);
  }
  v.seq.textContent = 'seq ' + seq;
  v.table.replaceChildren();
  v.balls.replaceChildren();
  if (!isObject(s) || !isObject(s.score)) {
    // No state yet, or not a cricket scorecard: show what there is.
    v.title.textContent = id;
    v.badge.textContent = 'LIVE';
    v.badge.className = 'badge';
    v.sub.textContent = '';
    v.runs.textContent = '–';
    v.overs.textContent = v.rr.textContent = v.chase.textContent = v.wicket.textContent = v.comm.textContent = '';
    v.pre.textContent = s === null || s === undefined ? '' : JSON.stringify(s, null, 1).slice(0, 2000);
    v.state.textContent = s === null || s === undefined ? 'waiting for the first ball…' : '';
    return;
  }
  v.pre.textContent = '';
  const score = s.score;
  const done = s.phase === 'complete';
  v.title.textContent = str(s.title) || id;
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
