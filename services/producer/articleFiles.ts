import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { articleIdFor } from '../shared/ids.js';
import type { Article } from '../shared/model.js';
import { isIsoDate, problemWithText } from '../shared/articleChecks.js';
import { dateFromText, garbledDateLine } from './articleText.js';

/** Per-file wire metadata kept beside the texts, as in seeds/manifest.json. */
export interface ManifestEntry {
  file: string;
  articleId?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  language?: string | null;
  url?: string | null;
  headline?: string | null;
}

export interface RejectedFile {
  file: string;
  reason: string;
}

export interface ReadArticles {
  articles: Article[];
  rejected: RejectedFile[];
}

const ARTICLE_EXTENSIONS = /\.(txt|text|md)$/i;

/** Expands directories into their article files (sorted by name) and keeps files as given. */
export const expandPaths = async (paths: string[]): Promise<string[]> => {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or directory`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => ARTICLE_EXTENSIONS.test(n)).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
};

const manifests = new Map<string, Promise<Map<string, ManifestEntry>>>();

const manifestFor = (dir: string): Promise<Map<string, ManifestEntry>> => {
  let manifest = manifests.get(dir);
  if (!manifest) {
    manifest = readFile(join(dir, 'manifest.json'), 'utf8').then(
      (text) => {
        const parsed = JSON.parse(text) as { articles?: ManifestEntry[] } | ManifestEntry[];
        const entries = Array.isArray(parsed) ? parsed : (parsed.articles ?? []);
        return new Map(entries.map((e) => [e.file, e]));
      },
      () => new Map<string, ManifestEntry>(),
    );
    manifests.set(dir, manifest);
  }
  return manifest;
};

const validDate = (value: string | null | undefined): string | null => (value && isIsoDate(value) ? value : null);

/** A date the sender gave but that is not one: the file is rejected rather than dated by its arrival. */
const problemWithDate = (text: string, entry: ManifestEntry | undefined): string | null => {
  const given = entry?.publishedAt;
  if (given !== undefined && given !== null && !isIsoDate(given))
    return `manifest.json gives publishedAt "${String(given).slice(0, 40)}", which is not a YYYY-MM-DD date or an ISO timestamp`;
  const line = given ? null : garbledDateLine(text);
  return line === null ? null : `the date line "date ${line}" is not a real YYYY-MM-DD day`;
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

/** Reads article files; a file that cannot be an article is reported with its reason, the others go through. */
export const readArticleFiles = async (files: string[], maxBytes: number, now: () => Date = () => new Date()): Promise<ReadArticles> => {
  const articles: Article[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      rejected.push({ file, reason: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const entry = (await manifestFor(dirname(file))).get(basename(file));
    const problem = problemWithText(bytes, maxBytes) ?? problemWithDate(bytes.toString('utf8'), entry);
    if (problem) {
      rejected.push({ file, reason: problem });
      continue;
    }
    articles.push(articleFromText(bytes.toString('utf8'), basename(file), entry, now().toISOString()));
  }
  return { articles, rejected };
};

/** Publication order: by publishedAt (undated last), then by source name. */
export const byPublication = (a: Article, b: Article): number =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || (a.source ?? '').localeCompare(b.source ?? '');
