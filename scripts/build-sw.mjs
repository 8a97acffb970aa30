// Last step of `npm run build`: bundle the page scripts into public/, then the service worker
// (lib/offline/sw.ts) with workbox-build's injectManifest over the Next build output and
// public/, writing public/sw.js. Respects NEXT_DIST_DIR. `--scripts-only` skips the worker
// (`npm run dev` before a first build); SW_BUILD_TAG overrides the worker's version (the
// build id by default; the update test uses it).
//
// Two tiers, because a customer's first visit is budgeted at 30 KB in total:
// - precache (installed with the worker on any page): the offline page. The survey script is
//   not in it: the survey page carries it inline, so the page the worker keeps has it too;
// - app assets (kiosk script, manifest, icons, the app's CSS): cached when a staff or kiosk
//   page asks the worker to ("warm-app"), so customers never download them.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const pub = join(root, "public");
const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019", "chrome80", "safari13", "firefox78"],
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: root,
  alias: { "@": root },
};
// The same content hash lib/offline/assets.ts puts in the page's <script src>.
const hashOf = (file) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);

await build({
  ...common,
  entryPoints: {
    survey: "lib/offline/survey-client.ts",
    kiosk: "lib/offline/kiosk-client.ts",
    "sw-register": "lib/offline/app-sw-register.ts",
  },
  outdir: pub,
});
for (const f of ["survey.js", "kiosk.js", "sw-register.js"]) {
  const raw = readFileSync(join(pub, f));
  console.log(`public/${f}: ${raw.length} bytes, ${gzipSync(raw, { level: 9 }).length} gzipped`);
}
if (process.argv.includes("--scripts-only")) process.exit(0);

const { getManifest, injectManifest } = await import("workbox-build");
const buildIdFile = join(root, distDir, "BUILD_ID");
const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, "utf8").trim() : `dev-${Date.now()}`;
const version = process.env.SW_BUILD_TAG || buildId;
const staticDir = `${distDir}/static/`;
const hasStatic = existsSync(join(root, staticDir));
const versioned = new Set(["public/survey.js", "public/kiosk.js", "public/sw-register.js"]);
const shared = {
  globDirectory: root,
  globIgnores: ["**/node_modules/**", "public/sw.js"],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => {
        if (versioned.has(e.url))
          return { url: `${e.url.slice("public".length)}?v=${hashOf(join(root, e.url))}`, revision: null };
        const url = e.url.startsWith("public/")
          ? e.url.slice("public".length)
          : e.url.startsWith(staticDir)
            ? `/_next/static/${e.url.slice(staticDir.length)}`
            : e.url;
        return { ...e, url };
      }),
      warnings: [],
    }),
  ],
};

const app = await getManifest({
  ...shared,
  globPatterns: [
    "public/kiosk.js",
    "public/sw-register.js",
    "public/manifest.webmanifest",
    "public/icons/*.png",
    ...(hasStatic ? [`${staticDir}**/*.css`] : []),
  ],
});
const swSrc = join(root, distDir, "sw.src.js");
await build({
  ...common,
  entryPoints: ["lib/offline/sw.ts"],
  outfile: swSrc,
  define: {
    "process.env.NODE_ENV": '"production"',
    __SW_VERSION__: JSON.stringify(version),
    __APP_ASSETS__: JSON.stringify(app.manifestEntries),
  },
});
const { count, size, warnings } = await injectManifest({
  ...shared,
  swSrc,
  swDest: join(pub, "sw.js"),
  globPatterns: ["public/offline.html"],
});
for (const w of [...app.warnings, ...warnings]) console.warn(`build-sw: ${w}`);
rmSync(swSrc, { force: true });
const sw = readFileSync(join(pub, "sw.js"));
console.log(
  `public/sw.js (version ${version}): ${sw.length} bytes (${gzipSync(sw, { level: 9 }).length} gzipped); precaches ${count} files (${size} bytes), app tier ${app.count} files (${app.size} bytes)`,
);
