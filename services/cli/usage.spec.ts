import { commandNames, commands } from './commandTable.js';
import { commandUsage, usage } from './usage.js';

describe('usage', () => {
  it('shows every command and every option of the command table', () => {
    const text = usage();
    for (const name of commandNames) {
      expect(text).toContain(`claimwire ${name}`);
      for (const option of Object.keys(commands[name].options)) expect(commandUsage(name)).toContain(`--${option}`);
    }
  });
});
