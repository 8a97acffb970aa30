import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiEndpoints } from "./method-not-allowed";
import { startFastServer } from "./test-server";

describe("JSON 405 on the API", () => {
  let server: Awaited<ReturnType<typeof startFastServer>>;
  beforeAll(async () => {
    server = await startFastServer({ limits: false });
  });
  afterAll(() => server.close());

  it("reads every API route file and the methods it exports", () => {
    const byPath = new Map(apiEndpoints().map((e) => [e.path, e.methods]));
    expect(byPath.get("/api/v1/interactions")).toEqual(["POST"]);
    expect(byPath.get("/api/v1/responses/batch")).toEqual(["POST"]);
    expect(byPath.get("/api/v1/scores")).toEqual(["GET", "HEAD"]);
    expect(byPath.get("/api/auth/[...nextauth]")).toEqual(["GET", "POST", "HEAD"]);
  });

  it("answers a wrong method with JSON naming the allowed ones, and lets the right ones through", async () => {
    for (const [method, path, allow] of [
      ["GET", "/api/v1/interactions", "POST"],
      ["DELETE", "/api/v1/responses/batch", "POST"],
      ["POST", "/api/v1/scores", "GET, HEAD"],
      ["PUT", "/api/v1/responses/", "POST"],
    ]) {
      const res = await fetch(server.url + path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body).toMatchObject({ field: "method" });
      expect(body.error).toContain(`${method} is not allowed`);
    }
    // The right method reaches its endpoint (which refuses the missing API key, not the method).
    const ok = await fetch(server.url + "/api/v1/interactions", { method: "POST", body: "{}" });
    expect(ok.status).toBe(401);
    // Unknown paths are not this handler's business.
    expect((await fetch(server.url + "/api/v1/nothing-here", { method: "DELETE" })).status).toBe(404);
  });
});
