// Scores extracted claims against a gold file exactly as ../shared/eval/score.mjs does (a spec checks the two agree),
// and adds what tuning needs: the confusion by field of the keys that nearly matched, and every miss with its sentence.
import { basename } from 'node:path';
import type { Claim, PlaceState } from '../../services/shared/model.js';

export interface GoldClaim {
  place: string;
  claimant: { name: string; side: string };
  stance: string;
  controller: string | null;
  extent: number | null;
  qualifier: string | null;
  claimedAt: string;
  required: boolean;
  evidence: string;
}

export interface GoldFile {
  set: string;
  about?: string;
  aliases: Record<string, string[]>;
  articles: { article: string; publishedAt: string; claims: GoldClaim[]; notes?: string }[];
  places: Record<string, string>;
}

/** A produced claim with the file it came from, as `claimwire extract --json` prints it. */
export type ProducedClaim = Claim & { article: string | null };

export const FIELDS = ['place', 'side', 'stance', 'controller', 'month'] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  article: string;
  key: string;
  evidence: string;
  /** The rules that read a produced claim. */
  rules?: string[];
}

export interface SetScore {
  set: string;
  precision: number;
  recall: number;
  f1: number;
  requiredKeys: number;
  matchedRequired: number;
  producedKeys: number;
  matchedProduced: number;
  date: [ok: number, of: number];
  extent: [ok: number, of: number];
  claimant: [ok: number, of: number];
  states: { ok: number; of: number; wrong: string[] };
  /** Gold required keys produced with exactly one field wrong, by field, and the swaps seen ("UA → NEUTRAL"). */
  confusion: Record<Field, { count: number; swaps: Record<string, number> }>;
  missed: Miss[];
  extra: Miss[];
  /** Per rule: produced keys it helped read that gold holds, and all it helped read. */
  byRule: Record<string, [matched: number, produced: number]>;
}

const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʼ]/g, '')
    .toLowerCase()
    .trim();
const articleKey = (s: unknown): string => basename(String(s ?? '')).replace(/\.[a-z0-9]+$/i, '');

export interface Keyed {
  place: string;
  side: string;
  stance: string;
  controller: string;
  month: string;
}

type Keyable = {
  place: string | { name: string };
  claimant: { side: string };
  stance: string;
  controller: string | null;
  claimedAt: string;
};

/** A place's name as the gold's aliases give it. */
export const canonicalPlace = (gold: Pick<GoldFile, 'aliases'>): ((name: string) => string) => {
  const alias = new Map<string, string>();
  for (const [canon, names] of Object.entries(gold.aliases ?? {})) {
    alias.set(fold(canon), canon);
    for (const n of names) alias.set(fold(n), canon);
  }
  return (name) => alias.get(fold(name)) ?? String(name ?? '');
};

/** The scorer's key of a gold or produced claim (place by the gold's aliases, side, stance, controller, month), in parts. */
export const keyParts = (gold: Pick<GoldFile, 'aliases'>): ((c: Keyable) => Keyed) => {
  const canonPlace = canonicalPlace(gold);
  return (c) => ({
    place: canonPlace(typeof c.place === 'string' ? c.place : c.place.name),
    side: String(c.claimant?.side ?? '').toUpperCase(),
    stance: String(c.stance ?? '').toUpperCase(),
    controller: c.controller == null || c.controller === '' ? 'null' : String(c.controller).toUpperCase(),
    month: c.claimedAt ? String(c.claimedAt).slice(0, 7) : 'unknown',
  });
};

export const keyOf = (k: Keyed): string => [k.place, k.side, k.stance, k.controller, k.month].join(' | ');

/** Scores one set: the same matching, precision, recall and side figures as score.mjs. */
export const scoreSet = (gold: GoldFile, produced: ProducedClaim[], states: PlaceState[] | null): SetScore => {
  const parts = keyParts(gold);
  const canonPlace = canonicalPlace(gold);
  const byArticle = new Map<string, ProducedClaim[]>();
  for (const c of produced) {
    const a = articleKey(c.article ?? c.articleId);
    const list = byArticle.get(a) ?? [];
    list.push(c);
    byArticle.set(a, list);
  }

  const score: SetScore = {
    set: gold.set,
    precision: 0,
    recall: 0,
    f1: 0,
    requiredKeys: 0,
    matchedRequired: 0,
    producedKeys: 0,
    matchedProduced: 0,
    date: [0, 0],
    extent: [0, 0],
    claimant: [0, 0],
    states: { ok: 0, of: 0, wrong: [] },
    byRule: {},
    confusion: Object.fromEntries(FIELDS.map((f) => [f, { count: 0, swaps: {} }])) as SetScore['confusion'],
    missed: [],
    extra: [],
  };
  const goldArticles = new Set<string>();
  for (const art of gold.articles) {
    const a = articleKey(art.article);
    goldArticles.add(a);
    const gk = new Map<string, { required: boolean; claims: GoldClaim[]; parts: Keyed }>();
    for (const c of art.claims) {
      const p = parts(c);
      const k = keyOf(p);
      const e = gk.get(k) ?? { required: false, claims: [], parts: p };
      e.required ||= !!c.required;
      e.claims.push(c);
      gk.set(k, e);
    }
    const pk = new Map<string, { claims: ProducedClaim[]; parts: Keyed }>();
    for (const c of byArticle.get(a) ?? []) {
      const p = parts(c);
      const k = keyOf(p);
      const e = pk.get(k) ?? { claims: [], parts: p };
      e.claims.push(c);
      pk.set(k, e);
    }
    for (const [k, e] of pk) {
      score.producedKeys++;
      for (const rule of e.claims[0]!.rules ?? []) {
        const tally = (score.byRule[rule] ??= [0, 0]);
        tally[1]++;
        if (gk.has(k)) tally[0]++;
      }
      if (gk.has(k)) score.matchedProduced++;
      else score.extra.push({ article: a, key: k, evidence: e.claims[0]!.evidence.text, rules: e.claims[0]!.rules ?? [] });
    }
    for (const [k, g] of gk) {
      if (g.required) {
        score.requiredKeys++;
        if (pk.has(k)) score.matchedRequired++;
        else {
          score.missed.push({ article: a, key: k, evidence: g.claims[0]!.evidence });
          // The produced key of the same article that differs from this one in one field only, if any.
          for (const [pkKey, p] of pk) {
            if (gk.has(pkKey)) continue;
            const differing = FIELDS.filter((f) => p.parts[f] !== g.parts[f]);
            if (differing.length !== 1) continue;
            const field = differing[0]!;
            const swap = `${g.parts[field]} → ${p.parts[field]}`;
            score.confusion[field].count++;
            score.confusion[field].swaps[swap] = (score.confusion[field].swaps[swap] ?? 0) + 1;
            break;
          }
        }
      }
      const ps = pk.get(k)?.claims;
      if (!ps) continue;
      const gDates = g.claims.map((c) => c.claimedAt).filter(Boolean);
      if (gDates.length) {
        score.date[1]++;
        if (ps.some((p) => gDates.some((d) => String(p.claimedAt ?? '').slice(0, d.length) === d))) score.date[0]++;
      }
      const gExt = g.claims.map((c) => c.extent).filter((x): x is number => typeof x === 'number');
      if (gExt.length) {
        score.extent[1]++;
        if (ps.some((p) => gExt.some((x) => p.extent != null && Math.abs(p.extent - x) <= 0.05))) score.extent[0]++;
      }
      const gNames = g.claims.map((c) => c.claimant?.name).filter((n) => n && n !== 'outlet');
      if (gNames.length) {
        score.claimant[1]++;
        const tokens = gNames.map((n) =>
          fold(n)
            .split(/\s+/)
            .filter((t) => t.length > 3)
            .pop(),
        );
        if (ps.some((p) => tokens.some((t) => t && fold(p.claimant?.name).includes(t)))) score.claimant[0]++;
      }
    }
  }
  for (const [a, cs] of byArticle)
    if (!goldArticles.has(a))
      for (const c of cs) score.extra.push({ article: a, key: `(article not in gold) ${keyOf(parts(c))}`, evidence: c.evidence.text });

  score.precision = score.producedKeys ? score.matchedProduced / score.producedKeys : 0;
  score.recall = score.requiredKeys ? score.matchedRequired / score.requiredKeys : 0;
  score.f1 = score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;

  if (states) {
    const got = new Map(states.map((s) => [canonPlace(s.place.name), s.status]));
    for (const [place, status] of Object.entries(gold.places ?? {})) {
      score.states.of++;
      if (got.get(place) === status) score.states.ok++;
      else score.states.wrong.push(`${place}: want ${status}, got ${got.get(place) ?? 'nothing'}`);
    }
  }
  return score;
};
