import { describe, expect, it } from "vitest";
import { kioskUrl } from "./kiosk-link";

describe("kioskUrl", () => {
  it("puts the key in the fragment, never the path or query", () => {
    const url = new URL(kioskUrl("https://shop.example/", "ens_abcDEF0123456789abcDEF0123456789", "fi"));
    expect(url.pathname).toBe("/kiosk");
    expect(url.search).toBe("?lang=fi");
    expect(url.hash).toBe("#key=ens_abcDEF0123456789abcDEF0123456789");
    expect(kioskUrl("http://t", "ens_x")).toBe("http://t/kiosk#key=ens_x");
  });
});
