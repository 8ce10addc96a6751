// Starts the real built app (build/proc/serve.js: Express + Remix + scheduler) on a free
// loopback port against the test file's database, for browser and HTTP tests.
import { spawn } from "node:child_process";
import path from "node:path";
import { findFreePort } from "../../search/local-meili.ts";

export interface AppServer {
  url: string;
  /** The server's process (the cluster primary when WEB_CONCURRENCY > 1). */
  pid: number;
  stop(): Promise<void>;
}

export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const port = await findFreePort();
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["build/proc/serve.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      SCHEDULER_ENABLED: "false",
      // One web process unless a test asks for more (web-cluster.test.ts).
      WEB_CONCURRENCY: "1",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/resources/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`app server did not start within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
