// extract() alone on one core: the benchmark's articles (npm run bench's) and the corpus of real reports, timed in
// process after a warm-up. npx tsx bench/extractSpeed.ts [--articles 3000] [--code dist|source]
//
// By default it times the code that ships: the JavaScript in dist/ that the CLI and the workers run, compiled first
// by the project's own build (scripts/build.mjs) so that it is today's sources. `--code source` times the TypeScript
// sources as tsx compiles them on the fly (its per-function name bookkeeping makes them about a fifth slower).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleFromText } from '../services/producer/articleFiles.js';
import type { Article } from '../services/shared/model.js';
import { benchmarkArticles } from './articles.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '3000' }, code: { type: 'string', default: 'dist' } },
  strict: true,
});
const count = Number(values.articles);
if (values.code !== 'dist' && values.code !== 'source') {
  console.error(`extractSpeed: --code is dist or source, not ${values.code}`);
  process.exit(2);
}
if (values.code === 'dist')
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--quiet'], { stdio: 'inherit' });
const { extract } = (await import(
  values.code === 'dist' ? '../dist/services/extractor/extract.js' : '../services/extractor/extract.js'
)) as typeof import('../services/extractor/extract.js');

const corpus = (): Article[] => {
  const out: Article[] = [];
  for (const split of ['dev', 'test']) {
    const dir = new URL(`../eval/corpus/${split}/`, import.meta.url);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      continue; // a checkout without the corpus
    }
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
      articles: { file: string; publishedAt: string }[];
    };
    for (const f of names.sort())
      out.push(
        articleFromText(
          readFileSync(new URL(f, dir), 'utf8'),
          f,
          manifest.articles.find((a) => a.file === f),
          '2026-01-01T00:00:00Z',
        ),
      );
  }
  return out;
};

/** Wall-clock and CPU rates: on a busy machine the CPU rate (articles per second of this process' CPU) is the steadier. */
const time = (articles: Article[]): { perSecond: number; perCpuSecond: number; msEach: number; claims: number } => {
  for (const a of articles.slice(0, 100)) extract(a);
  let claims = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const a of articles) claims += extract(a).length;
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  const cpuMs = (used.user + used.system) / 1000;
  return {
    perSecond: Math.round((articles.length / ms) * 1000),
    perCpuSecond: Math.round((articles.length / cpuMs) * 1000),
    msEach: Number((ms / articles.length).toFixed(2)),
    claims,
  };
};

const bench = time(benchmarkArticles(count));
const real = corpus();
const reports = real.length ? time([...real, ...real, ...real]) : null;
console.log(
  JSON.stringify({
    code: values.code,
    benchmark: {
      articles: count,
      articlesPerSecond: bench.perSecond,
      articlesPerCpuSecond: bench.perCpuSecond,
      msPerArticle: bench.msEach,
    },
    ...(reports
      ? {
          corpus: {
            articles: real.length * 3,
            articlesPerSecond: reports.perSecond,
            articlesPerCpuSecond: reports.perCpuSecond,
            msPerArticle: reports.msEach,
          },
        }
      : {}),
  }),
);
