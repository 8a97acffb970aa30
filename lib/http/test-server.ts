// For tests and the bench: the whole fast-path route table on an ephemeral node:http server (no Next).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { IngestHttpOptions } from "../responses/api";
import { fastHandlers } from "./fast-routes";

export async function startFastServer(
  opts: IngestHttpOptions,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const handlers = fastHandlers(opts);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let answered = false;
      for (const handler of handlers) if ((answered = await handler(req, res, url))) break;
      if (!answered) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end('{"error":"not found"}');
      }
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  // As server.ts: idle connections outlive the client's keep-alive, so none is closed mid-request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
