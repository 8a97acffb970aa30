// Hot public endpoints answered by server.ts before Next sees the request (see server.ts).
// Each handler returns true when it answered; server.ts builds the list with the process's limits.
import type { IncomingMessage, ServerResponse } from "node:http";

export type FastHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
