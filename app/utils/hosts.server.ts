// Which Host names this app answers to. A DNS-rebinding page reaches a loopback-bound server
// under the attacker's own name (Host: evil.example), so "Origin equals Host" proves nothing;
// the Host itself must be one we serve: APP_URL's host, ALLOWED_HOSTS, or a loopback name
// (an attacker cannot make a browser send Host: localhost for their own page).
import { getEnv } from "./env.server.ts";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** The host name of a Host header value ("Example.org:3000" → "example.org"), or null. */
export function hostName(hostHeader: string | null | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function allowedHostNames(): Set<string> {
  const env = getEnv();
  return new Set([new URL(env.APP_URL).hostname.toLowerCase(), ...env.ALLOWED_HOSTS, ...LOOPBACK_NAMES]);
}

export function isAllowedHost(hostHeader: string | null | undefined): boolean {
  const name = hostName(hostHeader);
  return name !== null && allowedHostNames().has(name);
}

/** The Host a request was sent to (undici's Request has no Host header; its URL carries it). */
export function requestHost(request: Request): string {
  return request.headers.get("host") ?? new URL(request.url).host;
}
