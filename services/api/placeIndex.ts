import type { PlaceState } from '../shared/model.js';
import { gazetteerAliases } from './placeAliases.js';
import { regionKey, searchKey } from './placeSearch.js';
import { summarise, type PlaceSummary } from './placeSummary.js';

/** A place as the list route filters it: its summary, the keys of all its names, and its region's key. */
export interface IndexedPlace {
  summary: PlaceSummary;
  terms: string[];
  region: string | null;
  /** The summary as JSON, serialised once: a page of the list is these joined, not a serialisation of every summary. */
  json: string;
}

export const indexPlace = (state: PlaceState, aliases: (id: string | null) => readonly string[] = gazetteerAliases): IndexedPlace =>
  withSummary(
    {
      terms: [...new Set([state.place.name, state.place.surface, ...aliases(state.place.id)].map(searchKey))],
      region: state.place.admin1 === null ? null : regionKey(state.place.admin1),
    },
    summarise(state),
  );

/** The same place's search keys with another summary (its state as of a past day). */
export const withSummary = (place: Pick<IndexedPlace, 'terms' | 'region'>, summary: PlaceSummary): IndexedPlace => ({
  terms: place.terms,
  region: place.region,
  summary,
  json: JSON.stringify(summary),
});

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: IndexedPlace, b: IndexedPlace): number =>
  compareText(a.summary.name, b.summary.name) || compareText(a.summary.placeKey, b.summary.placeKey);

/**
 * Every place's summary, in memory: loaded from the store at start, then kept current by the change feed. A state
 * replaces the one held only if its version is higher (versions count claims, so they never go back), which makes the
 * load and the feed commute: whichever brings a place first, the newer state stays.
 */
export class PlaceIndex {
  private readonly places = new Map<string, IndexedPlace>();
  private sorted: IndexedPlace[] | null = null;
  /** Grows with every accepted change: what caches of derived answers are keyed by. */
  generation = 0;

  constructor(private readonly aliases: (id: string | null) => readonly string[] = gazetteerAliases) {}

  /** True when the state was newer than what the index held. */
  apply(state: PlaceState): boolean {
    const held = this.places.get(state.placeKey);
    if (held && held.summary.version >= state.version) return false;
    this.places.set(state.placeKey, indexPlace(state, this.aliases));
    this.sorted = null;
    this.generation++;
    return true;
  }

  get(placeKey: string): IndexedPlace | undefined {
    return this.places.get(placeKey);
  }

  get size(): number {
    return this.places.size;
  }

  /** Every place, by name (then key), as the stores list them. */
  all(): readonly IndexedPlace[] {
    this.sorted ??= [...this.places.values()].sort(byName);
    return this.sorted;
  }
}
