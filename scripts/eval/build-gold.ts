// Builds eval/corpus/<split>/gold.json from the labelling batches (eval/corpus/labels/L*.json, batches.json):
// the first labelling of each article, or its settled version (labels/settled.json) where the double labelling
// disagreed; place spellings unified over all batches; place statuses from the gold claims by the reconciler's
// rules (reconcileAll). npx tsx scripts/eval/build-gold.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeKeyOf } from '../../services/shared/ids.js';
import { reconcileAll } from '../../services/reconciler/reconcile.js';
import type { Claim, Party, Side, Stance } from '../../services/shared/model.js';
import { readBatches, repoRoot } from './corpus.js';
import type { GoldClaim, GoldFile } from './score.js';

export interface LabelFile {
  batch: string;
  aliases: Record<string, string[]>;
  articles: { article: string; publishedAt: string; notes?: string; claims: GoldClaim[] }[];
}
const dir = `${repoRoot}eval/corpus`;
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʼ]/g, '')
    .toLowerCase()
    .trim();

/** One canonical name per place: spellings shared between canonical names join them, a canonical name stays its own. */
/** A region's spellings name the region, not its capital: "Zaporizhzhia" and "Luhansk" are cities of their own. */
const regionSpelling = (canonical: string, spelling: string): boolean =>
  !/ Oblast$/.test(canonical) || /\b(?:region|oblast|province|republic|krai|border|area)\b|^[DL]PR$|^(?:Crimea|Krym)/i.test(spelling);

export const unifyPlaces = (files: LabelFile[]): { canon: (name: string) => string; aliases: Record<string, string[]> } => {
  const canonicals = new Map<string, string>(); // folded canonical → as written
  const count = new Map<string, number>();
  for (const f of files) {
    for (const canon of Object.keys(f.aliases)) canonicals.set(fold(canon), canonicals.get(fold(canon)) ?? canon);
    for (const a of f.articles) for (const c of a.claims) count.set(fold(c.place), (count.get(fold(c.place)) ?? 0) + 1);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!));
  const union = (x: string, y: string): void => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    // The more used canonical name names the group.
    const [keep, drop] = (count.get(rx) ?? 0) >= (count.get(ry) ?? 0) ? [rx, ry] : [ry, rx];
    parent.set(drop, keep);
    parent.set(keep, keep);
  };
  const spellings = new Map<string, Set<string>>(); // folded canonical → folded spellings
  for (const f of files)
    for (const [canon, names] of Object.entries(f.aliases)) {
      const c = fold(canon);
      const set = spellings.get(c) ?? new Set<string>([c]);
      // "Donetsk" listed under "Donetsk Oblast" by one labeller is the city's own canonical name for another: it stays
      // the city's; "Lugansk" listed under "Luhansk Oblast" is the city's spelling, and joins the region to no city.
      for (const n of names) if (fold(n) === c || (!canonicals.has(fold(n)) && regionSpelling(canon, n))) set.add(fold(n));
      spellings.set(c, set);
    }
  const owner = new Map<string, string>();
  for (const [c, set] of spellings)
    for (const s of set) {
      const o = owner.get(s);
      if (o && o !== c) union(o, c);
      else owner.set(s, c);
    }
  const canon = (name: string): string => canonicals.get(find(fold(name))) ?? name;
  const aliases: Record<string, Set<string>> = {};
  const written = new Map<string, string>();
  for (const f of files)
    for (const [c, names] of Object.entries(f.aliases)) for (const n of [c, ...names]) written.set(fold(n), written.get(fold(n)) ?? n);
  for (const [c, set] of spellings) {
    const name = canon(c);
    aliases[name] ??= new Set([name]);
    for (const s of set) if (regionSpelling(name, written.get(s) ?? s)) aliases[name]!.add(written.get(s) ?? s);
  }
  return {
    canon,
    aliases: Object.fromEntries(
      Object.entries(aliases)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, [...v].sort()]),
    ),
  };
};

/**
 * Canonical names one batch lists as a spelling of another canonical name, both named by claims: one place under two
 * names (a batch that spelled it anew) or two places (namesakes: Russian "Uspenovka" and Ukrainian "Uspenivka").
 * unifyPlaces keeps them apart; a labeller decides which, and renames the claims if they are one place.
 */
export const canonicalClashes = (files: LabelFile[]): string[] => {
  const used = new Set(files.flatMap((f) => f.articles.flatMap((a) => a.claims.map((c) => fold(c.place)))));
  const home = new Map<string, string>();
  for (const f of files)
    for (const canon of Object.keys(f.aliases)) if (!home.has(fold(canon))) home.set(fold(canon), `${canon} (${f.batch})`);
  const out = new Set<string>();
  for (const f of files)
    for (const [canon, names] of Object.entries(f.aliases))
      for (const n of names)
        if (
          fold(n) !== fold(canon) &&
          used.has(fold(n)) &&
          used.has(fold(canon)) &&
          home.has(fold(n)) &&
          // "Kherson" under "Kherson Oblast": a region and its capital, two places by design.
          fold(canon).replace(/ (?:oblast|district)$/, '') !== fold(n)
        )
          out.add(`${home.get(fold(n))} is also a spelling of ${canon} in ${f.batch}`);
  // Two canonical names that list one spelling (neither's own name) are merged into one place through it.
  const listedBy = new Map<string, Map<string, string>>(); // folded spelling → folded canonical → "Canon (batch)"
  for (const f of files)
    for (const [canon, names] of Object.entries(f.aliases))
      for (const n of names) {
        const s = fold(n);
        if (s === fold(canon) || home.has(s) || !used.has(fold(canon)) || !regionSpelling(canon, n)) continue;
        const by = listedBy.get(s) ?? new Map<string, string>();
        if (!by.has(fold(canon))) by.set(fold(canon), `${canon} (${f.batch})`);
        listedBy.set(s, by);
      }
  for (const [spelling, by] of listedBy) {
    const owners = [...by.entries()].filter(([c]) => fold(c).replace(/ (?:oblast|district)$/, '') !== spelling);
    if (owners.length > 1) out.add(`${owners.map(([, o]) => o).join(' and ')} both list the spelling "${spelling}": one place in gold`);
  }
  return [...out].sort();
};

/** Gold claims as pipeline claims, for the reconciler: one provisional place per canonical name. */
const asClaims = (articles: GoldFile['articles']): Claim[] =>
  articles.flatMap((a) =>
    a.claims.map((c, i): Claim => {
      const place = { name: c.place, id: null, admin1: null, country: null, lat: null, lon: null, surface: c.place, resolved: false };
      return {
        claimId: `${a.article}#${i}`,
        articleId: a.article,
        outlet: a.article,
        publishedAt: a.publishedAt,
        place,
        claimant: { name: c.claimant.name, role: null, side: c.claimant.side as Side },
        stance: c.stance as Stance,
        controller: c.controller as Party | null,
        extent: c.extent,
        qualifier: c.qualifier,
        claimedAt: c.claimedAt,
        claimedAtPrecision: c.claimedAt.length === 7 ? 'month' : 'day',
        evidence: { text: c.evidence, start: 0, end: c.evidence.length },
      };
    }),
  );

/** Place statuses of a set: every place with a claim by a side (RU or UA), reconciled from all its gold claims. */
export const placeStatuses = (articles: GoldFile['articles']): Record<string, string> => {
  const claims = asClaims(articles);
  const sided = new Set(claims.filter((c) => c.claimant.side !== 'NEUTRAL').map((c) => placeKeyOf(c.place)));
  return Object.fromEntries(
    reconcileAll(claims)
      .filter((s) => sided.has(s.placeKey))
      .map((s) => [s.place.name, s.status] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
};

const main = (): void => {
  const batches = readBatches();
  const settledPath = `${dir}/labels/settled.json`;
  const settled = existsSync(settledPath) ? read<{ articles: LabelFile['articles'] }>(settledPath).articles : [];
  const files = Object.keys(batches)
    .filter((b) => existsSync(`${dir}/labels/${b}.json`))
    .map((b) => read<LabelFile>(`${dir}/labels/${b}.json`));
  const { canon, aliases } = unifyPlaces(files);
  // Two canonical names for one place split its claims, and a new batch's spelling can move the test set's gold.
  for (const clash of canonicalClashes(files)) console.log(`check: ${clash}`);
  for (const split of ['dev', 'test'] as const) {
    const manifest = read<{ articles: { file: string; publishedAt: string }[] }>(`${dir}/${split}/manifest.json`);
    const first = new Map<string, LabelFile['articles'][number]>();
    for (const [name, b] of Object.entries(batches)) {
      if (b.split !== split || b.second) continue;
      const file = files.find((f) => f.batch === name);
      for (const a of file?.articles ?? []) first.set(a.article, a);
    }
    for (const a of settled) if (first.has(a.article) || manifest.articles.some((m) => m.file === a.article)) first.set(a.article, a);
    const missing = manifest.articles.filter((m) => !first.has(m.file)).map((m) => m.file);
    const articles = manifest.articles
      .filter((m) => first.has(m.file))
      .map((m) => {
        const a = first.get(m.file)!;
        return {
          article: m.file,
          publishedAt: m.publishedAt,
          claims: a.claims.map((c) => ({ ...c, place: canon(c.place) })),
          ...(a.notes ? { notes: a.notes } : {}),
        };
      });
    const used = new Set(articles.flatMap((a) => a.claims.map((c) => c.place)));
    const gold: GoldFile = {
      set: split,
      about: `Gold claims for the ${split} split of the corpus of real reports, labelled by ../shared/eval/LABELS.md and eval/corpus/GUIDE.md (built by scripts/eval/build-gold.ts from eval/corpus/labels/).${missing.length ? ` Not yet labelled: ${missing.join(', ')}.` : ''}`,
      aliases: Object.fromEntries(Object.entries(aliases).filter(([k]) => used.has(k))),
      articles,
      places: placeStatuses(articles),
    };
    writeFileSync(`${dir}/${split}/gold.json`, `${JSON.stringify(gold, null, 1)}\n`);
    const claims = articles.reduce((n, a) => n + a.claims.length, 0);
    const required = articles.reduce((n, a) => n + a.claims.filter((c) => c.required).length, 0);
    console.log(
      `${split}: ${articles.length} articles (${missing.length} unlabelled), ${claims} claims (${required} required), ${Object.keys(gold.places).length} places with a status`,
    );
  }
};

// Run as a script, not when a spec imports its functions.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
