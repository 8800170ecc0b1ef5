import { createHash } from 'node:crypto';
import type { PlaceRef } from './model.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Whitespace and case differences do not make a different article. */
export const normaliseText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The id of an article whose sender gave none: the same text sent twice is one article. */
export const articleIdFor = (body: string): string => `sha256:${sha256(normaliseText(body)).slice(0, 32)}`;

const PLAIN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export const foldName = (name: string): string =>
  // Names of plain ASCII words skip the Unicode normalisation (the reconciler folds a name per claim it reads).
  PLAIN_NAME.test(name) ? name : PLAIN_WORDS.test(name) ? name.toLowerCase().replace(/ /g, '-') : foldUnicodeName(name);

const foldUnicodeName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʼ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Kafka key and Redis hash tag of a place: its gazetteer id, else its folded name and region. */
export const placeKeyOf = (place: Pick<PlaceRef, 'id' | 'name' | 'admin1'>): string =>
  place.id ?? `provisional:${foldName(place.name)}${place.admin1 ? `@${foldName(place.admin1)}` : ''}`;

/** Deterministic claim id: the same claim read from the same article always gets the same id. */
export const claimIdFor = (parts: {
  articleId: string;
  placeKey: string;
  side: string;
  stance: string;
  controller: string | null;
  claimedAt: string;
  evidenceStart: number;
}): string =>
  sha256(
    [parts.articleId, parts.placeKey, parts.side, parts.stance, parts.controller ?? '-', parts.claimedAt, parts.evidenceStart].join('|'),
  ).slice(0, 32);
