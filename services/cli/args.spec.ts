import { closest, parseCommandLine, UsageError } from './args.js';

const usageError = (argv: string[]): UsageError => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('parseCommandLine', () => {
  it('reads a command, its switches, its valued options and its arguments', () => {
    expect(parseCommandLine(['replay', 'seeds/', '--embedded', '--shuffle', '7', '--json'])).toEqual({
      kind: 'run',
      command: 'replay',
      values: { embedded: true, shuffle: '7', json: true },
      positionals: ['seeds/'],
    });
    expect(parseCommandLine(['replay', '--shuffle=3', 'a.txt'])).toMatchObject({ values: { shuffle: '3' }, positionals: ['a.txt'] });
    expect(parseCommandLine(['ingest', '-'])).toMatchObject({ command: 'ingest', positionals: ['-'] });
  });

  it('refuses a misspelt option, naming the one meant, with the command whose usage to show', () => {
    const error = usageError(['replay', 'seeds/', '--embeded']);
    expect(error.message).toBe('replay: unknown option --embeded (did you mean --embedded?)');
    expect(error.command).toBe('replay');
    expect(usageError(['dlq', '--bogus']).message).toMatch(/^dlq: unknown option --bogus; it takes --replay, --purge/);
    expect(usageError(['rebuild', '--force']).message).toBe('rebuild: unknown option --force; it takes no options');
    expect(usageError(['extract', 'a.txt', '-j']).message).toMatch(/^extract: unknown option -j/);
  });

  it('refuses a value given to a switch and a valued option without its value', () => {
    expect(usageError(['extract', 'a.txt', '--json=yes']).message).toBe('extract: --json is a switch and takes no value');
    expect(usageError(['replay', 'seeds/', '--shuffle']).message).toBe('replay: --shuffle needs a value: --shuffle <seed>');
  });

  it('counts the arguments each command takes', () => {
    expect(usageError(['replay']).message).toMatch(/replay needs a directory/);
    expect(usageError(['watch', 'now']).message).toBe('watch: unexpected argument "now"');
    expect(usageError(['worker', 'extractor', 'reconciler']).message).toBe('worker: unexpected argument "reconciler"');
  });

  it('refuses an unknown command, suggesting the nearest', () => {
    expect(usageError(['stat']).message).toBe('unknown command "stat" (did you mean state?)');
    expect(usageError(['--json']).message).toMatch(/^--json is not a command/);
    expect(usageError([]).message).toBe('no command given');
  });

  it('answers help for everything or for one command', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseCommandLine(['help', 'dlq'])).toEqual({ kind: 'help', command: 'dlq' });
    expect(parseCommandLine(['dlq', '--replay', '-h'])).toEqual({ kind: 'help', command: 'dlq' });
  });
});

describe('closest', () => {
  it('suggests only names near enough', () => {
    expect(closest('from-begining', ['from-beginning', 'json'])).toBe('from-beginning');
    expect(closest('xyz', ['replay', 'json'])).toBeNull();
  });
});
