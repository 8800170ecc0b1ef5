import { readFileSync } from 'node:fs';
import { claimIdFor, foldName, placeKeyOf } from '../../shared/ids.js';
import type { Claim, Party, PlaceRef, Side, Stance } from '../../shared/model.js';

/** FNV-1a of a text, as a number: a stand-in offset that tells different evidence apart. */
const textHash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

interface GoldClaim {
  place: string;
  claimant: { name: string; side: Side };
  stance: Stance;
  controller: Party | null;
  extent: number | null;
  qualifier: string | null;
  claimedAt: string;
  evidence: string;
}

interface GoldFile {
  articles: { article: string; publishedAt: string; claims: GoldClaim[] }[];
  places: Record<string, string>;
}

export const placeRef = (name: string): PlaceRef => ({
  name,
  id: `test:${foldName(name)}`,
  admin1: null,
  country: 'UA',
  lat: null,
  lon: null,
  surface: name,
  resolved: true,
});

export interface ClaimSpec {
  place?: string;
  article?: string;
  outlet?: string | null;
  publishedAt?: string;
  claimant?: string;
  role?: string | null;
  side: Side;
  stance: Stance;
  controller: Party | null;
  extent?: number | null;
  qualifier?: string | null;
  claimedAt: string;
  evidence?: string;
}

/** A claim record built from the few fields a test cares about. */
export const claim = (spec: ClaimSpec): Claim => {
  const place = placeRef(spec.place ?? 'Testograd');
  const articleId = spec.article ?? 'article-1';
  const evidence =
    spec.evidence ??
    `${spec.claimant ?? spec.side} on ${spec.claimedAt}: ${spec.stance} ${spec.controller ?? ''} ${spec.extent ?? ''} ${spec.qualifier ?? ''} in ${place.name}`;
  return {
    claimId: claimIdFor({
      articleId,
      placeKey: placeKeyOf(place),
      side: spec.side,
      stance: spec.stance,
      controller: spec.controller,
      claimedAt: spec.claimedAt,
      // The evidence names the claimant, the extent and the qualifier: claims that differ in any of them differ in id,
      // as two readings of one sentence would (a sum of their lengths once gave two different claims one id).
      evidenceStart: textHash(evidence),
    }),
    articleId,
    outlet: spec.outlet === undefined ? 'Test Wire' : spec.outlet,
    publishedAt: spec.publishedAt ?? spec.claimedAt.slice(0, 7) + '-28',
    place,
    claimant: { name: spec.claimant ?? `${spec.side} spokesman`, role: spec.role ?? null, side: spec.side },
    stance: spec.stance,
    controller: spec.controller,
    extent: spec.extent ?? null,
    qualifier: spec.qualifier ?? null,
    claimedAt: spec.claimedAt,
    claimedAtPrecision: spec.claimedAt.length === 7 ? 'month' : 'day',
    evidence: { text: evidence, start: 0, end: evidence.length },
  };
};

const goldPath = new URL('../../../../shared/eval/seeds.gold.json', import.meta.url);

/** Every gold claim of the seeds (required and optional) as claim records, and the expected place statuses. */
export const goldSeedClaims = (): { claims: Claim[]; places: Record<string, string> } => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const claims = gold.articles.flatMap((a) =>
    a.claims.map((g) =>
      claim({
        place: g.place,
        article: a.article,
        outlet: null,
        publishedAt: a.publishedAt,
        claimant: g.claimant.name,
        side: g.claimant.side,
        stance: g.stance,
        controller: g.controller,
        extent: g.extent,
        qualifier: g.qualifier,
        claimedAt: g.claimedAt,
        evidence: g.evidence,
      }),
    ),
  );
  return { claims, places: gold.places };
};
