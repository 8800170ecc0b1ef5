/** Where a command writes: stdout for results, stderr for problems. Tests pass their own. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CommandIO = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes: 0 all good, 1 some inputs rejected or a service failed, 2 bad usage. */
export type ExitCode = 0 | 1 | 2;
