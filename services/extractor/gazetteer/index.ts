// The gazetteer: finds place names in wire copy and resolves them to canonical places (GeoNames style names,
// Ukrainian-based romanisation for Ukraine). Data: data/gazetteer.json, built by scripts/build-gazetteer.ts and
// read once, lazily, per process. Scanning is a token lookup of 1-4 word phrases keyed by their folded form.
import { readFileSync } from 'node:fs';
import { inTitleCase, lexiconCountries, lexiconSideAdjectives } from '../actors.js';
import { SHARE_WORDS } from '../shares.js';
import type { PlaceRef } from '../../shared/model.js';
import type { GazetteerFile } from './gazetteerFile.js';
import { editDistance, foldPlaceName, placeSkeleton, ukrainianSpelling } from './spellings.js';
import { ALONE_ARE_PLACES, PERSON_PREFIXES, STOPWORDS } from './stoplist.js';

export { foldPlaceName } from './spellings.js';

export interface GazetteerEntry {
  id: string | null;
  name: string;
  admin1: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  kind: 'settlement' | 'region';
  source: 'geonames' | 'supplement';
  /** GeoNames feature code (PPLA = admin1 capital, PPLA2, PPL, ...; ADM1 for regions). */
  featureCode?: string;
}

export interface PlaceMention {
  /** The place as written. */
  surface: string;
  /** Offsets of the surface in the text (a possessive 's is left out). */
  start: number;
  end: number;
  /**
   * Gazetteer entries the name may mean, most likely first; empty for a provisional place. A bare name that is
   * both a city and a region ("Donetsk") lists the settlements first and the region last.
   */
  candidates: GazetteerEntry[];
  /** How the text introduced it: "the village of X" (settlement), "X region" (region), or nothing. */
  cue: 'settlement' | 'region' | null;
  provisional: boolean;
  /** The region the text puts the place in ("X in the Donetsk region" → "Donetsk Oblast"), when it says. */
  regionHint?: string | null;
  /** The name of a provisional place when it is not its surface ("Sudzha" of "the Sudzha and Korenevo districts"). */
  name?: string;
}

export interface Gazetteer {
  /** Place names in the text, longest match first, non-overlapping, in text order. */
  scan(text: string): PlaceMention[];
  /** One PlaceRef per mention, choosing among candidates by the other places the article names (distance) and population. */
  resolve(mentions: PlaceMention[], text?: string): PlaceRef[];
  /**
   * The region a claim about a bare capital's name is about: "Russia controls 90% of Donetsk", "full control over
   * Luhansk" (war copy uses the name for the region: data/gazetteer-supplement.json, bareNameRegions); null when the
   * mention is no such name or the text says "the city of X", "X city" or "X in the ... region".
   */
  regionClaimedAs(mention: PlaceMention, text: string): PlaceRef | null;
}

const MAX_PHRASE_WORDS = 4;
const REGION_WORDS = new Set(['region', 'oblast', 'province', 'krai', 'kray', 'regions', 'oblasts', 'provinces']);
const SETTLEMENT_CUE =
  /\b(?:village|villages|town|towns|city|cities|settlement|settlements|hamlet|hamlets|township|townships|locality|localities|community|communities)\s+of\s+$/i;
/**
 * "Kamensk, a town in the Zaporizhzhia region", "Storozheve, a small village in Ukraine's Donetsk Oblast": an
 * appositive right after a name that puts it in a region; group 1 is the region's name.
 */
const APPOSITIVE_REGION =
  /^, an? (?:[a-z][\w-]* ){0,3}?(?:town|village|city|settlement|hamlet|locality|community)(?: located)? (?:in|of) (?:the |(?:Ukraine|Russia)['’]s )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:region|oblast|Oblast|Region|province)\b/;
/** "Kherson city", "Zaporizhzhia City": the name before is the city, not the region of its name. */
const CITY_AFTER = /^\s+city\b/i;
/** "the city of Donetsk", "the regional capital of", "the outskirts of Sumy": the name after is the city. */
/**
 * "entered Dnipropetrovsk", "Dnepropetrovsk": a region that kept the name its capital no longer has (Dnipro since
 * 2016) is what the bare old name stands for: a spelling of the region's name, not of its capital's.
 */
const renamedCapitalsRegion = (m: PlaceMention, region: GazetteerEntry): boolean => {
  const surface = foldPlaceName(m.surface);
  const regionWord = foldPlaceName(region.name.replace(/\s+(?:Oblast|Region|Krai)$/i, ''));
  const capital = m.candidates.find((c) => c.kind !== 'region' && c.admin1 === region.name);
  if (!capital || surface.length < 6) return false;
  const capitalName = foldPlaceName(capital.name);
  return editDistance(surface, regionWord) <= 2 && editDistance(surface, capitalName) > 3;
};

const PART_OF_CITY_BEFORE = /\b(?:city|town|capital|outskirts|cent(?:re|er)|suburbs?|streets|downtown)\s+of\s+$/i;
/** "the eastern region of Luhansk", "the province of Donetsk": the name that follows is the region. */
const REGION_CUE =
  /\b(?:(?:region|province|oblast|People['’]s\s+Republic)\s+of|(?:regions|provinces|oblasts)\s+of(?:\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|or))?)\s+$/i;
/** Lower-case words inside a facility's name, which the supplement lists with its other names. */
const FACILITY_WORDS = new Set([
  'nuclear',
  'power',
  'plant',
  'station',
  'steel',
  'steelworks',
  'works',
  'coke',
  'chemical',
  'thermal',
  'filtration',
  'water',
  'and',
]);

/** "all of Luhansk", "more than 80% of Donetsk", "about half of Donetsk": a share of a regional capital's name. */
const SHARE_OF = new RegExp(String.raw`\b(?:${SHARE_WORDS})\s+of\s+(?:the\s+)?$`, 'i');
/** "the Kherson area", "the Zaporizhzhia and Mykolaiv areas". */
const AREA_AFTER = /^\s+areas?\b/;
/** "the entire", "parts of the", "components of the Zaporizhzhia and": a share or the whole of what follows. */
const SHARE_OF_AREA_BEFORE = new RegExp(
  String.raw`(?:\b(?:${SHARE_WORDS}|components?)\s+of\s+(?:the\s+)?|\b(?:entire|whole)\s+)(?:[A-Z][\w'’-]+(?:,\s+|,?\s+and\s+))*$`,
  'i',
);
/** Words that show a sentence counts regions or the country, so that its regional capitals' names are regions. */
const REGIONS_TALK = /\bregions\b|\boblasts\b|\bof\s+Ukraine\b|\bUkraine['’]s\s+territory\b|\bDonbas\b/i;

/** "Kherson's southern region", "Kursk's border region": the name of a region's capital standing for the region. */
const POSSESSIVE_REGION =
  /^['’]s\s+(?:(?:southern|northern|eastern|western|central|south-?eastern|north-?eastern|south-?western|north-?western|border|frontline|front-line)\s+)?(?:region|province|oblast)\b/i;
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'city', 'settlement', 'hamlet', 'villages', 'towns', 'settlements']);

/** Whether the line holding a position is a headline in title case. */
const titleCaseLine = (text: string, at: number): boolean => {
  const line = text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  return inTitleCase(line.match(/[A-Za-z][\w'’-]*/g) ?? []);
};
/** "the Kursk border region", "the Kharkiv frontline region": a region word after a descriptor of the region. */
const DESCRIBED_REGION =
  /^\s+(?:(?:border|frontline|front-line|neighbou?ring|occupied|annexed|industrial|agricultural|eastern|western|southern|northern|southeastern|south-eastern|northeastern|north-eastern)\s+){1,2}(?:region|province|oblast)\b|^\s+territory\b/i;
const SETTLEMENT_LIST_CUE =
  /\b(?:villages|towns|settlements|hamlets|localities|cities|communities) of (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:,\s*|,? and |,? or ))+$/;
/** First words of two-word place names (Velyka Novosilka, Malaya Loknya, Nova Poltavka), folded. */
const NAME_ADJECTIVES = new Set(
  (
    'velyka velykyi velyke velyki mala malyi male maly malaya malyy malye bolshaya bolshoy bolshoi bolshoye nova novyi nove novi ' +
    'novaya novyy novoye novoe stara staryi stare stari staraya staryy staroye verkhnia verkhnii verkhnie nyzhnia nyzhnii ' +
    'nyzhnie verkhnyaya nizhnyaya nizhniy nizhny krasna krasnyi krasne krasnaya krasnyy krasny krasnoye zelena zelenyi ' +
    'zelene zelenaya zelenyy zelenoye zelenoe zelenyi zelyonoye zelyonaya chervona chervonyi chervone sukha sukhyi sukhe bila ' +
    'bilyi bile vesela veselyi vesele russkaya russkoye russkoe russkiy russkiye ruska ruske ruskyi'
  ).split(' '),
);
const PLACE_INTRO =
  /\b(?:in|near|at|of|to|from|towards?|outside|around|into|entered|enter|captured|capture|took|taken|take|liberated|liberation|seized|retook|retaken|recaptured|held|holds?|attacked|shelled|stormed|advanced on|pushed into|about|for|over|and|or)\s+$/i;
let placesIn: RegExp | null = null;
/** "regains Russian-held villages in Kherson", "100 villages ... in Kursk": villages are in a region, not a city. */
const PLACES_IN = (): RegExp =>
  (placesIn ??= new RegExp(
    `\\b(?:villages|settlements|towns|localities|communities|hamlets),?\\s+(?:[\\w,'’-]+\\s+){0,6}?in\\s+(?:(?:${lexiconCountries().join('|')})['’]s\\s+)?$`,
    'i',
  ));

/** Endings of settlement names in Ukraine and Russia (Andriivka, Ocheretyne, Solodke, Sudzha's Pogrebki, Orlovka). */
const TOPONYM_SHAPE =
  /[a-z]{3,}(?:ivka|yivka|ovka|evka|ivske|ovske|evske|yove|ove|eve|yne|ine|dke|ske|tske|zke|oke|ele|ivky|ovky|ovo|evo|ino|oye|oe|tsi|ytsia|ychi|iany|yany|hrad|horod|pil|pillia|polye|pole|[aiy]lne|[aiy]zne|[aiy]vne|[aiy]dne|[aiy]sne)$/;
/**
 * "75% of", "nearly all of", "parts of Kharkiv, Sumy and": a share of places claimed, then (a list of bare names
 * ending in) the name.
 */
const SHARE_OF_LIST = new RegExp(String.raw`\b(?:${SHARE_WORDS})\s+of\s+(?:[A-Z][\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+))*$`);
/** ", a village", ", a small frontline town": an apposition that says what the name before it is. */
const APPOSED_SETTLEMENT = /^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|settlement|hamlet|city|capital)\b/;
/** "the regional capital, Zaporizhzhia, remains": a capital or a city named in apposition is the city. */
const CAPITAL_APPOSED_BEFORE = /\bthe\s+(?:regional\s+|oblast\s+|provincial\s+|region['’]s\s+)?(?:capital|city)\s*,\s*$/i;
/** "Snagost, a village south of the Seim River": an apposition that calls a name a settlement and says where it lies. */
const APPOSED_LOCATED_SETTLEMENT =
  /^,\s+(?:a|an)\s+(?:(?:small|tiny|large|frontline|front-line|border|key|strategic|nearby|neighbou?ring)\s+)?(?:village|town|settlement|hamlet)\s+(?:(?:about|some|around|roughly|just|only)\s+)?(?:\d|(?:south|north|east|west)(?:-?(?:east|west))?(?:ern)?\b|near\b|outside\b|close\s+to\b|on\s+the\b|in\s+the\b|located\b|situated\b|lying\b)/;
/** Words after which a name is where something happens: "from X", "in X", "took X". */
const PLACE_VERB_BEFORE =
  /\b(?:in|near|from|into|inside|outside|around|towards?|entered|captured|took|taken|seized|retook|recaptured|liberated|occupied|de-occupied|deoccupied|stormed|left|abandoned|withdrew\s+from|withdrawn\s+from|retreated\s+from|pulled\s+out\s+of|(?:withdrawal|retreat|pullout|pull-out)\s+from|control\s+(?:over|of)|(?:capture|liberation|loss|fall|seizure|recapture)\s+of)\s+$/i;
/**
 * What is said of a place changing hands, after its name: "is under Ukrainian control", "remains in Russian hands",
 * "has been liberated" (PLACE_ONLY_PREDICATE_AFTER, said of nothing but a place), "has been captured" (a person is
 * captured too).
 */
const changeOfHandsAfter = (participles: string): RegExp =>
  new RegExp(
    String.raw`^\s+(?:is|was|remains|remained|has\s+been|had\s+been|have\s+been)\s+(?:now\s+|still\s+|fully\s+|completely\s+|reportedly\s+|officially\s+)?(?:under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:\w+\s+)?control|in\s+\w+\s+hands|${participles})\b`,
    'i',
  );
const PLACE_ONLY_PREDICATE_AFTER = changeOfHandsAfter('liberated|occupied|de-occupied');
const PLACE_PREDICATE_AFTER = changeOfHandsAfter('liberated|occupied|de-occupied|captured|taken|retaken|recaptured|seized|freed');
/** Words that name a landmark, a front or an area, never a settlement by themselves. */
const LANDMARK_NOUNS = new Set([
  'river',
  'street',
  'square',
  'plant',
  'factory',
  'forest',
  'bridge',
  'highway',
  'airport',
  'district',
  'direction',
  'front',
  'line',
  'area',
  'island',
  'islands',
  'spit',
  'bank',
  'territory',
]);
/** "Loskutivka and Rai-Oleksandrivka": a name that goes on a list after another name shaped like a settlement's. */
const AFTER_LISTED_NAME = /([A-Z][\w'’-]+)(?:,\s*|,?\s+and\s+)$/;
const WORD = /\b\d{1,2}(?:st|nd|rd|th)\b|[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’ʼ]*(?:-[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’ʼ]*)*/g;
/** What a place the sources give no population for counts as when sizes are weighed: a small village. */
const UNKNOWN_POPULATION = 500;
/** Big cities are metonyms as often as places (Kyiv, Moscow): they do not steer the choice among same-name places. */
const ANCHOR_MAX_POPULATION = 2_000_000;
/** Regions along the front line and the border: a name there is likelier in war copy than its namesakes elsewhere. */
/** A namesake village this far from every place named beside it is taken for an unknown one. */
const STRAY_KM = 300;
const STRAY_MAX_POPULATION = 20_000;
const FRONT_REGIONS = new Set([
  'Donetsk Oblast',
  'Luhansk Oblast',
  'Kharkiv Oblast',
  'Zaporizhzhia Oblast',
  'Kherson Oblast',
  'Sumy Oblast',
  'Dnipropetrovsk Oblast',
  'Mykolaiv Oblast',
  'Chernihiv Oblast',
  'Crimea',
  'Sevastopol',
  'Kursk Oblast',
  'Belgorod Oblast',
  'Bryansk Oblast',
  'Rostov Oblast',
  'Voronezh Oblast',
]);

/** A name of a list: one to three capitalised words, with its locating tail ("Kamianske in the Zaporizhzhia region"). */
const NAME_CORE = String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’ʼ-]*(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’ʼ-]*){0,2}`;
const NAME_TAIL = String.raw`(?: (?:in|of) (?:the )?(?:[a-z-]+ ){0,2}[A-Z][\w'’-]+ (?:region|oblast|Oblast|Region|People['’]s Republic)| \([A-Z][\w'’-]+ (?:region|oblast|Oblast|Region)\))?`;
const NAME = NAME_CORE + NAME_TAIL;
const SEPARATOR = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s+as well as\s+)`;
const LIST = new RegExp(`${NAME}(?:${SEPARATOR}${NAME})+`, 'g');
const ITEM = new RegExp(`(?:^|${SEPARATOR})(${NAME_CORE})${NAME_TAIL}`, 'g');
const LIST_HINT = /(?:[A-Z][\w'’-]*|region|oblast)\)?(?:,\s+| and )[A-Z]/;
/** Words that introduce a list of places: "the villages of", "ten settlements:", "named the captured settlements as". */
const LIST_INTRO =
  /\b(?:villages?|towns?|cities|city|settlements?|hamlets?|localities|locality|communities|community|population cent(?:re|er)s)\b[^.;]{0,100}?(?:[:—–]|\bof|\bas|\bincluding|\bnamely|\bthey are|\bthese are)\s*$/i;

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** "1st", "2nd": a numeral ordinal, folded to its word ("first"); it may open a name of several words only. */
  ordinal?: boolean;
}

/** "1st Knyazhy", "2nd Knyazhy": ordinals that open names of villages, as words (the names' other spellings use them). */
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const WEEKDAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/**
 * "Obukhovka, Snagost and 10th October": a name of an ordinal and a month ("Desyaty Oktyabr") is a place only in a
 * list of places, after a comma or an "and"/"or" whose word before is a capitalised name (not a weekday or month),
 * and with no year after it; otherwise it is a date ("on 10th October", "the 9th and 10th October 2024").
 */
const listedAfterName = (text: string, tokens: Token[], i: number, end: number): boolean => {
  if (/^,?\s*\d/.test(text.slice(end, end + 8))) return false;
  const gap = text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (/^,\s+$/.test(gap)) return prev.capitalised && !WEEKDAY_OR_MONTH.test(prev.text);
  if (!/^\s+$/.test(gap) || !/^(?:and|or)$/.test(prev.text)) return false;
  const name = tokens[i - 2];
  return !!name && name.capitalised && !WEEKDAY_OR_MONTH.test(name.text) && /^,?\s+$/.test(text.slice(name.end, prev.start));
};

const FUSED_WORD_AFTER = /(?<=[A-Z][\w'’ʼ]*)-(?:all|both|each|and|or|but)$/;
const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    const ordinal = ORDINAL.exec(word);
    if (ordinal) {
      const folded = ORDINAL_WORDS[Number(ordinal[1])];
      if (folded) tokens.push({ text: word, folded, start: m.index, end, capitalised: false, ordinal: true });
      continue;
    }
    // "Rusyn Yar-all", "Kurakhove-both": a name fused by a dash to the lower-case word after it ends before the dash.
    const fused = FUSED_WORD_AFTER.exec(word);
    if (fused) {
      word = word.slice(0, fused.index);
      end = m.index + word.length;
    } else if (/['’ʼ]s$/.test(word)) {
      word = word.slice(0, -2);
      end -= 2;
    } else if (/['’ʼ]$/.test(word)) {
      word = word.slice(0, -1);
      end -= 1;
    }
    const c = word.charCodeAt(0);
    const capitalised = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c > 0xff && word[0] !== word[0]!.toLowerCase());
    tokens.push({ text: word, folded: capitalised ? foldPlaceName(word) : '', start: m.index, end, capitalised });
  }
  return tokens;
};

const toRad = (d: number): number => (d * Math.PI) / 180;
/** Great-circle distance in km; Infinity when either has no coordinates. */
export const distanceKm = (a: GazetteerEntry, b: GazetteerEntry): number => {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

/** One word ending in "-ly": an English adverb, never a settlement's name in copy. */
const ADVERB = /^[A-Z][a-z]{2,}ly$/;

/** A provisional place's name as the text gives it, tidied: no possessive or apostrophes, each word capitalised. */
export const normaliseName = (surface: string): string =>
  surface
    .replace(/['’ʼ]s$/, '')
    .replace(/['’ʼ`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline
const sentenceBounds = (text: string, at: number): [number, number] => {
  let start = at;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  return [start, end];
};

/** A name with i, y and j folded together and w as v: "Kupyansk", "Kupjansk" and "Kupiansk" are one. */
const looseKey = (name: string): string =>
  foldPlaceName(name.replace(/['’ʼ]s$/, ''))
    .replace(/[yj]/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/w/g, 'v');

const settlementsOf = (m: PlaceMention): GazetteerEntry[] => m.candidates.filter((c) => c.kind === 'settlement');

/** Skeletons shorter than this match too many unrelated names to say anything. */
const SKELETON_MIN = 6;
/** The word after a place's name that makes it a newspaper's. */
/** A unit's noun after a name: the name is the unit's ("the Chervona Kalyna Brigade"). */
const UNIT_AFTER = /^\s+(?:Brigade|Battalion|Regiment|Division|Corps|Group)\b/i;

const PUBLICATION_WORD = /^(?:Times|Post|Daily|Herald|Journal|Tribune|Gazette|Independent|Telegraph|Observer|Insider)$/;
/** The words after a name that make it an island or a spit. */
const FEATURE_WORDS = /^(?:Island|island|Spit|spit)$/;
/** A street or a square named after a place ("Druzhba Square"): no settlement. */
const STREET_WORD = /^(?:Squares?|Streets?|Avenues?|Boulevards?|Prospekt|Park)$/;
const DISTRICT_WORD = /^(?:district|District)$/;
const HROMADA_WORD = /^(?:community|hromada|hromadas|communities)$/i;
/** "Grayvoronsky", "Korenevskiy", "Sudzhansky": the adjectival form Russian district names take. */
const RUSSIAN_DISTRICT_NAME = /(?:sky|skiy|skii|skoy)$/;

let aloneFolded: Set<string> | null = null;
const ALONE_FOLDED = (): Set<string> => (aloneFolded ??= new Set(ALONE_ARE_PLACES.map(foldPlaceName)));
/**
 * "Mikhailovka, Pravda, and Yuzhny": a word stands alone when a comma or a lower-case word comes before it and no
 * capitalised word sits next to it on either side (not "Ukrainska Pravda", "Pravda Ukrainy", nor a sentence's start).
 */
/** "the news outlet Pravda", "told Pravda": the word before makes it a publication. */
const MEDIA_BEFORE = /^(?:outlets?|newspapers?|papers?|daily|publications?|website|site|agency|media|magazine|journal|told|by|to)$/i;
const standsAlone = (text: string, tokens: Token[], i: number): boolean => {
  const t = tokens[i]!;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1] ?? '';
  if (!/,$|^\p{Ll}[\p{L}'’-]*$/u.test(before) || MEDIA_BEFORE.test(before)) return false;
  const next = tokens[i + 1];
  return !(next && next.capitalised && next.start - t.end === 1 && text[t.end] === ' ');
};

class LookupGazetteer implements Gazetteer {
  /** Settlements of Ukraine and Russia by the skeleton of each one-word name (built on first use). */
  private skeletons: Map<string, GazetteerEntry[]> | null = null;

  constructor(
    private readonly byAlias: Map<string, GazetteerEntry[]>,
    private readonly stopwords: Set<string>,
    /** Region entries by every alias and by their bare base name ("donetsk" → Donetsk Oblast). */
    private readonly regions: Map<string, GazetteerEntry>,
    private readonly regionsByBase: Map<string, GazetteerEntry>,
    private readonly personPrefixes: Set<string>,
    /** Regions whose capital's bare name war copy uses for the region ("Donetsk", "Luhansk"). */
    private readonly bareNameRegions: ReadonlySet<string>,
    /** ... and those whose bare name is the region only when a share of it is claimed ("75% of Kherson"). */
    private readonly shareNameRegions: ReadonlySet<string>,
  ) {}

  private region(name: string): GazetteerEntry | null {
    const folded = foldPlaceName(name);
    return this.regions.get(folded) ?? this.regionsByBase.get(folded) ?? null;
  }

  scan(text: string): PlaceMention[] {
    const tokens = tokenize(text);
    const mentions: PlaceMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (first.ordinal) {
        const named = this.ordinalName(text, tokens, i);
        if (named) {
          mentions.push(named);
          while (i + 1 < tokens.length && tokens[i + 1]!.start < named.end) i++;
        }
        continue;
      }
      if (!first.capitalised) continue;
      // A capitalised word right after a first name or title is a surname ("Sergei Orlov", "General Smirnov").
      if (i > 0 && tokens[i - 1]!.capitalised && first.start - tokens[i - 1]!.end <= 2 && this.personPrefixes.has(tokens[i - 1]!.folded)) {
        if (/^\.? $/.test(text.slice(tokens[i - 1]!.end, first.start))) continue;
      }
      let found: PlaceMention | null = this.elliptical(text, tokens, i);
      // Longest phrase first. Words of one name sit next to each other (a space or nothing between them) and
      // every word but a trailing region word is capitalised.
      let n = 1;
      while (n < MAX_PHRASE_WORDS && i + n < tokens.length) {
        const t = tokens[i + n]!;
        const gap = t.start - tokens[i + n - 1]!.end;
        if (gap !== 1 || text[t.start - 1] !== ' ') break;
        const regionWord = REGION_WORDS.has(t.text.toLowerCase());
        // "the Zaporizhzhia nuclear power plant", "the Avdiivka coke plant": a facility's name goes on in lower case.
        if (!t.capitalised && !regionWord && !FACILITY_WORDS.has(t.text.toLowerCase())) break;
        n++;
        if (regionWord) break;
      }
      for (; n >= 1 && !found; n--) {
        const last = tokens[i + n - 1]!;
        const lastFolded = last.capitalised ? last.folded : last.text.toLowerCase();
        let key = first.folded;
        for (let k = 1; k < n; k++) {
          const t = tokens[i + k]!;
          key += ' ' + (t.capitalised ? t.folded : t.text.toLowerCase());
        }
        if (n === 1 && this.stopwords.has(key) && !(ALONE_FOLDED().has(key) && standsAlone(text, tokens, i))) continue;
        const isRegion = n > 1 && REGION_WORDS.has(lastFolded);
        // "Viktorovka", "Svobodnoye", "Bogdanovka": the Russian spelling of a Ukrainian name the gazetteer lacks.
        let candidates = n === 1 ? this.withUkrainianSpelling(key) : this.byAlias.get(key);
        if (!candidates) continue;
        const next = tokens[i + n];
        // ("the Dnipro River", "Druzhba Square", "Pushkin Street": a river or a square of a town is no settlement.)
        if (next && (/^rivers?$/i.test(next.text) || STREET_WORD.test(next.text)) && next.start - last.end === 1) continue;
        // "The New York Times", "the Kyiv Independent", "The Moscow Times": a newspaper's name, no place.
        if (next && PUBLICATION_WORD.test(next.text) && next.start - last.end === 1) continue;
        if (isRegion) {
          candidates = candidates.filter((c) => c.kind === 'region');
          if (candidates.length === 0) continue;
        } else {
          const region = n === 1 || !this.regions.has(key) ? this.regionsByBase.get(key) : undefined;
          if (region && !candidates.includes(region)) candidates = [...candidates, region];
        }
        const before = text.slice(Math.max(0, first.start - 40), first.start);
        const regionOnly = candidates.every((c) => c.kind === 'region');
        found = {
          surface: text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          candidates,
          cue:
            isRegion || (regionOnly && n > 1)
              ? 'region'
              : SETTLEMENT_CUE.test(before) || CITY_AFTER.test(text.slice(last.end, last.end + 6))
                ? 'settlement'
                : null,
          provisional: false,
          regionHint: null,
        };
        if (
          !found.cue &&
          candidates.some((c) => c.kind === 'region') &&
          (REGION_CUE.test(before) ||
            PLACES_IN().test(text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start)) ||
            POSSESSIVE_REGION.test(text.slice(found.end, found.end + 40)) ||
            DESCRIBED_REGION.test(text.slice(found.end, found.end + 40)) ||
            (SHARE_OF.test(before) && REGIONS_TALK.test(text.slice(Math.max(0, first.start - 200), first.start + 200))) ||
            this.listedAfterBareRegion(text, mentions, first.start))
        ) {
          found.cue = 'region';
          found.candidates = candidates.filter((c) => c.kind === 'region');
        }
        if (found.cue === 'settlement') found.candidates = candidates.filter((c) => c.kind === 'settlement');
        if (found.candidates.length === 0) found = null;
      }
      if (!found) {
        found = this.provisional(text, tokens, i) ?? this.adjectiveName(text, tokens, i);
        // "Metyolkine", "Bogorodichny": a one-word name the gazetteer spells otherwise.
        found = !found
          ? this.respelled(text, tokens, i)
          : found.provisional && found.end === first.end
            ? (this.respelled(text, tokens, i, found) ?? found)
            : found;
      } else if (found.cue !== 'region') {
        // A known word followed by another capitalised word the text calls a place is a longer, unknown name
        // ("took Zelene Pole in the Donetsk region", "the villages of Novoselivka Persha and ...").
        const longer = this.provisional(text, tokens, i) ?? (found.end === first.end ? this.adjectiveName(text, tokens, i) : null);
        if (longer && longer.end > found.end) found = longer;
      }
      // "Karantynnyi Island", "the Kinburn Spit", "the Grayvoronsky district": a named island, spit or Russian district.
      const feature = this.namedFeature(text, tokens, i);
      if (feature && (!found || found.end < feature.end || (feature.name && found.end === feature.end))) found = feature;
      if (found && found.cue !== 'region') found = this.asListedRegion(text, found);
      if (found && !found.provisional && found.cue !== 'region') found = this.asPeoplesRepublic(text, found);
      if (found) {
        if (!found.provisional && found.cue !== 'region') found.regionHint = this.regionAfter(text, found.end);
        mentions.push(found);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < found.end) i++;
      }
    }
    return this.completeLists(text, mentions);
  }

  /**
   * "1st Knyazhy", "2nd Knyazhy": a name the gazetteer spells with the ordinal's word ("First Knyazhy"), the ordinal
   * followed by capitalised words only; the longest such name.
   */
  private ordinalName(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    let n = 1;
    while (n < MAX_PHRASE_WORDS && i + n < tokens.length) {
      const t = tokens[i + n]!;
      if (!t.capitalised || text.slice(tokens[i + n - 1]!.end, t.start) !== ' ') break;
      n++;
    }
    for (; n >= 2; n--) {
      const key = [first.folded, ...tokens.slice(i + 1, i + n).map((t) => t.folded)].join(' ');
      const candidates = this.byAlias.get(key)?.filter((c) => c.kind === 'settlement');
      if (!candidates?.length) continue;
      const end = tokens[i + n - 1]!.end;
      if (n === 2 && MONTH.test(tokens[i + 1]!.text) && !listedAfterName(text, tokens, i, end)) continue;
      return {
        surface: text.slice(first.start, end),
        start: first.start,
        end,
        candidates,
        cue: null,
        provisional: false,
        regionHint: this.regionAfter(text, end),
      };
    }
    return null;
  }

  /**
   * "about 75% of Kherson and Zaporizhzhia": a name listed right after a capital's name read as its region (a bare
   * name, not "the Kherson region") is a region too.
   */
  private listedAfterBareRegion(text: string, mentions: PlaceMention[], start: number): boolean {
    const prev = mentions[mentions.length - 1];
    if (!prev || prev.cue !== 'region' || /\s/.test(prev.surface)) return false;
    return /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(prev.end, start));
  }

  /**
   * "liberated seventeen communities: Pavlopol, Pishchevik, Viktorovka and Gnutovo", "Blahodatne, Neskuchne and
   * Makarivka": the unknown names of a list of places are places too. A list counts as one of places when it follows
   * a settlement noun or when one of its names is a known settlement; each other name becomes a provisional place.
   */
  private completeLists(text: string, mentions: PlaceMention[]): PlaceMention[] {
    if (!LIST_HINT.test(text)) return mentions;
    const added: PlaceMention[] = [];
    LIST.lastIndex = 0;
    for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
      const items: { start: number; end: number }[] = [];
      ITEM.lastIndex = 0;
      const run = m[0];
      for (let it = ITEM.exec(run); it; it = ITEM.exec(run)) {
        // The separator before a name has no capital letter: the name begins at the first one.
        const start = m.index + it.index + it[0].search(/[A-Z\u00C0-\u00DE]/);
        const fused = FUSED_WORD_AFTER.exec(it[1]!);
        items.push({ start, end: start + (fused ? fused.index : it[1]!.length) });
        if (it[0].length === 0) ITEM.lastIndex++;
      }
      if (items.length < 2) continue;
      const known = (item: { start: number; end: number }): PlaceMention | undefined =>
        mentions.find((x) => x.start <= item.start && x.end >= item.end - 1 && x.cue !== 'region');
      const introduced = LIST_INTRO.test(text.slice(Math.max(0, m.index - 120), m.index));
      const settled = items.some((item) => {
        const k = known(item);
        return k && (k.provisional || k.candidates.some((c) => c.kind === 'settlement' && c.population < 1_000_000));
      });
      if (!introduced && !settled) continue;
      for (const item of items) {
        if (known(item) || this.stopwords.has(foldPlaceName(text.slice(item.start, item.end)))) continue;
        // "Bila Hora": a known word ("Bila") inside an unknown name of the list is not the place.
        const partial = mentions.findIndex((x) => x.start >= item.start && x.end <= item.end && x.end - x.start < item.end - item.start);
        if (partial >= 0 && mentions[partial]!.start === item.start) mentions.splice(partial, 1);
        else if (mentions.some((x) => x.start < item.end && x.end > item.start)) continue;
        const surface = text.slice(item.start, item.end).replace(/['’ʼ]s$/, '');
        const words = surface.split(' ');
        if (words.some((w) => this.stopwords.has(foldPlaceName(w))) || foldPlaceName(words[0]!).length < 4) continue;
        // "“Legally, Bakhmut is taken”", "Reportedly, Pokrovsk ...": an adverb opening a clause is no name of the list.
        if (ADVERB.test(surface)) continue;
        added.push({
          surface,
          start: item.start,
          end: item.start + surface.length,
          candidates: [],
          cue: 'settlement',
          provisional: true,
          regionHint: this.regionAfter(text, item.start + surface.length),
        });
      }
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }

  /**
   * An island or a spit by its name ("Karantynnyi Island", "Kinburn Spit"), or a district by its adjectival Russian
   * name ("the Grayvoronsky district", "Korenevskiy District"): a place of its own, provisional unless the gazetteer
   * knows it. A district named after a town ("the Pokrovsk district") is not one, its name is the town's, unless the
   * town is in Russia's border regions ("the Grayvoron district", "the Korenevo district": where incursions are told).
   */
  private namedFeature(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    if (!first.capitalised) return null;
    // The word after the name, one or two words on, must be the feature's: a cheap test on the scan's hot path.
    const second = tokens[i + 1];
    const third = tokens[i + 2];
    const spaced = (a: Token, b: Token): boolean => text.slice(a.end, b.start) === ' ';
    let j = -1;
    if (second && spaced(first, second)) {
      if (
        FEATURE_WORDS.test(second.text) ||
        (DISTRICT_WORD.test(second.text) && (RUSSIAN_DISTRICT_NAME.test(first.folded) || this.russianBorderTown(first.folded)))
      )
        j = i + 1;
      else if (second.capitalised && third && spaced(second, third) && FEATURE_WORDS.test(third.text)) j = i + 2;
    }
    if (j < 0 && second && spaced(first, second)) return this.hromada(text, tokens, i) ?? this.listedDistrict(text, tokens, i);
    // ("The Kinburn Spit remains ...": an article opening the sentence is no part of the name.)
    if (j < 0 || this.stopwords.has(first.folded) || SETTLEMENT_NOUNS.has(first.folded) || /^(?:the|a|an)$/i.test(first.text)) return null;
    // ("Russia Captures Last Dnieper Estuary Island": in a headline in title case every word looks like a name.)
    if (titleCaseLine(text, first.start)) return null;
    const last = tokens[j]!;
    const surface = text.slice(first.start, last.end);
    const known = this.byAlias.get(foldPlaceName(surface));
    return {
      surface,
      start: first.start,
      end: last.end,
      candidates: known ?? [],
      cue: 'settlement',
      provisional: !known,
      regionHint: null,
    };
  }

  /**
   * "the Sudzha and Korenevo districts", "the Sudzhansky and Korenevsky border districts": each name of two districts
   * of Russia's border regions named together is a district, named "X District".
   */
  private listedDistrict(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    const districtName = (t: Token | undefined): boolean =>
      !!t && t.capitalised && !this.stopwords.has(t.folded) && (RUSSIAN_DISTRICT_NAME.test(t.folded) || this.russianBorderTown(t.folded));
    const districtsAt = (k: number): boolean =>
      /^districts$/i.test(tokens[k]?.text ?? '') ||
      (/^border$/i.test(tokens[k]?.text ?? '') && /^districts$/i.test(tokens[k + 1]?.text ?? ''));
    if (!districtName(first)) return null;
    const listed =
      (and(tokens[i + 1]) && districtName(tokens[i + 2]) && districtsAt(i + 3)) ||
      (districtsAt(i + 1) && and(tokens[i - 1]) && districtName(tokens[i - 2]));
    if (!listed || titleCaseLine(text, first.start)) return null;
    return namedUnit(first, `${normaliseName(first.text)} District`, null);
  }

  /**
   * "the Hirska community", "the Borivska community", "Dvorichanska and Petropavlivska hromadas": a Ukrainian hromada
   * named by the adjective of its centre's name is a place of its own, named "X hromada" after the settlement (Hirske
   * hromada, Dvorichna hromada): the known Ukrainian settlement the adjective's endings give. By the bare name ("the
   * Hirske community", "the Bucha community") copy mostly means the town, and the name stays the town's.
   */
  private hromada(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    const unit = (t: Token | undefined): boolean => !!t && HROMADA_WORD.test(t.text);
    const listed =
      unit(tokens[i + 1]) ||
      (and(tokens[i + 1]) && tokens[i + 2]?.capitalised === true && /^(?:hromadas|communities)$/i.test(tokens[i + 3]?.text ?? ''));
    if (!listed || this.stopwords.has(first.folded) || titleCaseLine(text, first.start)) return null;
    const centre = this.hromadaCentre(first.folded);
    if (!centre) return null;
    return namedUnit(first, `${centre.name} hromada`, centre.admin1);
  }

  /** The Ukrainian settlement a hromada's adjective names ("hirska" Hirske, "borivska" Borova, "khotynska" Khotyn). */
  private hromadaCentre(folded: string): GazetteerEntry | null {
    const stem = /^(.{3,}?)(?:ska|skyi|sky|skoi)$/.exec(folded)?.[1];
    if (!stem || this.byAlias.has(folded)) return null;
    const keys = [
      `${stem}sk`,
      `${stem}ske`,
      stem,
      ...(/iv$/.test(stem) ? [`${stem}ka`, `${stem.slice(0, -2)}ova`, `${stem.slice(0, -2)}ove`, `${stem.slice(0, -2)}iv`] : []),
      ...(/an$/.test(stem) ? [`${stem.slice(0, -2)}na`, `${stem.slice(0, -2)}ne`] : []),
      ...(/[^aeiouy]$/.test(stem) ? [`${stem}e`, `${stem}ia`, `${stem}ya`] : []),
    ];
    // ("borivska": Borova, not the hamlet Borivske the same adjective could name: a hromada is named after its centre.)
    const towns = keys.flatMap((key) => this.byAlias.get(key) ?? []).filter((c) => c.kind === 'settlement' && c.country === 'UA');
    return towns.length ? towns.reduce((a, b) => (b.population > a.population ? b : a)) : null;
  }

  /**
   * "the Grayvoron district", "the Korenevo district": a district of Russia's border regions named by its town's name
   * (a town of Russia's front-line or border regions with no namesake in Ukraine), not the town.
   */
  private russianBorderTown(folded: string): boolean {
    const towns = this.byAlias.get(folded)?.filter((c) => c.kind === 'settlement') ?? [];
    return (
      !this.stopwords.has(folded) &&
      towns.some((c) => c.country === 'RU' && c.admin1 !== null && FRONT_REGIONS.has(c.admin1)) &&
      !towns.some((c) => c.country === 'UA')
    );
  }

  /**
   * "Malaya Loknya", "Nova Poltavka": an adjective of place names before a known name, the two together unknown, is
   * an unknown place of its own (not Loknya in Pskov Oblast).
   */
  private adjectiveName(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    const next = tokens[i + 1];
    if (!NAME_ADJECTIVES.has(first.folded) || !next?.capitalised || text.slice(first.end, next.start) !== ' ') return null;
    // ("Zelenoye Pole", "Krasny Port", "Verkhnia Tersa": the adjective may be a known name of its own, the word after
    // it none; "Novaya Kakhovka Times" is no place, nor "Krasnyi Liman Region".)
    if (
      this.stopwords.has(next.folded) ||
      REGION_WORDS.has(next.folded) ||
      SETTLEMENT_NOUNS.has(next.folded) ||
      PUBLICATION_WORD.test(next.text) ||
      FEATURE_WORDS.test(next.text) ||
      titleCaseLine(text, first.start) ||
      // "the 14th Chervona Kalyna Brigade": a unit's name.
      UNIT_AFTER.test(text.slice(next.end, next.end + 14))
    )
      return null;
    const surface = text.slice(first.start, next.end);
    const known = this.byAlias.get(foldPlaceName(surface));
    return {
      surface,
      start: first.start,
      end: next.end,
      candidates: known ?? [],
      cue: 'settlement',
      provisional: !known,
      regionHint: this.regionAfter(text, next.end),
    };
  }

  /** "X in the Donetsk region", "X, Kharkiv Oblast": the region the text puts a place in. */
  private regionAfter(text: string, end: number): string | null {
    const c = text.charCodeAt(end);
    if (c !== 44 && c !== 32) return null; // a comma or a space
    const after = text.slice(end, end + 60);
    const m =
      /^,? (?:in|of) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:region|oblast|Oblast|Region|province|People['’]s Republic)\b/.exec(
        after,
      ) ??
      APPOSITIVE_REGION.exec(text.slice(end, end + 110)) ??
      /^, ([A-Z][\w'’-]+) (?:region|oblast|Oblast|Region)\b/.exec(after) ??
      /^ \(([A-Z][\w'’-]+) (?:region|oblast|Oblast|Region)\)/.exec(after);
    if (!m) return null;
    return this.region(m[1]!)?.name ?? `${normaliseName(m[1]!)} Oblast`;
  }

  /** "the Donetsk People's Republic", Russia's name for the occupied oblast: the region, the whole name as surface. */
  private asPeoplesRepublic(text: string, mention: PlaceMention): PlaceMention {
    const m = /^ People['’]s Republic\b/.exec(text.slice(mention.end, mention.end + 20));
    const region = m ? mention.candidates.find((c) => c.kind === 'region') : undefined;
    if (!m || !region) return mention;
    const end = mention.end + m[0].length;
    return { ...mention, surface: text.slice(mention.start, end), end, candidates: [region], cue: 'region' };
  }

  /** "the Donetsk, Luhansk and Kherson regions": every name of such a list is a region. */
  private asListedRegion(text: string, mention: PlaceMention): PlaceMention {
    const after = text.slice(mention.end, mention.end + 120);
    if (!/^(?:,\s*[A-Z][\w'’-]+)*(?:,?\s+(?:and|or)\s+[A-Z][\w'’-]+)?\s+(?:regions|oblasts|provinces)\b/.test(after)) return mention;
    const region = this.region(mention.surface);
    return region ? { ...mention, candidates: [region], cue: 'region', provisional: false } : mention;
  }

  /**
   * "Velyka and Mala Oleksandrivka": an adjective of place names coordinated with another before one name is that
   * name's place too ("Velyka Oleksandrivka"), when the gazetteer knows it.
   */
  private elliptical(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    if (!NAME_ADJECTIVES.has(first.folded)) return null;
    const [and, second, name] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (!and || !second || !name) return null;
    if (!/^(?:and|or)$/i.test(and.text) || !NAME_ADJECTIVES.has(second.folded) || !name.capitalised) return null;
    if (text.slice(first.end, name.start) !== ` ${and.text} ${second.text} `) return null;
    const candidates = this.byAlias.get(`${first.folded} ${name.folded}`)?.filter((c) => c.kind === 'settlement');
    if (!candidates?.length) return null;
    return { surface: first.text, start: first.start, end: first.end, candidates, cue: 'settlement', provisional: false, regionHint: null };
  }

  /**
   * A one-word name the gazetteer spells otherwise: a provisional place, or a name shaped like a settlement's after a
   * word that introduces a place, that has the skeleton of exactly one settlement (see bySkeleton).
   */
  private respelled(text: string, tokens: Token[], i: number, provisional?: PlaceMention): PlaceMention | null {
    const t = tokens[i]!;
    if (!t.capitalised || this.stopwords.has(t.folded) || t.folded.includes(' ')) return null;
    const next = tokens[i + 1];
    // One word only: "Novoselivka Persha" is no respelling of a one-word name.
    if (next?.capitalised && text.slice(t.end, next.start) === ' ') return null;
    if (!provisional) {
      const before = text.slice(Math.max(0, t.start - 40), t.start);
      if (!TOPONYM_SHAPE.test(t.folded) || !PLACE_INTRO.test(before) || titleCaseLine(text, t.start)) return null;
    }
    const entry = this.bySkeleton(t.folded);
    if (!entry) return null;
    return {
      surface: t.text,
      start: t.start,
      end: t.end,
      candidates: [entry],
      cue: 'settlement',
      provisional: false,
      regionHint: provisional?.regionHint ?? null,
    };
  }

  /** An unknown capitalised name the text calls a settlement ("the village of X", "X in the Y region", "X, near Y"). */
  private provisional(text: string, tokens: Token[], i: number): PlaceMention | null {
    const first = tokens[i]!;
    if (
      this.stopwords.has(first.folded) ||
      first.folded.length < 4 ||
      // "Russia Takes Control of Town near Kyiv": a settlement noun is no name.
      SETTLEMENT_NOUNS.has(first.folded) ||
      !/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’ʼ-]/.test(first.text)
    )
      return null;
    let j = i;
    if (
      i + 1 < tokens.length &&
      tokens[i + 1]!.capitalised &&
      text.slice(first.end, tokens[i + 1]!.start) === ' ' &&
      !this.stopwords.has(tokens[i + 1]!.folded) &&
      !REGION_WORDS.has(tokens[i + 1]!.folded) &&
      // "Starytsya Village in Kharkiv Region": a title-case settlement noun is no part of the name.
      !SETTLEMENT_NOUNS.has(tokens[i + 1]!.folded)
    )
      j = i + 1;
    const last = tokens[j]!;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const after = text.slice(last.end, last.end + 60);
    // Cheap guards first: the cue regexes run only where their fixed words can be.
    const cued =
      (/of\s+$/.test(before) && SETTLEMENT_CUE.test(before)) ||
      // "took the Grafskoye settlement under control": a name a settlement noun follows, after "the".
      (/\bthe\s+$/i.test(before) &&
        /^\s+(?:settlement|village|hamlet)\b/i.test(after) &&
        TOPONYM_SHAPE.test(text.slice(first.start, last.end))) ||
      (/(?:,\s*| and | or )$/.test(before) && SETTLEMENT_LIST_CUE.test(text.slice(Math.max(0, first.start - 160), first.start)));
    const placeAfter = /^(?:,? (?:in|of|near) |, [A-Z])/.test(after);
    const regionHint = placeAfter ? this.regionAfter(text, last.end) : null;
    // "X, near Kupiansk": only after a word that introduces a place (in, near, of, to, from, toward(s)).
    const nearKnown = placeAfter && /\b(?:in|near|of|to|from|towards?|outside|around)\s+$/i.test(before) && this.nearKnownPlace(after);
    // "X in the Donetsk region" alone names a place only after a word that introduces one ("at X in ...",
    // "captured X in ..."), not after "Energoatom in the Zaporizhzhia region" as a subject.
    const introduced = regionHint !== null && PLACE_INTRO.test(before);
    // "withdrew from Solodke", "fighting in Rivnopillia": a name shaped like a Ukrainian or Russian settlement's, after
    // a word that introduces a place.
    const listed = AFTER_LISTED_NAME.exec(before);
    // "Kiseleveka has been captured": a name shaped like a settlement's, the subject of a change of hands; "Ryasne is
    // under Ukrainian control", "Oruzhin has been liberated": any one-word name, of a place's own change of hands.
    const subjectOfControl = PLACE_PREDICATE_AFTER.test(after) && (i === j || TOPONYM_SHAPE.test(text.slice(first.start, last.end)));
    const placeOnly =
      subjectOfControl &&
      i === j &&
      first.folded.length >= 5 &&
      !LANDMARK_NOUNS.has(first.folded) &&
      // "the Bakhmutka River is": not the last word of a longer name.
      !/[A-Z][\w'’-]*\s+$/.test(before) &&
      PLACE_ONLY_PREDICATE_AFTER.test(after);
    const shaped =
      (placeOnly ||
        (TOPONYM_SHAPE.test(text.slice(first.start, last.end)) &&
          (PLACE_VERB_BEFORE.test(before) || (listed !== null && TOPONYM_SHAPE.test(listed[1]!)) || subjectOfControl))) &&
      !/^\s*['’]s\b/.test(after);
    // "taken control of Otradne, a village further west": a name an apposition calls a settlement, after a word that
    // introduces a place.
    const apposed = (APPOSED_SETTLEMENT.test(after) && PLACE_INTRO.test(before)) || APPOSED_LOCATED_SETTLEMENT.test(after);
    if (!cued && !introduced && !nearKnown && !shaped && !apposed) return null;
    // "Village Liberated After Frontline Breakthrough": in a headline in title case every word looks like a name; only
    // "the village of X" names one there.
    if (!cued && titleCaseLine(text, first.start)) return null;
    // A sentence-initial word followed by "in the X region" is more often a subject ("Fighting in ...").
    if (!cued && !subjectOfControl && /(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, first.start - 3), first.start))) return null;
    return {
      surface: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      candidates: [],
      cue: 'settlement',
      provisional: true,
      regionHint,
    };
  }

  private nearKnownPlace(after: string): boolean {
    const m = /^,? near (?:the (?:city|town|village) of )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)/.exec(after);
    if (!m) return false;
    const words = m[1]!.split(' ');
    for (let n = words.length; n >= 1; n--) if (this.byAlias.has(foldPlaceName(words.slice(0, n).join(' ')))) return true;
    return false;
  }

  /**
   * "no longer in control of Metyolkine", "the liberation of Bogorodichny": a name the gazetteer does not spell this
   * way, shaped like a settlement's, after a word that introduces a place, is the one settlement of Ukraine or Russia
   * whose name has the same skeleton — when exactly one has it.
   */
  private bySkeleton(folded: string): GazetteerEntry | null {
    const key = placeSkeleton(folded);
    if (key.length < SKELETON_MIN) return null;
    if (!this.skeletons) {
      this.skeletons = new Map();
      for (const [alias, entries] of this.byAlias) {
        if (alias.includes(' ')) continue;
        for (const e of entries) {
          if (e.kind !== 'settlement' || (e.country !== 'UA' && e.country !== 'RU')) continue;
          const k = placeSkeleton(alias);
          const list = this.skeletons.get(k);
          if (!list) this.skeletons.set(k, [e]);
          else if (!list.includes(e)) list.push(e);
        }
      }
    }
    const found = this.skeletons.get(key);
    return found?.length === 1 ? found[0]! : null;
  }

  /**
   * The places a name stands for; when none is in Ukraine, also those its Ukrainian-style spelling names there (for
   * the context to choose).
   */
  private withUkrainianSpelling(key: string): GazetteerEntry[] | undefined {
    const known = this.byAlias.get(key);
    if (known?.some((c) => c.country === 'UA')) return known;
    const spelling = ukrainianSpelling(key);
    // Only places in Ukraine: the Russian spelling of a Russian place is its own name.
    const inUkraine = spelling ? this.byAlias.get(spelling)?.filter((c) => c.country === 'UA' && !known?.includes(c)) : undefined;
    return inUkraine?.length ? [...(known ?? []), ...inUkraine] : known;
  }

  resolve(mentions: PlaceMention[], text?: string): PlaceRef[] {
    // Anchors: settlements the article names without doubt (one candidate, or one far larger than the rest),
    // big capitals apart. Those named close by in the text count first: a list of villages is a list of neighbours.
    const anchorOf = new Map<PlaceMention, GazetteerEntry>();
    const regionMentions = mentions.filter((m) => m.cue === 'region' && m.candidates.length > 0);
    const regionsInArticle = new Set(regionMentions.map((m) => m.candidates[0]!.name));
    /** Regions named in the same sentence as the mention (or within 200 characters when no text is given). */
    const regionsNear = (m: PlaceMention): Set<string> => {
      const near = new Set<string>();
      if (m.regionHint) near.add(m.regionHint);
      const [from, to] = text ? sentenceBounds(text, m.start) : [m.start - 200, m.end + 200];
      for (const r of regionMentions) if (r !== m && r.start >= from && r.end <= to) near.add(r.candidates[0]!.name);
      return near;
    };
    /**
     * "... recaptured two villages in the western Kursk region. ... the villages of Uspenovka and Borki have been
     * retaken": the regions of the sentence before, for a mention whose own sentence names none.
     */
    const regionsBefore = (m: PlaceMention): Set<string> => {
      const before = new Set<string>();
      if (!text) return before;
      let at = sentenceBounds(text, m.start)[0] - 1;
      while (at > 0 && (isSentenceEnd(text.charCodeAt(at)) || /\s/.test(text[at]!))) at--;
      if (at <= 0) return before;
      const [from, to] = sentenceBounds(text, at);
      for (const r of regionMentions) if (r.start >= from && r.end <= to) before.add(r.candidates[0]!.name);
      return before;
    };
    const regionsLocating = (m: PlaceMention): Set<string> => {
      const near = regionsNear(m);
      return near.size ? near : regionsBefore(m);
    };
    for (const m of mentions) {
      if (m.provisional || m.cue === 'region') continue;
      const s = settlementsOf(m);
      const top = s[0];
      if (!top || top.population >= ANCHOR_MAX_POPULATION) continue;
      // A much larger namesake is the place without doubt, unless the sentence puts the name in another region
      // ("Kamianske in the Zaporizhzhia region" is not the city on the Dnieper).
      const near = regionsNear(m);
      const elsewhere =
        near.size > 0 && top.admin1 !== null && !near.has(top.admin1) && s.some((c) => c.admin1 !== null && near.has(c.admin1));
      if (s.length === 1 || (!elsewhere && top.population >= 20_000 && top.population >= 10 * Math.max(1, s[1]!.population)))
        anchorOf.set(m, top);
    }
    // "victory in the region of Luhansk ... the last stronghold in Luhansk": a story that names the region as "the
    // region of X" means the region by a bare X later, unless it says "the city of X".
    const storyRegions = text
      ? regionMentions.filter((r) => REGION_CUE.test(text.slice(Math.max(0, r.start - 30), r.start))).map((r) => r.candidates[0]!)
      : [];
    const regionByStory = (m: PlaceMention): GazetteerEntry | undefined =>
      // ("The regional capital of Zaporizhia", "the outskirts of Donetsk", "Kherson city": the city, whatever region
      // the story is about.)
      m.cue === null &&
      text &&
      !PART_OF_CITY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !CITY_AFTER.test(text.slice(m.end, m.end + 10))
        ? m.candidates.find(
            (c) =>
              c.kind === 'region' &&
              storyRegions.some((r) => r === c && regionMentions.some((x) => x.start < m.start && x.candidates[0] === c)),
          )
        : undefined;
    const keyOf = new Map(mentions.map((m) => [m, foldPlaceName(m.surface)]));
    const anchorsFor = (m: PlaceMention, anchorList: [PlaceMention, GazetteerEntry][]): GazetteerEntry[] => {
      const key = keyOf.get(m);
      const others = anchorList.filter(([a]) => a !== m && keyOf.get(a) !== key);
      const close = others.filter(([a]) => Math.abs(a.start - m.start) < 400);
      return (close.length ? close : others).map(([, e]) => e);
    };
    // Two passes: first against the unambiguous places only; then each ambiguous name again against those and
    // the first-pass choices for the other ambiguous names, so a list of neighbouring villages that all have
    // namesakes elsewhere settles on the cluster that lies together.
    const anchorList = [...anchorOf];
    const firstPass = new Map<PlaceMention, GazetteerEntry>();
    for (const m of mentions) {
      if (m.provisional || m.candidates.length === 0 || anchorOf.has(m)) continue;
      firstPass.set(m, this.choose(m, anchorsFor(m, anchorList), regionsLocating(m), regionsInArticle));
    }
    const widened: [PlaceMention, GazetteerEntry][] = [
      ...anchorList,
      ...[...firstPass].filter(([m, e]) => m.cue !== 'region' && e.kind === 'settlement' && e.population < ANCHOR_MAX_POPULATION),
    ];
    const chosenFor = (m: PlaceMention): GazetteerEntry =>
      anchorOf.get(m) ??
      (firstPass.size > 1 ? this.choose(m, anchorsFor(m, widened), regionsLocating(m), regionsInArticle) : firstPass.get(m)!);
    // "Pavlopol, Viktorovka, Svobodnoye, Donskoye and Anadol": a village far from the front, hundreds of kilometres
    // from every place named beside it, is an unknown village of the same name, not that one.
    const stray = (m: PlaceMention, chosen: GazetteerEntry): boolean => {
      if (chosen.kind !== 'settlement' || chosen.population >= STRAY_MAX_POPULATION || (chosen.admin1 && FRONT_REGIONS.has(chosen.admin1)))
        return false;
      const neighbours = mentions
        .filter((o) => o !== m && o.cue !== 'region' && Math.abs(o.start - m.start) < 400 && keyOf.get(o) !== keyOf.get(m))
        .map((o) => anchorOf.get(o) ?? firstPass.get(o))
        .filter((e): e is GazetteerEntry => e !== undefined && e.kind === 'settlement');
      return neighbours.length >= 2 && neighbours.every((e) => distanceKm(e, chosen) > STRAY_KM);
    };
    // "... ten villages in the Kursk region. Uspenovka and Borki were liberated later": a Ukrainian village named in its
    // Russian spelling, in a story whose regions are all in Russia and no region of its sentence is the village's, is
    // an unknown Russian namesake (a village named as Ukraine names it, "Robotyne", stays itself).
    const regionCountries = new Set([...regionsInArticle].map((r) => this.region(r)?.country ?? null));
    const ukrainianVillageInRussianStory = (m: PlaceMention, chosen: GazetteerEntry): boolean =>
      chosen.country === 'UA' &&
      chosen.kind === 'settlement' &&
      chosen.population < STRAY_MAX_POPULATION &&
      regionCountries.size > 0 &&
      [...regionCountries].every((c) => c === 'RU') &&
      !(chosen.admin1 && regionsNear(m).has(chosen.admin1)) &&
      foldPlaceName(m.surface) !== foldPlaceName(chosen.name);
    // "Novosadovoye" is a former name of Avtury in Chechnya, "Zapadnyy" one of Gorodovikovsk in Kalmykia: a small place
    // in Russia away from its border regions, named by a name that is not its own, is an unknown namesake (a foreign
    // spelling of a Ukrainian town, "Tschernobyl", stays that town).
    const formerNameAfar = (m: PlaceMention, chosen: GazetteerEntry): boolean =>
      chosen.country === 'RU' &&
      chosen.kind === 'settlement' &&
      chosen.population < STRAY_MAX_POPULATION &&
      !(chosen.admin1 && FRONT_REGIONS.has(chosen.admin1)) &&
      editDistance(looseKey(m.surface), looseKey(chosen.name)) > 2;
    const unresolved = (m: PlaceMention): PlaceRef => {
      const near = [...regionsNear(m)];
      const admin1 = m.regionHint ?? (near.length === 1 ? near[0]! : null);
      const region = admin1 ? this.region(admin1) : null;
      return {
        name: m.name ?? normaliseName(m.surface),
        id: null,
        admin1,
        country: region?.country ?? null,
        lat: null,
        lon: null,
        surface: m.surface,
        resolved: false,
      };
    };
    return mentions.map((m): PlaceRef => {
      if (m.provisional || m.candidates.length === 0 || this.onlyNamesakesElsewhere(m, regionsNear(m))) {
        const near = [...regionsNear(m)];
        const admin1 = m.regionHint ?? (near.length === 1 ? near[0]! : null);
        const region = admin1 ? this.region(admin1) : null;
        return {
          name: m.name ?? normaliseName(m.surface),
          id: null,
          admin1,
          country: region?.country ?? null,
          lat: null,
          lon: null,
          surface: m.surface,
          resolved: false,
        };
      }
      const chosen = regionByStory(m) ?? chosenFor(m);
      if (stray(m, chosen) || ukrainianVillageInRussianStory(m, chosen) || formerNameAfar(m, chosen)) return unresolved(m);
      return placeRefOf(chosen, m.surface);
    });
  }

  regionClaimedAs(m: PlaceMention, text: string): PlaceRef | null {
    if (m.cue !== null || m.regionHint || m.provisional) return null;
    // "liberated the entire Kherson area", "taken parts of the Zaporizhzhia and Mykolaiv areas": a share or the whole
    // of a regional capital's "area" is of its region (Russian "oblast" as wire copy translates it).
    if (AREA_AFTER.test(text.slice(m.end, m.end + 8)) && SHARE_OF_AREA_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) {
      const area = m.candidates.find((c) => c.kind === 'region');
      if (area) return placeRefOf(area, m.surface);
    }
    // A share-name region only after a share of it ("75% of Kherson"), looked for only where one is a candidate.
    const region = m.candidates.find(
      (c) =>
        c.kind === 'region' &&
        (this.bareNameRegions.has(c.name) ||
          renamedCapitalsRegion(m, c) ||
          (this.shareNameRegions.has(c.name) && SHARE_OF_LIST.test(text.slice(Math.max(0, m.start - 160), m.start)))),
    );
    if (
      !region ||
      PART_OF_CITY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
      (CAPITAL_APPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))) ||
      CITY_AFTER.test(text.slice(m.end, m.end + 10)) ||
      // "Kursk's airport", "Luhansk's outskirts"; "Sumy, a city of 250,000".
      /^['’]s\b/.test(text.slice(m.end, m.end + 3)) ||
      APPOSED_SETTLEMENT.test(text.slice(m.end, m.end + 40))
    )
      return null;
    return placeRefOf(region, m.surface);
  }

  /**
   * "the village of Rivnopillia in the Zaporizhzhia region" when the gazetteer knows a Rivnopillia only in Crimea:
   * the text says where the place is, so it is a place the gazetteer lacks, kept as provisional in that region.
   */
  private onlyNamesakesElsewhere(m: PlaceMention, regionsNear: Set<string>): boolean {
    if (m.cue === 'region') return false;
    if (m.regionHint && this.region(m.regionHint)) return !m.candidates.some((c) => c.admin1 === m.regionHint || c.name === m.regionHint);
    // "the villages of Suvorove and Nikanorivka in Donetsk region": a settlement the sentence puts in one region.
    if (m.cue !== 'settlement' || regionsNear.size !== 1) return false;
    const [region] = regionsNear;
    return !!this.region(region!) && !m.candidates.some((c) => c.admin1 === region);
  }

  private choose(m: PlaceMention, anchors: GazetteerEntry[], regionsNear: Set<string>, regionsInArticle: Set<string>): GazetteerEntry {
    const pool = m.cue === 'region' ? m.candidates : settlementsOf(m).length ? settlementsOf(m) : m.candidates;
    if (pool.length === 1) return pool[0]!;
    // A cost in log units: nearness to the article's unambiguous places counts three times as much as size (ten
    // times closer outweighs a thousand times larger, so the village next to the article's other villages wins
    // over a town of the same name 200 km off, while a city of a million a little further away still beats a
    // village of the same name next door). A region named in the same sentence ("in the Kharkiv region") counts
    // most, one named elsewhere in the article less; places in front-line and border regions are preferred; last
    // comes Ukraine over Russia, then size and id for a deterministic order.
    // A place the surface names only by a former or foreign name far from its own (Sofiivka for Vilniansk) counts
    // as if ten times smaller than one the surface spells its own name.
    const written = looseKey(m.surface);
    const cost = (c: GazetteerEntry): number => {
      // ("liberated Dzerzhinsk, ... the Soviet-era name for Toretsk": a former name of a place the article names by its
      // own is that place.)
      const renamed = editDistance(written, looseKey(c.name)) > 2;
      const near = anchors.reduce((min, a) => Math.min(min, a === c ? (renamed ? 0 : Infinity) : distanceKm(a, c)), Infinity);
      // A place whose size the sources do not give counts as a small village (500), not as nobody's.
      let k = 300 * Math.log10(Math.min(near, 2000) + 5) - 100 * Math.log10((c.population || UNKNOWN_POPULATION) + 10);
      if (renamed) k += 100;
      if (c.admin1 && regionsNear.has(c.admin1)) k -= 600;
      else if (c.admin1 && regionsInArticle.has(c.admin1)) k -= 150;
      if (c.admin1 && FRONT_REGIONS.has(c.admin1)) k -= 250;
      // With no neighbour named to decide, the supplement's places, added because war reporting names them, go
      // before a namesake of about the same size.
      if (c.source === 'supplement' && !Number.isFinite(near)) k -= 150;
      return Math.round(k);
    };
    const ranked = pool.map((c) => ({ c, k: cost(c) }));
    ranked.sort(
      (a, b) =>
        a.k - b.k ||
        (a.c.country === 'UA' ? 0 : 1) - (b.c.country === 'UA' ? 0 : 1) ||
        b.c.population - a.c.population ||
        (a.c.id ?? '').localeCompare(b.c.id ?? '') ||
        a.c.name.localeCompare(b.c.name),
    );
    return ranked[0]!.c;
  }
}

/** The place a mention names, as a gazetteer entry. */
export const placeRefOf = ({ name, id, admin1, country, lat, lon }: GazetteerEntry, surface: string): PlaceRef => ({
  name,
  id,
  admin1,
  country,
  lat,
  lon,
  surface,
  resolved: true,
});

let singleton: Gazetteer | null = null;

/** "and" as a token, joining two names before the plural they share. */
const and = (t: Token | undefined): boolean => !!t && /^and$/i.test(t.text);

/** A district or hromada named after a settlement: a place of its own, by the name its unit gives it. */
const namedUnit = (token: Token, name: string, regionHint: string | null): PlaceMention => ({
  surface: token.text,
  start: token.start,
  end: token.end,
  candidates: [],
  cue: 'settlement',
  provisional: true,
  regionHint,
  name,
});

/** The gazetteer of data/gazetteer.json, loaded once per process. */
export function loadGazetteer(): Gazetteer {
  if (singleton) return singleton;
  const file = JSON.parse(readFileSync(new URL('../../../data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
  // The stoplist's words and the lexicon's side adjectives ("Russian", "Russian-backed"): never a place.
  const stopwords = new Set([...STOPWORDS, ...lexiconSideAdjectives()].map(foldPlaceName));
  const byAlias = new Map<string, GazetteerEntry[]>();
  const regions = new Map<string, GazetteerEntry>();
  const regionsByBase = new Map<string, GazetteerEntry>();
  for (const [name, id, admin1, country, lat, lon, population, kind, source, featureCode, aliases] of file.places) {
    const entry: GazetteerEntry = { id, name, admin1, country, lat, lon, population, kind, source, featureCode };
    for (const alias of aliases.split('|')) {
      const list = byAlias.get(alias);
      if (list) list.push(entry);
      else byAlias.set(alias, [entry]);
      if (kind === 'region') {
        regions.set(alias, entry);
        const base = /^(.+) (?:oblast|region)$/.exec(alias)?.[1];
        if (base && !regionsByBase.has(base)) regionsByBase.set(base, entry);
      }
    }
  }
  // Larger places first, so a bare name means its best-known bearer unless the article says otherwise.
  const order = (a: GazetteerEntry, b: GazetteerEntry): number =>
    (a.kind === 'region' ? 1 : 0) - (b.kind === 'region' ? 1 : 0) ||
    b.population - a.population ||
    (a.id ?? '').localeCompare(b.id ?? '') ||
    a.name.localeCompare(b.name);
  for (const list of byAlias.values()) list.sort(order);
  singleton = new LookupGazetteer(
    byAlias,
    stopwords,
    regions,
    regionsByBase,
    new Set(PERSON_PREFIXES.map(foldPlaceName)),
    new Set(file.bareNameRegions ?? []),
    new Set(file.shareNameRegions ?? []),
  );
  return singleton;
}
