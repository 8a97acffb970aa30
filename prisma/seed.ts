// Demo data: the organization "demo", a bakery with a counter, a bakery, delivery and support.
// Idempotent: people, teams, touchpoints, rules and the template are created when missing; the
// twelve weeks of history are imported once, through the same interchange import customers use.
import { db, disconnectDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { parseDatabaseUrl } from "../lib/db/url";
import { hashPassword } from "../lib/auth/password";
import { importInterchange } from "../lib/interchange/import";
import { COMPARE_QUESTION, RETURN_QUESTION } from "../lib/surveys/default-template";
import { DEFAULT_TEMPLATE } from "../lib/surveys/template-schema";
import { demoHistory, DEMO_PEOPLE } from "./demo-history";

export const DEMO_PASSWORD = "ensemble-demo";
const SLUG = "demo";

const TOUCHPOINTS = [
  { slug: "store-main", name: "Main store counter" },
  { slug: "delivery-van", name: "Delivery van" },
  { slug: "web-chat", name: "Web chat support" },
];

async function ensureOrg() {
  return (
    (await db.organization.findUnique({ where: { slug: SLUG } })) ??
    db.organization.create({
      data: { slug: SLUG, name: "Demo Bakery", timeZone: "Europe/Helsinki", defaultLocale: "en" },
    })
  );
}

async function ensurePerson(
  orgId: string,
  p: { email: string; name: string; role: string; kind: string; teamId?: string | null },
) {
  const existing = await db.user.findUnique({ where: { orgId_email: { orgId, email: p.email } } });
  if (existing) {
    // Imported staff have no password yet; give demo people theirs, keep anything already set.
    if (!existing.passwordHash || existing.role !== p.role) {
      await db.user.update({
        where: { id: existing.id },
        data: { role: p.role, passwordHash: existing.passwordHash ?? (await hashPassword(DEMO_PASSWORD)) },
      });
    }
    return existing;
  }
  return db.user.create({ data: { orgId, ...p, passwordHash: await hashPassword(DEMO_PASSWORD) } });
}

async function ensureTeam(orgId: string, name: string) {
  return (
    (await db.team.findUnique({ where: { orgId_name: { orgId, name } } })) ?? db.team.create({ data: { orgId, name } })
  );
}

/** The default template with the comparison and return questions turned on, before the comment. */
function demoTemplate() {
  const questions = [...DEFAULT_TEMPLATE.questions];
  const at = questions.findIndex((q) => q.kind === "comment");
  questions.splice(at === -1 ? questions.length : at, 0, COMPARE_QUESTION, RETURN_QUESTION);
  return { ...DEFAULT_TEMPLATE, questions };
}

async function main() {
  await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
  const org = await ensureOrg();

  const template =
    (await db.surveyTemplate.findFirst({ where: { orgId: org.id, isDefault: true } })) ??
    (await db.surveyTemplate.create({
      data: {
        orgId: org.id,
        name: "Post-visit",
        isDefault: true,
        versions: { create: { version: 1, definition: JSON.stringify(demoTemplate()) } },
      },
    }));

  for (const tp of TOUCHPOINTS) {
    await db.touchpoint.upsert({
      where: { orgId_slug: { orgId: org.id, slug: tp.slug } },
      create: { orgId: org.id, ...tp, templateId: template.id },
      update: {},
    });
  }

  // History first: the import creates the staff and teams it names, and the snapshot of who
  // contributed to each interaction. Only once, so re-running the seed never adds history.
  if ((await db.interaction.count({ where: { orgId: org.id } })) === 0) {
    const summary = await importInterchange(demoHistory(new Date()), { orgSlug: SLUG });
    console.log(`demo history imported: ${JSON.stringify(summary)}`);
  }

  const teams = Object.fromEntries(
    await Promise.all(
      ["counter", "bakery", "delivery", "support"].map(async (n) => [n, await ensureTeam(org.id, n)] as const),
    ),
  );
  for (const p of DEMO_PEOPLE)
    await ensurePerson(org.id, { email: p.email, name: p.name, role: "staff", kind: p.kind, teamId: teams[p.team].id });
  await ensurePerson(org.id, { email: "admin@demo.test", name: "Alex Admin", role: "admin", kind: "backoffice" });
  const manager = await ensurePerson(org.id, {
    email: "manager@demo.test",
    name: "Maria Manager",
    role: "manager",
    kind: "frontline",
    teamId: teams.counter.id,
  });
  await db.team.updateMany({
    where: { id: { in: [teams.counter.id, teams.bakery.id] }, managerId: null },
    data: { managerId: manager.id },
  });

  // Attribution rules: the morning bake is credited for the counter's sales, the dispatcher
  // for deliveries, the support engineer for chats.
  const tp = Object.fromEntries(
    (await db.touchpoint.findMany({ where: { orgId: org.id } })).map((t) => [t.slug, t.id]),
  );
  const dmitri = await db.user.findUniqueOrThrow({
    where: { orgId_email: { orgId: org.id, email: "dmitri@demo.test" } },
  });
  const hana = await db.user.findUniqueOrThrow({ where: { orgId_email: { orgId: org.id, email: "hana@demo.test" } } });
  const rules = [
    {
      touchpointId: tp["store-main"],
      teamId: teams.bakery.id,
      role: "backoffice",
      weight: 0.5,
      windowStart: 5 * 60,
      windowEnd: 15 * 60,
    },
    { touchpointId: tp["delivery-van"], userId: dmitri.id, role: "backoffice", weight: 0.5 },
    { touchpointId: tp["delivery-van"], teamId: teams.bakery.id, role: "backoffice", weight: 0.25 },
    { touchpointId: tp["web-chat"], userId: hana.id, role: "backoffice", weight: 0.5 },
  ];
  if ((await db.attributionRule.count({ where: { orgId: org.id } })) === 0) {
    await db.attributionRule.createMany({ data: rules.map((r) => ({ orgId: org.id, ...r })) });
  }

  // Detractors from the last two weeks wait in the follow-up queue.
  const since = new Date(Date.now() - 14 * 86_400_000);
  const detractors = await db.response.findMany({
    where: { orgId: org.id, nps: { lte: 6 }, answeredAt: { gte: since }, followUp: null },
    select: { id: true, answeredAt: true },
  });
  for (const r of detractors)
    await db.followUp.create({ data: { orgId: org.id, responseId: r.id, openedAt: r.answeredAt } });

  const counts = {
    people: await db.user.count({ where: { orgId: org.id } }),
    interactions: await db.interaction.count({ where: { orgId: org.id } }),
    responses: await db.response.count({ where: { orgId: org.id } }),
  };
  console.log(
    `demo organization ready: ${counts.people} people, ${counts.interactions} interactions, ${counts.responses} responses`,
  );
  // Every demo account, so each role and screen can be tried.
  const people = await db.user.findMany({
    where: { orgId: org.id, active: true, passwordHash: { not: null } },
    select: { email: true, name: true, role: true, kind: true, team: { select: { name: true } } },
  });
  const ORDER = { admin: 0, manager: 1, staff: 2 } as Record<string, number>;
  people.sort((a, b) => (ORDER[a.role] ?? 3) - (ORDER[b.role] ?? 3) || a.email.localeCompare(b.email));
  const width = Math.max(...people.map((u) => u.email.length));
  console.log(`\nsign in at http://localhost:${process.env.PORT ?? 3000} with password ${DEMO_PASSWORD} as any of:`);
  for (const u of people)
    console.log(
      `  ${u.email.padEnd(width)}  ${u.role.padEnd(7)}  ${u.name} (${u.kind}${u.team ? `, ${u.team.name}` : ""})`,
    );
}

main()
  .then(() => disconnectDb())
  .catch(async (error) => {
    console.error(`seeding failed: ${(error as Error).message}`);
    await disconnectDb().catch(() => {});
    process.exit(1);
  });
