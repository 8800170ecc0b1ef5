// The nouns of statements ("claims", "reports", "information"), shared by the readers that look for what a
// statement says and who made it.

/** Statement nouns, as a regular expression alternation. */
export const STATEMENT_NOUNS = 'statements?|reports?|claims?|assertions?|allegations?|announcements?|information|news';

/** A statement noun anywhere in a text: "a claim immediately denied by Kyiv". */
export const STATEMENT_NOUN = new RegExp(`\\b(?:${STATEMENT_NOUNS})\\b`, 'i');

/** The verbs of saying that report a statement ("said", "claimed", "told"), as a regular expression alternation. */
export const SAYING_VERBS =
  'said|says|say|claimed|claims|claim|announced|announces|declared|declares|reported|reports|asserted|asserts|insisted|insists|stated|states|added|adds|confirmed|confirms|maintained|maintains|wrote|writes|told|tells|signall?ed|signals';

/** Words that set a sentence against others' statements: "contrary to claims by", "despite reports", "dismissing". */
export const SET_AGAINST_WORDS =
  'contrary\\s+to|despite|in\\s+spite\\s+of|dismissing|rejecting|refuting|denying|unlike|in\\s+contrast\\s+to';
