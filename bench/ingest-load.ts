// A small open-loop load generator for the ingest benchmark: requests are sent on a fixed
// schedule (rate × seconds) whatever the server's pace, and latency is measured from each
// request's *scheduled* time, so a slow server cannot hide its queueing (coordinated omission).
// Bounded: at most rate × seconds requests, at most `maxInFlight` open at once (extra sends are
// counted as dropped), and anything still open `drainMs` after the last send is aborted.
// Requests that were dropped, failed or timed out count in the percentiles as slower than any
// answered one (Infinity): a server that sheds load cannot look fast by it.
import http from "node:http";

export type StepResult = {
  rate: number;
  sent: number;
  ok: number;
  failed: number;
  dropped: number;
  timedOut: number;
  throughput: number;
  p50: number;
  p99: number;
};

export async function runStep(opts: {
  url: string; // http://127.0.0.1:port/path
  rate: number;
  seconds: number;
  body: (i: number) => string;
  okStatus: number;
  maxInFlight?: number;
  drainMs?: number;
}): Promise<StepResult> {
  const target = new URL(opts.url);
  if (target.hostname !== "127.0.0.1") throw new Error("the benchmark only targets 127.0.0.1");
  const maxInFlight = opts.maxInFlight ?? 512;
  const total = Math.round(opts.rate * opts.seconds);
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight });
  const latencies: number[] = [];
  let sent = 0,
    ok = 0,
    failed = 0,
    dropped = 0,
    inFlight = 0,
    lastDone = 0;
  const start = performance.now();
  const open = new Set<http.ClientRequest>();

  const fire = (i: number, scheduled: number) => {
    const payload = opts.body(i);
    inFlight++;
    sent++;
    const req = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: target.pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          open.delete(req);
          inFlight--;
          lastDone = performance.now();
          if (res.statusCode === opts.okStatus) {
            ok++;
            latencies.push(lastDone - scheduled);
          } else failed++;
        });
      },
    );
    open.add(req);
    req.on("error", () => {
      if (open.delete(req)) {
        inFlight--;
        failed++;
      }
    });
    req.end(payload);
  };

  await new Promise<void>((resolve) => {
    let i = 0;
    const tick = () => {
      const now = performance.now();
      while (i < total && start + (i * 1000) / opts.rate <= now) {
        if (inFlight >= maxInFlight) dropped++;
        else fire(i, start + (i * 1000) / opts.rate);
        i++;
      }
      if (i < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const deadline = performance.now() + (opts.drainMs ?? 5000);
  while (inFlight > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const timedOut = open.size;
  for (const req of open) req.destroy();
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const counted = latencies.length + failed + dropped + timedOut;
  const q = (p: number) => {
    if (!counted) return NaN;
    const i = Math.min(counted - 1, Math.floor(p * counted));
    return i < latencies.length ? latencies[i] : Infinity;
  };
  const elapsed = ((ok + failed ? lastDone : performance.now()) - start) / 1000;
  return {
    rate: opts.rate,
    sent,
    ok,
    failed: failed,
    dropped,
    timedOut,
    throughput: ok / elapsed,
    p50: q(0.5),
    p99: q(0.99),
  };
}
