-- CreateTable
CREATE TABLE "ResponseChoice" (
    "responseId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,

    CONSTRAINT "ResponseChoice_pkey" PRIMARY KEY ("responseId","questionId","optionId")
);

-- CreateIndex
CREATE INDEX "ResponseChoice_orgId_questionId_optionId_idx" ON "ResponseChoice"("orgId", "questionId", "optionId");

-- AddForeignKey
ALTER TABLE "ResponseChoice" ADD CONSTRAINT "ResponseChoice_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing answers: each option id in "Response"."choices" (a JSON array) becomes a row keyed by its
-- question. The question is the one of the answer's template version that lists the option; failing
-- that, of the organisation's templates (default template first, newest version first); failing that,
-- of the built-in template, which answers without any template of their own were given.
-- Text that is not JSON is skipped rather than failing the migration.
CREATE FUNCTION pg_temp.ensemble_jsonb_or_null(t TEXT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN t::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END
$$;

INSERT INTO "ResponseChoice" ("responseId", "orgId", "questionId", "optionId")
SELECT DISTINCT "responseId", "orgId", "questionId", "optionId" FROM (
  WITH "definitions" AS (
    SELECT t."orgId", v."id" AS "versionId", t."isDefault", v."version",
           pg_temp.ensemble_jsonb_or_null(v."definition") -> 'questions' AS "questions"
      FROM "SurveyTemplateVersion" v
      JOIN "SurveyTemplate" t ON t."id" = v."templateId"
  ),
  "known" AS (
    SELECT d."orgId", d."versionId", d."isDefault", d."version", q ->> 'id' AS "questionId", o ->> 'id' AS "optionId"
      FROM "definitions" d
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d."questions") = 'array' THEN d."questions" ELSE '[]'::jsonb END) q
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(q -> 'options') = 'array' THEN q -> 'options' ELSE '[]'::jsonb END) o
     WHERE q ->> 'kind' = 'choice'
  ),
  "builtin" ("questionId", "optionId") AS (
    VALUES ('stood-out', 'friendly'), ('stood-out', 'fast'), ('stood-out', 'knowledgeable'),
           ('stood-out', 'clean'), ('stood-out', 'value')
  ),
  "answers" AS (
    SELECT r."id" AS "responseId", r."orgId", r."templateVersionId", pg_temp.ensemble_jsonb_or_null(r."choices") AS "ids"
      FROM "Response" r
     WHERE r."choices" IS NOT NULL
  ),
  "picked" AS (
    SELECT a."responseId", a."orgId", a."templateVersionId", c #>> '{}' AS "optionId"
      FROM "answers" a
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a."ids") = 'array' THEN a."ids" ELSE '[]'::jsonb END) c
     WHERE jsonb_typeof(c) = 'string'
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

DROP FUNCTION pg_temp.ensemble_jsonb_or_null(TEXT);
