// The API bench's load generator, in a child process of its own (bench/api.bench.ts). It is started before
// the bench watches the server's event loop: spawning a process from the server's (a fork of a process
// holding an in-memory database of hundreds of MB) blocks that loop for tens to hundreds of ms, which the
// watch would count as the server's. On { url, seconds, connections, until: 'stop' | 'once' } it runs
// autocannon for `seconds`, again and again while `until` is 'stop' and no { stop: true } came, finishing
// the run under way, then answers { loads: Load[] } and waits for the next request.
import autocannon from 'autocannon';

interface Request {
  url: string;
  seconds: number;
  connections: number;
  until: 'stop' | 'once';
}

let stopped = false;
process.on('message', (m: Request | { stop: true }) => {
  if ('stop' in m) {
    stopped = true;
    return;
  }
  stopped = false;
  void (async () => {
    const loads = [];
    do {
      const r = await autocannon({ url: m.url, connections: m.connections, duration: m.seconds });
      loads.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx });
    } while (m.until === 'stop' && !stopped);
    process.send!({ loads });
  })();
});
process.send!({ ready: true });
