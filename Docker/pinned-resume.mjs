// pinned-resume.mjs URL MATCH GATEWAY — opens CreaseClients (clients/js/crease.js) through the load
// balancer at URL (ws://…/v1/ws) until a few are pinned to node GATEWAY, prints READY, then waits
// for GATEWAY to be stopped (by the caller) and for each pinned client to be back on another
// gateway with two more deltas. Prints one JSON line and exits 0 when every pinned client moved
// and saw MATCH's deltas in order, each starting one past the seq it held (one by one, or a
// folded run `from`…`seq` of protocol 1.1, which crease.js asks for; no gap, no duplicate, no
// snapshot or REST refetch in between), else exits 1. Used by Docker/docker-test.sh.
import { CreaseClient } from '../clients/js/crease.js';
import { NodeWebSocket } from '../clients/js/test/ws-node.mjs';

const [url, match, pinnedTo] = process.argv.slice(2);
const wanted = 3;
const pinned = [];
const others = [];
const fail = (why) => { console.log(JSON.stringify({ ok: false, why })); process.exit(1); };
setTimeout(() => fail('timed out'), 90_000);

function open() {
  const client = new CreaseClient({ url, WebSocket: NodeWebSocket, reconnectJitterMs: 2000 });
  const record = { client, states: [], gateways: [] };
  client.on('status', (s) => { if (s.status === 'open' && s.gateway) record.gateways.push(s.gateway); });
  let from;                                   // of the delta just applied (emitted before its state)
  client.on('delta', (d) => { if (d.match === match) from = d.from; });
  client.on('state', (s) => {
    if (s.match === match) record.states.push({ seq: s.seq, source: s.source, from: s.source === 'delta' ? from : undefined });
  });
  client.subscribe(match);
  return record;
}

// HAProxy spreads new connections over the gateways: open until enough land on GATEWAY.
for (let attempt = 0; attempt < 60 && pinned.length < wanted; attempt++) {
  const record = open();
  const started = Date.now();
  while (!record.gateways.length || !record.states.length) {
    if (Date.now() - started > 10_000) fail('a client did not connect');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  (record.gateways[0] === pinnedTo ? pinned : others).push(record);
}
if (pinned.length < wanted) fail(`only ${pinned.length} clients reached ${pinnedTo}`);
console.log('READY');

// Back on another gateway, with two deltas since.
const moved = (r) => r.gateways.length > 1 && r.gateways.at(-1) !== pinnedTo;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
while (!pinned.every(moved)) await sleep(200);
const seen = pinned.map((r) => r.states.length);
while (!pinned.every((r, i) => r.states.length >= seen[i] + 2)) await sleep(200);
const problems = [];
for (const r of pinned) {
  for (let i = 1; i < r.states.length; i++) {
    const [before, after] = [r.states[i - 1], r.states[i]];
    if (after.source !== 'delta' || after.from !== before.seq + 1) problems.push({ gateways: r.gateways, before, after });
  }
}
for (const r of [...pinned, ...others]) r.client.close();
const summary = { ok: problems.length === 0, pinned: pinned.length, gateways: pinned.map((r) => r.gateways), deltas: pinned.map((r) => r.states.length), problems };
console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
