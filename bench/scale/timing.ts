// Latency measurement for the benchmark: warm up once, run n times, report p50/p95 in ms.
export type Latency = { p50: number; p95: number; runs: number };

export async function measure(runs: number, fn: (i: number) => Promise<unknown>): Promise<Latency> {
  await fn(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), runs };
}

export const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
