import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "./url";

describe("parseDatabaseUrl", () => {
  it("defaults to SQLite in ./data", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({ provider: "sqlite", file: "/srv/app/data/ensemble.db" });
    expect(parseDatabaseUrl("  ", "/srv/app").provider).toBe("sqlite");
  });
  it("reads file: paths, relative and absolute", () => {
    expect(parseDatabaseUrl("file:./x.db", "/srv")).toEqual({ provider: "sqlite", file: "/srv/x.db" });
    expect(parseDatabaseUrl("file:/tmp/y.db")).toEqual({ provider: "sqlite", file: "/tmp/y.db" });
  });
  it("accepts both PostgreSQL schemes", () => {
    expect(parseDatabaseUrl("postgres://u@h:5432/db").provider).toBe("postgres");
    expect(parseDatabaseUrl("postgresql://u:p@h/db").provider).toBe("postgres");
  });
  it("names the variable and the accepted forms, and hides passwords", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@h/db")).toThrow(DatabaseUrlError);
    try {
      parseDatabaseUrl("mysql://root:secret@h/db");
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("file:PATH");
      expect(message).toContain("postgres://");
      expect(message).not.toContain("secret");
    }
    expect(() => parseDatabaseUrl("file:")).toThrow(DatabaseUrlError);
  });
});
