export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value` takes a value only for the options named in `withValue`; everything else is a switch. */
export const parseArgs = (argv: string[], withValue: ReadonlySet<string>): ParsedArgs => {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (withValue.has(name)) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { command: positional.shift() ?? null, positional, flags };
};

export class UsageError extends Error {
  override name = 'UsageError';
}
