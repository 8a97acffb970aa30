// Imported once by server.ts: puts the ingest, interaction, QR and poster endpoints on the fast path.
import { ensembleRoutes, fastHandlerFor } from "./ensemble-routes";
import { fastHandlers } from "./fast-routes";

const g = globalThis as { __ensembleFastRoutes?: boolean };
if (!g.__ensembleFastRoutes) {
  g.__ensembleFastRoutes = true;
  fastHandlers.push(fastHandlerFor(ensembleRoutes()));
}
