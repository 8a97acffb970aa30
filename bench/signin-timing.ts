// Whether sign-in's timing tells an existing account from an unknown email: the real server, a
// throwaway SQLite database, and the sign-in form posted through NextAuth's credentials callback
// for a wrong password and for an unknown email, interleaved so a busy moment hits both alike.
// Prints each series' median and their ratio; the product aims for 1.0 (within 0.65–1.35).
// Usage: npx tsx bench/signin-timing.ts [--rounds N]   (after `npm run build`; falls back to --dev)
import { startBenchServer } from "./bench-server";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

let client = 0;
async function attempt(origin: string, email: string): Promise<number> {
  // Each attempt from an address of its own (the server trusts one proxy hop here), so the
  // per-address delay after repeated misses never starts and both series pay the same work.
  client++;
  const forwarded = `198.18.${(client >> 8) & 255}.${client & 255}`;
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": forwarded } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const t0 = performance.now();
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwarded },
    body: new URLSearchParams({ csrfToken, email, password: "wrong guess", json: "true" }),
  });
  await res.arrayBuffer();
  return performance.now() - t0;
}

async function main() {
  const rounds = arg("--rounds", 40);
  process.env.TRUST_PROXY = "1";
  const server = await startBenchServer("signin");
  try {
    const { makeOrg, makeUser, uniq } = await import("../tests/factories");
    const org = await makeOrg({ name: "Timing" });
    const user = await makeUser(org.id, { email: `${uniq("known")}@example.test`, password: "right" });
    const known: number[] = [];
    const unknown: number[] = [];
    await attempt(server.origin, user.email); // warm-up
    for (let i = 0; i < rounds; i++) {
      known.push(await attempt(server.origin, user.email));
      unknown.push(await attempt(server.origin, `${uniq("nobody")}@example.test`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = median(unknown) / median(known);
    console.log(`wrong password, existing account: median ${median(known).toFixed(1)} ms over ${rounds}`);
    console.log(`unknown email:                    median ${median(unknown).toFixed(1)} ms over ${rounds}`);
    console.log(`ratio unknown / existing: ${ratio.toFixed(2)} (target 0.65–1.35)`);
    process.exitCode = ratio > 0.65 && ratio < 1.35 ? 0 : 1;
  } finally {
    server.stop();
  }
}

void main();
