import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.server.ts";

describe("environment schema", () => {
  it("fills the embedded defaults from DATA_DIR", () => {
    const env = parseEnv({ DATA_DIR: "/srv/radar" });
    expect(env.DATABASE_URL).toBe("file:/srv/radar/radar.db");
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.SCHEDULER_ENABLED).toBe(true);
  });

  it("names each wrong variable and why", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", MEILI_HOST: "not a url", SEED_DEMO: "maybe" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: .*"eighty"/);
    expect(message).toMatch(/MEILI_HOST: must be an absolute URL/);
    expect(message).toMatch(/SEED_DEMO/);
  });

  it("requires a session secret in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET: is required/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) }).SESSION_SECRET).toBe("x".repeat(32));
  });

  it("rejects a schedule that is not a valid cron expression, field values included", () => {
    expect(() => parseEnv({ HEARTBEAT_SCHEDULE: "often" })).toThrow(/HEARTBEAT_SCHEDULE/);
    // Five fields but minute 99: counting fields alone would accept it.
    expect(() => parseEnv({ HEARTBEAT_SCHEDULE: "99 * * * *" })).toThrow(/HEARTBEAT_SCHEDULE/);
    expect(parseEnv({ HEARTBEAT_SCHEDULE: " */2 * * * * " }).HEARTBEAT_SCHEDULE).toBe("*/2 * * * *");
  });
});
