// Every door that takes an answer writes its choices keyed by question (ResponseChoice), in the
// same transaction as the response: the live post, the batch, the kiosk and the no-JS form.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startFastServer } from "@/lib/http/test-server";
import { answerSurvey } from "@/lib/surveys/answer-form";
import { ingestResponse } from "./ingest";
import { choicesOf } from "./read-choices";
import { makeKioskKey, makeShop, newId, poster } from "./test-helpers";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

const rowsOf = (responseId: string) =>
  db.responseChoice.findMany({
    where: { responseId },
    orderBy: { optionId: "asc" },
    select: { orgId: true, questionId: true, optionId: true },
  });

describe("choices keyed by question", () => {
  it("are written by the live post, the batch, the kiosk and the no-JS form", async () => {
    const { org, tp, link } = await makeShop();
    const expected = [
      { orgId: org.id, questionId: "stood-out", optionId: "clean" },
      { orgId: org.id, questionId: "stood-out", optionId: "friendly" },
    ];

    const live = newId();
    const ix = await link("c-live");
    expect(
      await ingestResponse({ id: live, code: ix.code, answers: { nps: 9, choices: ["friendly", "clean"] } }),
    ).toEqual({
      status: "stored",
      id: live,
    });
    expect(await rowsOf(live)).toEqual(expected);

    const batched = newId();
    const bx = await link("c-batch");
    const res = await post("/api/v1/responses/batch", {
      responses: [{ id: batched, code: bx.code, answers: { csat: 5, choices: ["clean", "friendly"] } }],
    });
    expect((await res.json()).results).toEqual([{ id: batched, status: "stored" }]);
    expect(await rowsOf(batched)).toEqual(expected);

    const kiosk = newId();
    const key = await makeKioskKey(org.id, tp.id);
    const k = await post(
      "/api/v1/responses",
      { id: kiosk, touchpoint: "store-main", answers: { nps: 7, choices: ["friendly", "clean"] } },
      { authorization: `Bearer ${key}` },
    );
    expect(k.status).toBe(201);
    expect(await rowsOf(kiosk)).toEqual(expected);

    const nx = await link("c-nojs");
    const form = new URLSearchParams([
      ["id", newId()],
      ["nps", "10"],
      ["choices", "clean"],
      ["choices", "friendly"],
    ]);
    expect((await answerSurvey(nx.code, form, { limits: false })).view.kind).toBe("thanks");
    const noJs = await db.response.findFirstOrThrow({ where: { interactionId: nx.id }, select: { id: true } });
    expect(await rowsOf(noJs.id)).toEqual(expected);

    const read = await choicesOf(
      [live, batched, kiosk, noJs.id, newId()],
      new Map([["stood-out", ["friendly", "clean"]]]),
    );
    expect([...read.keys()].sort()).toEqual([live, batched, kiosk, noJs.id].sort());
    expect(read.get(batched)).toEqual(new Map([["stood-out", ["friendly", "clean"]]]));
  });

  it("writes none for an answer refused for its choices", async () => {
    const { link } = await makeShop();
    const ix = await link("c-bad");
    const id = newId();
    expect(
      await ingestResponse({ id, code: ix.code, answers: { nps: 9, choices: ["friendly", "teleport"] } }),
    ).toMatchObject({
      status: "rejected",
      field: "answers.choices[1]",
    });
    expect(await db.responseChoice.count({ where: { responseId: id } })).toBe(0);
  });
});
