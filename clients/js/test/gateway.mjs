// Test helpers: a real crease-gateway process (embedded mode), REST publishing, and waiting on
// events. No test file: it holds no tests.

import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { access, constants } from 'node:fs/promises';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { NodeWebSocket } from './ws-node.mjs';

export const GATEWAY_BIN = process.env.CREASE_GATEWAY_BIN ||
  fileURLToPath(new URL('../../../.build/debug/crease-gateway', import.meta.url));

/** A TCP port nobody listens on right now. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts crease-gateway on 127.0.0.1 and resolves once `/readyz` answers 200.
 * @returns {Promise<{port, base, wsUrl, child, exited: Promise<{code, signal}>, stop: (signal?) => Promise, log: () => string}>}
 */
export async function startGateway({ port, env = {} } = {}) {
  port ??= await freePort();
  // The binary may be being rebuilt: give it a moment to reappear.
  for (let tries = 0; ; tries++) {
    try { await access(GATEWAY_BIN, constants.X_OK); break; } catch (error) {
      if (tries >= 100) throw new Error(`no gateway binary at ${GATEWAY_BIN} (build it, or set CREASE_GATEWAY_BIN)`);
      await delay(100);
    }
  }
  // SEQ_ORIGIN=zero: the tests name seqs from 1 (a real deployment keeps the default, clock).
  const childEnv = {
    ...process.env, GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(port), LOG_LEVEL: 'warning',
    DRAIN_SECONDS: '1', DEMO_MATCHES: '0', SEQ_ORIGIN: 'zero', ...env,
  };
  delete childEnv.REDIS_URL;                            // embedded mode
  const child = spawn(GATEWAY_BIN, [], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk) => { log = (log + chunk).slice(-20000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  let ready = false, gone = false;
  exited.then(() => { gone = true; });
  while (!ready) {
    if (gone) throw new Error(`gateway exited during start-up:\n${log}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`gateway not ready in 15 s:\n${log}`); }
    try { ready = (await fetch(`${base}/readyz`)).status === 200; } catch { /* not listening yet */ }
    if (!ready) await delay(50);                        // readiness polling, not synchronisation
  }
  return {
    port, base, child, exited,
    wsUrl: `ws://127.0.0.1:${port}/v1/ws`,
    log: () => log,
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Publishes one event over REST (PROTOCOL §3); resolves to its seq. */
export async function publish(base, match, data, priority = 'normal') {
  const response = await fetch(`${base}/v1/matches/${match}/events`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ priority, data }),
  });
  const body = await response.json();
  if (response.status !== 202) throw new Error(`publish ${match}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.seq;
}

/** `GET /v1/matches/{id}`: `{match, seq, state}`. */
export async function matchState(base, match) {
  const response = await fetch(`${base}/v1/matches/${match}`);
  if (response.status !== 200) throw new Error(`GET ${match}: HTTP ${response.status}`);
  return response.json();
}

function listen(target, type, fn) {
  if (typeof target.addEventListener === 'function') {
    const listener = (event) => fn(event.detail ?? event);
    target.addEventListener(type, listener);
    return () => target.removeEventListener(type, listener);
  }
  target.on(type, fn);
  return () => target.off(type, fn);
}

/**
 * Resolves with the first `type` event (its `detail` for an EventTarget) that `predicate`
 * accepts. Call it before the action that causes the event.
 */
export function waitFor(target, type, predicate = () => true, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error(`no '${type}' event matching ${predicate} within ${timeoutMs} ms`)); }, timeoutMs);
    const stop = listen(target, type, (value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      stop();
      resolve(value);
    });
  });
}

/** Records every `type` event into the returned array. */
export function record(target, type) {
  const seen = [];
  listen(target, type, (value) => seen.push(value));
  return seen;
}

/**
 * A NodeWebSocket subclass that reports every parsed message it sends and receives on `wire`
 * (events `send` and `receive`) and drops those `faults.outgoing` / `faults.incoming` accept:
 * the network faults a real deployment has, on a real connection.
 */
export function tappedWebSocket(wire = new EventEmitter(), faults = {}) {
  return class TappedWebSocket extends NodeWebSocket {
    send(data) {
      const message = JSON.parse(data);
      wire.emit('send', message);
      if (faults.outgoing?.(message)) return;
      super.send(data);
    }

    _receiveText(text) {
      const message = JSON.parse(text);
      wire.emit('receive', message);
      if (faults.incoming?.(message)) return;
      super._receiveText(text);
    }
  };
}
