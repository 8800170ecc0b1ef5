import { foldPlaceName } from '../extractor/gazetteer/index.js';
import { isCyrillic, latinSpellings } from '../extractor/gazetteer/spellings.js';

/**
 * The form names are compared in: the gazetteer's folding (case, accents, apostrophes, hyphens), then i, y and j
 * as one letter and w as v, so that "Kupyansk", "Kupjansk", "Kupiansk" and "KUPIANSK" are one name.
 */
export const searchKey = (text: string): string => foldPlaceName(text).replace(/[yj]/g, 'i').replace(/i+/g, 'i').replace(/w/g, 'v');

/** The keys a query stands for: itself, and for a name in Cyrillic its Latin spellings too ("Купянськ"). */
export const queryKeys = (query: string): string[] => {
  const keys = new Set([searchKey(query)]);
  const trimmed = query.trim();
  if (isCyrillic(trimmed)) for (const latin of latinSpellings(trimmed)) keys.add(searchKey(latin));
  keys.delete('');
  return [...keys];
};

/** A place matches when one of its names (canonical, as written, the gazetteer's aliases) contains a query key. */
export const matchesQuery = (placeTerms: readonly string[], keys: readonly string[]): boolean =>
  keys.some((key) => placeTerms.some((term) => term.includes(key)));

/** "Kharkiv Oblast", "kharkiv", "Kharkiv region" are one region. */
export const regionKey = (region: string): string => searchKey(region).replace(/ (oblast|region|province|krai|kray)$/, '');
