import type { ArticleStore } from '../articles/articleStore.js';
import type { Logger } from '../shared/logger.js';
import type { Claim, PlaceState } from '../shared/model.js';
import type { ChangeFeed } from './changeFeed.js';
import type { PlaceIndex } from './placeIndex.js';

/**
 * What the API reads places from: the Redis store (`claimwire serve`) or the embedded pipeline's in-memory store
 * (the demo). Both stores implement it as they are.
 */
export interface PlaceReader {
  get(placeKey: string): Promise<PlaceState | null>;
  list(): Promise<PlaceState[]>;
  /** Every claim held for the place (a state cites only each event's latest few). */
  claimsOf(placeKey: string): Promise<Claim[]>;
}

export interface ServiceHealth {
  ok: boolean;
  where: string;
  error: string | null;
}

/** Everything the HTTP API reads; it writes nothing. */
export interface ReadSide {
  places: PlaceReader;
  articles: Pick<ArticleStore, 'get'>;
  index: PlaceIndex;
  feed: ChangeFeed;
  /** Whether each service the answers come from can be reached now. */
  health(): Promise<Record<string, ServiceHealth>>;
  logger: Logger;
}
