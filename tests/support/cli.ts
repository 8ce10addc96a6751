// The operator CLI as operators run it: the bundled build/proc/cli.js in a child process (needs
// `npm run build`). Exit code and combined output, never a throw, so tests assert refusals too.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

export async function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ["build/proc/cli.js", ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}
