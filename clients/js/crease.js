// Crease JavaScript client: live match state over the Crease WebSocket protocol (PROTOCOL.md).
// A plain ES module without dependencies; runs in browsers and in Node ≥ 18 (pass `WebSocket`
// there, and `fetch` where it is not global).

const OPEN = 1;                       // WebSocket.OPEN, without relying on a static on the class
const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_IN_FLIGHT = 16;             // subscribe/unsubscribe requests awaiting a reply (the gateway allows 64)
const IN_FLIGHT_GRACE_MS = 500;       // a subscribe with `since` = current seq gets no reply: stop waiting after this
const PENDING_GRACE_MS = 3000;        // after a resubscribe, gaps are stale deltas for this long
const STABLE_MS = 10000;              // a connection that lived this long was a success whatever ended it

/**
 * Applies a JSON Merge Patch (RFC 7386) without modifying its arguments: objects along the
 * patched paths are copied, everything else is shared with `target`.
 * @param {*} target the current value (any JSON value, or null/undefined for none)
 * @param {*} patch the merge patch
 * @returns {*} the patched value
 */
export function mergePatch(target, patch) {
  if (!isObject(patch)) return patch;
  const result = isObject(target) ? { ...target } : {};
  for (const key of Object.keys(patch)) {
    if (patch[key] === null) delete result[key];
    else {
      const value = mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, patch[key]);
      // defineProperty: a "__proto__" key is data, never the prototype.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return result;
}

/** The event every CreaseClient event is: its payload is `event.detail`. */
export class CreaseEvent extends Event {
  /** @param {string} type @param {object} detail */
  constructor(type, detail) {
    super(type);
    this.detail = detail;
  }
}

/**
 * A connection to a Crease gateway that keeps the state of the matches it is subscribed to.
 *
 * It connects on construction (in a microtask, so listeners added right away see every event),
 * subscribes on every `hello`, applies deltas in seq order, acks, resyncs and reconnects by
 * itself. Events (`addEventListener(type, fn)`, payload in `event.detail`; or `on(type, fn)`):
 *
 * - `state`  `{match, seq, state, previous, source}`: a match's state changed; `source` is
 *   `'snapshot'`, `'rest'` (after a resync) or `'delta'`. States are immutable: do not modify.
 * - `delta`  `{match, from, seq, ts, priority, data}`: a delta was applied (just before its
 *   `state`); `from` < `seq` when the gateway folded the deltas `from`…`seq` into one.
 * - `resync` `{match, reason}`: the gateway dropped deltas; the client refetches the state.
 * - `status` `{status, gateway, attempt, delayMs, code, reason}`: `status` is `'connecting'`,
 *   `'open'` (hello received), `'reconnecting'` (`delayMs` until the next try) or `'closed'`.
 * - `error`  `{code, message, match}`: the gateway rejected a request, or a resync fetch failed.
 */
export class CreaseClient extends EventTarget {
  #url; #restBase; #WebSocket; #fetch; #jitterMs; #backoff; #ackIntervalMs; #conflate;
  #matches = new Map();     // match id -> entry (see subscribe())
  #ws = null;
  #hello = false;
  #gateway = '';
  #status = 'connecting';
  #closed = false;
  #failures = 0;            // connections in a row that failed (never said hello, or died young)
  #openedAt = 0;
  #generation = 0;          // bumped per connection: stale fetches and timers check it
  #queue = [];              // subscribe/unsubscribe requests not sent yet
  #inFlight = [];           // ...sent and not answered yet, oldest first
  #inFlightTimer = 0;
  #ackTimer = 0;
  #reconnectTimer = 0;

  /**
   * @param {object} [options]
   * @param {string} [options.url] `ws(s)://host[:port]/v1/ws`; default: `/v1/ws` on the page's host
   * @param {string} [options.restBase] `http(s)://host[:port]` for REST; default: derived from `url`
   * @param {typeof WebSocket} [options.WebSocket] WebSocket class; default: the global one
   * @param {typeof fetch} [options.fetch] fetch function; default: the global one
   * @param {number} [options.reconnectJitterMs=5000] reconnect after a random 0…this delay
   * @param {{baseMs?: number, maxMs?: number}} [options.backoff] added while connections keep
   *   failing: `baseMs·2^(failures-1)` capped at `maxMs` (default 1000, 30000), half of it random
   * @param {number} [options.ackIntervalMs=500] how often to ack (at most 1000, and at most a
   *   quarter of the gateway's `ack_timeout_ms`)
   * @param {boolean} [options.conflate=true] subscribe with `conflate` (protocol 1.1): deltas
   *   that wait for a slow connection arrive folded into one (`from`…`seq`) instead of being
   *   dropped and resynced
   */
  constructor(options = {}) {
    super();
    const page = globalThis.location?.href;
    if (options.url === undefined && !page) throw new TypeError('CreaseClient: options.url is required outside a browser');
    const url = new URL(options.url ?? '/v1/ws', page);   // relative to the page, http(s) → ws(s)
    url.protocol = url.protocol.replace(/^http/, 'ws');
    this.#url = url.href;
    this.#restBase = (options.restBase ?? url.origin.replace(/^ws/, 'http')).replace(/\/+$/, '');
    this.#WebSocket = options.WebSocket ?? globalThis.WebSocket;
    if (typeof this.#WebSocket !== 'function') throw new TypeError('CreaseClient: no WebSocket; pass options.WebSocket');
    this.#fetch = options.fetch ?? (globalThis.fetch && globalThis.fetch.bind(globalThis));
    if (typeof this.#fetch !== 'function') throw new TypeError('CreaseClient: no fetch; pass options.fetch');
    this.#jitterMs = Math.max(0, options.reconnectJitterMs ?? 5000);
    this.#backoff = { baseMs: 1000, maxMs: 30000, ...options.backoff };
    this.#ackIntervalMs = Math.min(1000, Math.max(10, options.ackIntervalMs ?? 500));
    this.#conflate = options.conflate ?? true;
    queueMicrotask(() => this.#connect());
  }

  /**
   * Starts receiving a match (kept across reconnects). Returns false when already subscribed.
   * @param {string} match match id, 1–64 characters of `[A-Za-z0-9_-]`
   * @returns {boolean}
   */
  subscribe(match) {
    if (typeof match !== 'string' || !MATCH_ID.test(match)) throw new RangeError(`CreaseClient: bad match id ${JSON.stringify(match)}`);
    if (this.#closed || this.#matches.has(match)) return false;
    this.#matches.set(match, {
      id: match, seq: 0, state: null, acked: 0, token: 0,
      resyncing: false, buffer: [],   // deltas held while the state is refetched
      pendingSince: 0,                // when a (re)subscribe was sent that has not been answered
    });
    if (this.#hello) this.#request({ type: 'subscribe', match });
    return true;
  }

  /**
   * Stops receiving a match and forgets its state. Returns false when it was not subscribed.
   * @param {string} match
   * @returns {boolean}
   */
  unsubscribe(match) {
    const entry = this.#matches.get(match);
    if (!entry) return false;
    this.#matches.delete(match);
    entry.token += 1;
    if (this.#hello) this.#request({ type: 'unsubscribe', match });
    return true;
  }

  /**
   * The match's current state: `null` before its first event, `undefined` when not subscribed.
   * @param {string} match
   */
  state(match) { return this.#matches.get(match)?.state; }

  /**
   * The seq of the match's current state (0 before any), `undefined` when not subscribed.
   * @param {string} match
   * @returns {number|undefined}
   */
  seq(match) { return this.#matches.get(match)?.seq; }

  /** @returns {string[]} the subscribed match ids */
  matches() { return [...this.#matches.keys()]; }

  /** @returns {string} `'connecting'`, `'open'`, `'reconnecting'` or `'closed'` */
  get status() { return this.#status; }

  /** @returns {string} the WebSocket URL */
  get url() { return this.#url; }

  /** @returns {string} the REST base URL (`snapshot_url` is relative to it) */
  get restBase() { return this.#restBase; }

  /** @returns {string} the node id of the gateway of the current (or last) connection */
  get gateway() { return this.#gateway; }

  /**
   * Adds a listener that receives `event.detail`; returns a function that removes it.
   * @param {string} type @param {(detail: object) => void} fn @returns {() => void}
   */
  on(type, fn) {
    const listener = (event) => fn(event.detail);
    this.addEventListener(type, listener);
    return () => this.removeEventListener(type, listener);
  }

  /** Closes the connection for good (1000) and stops reconnecting. */
  close() {
    if (this.#closed) return;
    this.#closed = true;
    const ws = this.#ws;
    this.#teardown();
    clearTimeout(this.#reconnectTimer);
    if (ws) try { ws.close(1000, 'client closed'); } catch { /* already closing */ }
    this.#setStatus('closed');
  }

  // --- connection ---------------------------------------------------------------------------

  #connect() {
    if (this.#closed) return;
    this.#setStatus('connecting', { attempt: this.#failures + 1 });
    let ws;
    try {
      ws = new this.#WebSocket(this.#url);
    } catch (error) {
      this.#failures += 1;
      this.#emit('error', { code: 'connect_failed', message: String(error?.message ?? error) });
      this.#scheduleReconnect({});
      return;
    }
    this.#ws = ws;
    this.#openedAt = Date.now();
    ws.onmessage = (event) => {
      if (this.#ws !== ws || typeof event.data !== 'string') return;
      let message;
      try { message = JSON.parse(event.data); } catch { return; }
      if (isObject(message)) this.#handle(message);
    };
    ws.onerror = () => { /* a close event follows */ };
    ws.onclose = (event) => {
      if (this.#ws !== ws) return;
      const lived = Date.now() - this.#openedAt;
      const helloSeen = this.#hello;
      this.#teardown();
      if (helloSeen && event.code !== 1008 && (event.code === 1012 || lived >= STABLE_MS)) this.#failures = 0;
      else this.#failures += 1;
      this.#scheduleReconnect(event);
    };
  }

  /** Forgets the connection: timers, requests, resyncs in progress. Subscriptions stay. */
  #teardown() {
    this.#ws = null;
    this.#hello = false;
    this.#generation += 1;
    this.#queue = [];
    this.#inFlight = [];
    clearTimeout(this.#inFlightTimer);
    clearInterval(this.#ackTimer);
    for (const entry of this.#matches.values()) {
      entry.resyncing = false;
      entry.buffer = [];
      entry.pendingSince = 0;
    }
  }

  #scheduleReconnect(event) {
    // A whole audience reconnecting at once is a storm: spread it over the jitter window, and
    // back off (half fixed, half random) while connections keep failing.
    let delayMs = Math.random() * this.#jitterMs;
    const level = event.code === 1008 ? 30 : this.#failures;   // policy violation: the longest backoff at once
    if (level > 0) {
      const backoff = Math.min(this.#backoff.maxMs, this.#backoff.baseMs * 2 ** Math.min(level - 1, 30));
      delayMs += backoff / 2 + Math.random() * backoff / 2;
    }
    delayMs = Math.round(delayMs);
    this.#setStatus('reconnecting', { attempt: this.#failures + 1, delayMs, code: event.code, reason: event.reason });
    clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = setTimeout(() => this.#connect(), delayMs);
  }

  #send(message) {
    const ws = this.#ws;
    if (!ws || ws.readyState !== OPEN) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  // Subscribe/unsubscribe requests go out at most MAX_IN_FLIGHT at a time. The gateway answers
  // them in order, so an answer (snapshot, delta, unsubscribed, error) for one also answers
  // every older one; a subscribe with `since` = current seq has no answer, hence the grace timer.
  #request(message) {
    this.#queue.push(message);
    this.#pump();
  }

  #pump() {
    while (this.#queue.length > 0 && this.#inFlight.length < MAX_IN_FLIGHT && this.#hello) {
      const message = this.#queue.shift();
      if (message.type === 'subscribe') {
        const entry = this.#matches.get(message.match);
        if (!entry) continue;                           // unsubscribed meanwhile
        if (entry.seq > 0) message.since = entry.seq;   // resume: the gateway replays what we missed
        if (this.#conflate) message.conflate = true;    // protocol 1.1; a 1.0 gateway ignores it
        entry.acked = entry.seq;
        entry.pendingSince = Date.now();
      }
      if (!this.#send(message)) return;
      this.#inFlight.push(message);
    }
    clearTimeout(this.#inFlightTimer);
    if (this.#inFlight.length > 0) {
      const generation = this.#generation;
      this.#inFlightTimer = setTimeout(() => {
        if (generation !== this.#generation) return;
        this.#inFlight = [];
        this.#pump();
      }, IN_FLIGHT_GRACE_MS);
    }
  }

  /** Marks the oldest in-flight request matching `test`, and all before it, answered. */
  #answered(test) {
    const index = this.#inFlight.findIndex(test);
    if (index < 0) return undefined;
    const [request] = this.#inFlight.splice(0, index + 1).slice(-1);
    this.#pump();
    return request;
  }

  #ack() {
    if (this.#inFlight.length > 0) return;              // acks would queue behind requests on the gateway
    for (const entry of this.#matches.values()) {
      if (entry.seq > entry.acked && !entry.resyncing && this.#send({ type: 'ack', match: entry.id, seq: entry.seq })) {
        entry.acked = entry.seq;
      }
    }
  }

  // --- messages -----------------------------------------------------------------------------

  #handle(message) {
    const entry = typeof message.match === 'string' ? this.#matches.get(message.match) : undefined;
    const isRequest = (type) => (request) => request.match === message.match && request.type === type;
    switch (message.type) {
      case 'hello': {
        this.#hello = true;
        this.#gateway = typeof message.gateway === 'string' ? message.gateway : '';
        const ackTimeout = Number.isFinite(message.ack_timeout_ms) ? message.ack_timeout_ms : 5000;
        clearInterval(this.#ackTimer);
        this.#ackTimer = setInterval(() => this.#ack(), Math.max(10, Math.min(this.#ackIntervalMs, ackTimeout / 4)));
        this.#setStatus('open', { attempt: this.#failures + 1 });
        for (const id of this.#matches.keys()) this.#request({ type: 'subscribe', match: id });
        break;
      }
      case 'snapshot':
        if (!entry || !Number.isInteger(message.seq)) return;
        this.#answered(isRequest('subscribe'));
        // The answer to our subscribe is authoritative, even below the seq we held (a restarted bus).
        entry.token += 1;                               // a REST resync in progress is superseded
        entry.resyncing = false;
        entry.pendingSince = 0;
        this.#setState(entry, message.seq, message.state ?? null, 'snapshot');
        this.#flush(entry);
        break;
      case 'delta':
        if (!entry || !Number.isInteger(message.seq)) return;
        if (entry.pendingSince) this.#answered(isRequest('subscribe'));
        if (entry.resyncing) entry.buffer.push(message);
        else this.#applyDelta(entry, message);
        break;
      case 'resync':
        if (!entry) return;
        this.#emit('resync', { match: entry.id, reason: message.reason });
        this.#resync(entry, message.snapshot_url);
        break;
      case 'unsubscribed':
        this.#answered(isRequest('unsubscribe'));
        break;
      case 'error': {
        let match;
        if (message.code === 'too_many_subscriptions') {
          // Answers our oldest subscribe in flight: drop that match, or every reconnect would
          // retry it until the gateway closes us (1008).
          const request = this.#answered((r) => r.type === 'subscribe');
          if (request && this.#matches.delete(request.match)) match = request.match;
        }
        this.#emit('error', { code: String(message.code ?? 'error'), message: String(message.message ?? ''), match });
        break;
      }
      default:
        break;                                          // something newer: ignore
    }
  }

  #applyDelta(entry, message) {
    // A folded run (protocol 1.1) covers `from`…`seq`: it applies on top of any state from
    // `from − 1` on (PROTOCOL §6), such as a REST state fetched in its middle.
    const from = Number.isInteger(message.from) ? message.from : message.seq;
    if (message.seq <= entry.seq) return;               // a duplicate: already applied
    if (from > entry.seq + 1) {                         // missed some: ask for them again
      if (entry.pendingSince && Date.now() - entry.pendingSince < PENDING_GRACE_MS) return; // stale, before our resubscribe
      this.#request({ type: 'subscribe', match: entry.id });
      entry.pendingSince = Date.now();
      return;
    }
    entry.pendingSince = 0;
    const { match, seq, ts, priority, data } = message;
    this.#setState(entry, seq, mergePatch(entry.state, data), 'delta', { match, from, seq, ts, priority, data });
  }

  /** Applies held deltas after a new state: those at or below its seq are dropped. */
  #flush(entry) {
    const held = entry.buffer.sort((a, b) => a.seq - b.seq);
    entry.buffer = [];
    for (const message of held) this.#applyDelta(entry, message);
  }

  #resync(entry, snapshotUrl) {
    if (entry.resyncing) return;
    entry.resyncing = true;
    entry.buffer = [];
    const token = ++entry.token;
    const generation = this.#generation;
    const stale = () => this.#matches.get(entry.id) !== entry || entry.token !== token || generation !== this.#generation;
    const path = typeof snapshotUrl === 'string' && snapshotUrl.startsWith('/')
      ? snapshotUrl : '/v1/matches/' + encodeURIComponent(entry.id);
    Promise.resolve()
      .then(() => this.#fetch(this.#restBase + path, { headers: { accept: 'application/json' } }))
      .then((response) => response.ok ? response.json() : Promise.reject(new Error(`GET ${path}: HTTP ${response.status}`)))
      .then((body) => {
        if (stale()) return;
        if (!isObject(body) || !Number.isInteger(body.seq)) throw new Error(`GET ${path}: not a match state`);
        entry.resyncing = false;
        if (body.seq >= entry.seq) {
          this.#setState(entry, body.seq, body.state ?? null, 'rest');
          this.#flush(entry);                           // deltas ≤ the fetched seq are dropped, a gap resubscribes
        } else {
          entry.buffer = [];                            // older than what we hold: let the gateway decide
          this.#request({ type: 'subscribe', match: entry.id });
        }
      })
      .catch((error) => {
        if (stale()) return;
        entry.resyncing = false;
        entry.buffer = [];
        this.#emit('error', { code: 'resync_failed', message: String(error?.message ?? error), match: entry.id });
        this.#request({ type: 'subscribe', match: entry.id });   // the gateway replays or sends a snapshot
      });
  }

  #setState(entry, seq, state, source, delta) {
    const previous = entry.state;
    entry.seq = seq;
    entry.state = state;
    if (delta) this.#emit('delta', delta);
    this.#emit('state', { match: entry.id, seq, state, previous, source });
  }

  #setStatus(status, extra = {}) {
    this.#status = status;
    this.#emit('status', { status, gateway: this.#gateway, attempt: 0, delayMs: 0, ...extra });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CreaseEvent(type, detail));
  }
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
