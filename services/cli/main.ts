// The CLI's entry: parse strictly, then load only the command that runs (its services' clients and the extractor's
// data are not loaded for `--help` or a usage error).
import { parseCommandLine, UsageError, type CommandLine } from './args.js';
import { commands } from './commandTable.js';
import { exitAfterClosedOutput, processIO, type CommandIO, type ExitCode } from './io.js';
import { commandUsage, usage } from './usage.js';

export const main = async (argv: readonly string[], io: CommandIO = processIO()): Promise<ExitCode> => {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error, io);
    throw error;
  }
  if (line.kind === 'help') {
    io.out(line.command ? commandUsage(line.command) : usage());
    return 0;
  }
  try {
    const [{ loadConfig }, { createLogger }] = await Promise.all([import('../shared/config.js'), import('../shared/logger.js')]);
    const config = loadConfig();
    const spec = commands[line.command];
    const logger = createLogger(`claimwire-${line.command}`, process.env.LOG_LEVEL ? config.logLevel : spec.logLevel);
    const command = await spec.load();
    const code = await command.run({ values: line.values, positionals: line.positionals }, { config, io, logger });
    return io.outputClosed.aborted ? exitAfterClosedOutput(io) : code;
  } catch (error) {
    if (io.outputClosed.aborted) return exitAfterClosedOutput(io);
    if (error instanceof UsageError) return usageError(error, io);
    io.err(`claimwire: ${describeFailure(error)}`);
    return isMisconfiguration(error) ? 2 : 1;
  }
};

const usageError = (error: UsageError, io: CommandIO): ExitCode => {
  io.err(`claimwire: ${error.message}\n\n${error.command ? commandUsage(error.command) : usage()}`);
  return 2;
};

const isMisconfiguration = (error: unknown): boolean => error instanceof Error && error.name === 'ConfigError';

/** Errors of the program itself (a bug) keep their stack, for the report; everything else is one line. */
const PROGRAM_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'AssertionError']);

const describeFailure = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  if (PROGRAM_ERRORS.has(error.name) && error.stack) return `unexpected error (a bug: please report it with this trace)\n${error.stack}`;
  return error.message.split('\n')[0]!;
};
