/** data/gazetteer.json: one row per place, aliases folded and joined by `|`. */
export type GazetteerRow = [
  name: string,
  id: string | null,
  admin1: string | null,
  country: string,
  lat: number,
  lon: number,
  population: number,
  kind: 'settlement' | 'region',
  source: 'geonames' | 'supplement',
  /** GeoNames feature code: PPLA (admin1 capital), PPLA2, PPL, ..., ADM1 for regions. */
  featureCode: string,
  aliases: string,
];

export interface GazetteerFile {
  about: string;
  columns: string[];
  places: GazetteerRow[];
}

/** data/gazetteer-supplement.json: what GeoNames lacks, each entry with its source. */
export interface SupplementFile {
  about: string;
  places: {
    name: string;
    id: string | null;
    admin1: string;
    country: string;
    lat: number;
    lon: number;
    population?: number;
    aliases?: string[];
    source: string;
  }[];
  /** Other names of a place GeoNames has (Soviet-era names, Russian forms it lacks): `of` is its canonical name. */
  otherNames: { name: string; of: string; country: string; admin1?: string; source: string }[];
  /** Other names of regions, by the region's canonical name. */
  regionAliases: Record<string, string[]>;
}
