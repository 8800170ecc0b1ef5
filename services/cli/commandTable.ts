// Every command of the CLI with every flag it takes: the one place they are declared. The parser (args.ts) refuses
// anything not listed here, the usage (usage.ts) is written from it, and main.ts loads a command's code only when
// that command runs, so `claimwire --help` and a usage error answer at once.
//
// A new command is one entry here and one module exporting `run` (see CommandModule).
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { CommandIO, ExitCode } from './io.js';

export interface OptionSpec {
  type: 'boolean' | 'string';
  /** Name of the value in the usage, for string options: `--shuffle <seed>`. */
  value?: string;
  help: string;
}

export type Options = Readonly<Record<string, OptionSpec>>;

/** The parsed flags of a command: booleans for switches, strings for valued options, absent when not given. */
export type OptionValues<O extends Options> = {
  readonly [K in keyof O]?: O[K] extends { type: 'string' } ? string : O[K] extends { type: 'boolean' } ? boolean : string | boolean;
};

export interface CommandArgs<O extends Options> {
  values: OptionValues<O>;
  positionals: string[];
}

export interface CommandContext {
  config: Config;
  io: CommandIO;
  logger: Logger;
}

export interface CommandModule<O extends Options> {
  run(args: CommandArgs<O>, context: CommandContext): Promise<ExitCode>;
}

export interface CommandSpec<O extends Options = Options> {
  /** What follows the command's name in the usage: `<dir|files...>`. */
  synopsis: string;
  /** One or two lines on what it does. */
  help: string;
  options: O;
  /** How many positional arguments it takes (max omitted: any number). */
  positionals: { min: number; max?: number; missing?: string };
  /** Log level when LOG_LEVEL is not set: long-running processes say what they do, commands only what went wrong. */
  logLevel: 'info' | 'warn';
  load(): Promise<CommandModule<O>>;
}

const command = <const O extends Options>(spec: CommandSpec<O>): CommandSpec<O> => spec;

const json = { type: 'boolean', help: 'print JSON instead of text' } as const;

export const replayOptions = {
  embedded: { type: 'boolean', help: 'run the in-memory pipeline (no services) and print the final states' },
  serve: { type: 'boolean', help: 'with --embedded: then serve the dashboard and the API over it until Ctrl-C (the demo)' },
  json,
  shuffle: { type: 'string', value: 'seed', help: 'send in an order fixed by the numeric seed instead of by publication' },
} as const satisfies Options;

export const extractOptions = {
  json,
  explain: { type: 'boolean', help: 'show the ids of the rules that read each claim beside its sentence' },
} as const satisfies Options;

export const stateOptions = {
  json,
  claims: { type: 'boolean', help: 'every claim about the place, with its sentence (needs a place)' },
} as const satisfies Options;

export const watchOptions = {
  'from-beginning': { type: 'boolean', help: 'start from the first state on the topic, not the next change' },
  json,
} as const satisfies Options;

export const dlqOptions = {
  replay: { type: 'boolean', help: 'send each pending letter back to its topic, once' },
  purge: { type: 'boolean', help: 'mark the letters as dealt with: no longer listed or replayed (the records stay in the topic)' },
  all: { type: 'boolean', help: 'list purged letters too' },
  topic: { type: 'string', value: 'topic', help: 'only letters from this topic' },
  reason: { type: 'string', value: 'text', help: 'only letters whose reason contains this text (any case)' },
  since: { type: 'string', value: 'when', help: 'only letters that failed since then: 2026-11-28, 2026-11-28T10:00Z, or 30m, 6h, 2d ago' },
  json,
} as const satisfies Options;

export const noOptions = {} as const satisfies Options;

export const commands = {
  replay: command({
    synopsis: '<dir|files...>',
    help: 'send articles in publication order (or shuffled by the seed) to the ingest topic; with --embedded, through the in-memory pipeline, printing the final states (--serve: then the dashboard over them, no services)',
    options: replayOptions,
    positionals: { min: 1, missing: 'replay needs a directory (or files) of articles, e.g. claimwire replay seeds/' },
    logLevel: 'warn',
    load: () => import('./commands/replay.js'),
  }),
  serve: command({
    synopsis: '',
    help: 'the HTTP API and the dashboard over Redis, live from the reconciled topic (CLAIMWIRE_HTTP_HOST, CLAIMWIRE_HTTP_PORT, CLAIMWIRE_HTTP_TOKEN)',
    options: noOptions,
    positionals: { min: 0, max: 0 },
    logLevel: 'warn',
    load: () => import('./commands/serve.js'),
  }),
  ingest: command({
    synopsis: '<file|dir|->...',
    help: 'publish articles to the ingest topic (- reads one from standard input); a file that cannot be an article is named with its reason and the others still go',
    options: noOptions,
    positionals: { min: 1, missing: 'ingest needs files, directories, or - for standard input' },
    logLevel: 'warn',
    load: () => import('./commands/ingest.js'),
  }),
  extract: command({
    synopsis: '<files|dirs...>',
    help: 'print the claims of each article (no services needed)',
    options: extractOptions,
    positionals: { min: 1, missing: 'extract needs at least one file or directory' },
    logLevel: 'warn',
    load: () => import('./commands/extract.js'),
  }),
  state: command({
    synopsis: '[place]',
    help: 'print the reconciled state from Redis: every place, or one by name or by key (geonames:<id>, provisional:<name>@<region>)',
    options: stateOptions,
    positionals: { min: 0 },
    logLevel: 'warn',
    load: () => import('./commands/state.js'),
  }),
  watch: command({
    synopsis: '',
    help: 'follow the reconciled topic, one line per change, until Ctrl-C',
    options: watchOptions,
    positionals: { min: 0, max: 0 },
    logLevel: 'warn',
    load: () => import('./commands/watch.js'),
  }),
  rebuild: command({
    synopsis: '',
    help: 'recompute the Redis state from the claims topic',
    options: noOptions,
    positionals: { min: 0, max: 0 },
    logLevel: 'warn',
    load: () => import('./commands/rebuild.js'),
  }),
  dlq: command({
    synopsis: '',
    help: 'list the dead letters (each failed record once, with its latest reason); --replay sends the pending ones back, --purge drops them from the list',
    options: dlqOptions,
    positionals: { min: 0, max: 0 },
    logLevel: 'warn',
    load: () => import('./commands/dlq.js'),
  }),
  worker: command({
    synopsis: '<producer|extractor|reconciler>',
    help: 'run one worker (stop with SIGTERM or Ctrl-C)',
    options: noOptions,
    positionals: { min: 1, max: 1, missing: 'worker needs a role: producer, extractor or reconciler' },
    logLevel: 'info',
    load: () => import('./commands/worker.js'),
  }),
} satisfies Record<string, CommandSpec<Options>>;

export type CommandName = keyof typeof commands;

export const commandNames = Object.keys(commands) as CommandName[];

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name);
