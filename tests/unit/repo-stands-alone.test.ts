// A clone of the repository is all a person gets: docs, comments and help must point at docs/ in the
// repository, never at contract files that live outside it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const tracked = () =>
  execFileSync("git", ["ls-files"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("lib/generated/") && f !== "package-lock.json" && !/\.(png|ico|svg)$/.test(f))
    .filter((f) => f !== "tests/unit/repo-stands-alone.test.ts");

describe("the repository stands alone", () => {
  it("no file points at ../shared or at the outside contract files", () => {
    const outside = /\.\.\/shared\/|\b(SCORING|INTERCHANGE|TOOLCHAIN|STYLE)\.md\b/;
    const hits: string[] = [];
    for (const file of tracked()) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue; // listed but deleted in the working tree
      }
      text.split("\n").forEach((line, i) => {
        // Tests may compare against the shared fixtures; that is the one allowed reach outside.
        if (outside.test(line) && !line.includes("shared/fixtures")) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it("the docs the README and CLI name exist", () => {
    for (const doc of ["docs/scoring.md", "docs/interchange.md", "docs/api.md", "docs/examples/bakery-week.json"])
      expect(() => readFileSync(doc, "utf8"), doc).not.toThrow();
  });
});
