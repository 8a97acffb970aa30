// The gaming-flag timer of a server process: every GAMING_INTERVAL_MS (default one hour) it
// recomputes every organisation's flags. Several instances may run it at once: a flag is keyed,
// so a second instance finds the flags already there and only refreshes them.
import "server-only";
import { intervalFromEnv, runEvery } from "../util/run-every";
import { computeAllFlags } from "./compute-flags";

export function startGamingTimer(intervalMs = intervalFromEnv("GAMING_INTERVAL_MS", 3_600_000)): () => void {
  return runEvery("gaming flags", intervalMs, () => computeAllFlags());
}
