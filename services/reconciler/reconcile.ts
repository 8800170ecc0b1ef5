// reconcile(claims) → PlaceState: a pure function of the SET of claims about one place.
//
// Rules (README "Reconciliation"):
// - Events. Claims with the same claimant (side and name, case and accents aside; "His generals (Valery Gerasimov)"
//   is Gerasimov's), stance, controller and claim date are one event, cited by every article that reports it. A month-precision claim ("late November") joins the latest day-precision
//   event of the same kind inside that month; with none, it forms a month event of its own.
// - Order of dates. A month-precision date orders before every day of the same month (a dated statement is
//   taken as the later, more specific one) and after every day of earlier months. Ties: the event reported
//   last (latest publishedAt), then CONTROL over DENIAL over CONTESTED, then the eventId.
// - Positions. Each side's current position is its latest event. Events of a side that contradict that
//   side's own position (its bloggers denying its capture) are its dissent.
// - Conflicts between the RU and UA positions: CONTROL extents adding up to more than the whole place (an
//   unstated extent counts as the whole, "most" as more than half, partial forms as some); one side's
//   CONTROL against the other's DENIAL of the same controller; a whole-place CONTROL against a CONTESTED.
// - Status. CONTESTED when the two positions conflict, or when both sides speak and do not agree on who
//   holds the place; CORROBORATED when both sides agree on the holder; ONE_SIDED when one side alone
//   speaks. NEUTRAL voices (the outlet, observers) are shown but never decide the status.
// - version is the number of distinct claims, so it grows with every new claim and never with a repeat;
//   updatedAt is the latest date the claims carry. Neither depends on arrival order or the clock.
import { createHash } from 'node:crypto';
import { foldName, placeKeyOf } from '../shared/ids.js';
import { claimantNames } from './claimantNames.js';
import type { Citation, Claim, ClaimEvent, Conflict, Party, PlaceState, PlaceStatus, Position, Side } from '../shared/model.js';

const SIDES: readonly Side[] = ['RU', 'UA', 'NEUTRAL'];

/**
 * A place reported thousands of times must still fit one Kafka record, and the state is rewritten on every
 * change: it carries the latest events and the latest citations of each (counts cover everything; the claims
 * topic and Redis hold every claim, and `claimwire state <place> --claims` lists them). Three citations keep a
 * much-cited place's record near 130 KB instead of 300 KB, which is most of the reconciler's cost per change.
 */
export const MAX_TIMELINE_EVENTS = 100;
export const MAX_CITATIONS_PER_EVENT = 3;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key of a claim date: `YYYY-MM` sorts as day 00 of its month. */
export const dateOrderKey = (claimedAt: string): string => (claimedAt.length === 7 ? `${claimedAt}-00` : claimedAt);

/**
 * Who made a claim, for grouping: "His generals (Valery Gerasimov)", "Russia (Maria Zakharova)" are how the extractor
 * names a claim a group or a country is given in a lede and the next sentence's speaker made: that person's.
 */
export const speakerOf = (claimantName: string): string => /\(([^()]+)\)\s*$/.exec(claimantName)?.[1] ?? claimantName;

/** A claim's event kind, kept with the claim: a place's fold regroups the same claims many times. */
const eventKinds = new WeakMap<Claim, string>();
const eventKind = (c: Claim): string => {
  let kind = eventKinds.get(c);
  if (kind === undefined) {
    kind = `${c.claimant.side}|${c.stance}|${c.controller ?? '-'}|${foldName(speakerOf(c.claimant.name))}`;
    eventKinds.set(c, kind);
  }
  return kind;
};

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

const latestPublished = (e: ClaimEvent): string =>
  e.citations.reduce((max, c) => (c.publishedAt && c.publishedAt > max ? c.publishedAt : max), '');

/** On the same day a side's assertion of control says more than its denial, and both more than "fighting". */
const STANCE_WEIGHT = { CONTESTED: 0, DENIAL: 1, CONTROL: 2 } as const;

/** Chronological order of events, as defined above. */
export const compareEvents = (a: ClaimEvent, b: ClaimEvent): number =>
  compareText(dateOrderKey(a.claimedAt), dateOrderKey(b.claimedAt)) ||
  compareText(latestPublished(a), latestPublished(b)) ||
  STANCE_WEIGHT[a.stance] - STANCE_WEIGHT[b.stance] ||
  compareText(a.eventId, b.eventId);

const citationOf = (c: Claim): Citation => ({
  claimId: c.claimId,
  articleId: c.articleId,
  outlet: c.outlet,
  publishedAt: c.publishedAt,
  claimant: c.claimant,
  evidence: c.evidence,
});

const compareCitations = (a: Pick<Citation, 'publishedAt' | 'claimId'>, b: Pick<Citation, 'publishedAt' | 'claimId'>): number =>
  compareText(a.publishedAt ?? '', b.publishedAt ?? '') || compareText(a.claimId, b.claimId);

/** The `count` latest citations of the claims, oldest first: one pass, not a sort of every claim of a much-cited event. */
const latestCitations = (claims: Claim[], count: number): Citation[] => {
  if (claims.length <= count) return claims.map(citationOf).sort(compareCitations);
  const latest: Claim[] = [];
  for (const claim of claims) {
    if (latest.length === count && compareCitations(claim, latest[0]!) <= 0) continue;
    let at = latest.length;
    while (at > 0 && compareCitations(claim, latest[at - 1]!) < 0) at--;
    latest.splice(at, 0, claim);
    if (latest.length > count) latest.shift();
  }
  return latest.map(citationOf);
};

/** The event's extent: the largest stated one; its qualifier goes with it, else the first stated qualifier. */
const extentOf = (claims: Claim[]): { extent: number | null; qualifier: string | null } => {
  const stated = claims.filter((c) => c.extent !== null).sort((a, b) => b.extent! - a.extent! || compareText(a.claimId, b.claimId));
  if (stated.length) return { extent: stated[0]!.extent, qualifier: stated[0]!.qualifier };
  const qualified = claims.filter((c) => c.qualifier !== null).sort((a, b) => compareText(a.claimId, b.claimId));
  return { extent: null, qualifier: qualified[0]?.qualifier ?? null };
};

const buildEvent = (placeKey: string, kind: string, claimedAt: string, claims: Claim[], citationsPerEvent: number): ClaimEvent => {
  const [side, stance, controller] = kind.split('|') as [Side, ClaimEvent['stance'], string];
  return {
    eventId: hash(`${placeKey}|${kind}|${claimedAt}`),
    side,
    claimants: claimantNames(claims.map((c) => c.claimant.name)).sort(compareText),
    stance,
    controller: controller === '-' ? null : (controller as Party),
    ...extentOf(claims),
    claimedAt,
    claimedAtPrecision: claimedAt.length === 7 ? 'month' : 'day',
    // The latest citations; the claims topic keeps every one. Bounds a much-reported place's record size.
    citations: latestCitations(claims, citationsPerEvent),
  };
};

/** Groups claims into events (see the rules at the top), each citing its latest `citationsPerEvent` claims. */
export const eventsOf = (placeKey: string, claims: Claim[], citationsPerEvent = MAX_CITATIONS_PER_EVENT): ClaimEvent[] => {
  const groups = new Map<string, Map<string, Claim[]>>();
  const add = (kind: string, date: string, claim: Claim): void => {
    let byDate = groups.get(kind);
    if (!byDate) groups.set(kind, (byDate = new Map()));
    const list = byDate.get(date);
    if (list) list.push(claim);
    else byDate.set(date, [claim]);
  };
  // A country speaking ("Ukraine claimed") joins the event of a named voice of its side saying the same on the
  // same date ("Syrskyi said"), if there is one: it is the same assertion, attributed less precisely.
  const kindOf = (claim: Claim, date: string): string => {
    const own = eventKind(claim);
    if (claim.claimant.role !== 'country') return own;
    const prefix = own.slice(0, own.lastIndexOf('|') + 1);
    const named = [...groups.entries()].filter(
      ([k, byDate]) => k.startsWith(prefix) && byDate.has(date) && byDate.get(date)!.some((c) => c.claimant.role !== 'country'),
    );
    return named.map(([k]) => k).sort(compareText)[0] ?? own;
  };
  const monthClaims: Claim[] = [];
  const countryDayClaims: Claim[] = [];
  for (const claim of claims) {
    if (claim.claimedAt.length === 7) monthClaims.push(claim);
    else if (claim.claimant.role === 'country') countryDayClaims.push(claim);
    else add(eventKind(claim), claim.claimedAt, claim);
  }
  for (const claim of countryDayClaims) add(kindOf(claim, claim.claimedAt), claim.claimedAt, claim);
  monthClaims.sort(
    (a, b) => Number(a.claimant.role === 'country') - Number(b.claimant.role === 'country') || compareText(a.claimId, b.claimId),
  );
  for (const claim of monthClaims) {
    const kind = claim.claimant.role === 'country' ? kindOf(claim, claim.claimedAt) : eventKind(claim);
    const days = [...(groups.get(kind)?.keys() ?? [])].filter((d) => d.length === 10 && d.startsWith(claim.claimedAt)).sort(compareText);
    add(kind, days.length ? days[days.length - 1]! : claim.claimedAt, claim);
  }
  const events: ClaimEvent[] = [];
  for (const [kind, byDate] of groups)
    for (const [date, list] of byDate) events.push(buildEvent(placeKey, kind, date, list, citationsPerEvent));
  return events.sort(compareEvents);
};

/** The share of the place a CONTROL event gives its controller, for adding up: unstated is the whole. */
const shareOf = (e: ClaimEvent): number => {
  if (e.extent !== null) return e.extent;
  const q = e.qualifier?.toLowerCase() ?? '';
  if (/\bmost|majority|almost all|nearly all|all but\b/.test(q)) return 0.51;
  if (/part|outskirt|partial|some|district|quarter|edge|neighbou?rhood|block/.test(q)) return 0.01;
  return 1;
};

const isWhole = (e: ClaimEvent): boolean => e.stance === 'CONTROL' && shareOf(e) >= 1;

const describe = (e: ClaimEvent): string => {
  const who = e.claimants.join(', ') || e.side;
  if (e.stance === 'CONTROL') {
    const share = e.extent !== null ? `${Math.round(e.extent * 100)}% of` : e.qualifier ? `${e.qualifier} of` : 'all of';
    return `${who} (${e.side}, ${e.claimedAt}): ${e.controller} holds ${share} it`;
  }
  if (e.stance === 'DENIAL') return `${who} (${e.side}, ${e.claimedAt}): ${e.controller} does not hold it`;
  return `${who} (${e.side}, ${e.claimedAt}): it is fought over${e.controller ? `, ${e.controller} gaining` : ''}`;
};

/** Why two events cannot both be true, or null when they can. Symmetric. */
export const contradiction = (a: ClaimEvent, b: ClaimEvent): string | null => {
  if (a.stance === 'CONTROL' && b.stance === 'CONTROL') {
    if (a.controller === b.controller) return null;
    const total = shareOf(a) + shareOf(b);
    return total > 1 ? `control claims add up to more than the whole place: ${describe(a)}; ${describe(b)}` : null;
  }
  const [control, other] = a.stance === 'CONTROL' ? [a, b] : b.stance === 'CONTROL' ? [b, a] : [null, null];
  if (!control || !other) return null;
  if (other.stance === 'DENIAL' && other.controller === control.controller)
    return `control asserted against its denial: ${describe(control)}; ${describe(other)}`;
  if (other.stance === 'CONTESTED' && isWhole(control))
    return `whole-place control against reports of fighting for it: ${describe(control)}; ${describe(other)}`;
  return null;
};

/** Whether two events say the same side holds the place. */
const agreeOnHolder = (a: ClaimEvent, b: ClaimEvent): boolean => {
  const holder = (e: ClaimEvent): Party | null =>
    e.stance === 'CONTROL' ? e.controller : e.stance === 'DENIAL' && e.controller ? (e.controller === 'RU' ? 'UA' : 'RU') : null;
  const ha = holder(a);
  return ha !== null && ha === holder(b) && (a.stance === 'CONTROL' || b.stance === 'CONTROL');
};

/**
 * Where claims can group with each other: the rules above only join claims of the same side, stance and
 * controller in the same month. Each bucket's events depend on its own claims alone, so a new claim regroups one
 * bucket, not the place.
 */
const bucketOf = (c: Claim): string => `${c.claimant.side}|${c.stance}|${c.controller ?? '-'}|${c.claimedAt.slice(0, 7)}`;

/**
 * The claims of one place, folded so far: `state()` equals `reconcile` of every claim added, in any order and
 * however split, but adding a few claims to a place with thousands costs only their buckets' regrouping.
 */
export class PlaceFold {
  private readonly byId = new Map<string, Claim>();
  private readonly buckets = new Map<string, { claims: Claim[]; events: ClaimEvent[] | null }>();
  private readonly outlets = new Set<string>();
  private placeKey: string | null = null;
  private first: Claim | null = null;
  private updatedAt = '';

  constructor(claims: Iterable<Claim> = []) {
    this.add(claims);
  }

  get size(): number {
    return this.byId.size;
  }

  has(claimId: string): boolean {
    return this.byId.has(claimId);
  }

  /** The claims folded so far, in the order they were added. */
  claims(): Claim[] {
    return [...this.byId.values()];
  }

  /** Adds the claims not yet known (by claimId) and returns how many were new. Throws on another place's claim. */
  add(claims: Iterable<Claim>): number {
    let added = 0;
    for (const claim of claims) {
      if (this.byId.has(claim.claimId)) continue;
      const placeKey = placeKeyOf(claim.place);
      this.placeKey ??= placeKey;
      if (placeKey !== this.placeKey) throw new Error(`reconcile takes claims of one place: ${this.placeKey} and ${placeKey}`);
      this.byId.set(claim.claimId, claim);
      added++;
      const bucketKey = bucketOf(claim);
      const bucket = this.buckets.get(bucketKey);
      if (bucket) {
        bucket.claims.push(claim);
        bucket.events = null;
      } else this.buckets.set(bucketKey, { claims: [claim], events: null });
      // The place's own description comes from one claim, the one with the smallest id, whatever the order.
      if (!this.first || claim.claimId < this.first.claimId) this.first = claim;
      // An article that names no outlet is not an outlet of its own: it adds none.
      if (claim.outlet !== null && claim.outlet.trim() !== '') this.outlets.add(claim.outlet);
      const at = claim.publishedAt ?? claim.claimedAt;
      if (at > this.updatedAt) this.updatedAt = at;
    }
    return added;
  }

  /**
   * The event each claim joined, by claimId: the grouping `state()` applies, with every claim kept (a state cites
   * only each event's latest few). Lets a reader list all the citations of an event without regrouping claims itself.
   */
  eventIdsByClaim(): Map<string, string> {
    const ids = new Map<string, string>();
    if (this.placeKey === null) return ids;
    for (const bucket of this.buckets.values())
      for (const event of eventsOf(this.placeKey, bucket.claims, Infinity))
        for (const c of event.citations) ids.set(c.claimId, event.eventId);
    return ids;
  }

  state(): PlaceState {
    const placeKey = this.placeKey;
    const first = this.first;
    if (placeKey === null || first === null) throw new Error('reconcile needs at least one claim');
    const timeline: ClaimEvent[] = [];
    for (const bucket of this.buckets.values()) timeline.push(...(bucket.events ??= eventsOf(placeKey, bucket.claims)));
    timeline.sort(compareEvents);

    const positions: Position[] = [];
    const dissent: ClaimEvent[] = [];
    for (const side of SIDES) {
      const own = timeline.filter((e) => e.side === side);
      if (own.length === 0) continue;
      const current = own[own.length - 1]!;
      positions.push({ side, event: current });
      if (side !== 'NEUTRAL') dissent.push(...own.filter((e) => e !== current && contradiction(current, e) !== null));
    }

    const ru = positions.find((p) => p.side === 'RU')?.event;
    const ua = positions.find((p) => p.side === 'UA')?.event;
    const conflicts: Conflict[] = [];
    if (ru && ua) {
      const reason = contradiction(ru, ua);
      if (reason) conflicts.push({ a: ru.eventId, b: ua.eventId, reason });
    }
    const status: PlaceStatus = !ru || !ua ? 'ONE_SIDED' : conflicts.length === 0 && agreeOnHolder(ru, ua) ? 'CORROBORATED' : 'CONTESTED';
    return {
      placeKey,
      place: first.place,
      status,
      positions,
      dissent: dissent.sort(compareEvents).slice(-MAX_TIMELINE_EVENTS),
      conflicts,
      timeline: timeline.slice(-MAX_TIMELINE_EVENTS),
      claimCount: this.byId.size,
      eventCount: timeline.length,
      outletCount: this.outlets.size,
      version: this.byId.size,
      updatedAt: this.updatedAt,
    };
  }
}

/** The reconciled state of one place from all claims about it (duplicates by claimId count once). */
export const reconcile = (placeClaims: readonly Claim[]): PlaceState => new PlaceFold(placeClaims).state();

/** Claims of any places → one state per place, sorted by place name then key. */
export const reconcileAll = (claims: readonly Claim[]): PlaceState[] => {
  const byPlace = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = placeKeyOf(claim.place);
    const list = byPlace.get(key);
    if (list) list.push(claim);
    else byPlace.set(key, [claim]);
  }
  return [...byPlace.values()]
    .map(reconcile)
    .sort((a, b) => compareText(a.place.name, b.place.name) || compareText(a.placeKey, b.placeKey));
};
