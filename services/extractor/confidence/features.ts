// The features a claim is judged on: what read it (its rules), what it says (stance, side, controller, claimant's
// role), what it is about (a region, a place the gazetteer does not know), how it is dated, where its sentence
// stands in the story, how much else the story claims, and a few function words of its sentence (modal, negation,
// time) that mark talk of what may happen or happened long ago. Pure: a claim and its article in, named numbers out.
//
// Feature names are "<family>:<value>" or a family alone; FEATURE_FAMILIES lists them, and the model file is checked
// against it.
import type { Claim } from '../../shared/model.js';
import { placeKeyOf } from '../../shared/ids.js';

/** What a claim's article says around it: read once per article. */
export interface ArticleSetting {
  bodyLength: number;
  /** `YYYY-MM-DD`: the day the article went out, or was received. */
  published: string;
  /** Every claim the article yields, this one among them. */
  claims: readonly Claim[];
  /** Those claims by place (storyOf(claims)). */
  story: Story;
  /** Where the article's first sentence ends: a claim read there is the story's lede. */
  leadEnd: number;
  /** How many times the article names each place (by place key). */
  mentions: ReadonlyMap<string, number>;
}

export type Features = Map<string, number>;

const DAY_MS = 86_400_000;

/** Days from a claim's date to the article's, both UTC days (0 when the claim is dated by month only or later). */
const ageInDays = (claimedAt: string, published: string): number => {
  if (claimedAt.length < 10) return 0;
  const days = (Date.parse(published) - Date.parse(claimedAt)) / DAY_MS;
  return Number.isFinite(days) ? Math.max(0, days) : 0;
};

const capped = (n: number, cap: number): number => Math.min(n, cap) / cap;

const WORD = /[a-z]+/g;

export interface Story {
  byPlace: Map<string, { claims: number; stances: Set<string> }>;
}

/** The claims of a story by place: made once per article, for every claim of it to ask. */
export const storyOf = (claims: readonly Claim[]): Story => {
  const story: Story = { byPlace: new Map() };
  for (const c of claims) {
    const key = placeKeyOf(c.place);
    const place = story.byPlace.get(key) ?? { claims: 0, stances: new Set<string>() };
    place.claims++;
    place.stances.add(c.stance);
    story.byPlace.set(key, place);
  }
  return story;
};

/** Every family of feature names claimFeatures makes. */
export const FEATURE_FAMILIES = [
  'rule',
  'stance',
  'side',
  'controller',
  'stance-side',
  'stance-controller',
  'role',
  'place',
  'extent',
  'qualifier',
  'date',
  'sentence',
  'word',
  'story',
] as const;

/**
 * A feature's name, made once per distinct value: the same string object every time, so the model's weight lookup
 * finds its hash already computed (names built afresh per claim cost more than the rest of the judging).
 */
const names = new Map<string, Map<string, string>>();
const nameOf = (family: string, value: string): string => {
  let byValue = names.get(family);
  if (!byValue) names.set(family, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = `${family}:${value}`));
  return name;
};
/** "stance-side:CONTROL-RU": a pair's name, cached by both values. */
const pairs = new Map<string, Map<string, Map<string, string>>>();
const pairName = (family: string, a: string, b: string): string => {
  let byA = pairs.get(family);
  if (!byA) pairs.set(family, (byA = new Map()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  let name = byB.get(b);
  if (name === undefined) byB.set(b, (name = `${family}:${a}-${b}`));
  return name;
};

/**
 * The features of one claim. `words` are the function words the model has weights for (from its data file): each one
 * its sentence holds is a feature of its own.
 */
export const claimFeatures = (claim: Claim, setting: ArticleSetting, words: ReadonlySet<string>): Features => {
  const f: Features = new Map();
  for (const rule of claim.rules ?? []) f.set(nameOf('rule', rule), 1);
  const controller = claim.controller ?? 'none';
  f.set(nameOf('stance', claim.stance), 1);
  f.set(nameOf('side', claim.claimant.side), 1);
  f.set(nameOf('controller', controller), 1);
  f.set(pairName('stance-side', claim.stance, claim.claimant.side), 1);
  f.set(pairName('stance-controller', claim.stance, controller), 1);
  f.set(nameOf('role', claim.claimant.role ?? 'none'), 1);
  if (claim.place.id?.startsWith('geonames-admin1')) f.set('place:region', 1);
  if (claim.place.id === null) f.set('place:provisional', 1);
  if (claim.extent !== null) f.set('extent', 1);
  if (claim.qualifier !== null) f.set('qualifier', 1);
  f.set(nameOf('date', claim.claimedAtPrecision), 1);
  const age = ageInDays(claim.claimedAt, setting.published);
  if (age > 7) f.set('date:older-than-a-week', 1);
  if (age > 60) f.set('date:older-than-two-months', 1);

  if (claim.evidence.start < setting.leadEnd) f.set('sentence:first', 1);
  f.set('sentence:position', setting.bodyLength ? claim.evidence.start / setting.bodyLength : 0);
  const evidence = claim.evidence.text;
  f.set('sentence:length', capped(evidence.length, 400));
  if (/["“”]/.test(evidence)) f.set('sentence:quote', 1);
  const lower = evidence.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (words.has(m[0])) f.set(nameOf('word', m[0]), 1);

  const key = placeKeyOf(claim.place);
  const place = setting.story.byPlace.get(key);
  f.set('story:claims-of-place', capped(place?.claims ?? 0, 6));
  if (place && (place.stances.size > 1 || !place.stances.has(claim.stance))) f.set('story:place-contradicted', 1);
  f.set('story:places', capped(setting.story.byPlace.size, 15));
  f.set('story:claims', capped(setting.claims.length, 20));
  const mentions = setting.mentions.get(key) ?? 0;
  if (mentions <= 1) f.set('story:named-once', 1);
  f.set('story:mentions', capped(mentions, 8));
  return f;
};
