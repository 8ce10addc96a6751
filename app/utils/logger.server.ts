// Minimal levelled logger writing one line per event; the start script prefixes each
// process's lines ([web], [jobs], [meili]) so no process needs to know its neighbours.
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

export function createLogger(scope = "", level: Level = (process.env.LOG_LEVEL as Level) || "info"): Logger {
  const min = ORDER[level] ?? ORDER.info;
  const write = (lvl: Level, msg: string, extra?: Record<string, unknown>) => {
    if (ORDER[lvl] < min) return;
    const tail = extra && Object.keys(extra).length ? ` ${JSON.stringify(extra)}` : "";
    const line = `${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${scope ? `${scope}: ` : ""}${msg}${tail}`;
    // Errors go through console.error so the test suite's guard (tests/setup) sees them: an
    // application error during a test fails it unless the test says it expects one.
    if (lvl === "error") console.error(line);
    else (lvl === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (m, e) => write("debug", m, e),
    info: (m, e) => write("info", m, e),
    warn: (m, e) => write("warn", m, e),
    error: (m, e) => write("error", m, e),
    child: (s) => createLogger(scope ? `${scope}.${s}` : s, level),
  };
}
