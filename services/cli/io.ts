/** Where a command writes: stdout for results, stderr for problems and progress. Tests pass their own. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * Aborted when whoever reads the results has gone (`claimwire extract … | head -1`): a command stops writing,
   * winds down, and ends with exit code 0, as command-line tools do when their reader is satisfied.
   */
  readonly outputClosed: AbortSignal;
  /** Where progress is drawn (stderr), and whether it is a terminal that can redraw a bar. */
  readonly progress: ProgressStream;
}

export type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * The process's own streams. A closed pipe (EPIPE) on stdout ends the output quietly instead of throwing
 * `write EPIPE` from a socket callback; a closed stderr is ignored (nobody is left to tell).
 */
export const processIO = (stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): CommandIO => {
  const closed = new AbortController();
  let errClosed = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && !closed.signal.aborted) process.stderr.write(`claimwire: cannot write the output: ${error.message}\n`);
    closed.abort();
  });
  stderr.on('error', () => {
    errClosed = true;
  });
  return {
    out: (text) => {
      if (!closed.signal.aborted) stdout.write(line(text));
    },
    err: (text) => {
      if (!errClosed) stderr.write(line(text));
    },
    outputClosed: closed.signal,
    progress: stderr,
  };
};

/** Exit codes: 0 all good, 1 some inputs rejected or a service failed, 2 bad usage or configuration. */
export type ExitCode = 0 | 1 | 2;
