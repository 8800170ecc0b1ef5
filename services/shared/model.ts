// The records that flow through claimwire. Field meanings follow ../shared/eval/LABELS.md;
// the Avro schemas in schemas/ mirror these types one to one.

export type Side = 'RU' | 'UA' | 'NEUTRAL';
export type Party = 'RU' | 'UA';
export type Stance = 'CONTROL' | 'DENIAL' | 'CONTESTED';
export type DatePrecision = 'day' | 'month';
export type PlaceStatus = 'CONTESTED' | 'CORROBORATED' | 'ONE_SIDED';

/** A piece of wire copy as it arrives on the ingest topic. */
export interface Article {
  /** Given by the sender, else a hash of the normalised text (see articleIdFor). */
  articleId: string;
  outlet: string | null;
  url: string | null;
  headline: string | null;
  body: string;
  language: string | null;
  /** `YYYY-MM-DD` or an ISO timestamp; null when nothing tells. */
  publishedAt: string | null;
  /** ISO timestamp of arrival. */
  receivedAt: string;
  /** Where the text came from (a file name for files), null for feeds that do not say. */
  source: string | null;
}

/** A place as resolved by the gazetteer, or provisional (id null, resolved false). */
export interface PlaceRef {
  /** Canonical English name (GeoNames style, Ukrainian-based romanisation for Ukraine). */
  name: string;
  /** `geonames:<id>` for gazetteer places, a supplement id, or null for a provisional place. */
  id: string | null;
  /** First-level administrative region ("Kharkiv Oblast"), when known. */
  admin1: string | null;
  /** ISO 3166 alpha-2 country code, when known. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** The place as written in the article ("Kupyansk"). */
  surface: string;
  /** False for a provisional place the gazetteer does not know. */
  resolved: boolean;
}

export interface Claimant {
  name: string;
  /** What the claimant is: "military", "government", "blogger", "media", "outlet", ... */
  role: string | null;
  side: Side;
}

export interface Evidence {
  text: string;
  /** Character offsets of the sentence in the article body. */
  start: number;
  end: number;
}

/** One party's assertion, in one article, about who controls a place. */
export interface Claim {
  /** Deterministic: the same article always yields the same ids (see claimIdFor). */
  claimId: string;
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
  place: PlaceRef;
  claimant: Claimant;
  stance: Stance;
  controller: Party | null;
  extent: number | null;
  qualifier: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  claimedAt: string;
  claimedAtPrecision: DatePrecision;
  evidence: Evidence;
  /** Ids of the extractor rules that read the claim (its cue, its frame); null or absent from producers that do not say. */
  rules?: string[] | null;
}

/** One article's report of an event. */
export interface Citation {
  claimId: string;
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
  claimant: Claimant;
  evidence: Evidence;
}

/** The same assertion (place, claimant side, stance, controller, date) however many articles report it. */
export interface ClaimEvent {
  eventId: string;
  side: Side;
  claimants: string[];
  stance: Stance;
  controller: Party | null;
  extent: number | null;
  qualifier: string | null;
  claimedAt: string;
  claimedAtPrecision: DatePrecision;
  citations: Citation[];
}

export interface Position {
  side: Side;
  event: ClaimEvent;
}

export interface Conflict {
  /** eventIds of the two positions that cannot both be true. */
  a: string;
  b: string;
  reason: string;
}

/** The reconciled view of one place. */
export interface PlaceState {
  /** Partition and Redis key of the place (see placeKeyOf). */
  placeKey: string;
  place: PlaceRef;
  status: PlaceStatus;
  positions: Position[];
  /** Events of a side that contradict that side's own position (e.g. its bloggers denying its capture). */
  dissent: ClaimEvent[];
  conflicts: Conflict[];
  timeline: ClaimEvent[];
  claimCount: number;
  eventCount: number;
  outletCount: number;
  version: number;
  updatedAt: string;
}

/** A record a worker could not process, kept with the reason and where it came from. */
export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  reason: string;
  worker: string;
  failedAt: string;
}

/** What `claimwire dlq` did with a dead letter (schemas/DeadLetterHandled.avsc). */
export interface DeadLetterHandled {
  /** The dead letter's place: `<dead-letter topic>/<partition>/<offset>`. */
  letter: string;
  /** The failed record's first place: `<topic>/<partition>/<offset>`. */
  origin: string;
  action: 'REPLAYED' | 'PURGED';
  at: string;
}
