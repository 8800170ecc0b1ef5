// Latin spellings of place names: transliterations of the Cyrillic names, the German and Polish forms wire
// copy borrows (Kupjansk, Pokrowsk), and the folding every lookup goes through.

const PLAIN_WORD = /^[A-Za-z]+$/;

/** Lower case, no accents, no apostrophes, hyphens as spaces: the form every name is looked up by. */
export const foldPlaceName = (text: string): string =>
  // Most words of wire copy are plain ASCII: skip the Unicode normalisation they do not need (the scan's hot path).
  PLAIN_WORD.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’'`ʼ‘"”“]/g, '')
        .replace(/[-‐‑–—]/g, ' ')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();

const isUkrainian = (s: string): boolean => /[іїєґІЇЄҐ]/.test(s);
const isRussian = (s: string): boolean => /[ыэъёЫЭЪЁ]/.test(s);
export const isCyrillic = (s: string): boolean => /^[\u0400-\u04ff\s’'ʼ-]+$/.test(s) && /[\u0400-\u04ff]/.test(s);

// Ukrainian national transliteration (2010): word-initial є ї й ю я differ from their other positions.
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const UK: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ъ: '',
  ё: 'io',
};
// Russian, as English-language wires spell it (BGN/PCGN-like, plain ASCII).
const RU: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
// German: j for й/я/ю, w for в, tsch, sch, sch-tsch; Polish: w, cz, sz, szcz, ż, j.
const DE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'je',
  ё: 'jo',
  ж: 'sch',
  з: 's',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};
const PL: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'je',
  ё: 'io',
  ж: 'z',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'ji',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'c',
  ч: 'cz',
  ш: 'sz',
  щ: 'szcz',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

const mapLetters = (text: string, table: Record<string, string>, initial?: Record<string, string>): string => {
  let out = '';
  let wordStart = true;
  const lower = text.toLowerCase().replace(/[’'ʼ]/g, '');
  for (const ch of lower) {
    if (/\s|-/.test(ch)) {
      out += ch;
      wordStart = true;
      continue;
    }
    out += (wordStart ? initial?.[ch] : undefined) ?? table[ch] ?? ch;
    wordStart = false;
  }
  return out;
};

const capitalise = (text: string): string => text.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The Ukrainian national transliteration of a Ukrainian name, capitalised: Куп’янськ → Kupiansk (зг → zgh, apart from ж). */
export const ukrainianLatin = (cyrillic: string): string =>
  capitalise(mapLetters(cyrillic.replace(/зг/gi, 'зґх'), UK, UK_INITIAL).replace(/zgkh/g, 'zgh'));

/** Every Latin spelling a wire might use for a Cyrillic name, folded. */
export const latinSpellings = (cyrillic: string): string[] => {
  const forms = new Set<string>();
  const add = (s: string): void => void forms.add(foldPlaceName(s));
  if (!isRussian(cyrillic)) add(ukrainianLatin(cyrillic));
  if (!isUkrainian(cyrillic)) add(mapLetters(cyrillic, RU));
  add(mapLetters(cyrillic, RU));
  add(mapLetters(cyrillic, DE));
  add(mapLetters(cyrillic, PL));
  return [...forms].filter((f) => /^[a-z ]+$/.test(f));
};

/**
 * Spelling variants of a Latin name as English copy varies them: i/y/j around vowels (Kupiansk, Kupyansk,
 * Kupjansk), -ivka/-ovka, -iy/-yi/-y endings. Folded.
 */
export const latinVariants = (latin: string): string[] => {
  const base = foldPlaceName(latin);
  const forms = new Set([base]);
  const rules: [RegExp, string][] = [
    [/ia/g, 'ya'],
    [/ya/g, 'ia'],
    [/iu/g, 'yu'],
    [/yu/g, 'iu'],
    [/ie/g, 'ye'],
    [/ii/g, 'iy'],
    [/ii/g, 'iyi'],
    [/ivka\b/g, 'ovka'],
    [/yy\b/g, 'yi'],
    [/iy\b/g, 'yi'],
    [/yi\b/g, 'iy'],
    [/ya/g, 'ja'],
    [/ia/g, 'ja'],
    // i and y between consonants (Siversk/Syversk, Myrnohrad/Mirnohrad)
    [/(?<=[bcdfghklmnprstvz])i(?=[bcdfghklmnprstvz])/g, 'y'],
    [/(?<=[bcdfghklmnprstvz])y(?=[bcdfghklmnprstvz])/g, 'i'],
    [/ovka\b/g, 'ivka'],
    // y or i after a vowel before a consonant (Hulyaypole/Huliaipole, Mykolayiv/Mykolaiv)
    [/(?<=[aeou])y(?![aeiouy])/g, 'i'],
    [/(?<=[aeou])i(?![aeiouy])/g, 'y'],
    [/(?<=[aeou])yi/g, 'i'],
  ];
  for (const [pattern, replacement] of rules) {
    for (const form of [...forms]) {
      const variant = form.replace(pattern, replacement);
      if (variant !== form) forms.add(variant);
    }
  }
  return [...forms];
};

/**
 * A Ukrainian name romanised Russian-style (BGN: Hulyaypole, Nyzhnya Krynka, Mykolayivka) turned into the
 * national 2010 system (Huliaipole, Nyzhnia Krynka, Mykolaivka): ya, ye, yu inside a word are ia, ie, iu, y after a
 * vowel before a consonant goes, -yy/-iy endings are -yi.
 */
export const ukrainianStyle = (latin: string): string =>
  latin
    .replace(/[’'`ʼ]/g, '')
    .replace(/(?<=[aeiou])yi/g, 'i')
    .replace(/(?<=\p{L})y(?=[aeu])/gu, 'i')
    .replace(/(?<=[aeou])y(?![aeiouy])/g, 'i')
    .replace(/(?:yy|iy)\b/g, 'yi');

/** Levenshtein distance between two strings. */
export const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
};
