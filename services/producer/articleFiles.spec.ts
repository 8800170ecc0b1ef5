import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdFor } from '../shared/ids.js';
import { byPublication, expandPaths, readArticleFiles } from './articleFiles.js';

const text = (headline: string): string =>
  `${headline}. Officials said on Monday that the town was under heavy shelling and that the defenders held.`;

describe('readArticleFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimwire-files-'));
    await writeFile(join(dir, 'a.txt'), text('First'));
    await writeFile(join(dir, 'b.txt'), ` date 2024-03-01 ${text('Second')}`);
    await writeFile(join(dir, 'c.txt'), '');
    await writeFile(join(dir, 'd.txt'), ` date 2024-02-31 ${text('Fourth')}`);
    await writeFile(join(dir, 'e.txt'), text('Fifth'));
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({
        articles: [
          { file: 'a.txt', publishedAt: '2024-02-10', outlet: 'Wire' },
          { file: 'e.txt', publishedAt: 'sometime in March' },
        ],
      }),
    );
  });

  it('takes metadata from the manifest, else from the text, and names rejected files', async () => {
    const files = await expandPaths([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
    const { articles, rejected } = await readArticleFiles(files, 1 << 20, () => new Date('2024-04-01T00:00:00Z'));
    expect(articles.map((a) => [a.source, a.publishedAt, a.outlet])).toEqual([
      ['a.txt', '2024-02-10', 'Wire'],
      ['b.txt', '2024-03-01', null],
    ]);
    expect(articles[0]!.receivedAt).toBe('2024-04-01T00:00:00.000Z');
    expect(rejected).toEqual([
      { file: join(dir, 'c.txt'), reason: 'the file is empty' },
      { file: join(dir, 'd.txt'), reason: 'the date line "date 2024-02-31" is not a real YYYY-MM-DD day' },
      {
        file: join(dir, 'e.txt'),
        reason: 'manifest.json gives publishedAt "sometime in March", which is not a YYYY-MM-DD date or an ISO timestamp',
      },
    ]);
  });

  it('gives the same text the same id, whatever its whitespace', () => {
    expect(articleIdFor('Town  falls.\n')).toBe(articleIdFor('town falls.'));
  });

  it('orders by publication date, undated last', async () => {
    const { articles } = await readArticleFiles(await expandPaths([dir]), 1 << 20);
    const undated = { ...articles[0]!, publishedAt: null, source: 'z.txt' };
    expect([undated, articles[1]!, articles[0]!].sort(byPublication).map((a) => a.source)).toEqual(['a.txt', 'b.txt', 'z.txt']);
  });

  it('fails clearly on a path that does not exist', async () => {
    await expect(expandPaths([join(dir, 'missing')])).rejects.toThrow(/no such file or directory/);
  });
});
