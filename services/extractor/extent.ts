// How much of a place a control claim covers: "nearly 90% of" → 0.9 (nearly), "all parts of" → 1 (all parts),
// "most of" / "all but" → most, "northern parts of" → that qualifier, and an unqualified claim → the whole.
import type { Cue } from './rules/matcher.js';

export interface Extent {
  extent: number | null;
  qualifier: string | null;
}

const PERCENT =
  /\b(?:(nearly|almost|about|around|roughly|approximately|some|over|more than|less than|at least|up to|close to)\s+)?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/i;
// "about a third of", "half of", "two-thirds of": shares in words.
const FRACTION =
  /\b(?:(nearly|almost|about|around|roughly|approximately|some|over|more than|less than|at least|up to|close to)\s+)?(half|a half|a third|one third|a quarter|one quarter|two[-\s]thirds|three[-\s]quarters)\s+of\b/i;
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  'a half': 0.5,
  'a third': 0.33,
  'one third': 0.33,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'two thirds': 0.67,
  'three quarters': 0.75,
};
const FULL = /\b(all parts|all of|entire(?:ty)?|whole|full(?:y)?|complete(?:ly)?|total(?:ly)?)\b/i;
const MOST = /\b(most|all but|majority|bulk|largely|mostly|much)\b/i;
const PART =
  /\b((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:parts?|districts?|outskirts|areas?|sections?|neighbou?rhoods?|quarters?)|outskirts|(?:(?:large|big|small|significant|substantial|some)\s+)?(?:parts?|sections?|portions?|swathe?s|chunks?) of|partial(?:ly)?|some areas|several districts|a foothold|positions (?:in|inside|within))\b/i;

/**
 * The extent words that bound this claim: between the cue and its place (or around the cue when the place is
 * only referred to), not reaching across another place of a list.
 */
export const extentNear = (text: string, cue: Cue, placeStart: number | null): Extent => {
  // "Russia now partly controls the town", "the village was partially liberated": an adverb just before the verb.
  if (/\b(?:partly|partially)\s+$/i.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return { extent: null, qualifier: 'partial' };
  let window: string;
  if (placeStart === null) window = text.slice(Math.max(0, cue.start - 40), cue.end + 70);
  else if (placeStart >= cue.end) window = text.slice(cue.start, placeStart);
  else {
    // "... from Kupiansk and take control of almost 90% of the city": the share follows the verb.
    const following = text.slice(cue.end, cue.end + 45);
    const share = PERCENT.exec(following);
    if (share && share.index < 12) return { extent: Math.min(1, Number(share[2]) / 100), qualifier: share[1]?.toLowerCase() ?? null };
    // A place before its verb keeps the words of its own conjunct: "the villages of A and B as well as northern parts of C".
    const lead = text.slice(Math.max(0, placeStart - 50), placeStart);
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(' and '), lead.lastIndexOf(' as well as '));
    const between = text.slice(placeStart, cue.end);
    window = `${lead.slice(cut + 1)} ${/,|\band\b|as well as/.test(between.slice(0, Math.max(0, between.length - cue.text.length))) ? '' : between}`;
  }
  if (placeStart !== null && placeStart >= cue.end) {
    // In "the villages of A and B as well as northern parts of C", each place keeps the words of its own conjunct;
    // "controls 19% of Ukraine, including all of Luhansk, more than 80% of Donetsk": a conjunct's own share first.
    const conjuncts = window.split(/,\s+|\s+and\s+|\s+as well as\s+|\s+or\s+/);
    if (conjuncts.length > 1) {
      const last = conjuncts[conjuncts.length - 1]!;
      // "about 75% of Kherson and Zaporizhzhia": a place joined straight to the one before shares its share.
      const joined = conjuncts.length > 2 && !last.trim() ? conjuncts[conjuncts.length - 2]! : null;
      const own = shareIn(joined && (PERCENT.test(joined) || FRACTION.test(joined)) ? joined : last);
      if (own) return own;
      window = `${conjuncts[0]} ${last}`;
    }
  }
  return shareIn(window) ?? { extent: 1, qualifier: null };
};

/** The extent the words of a window give, or null when they give none (the whole). */
const shareIn = (window: string): Extent | null => {
  const percent = PERCENT.exec(window);
  if (percent) return { extent: Math.min(1, Number(percent[2]) / 100), qualifier: percent[1]?.toLowerCase() ?? null };
  const fraction = FRACTION.exec(window);
  if (fraction)
    return { extent: FRACTIONS[fraction[2]!.toLowerCase().replace(/[-\s]+/g, ' ')]!, qualifier: fraction[1]?.toLowerCase() ?? null };
  if (/\ball parts\b/i.test(window)) return { extent: 1, qualifier: 'all parts' };
  const most = MOST.exec(window);
  if (most) return { extent: null, qualifier: 'most' };
  const part = PART.exec(window);
  if (part) return { extent: null, qualifier: /\bof$|partial|positions/i.test(part[1]!) ? 'partial' : part[1]!.toLowerCase() };
  const full = FULL.exec(window);
  if (full) return { extent: 1, qualifier: /all parts/i.test(full[1]!) ? 'all parts' : 'full' };
  return null;
};
