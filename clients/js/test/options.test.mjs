// Option handling that needs no network: the client is closed before it connects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreaseClient } from '../crease.js';
import { NodeWebSocket } from './ws-node.mjs';

function made(options) {
  const client = new CreaseClient({ WebSocket: NodeWebSocket, ...options });
  client.close();                                      // before the connect microtask runs
  return client;
}

test('URLs: REST base derived from the WebSocket URL, or given', () => {
  assert.equal(made({ url: 'ws://127.0.0.1:8080/v1/ws' }).restBase, 'http://127.0.0.1:8080');
  assert.equal(made({ url: 'wss://scores.example/v1/ws' }).restBase, 'https://scores.example');
  assert.equal(made({ url: 'https://scores.example/v1/ws' }).url, 'wss://scores.example/v1/ws');
  assert.equal(made({ url: 'ws://a/v1/ws', restBase: 'http://b:81/' }).restBase, 'http://b:81');
});

test('URLs: default from the page location', () => {
  globalThis.location = { href: 'https://scores.example:8443/live/index.html' };
  try {
    const client = made({});
    assert.equal(client.url, 'wss://scores.example:8443/v1/ws');
    assert.equal(client.restBase, 'https://scores.example:8443');
  } finally {
    delete globalThis.location;
  }
  assert.throws(() => new CreaseClient({ WebSocket: NodeWebSocket }), TypeError);
});

test('close() before connecting: status closed, no socket, subscriptions refused', () => {
  const statuses = [];
  const client = new CreaseClient({ url: 'ws://127.0.0.1:9/v1/ws', WebSocket: class { constructor() { throw new Error('must not connect'); } } });
  client.on('status', (d) => statuses.push(d.status));
  client.close();
  assert.deepEqual(statuses, ['closed']);
  assert.equal(client.status, 'closed');
  assert.equal(client.subscribe('m1'), false);
  assert.deepEqual(client.matches(), []);
});
