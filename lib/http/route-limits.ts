// The limits the Next route files apply. In production server.ts answers these endpoints on its
// fast path with the store it created (Redis when REDIS_URL is set), so Next never reaches them;
// these in-memory limits keep the same contract wherever the route files do run (plain `next dev`).
import { memoryLimits, type Limits } from "./limits";

let limits: Limits | undefined;

export function routeLimits(): Limits {
  return (limits ??= memoryLimits());
}
