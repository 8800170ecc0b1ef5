import { existsSync } from 'node:fs';
import { mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { LocalAvroCodec } from '../shared/codec/localAvroCodec.js';
import { loadConfig } from '../shared/config.js';
import type { Article } from '../shared/model.js';
import { InMemoryTransport } from '../shared/transport/inMemoryTransport.js';
import { runInboxProducer } from './inboxWorker.js';

const text = (headline: string): string =>
  `${headline}. Officials said on Monday that the town was under heavy shelling and that the defenders held.`;

const until = async (done: () => boolean | Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 5_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the inbox producer', () => {
  const config = loadConfig({ CLAIMWIRE_TOPIC_PREFIX: 'inbox-test.' });
  const codec = new LocalAvroCodec();
  const lines: { msg: string; level: number }[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { msg: string; level: number });
        done();
      },
    }),
  );
  const published = async (transport: InMemoryTransport): Promise<Article[]> =>
    Promise.all(transport.records(config.topics.articles).map(async (r) => (await codec.decode('Article', r.value!)) as Article));

  it('reads manifest.json afresh each round, waits on a broken one, and says which entries it skips', async () => {
    const inbox = await mkdtemp(join(tmpdir(), 'claimwire-inbox-'));
    const transport = new InMemoryTransport();
    await transport.ensureTopics([{ topic: config.topics.articles, partitions: 1 }]);
    const stop = await runInboxProducer(transport, codec, config, logger, { inbox, pollMs: 20 });
    try {
      await writeFile(join(inbox, 'a.txt'), text('First'));
      await until(() => existsSync(join(inbox, 'sent', 'a.txt')), 'a.txt sent');

      // A manifest that arrives after the producer started is read: its outlet and date go with the file.
      await writeFile(join(inbox, 'manifest.json'), JSON.stringify([{ file: 'b.txt', outlet: 'Wire', publishedAt: '2024-02-10' }]));
      await writeFile(join(inbox, 'b.txt'), text('Second'));
      await until(() => existsSync(join(inbox, 'sent', 'b.txt')), 'b.txt sent');
      expect((await published(transport)).map((a) => [a.source, a.outlet, a.publishedAt])).toEqual([
        ['a.txt', null, null],
        ['b.txt', 'Wire', '2024-02-10'],
      ]);

      // A broken manifest: the files wait (nothing is sent without its metadata), and the worker says why, once.
      await writeFile(join(inbox, 'manifest.json'), '[{"file": "c.txt", "outlet": "Wire",]');
      await writeFile(join(inbox, 'c.txt'), text('Third'));
      await until(() => lines.some((l) => /manifest\.json: not valid JSON/.test(l.msg)), 'the broken manifest logged');
      await new Promise((r) => setTimeout(r, 100));
      expect(await readdir(inbox)).toContain('c.txt');
      expect(lines.filter((l) => /manifest\.json: not valid JSON/.test(l.msg))).toHaveLength(1);
      expect(lines.find((l) => /not valid JSON/.test(l.msg))!.msg).toMatch(/the 1 file\(s\) in the inbox wait until it is fixed$/);
      await writeFile(join(inbox, 'manifest.json'), JSON.stringify([{ file: 'c.txt', outlet: 'Wire C' }]));
      await until(() => existsSync(join(inbox, 'sent', 'c.txt')), 'c.txt sent once the manifest is fixed');
      expect((await published(transport)).map((a) => a.outlet)).toEqual([null, 'Wire', 'Wire C']);

      // Entries it leaves alone are named once each, not every round.
      await writeFile(join(inbox, '.draft.txt'), text('Draft'));
      await symlink(join(inbox, 'sent', 'a.txt'), join(inbox, 'link.txt'));
      await until(() => lines.filter((l) => /^inbox: skipping/.test(l.msg)).length >= 2, 'the skipped entries logged');
      await new Promise((r) => setTimeout(r, 100));
      expect(
        lines
          .filter((l) => /^inbox: skipping/.test(l.msg))
          .map((l) => l.msg)
          .sort(),
      ).toEqual([
        'inbox: skipping .draft.txt: a dot-file (hidden, or still being written)',
        'inbox: skipping link.txt: a symbolic link (the inbox publishes regular files only)',
      ]);
      expect(await readdir(inbox)).toEqual(expect.arrayContaining(['.draft.txt', 'link.txt']));
      expect(await published(transport)).toHaveLength(3);
    } finally {
      await stop();
    }
  });
});
