// Agreement between two independent labellings of the same articles (eval/corpus/labels/*.json): key-level F1 on
// the claims each marked required, and on all claims, with place spellings unified through both alias lists.
// npx tsx scripts/eval/agreement.ts eval/corpus/labels/L7.json eval/corpus/labels/L1.json ... (second labelling first)
import { readFileSync } from 'node:fs';
import type { GoldClaim } from './score.js';

interface LabelFile {
  batch: string;
  aliases: Record<string, string[]>;
  articles: { article: string; claims: GoldClaim[] }[];
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʼ]/g, '')
    .toLowerCase()
    .trim();

export interface Agreement {
  articles: number;
  required: { a: number; b: number; both: number; f1: number };
  all: { a: number; b: number; both: number; f1: number };
  /** Required keys of one labelling that the other has with exactly one field different, by field. */
  fields: Record<string, number>;
  disagreements: string[];
}

/** Key-level agreement of labelling `a` with labelling `b` on the articles both labelled. */
export const agreement = (a: LabelFile, bs: LabelFile[]): Agreement => {
  // Union-find over spellings: two canonical names that share a spelling are one place.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (x: string, y: string): void => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(ry, rx);
    if (!parent.has(rx)) parent.set(rx, rx);
  };
  for (const file of [a, ...bs])
    for (const [canon, names] of Object.entries(file.aliases)) for (const n of [canon, ...names]) union(fold(canon), fold(n));
  const place = (name: string): string => find(fold(name));
  const keyOf = (c: GoldClaim): string[] => [place(c.place), c.claimant.side, c.stance, c.controller ?? 'null', c.claimedAt.slice(0, 7)];

  const other = new Map(bs.flatMap((f) => f.articles.map((x) => [x.article, x] as const)));
  const out: Agreement = {
    articles: 0,
    required: { a: 0, b: 0, both: 0, f1: 0 },
    all: { a: 0, b: 0, both: 0, f1: 0 },
    fields: {},
    disagreements: [],
  };
  const FIELDS = ['place', 'side', 'stance', 'controller', 'month'];
  for (const x of a.articles) {
    const y = other.get(x.article);
    if (!y) continue;
    out.articles++;
    for (const [bucket, pick] of [
      ['required', (c: GoldClaim) => c.required],
      ['all', () => true],
    ] as const) {
      const ka = new Map(x.claims.filter(pick).map((c) => [keyOf(c).join(' | '), c]));
      const kb = new Map(y.claims.filter(pick).map((c) => [keyOf(c).join(' | '), c]));
      out[bucket].a += ka.size;
      out[bucket].b += kb.size;
      for (const k of ka.keys()) if (kb.has(k)) out[bucket].both++;
      if (bucket !== 'required') continue;
      // A required key of one side counts as agreed if the other has it at all (required or optional)?
      // No: agreement is measured as labelled. Disagreements are listed for settling.
      const allB = new Map(y.claims.map((c) => [keyOf(c).join(' | '), c]));
      const allA = new Map(x.claims.map((c) => [keyOf(c).join(' | '), c]));
      for (const [k, c] of ka)
        if (!kb.has(k)) {
          out.disagreements.push(
            `${x.article}: only ${a.batch}${allB.has(k) ? ' (the other: optional)' : ''}: ${k}  «${c.evidence.slice(0, 120)}»`,
          );
          const near = [...allB.values()].map(keyOf).find((kk) => kk.filter((v, i) => v !== keyOf(c)[i]).length === 1);
          if (near) {
            const field = FIELDS[near.findIndex((v, i) => v !== keyOf(c)[i])]!;
            out.fields[field] = (out.fields[field] ?? 0) + 1;
          }
        }
      for (const [k, c] of kb)
        if (!ka.has(k))
          out.disagreements.push(
            `${x.article}: only ${y === undefined ? '?' : 'first'}${allA.has(k) ? ' (the other: optional)' : ''}: ${k}  «${c.evidence.slice(0, 120)}»`,
          );
    }
  }
  for (const bucket of ['required', 'all'] as const) {
    const s = out[bucket];
    s.f1 = s.a + s.b ? (2 * s.both) / (s.a + s.b) : 1;
  }
  return out;
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [first, ...rest] = process.argv.slice(2).map((p) => JSON.parse(readFileSync(p, 'utf8')) as LabelFile);
  if (!first || rest.length === 0) {
    console.error('usage: agreement.ts SECOND.json FIRST.json [FIRST2.json ...]');
    process.exit(2);
  }
  const result = agreement(first, rest);
  console.log(JSON.stringify({ ...result, disagreements: undefined }, null, 1));
  console.log(result.disagreements.join('\n'));
}
