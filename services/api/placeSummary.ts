import { eventSummary } from '../reconciler/formatState.js';
import { dateOrderKey } from '../reconciler/reconcile.js';
import type { PlaceState, PlaceStatus, Side, Stance } from '../shared/model.js';

/** One side's current position in one line, with the parts a client sorts or colours by. */
export interface PositionLine {
  side: Side;
  stance: Stance;
  controller: 'RU' | 'UA' | null;
  extent: number | null;
  claimedAt: string;
  /** "CONTROL RU 100% — Maria Zakharova, 2025-12-18" */
  line: string;
}

/** What the list and the map need of a place: small, so that thousands of them answer fast. */
export interface PlaceSummary {
  placeKey: string;
  name: string;
  region: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  resolved: boolean;
  status: PlaceStatus;
  positions: PositionLine[];
  conflicts: number;
  claimCount: number;
  eventCount: number;
  outletCount: number;
  version: number;
  updatedAt: string;
  /** The claim dates of the place's first and last events in its state (the state keeps its latest 100 events). */
  firstEventAt: string | null;
  lastEventAt: string | null;
}

export const summarise = (state: PlaceState): PlaceSummary => ({
  placeKey: state.placeKey,
  name: state.place.name,
  region: state.place.admin1,
  country: state.place.country,
  lat: state.place.lat,
  lon: state.place.lon,
  resolved: state.place.resolved,
  status: state.status,
  positions: state.positions.map(({ side, event }) => ({
    side,
    stance: event.stance,
    controller: event.controller,
    extent: event.extent,
    claimedAt: event.claimedAt,
    line: eventSummary(event),
  })),
  conflicts: state.conflicts.length,
  claimCount: state.claimCount,
  eventCount: state.eventCount,
  outletCount: state.outletCount,
  version: state.version,
  updatedAt: state.updatedAt,
  firstEventAt: state.timeline[0]?.claimedAt ?? null,
  lastEventAt: state.timeline.at(-1)?.claimedAt ?? null,
});

/**
 * Whether the claims made up to `asOf` (YYYY-MM-DD) are all the place's claims, so that its state as of then is its
 * current state: every claim sorts on or before the event it joined, and the last event of the timeline is the latest.
 */
export const settledBy = (summary: Pick<PlaceSummary, 'lastEventAt'>, asOf: string): boolean =>
  summary.lastEventAt !== null && dateOrderKey(summary.lastEventAt) <= asOf;
