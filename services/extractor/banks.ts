// The banks of the Dnipro in Kherson Oblast as places a claim can be about: "maintaining control over the right bank of
// the Dnieper River", "took up positions on the left (eastern) bank", "Heavy fighting continues on the left bank of the
// Kherson region". The gazetteer names no bank (a bank is no capitalised name): a bank is the claim's place only as the
// cue's own object (or a passive's subject), never as what locates another place ("Krynky on the left bank", "the
// eastern bank village of Krynky"). The names are those the labels give the two banks.
import type { PlaceRef } from '../shared/model.js';

/** The Dnipro's left (eastern, southern) bank and its right (western, northern) bank in Kherson Oblast. */
const BANKS: Record<'left' | 'right', Omit<PlaceRef, 'surface'>> = {
  left: { name: 'Dnipro left bank', id: null, admin1: 'Kherson Oblast', country: 'UA', lat: 46.6, lon: 33.2, resolved: true },
  right: { name: 'Dnipro right bank', id: null, admin1: 'Kherson Oblast', country: 'UA', lat: 46.8, lon: 32.8, resolved: true },
};
const SIDE_OF: Record<string, 'left' | 'right'> = {
  left: 'left',
  east: 'left',
  eastern: 'left',
  right: 'right',
  west: 'right',
  western: 'right',
};

const DNIPRO = String.raw`(?:Dnipro|Dnieper|Dniepr|Dnepr)`;
/** "left bank", "the Dnipro's left bank", "the left (eastern) bank", "eastern bank of the Dnieper River", "left bank of
 * the Kherson region"; group 1 the side, group 2 what "of" names after it, if anything. */
const BANK = String.raw`(?:(?:${DNIPRO}(?:\s+[Rr]iver)?|[Rr]iver)(?:['’]s)?\s+)?(left|right|east|eastern|west|western)(?:\s*\((?:east|eastern|west|western)\))?\s+bank\b(?:\s+of\s+(?:the\s+)?((?:[Rr]iver\s+)?[A-Z][\w'’-]+(?:\s+(?:[Rr]iver|[Rr]egion|[Oo]blast|reservoir))?|(?:[a-z][\w-]*\s+){0,2}(?:river|reservoir)\b))?`;

/**
 * What may stand between a cue and the bank it acts on: an article, a holding on the bank ("took up positions on",
 * "cleared the territory on", "holding positions on"), and a preposition: for a control, one that makes the bank its
 * object ("control over", "withdrew from"), never one that only says where ("a town under Russia's control on the
 * eastern bank"); for fighting, where it is ("fighting continues on the left bank", "the fight for the left bank").
 */
const objectAfter = (prepositions: string): RegExp =>
  new RegExp(
    String.raw`^\s*(?:up\s+)?(?:(?:${prepositions})\s+)?(?:(?:the|a|its|their|our)\s+)?(?:(?:entire|whole)\s+)?(?:(?:(?:a\s+number\s+of|several|some|a\s+few|new)\s+)?(?:positions?|territory|territories|bridgeheads?|footholds?|floodplain)\s+(?:on|of|along)\s+(?:the\s+)?(?:(?:entire|whole)\s+)?)?${BANK}`,
  );
const CONTROL_OBJECT = objectAfter('over|of|from');
const CONTEST_OBJECT = objectAfter('on|for|along|across|over|of');
/** "the entire floodplain of the left bank is being controlled by", "especially the left bank, remains occupied": a
 * passive's subject right before it. */
const SUBJECT = new RegExp(
  String.raw`(?<!\b(?:on|in|at|near|along)\s+)\bthe\s+(?:(?:entire|whole)\s+)?${BANK}\s*,?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?$`,
);

/** A holding on the bank, not the bank: "positions on", "a bridgehead on", "the territory on". */
const HOLDING_ON = /\b(?:positions?|territory|territories|bridgeheads?|footholds?)\s+(?:on|of|along)\b/i;

/** Whether a sentence speaks of a river's bank at all ("the left bank", "the Dnipro's eastern bank"). */
export const NAMES_BANK = /\b(?:left|right|east|eastern|west|western)(?:\s*\((?:east|eastern|west|western)\))?\s+bank\b/i;

/** A river the text names: "the Oskil River", "River Dnieper". */
const RIVER_NAMED = /\b([A-Z][\w'’-]+)\s+[Rr]iver\b|\b[Rr]iver\s+([A-Z][\w'’-]+)/g;
const IS_DNIPRO = new RegExp(`^${DNIPRO}$`);
const KHERSON = /^Kherson(?:\s+(?:[Rr]egion|[Oo]blast))?$/;
/** A story about the Kherson stretch of the river: one that names Kherson (the banks' names are that region's). */
const IN_KHERSON = /\bKherson\b/;

/**
 * Whether a bank is the Dnipro's: "of the Dnipro", "of the Kherson region" say so; a bank "of" another river or
 * reservoir is not; a bare "left bank" is, in a story that names the Dnipro (or Kherson) and no other river.
 */
const ofDnipro = (of: string | undefined, story: string): boolean => {
  if (of) {
    const name = of.replace(/^[Rr]iver\s+|\s+[Rr]iver$/g, '');
    if (KHERSON.test(name)) return true;
    // ("the left bank of the Dnipro" in a story about Zaporizhzhia or Nikopol: a bank, but not the Kherson region's
    // the names stand for.)
    return IS_DNIPRO.test(name) && IN_KHERSON.test(story);
  }
  if (!IN_KHERSON.test(story)) return false;
  for (const m of story.matchAll(RIVER_NAMED)) if (!IS_DNIPRO.test(m[1] ?? m[2]!)) return false;
  return true;
};

const bankOf = (m: RegExpExecArray, story: string): PlaceRef | null => {
  const side = SIDE_OF[m[1]!.toLowerCase()]!;
  if (!ofDnipro(m[2], story)) return null;
  return { ...BANKS[side], surface: m[0].trim() };
};

/**
 * The bank a cue (from `start` to `end` in the sentence's text) acts on: "maintaining control over the right bank of
 * the Dnieper River", "took up positions on the left (eastern) bank", "cleared the territory on the left bank"; for a passive, the bank that is its subject ("the left bank, remains occupied"). The offset is the
 * bank's in the text.
 */
export const bankActedOn = (
  text: string,
  start: number,
  end: number,
  passive: boolean,
  contest: boolean,
  story: string,
): { place: PlaceRef; start: number; partial: boolean } | null => {
  const object = (contest ? CONTEST_OBJECT : CONTROL_OBJECT).exec(text.slice(end));
  if (object) {
    const place = bankOf(object, story);
    // ("took up positions on the left bank", "holds a bridgehead on the left bank": a part of the bank, not all of it.)
    return place ? { place, start: end + object[0].search(/\S/), partial: HOLDING_ON.test(object[0]) } : null;
  }
  const subject = passive ? SUBJECT.exec(text.slice(0, start)) : null;
  if (subject) {
    const place = bankOf(subject, story);
    return place ? { place, start: subject.index, partial: false } : null;
  }
  return null;
};
