import { readFileSync } from 'node:fs';
import type { GazetteerFile } from '../extractor/gazetteer/gazetteerFile.js';

let byId: Map<string, string[]> | null = null;

/**
 * Every spelling the gazetteer knows for a place (data/gazetteer.json: Latin, German and Polish forms, transliterations,
 * Soviet-era names), by gazetteer id; read once per process. A provisional place (id null) has none.
 */
export const gazetteerAliases = (id: string | null): readonly string[] => {
  if (id === null) return [];
  if (!byId) {
    const file = JSON.parse(readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
    byId = new Map();
    for (const row of file.places) if (row[1] !== null) byId.set(row[1], row[10].split('|'));
  }
  return byId.get(id) ?? [];
};
