// Capitalised words that name some GeoNames place but in war copy almost never mean it: first names, titles,
// surnames and other words, kept in data/gazetteer-stoplist.json (edited by hand; see its `about`).
import { readFileSync } from 'node:fs';

interface StoplistFile {
  firstNames: string[];
  titles: string[];
  surnames: string[];
  otherWords: string[];
  aloneArePlaces?: { words: string[] };
}

const file = JSON.parse(readFileSync(new URL('../../../data/gazetteer-stoplist.json', import.meta.url), 'utf8')) as StoplistFile;

/** One-word names that are never a place mention on their own. */
export const STOPWORDS: readonly string[] = [...file.firstNames, ...file.titles, ...file.surnames, ...file.otherWords];

/** Words after which a capitalised word is a person's name ("President Zelensky", "Oleksandr Syrskyi"). */
export const PERSON_PREFIXES: readonly string[] = [...file.firstNames, ...file.titles];

/** Stopwords that are a place when they stand alone mid-sentence, not inside a longer capitalised name ("Pravda"). */
export const ALONE_ARE_PLACES: readonly string[] = file.aloneArePlaces?.words ?? [];
