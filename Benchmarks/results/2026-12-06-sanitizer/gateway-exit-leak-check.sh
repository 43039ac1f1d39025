cd /work/main; rm -f /tmp/asan/report*; port=18490; ASAN_OPTIONS=log_path=/tmp/asan/report GATEWAY_PORT=$port LOG_LEVEL=warning .build-asan/debug/crease-gateway > /tmp/asan/gw.log 2>&1 & gw=$!; for _ in $(seq 200); do curl -sf "127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
python3 - <<'EOF'
import socket, base64, os, json, time
s = socket.create_connection(("127.0.0.1", 18490))
key = base64.b64encode(os.urandom(16)).decode()
s.sendall(f"GET /v1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
time.sleep(0.3); s.recv(4096)
def frame(p):
    p=p.encode(); return bytes([0x81, 0x80|len(p)])+b"\0\0\0\0"+p
s.sendall(frame(json.dumps({"type":"subscribe","match":"m1"})))
s.sendall(frame(json.dumps({"type":"subscribe","match":"m2"})))
time.sleep(0.5); s.recv(4096)
s.sendall(frame(json.dumps({"type":"unsubscribe","match":"m2"})))
time.sleep(0.3)
EOF
curl -s -XPOST 127.0.0.1:$port/v1/matches/m1/events -d '{"data":{"runs":1}}' >/dev/null; sleep 0.5; kill $gw; wait $gw; echo "exit $?"; cat /tmp/asan/report* 2>/dev/null | grep -E "SUMMARY|Direct leak|#[0-9] " | head -12 || true
