// Hot public endpoints answered by server.ts before Next sees the request (see server.ts).
// Each handler returns true when it answered. Filled in by the survey and ingest modules.
import type { IncomingMessage, ServerResponse } from "node:http";

export type FastHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export const fastHandlers: FastHandler[] = [];
