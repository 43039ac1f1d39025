// CreaseClient against a real crease-gateway (embedded mode), over a real WebSocket connection
// (ws-node.mjs). Faults (a lost delta, lost acks, a slow REST fetch, a restart) are injected on
// that connection or around the real fetch; everything else is the real thing.

import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { CreaseClient } from '../crease.js';
import { startGateway, publish, matchState, waitFor, record, tappedWebSocket } from './gateway.mjs';

const GATEWAY_ENV = {
  ACK_TIMEOUT_MS: '600',          // a client that stops acking gets its resync quickly
  HEARTBEAT_MS: '300',            // ws-node.mjs must answer pings
  HEARTBEAT_TIMEOUT_MS: '3000',
  MAX_SUBSCRIPTIONS: '8',
};

const clients = [];

/**
 * A client on `gateway` over a tapped real WebSocket; closed after each test. Protocol 1.0
 * (no conflation) unless `conflate` is given: most tests follow deltas one by one.
 */
function connect(gateway, { faults = {}, ...options } = {}) {
  const wire = new EventEmitter();
  const client = new CreaseClient({
    url: gateway.wsUrl,
    WebSocket: tappedWebSocket(wire, faults),
    reconnectJitterMs: 200,
    backoff: { baseMs: 100, maxMs: 1000 },
    conflate: false,
    ...options,
  });
  clients.push(client);
  return { client, wire };
}

/** Subscribes and resolves with the first state (the snapshot) of `match`. */
async function subscribed(client, match) {
  const first = waitFor(client, 'state', (d) => d.match === match);
  client.subscribe(match);
  return first;
}

function ball(i) {
  return { score: { runs: i * 2, overs: `${Math.floor(i / 6)}.${i % 6}` }, last_balls: [String(i % 7)], [`k${i % 4}`]: i % 3 ? i : null };
}

afterEach(() => {
  while (clients.length) clients.pop().close();
});

describe('CreaseClient on a real gateway', () => {
  let gateway;
  before(async () => { gateway = await startGateway({ env: GATEWAY_ENV }); });
  after(async () => { await gateway?.stop('SIGKILL'); });

  test('snapshot, then deltas in seq order equal to the REST state, acked', async () => {
    const match = 'snap-1';
    await publish(gateway.base, match, { title: 'A v B', score: { runs: 0 } });
    await publish(gateway.base, match, { score: { runs: 4 } });
    const { client, wire } = connect(gateway);
    const statuses = record(client, 'status');
    const resyncs = record(client, 'resync');
    const open = waitFor(client, 'status', (d) => d.status === 'open');
    const snapshot = await subscribed(client, match);
    await open;
    assert.deepEqual(statuses.map((d) => d.status), ['connecting', 'open']);
    assert.equal(snapshot.source, 'snapshot');
    assert.equal(snapshot.seq, 2);
    assert.deepEqual(snapshot.state, (await matchState(gateway.base, match)).state);

    const deltas = record(client, 'delta');
    const last = waitFor(client, 'state', (d) => d.match === match && d.seq === 22);
    const acked = waitFor(wire, 'send', (m) => m.type === 'ack' && m.match === match && m.seq === 22, 4000);
    for (let i = 1; i <= 20; i++) await publish(gateway.base, match, ball(i), i % 5 ? 'normal' : 'critical');
    await last;
    assert.deepEqual(deltas.map((d) => d.seq), Array.from({ length: 20 }, (_, i) => i + 3));
    assert.equal(deltas[2].priority, 'normal');
    assert.equal(deltas[4].priority, 'critical');
    const rest = await matchState(gateway.base, match);
    assert.equal(client.seq(match), rest.seq);
    assert.deepEqual(client.state(match), rest.state);

    // Cumulative acks go out, and they keep the gateway's ack timeout (600 ms) from firing.
    await acked;
    const more = waitFor(client, 'state', (d) => d.match === match && d.seq === 23);
    const ackedMore = waitFor(wire, 'send', (m) => m.type === 'ack' && m.match === match && m.seq === 23, 2000);
    await publish(gateway.base, match, { over: 'done' });
    await more;
    await ackedMore;
    assert.deepEqual(resyncs, []);
  });

  test('a lost delta: resubscribe with since, the gateway replays the rest', async () => {
    const match = 'gap-1';
    let threes = 0;                                    // deliveries of seq 3: the first is lost
    const faults = { incoming: (m) => m.type === 'delta' && m.match === match && m.seq === 3 && ++threes === 1 };
    const { client, wire } = connect(gateway, { faults });
    await subscribed(client, match);                   // no events yet: seq 0, state null
    assert.equal(client.state(match), null);
    const deltas = record(client, 'delta');
    const resubscribe = waitFor(wire, 'send', (m) => m.type === 'subscribe' && m.match === match);
    const done = waitFor(client, 'state', (d) => d.match === match && d.seq === 6);
    for (let i = 1; i <= 6; i++) await publish(gateway.base, match, ball(i));
    assert.deepEqual(await resubscribe, { type: 'subscribe', match, since: 2 });
    await done;
    assert.equal(threes, 2);                           // lost, then replayed
    assert.deepEqual(deltas.map((d) => d.seq), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(client.state(match), (await matchState(gateway.base, match)).state);
  });

  test('resync: REST fetch; held deltas at or below the fetched seq are dropped', async () => {
    const match = 'rs-1';
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    const fetching = new EventEmitter();
    const faults = { outgoing: (m) => m.type === 'ack' && m.match === match };   // lost acks → slow_consumer
    const { client, wire } = connect(gateway, {
      faults,
      fetch: async (url, init) => { fetching.emit('fetch', url); await gate; return fetch(url, init); },
    });
    await subscribed(client, match);
    const resync = waitFor(client, 'resync', (d) => d.match === match, 4000);
    const fetchUrl = waitFor(fetching, 'fetch', () => true, 4000);
    const first = waitFor(client, 'state', (d) => d.match === match && d.seq === 1);
    await publish(gateway.base, match, ball(1));
    await first;
    assert.deepEqual(await resync, { match, reason: 'slow_consumer' });
    faults.outgoing = null;
    assert.equal(await fetchUrl, `${gateway.base}/v1/matches/${match}`);

    // Deltas 2–4 arrive while the fetch is in progress: held, then covered by the fetched state.
    const deltas = record(client, 'delta');
    const states = record(client, 'state');
    const arrived = waitFor(wire, 'receive', (m) => m.type === 'delta' && m.match === match && m.seq === 4);
    for (let i = 2; i <= 4; i++) await publish(gateway.base, match, ball(i));
    await arrived;
    assert.equal(client.seq(match), 1);
    const fetched = waitFor(client, 'state', (d) => d.match === match && d.source === 'rest');
    release();
    assert.equal((await fetched).seq, 4);
    assert.deepEqual(deltas, []);

    const next = waitFor(client, 'state', (d) => d.match === match && d.seq === 5);
    await publish(gateway.base, match, ball(5));
    await next;
    assert.deepEqual(deltas.map((d) => d.seq), [5]);
    assert.deepEqual(states.map((d) => [d.source, d.seq]), [['rest', 4], ['delta', 5]]);
    assert.deepEqual(client.state(match), (await matchState(gateway.base, match)).state);
  });

  test('resync: held deltas above the fetched seq are applied after it', async () => {
    const match = 'rs-2';
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    const fetching = new EventEmitter();
    const faults = { outgoing: (m) => m.type === 'ack' && m.match === match };
    const { client, wire } = connect(gateway, {
      faults,
      // The response is read at once, and handed over only after newer deltas arrived.
      fetch: async (url, init) => {
        const body = await (await fetch(url, init)).text();
        fetching.emit('fetched', JSON.parse(body).seq);
        await gate;
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    await subscribed(client, match);
    const fetched = waitFor(fetching, 'fetched', () => true, 4000);
    await publish(gateway.base, match, ball(1));
    await publish(gateway.base, match, ball(2));
    const seq = await fetched;                         // 2, unless the resync beat the second publish
    faults.outgoing = null;

    const deltas = record(client, 'delta');
    const arrived = waitFor(wire, 'receive', (m) => m.type === 'delta' && m.match === match && m.seq === 4);
    await publish(gateway.base, match, ball(3));
    await publish(gateway.base, match, ball(4));
    await arrived;
    const done = waitFor(client, 'state', (d) => d.match === match && d.seq === 4);
    release();
    await done;
    assert.deepEqual(deltas.map((d) => d.seq), Array.from({ length: 4 - seq }, (_, i) => seq + 1 + i));
    assert.deepEqual(client.state(match), (await matchState(gateway.base, match)).state);
  });

  test('conflate (the default): a lost delta is replayed as one folded run, applied on top of what it held', async () => {
    const match = 'cf-1';
    let threes = 0;                                    // deliveries holding seq 3: the first is lost
    const faults = { incoming: (m) => m.type === 'delta' && m.match === match && m.seq === 3 && ++threes === 1 };
    const { client, wire } = connect(gateway, { faults, conflate: undefined });
    const subscribe = waitFor(wire, 'send', (m) => m.type === 'subscribe' && m.match === match);
    await subscribed(client, match);
    assert.deepEqual(await subscribe, { type: 'subscribe', match, conflate: true });
    const deltas = record(client, 'delta');
    const resubscribe = waitFor(wire, 'send', (m) => m.type === 'subscribe' && m.match === match);
    const fifth = waitFor(wire, 'receive', (m) => m.type === 'delta' && m.match === match && m.seq === 5);
    const done = waitFor(client, 'state', (d) => d.match === match && d.seq === 5);
    // Published before the gap is noticed (delta 4 reveals it), so the replay holds 3…5.
    for (let i = 1; i <= 5; i++) await publish(gateway.base, match, { score: { runs: i }, [`ball${i}`]: i });
    await fifth;
    assert.deepEqual(await resubscribe, { type: 'subscribe', match, since: 2, conflate: true });
    await done;
    const replayed = deltas.filter((d) => d.seq > 2);
    assert.ok(replayed.some((d) => d.from < d.seq), `a folded run: ${JSON.stringify(replayed)}`);
    assert.equal(deltas.at(-1).seq, 5);
    for (let i = 1; i < deltas.length; i++) assert.equal(deltas[i].from, deltas[i - 1].seq + 1, 'no overlap, no skip');
    assert.deepEqual(client.state(match), (await matchState(gateway.base, match)).state);
  });

  test('unsubscribe; too_many_subscriptions is an error event and the match is dropped', async () => {
    const { client, wire } = connect(gateway);
    const ids = Array.from({ length: 9 }, (_, i) => `cap-${i}`);
    const error = waitFor(client, 'error');
    const eighth = waitFor(client, 'state', (d) => d.match === 'cap-7');
    for (const id of ids) client.subscribe(id);
    await eighth;
    const rejected = await error;
    assert.equal(rejected.code, 'too_many_subscriptions');
    assert.equal(rejected.match, 'cap-8');
    assert.deepEqual(client.matches(), ids.slice(0, 8));

    const unsubscribed = waitFor(wire, 'receive', (m) => m.type === 'unsubscribed' && m.match === 'cap-0');
    assert.equal(client.unsubscribe('cap-0'), true);
    await unsubscribed;
    assert.equal(client.state('cap-0'), undefined);
    assert.equal(client.unsubscribe('cap-0'), false);
    assert.throws(() => client.subscribe('no spaces'), RangeError);
  });
});

test('reconnects with jitter after the gateway restarts, and resumes its matches', async () => {
  let gateway = await startGateway({ env: GATEWAY_ENV });
  try {
    const match = 'rc-1';
    const { client, wire } = connect(gateway);
    await subscribed(client, match);
    const third = waitFor(client, 'state', (d) => d.match === match && d.seq === 3);
    for (let i = 1; i <= 3; i++) await publish(gateway.base, match, ball(i));
    await third;

    const statuses = record(client, 'status');
    const reconnecting = waitFor(client, 'status', (d) => d.status === 'reconnecting');
    const exited = gateway.stop('SIGTERM');                // drains: 1012 within DRAIN_SECONDS=1
    const first = await reconnecting;
    assert.equal(first.code, 1012);
    assert.ok(first.delayMs >= 0 && first.delayMs <= 200, `delay ${first.delayMs} ms`);
    assert.equal((await exited).code, 0);

    // A new process on the same port (embedded mode: it starts with no matches, seq 0).
    const open = waitFor(client, 'status', (d) => d.status === 'open', 8000);
    const resubscribe = waitFor(wire, 'send', (m) => m.type === 'subscribe' && m.match === match, 8000);
    const snapshot = waitFor(client, 'state', (d) => d.match === match && d.source === 'snapshot', 8000);
    gateway = await startGateway({ port: gateway.port, env: GATEWAY_ENV });
    await open;
    assert.deepEqual(await resubscribe, { type: 'subscribe', match, since: 3 });
    const fresh = await snapshot;
    assert.equal(fresh.seq, 0);
    assert.equal(fresh.state, null);
    assert.equal(fresh.previous.score.runs, 6);

    const kinds = statuses.map((d) => d.status);
    assert.equal(kinds[0], 'reconnecting');
    assert.equal(kinds.at(-1), 'open');
    assert.ok(kinds.includes('connecting'));
    for (const d of statuses.filter((s) => s.status === 'reconnecting')) {
      assert.ok(d.delayMs <= 200 + 1000, `delay ${d.delayMs} ms is within jitter + maxMs`);
    }

    const again = waitFor(client, 'state', (d) => d.match === match && d.seq === 2);
    await publish(gateway.base, match, ball(7));
    await publish(gateway.base, match, ball(8));
    await again;
    assert.deepEqual(client.state(match), (await matchState(gateway.base, match)).state);
  } finally {
    await gateway.stop('SIGKILL');
  }
});
