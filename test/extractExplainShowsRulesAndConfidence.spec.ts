import { runCli } from './support/testEnv.js';

/** `claimwire extract --explain`: each claim's rules and the confidence model's belief, and what the model dropped. */
describe('extract --explain', () => {
  it('names the rules behind each claim with its confidence, keeping the same claims as without it', async () => {
    const explained = await runCli(['extract', 'seeds', 'eval/corpus/dev/b2023_lg106.txt', '--explain'], {});
    expect(explained.code).toBe(0);
    const lines = explained.stdout.split('\n');
    const ruleLines = lines.filter((l) => l.startsWith('      rules: '));
    expect(ruleLines.length).toBeGreaterThan(10);
    for (const line of ruleLines) expect(line).toMatch(/^ {6}rules: [a-z]+\.[a-z-]+.*; confidence (0\.\d{3}|1\.000)$/);
    const claimRows = lines.filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  dropped by'));
    expect(claimRows).toHaveLength(ruleLines.length);

    const counted = (out: string): number =>
      out
        .split('\n')
        .map((l) => /: (\d+) claims?$/.exec(l))
        .reduce((n, m) => n + (m ? Number(m[1]) : 0), 0);
    const plain = await runCli(['extract', 'seeds', 'eval/corpus/dev/b2023_lg106.txt'], {});
    expect(plain.code).toBe(0);
    // The same claims are kept either way: --explain adds, after each file's claims, the readings the model dropped.
    expect(counted(explained.stdout)).toBe(counted(plain.stdout));
    const headers = lines.filter((l) => l.startsWith('  dropped by the confidence model'));
    for (const h of headers) expect(h).toMatch(/^ {2}dropped by the confidence model \(below 0\.\d\d\):$/);
    const droppedRows = ruleLines.length - counted(plain.stdout);
    expect(droppedRows > 0).toBe(headers.length > 0);
  }, 60_000);
});
