// The words of a share of a place ("75% of", "most of", "parts of"), shared by the gazetteer (a share of a bare
// capital's name is of the region) and the readers (a list of shares goes on past ", and").

/** Share words, as a regular expression alternation: what comes before "of" in "75% of Donetsk", "parts of Kharkiv". */
export const SHARE_WORDS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)|all|most|much|half|two-thirds|three-quarters|a\s+third|a\s+quarter|the\s+bulk|parts?|portions?|slivers?`;
