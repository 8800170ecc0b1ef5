import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { Transport } from '../shared/transport/transport.js';
import type { StageMetrics } from '../shared/worker/stageMetrics.js';
import { readArticleFiles } from './articleFiles.js';
import { MANIFEST, readManifest } from './manifest.js';
import { publishArticles } from './publishArticles.js';

export interface InboxOptions {
  /** The folder watched; default CLAIMWIRE_INBOX, else ./inbox. */
  inbox?: string;
  pollMs?: number;
}

const SENT = 'sent';
const REJECTED = 'rejected';

/** Why an inbox entry is not an article to publish, or null when it is one. */
export const skippedBecause = (entry: Dirent): string | null => {
  if (entry.name.startsWith('.')) return 'a dot-file (hidden, or still being written)';
  if (entry.isSymbolicLink()) return 'a symbolic link (the inbox publishes regular files only)';
  if (entry.isDirectory()) return 'a folder (the inbox does not look inside folders)';
  if (!entry.isFile()) return 'not a regular file';
  return null;
};

/**
 * The long-running producer: publishes every article file dropped into the inbox folder, then moves it to
 * inbox/sent/, or to inbox/rejected/ with a `.reason` file beside it. The folder's manifest.json is read afresh on
 * every round; while it cannot be read the files wait (nothing is sent without its metadata) and the worker says
 * why, once. Entries it leaves alone (dot-files, symbolic links, folders) are logged once each.
 * Returns a function that stops it after the round in flight.
 */
export const runInboxProducer = async (
  transport: Transport,
  codec: RecordCodec,
  config: Config,
  logger: Logger,
  options: InboxOptions = {},
  metrics?: Pick<StageMetrics, 'recordsOut'>,
): Promise<() => Promise<void>> => {
  const inbox = options.inbox ?? process.env.CLAIMWIRE_INBOX ?? 'inbox';
  const pollMs = options.pollMs ?? 1_000;
  const sent = join(inbox, SENT);
  const rejectedDir = join(inbox, REJECTED);
  await mkdir(sent, { recursive: true });
  await mkdir(rejectedDir, { recursive: true });
  let reported = new Map<string, string>();
  let manifestProblem: string | null = null;

  const round = async (): Promise<void> => {
    const entries = await readdir(inbox, { withFileTypes: true });
    const names: string[] = [];
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (entry.name === MANIFEST || (entry.isDirectory() && (entry.name === SENT || entry.name === REJECTED))) continue;
      const why = skippedBecause(entry);
      if (why === null) {
        names.push(entry.name);
        continue;
      }
      seen.set(entry.name, why);
      if (reported.get(entry.name) !== why)
        logger.info({ file: join(inbox, entry.name), reason: why }, `inbox: skipping ${entry.name}: ${why}`);
    }
    reported = seen;
    if (names.length === 0) return;

    const manifest = await readManifest(inbox);
    if ('problem' in manifest) {
      if (manifestProblem !== manifest.problem)
        logger.error(
          { file: manifest.path, reason: manifest.problem, waiting: names.length },
          `inbox: ${manifest.path}: ${manifest.problem}; the ${names.length} file(s) in the inbox wait until it is fixed`,
        );
      manifestProblem = manifest.problem;
      return;
    }
    if (manifestProblem !== null) logger.info({ file: manifest.path }, `inbox: ${manifest.path} can be read again`);
    manifestProblem = null;

    names.sort();
    const paths = new Set(names.map((n) => join(inbox, n)));
    const { articles, rejected } = await readArticleFiles([...paths], config.maxArticleBytes);
    await publishArticles(transport, codec, config.topics.articles, articles);
    metrics?.recordsOut(config.topics.articles, articles.length);
    for (const a of articles) await rename(join(inbox, a.source!), join(sent, a.source!));
    for (const r of rejected) {
      // Only the files of this round move; a manifest that broke since it was checked is reported on the next round.
      if (!paths.has(r.file)) continue;
      const name = r.file.slice(inbox.length + 1);
      await rename(r.file, join(rejectedDir, name));
      await writeFile(join(rejectedDir, `${name}.reason`), `${r.reason}\n`);
      logger.warn({ file: r.file, reason: r.reason }, 'article rejected');
    }
    logger.info({ published: articles.length, rejected: rejected.length }, 'inbox round');
  };

  let running = true;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (running) {
      await round().catch((error: Error) => logger.error({ reason: error.message }, 'inbox round failed; retrying'));
      if (!running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  metrics?.recordsOut(config.topics.articles, 0);
  logger.info({ inbox }, 'watching inbox');
  return async () => {
    running = false;
    wake?.();
    await loop;
  };
};
