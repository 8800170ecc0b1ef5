import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { Transport } from '../shared/transport/transport.js';
import type { StageMetrics } from '../shared/worker/stageMetrics.js';
import { readArticleFiles } from './articleFiles.js';
import { publishArticles } from './publishArticles.js';

const POLL_MS = 1_000;

/**
 * The long-running producer: publishes every article file dropped into the inbox folder
 * (CLAIMWIRE_INBOX, default ./inbox), then moves it to inbox/sent/, or to inbox/rejected/ with
 * a `.reason` file beside it. Returns a function that stops it after the round in flight.
 */
export const runInboxProducer = async (
  transport: Transport,
  codec: RecordCodec,
  config: Config,
  logger: Logger,
  metrics?: Pick<StageMetrics, 'recordsOut'>,
): Promise<() => Promise<void>> => {
  const inbox = process.env.CLAIMWIRE_INBOX ?? 'inbox';
  const sent = join(inbox, 'sent');
  const rejectedDir = join(inbox, 'rejected');
  await mkdir(sent, { recursive: true });
  await mkdir(rejectedDir, { recursive: true });
  let running = true;
  const round = async (): Promise<void> => {
    const names = (await readdir(inbox, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== 'manifest.json')
      .map((e) => e.name)
      .sort();
    if (names.length === 0) return;
    const { articles, rejected } = await readArticleFiles(
      names.map((n) => join(inbox, n)),
      config.maxArticleBytes,
    );
    await publishArticles(transport, codec, config.topics.articles, articles);
    metrics?.recordsOut(config.topics.articles, articles.length);
    for (const a of articles) await rename(join(inbox, a.source!), join(sent, a.source!));
    for (const r of rejected) {
      const name = r.file.slice(inbox.length + 1);
      await rename(r.file, join(rejectedDir, name));
      await writeFile(join(rejectedDir, `${name}.reason`), `${r.reason}\n`);
      logger.warn({ file: r.file, reason: r.reason }, 'article rejected');
    }
    logger.info({ published: articles.length, rejected: rejected.length }, 'inbox round');
  };
  const loop = (async () => {
    while (running) {
      await round().catch((error: Error) => logger.error({ reason: error.message }, 'inbox round failed; retrying'));
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  metrics?.recordsOut(config.topics.articles, 0);
  logger.info({ inbox }, 'watching inbox');
  return async () => {
    running = false;
    await loop;
  };
};
