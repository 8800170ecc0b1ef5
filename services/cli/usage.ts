import { commandNames, commands, type CommandName, type CommandSpec } from './commandTable.js';

const INDENT = '      ';
const WIDTH = 100;

const wrap = (text: string, indent: string): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
};

const flagsOf = (spec: CommandSpec): string =>
  Object.entries(spec.options)
    .map(([name, o]) => (o.type === 'string' ? `[--${name} <${o.value ?? 'value'}>]` : `[--${name}]`))
    .join(' ');

const synopsisOf = (name: CommandName): string => {
  const spec: CommandSpec = commands[name];
  return ['claimwire', name, spec.synopsis, flagsOf(spec)].filter(Boolean).join(' ');
};

/** The general usage: every command with its flags, written from the command table. */
export const usage = (): string =>
  [
    'claimwire — reconciled claims of territorial control from conflict wire copy',
    '',
    'Usage:',
    ...commandNames.map((name) => `  ${synopsisOf(name)}\n${wrap(commands[name].help, INDENT)}`),
    '  claimwire help <command>             one command with its options',
    '',
    'Configuration comes from the environment: KAFKA_BROKERS, SCHEMA_REGISTRY_URL, REDIS_URL,',
    'CLAIMWIRE_TOPIC_* and more (see README.md). Exit codes: 0 done, 1 some input rejected or a service',
    'failed, 2 bad usage or configuration.',
  ].join('\n');

/** One command's usage, with each of its options. */
export const commandUsage = (name: CommandName): string => {
  const spec: CommandSpec = commands[name];
  const options = Object.entries(spec.options).map(([option, o]) => {
    const flag = o.type === 'string' ? `--${option} <${o.value ?? 'value'}>` : `--${option}`;
    return `  ${flag.padEnd(22)} ${o.help}`;
  });
  return [`Usage: ${synopsisOf(name)}`, '', wrap(spec.help, '  '), ...(options.length ? ['', 'Options:', ...options] : [])].join('\n');
};
