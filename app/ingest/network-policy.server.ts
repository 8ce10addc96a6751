// Which addresses the feed fetcher may connect to (DESIGN.md §3, network policy). Staff type
// feed URLs, so without this a feed URL (or a redirect, or a DNS answer) could make the server
// probe its own loopback services, the intranet or a cloud metadata endpoint. The check runs
// on the address actually connected to — after DNS resolution, on every redirect hop — and
// an explicit allow-list opens chosen hosts or ranges for intranet deployments and tests.
import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";

export type NetworkPolicy = {
  /** Host names (lower case, as in the URL) that may resolve to any address. */
  readonly allowedHosts: ReadonlySet<string>;
  /** Ranges that are opened even though they are not public unicast. */
  readonly allowedRanges: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];
};

/** Public unicast only: the default for every fetch. */
export const STRICT_NETWORK_POLICY: NetworkPolicy = { allowedHosts: new Set(), allowedRanges: [] };

export class NetworkPolicyError extends Error {}

/**
 * Parses an allow-list such as "10.20.0.0/16, intranet.example, 127.0.0.1, ::1": CIDR ranges,
 * single addresses (a /32 or /128) and host names, separated by commas or white space.
 */
export function parseNetworkAllowList(raw: string): NetworkPolicy {
  const allowedHosts = new Set<string>();
  const allowedRanges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const entry of raw.split(/[\s,]+/).filter(Boolean)) {
    const bare = entry.replace(/^\[(.*)\]$/, "$1");
    if (bare.includes("/")) {
      try {
        const [address, prefix] = ipaddr.parseCIDR(bare);
        allowedRanges.push([normalise(address), address.kind() === "ipv6" && normalise(address).kind() === "ipv4" ? prefix - 96 : prefix]);
      } catch {
        throw new NetworkPolicyError(`"${entry}" is not a valid CIDR range (e.g. 10.0.0.0/8 or fd00::/8)`);
      }
    } else if (ipaddr.isValid(bare)) {
      const address = normalise(ipaddr.parse(bare));
      allowedRanges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/i.test(bare)) {
      allowedHosts.add(bare.toLowerCase().replace(/\.$/, ""));
    } else {
      throw new NetworkPolicyError(`"${entry}" is neither a host name, an IP address nor a CIDR range`);
    }
  }
  return { allowedHosts, allowedRanges };
}

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it reaches. */
function normalise(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

/**
 * ipaddr.js reads "::127.0.0.1" as "::ffff:127.0.0.1"; the URL parser, like the socket, reads it
 * as "::7f00:1". Hex form first, so the address judged is the address connected to.
 */
function canonicalIPv6(text: string): string {
  if (!net.isIPv6(text) || !text.includes(".")) return text;
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return text;
  }
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

/**
 * The deprecated IPv4-compatible form (::127.0.0.1 = ::7f00:1), which ipaddr.js calls unicast but
 * some stacks route to the IPv4 address it embeds. "::" and "::1" keep their own ranges.
 */
function ipv4Compatible(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (address.kind() !== "ipv6") return false;
  const v6 = address as ipaddr.IPv6;
  return v6.match(IPV4_COMPATIBLE) && v6.range() === "unicast";
}

/**
 * Why an address may not be connected to, or null when it may. Anything that is not public
 * unicast is refused: loopback, private (RFC 1918), carrier-grade NAT (which also holds some
 * clouds' metadata services), unique-local, link-local (169.254.169.254, the usual metadata
 * address), multicast, reserved, and the IPv6 forms that embed an IPv4 address (6to4, NAT64,
 * Teredo, IPv4-compatible ::a.b.c.d), since those could point anywhere.
 */
export function refusedRange(addressText: string, policy: NetworkPolicy): string | null {
  if (!ipaddr.isValid(addressText)) return "invalid";
  const address = normalise(ipaddr.parse(canonicalIPv6(addressText)));
  const range = ipv4Compatible(address) ? "ipv4Compatible" : address.range();
  if (range === "unicast") return null;
  for (const [base, prefix] of policy.allowedRanges) {
    if (base.kind() === address.kind() && address.match(base as never, prefix)) return null;
  }
  return range;
}

/** The host of a URL as it is connected to: "[::1]" becomes "::1". */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
}

export function isHostAllowed(host: string, policy: NetworkPolicy): boolean {
  return policy.allowedHosts.has(host.replace(/\.$/, ""));
}

export type RefusedAddress = { host: string; address: string; range: string };

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves, refuses the whole answer if any address in it is
 * refused, and hands the checked addresses to the socket. The connection uses exactly the
 * addresses checked here, so a rebinding DNS server cannot answer "public" to a check and
 * "private" to the connect.
 */
export function guardedLookup(policy: NetworkPolicy, onRefused: (refused: RefusedAddress) => Error) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      if (!isHostAllowed(hostname.toLowerCase(), policy)) {
        for (const { address } of addresses) {
          const range = refusedRange(address, policy);
          if (range) return callback(onRefused({ host: hostname, address, range }) as NodeJS.ErrnoException, "");
        }
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
      callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL whose host is an IP literal (no DNS lookup happens for those). */
export function refusedLiteral(url: URL, policy: NetworkPolicy): RefusedAddress | null {
  const host = urlHost(url);
  if (!net.isIP(host) || isHostAllowed(host, policy)) return null;
  const range = refusedRange(host, policy);
  return range ? { host, address: host, range } : null;
}
