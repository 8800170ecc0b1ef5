// The words of a share of a place ("75% of", "most of", "parts of"), shared by the gazetteer (a share of a bare
// capital's name is of the region) and the readers (a list of shares goes on past ", and").

/** Share words, as a regular expression alternation: what comes before "of" in "75% of Donetsk", "parts of Kharkiv". */
export const SHARE_WORDS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)|all|most|much|half|two-thirds|three-quarters|a\s+third|a\s+quarter|a\s+fifth|one-(?:third|quarter|fifth)|the\s+bulk|parts?|portions?|slivers?`;

/** A share or the whole of a place: "75%", "the rest", "the entire" (before "of" or the name). */
export const SHARE_OR_WHOLE = String.raw`${SHARE_WORDS}|the\s+(?:rest|remainder|whole|entirety)|entire|whole`;

/** A share word and "of" ("nearly all of", "three-quarters of the"), anywhere: where a list of shared names may begin. */
const SHARE_OF_ANY = new RegExp(String.raw`\b(?:${SHARE_OR_WHOLE})\s+(?:of\s+)?(?:the\s+)?`, 'gi');
/** Capitalised names joined by commas and "and", up to the end: "Zaporizhzhia and ". */
const NAMES_TO_END = /^(?:[A-Z][\w'’-]+(?:,\s+(?:and\s+)?|,?\s+and\s+))*$/;

/**
 * Whether the words before a name end on a share of it, or of a list it ends ("nearly all of", "three-quarters of the
 * Zaporizhzhia and "): the share word in any case, the names capitalised.
 */
export const shareOfListed = (before: string): boolean => {
  for (const m of before.matchAll(SHARE_OF_ANY)) if (NAMES_TO_END.test(before.slice(m.index + m[0].length))) return true;
  return false;
};
