// One clean-shutdown path for every long-running entry point: SIGINT/SIGTERM run the
// cleanup once, with a hard deadline so a stuck handle cannot keep the process alive.
const SHUTDOWN_DEADLINE_MS = 10_000;

export function onShutdown(cleanup: () => Promise<void>) {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: shutting down\n`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    cleanup().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}
