// The nouns of statements ("claims", "reports", "information"), shared by the readers that look for what a
// statement says and who made it.

/** Statement nouns, as a regular expression alternation. */
export const STATEMENT_NOUNS = 'statements?|reports?|claims?|assertions?|allegations?|announcements?|information|news';

/** A statement noun anywhere in a text: "a claim immediately denied by Kyiv". */
export const STATEMENT_NOUN = new RegExp(`\\b(?:${STATEMENT_NOUNS})\\b`, 'i');
