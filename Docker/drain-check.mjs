// drain-check.mjs URL COUNT — opens COUNT WebSockets to URL (ws://…/v1/ws), waits for each one's
// `hello`, prints READY, then waits for the server to close them and prints one JSON line:
// {"ready":N,"closes":{"1012":N,…},"seconds":S} (S: from the first close to the last). Exits when
// every connection is closed, or after 60 s. Used by Docker/docker-test.sh to check that
// `docker stop` drains (PROTOCOL.md §5: every client gets 1012).
import { NodeWebSocket } from '../clients/js/test/ws-node.mjs';

const [url, countText] = process.argv.slice(2);
const count = Number(countText ?? 100);
const closes = {};
let ready = 0, closed = 0, first = 0, last = 0;
const done = () => {
  console.log(JSON.stringify({ ready, closes, seconds: first ? (last - first) / 1000 : 0 }));
  process.exit(0);
};
setTimeout(done, 60_000);
for (let i = 0; i < count; i++) {
  const socket = new NodeWebSocket(url);
  socket.onmessage = (event) => {
    if (JSON.parse(event.data).type === 'hello' && ++ready === count) console.log('READY');
  };
  socket.onclose = (event) => {
    const now = Date.now();
    if (!first) first = now;
    last = now;
    closes[event.code] = (closes[event.code] ?? 0) + 1;
    if (++closed === count) done();
  };
  socket.onerror = () => {};
  if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 20));
}
