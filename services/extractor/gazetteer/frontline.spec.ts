// The front-line checklist (frontline.json): every place that saw fighting or was claimed 2022-2026, read through the
// shipped gazetteer as the extractor reads it (scan, then resolve with the text), in each spelling wires use, in a
// sentence that names its region and bare. Known failures carry a `gap` saying what would fix them and run as
// it.failing, so that a fix shows up here as a test to update.
import { readFileSync } from 'node:fs';
import type { PlaceRef } from '../../shared/model.js';
import { loadGazetteer } from './index.js';

interface Spelling {
  spelling: string;
  /** Bare, the spelling means a namesake elsewhere: tested only with the region named. */
  regionOnly?: boolean;
  gap?: string;
}
interface Place {
  name: string;
  admin1: string;
  country: 'UA' | 'RU';
  area: string;
  /** The region as a sentence names it ("the Donetsk region"); none for Kyiv City, Crimea and Sevastopol. */
  regionWord?: string;
  /** Bare: 'name' checks only the canonical name (a common name), 'none' skips the bare sentence. */
  bare?: 'name' | 'none';
  gap?: string;
  spellings: Spelling[];
}
interface Checklist {
  places: Place[];
  namesakes: { text: string; surface: string; name: string; admin1: string; gap?: string }[];
  regions: { phrase: string; surface: string; name: string; gap?: string }[];
  cities: { city: string; admin1: string }[];
  lists: { text: string; names: string[] }[];
}

const checklist = JSON.parse(readFileSync(new URL('./frontline.json', import.meta.url), 'utf8')) as Checklist;
const gazetteer = loadGazetteer();

/** The place the gazetteer gives the mention written `surface` in `text`, as extract() would get it. */
const placeOf = (text: string, surface: string): PlaceRef | undefined => {
  const mentions = gazetteer.scan(text);
  const i = mentions.findIndex((m) => m.surface === surface);
  return i < 0 ? undefined : gazetteer.resolve(mentions, text)[i];
};
const summary = (place: PlaceRef | undefined) =>
  place ? { name: place.name, admin1: place.admin1, country: place.country, resolved: place.resolved } : undefined;

interface Case {
  label: string;
  text: string;
  surface: string;
  expected: Record<string, unknown>;
  gap?: string;
}

const where = (p: Place): string | null =>
  p.regionWord ? `in the ${p.regionWord} region` : p.admin1 === 'Crimea' || p.admin1 === 'Sevastopol' ? 'in Crimea' : null;

const casesOf = (places: Place[]): Case[] =>
  places.flatMap((p) =>
    p.spellings.flatMap((s): Case[] => {
      const cases: Case[] = [];
      const gap = s.gap ?? p.gap;
      const full = { name: p.name, admin1: p.admin1, country: p.country, resolved: true };
      const located = where(p);
      if (located)
        cases.push({
          label: `${s.spelling} ${located} → ${p.name}`,
          text: `Russian forces captured ${s.spelling} ${located}.`,
          surface: s.spelling,
          expected: full,
          gap,
        });
      if (!s.regionOnly && p.bare !== 'none')
        cases.push({
          label: `${s.spelling} bare → ${p.name}${p.bare === 'name' ? '' : ` (${p.admin1})`}`,
          text: `Fighting continued in ${s.spelling}.`,
          surface: s.spelling,
          expected: p.bare === 'name' ? { name: p.name, resolved: true } : full,
          gap,
        });
      return cases;
    }),
  );

const check = ({ text, surface, expected }: Case): void => {
  expect(summary(placeOf(text, surface))).toMatchObject(expected);
};
/** The cases that pass, and the known gaps as it.failing: each gap passes while the gazetteer still gets it wrong. */
const run = (cases: Case[]): void => {
  const working = cases.filter((c) => !c.gap);
  const gaps = cases.filter((c) => c.gap);
  if (working.length) it.each(working)('$label', check);
  if (gaps.length) it.failing.each(gaps)('known gap: $label ($gap)', check);
};

const areas = [...new Set(checklist.places.map((p) => p.area))];

describe('front-line gazetteer checklist', () => {
  it('covers 400+ places', () => {
    expect(new Set(checklist.places.map((p) => `${p.name}@${p.admin1}`)).size).toBeGreaterThanOrEqual(400);
  });

  for (const area of areas) {
    describe(area, () => run(casesOf(checklist.places.filter((p) => p.area === area))));
  }
});

describe('front-line namesakes: the region or the neighbours named decide', () => {
  run(
    checklist.namesakes.map((n) => ({
      label: `${n.text} [${n.surface} → ${n.name}, ${n.admin1}]`,
      text: n.text,
      surface: n.surface,
      expected: { name: n.name, admin1: n.admin1, resolved: true },
      gap: n.gap,
    })),
  );
});

describe('front-line regions', () => {
  run(
    checklist.regions.map((r) => ({
      label: `${r.phrase} → ${r.name}`,
      text: `Russia claims control of ${r.phrase}.`,
      surface: r.surface,
      expected: { name: r.name, admin1: r.name, resolved: true },
      gap: r.gap,
    })),
  );

  it.each(checklist.cities.map((c) => [c.city, c.admin1]))('bare %s is the city, not its region', (city, admin1) => {
    expect(summary(placeOf(`Shelling hit ${city} overnight.`, city))).toMatchObject({ name: city, admin1, resolved: true });
  });

  it.each(checklist.lists)('$text', ({ text, names }) => {
    expect(gazetteer.resolve(gazetteer.scan(text), text).map((p) => p.name)).toEqual(names);
  });
});
