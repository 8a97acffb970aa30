// The admin side of webhooks: every call is scoped to the admin's own organisation.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import {
  addEndpoint,
  listDeliveries,
  listEndpoints,
  removeEndpoint,
  resendDelivery,
  sendTest,
  setPaused,
} from "../webhooks/endpoints";
import { assertAdmin, guarded, ok } from "./result";

export async function webhookList(actor: Actor) {
  assertAdmin(actor);
  return listEndpoints(actor.orgId);
}

export async function webhookDetail(actor: Actor, endpointId: string) {
  assertAdmin(actor);
  const endpoint = (await listEndpoints(actor.orgId)).find((e) => e.id === endpointId);
  if (!endpoint) return null;
  return { endpoint, deliveries: await listDeliveries(actor.orgId, endpointId) };
}

export function createWebhook(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const added = await addEndpoint(actor.orgId, input);
    return ok(added);
  });
}

export function pauseWebhook(actor: Actor, id: string, paused: boolean) {
  return guarded(async () => {
    assertAdmin(actor);
    await setPaused(actor.orgId, id, paused);
    return ok(
      undefined,
      paused ? "Paused. New events wait here until you resume." : "Resumed. Waiting events are on their way.",
    );
  });
}

export function deleteWebhook(actor: Actor, id: string) {
  return guarded(async () => {
    assertAdmin(actor);
    await removeEndpoint(actor.orgId, id);
    return ok(undefined, "Webhook removed. It receives nothing more.");
  });
}

export function testWebhook(actor: Actor, id: string) {
  return guarded(async () => {
    assertAdmin(actor);
    const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { slug: true } });
    const r = await sendTest(actor.orgId, id, org.slug);
    return ok(
      r,
      r.ok
        ? `Test delivered: the endpoint answered ${r.httpStatus}.`
        : `Test failed: ${r.httpStatus ? `the endpoint answered ${r.httpStatus}` : r.error}.`,
    );
  });
}

export function resendWebhookDelivery(actor: Actor, deliveryId: string) {
  return guarded(async () => {
    assertAdmin(actor);
    await resendDelivery(actor.orgId, deliveryId);
    return ok(undefined, "Queued to send again.");
  });
}
