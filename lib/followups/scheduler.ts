// The escalation timer of a server process. Every FOLLOWUP_ESCALATE_INTERVAL_MS (default one
// minute) it escalates overdue cases in every org. Several instances may run it at once:
// escalateOrg takes each case exactly once (see escalate.ts).
import "server-only";
import { intervalFromEnv, runEvery } from "../util/run-every";
import { escalateOverdue } from "./escalate";

const DEFAULT_INTERVAL_MS = 60_000;

export function escalationIntervalMs(): number {
  return intervalFromEnv("FOLLOWUP_ESCALATE_INTERVAL_MS", DEFAULT_INTERVAL_MS);
}

export function startEscalationTimer(intervalMs = escalationIntervalMs()): () => void {
  return runEvery("follow-up escalation", intervalMs, () => escalateOverdue());
}
