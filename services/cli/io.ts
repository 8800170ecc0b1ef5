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

/** Why `outputClosed` aborts when the reader has gone (EPIPE); any other reason is a failure to write. */
export const READER_GONE = 'the reader of the output has gone';

/** Exit code once the output was closed: 0 when the reader went (as `| head` does), 1 when writing failed. */
export const exitAfterClosedOutput = (io: CommandIO): ExitCode => (io.outputClosed.reason === READER_GONE ? 0 : 1);

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * The process's own streams. A closed pipe (EPIPE) on stdout ends the output quietly instead of throwing
 * `write EPIPE` from a socket callback; a closed stderr is ignored (nobody is left to tell).
 */
export const processIO = (stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): CommandIO => {
  const closed = new AbortController();
  let errClosed = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (closed.signal.aborted) return;
    if (error.code === 'EPIPE') {
      closed.abort(READER_GONE);
      // The reader may go after the command has finished: that is no failure either.
      if (stdout === process.stdout) process.exitCode = 0;
      return;
    }
    stderr.write(`claimwire: cannot write the output: ${error.message}\n`);
    closed.abort(error);
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
