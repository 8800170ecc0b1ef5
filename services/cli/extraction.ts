import { extract } from '../extractor/extract.js';
import type { Article, Claim } from '../shared/model.js';
import { readingVisibleText } from '../shared/invisibleCharacters.js';

/**
 * The extraction every shell runs (worker, embedded pipeline, `claimwire extract`): extract() reading the article
 * without invisible characters that would split its words, its evidence offsets still into the body as sent.
 */
export const extractClaims: (article: Article) => Claim[] = readingVisibleText(extract);
