import { parseArgs, UsageError } from './args.js';

describe('parseArgs', () => {
  const withValue = new Set(['shuffle']);

  it('splits the command, positionals, switches and valued options', () => {
    const parsed = parseArgs(['replay', 'seeds/', '--embedded', '--shuffle', '7', '--json'], withValue);
    expect(parsed.command).toBe('replay');
    expect(parsed.positional).toEqual(['seeds/']);
    expect(parsed.flags.get('embedded')).toBe(true);
    expect(parsed.flags.get('shuffle')).toBe('7');
    expect(parsed.flags.get('json')).toBe(true);
  });

  it('accepts --name=value', () => {
    expect(parseArgs(['replay', '--shuffle=3'], withValue).flags.get('shuffle')).toBe('3');
  });

  it('refuses a valued option without its value', () => {
    expect(() => parseArgs(['replay', '--shuffle'], withValue)).toThrow(UsageError);
  });
});
