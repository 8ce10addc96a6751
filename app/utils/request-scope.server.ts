// One memo per HTTP request. Remix hands every loader of a document request its own copy of
// the Request (it strips `index`/`_data` into a new object per loader), so a WeakMap keyed by
// the Request never hits: the root, layout and page loaders each looked the session up again.
// The web server runs each request inside this scope instead.
//
// The store lives on globalThis because the web server (build/proc/web.js) and the Remix
// bundle (build/index.js) are separate bundles, each with its own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

type Scope = Map<string, unknown>;
const KEY = Symbol.for("overseas-ip-radar.request-scope");
const storage: AsyncLocalStorage<Scope> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<Scope>()) as AsyncLocalStorage<Scope>;

/** Runs `fn` (the handling of one request) with a fresh memo. */
export function runInRequestScope<T>(fn: () => T): T {
  return storage.run(new Map(), fn);
}

/**
 * The value of `compute` once per request and key. Outside a request scope (tests calling a
 * loader directly, jobs) it computes every time.
 */
export function memoInRequest<T>(key: string, compute: () => T): T {
  const scope = storage.getStore();
  if (!scope) return compute();
  if (scope.has(key)) return scope.get(key) as T;
  const value = compute();
  scope.set(key, value);
  return value;
}
