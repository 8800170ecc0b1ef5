import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { articleIdFor } from '../shared/ids.js';
import type { Article } from '../shared/model.js';
import { isIsoDate, problemWithText } from '../shared/articleChecks.js';
import { dateFromText, problemWithDateLine } from '../shared/articleText.js';
import { MANIFEST, readManifest, type Manifest, type ManifestEntry } from './manifest.js';

export type { ManifestEntry } from './manifest.js';

export interface RejectedFile {
  file: string;
  reason: string;
}

export interface ReadArticles {
  articles: Article[];
  rejected: RejectedFile[];
}

const ARTICLE_EXTENSIONS = /\.(txt|text|md)$/i;

/**
 * The article files the paths name: a directory gives its article files (sorted by name), a file itself. A path
 * that does not exist or cannot be listed is rejected with its reason, and the others are still found.
 */
export const findArticleFiles = async (paths: readonly string[]): Promise<{ files: string[]; rejected: RejectedFile[] }> => {
  const files: string[] = [];
  const rejected: RejectedFile[] = [];
  for (const path of paths) {
    const info = await stat(path).then(
      (stats) => ({ stats }),
      (error: NodeJS.ErrnoException) => ({ error }),
    );
    if ('error' in info) {
      rejected.push({
        file: path,
        reason: info.error.code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${info.error.message}`,
      });
      continue;
    }
    if (!info.stats.isDirectory()) {
      files.push(path);
      continue;
    }
    const listed = await readdir(path).then(
      (names) => ({ names }),
      (error: Error) => ({ error }),
    );
    if ('error' in listed) rejected.push({ file: path, reason: `cannot list the folder: ${listed.error.message}` });
    else {
      const found = listed.names.filter((n) => ARTICLE_EXTENSIONS.test(n) && !n.startsWith('.')).sort();
      if (found.length === 0) rejected.push({ file: path, reason: 'the folder holds no article files (.txt, .text or .md)' });
      files.push(...found.map((n) => join(path, n)));
    }
  }
  return { files, rejected };
};

/** Expands directories into their article files (sorted by name) and keeps files as given; throws on a missing path. */
export const expandPaths = async (paths: string[]): Promise<string[]> => {
  const { files, rejected } = await findArticleFiles(paths);
  const missing = rejected.find((r) => r.reason === 'no such file or directory');
  if (missing) throw new Error(`${missing.file}: no such file or directory`);
  return files;
};

const validDate = (value: string | null | undefined): string | null => (value && isIsoDate(value) ? value : null);

/** A date the sender gave but that is not one: the file is rejected rather than dated by its arrival. */
const problemWithDate = (text: string, entry: ManifestEntry | undefined): string | null => {
  const given = entry?.publishedAt;
  if (given !== undefined && given !== null && !isIsoDate(given))
    return `${MANIFEST} gives publishedAt "${String(given).slice(0, 40)}", which is not a YYYY-MM-DD date or an ISO timestamp`;
  return given ? null : problemWithDateLine(text);
};

/**
 * An article from a text and what is known about it. Metadata comes from the manifest entry
 * where there is one, else from the text itself (a ` date YYYY-MM-DD` first line, a dateline),
 * else publishedAt stays null and receivedAt stands in for it downstream.
 */
export const articleFromText = (text: string, source: string | null, entry: ManifestEntry | undefined, receivedAt: string): Article => ({
  articleId: entry?.articleId ?? articleIdFor(text),
  outlet: entry?.outlet ?? null,
  url: entry?.url ?? null,
  headline: entry?.headline ?? null,
  body: text,
  language: entry?.language ?? 'en',
  publishedAt: validDate(entry?.publishedAt) ?? dateFromText(text),
  receivedAt,
  source,
});

/**
 * The one rule for every way an article comes in (a file, standard input, the inbox): the bytes must be an English
 * text within the size limit, and a date it gives (in the manifest or a ` date` line) must be a real one.
 */
export const articleFromBytes = (
  bytes: Buffer,
  source: string | null,
  entry: ManifestEntry | undefined,
  receivedAt: string,
  maxBytes: number,
): Article | { problem: string } => {
  const problem = problemWithText(bytes, maxBytes);
  if (problem) return { problem };
  const text = bytes.toString('utf8');
  const dateProblem = problemWithDate(text, entry);
  if (dateProblem) return { problem: dateProblem };
  return articleFromText(text, source, entry, receivedAt);
};

/**
 * Reads article files; a file that cannot be an article is reported with its reason, the others go through. Each
 * folder's manifest.json is read afresh on every call (a long-running producer sees one added or fixed later); a
 * folder whose manifest cannot be read is rejected once, naming the manifest, and its files are not sent.
 */
export const readArticleFiles = async (
  files: string[],
  maxBytes: number,
  now: () => Date = () => new Date(),
  onFile?: () => void,
): Promise<ReadArticles> => {
  const articles: Article[] = [];
  const rejected: RejectedFile[] = [];
  const manifests = new Map<string, Promise<Manifest>>();
  const held = new Map<string, { manifest: string; problem: string; files: number }>();
  for (const file of files) {
    onFile?.();
    const dir = dirname(file);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    const manifest = await manifests.get(dir)!;
    if ('problem' in manifest) {
      const entry = held.get(dir) ?? { manifest: manifest.path, problem: manifest.problem, files: 0 };
      entry.files++;
      held.set(dir, entry);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      rejected.push({ file, reason: code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(error as Error).message}` });
      continue;
    }
    const read = articleFromBytes(bytes, basename(file), manifest.entries.get(basename(file)), now().toISOString(), maxBytes);
    if ('problem' in read) rejected.push({ file, reason: read.problem });
    else articles.push(read);
  }
  for (const { manifest, problem, files: count } of held.values())
    rejected.push({
      file: manifest,
      reason: `${problem}; the ${count} article file${count === 1 ? '' : 's'} beside it ${count === 1 ? 'is' : 'are'} not sent`,
    });
  return { articles, rejected };
};

/** Publication order: by publishedAt (undated last), then by source name. */
export const byPublication = (a: Article, b: Article): number =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || (a.source ?? '').localeCompare(b.source ?? '');
