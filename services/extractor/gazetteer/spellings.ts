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

/**
 * A settlement name's transliteration key: what the Ukrainian, Russian and hybrid spellings of one Cyrillic name keep
 * in common ("Metyolkine" and "Metolkine", "Bogorodichny" and "Bohorodychne", "Krasnogorovka" and "Krasnohorivka"):
 * g/h, kh/h, zh/z, sh/s, ch/c, ts/c and w/v merge, y and j read as i, an iotated vowel as the vowel, o as i (the
 * Russian o of a closed syllable is a Ukrainian i), doubles fold and the endings' vowels go.
 */
export const placeSkeleton = (folded: string): string =>
  folded
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 's')
    .replace(/kh|gh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/sh/g, 's')
    .replace(/ch|ts|tz/g, 'c')
    .replace(/g/g, 'h')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/i([aeou])/g, '$1')
    .replace(/o/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiu]+$/, '');

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
  // English copy mostly writes ё as e and -ые as -ye (Тёткино → Tetkino, Жёлтые Воды → Zheltye Vody).
  if (/[ёы]/i.test(cyrillic)) add(mapLetters(cyrillic.replace(/ё/gi, 'е'), RU).replace(/yye\b/g, 'ye'));
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
    // дж as English dj or j (Sudzha/Sudja, Dzhankoi/Jankoi)
    [/dzh/g, 'dj'],
    [/\bdzh/g, 'j'],
    // -yi/-yy/-iy/-y endings of adjectives (Vuzlovyi/Vuzlovyy, Velikiy/Veliky)
    [/(?<=[a-z]{3})yi\b/g, 'yy'],
    [/(?<=[a-z]{3})(?:iy|yy)\b/g, 'y'],
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

/** Whole words of Ukrainian place names and their Russian forms (adjectives of two-word names, irregular roots). */
const RUSSIAN_WORDS: Record<string, string[]> = {
  velyka: ['velikaya'],
  velykyi: ['veliky', 'velikiy'],
  velyke: ['velikoye', 'velikoe'],
  velyki: ['velikiye'],
  mala: ['malaya'],
  malyi: ['maly', 'malyy'],
  male: ['maloye', 'maloe'],
  mali: ['malye', 'malyye'],
  nova: ['novaya'],
  novyi: ['novy', 'novyy'],
  nove: ['novoye', 'novoe'],
  novi: ['novye', 'novyye'],
  stara: ['staraya'],
  staryi: ['stary', 'staryy'],
  stare: ['staroye', 'staroe'],
  stari: ['starye', 'staryye'],
  krasna: ['krasnaya'],
  krasnyi: ['krasny', 'krasnyy'],
  krasne: ['krasnoye', 'krasnoe'],
  zolota: ['zolotaya'],
  zolotyi: ['zolotoy'],
  zolote: ['zolotoye', 'zolotoe'],
  sukha: ['sukhaya'],
  sukhyi: ['sukhoy'],
  sukhi: ['sukhiye'],
  bila: ['belaya'],
  bile: ['beloye'],
  vesela: ['veselaya'],
  stepova: ['stepovaya', 'stepnaya'],
  ruska: ['russkaya'],
  verkhnia: ['verkhnyaya'],
  verkhnii: ['verkhny', 'verkhniy'],
  verkhnie: ['verkhneye'],
  nyzhnia: ['nizhnyaya'],
  nyzhnii: ['nizhny', 'nizhniy'],
  nyzhnie: ['nizhneye'],
  nyzhni: ['nizhniye', 'nizhnie'],
  zelenyi: ['zeleny', 'zelenyy'],
  zelena: ['zelenaya'],
  zelene: ['zelenoye', 'zelenoe'],
  vilne: ['volnoye', 'volnoe'],
  vilnyi: ['volny'],
  kozacha: ['kazachya'],
  kozachi: ['kazachi'],
  persha: ['pervaya'],
  pershe: ['pervoye'],
  pershyi: ['pervy', 'pervyy'],
  druha: ['vtoraya'],
  lyman: ['liman'],
  kryvyi: ['krivoy'],
  rih: ['rog'],
  yar: ['yar'],
  brid: ['brod'],
  pole: ['pole'],
  hora: ['gora'],
  balka: ['balka'],
  nyva: ['niva'],
  dolyna: ['dolina'],
  kut: ['kut'],
  khutory: ['khutora'],
};

/** Ukrainian roots with another vowel or consonant in Russian (Bilohorivka/Belogorovka, Novosilka/Novoselka). */
const RUSSIAN_ROOTS: [RegExp, string][] = [
  [/^oleksandr/, 'aleksandr'],
  [/^oleksii/, 'aleksei'],
  [/^olek/, 'alek'],
  [/^olesh/, 'alesh'],
  [/^olh/, 'olg'],
  [/^andrii/, 'andrei'],
  [/^mykhail/, 'mikhail'],
  [/^mykol/, 'nikol'],
  [/^mykil/, 'nikol'],
  [/^kostiantyn/, 'konstantin'],
  [/^illi/, 'ili'],
  [/^ill/, 'il'],
  [/^fedor/, 'fedor'],
  [/^semen/, 'semen'],
  [/^serhii/, 'sergei'],
  [/^yelyzavet/, 'yelizavet'],
  [/^vuhl/, 'ugl'],
  [/^vuz/, 'uz'],
  [/^pid(?=[hk])/, 'pod'],
  [/^rozdol/, 'razdol'],
  [/^kozach/, 'kazach'],
  [/^zaliz/, 'zhelez'],
  [/^zhovt/, 'zhelt'],
  [/^chorno/, 'cherno'],
  [/^chervon/, 'chervon'],
  [/^orikh/, 'orekh'],
  [/^hlyb/, 'glub'],
  [/^yahid/, 'yagod'],
  [/^pishch/, 'pesch'],
  [/^svit/, 'svet'],
  [/^sievier/, 'sever'],
  [/^siver/, 'sever'],
  [/^vil(?=[nk])/, 'vol'],
  [/^bil(?=[ao])/, 'bel'],
  [/^dnipr/, 'dnepr'],
  [/^kamian/, 'kamen'],
  [/^riv/, 'rov'],
  [/^lis(?=[nko])/, 'les'],
  [/^kolis/, 'koles'],
  [/^tykh/, 'tikh'],
  [/(?<=^[a-z]{3,})sil(?=k)/, 'sel'],
  [/(?<=^[a-z]{3,})hir(?=[sknt])/, 'gor'],
  [/(?<=^[a-z]{3,})kamian/, 'kamen'],
  [/(?<=^[a-z]{3,})pillia$/, 'polye'],
  [/(?<=^[a-z]{3,})pil$/, 'pol'],
  [/(?<=^[a-z]{3,})horod/, 'gorod'],
  [/^verkhno/, 'verkhne'],
  [/^nyzhno/, 'nizhne'],
];

/** Russian forms of Ukrainian endings (Udachne/Udachnoye, Ocheretyne/Ocheretino, Tonenke/Tonenkoye, Orikhiv/Orekhov). */
const RUSSIAN_ENDINGS: [RegExp, string[]][] = [
  [/iivka$/, ['eyevka', 'eevka', 'iyevka']],
  [/(?<=[aeo])ivka$/, ['yevka', 'evka']],
  [/ivka$/, ['ovka', 'evka']],
  [/(?<=[aeiou][a-z]*)yne$/, ['ino']],
  [/ske$/, ['skoye', 'skoe']],
  [/(?<=[a-z]{2})ne$/, ['noye', 'noe']],
  [/(?<=[bcdfghklmnprstvz])ke$/, ['koye', 'koe']],
  [/ove$/, ['ovo', 'ovoye']],
  [/eve$/, ['evo', 'evoye']],
  [/(?<=[bcdfgklmnprstvz])ie$/, ['ye', 'yoye']],
  [/illia$/, ['olye', 'olie']],
  [/(?<=[bcdfgklmnprstvz])iia$/, ['iya', 'eya']],
  [/(?<=[bcdfgklmnprstvz])ia$/, ['ya']],
  [/(?<=[a-z]{2})iv$/, ['ov']],
  [/(?<=[a-z]{2})il$/, ['ol']],
  [/yi$/, ['y', 'iy', 'oy']],
  [/(?<=[a-z]{2}(?:ov|ev|n))a$/, ['aya', 'a']],
  [/(?<=[kgh])y$/, ['i']],
  [/(?<=[bdfmnprstvz])i$/, ['y']],
];

const russianWord = (word: string): string[] => {
  const whole = RUSSIAN_WORDS[word];
  if (whole) return whole;
  let stem = word;
  for (const [pattern, replacement] of RUSSIAN_ROOTS) stem = stem.replace(pattern, replacement);
  let endings: string[] = [stem];
  for (const [pattern, replacements] of RUSSIAN_ENDINGS) {
    if (pattern.test(stem)) {
      endings = replacements.map((r) => stem.replace(pattern, r));
      break;
    }
  }
  // и is i in Russian (y only as a final ы), h is g apart from kh, zh, sh, ch.
  return endings.map((w) =>
    w
      .replace(/(?<![kzsc])h/g, 'g')
      .replace(/y(?=[^aeiouy])/g, 'i')
      .replace(/(?<=[^aeiouy])y(?=[bcdfgklmnprstvz])/g, 'i'),
  );
};

/**
 * Russian-style spellings of a Ukrainian place named in the national romanisation, as Russian sources and wires
 * spell the Russian name (Ocheretyne → Ocheretino, Stepova Novoselivka → Stepovaya Novoselovka, Pidhorodne →
 * Podgorodnoye, Orikhiv → Orekhov): for places whose Cyrillic names GeoNames does not give. Folded; a guess from
 * the letters, so only for the place's own spellings (irregular names go in the supplement's otherNames).
 */
export const russianStyleSpellings = (ukrainianLatin: string): string[] => {
  const words = foldPlaceName(ukrainianLatin).split(' ');
  if (words.some((w) => !/^[a-z]+$/.test(w))) return [];
  let forms = [''];
  for (const w of words) {
    const options = russianWord(w);
    forms = forms.flatMap((f) => options.map((o) => (f ? `${f} ${o}` : o)));
    if (forms.length > 12) forms = forms.slice(0, 12);
  }
  return [...new Set(forms)].filter((f) => f !== foldPlaceName(ukrainianLatin));
};

/** Ukrainian words of Russian place names (Malaya Loknya → Mala Loknia, Bolshoye → Velyke). */
const UKRAINIAN_WORDS: Record<string, string> = {
  malaya: 'mala',
  maly: 'malyi',
  malyy: 'malyi',
  maloye: 'male',
  bolshaya: 'velyka',
  bolshoy: 'velykyi',
  bolshoye: 'velyke',
  novaya: 'nova',
  novy: 'novyi',
  novyy: 'novyi',
  novoye: 'nove',
  staraya: 'stara',
  stary: 'staryi',
  staryy: 'staryi',
  staroye: 'stare',
  krasnaya: 'krasna',
  krasny: 'krasnyi',
  krasnyy: 'krasnyi',
  krasnoye: 'krasne',
  russkoye: 'ruske',
  russkaya: 'ruska',
  zeleny: 'zelenyi',
  zelenyy: 'zelenyi',
  zelenaya: 'zelena',
  kazachya: 'kozacha',
  tolsty: 'tovstyi',
  tolstyy: 'tovstyi',
};

/**
 * Ukrainian-style spellings of a Russian village near the border as Ukrainian sources write it (Gornal → Hornal,
 * Glushkovo → Hlushkovo, Malaya Loknya → Mala Loknia, Pogrebki → Pohrebky, Kremyanoye → Kremiane). Folded.
 */
export const ukrainianStyleOfRussian = (russianLatin: string): string[] => {
  const words = foldPlaceName(russianLatin).split(' ');
  if (words.some((w) => !/^[a-z]+$/.test(w))) return [];
  const convert = (w: string): string =>
    UKRAINIAN_WORDS[w] ??
    w
      .replace(/(?<![kzsc])g/g, 'h')
      .replace(/(?<=[bcdfghklmnprstvz])(?:oye|oe)$/, 'e')
      .replace(/(?<=[bcdfghklmnprstvz])(?:aya)$/, 'a')
      .replace(/ya/g, 'ia')
      .replace(/yu/g, 'iu')
      .replace(/(?<=[kh])i$/, 'y')
      .replace(/(?<=[bcdfghklmnprstvz])i(?=[bcdfghklmnprstvz])/g, 'y')
      .replace(/(?<=[bcdfghklmnprstvz])y$/, 'y');
  const form = words.map(convert).join(' ');
  return form === words.join(' ') ? [] : [form];
};

const RUSSIAN_ENDING = /(?:ovka|evka|oye|oe|aya|ovo|ino|sk|skiy|skoye|grad|gorodok)$/;

/**
 * A Russian-style Latin spelling of a Ukrainian place name as the Ukrainian-style one, or null when no rule applies:
 * the endings Ukrainian names take for Russian ones ("viktorovka" → "viktorivka", "andreyevka" → "andriivka",
 * "gnutovo" → "hnutove"), then the letters `ukrainianStyleOfRussian` changes ("svobodnoye" → "svobodne",
 * "bogdanovka" → "bohdanivka"). A fallback, at lookup, for names the gazetteer does not know as spelled; folded input.
 */
export const ukrainianSpelling = (folded: string): string | null => {
  // Most capitalised words are no such name: only the Russian endings are worth a second look.
  if (!RUSSIAN_ENDING.test(folded)) return null;
  const ended = folded
    .replace(/eyevka$/, 'iivka')
    .replace(/yevka$/, 'iivka')
    .replace(/(?:ovka|evka)$/, 'ivka')
    .replace(/ovo$/, 'ove')
    // "Myrnograd" → "Myrnohrad", "Svyatogorsk" → "Sviatohirsk": the Russian -gorsk is the Ukrainian -hirsk.
    .replace(/gorsk$/, 'hirsk');
  const form = ukrainianStyleOfRussian(ended)[0] ?? ended;
  return form !== folded ? form : null;
};
