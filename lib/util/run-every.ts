// A background job of a server process: runs now, then every intervalMs, never two rounds at once
// (a slow round skips the next tick), and never keeps the process alive on its own. A failed round
// is logged and the next one tries again.
export function runEvery(label: string, intervalMs: number, round: () => Promise<unknown>): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await round();
    } catch (error) {
      console.error(`${label} failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

/** An interval from the environment, in milliseconds, or the fallback when unset or too small. */
export function intervalFromEnv(name: string, fallbackMs: number, minMs = 50): number {
  const raw = process.env[name];
  const n = raw ? Number(raw) : fallbackMs;
  return Number.isFinite(n) && n >= minMs ? n : fallbackMs;
}
