// Spec helpers: an article as the pipeline receives one, and what the rules read in it (extract()'s readings before
// the confidence model judges them: confidence/ has its own specs), read back as rows.
import type { Article } from '../../shared/model.js';
import { readClaims } from '../extract.js';

/** An article of one body, published 2024-03-06 (a Wednesday) unless told otherwise. */
export const specArticle = (body: string, over: Partial<Article> = {}): Article => {
  const publishedAt = over.publishedAt ?? '2024-03-06';
  return {
    articleId: 'spec-article',
    outlet: null,
    url: null,
    headline: null,
    body,
    language: 'en',
    publishedAt,
    receivedAt: `${publishedAt}T12:00:00Z`,
    source: null,
    ...over,
  };
};

export type Row = [place: string, side: string, stance: string, controller: string | null];

export const rowsOf = (body: string, publishedAt = '2024-03-06'): Row[] =>
  readClaims(specArticle(body, { articleId: 'reader-spec', publishedAt })).claims.map((c) => [
    c.place.name,
    c.claimant.side,
    c.stance,
    c.controller,
  ]);
