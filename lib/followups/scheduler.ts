// The escalation timer of a server process. Every FOLLOWUP_ESCALATE_INTERVAL_MS (default one
// minute) it escalates overdue cases in every org. Several instances may run it at once:
// escalateOrg takes each case exactly once (see escalate.ts).
import "server-only";
import { escalateOverdue } from "./escalate";

const DEFAULT_INTERVAL_MS = 60_000;

export function escalationIntervalMs(): number {
  const raw = process.env.FOLLOWUP_ESCALATE_INTERVAL_MS;
  const n = raw ? Number(raw) : DEFAULT_INTERVAL_MS;
  return Number.isFinite(n) && n >= 50 ? n : DEFAULT_INTERVAL_MS;
}

export function startEscalationTimer(intervalMs = escalationIntervalMs()): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow round never overlaps the next
    running = true;
    try {
      await escalateOverdue();
    } catch (error) {
      console.error(`follow-up escalation failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
