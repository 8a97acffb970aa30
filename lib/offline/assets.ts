// The built client scripts (public/survey.js, kiosk.js, sw-register.js), the service worker
// (public/sw.js) and the offline page, served from the fast path: precompressed once per build, versioned URLs
// cached for a year, the worker itself never cached by HTTP (so updates are seen at once).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

type Asset = {
  raw: Buffer;
  br: Buffer;
  gz: Buffer;
  hash: string;
  /** base64 SHA-256 of the bytes, as a CSP source expects it */
  sha256: string;
  /** the text, when it can sit inside an inline <script> unchanged (see inlineScript) */
  inline: string | null;
  mtimeMs: number;
  size: number;
};
// Text that could end the element early or start an HTML comment, or anything but plain ASCII
// (the digest is over the bytes the browser decodes; a CR would be normalised away by the parser).
const NOT_INLINABLE = /<\/script|<!--|[^\t\n -~]/i;
const loaded = new Map<string, Asset>();
let devBuildTried = false;

export const CLIENT_ASSETS = ["survey.js", "kiosk.js", "sw-register.js", "sw.js", "offline.html"] as const;
export type ClientAsset = (typeof CLIENT_ASSETS)[number];

function publicDir() {
  return join(process.cwd(), "public");
}

/** The asset as built now; re-read when the file changes (a new build, or the SW update test). */
export function loadAsset(name: ClientAsset): Asset | null {
  const file = join(publicDir(), name);
  let st;
  try {
    st = statSync(file);
  } catch {
    if (!devBuildTried && process.argv.includes("--dev")) {
      // `npm run dev` before any build: bundle the client scripts once so the page is enhanced.
      devBuildTried = true;
      try {
        execFileSync(process.execPath, ["scripts/build-sw.mjs", "--scripts-only"], { stdio: "inherit" });
        return loadAsset(name);
      } catch {
        return null;
      }
    }
    return null;
  }
  const cached = loaded.get(name);
  if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
  const raw = readFileSync(file);
  const asset: Asset = {
    raw,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gz: gzipSync(raw, { level: 9 }),
    hash: createHash("sha256").update(raw).digest("hex").slice(0, 12),
    sha256: createHash("sha256").update(raw).digest("base64"),
    inline: name.endsWith(".js") && !NOT_INLINABLE.test(raw.toString("latin1")) ? raw.toString("latin1") : null,
    mtimeMs: st.mtimeMs,
    size: st.size,
  };
  loaded.set(name, asset);
  return asset;
}

/** "/survey.js?v=<content hash>", or undefined when the script has not been built. */
export function assetUrl(name: ClientAsset): string | undefined {
  const asset = loadAsset(name);
  return asset ? `/${name}?v=${asset.hash}` : undefined;
}

/**
 * The script's text to put inside the page's own <script> element, and the base64 SHA-256 of those
 * exact bytes for the page's `script-src 'sha256-…'`. Undefined when the script has not been built
 * or its text cannot be inlined unchanged (NOT_INLINABLE): the page then links it instead.
 */
export function inlineScript(name: ClientAsset): { source: string; sha256: string } | undefined {
  const asset = loadAsset(name);
  return asset?.inline ? { source: asset.inline, sha256: asset.sha256 } : undefined;
}
