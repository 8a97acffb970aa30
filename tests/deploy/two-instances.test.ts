// The documented deployment, started for real: Debian's nginx (deploy/nginx-site.conf) in front of
// two `tsx server.ts` instances over one fresh PostgreSQL database, with rate limits in Redis and
// a webhook receiver that must get each answer's event once.
// Needs a build (`npm run build`), nginx, PostgreSQL (TEST_PG_URL) and Redis (TEST_REDIS_URL);
// scripts/test-all.sh provides all four. Run alone: npx vitest run --config vitest.deploy.mts
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const NGINX = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const PASSWORD = "correct horse battery staple";
// Low enough to reach in a test, the same on both instances.
const IP_BURST = 40;

type Proc = { name: string; child: ChildProcess; log: string[] };
const procs: Proc[] = [];
const dir = mkdtempSync(join(tmpdir(), "ensemble-deploy-"));
chmodSync(dir, 0o755); // started as root (CI), nginx's workers run as nobody and use the temp paths in here
let dropDb: (() => Promise<void>) | undefined;
let proxy = "";
let direct: string[] = [];
let seed: Awaited<ReturnType<typeof seedShop>>;
let throughNginx = 0; // ingest requests sent through nginx: they all spend 127.0.0.1's address bucket

/** A free port: DEPLOY_TEST_PORT, DEPLOY_TEST_PORT+1, … when set (shared machines), else any. */
let nextPort = Number(process.env.DEPLOY_TEST_PORT ?? 0);
function freePort(): Promise<number> {
  const wanted = nextPort ? nextPort++ : 0;
  return new Promise((resolve, reject) => {
    const s = createServer()
      .once("error", reject)
      .listen(wanted, "127.0.0.1", () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
  });
}

function start(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const proc = { name, child, log: [] as string[] };
  const keep = (d: Buffer) => proc.log.push(d.toString());
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  procs.push(proc);
  return proc;
}

async function waitFor(url: string, proc: Proc, ms = 90_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited:\n${proc.log.join("")}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} did not answer ${url} in ${ms / 1000} s:\n${proc.log.join("")}`);
}

/** deploy/nginx-site.conf as shipped, with its listen port and upstream servers pointed at this test. */
function nginxConfig(listen: number, upstreams: number[]): string {
  const site = readFileSync(join(ROOT, "deploy", "nginx-site.conf"), "utf8");
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join("\n");
  const adapted = site
    .replace(/^([ \t]*server 127\.0\.0\.1:\d+[^\n]*\n)+/m, `${servers}\n`)
    .replace(/^([ \t]*)listen 80;/m, `$1listen 127.0.0.1:${listen};`)
    .replace(/^([ \t]*)server_name [^;\n]+;/m, "$1server_name 127.0.0.1;");
  if (!adapted.includes(`listen 127.0.0.1:${listen};`) || !adapted.includes(`127.0.0.1:${upstreams[1]}`))
    throw new Error("deploy/nginx-site.conf no longer has the listen/upstream lines this test adapts");
  // What Debian's /etc/nginx/nginx.conf provides around a site, with every path in our temp dir.
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${adapted}
}
`;
}

async function seedShop() {
  const { db } = await import("../../lib/db");
  const { makeOrg, makeTouchpoint, makeUser, uniq } = await import("../factories");
  const { createApiKey } = await import("../../lib/auth/api-key");
  const org = await makeOrg({ name: "Two-instance Bakery" });
  await makeTouchpoint(org.id, "store-main");
  const staff = await makeUser(org.id, {
    email: `${uniq("aiko")}@example.test`,
    name: "Aiko Deploy",
    password: PASSWORD,
  });
  const key = (await createApiKey(org.id)).key;
  const { startReceiver } = await import("../../lib/webhooks/receiver");
  const { addEndpoint } = await import("../../lib/webhooks/endpoints");
  const receiver = await startReceiver();
  await addEndpoint(org.id, { url: receiver.url, events: ["response.stored"] });
  return { db, org, staff, key, receiver };
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")))
    throw new Error("no build: run `npm run build` first");
  process.env.TEST_DB = "postgres";
  const { createTestDb } = await import("../test-db");
  const testDb = await createTestDb("deploy");
  dropDb = testDb.drop;
  process.env.DATABASE_URL = testDb.url;

  const [nginxPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
  proxy = `http://127.0.0.1:${nginxPort}`;
  direct = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  const shared = {
    DATABASE_URL: testDb.url,
    NEXTAUTH_SECRET: `deploy-${randomBytes(16).toString("hex")}`,
    REDIS_URL,
    REDIS_PREFIX: `ensemble-deploy-${randomBytes(6).toString("hex")}:`,
    TRUST_PROXY: "1",
    PUBLIC_BASE_URL: proxy,
    HOST: "127.0.0.1",
    INGEST_IP_BURST: String(IP_BURST),
    INGEST_IP_PER_SEC: "0.001",
    NODE_ENV: "production",
  };
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const instances = [portA, portB].map((port, i) =>
    start(`instance ${"AB"[i]}`, process.execPath, [tsx, "server.ts"], { ...shared, PORT: String(port) }),
  );
  writeFileSync(join(dir, "nginx.conf"), nginxConfig(nginxPort, [portA, portB]));
  const nginx = start("nginx", NGINX, [
    "-p",
    dir,
    "-e",
    join(dir, "nginx-error.log"),
    "-c",
    join(dir, "nginx.conf"),
    "-g",
    "daemon off;",
  ]);
  seed = await seedShop();
  await Promise.all(instances.map((p, i) => waitFor(`${direct[i]}/api/health`, p)));
  await waitFor(`${proxy}/api/health`, nginx, 15_000);
}, 150_000);

afterAll(async () => {
  for (const p of procs.reverse()) {
    if (p.child.exitCode === null) p.child.kill("SIGTERM");
  }
  await Promise.all(procs.map((p) => (p.child.exitCode === null ? new Promise((r) => p.child.once("exit", r)) : null)));
  await seed?.receiver.close();
  await seed?.db.$disconnect();
  await dropDb?.();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

async function newLink(ref = `o-${randomUUID()}`, headers: Record<string, string> = {}) {
  const res = await fetch(`${proxy}/api/v1/interactions`, {
    ...json({ ref, touchpoint: "store-main" }, { authorization: `Bearer ${seed.key}`, ...headers }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; code: string; url: string; qrSvgUrl: string };
}

const answer = (code: string, nps = 9) => ({ id: randomUUID().replace(/-/g, ""), code, answers: { nps } });

describe("two instances behind nginx over one PostgreSQL", () => {
  it("stores answers posted through nginx, and hands out links on the public address whatever the host headers say", async () => {
    const link = await newLink(undefined, { "x-forwarded-host": "evil.example" });
    expect(link.url).toBe(`${proxy}/s/${link.code}`);
    expect(link.qrSvgUrl.startsWith(proxy)).toBe(true);
    const page = await fetch(link.url);
    expect(page.status).toBe(200);

    const links = [link, await newLink(), await newLink(), await newLink()];
    const bodies = links.map((l, i) => answer(l.code, i + 6));
    for (const body of bodies) {
      throughNginx++;
      const res = await fetch(`${proxy}/api/v1/responses`, json(body));
      expect(res.status).toBe(201);
    }
    const stored = await seed.db.response.findMany({ where: { id: { in: bodies.map((b) => b.id) } } });
    expect(stored.map((r) => r.nps).sort()).toEqual([6, 7, 8, 9]);
  });

  it("signs in on one instance and serves the staff app with that session on the other and through nginx", async () => {
    const [a, b] = direct;
    const csrf = await fetch(`${a}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = new Map<string, string>();
    const keep = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const at = pair.indexOf("=");
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    keep(csrf);
    const signIn = await fetch(`${a}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      body: new URLSearchParams({ csrfToken, email: seed.staff.email, password: PASSWORD, callbackUrl: "/me" }),
    });
    keep(signIn);
    expect([...jar.keys()].some((k) => k.includes("session-token"))).toBe(true);

    for (const base of [b, a, proxy]) {
      const me = await fetch(`${base}/me`, { redirect: "manual", headers: { cookie: cookie() } });
      expect(me.status, `GET ${base}/me`).toBe(200);
      expect(await me.text()).toContain("Aiko Deploy");
    }
    // And without the session, the same page sends you to sign in.
    const anonymous = await fetch(`${b}/me`, { redirect: "manual" });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/\/signin\?next=%2Fme$/);
  });

  it("stores the same answer posted to both instances at once exactly once", async () => {
    const links = await Promise.all(Array.from({ length: 8 }, () => newLink()));
    const outcomes = await Promise.all(
      links.map(async (link, i) => {
        const body = answer(link.code);
        // Each pair comes "through the proxy" from its own address, so no address bucket interferes.
        const from = { "x-forwarded-for": `198.51.100.${i + 1}` };
        const statuses = await Promise.all(direct.map((base) => fetch(`${base}/api/v1/responses`, json(body, from))));
        return statuses.map((r) => r.status).sort();
      }),
    );
    for (const statuses of outcomes) expect(statuses).toEqual([200, 201]);
    const stored = await seed.db.response.count({ where: { interaction: { code: { in: links.map((l) => l.code) } } } });
    expect(stored).toBe(8);
  });

  it("holds the per-link limit across both instances: 10 posts a minute in total", async () => {
    const link = await newLink();
    const body = answer(link.code);
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await fetch(`${direct[i % 2]}/api/v1/responses`, json(body, { "x-forwarded-for": `192.0.2.${i}` }));
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, ...Array(9).fill(200), 429, 429, 429, 429]);
  });

  it("holds the per-address limit across both instances, and a forged X-Forwarded-For through nginx changes nothing", async () => {
    const left = IP_BURST - throughNginx;
    const sends = Array.from({ length: left + 20 }, (_, i) => {
      const forged = { "x-forwarded-for": `203.0.113.${i % 250}` }; // nginx appends the real peer
      const unknownCode = `${"A".repeat(19)}${String(i).padStart(3, "0")}`; // a fresh link bucket each time
      return fetch(`${proxy}/api/v1/responses`, json(answer(unknownCode), forged)).then((r) => r.status);
    });
    const statuses = await Promise.all(sends);
    // Every request spent 127.0.0.1's one bucket, whichever instance nginx picked: the rest are 429.
    expect(statuses.filter((s) => s !== 429).length).toBe(left);
    expect(statuses.filter((s) => s === 429).length).toBe(20);
  });

  it("delivers each answer's event to a webhook exactly once while both instances run dispatchers", async () => {
    const stored = await seed.db.response.findMany({ where: { orgId: seed.org.id }, select: { id: true } });
    expect(stored.length).toBeGreaterThanOrEqual(13);
    const deliveredIds = () =>
      seed.receiver.received
        .filter((r) => r.headers["ensemble-event"] === "response.stored")
        .map((r) => (JSON.parse(r.body) as { data: { response: { id: string } } }).data.response.id);
    const until = Date.now() + 20_000;
    while (deliveredIds().length < stored.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1_500)); // a second delivery would arrive by now
    expect(deliveredIds().sort()).toEqual(stored.map((r) => r.id).sort());
    const deliveries = seed.receiver.received.map((r) => r.headers["ensemble-delivery"]);
    expect(new Set(deliveries).size).toBe(deliveries.length);
  });
});
