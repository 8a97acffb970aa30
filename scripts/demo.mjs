// npm run demo: build once if needed, load the demo organization, serve on http://localhost:3000.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const tsx = join("node_modules", "tsx", "dist", "cli.mjs");

if (!existsSync(join(distDir, "BUILD_ID")) || process.argv.includes("--rebuild")) {
  console.log("Building Ensemble (first run only; `npm run demo -- --rebuild` to build again)…");
  run("npm", ["run", "-s", "build"]);
}
run(process.execPath, [tsx, "prisma/seed.ts"]);

const server = spawn(process.execPath, [tsx, "server.ts"], { stdio: "inherit", env: { PORT: "3000", ...process.env } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
