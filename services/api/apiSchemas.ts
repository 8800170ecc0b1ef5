// JSON schemas of the API: fastify validates every request against them, serialises answers by them, and
// @fastify/swagger turns them into the OpenAPI document (GET /api/openapi.json).

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const nullableNum = { type: ['number', 'null'] } as const;
const int = { type: 'integer' } as const;
const side = { type: 'string', enum: ['RU', 'UA', 'NEUTRAL'] } as const;
const party = { type: ['string', 'null'], enum: ['RU', 'UA', null] } as const;
const stance = { type: 'string', enum: ['CONTROL', 'DENIAL', 'CONTESTED'] } as const;
const status = { type: 'string', enum: ['CONTESTED', 'CORROBORATED', 'ONE_SIDED'] } as const;

const obj = <P extends Record<string, unknown>>(properties: P, description?: string) =>
  ({ type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), properties }) as const;

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const date = (description: string) => ({ type: 'string', pattern: DATE_PATTERN, description }) as const;

export const MAX_PAGE = 500;
const paging = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 100, description: `page size, at most ${MAX_PAGE}` },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0, description: 'items to pass over' },
} as const;

const placeRef = obj({
  name: str,
  id: nullableStr,
  admin1: nullableStr,
  country: nullableStr,
  lat: nullableNum,
  lon: nullableNum,
  surface: str,
  resolved: { type: 'boolean' },
});
const claimant = obj({ name: str, role: nullableStr, side });
const evidence = obj({ text: str, start: int, end: int }, 'the sentence, with its offsets in the article body');
const citation = obj({ claimId: str, articleId: str, outlet: nullableStr, publishedAt: nullableStr, claimant, evidence });
const claimEvent = obj({
  eventId: str,
  side,
  claimants: { type: 'array', items: str },
  stance,
  controller: party,
  extent: nullableNum,
  qualifier: nullableStr,
  claimedAt: str,
  claimedAtPrecision: { type: 'string', enum: ['day', 'month'] },
  citations: { type: 'array', items: citation },
});

export const placeStateSchema = obj(
  {
    placeKey: str,
    place: placeRef,
    status,
    positions: { type: 'array', items: obj({ side, event: claimEvent }) },
    dissent: { type: 'array', items: claimEvent },
    conflicts: { type: 'array', items: obj({ a: str, b: str, reason: str }) },
    timeline: { type: 'array', items: claimEvent },
    claimCount: int,
    eventCount: int,
    outletCount: int,
    version: int,
    updatedAt: str,
  },
  'a place as reconciled (schemas/PlaceState.avsc)',
);

export const placeSummarySchema = obj({
  placeKey: str,
  name: str,
  region: nullableStr,
  country: nullableStr,
  lat: nullableNum,
  lon: nullableNum,
  resolved: { type: 'boolean' },
  status,
  positions: {
    type: 'array',
    items: obj({ side, stance, controller: party, extent: nullableNum, claimedAt: str, line: str }),
  },
  conflicts: int,
  claimCount: int,
  eventCount: int,
  outletCount: int,
  version: int,
  updatedAt: str,
  firstEventAt: nullableStr,
  lastEventAt: nullableStr,
});

const articleRef = obj(
  { articleId: str, outlet: nullableStr, url: nullableStr, headline: nullableStr, publishedAt: nullableStr, source: nullableStr },
  'the article the claim was read in (url and headline null when the article is not in the index)',
);

export const claimViewSchema = obj({
  claimId: str,
  eventId: str,
  claimant,
  stance,
  controller: party,
  extent: nullableNum,
  qualifier: nullableStr,
  claimedAt: str,
  claimedAtPrecision: { type: 'string', enum: ['day', 'month'] },
  surface: str,
  evidence,
  article: articleRef,
});

export const articleSchema = obj({
  articleId: str,
  outlet: nullableStr,
  url: nullableStr,
  headline: nullableStr,
  body: str,
  language: nullableStr,
  publishedAt: nullableStr,
  receivedAt: str,
  source: nullableStr,
});

const page = (items: object) =>
  ({
    ...obj({ items: { type: 'array', items }, total: int, limit: int, offset: int, nextOffset: { type: ['integer', 'null'] } }),
  }) as const;

export const errorSchema = obj({ statusCode: int, error: str, message: str });

const STATUS_LIST = '^(CONTESTED|CORROBORATED|ONE_SIDED)(,(CONTESTED|CORROBORATED|ONE_SIDED))*$';

export const placesQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', pattern: STATUS_LIST, description: 'CONTESTED, CORROBORATED or ONE_SIDED; several comma-separated' },
    region: { type: 'string', minLength: 1, maxLength: 200, description: 'first-level region, any spelling ("Kharkiv Oblast", "kharkiv")' },
    q: { type: 'string', minLength: 1, maxLength: 200, description: 'a place name in any spelling the gazetteer knows, or a part of one' },
    since: date('places whose updatedAt is on or after this day'),
    asOf: date('each place as the claims made up to this day give it'),
    ...paging,
  },
} as const;

export const placeParamsSchema = {
  type: 'object',
  required: ['placeKey'],
  properties: { placeKey: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

export const placeQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { asOf: date('the place as the claims made up to this day give it') },
} as const;

export const claimsQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    asOf: date('only the claims made up to this day, grouped into events as they were then'),
    side: { ...side, description: 'only the claims of this side' },
    eventId: { type: 'string', minLength: 1, maxLength: 64, description: 'only the claims of this event (its citations, all of them)' },
    ...paging,
  },
} as const;

export const articleParamsSchema = {
  type: 'object',
  required: ['articleId'],
  properties: { articleId: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

export const changesQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lastEventId: { type: 'string', maxLength: 4096, description: 'resume after this event id (as the Last-Event-ID header does)' },
  },
} as const;

export const placesPageSchema = {
  ...page(placeSummarySchema),
  required: [...page(placeSummarySchema).required, 'position', 'asOf'],
  properties: {
    ...page(placeSummarySchema).properties,
    position: { type: 'string', description: 'the change-stream position this answer includes: open /api/changes?lastEventId=<it>' },
    asOf: nullableStr,
  },
} as const;

export const claimsPageSchema = page(claimViewSchema);

const serviceHealth = obj({ ok: { type: 'boolean' }, where: str, error: nullableStr });
export const healthSchema = obj({
  ok: { type: 'boolean' },
  services: { type: 'object', additionalProperties: serviceHealth },
  places: int,
  streams: int,
  position: str,
});
