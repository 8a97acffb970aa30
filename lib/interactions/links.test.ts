import { afterEach, describe, expect, it } from "vitest";
import { baseUrlFrom, isLocalBaseUrl } from "./links";

describe("survey link base", () => {
  const saved = process.env.PUBLIC_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUBLIC_BASE_URL;
    else process.env.PUBLIC_BASE_URL = saved;
  });

  it("calls addresses that only open on this machine local", () => {
    for (const base of [
      "http://localhost:3000",
      "http://127.0.0.1:3100",
      "http://[::1]:3000",
      "http://0.0.0.0",
      "http://app.localhost",
    ])
      expect(isLocalBaseUrl(base), base).toBe(true);
    for (const base of ["https://feedback.example.com", "http://192.168.1.20:3000", "http://shop.test"])
      expect(isLocalBaseUrl(base), base).toBe(false);
  });

  it("PUBLIC_BASE_URL wins over the request's host, which is what makes the warning go away", () => {
    delete process.env.PUBLIC_BASE_URL;
    const local = baseUrlFrom({ host: "localhost:3000" });
    expect(local).toBe("http://localhost:3000");
    expect(isLocalBaseUrl(local)).toBe(true);
    process.env.PUBLIC_BASE_URL = "https://feedback.example.com/";
    const configured = baseUrlFrom({ host: "localhost:3000" });
    expect(configured).toBe("https://feedback.example.com");
    expect(isLocalBaseUrl(configured)).toBe(false);
  });
});
