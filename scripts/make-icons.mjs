// Draws the app icons (public/icons/*.png) without any download or image library:
// three "people" dots on the brand teal, supersampled, written as PNG with node:zlib.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const out = join(import.meta.dirname, "..", "public", "icons");
mkdirSync(out, { recursive: true });
const BG = [11, 107, 97];
const FG = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Colour at unit coordinates: the motif scaled into `scale` of the square, on a (rounded) tile. */
function shade(u, v, { scale, radius }) {
  const inTile = (() => {
    const r = radius;
    const dx = Math.max(r - u, 0, u - (1 - r));
    const dy = Math.max(r - v, 0, v - (1 - r));
    return dx * dx + dy * dy <= r * r;
  })();
  if (!inTile) return null;
  const mu = (u - 0.5) / scale + 0.5;
  const mv = (v - 0.5) / scale + 0.5;
  const dots = [
    [0.5, 0.245, 0.15],
    [0.27, 0.625, 0.15],
    [0.73, 0.625, 0.15],
  ];
  for (const [cx, cy, r] of dots) if ((mu - cx) ** 2 + (mv - cy) ** 2 <= r * r) return FG;
  // a soft ring joining them: the ensemble
  const d = Math.hypot(mu - 0.5, mv - 0.5);
  if (d > 0.3 && d < 0.345) return FG;
  return BG;
}

function icon(size, opts) {
  const S = 4;
  return png(size, (x, y) => {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size, opts);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    return a
      ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))]
      : [0, 0, 0, 0];
  });
}

const files = {
  "icon-192.png": icon(192, { scale: 0.78, radius: 0.22 }),
  "icon-512.png": icon(512, { scale: 0.78, radius: 0.22 }),
  // Maskable: full bleed, motif inside the 80% safe circle.
  "maskable-512.png": icon(512, { scale: 0.6, radius: 0 }),
  "apple-touch-icon.png": icon(180, { scale: 0.7, radius: 0 }),
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(join(out, name), data);
  console.log(`public/icons/${name}: ${data.length} bytes`);
}
