/**
 * A one-line progress count on stderr for long commands (many tenants): on a terminal only, never
 * in CI (the `CI` variable), with `-q`, with `--format json`/`github`, or when stderr is a pipe or
 * a file, so logs and machine output stay as they are. Shown only when there is enough to count.
 */
export interface ProgressContext {
  isTTY: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  quiet: boolean | undefined;
  format: string;
  /** How many items the command will go through. */
  total: number;
}

/** Fewer items than this finish before a count would be read. */
export const PROGRESS_MIN_ITEMS = 20;

export function showsProgress(context: ProgressContext): boolean {
  const ci = context.env['CI'] !== undefined && context.env['CI'] !== '' && context.env['CI'] !== 'false' && context.env['CI'] !== '0';
  return context.isTTY === true && !ci && !context.quiet && context.format === 'text' && context.total >= PROGRESS_MIN_ITEMS && context.env['TERM'] !== 'dumb';
}

/**
 * A progress reporter for `what` ("tenants"), drawing only where `showsProgress` allows. The line
 * is redrawn in place (carriage return, erase line) at each new percent and erased when done.
 */
export function progressLine(
  what: string,
  options: { quiet?: boolean | undefined; format: string },
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    if (!showsProgress({ isTTY: stream.isTTY, env: process.env, quiet: options.quiet, format: options.format, total })) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === shown && done < total) return;
    shown = percent;
    stream.write(done < total ? `\r\u001b[2Kbuilding ${what}: ${done}/${total} (${percent}%)` : '\r\u001b[2K');
  };
}
