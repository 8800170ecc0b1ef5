import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/testEnv.js';

/** Zero-width spaces, soft hyphens and bidi controls inside a name do not split it; evidence offsets stay right. */
describe('names with invisible characters', () => {
  it('reads "Myko\\u200blaivka" as Mykolaivka, with the evidence where it is in the text as sent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-invisible-'));
    const body =
      ' date 2025-03-01 Russian forces captured the village of Myko\u200blaivka in Donetsk Oblast, the Russian Defence Ministry said on Saturday.\n\n' +
      '\u200bUkraine\u2019s General Staff denied that Kup\u00adiansk had fallen, saying on Saturday that its troops held the town.';
    await writeFile(join(dir, 'a.txt'), body);
    const result = await runCli(['extract', join(dir, 'a.txt'), '--json'], {});
    expect(result.code).toBe(0);
    const claims = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { place: { name: string }; evidence: { text: string; start: number; end: number } });
    expect([...new Set(claims.map((c) => c.place.name))].sort()).toEqual(['Kupiansk', 'Mykolaivka']);
    for (const c of claims) expect(body.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);

    const human = await runCli(['extract', join(dir, 'a.txt')], {});
    expect(human.stdout).toContain('Myko\\u200blaivka');
    expect(human.stdout).not.toMatch(/[\u200b\u00ad]/);
  }, 60_000);
});
