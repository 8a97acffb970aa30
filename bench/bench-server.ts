// For the survey and offline benchmarks: a throwaway SQLite database and the real server
// (server.ts: fast path + Next) on a free port, built or in --dev mode when there is no build.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Points DATABASE_URL at a fresh file (call before importing lib/db), then starts the server. */
export async function startBenchServer(label: string): Promise<{ origin: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), `ensemble-${label}-`));
  process.env.DATABASE_URL = `file:${join(dir, "bench.db")}`;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const built = existsSync(join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "server.ts", ...(built ? [] : ["--dev"])],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) {
      stop();
      throw new Error("the server did not start within 2 minutes");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, stop };
}
