/**
 * Temporary files that must not outlive the command, even when it is interrupted: each one is
 * removed when its work ends, and on SIGINT, SIGTERM or SIGHUP before the process ends as the
 * signal would have ended it (exit 128 + signal number, like a shell). The handlers are installed
 * only while a temporary file exists, so a library caller's own signal handling is untouched after.
 */
import { rmSync, writeFileSync } from 'node:fs';

const live = new Set<string>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const exitCodes: Record<(typeof signals)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function removeAll(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

const onSignal = (signal: (typeof signals)[number]): void => {
  removeAll();
  uninstall();
  process.exit(exitCodes[signal]);
};

function install(): void {
  for (const signal of signals) process.on(signal, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const signal of signals) process.off(signal, onSignal);
  process.off('exit', removeAll);
}

/** Writes `path`, runs `work`, and removes `path` afterwards, on a signal, or at exit, whichever comes first. */
export async function withTemporaryFile<T>(path: string, contents: string, work: () => Promise<T>): Promise<T> {
  if (live.size === 0) install();
  live.add(path);
  try {
    writeFileSync(path, contents);
    return await work();
  } finally {
    rmSync(path, { force: true });
    live.delete(path);
    if (live.size === 0) uninstall();
  }
}
