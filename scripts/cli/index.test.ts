import { describe, expect, it } from "vitest";
import { commands } from "./index";

describe("the CLI's command list", () => {
  it("selects each command by the words the command itself declares, each once", async () => {
    for (const entry of commands) expect((await entry.load()).words).toEqual(entry.words);
    const keys = commands.map((c) => c.words.join(" "));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
