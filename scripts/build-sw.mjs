// Last step of `npm run build`: bundle the survey and kiosk scripts into public/, then the
// service worker (lib/offline/sw.ts) with workbox-build's injectManifest over the Next build
// output and public/, writing public/sw.js. `--scripts-only` skips the worker (used by
// `npm run dev` before a first build). Respects NEXT_DIST_DIR; SW_BUILD_TAG overrides the
// worker's version (the build id by default), which the update test uses.
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const pub = join(root, "public");
const common = { bundle: true, minify: true, format: "iife", target: ["es2019", "chrome80", "safari13", "firefox78"], legalComments: "none", logLevel: "warning", absWorkingDir: root, alias: { "@": root } };

await build({
  ...common,
  entryPoints: { survey: "lib/offline/survey-client.ts", kiosk: "lib/offline/kiosk-client.ts" },
  outdir: pub,
});
for (const f of ["survey.js", "kiosk.js"]) {
  const raw = readFileSync(join(pub, f));
  console.log(`public/${f}: ${raw.length} bytes, ${gzipSync(raw, { level: 9 }).length} gzipped`);
}
if (process.argv.includes("--scripts-only")) process.exit(0);

const { injectManifest } = await import("workbox-build");
const buildIdFile = join(root, distDir, "BUILD_ID");
const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, "utf8").trim() : `dev-${Date.now()}`;
const version = process.env.SW_BUILD_TAG || buildId;
const swSrc = join(root, distDir, "sw.src.js");

await build({
  ...common,
  entryPoints: ["lib/offline/sw.ts"],
  outfile: swSrc,
  define: { "process.env.NODE_ENV": '"production"', __SW_VERSION__: JSON.stringify(version) },
});

const staticDir = `${distDir}/static/`;
const hasStatic = existsSync(join(root, staticDir));
const { count, size, warnings } = await injectManifest({
  swSrc,
  swDest: join(pub, "sw.js"),
  globDirectory: root,
  globPatterns: [
    "public/survey.js",
    "public/kiosk.js",
    "public/offline.html",
    "public/manifest.webmanifest",
    "public/icons/*.png",
    // The app's stylesheet; its JavaScript is cached as visited instead, so a customer
    // opening a survey link never downloads the staff app.
    ...(hasStatic ? [`${staticDir}**/*.css`] : []),
  ],
  globIgnores: ["**/node_modules/**", "public/sw.js"],
  modifyURLPrefix: { "public/": "/", [staticDir]: "/_next/static/" },
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});
for (const w of warnings) console.warn(`build-sw: ${w}`);
rmSync(swSrc, { force: true });
console.log(`public/sw.js (version ${version}): precaches ${count} files, ${size} bytes; ${statSync(join(pub, "sw.js")).size} bytes itself`);
