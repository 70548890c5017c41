/** Authored messages for operational failures of the CLI, in one place (after ESLint's messages/). */
export const messages = {
  internalError: (detail: string) =>
    `flowgen: internal error (FG901): ${detail}\nThis is a bug in flowgen; please report it with the command you ran. Run with --debug for the stack.`,
  writeFailed: (detail: string, written: readonly string[] = []) =>
    `flowgen: could not write the output files: ${detail}\n` +
    (written.length ? `Already written before the failure: ${written.join(', ')}.` : 'Nothing was written.'),
};
