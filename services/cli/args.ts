import { parseArgs } from 'node:util';
import { commandNames, commands, isCommandName, type CommandName, type OptionValues, type Options } from './commandTable.js';

/** A mistake in how claimwire was called: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose usage to show; null for the general usage. */
    readonly command: CommandName | null = null,
  ) {
    super(message);
  }
}

export type CommandLine =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'run'; command: CommandName; values: OptionValues<Options>; positionals: string[] };

/**
 * Reads `claimwire <command> [flags] [arguments]` strictly (node:util parseArgs): an option the command does not
 * declare, a switch given a value, a valued option without one, or too many or too few arguments is a UsageError.
 */
export const parseCommandLine = (argv: readonly string[]): CommandLine => {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help', command: null };
    if (!isCommandName(topic)) throw new UsageError(unknownCommand(topic));
    return { kind: 'help', command: topic };
  }
  if (first.startsWith('-')) throw new UsageError(`${first} is not a command: the command comes first (claimwire <command> [options])`);
  if (!isCommandName(first)) throw new UsageError(unknownCommand(first));
  const spec = commands[first];
  const options: Options = spec.options;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${first}: ${describeParseError(error, options)}`, first);
  }
  const { help, ...values } = parsed.values;
  if (help) return { kind: 'help', command: first };
  const { min, max, missing } = spec.positionals;
  const count = parsed.positionals.length;
  if (count < min) throw new UsageError(missing ?? `${first} needs ${min} argument${min === 1 ? '' : 's'}`, first);
  if (max !== undefined && count > max)
    throw new UsageError(
      `${first}: unexpected argument${count - max === 1 ? '' : 's'} ${parsed.positionals
        .slice(max)
        .map((a) => `"${a}"`)
        .join(' ')}`,
      first,
    );
  return { kind: 'run', command: first, values: values as OptionValues<Options>, positionals: parsed.positionals };
};

const unknownCommand = (name: string): string => {
  const near = closest(name, commandNames);
  return `unknown command "${name}"${near ? ` (did you mean ${near}?)` : ''}`;
};

/** parseArgs says what is wrong at length; one short sentence in claimwire's words instead. */
const describeParseError = (error: unknown, options: Options): string => {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '').split('=')[0]!;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = closest(name, Object.keys(options));
      const known = Object.keys(options).map((o) => `--${o}`);
      return `unknown option ${option}${near ? ` (did you mean --${near}?)` : known.length ? `; it takes ${known.join(', ')}` : '; it takes no options'}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return options[name]?.type === 'string'
        ? `--${name} needs a value: --${name} <${options[name]!.value ?? 'value'}>`
        : `--${name} is a switch and takes no value`;
    default:
      return message.split('. ')[0]!;
  }
};

/** The candidate nearest to a mistyped name, when it is near enough to be what was meant. */
export const closest = (typed: string, candidates: readonly string[]): string | null => {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(typed.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
};

/** Edit distance (insertions, deletions, substitutions and swaps of neighbours). */
const distance = (a: string, b: string): number => {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  return rows[a.length]![b.length]!;
};
