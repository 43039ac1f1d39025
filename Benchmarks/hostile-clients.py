#!/usr/bin/env python3
"""Hostile WebSocket clients for the bounded-memory run (issue 16, item 4).

Opens CONNECTIONS connections to a gateway, spread over six behaviours, each the worst a client
can do within the protocol's reach, and keeps them at it for DURATION seconds; a connection the
gateway closes is opened again (a hostile client comes back):

  half-frame   announces a frame of MAX_MESSAGE_BYTES, sends half of it, then nothing
  fragments    sends fragments of one text message up to just below MAX_MESSAGE_BYTES, never
               the last one
  sub-spam     subscribes to MAX_SUBSCRIPTIONS matches and unsubscribes again, ten times a
               second, without reading a reply
  ping-flood   sends 125-byte pings, 64 every 50 ms, never reads a pong
  bomb         agrees permessage-deflate and sends a message that inflates past the limit
  never-read   subscribes to the hottest matches and never reads

Never reads anything after the handshake, except the bombs, which read to see their close.
The behaviours that go quiet once they have sent (half-frame, fragments, never-read) open a new
connection after --quiet-seconds (44, just under the gateway's HEARTBEAT_TIMEOUT_MS of 45 s,
past which the gateway closes a silent client and these would not notice), so that a run
longer than that keeps every one of them at work.
Prints one JSON line at the end: connections opened per behaviour, and closes seen (a bomb's
close, or a failed send).

Usage: hostile-clients.py --port P [--connections 2000] [--duration 60]
       [--max-message-bytes 65536] [--max-subscriptions 100] [--matches m1,m2,m3]
       [--sources 127.0.0.2,127.0.0.3] [--source-by-kind] [--only KIND | --skip KIND[,KIND]]
       [--quiet-seconds 44]

--only KIND makes every connection behave as KIND (to measure one behaviour's cost alone);
--skip KIND[,KIND] spreads the connections over the other behaviours.
--source-by-kind gives each behaviour its own source address (the sources in turn, by the
behaviour's place in the list above) instead of spreading every behaviour over all of them: as
attacks from different machines, so that a gateway barring an address for its violations
(VIOLATION_LIMIT) bars the bombs' address and not the others'.
"""
import argparse
import asyncio
import base64
import json
import os
import socket
import struct
import sys
import time
import zlib

BEHAVIOURS = ["half-frame", "fragments", "sub-spam", "ping-flood", "bomb", "never-read"]


def frame(opcode, payload, fin=True, rsv1=False):
    first = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    n = len(payload)
    if n < 126:
        head = bytes([first, 0x80 | n])
    elif n < 65536:
        head = bytes([first, 0x80 | 126]) + struct.pack(">H", n)
    else:
        head = bytes([first, 0x80 | 127]) + struct.pack(">Q", n)
    return head + b"\0\0\0\0" + payload  # mask key 0: the payload goes as is


def header(opcode, length, fin=True):
    first = (0x80 if fin else 0) | opcode
    if length < 126:
        return bytes([first, 0x80 | length]) + b"\0\0\0\0"
    if length < 65536:
        return bytes([first, 0x80 | 126]) + struct.pack(">H", length) + b"\0\0\0\0"
    return bytes([first, 0x80 | 127]) + struct.pack(">Q", length) + b"\0\0\0\0"


def deflated(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return out[:-4]


class Tally:
    def __init__(self):
        self.opened = {b: 0 for b in BEHAVIOURS}
        self.closed = {b: 0 for b in BEHAVIOURS}
        self.refused = 0


async def handshake(host, port, source, deflate):
    reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0) if source else None)
    key = base64.b64encode(os.urandom(16)).decode()
    extra = "Sec-WebSocket-Extensions: permessage-deflate\r\n" if deflate else ""
    writer.write(
        (f"GET /v1/ws HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n").encode())
    try:
        await writer.drain()
        response = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    except BaseException:
        writer.transport.abort()  # closed at accept (a barred address): do not leave it to the GC
        raise
    if not response.startswith(b"HTTP/1.1 101"):
        writer.close()
        raise ConnectionRefusedError(response.split(b"\r\n")[0].decode(errors="replace"))
    # A small send buffer: a flood blocks once the gateway stops reading (what reaches it is
    # bounded by TCP's window either way), instead of spinning this process's CPU into megabytes
    # of kernel buffer that the gateway never reads; on a shared machine that CPU is the cores
    # the gateway and the healthy viewers need.
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32768)
    return reader, writer


BOMBS = {}


def bomb(limit):
    """A text message that inflates to 16 times the limit (made once: the attacker's CPU is not
    what is measured)."""
    if limit not in BOMBS:
        BOMBS[limit] = frame(0x1, deflated(b"\0" * (limit * 16)), rsv1=True)
    return BOMBS[limit]


async def blocked(writer):
    """Waits while the kernel takes nothing more: a flood past TCP's window only fills the
    attacker's own memory (and, on a shared machine, its CPU), never the gateway's."""
    while writer.transport.get_write_buffer_size() > 65536:
        await asyncio.sleep(0.05)


class ComingBack(Exception):
    """A quiet behaviour's connection, given up to open a new one before the gateway closes it
    for its silence."""


async def quiet(args):
    await asyncio.sleep(args.quiet_seconds)
    raise ComingBack()


async def behave(kind, reader, writer, args, matches):
    limit = args.max_message_bytes
    if kind == "half-frame":
        writer.write(header(0x1, limit) + b"a" * (limit // 2))
        await writer.drain()
        await quiet(args)
    elif kind == "fragments":
        sent, chunk = 0, 4096
        writer.write(header(0x1, chunk, fin=False) + b"a" * chunk)
        sent += chunk
        while sent + chunk < limit:
            writer.write(header(0x0, chunk, fin=False) + b"a" * chunk)
            sent += chunk
        await writer.drain()
        await quiet(args)
    elif kind == "sub-spam":
        names = [f"spam{i}" for i in range(args.max_subscriptions)]
        while True:
            await blocked(writer)
            for name in names:
                writer.write(frame(0x1, json.dumps({"type": "subscribe", "match": name}).encode()))
            for name in names:
                writer.write(frame(0x1, json.dumps({"type": "unsubscribe", "match": name}).encode()))
            await writer.drain()
            await asyncio.sleep(0.1)  # drain() may not yield: without this one loop starves the rest
    elif kind == "ping-flood":
        ping = frame(0x9, b"p" * 125)
        while True:
            await blocked(writer)
            writer.write(ping * 64)
            await writer.drain()
            await asyncio.sleep(0.05)
    elif kind == "bomb":
        # Reads only to see the gateway close it (1009), then comes back with another.
        writer.write(bomb(limit))
        await writer.drain()
        while await reader.read(65536):
            pass
        raise ConnectionResetError("closed by the gateway")
    elif kind == "never-read":
        for name in matches:
            writer.write(frame(0x1, json.dumps({"type": "subscribe", "match": name}).encode()))
        await writer.drain()
        await quiet(args)


async def client(index, args, tally, deadline, matches):
    kinds = [b for b in BEHAVIOURS if b not in (args.skip or "").split(",")]
    kind = args.only or kinds[index % len(kinds)]
    sources = args.sources.split(",") if args.sources else [None]
    spread = BEHAVIOURS.index(kind) if args.source_by_kind else index
    source = sources[spread % len(sources)]
    while time.monotonic() < deadline:
        try:
            reader, writer = await handshake(args.host, args.port, source, deflate=(kind == "bomb"))
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionRefusedError):
            tally.refused += 1
            await asyncio.sleep(1)
            continue
        tally.opened[kind] += 1
        try:
            await asyncio.wait_for(behave(kind, reader, writer, args, matches), max(0.1, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            pass
        except ComingBack:
            pass
        except (OSError, ConnectionError):
            tally.closed[kind] += 1
            await asyncio.sleep(0.2)
        finally:
            writer.transport.abort()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--connections", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--max-message-bytes", type=int, default=65536)
    parser.add_argument("--max-subscriptions", type=int, default=100)
    parser.add_argument("--matches", default="m1,m2,m3")
    parser.add_argument("--sources", default="")
    parser.add_argument("--source-by-kind", action="store_true")
    parser.add_argument("--only", choices=BEHAVIOURS)
    parser.add_argument("--skip", help="behaviours to leave out, comma-separated")
    parser.add_argument("--quiet-seconds", type=float, default=44)
    args = parser.parse_args()
    if args.source_by_kind and len(args.sources.split(",")) < len(BEHAVIOURS):
        parser.error(f"--source-by-kind needs {len(BEHAVIOURS)} --sources, one per behaviour")
    tally = Tally()
    deadline = time.monotonic() + args.duration
    matches = args.matches.split(",")
    tasks = []
    for index in range(args.connections):
        tasks.append(asyncio.create_task(client(index, args, tally, deadline, matches)))
        if index % 100 == 99:
            await asyncio.sleep(0.05)  # under the gateway's admission rate
    await asyncio.gather(*tasks, return_exceptions=True)
    print(json.dumps({"opened": tally.opened, "closed_by_gateway": tally.closed, "refused": tally.refused}))


if __name__ == "__main__":
    asyncio.run(main())
