// A small RFC 6455 WebSocket client over node:net / node:tls with the browser WebSocket API
// subset CreaseClient uses (Node 18 has no global WebSocket). Text, binary, close, ping/pong and
// continuation frames; no extensions are offered, so any RSV bit is a protocol error.

import net from 'node:net';
import tls from 'node:tls';
import crypto from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CLOSE_GRACE_MS = 2000;

export class NodeWebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;

  /** @param {string} url ws:// or wss:// */
  constructor(url) {
    const target = new URL(url);
    if (target.protocol !== 'ws:' && target.protocol !== 'wss:') throw new SyntaxError(`not a WebSocket URL: ${url}`);
    this.url = url;
    this.readyState = NodeWebSocket.CONNECTING;
    this.protocol = '';
    this.extensions = '';
    this.onopen = this.onmessage = this.onclose = this.onerror = null;
    this._listeners = new Map();
    this._buffer = Buffer.alloc(0);
    this._upgraded = false;
    this._fragments = null;          // {opcode, parts} while a fragmented message arrives
    this._closeCode = 1006;
    this._closeReason = '';
    this._wasClean = false;
    this._decoder = new TextDecoder('utf-8', { fatal: true });

    const secure = target.protocol === 'wss:';
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.port) || (secure ? 443 : 80);
    this._key = crypto.randomBytes(16).toString('base64');
    const request = [
      `GET ${target.pathname}${target.search} HTTP/1.1`,
      `Host: ${target.host}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${this._key}`,
      'Sec-WebSocket-Version: 13',
      '', '',
    ].join('\r\n');
    this._socket = secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }, () => this._socket.write(request))
      : net.connect({ host, port }, () => this._socket.write(request));
    this._socket.setNoDelay(true);
    this._socket.on('data', (chunk) => this._onData(chunk));
    this._socket.on('error', (error) => this._fail(error));
    this._socket.on('close', () => this._finish());
  }

  addEventListener(type, listener) {
    if (!this._listeners.has(type)) this._listeners.set(type, new Set());
    this._listeners.get(type).add(listener);
  }

  removeEventListener(type, listener) {
    this._listeners.get(type)?.delete(listener);
  }

  /** @param {string|Buffer|ArrayBuffer|Uint8Array} data */
  send(data) {
    if (this.readyState === NodeWebSocket.CONNECTING) throw new Error('InvalidStateError: still connecting');
    if (this.readyState !== NodeWebSocket.OPEN) return;
    if (typeof data === 'string') this._write(0x1, Buffer.from(data, 'utf8'));
    else this._write(0x2, Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data));
  }

  close(code, reason = '') {
    if (this.readyState === NodeWebSocket.CLOSING || this.readyState === NodeWebSocket.CLOSED) return;
    if (this.readyState === NodeWebSocket.CONNECTING) {
      this._socket.destroy();
      return;
    }
    this._sendClose(code, reason);
  }

  // --- overridable by tests: every text message passes through here -------------------------
  _receiveText(text) {
    this._dispatch('message', { data: text });
  }

  // --- internals ------------------------------------------------------------------------------

  _dispatch(type, fields = {}) {
    const event = { type, target: this, ...fields };
    const handler = this['on' + type];
    if (typeof handler === 'function') handler.call(this, event);
    for (const listener of this._listeners.get(type) ?? []) listener.call(this, event);
  }

  _write(opcode, payload) {
    const length = payload.length;
    const header = Buffer.alloc(length < 126 ? 6 : length < 65536 ? 8 : 14);
    header[0] = 0x80 | opcode;
    let offset = 2;
    if (length < 126) header[1] = 0x80 | length;
    else if (length < 65536) { header[1] = 0x80 | 126; header.writeUInt16BE(length, 2); offset = 4; }
    else { header[1] = 0x80 | 127; header.writeBigUInt64BE(BigInt(length), 2); offset = 10; }
    const mask = crypto.randomBytes(4);
    mask.copy(header, offset);
    const masked = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) masked[i] = payload[i] ^ mask[i & 3];
    this._socket.write(Buffer.concat([header, masked]));
  }

  _sendClose(code, reason) {
    let payload = Buffer.alloc(0);
    if (code !== undefined) {
      const text = Buffer.from(reason, 'utf8');
      payload = Buffer.alloc(2 + text.length);
      payload.writeUInt16BE(code, 0);
      text.copy(payload, 2);
    }
    this.readyState = NodeWebSocket.CLOSING;
    this._write(0x8, payload);
    this._closeTimer = setTimeout(() => this._socket.destroy(), CLOSE_GRACE_MS);
    this._closeTimer.unref?.();
  }

  _onData(chunk) {
    this._buffer = this._buffer.length ? Buffer.concat([this._buffer, chunk]) : chunk;
    if (!this._upgraded && !this._handshake()) return;
    this._frames();
  }

  /** Parses the 101 response; returns true once upgraded. */
  _handshake() {
    const end = this._buffer.indexOf('\r\n\r\n');
    if (end < 0) return false;
    const [statusLine, ...lines] = this._buffer.subarray(0, end).toString('latin1').split('\r\n');
    this._buffer = this._buffer.subarray(end + 4);
    const headers = new Map(lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }));
    const accept = crypto.createHash('sha1').update(this._key + GUID).digest('base64');
    if (!/^HTTP\/1\.1 101\b/.test(statusLine)) return this._fail(new Error(`upgrade refused: ${statusLine}`));
    if (headers.get('upgrade')?.toLowerCase() !== 'websocket' || headers.get('sec-websocket-accept') !== accept) {
      return this._fail(new Error('bad upgrade response'));
    }
    if (headers.has('sec-websocket-extensions')) return this._fail(new Error('extension not offered'));
    this._upgraded = true;
    this.readyState = NodeWebSocket.OPEN;
    this._dispatch('open');
    return true;
  }

  _frames() {
    while (this._buffer.length >= 2 && this.readyState !== NodeWebSocket.CLOSED) {
      const b0 = this._buffer[0], b1 = this._buffer[1];
      let length = b1 & 0x7f, offset = 2;
      if (length === 126) {
        if (this._buffer.length < 4) return;
        length = this._buffer.readUInt16BE(2); offset = 4;
      } else if (length === 127) {
        if (this._buffer.length < 10) return;
        length = Number(this._buffer.readBigUInt64BE(2)); offset = 10;
      }
      if (b1 & 0x80) return this._protocolError(1002, 'masked server frame');
      if (b0 & 0x70) return this._protocolError(1002, 'RSV bit set');
      if (this._buffer.length < offset + length) return;
      const payload = this._buffer.subarray(offset, offset + length);
      this._buffer = this._buffer.subarray(offset + length);
      this._frame(Boolean(b0 & 0x80), b0 & 0x0f, payload);
    }
  }

  _frame(fin, opcode, payload) {
    switch (opcode) {
      case 0x0:                                        // continuation
        if (!this._fragments) return this._protocolError(1002, 'unexpected continuation');
        this._fragments.parts.push(payload);
        if (fin) {
          const { opcode: first, parts } = this._fragments;
          this._fragments = null;
          this._message(first, Buffer.concat(parts));
        }
        return;
      case 0x1: case 0x2:
        if (this._fragments) return this._protocolError(1002, 'interleaved message');
        if (fin) this._message(opcode, payload);
        else this._fragments = { opcode, parts: [payload] };
        return;
      case 0x8: {                                      // close: echo it, then the server closes TCP
        this._closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        this._closeReason = payload.length > 2 ? payload.subarray(2).toString('utf8') : '';
        this._wasClean = true;
        if (this.readyState === NodeWebSocket.OPEN) this._sendClose(payload.length >= 2 ? this._closeCode : undefined, '');
        this._socket.end();
        return;
      }
      case 0x9: this._write(0xA, payload); return;     // ping → pong
      case 0xA: return;                                // pong
      default: return this._protocolError(1002, `opcode ${opcode}`);
    }
  }

  _message(opcode, payload) {
    if (this.readyState !== NodeWebSocket.OPEN) return;
    if (opcode === 0x2) return this._dispatch('message', { data: payload });
    let text;
    try { text = this._decoder.decode(payload); } catch { return this._protocolError(1007, 'invalid UTF-8'); }
    this._receiveText(text);
  }

  _protocolError(code, reason) {
    if (this.readyState === NodeWebSocket.OPEN) this._sendClose(code, reason);
    this._closeCode = code;
    this._closeReason = reason;
    this._socket.end();
  }

  _fail(error) {
    if (this.readyState !== NodeWebSocket.CLOSED) this._dispatch('error', { error, message: error.message });
    this._socket.destroy();
    return false;
  }

  _finish() {
    if (this.readyState === NodeWebSocket.CLOSED) return;
    clearTimeout(this._closeTimer);
    this.readyState = NodeWebSocket.CLOSED;
    this._dispatch('close', { code: this._closeCode, reason: this._closeReason, wasClean: this._wasClean });
  }
}
