// Protocol 1.1 folded runs as the client applies them, over a scripted socket (no network): a
// run on top of what it holds, a run overlapping a REST state fetched inside it, a gap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreaseClient } from '../crease.js';

/** A WebSocket the test speaks for: `deliver(message)` is the gateway, `sent` what the client sent. */
function scriptedSocket() {
  const sockets = [];
  class ScriptedWebSocket {
    constructor(url) {
      this.url = url;
      this.readyState = 1;
      this.sent = [];
      sockets.push(this);
    }
    send(data) { this.sent.push(JSON.parse(data)); }
    close() { this.readyState = 3; }
    deliver(message) { this.onmessage?.({ data: JSON.stringify(message) }); }
  }
  return { ScriptedWebSocket, sockets };
}

test('folded runs: applied on top of what is held, across a REST state inside a run; a gap resubscribes', async () => {
  const { ScriptedWebSocket, sockets } = scriptedSocket();
  let release;
  const fetched = new Promise((resolve) => { release = resolve; });
  const client = new CreaseClient({
    url: 'ws://127.0.0.1:9/v1/ws',
    WebSocket: ScriptedWebSocket,
    // The REST state after the resync is at seq 5, in the middle of the run 4…7 below.
    fetch: async () => { await fetched; return new Response(JSON.stringify({ match: 'm', seq: 5, state: { runs: 5, over: 1 } })); },
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 0));   // the connect microtask
    const ws = sockets[0];
    const states = [];
    client.on('state', (d) => states.push([d.source, d.seq, d.state]));
    client.subscribe('m');
    ws.deliver({ type: 'hello', protocol: 1, gateway: 'g', heartbeat_ms: 15000, ack_timeout_ms: 5000 });
    assert.deepEqual(ws.sent.at(-1), { type: 'subscribe', match: 'm', conflate: true });
    ws.deliver({ type: 'snapshot', match: 'm', seq: 0, state: null });
    ws.deliver({ type: 'delta', match: 'm', from: 1, seq: 3, ts: 1, priority: 'normal', data: { runs: 3 } });
    assert.deepEqual(states.at(-1), ['delta', 3, { runs: 3 }]);

    // A resync; the run 4…7 arrives while the refetch is in flight, then the fetch lands at 5.
    ws.deliver({ type: 'resync', match: 'm', reason: 'shed', snapshot_url: '/v1/matches/m' });
    ws.deliver({ type: 'delta', match: 'm', from: 4, seq: 7, ts: 2, priority: 'critical', data: { runs: 7, over: 2 } });
    const seven = new Promise((resolve) => client.on('state', (d) => { if (d.seq === 7) resolve(d); }));
    release();
    assert.deepEqual((await seven).state, { runs: 7, over: 2 });
    assert.deepEqual(states.map(([source, seq]) => [source, seq]).slice(-2), [['rest', 5], ['delta', 7]]);
    const subscribes = ws.sent.filter((m) => m.type === 'subscribe').length;

    // A run that starts past held + 1 is a gap: the client asks again with since.
    ws.deliver({ type: 'delta', match: 'm', from: 9, seq: 10, ts: 3, priority: 'normal', data: { runs: 10 } });
    assert.equal(client.seq('m'), 7);
    assert.deepEqual(ws.sent.filter((m) => m.type === 'subscribe').length, subscribes + 1);
    assert.deepEqual(ws.sent.at(-1), { type: 'subscribe', match: 'm', since: 7, conflate: true });
  } finally {
    client.close();
  }
});
