// Spec helper: one article through extract(), as the pipeline runs it, read back as rows.
import { extract } from '../extract.js';

export type Row = [place: string, side: string, stance: string, controller: string | null];

export const rowsOf = (body: string, publishedAt = '2024-03-06'): Row[] =>
  extract({
    articleId: 'reader-spec',
    outlet: null,
    url: null,
    headline: null,
    body,
    language: 'en',
    publishedAt,
    receivedAt: `${publishedAt}T12:00:00Z`,
    source: null,
  }).map((c) => [c.place.name, c.claimant.side, c.stance, c.controller]);
