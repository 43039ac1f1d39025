#!/usr/bin/env python3
"""The sequence the black-box suite ran before a gateway stopped answering (issue 19), over and
over on many connections: connect, subscribe, read a few deltas, unsubscribe, subscribe again
with `since`, read again, close (half of the time with a close frame, half by dropping the
socket), and start over. Meant to run beside Benchmarks/soak-watchdog.sh, whose rounds publish
to m1…m20; checks each resumed stream continues from `since` (snapshot, or seq since+1 first).

Usage: resubscribe-churn.py --port P [--connections 200] [--duration 3600] [--matches 20]
Prints one JSON line at the end: cycles, resumes checked, anomalies (with examples).
"""
import argparse
import asyncio
import base64
import json
import os
import random
import struct
import time


def masked(opcode, payload):
    n = len(payload)
    head = bytes([0x80 | opcode, 0x80 | n]) if n < 126 else bytes([0x80 | opcode, 0x80 | 126]) + struct.pack(">H", n)
    return head + b"\0\0\0\0" + payload


async def read_frame(reader):
    first, second = await reader.readexactly(2)
    length = second & 0x7F
    if length == 126:
        length = struct.unpack(">H", await reader.readexactly(2))[0]
    elif length == 127:
        length = struct.unpack(">Q", await reader.readexactly(8))[0]
    return first & 0x0F, await reader.readexactly(length)


async def next_message(reader, writer):
    while True:
        opcode, payload = await read_frame(reader)
        if opcode == 0x9:
            writer.write(masked(0xA, payload))
        elif opcode == 0x8:
            raise ConnectionError("closed by the gateway")
        elif opcode == 0x1:
            return json.loads(payload)


async def cycle(args, stats):
    reader, writer = await asyncio.open_connection("127.0.0.1", args.port)
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write((f"GET /v1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 101"):
            stats["refused"] += 1
            await asyncio.sleep(1)
            return
        match = f"m{random.randint(1, args.matches)}"
        writer.write(masked(0x1, json.dumps({"type": "subscribe", "match": match}).encode()))
        last = None
        for _ in range(random.randint(1, 4)):
            message = await asyncio.wait_for(next_message(reader, writer), 15)
            if message.get("type") in ("snapshot", "delta") and message.get("match") == match:
                last = message["seq"]
        writer.write(masked(0x1, json.dumps({"type": "unsubscribe", "match": match}).encode()))
        while (await asyncio.wait_for(next_message(reader, writer), 15)).get("type") != "unsubscribed":
            pass
        if last is not None:
            writer.write(masked(0x1, json.dumps({"type": "subscribe", "match": match, "since": last}).encode()))
            while True:
                message = await asyncio.wait_for(next_message(reader, writer), 15)
                if message.get("match") != match:
                    continue
                if message.get("type") == "snapshot" or (message.get("type") == "delta" and message["seq"] == last + 1):
                    stats["resumes"] += 1
                    break
                stats["anomalies"] += 1
                if len(stats["examples"]) < 5:
                    stats["examples"].append({"since": last, "got": message})
                break
        if random.random() < 0.5:
            writer.write(masked(0x8, struct.pack(">H", 1000)))
        stats["cycles"] += 1
    finally:
        writer.transport.abort()


async def worker(args, stats, deadline):
    while time.monotonic() < deadline:
        try:
            await cycle(args, stats)
        except (OSError, ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError) as error:
            stats["errors"] += 1
            stats["last_error"] = repr(error)
            await asyncio.sleep(0.5)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--duration", type=float, default=3600)
    parser.add_argument("--matches", type=int, default=20)
    args = parser.parse_args()
    stats = {"cycles": 0, "resumes": 0, "anomalies": 0, "errors": 0, "refused": 0, "examples": [], "last_error": None}
    deadline = time.monotonic() + args.duration
    await asyncio.gather(*(worker(args, stats, deadline) for _ in range(args.connections)))
    print(json.dumps(stats))


if __name__ == "__main__":
    asyncio.run(main())
