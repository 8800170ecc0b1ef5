import { stateAsOf } from './asOf.js';
import { withSummary, type IndexedPlace, type PlaceIndex } from './placeIndex.js';
import { settledBy, summarise } from './placeSummary.js';
import type { PlaceReader } from './readSide.js';

const CACHED_DATES = 8;
const READS_IN_FLIGHT = 32;

/**
 * Every place as the claims made up to a day give it (the map and list of the dashboard's date slider). A place whose
 * events all fall on or before the day is as it is now; the others are recomputed by `reconcile` from their claims.
 * Answers are kept for a few days until the index changes.
 */
export class PlacesAsOf {
  private readonly cache = new Map<string, { generation: number; places: Promise<IndexedPlace[]> }>();

  constructor(
    private readonly index: PlaceIndex,
    private readonly reader: PlaceReader,
  ) {}

  places(asOf: string): Promise<IndexedPlace[]> {
    const cached = this.cache.get(asOf);
    if (cached && cached.generation === this.index.generation) return cached.places;
    const places = this.compute(asOf);
    this.cache.delete(asOf);
    this.cache.set(asOf, { generation: this.index.generation, places });
    places.catch(() => this.cache.delete(asOf));
    while (this.cache.size > CACHED_DATES) this.cache.delete(this.cache.keys().next().value!);
    return places;
  }

  private async compute(asOf: string): Promise<IndexedPlace[]> {
    const all = this.index.all();
    const result = new Array<IndexedPlace | null>(all.length).fill(null);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < all.length) {
        const i = next++;
        const place = all[i]!;
        if (settledBy(place.summary, asOf)) {
          result[i] = place;
          continue;
        }
        const state = stateAsOf(await this.reader.claimsOf(place.summary.placeKey), asOf);
        if (state) result[i] = withSummary(place, summarise(state));
      }
    };
    await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, all.length) }, lane));
    return result.filter((p): p is IndexedPlace => p !== null);
  }
}
