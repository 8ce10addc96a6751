import { afterEach, describe, expect, it } from "vitest";
import { parseEnv, resetEnvCache } from "./env.server.ts";
import { hostName, isAllowedHost } from "./hosts.server.ts";

afterEach(() => {
  delete process.env.ALLOWED_HOSTS;
  delete process.env.APP_URL;
  resetEnvCache();
});

describe("TRUST_PROXY and ALLOWED_HOSTS settings", () => {
  it("trusts no proxy by default and reads hop counts, true and address lists", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toBe("loopback, 10.0.0.0/8");
    expect(parseEnv({ ALLOWED_HOSTS: " Radar.Example.org ,intranet " }).ALLOWED_HOSTS).toEqual(["radar.example.org", "intranet"]);
  });
});

describe("isAllowedHost", () => {
  it("accepts APP_URL's host and loopback names on any port, and nothing else", () => {
    process.env.APP_URL = "https://radar.example.cn";
    resetEnvCache();
    expect(isAllowedHost("radar.example.cn")).toBe(true);
    expect(isAllowedHost("RADAR.example.cn:443")).toBe(true);
    expect(isAllowedHost("localhost:3000")).toBe(true);
    expect(isAllowedHost("[::1]:3000")).toBe(true);
    expect(isAllowedHost("evil.example")).toBe(false);
    expect(isAllowedHost("radar.example.cn.evil.example")).toBe(false);
    expect(isAllowedHost(undefined)).toBe(false);
    expect(hostName("bad host/")).toBeNull();
    process.env.ALLOWED_HOSTS = "intranet";
    resetEnvCache();
    expect(isAllowedHost("intranet:8080")).toBe(true);
  });
});
