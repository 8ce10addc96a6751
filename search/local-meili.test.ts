import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { findFreePort, locateMeiliBinary, MeiliUnavailableError, readLocalMasterKey, startLocalMeili, type LocalMeili } from "./local-meili.ts";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function tempDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-local-meili-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

async function start(dataDir: string, extra: Partial<Parameters<typeof startLocalMeili>[0]> = {}) {
  const meili = await startLocalMeili({ dataDir, port: 0, maxIndexingMemory: "256MiB", ...extra });
  cleanups.push(() => meili.stop());
  return meili;
}

/** Alive and not a zombie waiting for init to reap it. */
function isRunning(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

async function version(meili: LocalMeili, key = meili.masterKey) {
  return await fetch(`${meili.host}/version`, { headers: { Authorization: `Bearer ${key}` } });
}

describe("startLocalMeili", () => {
  test("starts on a free port and answers authenticated requests with the master key only", async () => {
    const meili = await start(await tempDir());
    expect(meili.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await version(meili);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { pkgVersion: string }).pkgVersion).toMatch(/^1\./);
    expect((await version(meili, "wrong-key-wrong-key")).status).toBe(403);
  });

  test("generates a master key once, keeps it in the data directory with mode 0600, and reuses it", async () => {
    const dir = await tempDir();
    const first = await start(dir);
    expect(first.masterKey.length).toBeGreaterThanOrEqual(32);
    expect(readLocalMasterKey(dir)).toBe(first.masterKey);
    expect((await fs.stat(path.join(dir, "meili-master-key"))).mode & 0o777).toBe(0o600);
    await first.stop();

    const second = await start(dir);
    expect(second.masterKey).toBe(first.masterKey);
    expect((await version(second)).status).toBe(200);
  });

  test("uses a given master key instead of the stored one", async () => {
    const dir = await tempDir();
    const meili = await start(dir, { masterKey: "a-given-key-of-24-bytes!" });
    expect(meili.masterKey).toBe("a-given-key-of-24-bytes!");
    expect(readLocalMasterKey(dir)).toBeNull();
    expect((await version(meili)).status).toBe(200);
  });

  test("rejects a master key shorter than 16 bytes before spawning", async () => {
    await expect(start(await tempDir(), { masterKey: "short" })).rejects.toThrow(/at least 16 bytes/);
  });

  test("stop() resolves once the process has exited", async () => {
    const meili = await start(await tempDir());
    expect(isRunning(meili.pid)).toBe(true);
    await meili.stop();
    expect(isRunning(meili.pid)).toBe(false);
    await meili.stop(); // a second stop is harmless
  });

  test("names the port when it is already taken", async () => {
    const port = await findFreePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    cleanups.push(() => new Promise((r) => blocker.close(r)));
    await expect(start(await tempDir(), { port })).rejects.toThrow(new RegExp(`Port ${port} .*already in use`));
  });

  test("passes Meilisearch's own output into the error when it cannot start", async () => {
    const dir = await tempDir();
    // A file where the database directory should be.
    await fs.writeFile(path.join(dir, "meili"), "not a directory");
    await expect(start(dir)).rejects.toThrow(/exited during start-up[\s\S]*Last output:\n.+/);
  });

  test("the server dies with its parent process, even when the parent is killed with SIGKILL", async () => {
    const dir = await tempDir();
    const script = `
      import { startLocalMeili } from ${JSON.stringify(path.resolve("search/local-meili.ts"))};
      const m = await startLocalMeili({ dataDir: ${JSON.stringify(dir)}, port: 0, maxIndexingMemory: "256MiB" });
      console.log(m.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      parent.once("exit", (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    expect(isRunning(pid)).toBe(true);
    parent.kill("SIGKILL");
    expect(await waitUntil(() => !isRunning(pid), 15_000)).toBe(true);
  });
});

describe("locateMeiliBinary", () => {
  test("explains how to use an external Meilisearch where the bundled binary cannot run", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, "platform")!;
    Object.defineProperty(process, "platform", { value: "darwin" });
    try {
      const error = await locateMeiliBinary().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeiliUnavailableError);
      expect((error as Error).message).toMatch(/Install Meilisearch.*MEILI_HOST.*MEILI_MASTER_KEY/);
    } finally {
      Object.defineProperty(process, "platform", platform);
    }
  });

  test("returns an executable binary on Linux x64", async () => {
    const binary = await locateMeiliBinary();
    await expect(fs.access(binary, fs.constants.X_OK)).resolves.toBeUndefined();
  });
});
