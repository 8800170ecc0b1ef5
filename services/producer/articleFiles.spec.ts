import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdFor } from '../shared/ids.js';
import { articleFromBytes, byPublication, expandPaths, findArticleFiles, readArticleFiles } from './articleFiles.js';

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

  it('finds the files of the paths that exist and names those that do not', async () => {
    const { files, rejected } = await findArticleFiles([join(dir, 'a.txt'), join(dir, 'missing.txt'), dir]);
    expect(files[0]).toBe(join(dir, 'a.txt'));
    expect(files).toHaveLength(6);
    expect(rejected).toEqual([{ file: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
  });
});

describe('manifests', () => {
  it('reads a manifest added after the folder was first read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-manifest-'));
    await writeFile(join(dir, 'a.txt'), text('First'));
    const before = await readArticleFiles([join(dir, 'a.txt')], 1 << 20);
    expect(before.articles.map((a) => [a.outlet, a.publishedAt])).toEqual([[null, null]]);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify([{ file: 'a.txt', outlet: 'Wire', publishedAt: '2024-02-10' }]));
    const after = await readArticleFiles([join(dir, 'a.txt')], 1 << 20);
    expect(after.articles.map((a) => [a.outlet, a.publishedAt])).toEqual([['Wire', '2024-02-10']]);
  });

  it('rejects a folder whose manifest is not JSON once, naming the manifest, and sends none of its files', async () => {
    const good = await mkdtemp(join(tmpdir(), 'claimwire-manifest-'));
    const broken = join(good, 'broken');
    await mkdir(broken);
    await writeFile(join(good, 'a.txt'), text('First'));
    await writeFile(join(broken, 'b.txt'), text('Second'));
    await writeFile(join(broken, 'c.txt'), text('Third'));
    await writeFile(join(broken, 'manifest.json'), '{"articles": [ {"file": "b.txt",, } ]');
    const { articles, rejected } = await readArticleFiles(await expandPaths([good, broken]), 1 << 20);
    expect(articles.map((a) => a.source)).toEqual(['a.txt']);
    expect(rejected).toEqual([
      {
        file: join(broken, 'manifest.json'),
        reason: expect.stringMatching(/^not valid JSON \(.+\); the 2 article files beside it are not sent$/),
      },
    ]);
  });

  it.each([
    ['{"articles": {"file": "a.txt"}}', 'neither a list of entries nor an object with an "articles" list'],
    ['[{"outlet": "Wire"}]', 'entry 1 has no "file" name'],
    ['[{"file": "a.txt", "publishedAt": 20240210}]', 'entry 1 (a.txt): "publishedAt" must be a string or null, not 20240210'],
  ])('rejects a manifest of the wrong shape: %s', async (manifest, reason) => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-manifest-'));
    await writeFile(join(dir, 'a.txt'), text('First'));
    await writeFile(join(dir, 'manifest.json'), manifest);
    const { rejected } = await readArticleFiles([join(dir, 'a.txt')], 1 << 20);
    expect(rejected).toEqual([{ file: join(dir, 'manifest.json'), reason: `${reason}; the 1 article file beside it is not sent` }]);
  });
});

describe('articleFromBytes', () => {
  it('holds standard input to the rules a file is held to: a date line that is not a day rejects it', () => {
    const read = articleFromBytes(Buffer.from(` date 2026-02-31 ${text('Garbled')}`), null, undefined, '2026-03-01T00:00:00Z', 1 << 20);
    expect(read).toEqual({ problem: 'the date line "date 2026-02-31" is not a real YYYY-MM-DD day' });
  });
});
