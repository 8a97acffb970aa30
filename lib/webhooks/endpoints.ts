// Webhook endpoints of an organisation, for the admin screens and the CLI: add (with its
// signing secret, shown once), list with health, pause and resume, remove, send a test, list
// deliveries with every attempt, and send any delivery again.
import { db } from "../db";
import { AdminInputError } from "../admin/result";
import { isEventType, type EventType } from "../events/types";
import { resolvedUrlProblem } from "./address";
import { endpointInputSchema } from "./endpoint-schema";
import { acknowledged, deliveryHeaders, post } from "./deliver";
import { newSecret } from "./sign";
import { webhookBody } from "./body";

export type EndpointHealth = "healthy" | "failing" | "retrying" | "paused" | "new";
export type EndpointView = {
  id: string;
  url: string;
  events: EventType[];
  paused: boolean;
  createdAt: Date;
  health: EndpointHealth;
  pending: number;
  lastAttemptAt: Date | null;
};

/** Adds an endpoint; throws AdminInputError naming the field. Returns the secret (shown once). */
export async function addEndpoint(orgId: string, input: unknown): Promise<{ id: string; url: string; secret: string }> {
  const parsed = endpointInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdminInputError(issue.path.join(".") || "url", issue.message);
  }
  const { url, events } = parsed.data;
  const problem = await resolvedUrlProblem(url);
  if (problem) throw new AdminInputError("url", problem);
  const clash = await db.webhookEndpoint.findFirst({ where: { orgId, url, removedAt: null }, select: { id: true } });
  if (clash) throw new AdminInputError("url", "is already registered");
  const secret = newSecret();
  const created = await db.webhookEndpoint.create({
    data: { orgId, url, secret, events: [...new Set(events)].join(",") },
    select: { id: true, url: true },
  });
  return { ...created, secret };
}

export async function listEndpoints(orgId: string): Promise<EndpointView[]> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { orgId, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, events: true, paused: true, createdAt: true },
  });
  return Promise.all(
    endpoints.map(async (e) => {
      // Failing: the latest settled delivery used up every attempt without a 2xx.
      const [settled, pending, lastAttempt] = await Promise.all([
        db.webhookDelivery.findFirst({
          where: { endpointId: e.id, status: { in: ["delivered", "failed"] } },
          orderBy: { nextAttemptAt: "desc" },
          select: { status: true },
        }),
        db.webhookDelivery.count({ where: { endpointId: e.id, status: "pending" } }),
        db.webhookAttempt.findFirst({
          where: { delivery: { endpointId: e.id } },
          orderBy: { at: "desc" },
          select: { at: true, httpStatus: true },
        }),
      ]);
      // Retrying: deliveries are waiting and the latest attempt got no 2xx (an earlier success or
      // failure is old news next to it).
      const lastFailed = lastAttempt !== null && !acknowledged(lastAttempt.httpStatus);
      const health: EndpointHealth = e.paused
        ? "paused"
        : pending > 0 && lastFailed
          ? "retrying"
          : settled?.status === "failed"
            ? "failing"
            : settled
              ? "healthy"
              : "new";
      return {
        ...e,
        events: e.events ? (e.events.split(",").filter(isEventType) as EventType[]) : [],
        health,
        pending,
        lastAttemptAt: lastAttempt?.at ?? null,
      };
    }),
  );
}

async function endpointInOrg(orgId: string, id: string) {
  const e = await db.webhookEndpoint.findFirst({ where: { id, orgId, removedAt: null } });
  if (!e) throw new AdminInputError(null, "That webhook doesn't exist in your organization.");
  return e;
}

export async function setPaused(orgId: string, id: string, paused: boolean): Promise<void> {
  await endpointInOrg(orgId, id);
  await db.webhookEndpoint.update({ where: { id }, data: { paused } });
}

/** Removes an endpoint: it receives nothing more; its log stays for the record. */
export async function removeEndpoint(orgId: string, id: string): Promise<void> {
  await endpointInOrg(orgId, id);
  await db.webhookEndpoint.update({ where: { id }, data: { removedAt: new Date(), paused: true } });
}

export async function findEndpointByUrl(orgId: string, url: string) {
  return db.webhookEndpoint.findFirst({ where: { orgId, url: url.trim(), removedAt: null } });
}

/**
 * Sends a `ping` event to the endpoint now and logs the attempt like any other; it is not
 * retried. Returns what the receiver answered.
 */
export async function sendTest(orgId: string, id: string, slug: string) {
  const e = await endpointInOrg(orgId, id);
  const at = new Date();
  const testId = `test_${at.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const body = webhookBody({
    id: testId,
    type: "ping" as EventType,
    createdAt: at,
    orgSlug: slug,
    data: { message: "A test from Ensemble: this endpoint is reachable and the signature can be checked." },
  });
  const delivery = await db.webhookDelivery.create({
    data: { endpointId: e.id, type: "ping", body, status: "sending", nextAttemptAt: at }, // never claimed by the sender
  });
  const result = await post(e.url, body, {
    ...deliveryHeaders({ type: "ping", eventId: testId, id: delivery.id }, e.secret, body),
  });
  const ok = acknowledged(result.httpStatus);
  await db.$transaction([
    db.webhookAttempt.create({ data: { deliveryId: delivery.id, at, ...result } }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { attempts: 1, status: ok ? "delivered" : "failed", deliveredAt: ok ? new Date() : null },
    }),
  ]);
  return { ok, ...result };
}

/** The latest deliveries of an endpoint, each with every attempt, newest first. */
export async function listDeliveries(orgId: string, endpointId: string, take = 50) {
  await endpointInOrg(orgId, endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      eventId: true,
      type: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      log: {
        orderBy: { at: "desc" },
        select: { id: true, at: true, httpStatus: true, error: true, excerpt: true, durationMs: true },
      },
    },
  });
}

/** Puts a delivery back in the queue with a fresh set of attempts (the same event id and body). */
export async function resendDelivery(orgId: string, deliveryId: string): Promise<void> {
  const d = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, endpoint: { orgId, removedAt: null } },
    select: { id: true, eventId: true },
  });
  if (!d) throw new AdminInputError(null, "That delivery doesn't exist in your organization.");
  if (!d.eventId) throw new AdminInputError(null, "A test is not sent again; use “Send test” instead.");
  await db.webhookDelivery.update({
    where: { id: d.id },
    data: {
      status: "pending",
      attempts: 0,
      nextAttemptAt: new Date(),
      claimedBy: null,
      claimedUntil: null,
      deliveredAt: null,
    },
  });
  (globalThis as { __ensembleWakeDispatcher?: () => void }).__ensembleWakeDispatcher?.();
}
