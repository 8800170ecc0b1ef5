import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = 'manifest.json';

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

/** A folder's manifest as read now: its entries by file name (none when there is no manifest), or why it cannot be used. */
export type Manifest = { path: string; entries: Map<string, ManifestEntry> } | { path: string; problem: string };

const TEXT_FIELDS = ['articleId', 'publishedAt', 'outlet', 'language', 'url', 'headline'] as const;

/** Why a parsed manifest does not have the expected shape, or its entries. */
export const manifestEntries = (parsed: unknown): ManifestEntry[] | string => {
  const list: unknown = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object'
      ? (parsed as { articles?: unknown }).articles
      : undefined;
  if (!Array.isArray(list)) return 'neither a list of entries nor an object with an "articles" list';
  for (const [index, entry] of list.entries()) {
    const at = `entry ${index + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return `${at} is not an object`;
    const fields = entry as Record<string, unknown>;
    if (typeof fields.file !== 'string' || fields.file === '') return `${at} has no "file" name`;
    for (const field of TEXT_FIELDS) {
      const value = fields[field];
      if (value !== undefined && value !== null && typeof value !== 'string')
        return `${at} (${fields.file}): "${field}" must be a string or null, not ${JSON.stringify(value).slice(0, 40)}`;
    }
  }
  return list as ManifestEntry[];
};

/** Reads a folder's manifest.json afresh. */
export const readManifest = async (dir: string): Promise<Manifest> => {
  const path = join(dir, MANIFEST);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, entries: new Map() };
    return { path, problem: `cannot read: ${(error as Error).message}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { path, problem: `not valid JSON (${oneLine((error as Error).message)})` };
  }
  const entries = manifestEntries(parsed);
  if (typeof entries === 'string') return { path, problem: entries };
  return { path, entries: new Map(entries.map((e) => [e.file, e])) };
};

const oneLine = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
};
