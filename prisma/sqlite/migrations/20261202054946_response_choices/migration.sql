-- CreateTable
CREATE TABLE "ResponseChoice" (
    "responseId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,

    PRIMARY KEY ("responseId", "questionId", "optionId"),
    CONSTRAINT "ResponseChoice_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ResponseChoice_orgId_questionId_optionId_idx" ON "ResponseChoice"("orgId", "questionId", "optionId");


-- Existing answers: each option id in "Response"."choices" (a JSON array) becomes a row keyed by its
-- question. The question is the one of the answer's template version that lists the option; failing
-- that, of the organisation's templates (default template first, newest version first); failing that,
-- of the built-in template, which answers without any template of their own were given.
INSERT INTO "ResponseChoice" ("responseId", "orgId", "questionId", "optionId")
SELECT DISTINCT "responseId", "orgId", "questionId", "optionId" FROM (
  WITH "known" AS (
    SELECT t."orgId", v."id" AS "versionId", t."isDefault", v."version",
           json_extract(q.value, '$.id') AS "questionId", json_extract(o.value, '$.id') AS "optionId"
      FROM "SurveyTemplateVersion" v
      JOIN "SurveyTemplate" t ON t."id" = v."templateId",
           json_each(CASE WHEN json_valid(v."definition") THEN v."definition" ELSE '{}' END, '$.questions') q,
           json_each(q.value, '$.options') o
     WHERE json_extract(q.value, '$.kind') = 'choice'
  ),
  "builtin" ("questionId", "optionId") AS (
    VALUES ('stood-out', 'friendly'), ('stood-out', 'fast'), ('stood-out', 'knowledgeable'),
           ('stood-out', 'clean'), ('stood-out', 'value')
  ),
  "picked" AS (
    SELECT r."id" AS "responseId", r."orgId", r."templateVersionId", c.value AS "optionId"
      FROM "Response" r,
           json_each(CASE WHEN json_valid(r."choices") AND json_type(r."choices") = 'array' THEN r."choices" ELSE '[]' END) c
     WHERE r."choices" IS NOT NULL AND c.type = 'text'
  )
  SELECT p."responseId", p."orgId", p."optionId", COALESCE(
      (SELECT k."questionId" FROM "known" k WHERE k."versionId" = p."templateVersionId" AND k."optionId" = p."optionId" LIMIT 1),
      (SELECT k."questionId" FROM "known" k WHERE k."orgId" = p."orgId" AND k."optionId" = p."optionId"
        ORDER BY k."isDefault" DESC, k."version" DESC LIMIT 1),
      (SELECT b."questionId" FROM "builtin" b WHERE b."optionId" = p."optionId")
    ) AS "questionId"
    FROM "picked" p
) AS "resolved"
WHERE "questionId" IS NOT NULL;
