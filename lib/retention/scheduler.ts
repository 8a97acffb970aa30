// The comment-retention timer of a server process: every RETENTION_INTERVAL_MS (default one hour)
// it deletes comment texts past each organisation's limit. Several instances may run it at once:
// the purge only clears comments that are still there, so a second instance finds nothing to do.
import "server-only";
import { intervalFromEnv, runEvery } from "../util/run-every";
import { purgeOldComments } from "./purge-comments";

export function startRetentionTimer(intervalMs = intervalFromEnv("RETENTION_INTERVAL_MS", 3_600_000)): () => void {
  return runEvery("comment retention", intervalMs, () => purgeOldComments());
}
