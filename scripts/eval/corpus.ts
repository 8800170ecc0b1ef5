// The evaluation sets: the seeds (gold in ../shared/eval) and the corpus of real reports (eval/corpus/dev, test),
// read the way `claimwire extract` reads files, extracted with the shipped extract(), reconciled with reconcileAll().
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../services/extractor/extract.js';
import { expandPaths, readArticleFiles } from '../../services/producer/articleFiles.js';
import { reconcileAll } from '../../services/reconciler/reconcile.js';
import type { PlaceState } from '../../services/shared/model.js';
import type { GoldFile, ProducedClaim } from './score.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface EvalSet {
  name: string;
  /** Folder of article files with their manifest.json. */
  dir: string;
  gold: string;
}

/** eval/corpus/labels/batches.json: each labelling batch's split and files (`second`: a second, independent labelling). */
export type Batches = Record<string, { split: 'dev' | 'test'; files: string[]; second?: boolean }>;

export const readBatches = (): Batches => JSON.parse(readFileSync(`${repoRoot}eval/corpus/labels/batches.json`, 'utf8')) as Batches;

export const SETS: EvalSet[] = [
  { name: 'seeds', dir: `${repoRoot}seeds`, gold: `${repoRoot}../shared/eval/seeds.gold.json` },
  { name: 'dev', dir: `${repoRoot}eval/corpus/dev`, gold: `${repoRoot}eval/corpus/dev/gold.json` },
  { name: 'test', dir: `${repoRoot}eval/corpus/test`, gold: `${repoRoot}eval/corpus/test/gold.json` },
];

export const readGold = (set: EvalSet): GoldFile => {
  if (!existsSync(set.gold)) throw new Error(`${set.name}: no gold file at ${set.gold}`);
  return JSON.parse(readFileSync(set.gold, 'utf8')) as GoldFile;
};

export interface Extracted {
  claims: ProducedClaim[];
  states: PlaceState[];
  articles: number;
  ms: number;
}

/** Every article of a set through extract(), and the place states its claims reconcile to. */
export const extractSet = async (set: EvalSet): Promise<Extracted> => {
  const { articles, rejected } = await readArticleFiles(await expandPaths([set.dir]), Number.MAX_SAFE_INTEGER);
  if (rejected.length) throw new Error(`${set.name}: unreadable articles: ${rejected.map((r) => `${r.file} (${r.reason})`).join(', ')}`);
  const started = performance.now();
  const claims = articles.flatMap((a) => extract(a).map((c) => ({ article: a.source, ...c })));
  const ms = performance.now() - started;
  return { claims, states: reconcileAll(claims), articles: articles.length, ms };
};
