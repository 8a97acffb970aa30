// Adds up the vitest and Playwright JSON reports of one test-all run into one closing line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let passed = 0,
  failed = 0,
  skipped = 0;
const lines = [];
// The failing tests by name, so the closing lines alone say what to look at.
const failures = [];
const firstLine = (text) =>
  String(text ?? "")
    // eslint-disable-next-line no-control-regex -- terminal colour codes in reporters' messages
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 200) ?? "";
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch {
    lines.push(`${file}: no report`);
    failed++;
    continue;
  }
  let p = 0,
    f = 0,
    s = 0;
  if ("numPassedTests" in report) {
    // vitest
    p = report.numPassedTests;
    // A file that failed without a failing test (an error in a hook or at import) counts once;
    // a file whose tests failed is already counted by them.
    let brokenFiles = 0;
    for (const r of report.testResults ?? []) {
      const file = r.name.replace(`${process.cwd()}/`, "");
      const failedTests = (r.assertionResults ?? []).filter((a) => a.status === "failed");
      for (const a of failedTests) failures.push(`${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
      if (r.status === "failed" && !failedTests.length) {
        brokenFiles++;
        failures.push(`${file}: ${firstLine(r.message)}`);
      }
    }
    f = report.numFailedTests + brokenFiles;
    s = report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (report.stats) {
    // playwright
    p = report.stats.expected + (report.stats.flaky ?? 0);
    f = report.stats.unexpected;
    s = report.stats.skipped;
    if ((report.errors ?? []).length) f += report.errors.length;
    for (const e of report.errors ?? []) failures.push(`${file}: ${firstLine(e.message)}`);
    const walk = (suite, path) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? [])
          if (t.status === "unexpected") {
            const last = t.results?.at(-1);
            failures.push(`${file}: ${[...path, spec.title].join(" > ")}: ${firstLine(last?.error?.message)}`);
          }
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  }
  lines.push(`${file.replace(/\.json$/, "").padEnd(16)} ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);
console.log(`\n${lines.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
