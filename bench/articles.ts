import { readFileSync, readdirSync } from 'node:fs';
import { articleFromText } from '../services/producer/articleFiles.js';
import type { Article } from '../services/shared/model.js';
import { seededRandom } from '../services/shared/shuffle.js';
import type { GazetteerFile } from '../services/extractor/gazetteer/gazetteerFile.js';

const seedDir = new URL('../seeds/', import.meta.url);
const SEED_PLACE = /\bKup(?:iansk|yansk|jansk)\b/g;
const SWAPS: [RegExp, string][] = [
  [/\bRussian\b/g, '\u0000UKR'],
  [/\bUkrainian\b/g, 'Russian'],
  [/\u0000UKR/g, 'Ukrainian'],
  [/\bRussia(['’]s)?\b/g, '\u0000UA$1'],
  [/\bUkraine(['’]s)?\b/g, 'Russia$1'],
  [/\u0000UA/g, 'Ukraine'],
];

/** Towns of the front-line regions, drawn from the gazetteer: where benchmark claims land. */
const frontTowns = (): string[] => {
  const file = JSON.parse(readFileSync(new URL('../data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
  const regions = new Set(['Donetsk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Luhansk Oblast', 'Kherson Oblast', 'Sumy Oblast']);
  return file.places
    .filter(
      (row) => row[7] === 'settlement' && row[3] === 'UA' && regions.has(row[2] ?? '') && row[6] >= 2_000 && /^[A-Z][a-z]+$/.test(row[0]),
    )
    .map((row) => row[0])
    .sort();
};

/**
 * Real text varied: the seeds re-sent with distinct ids, shifted dates, another front-line town in place of
 * Kupiansk, and the sides swapped in half of them, so that claims spread over many places as traffic would.
 */
export const benchmarkArticles = (count: number, seed = 1): Article[] => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', seedDir), 'utf8')) as {
    articles: { file: string; publishedAt: string }[];
  };
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      text: readFileSync(new URL(file, seedDir), 'utf8'),
      publishedAt: manifest.articles.find((a) => a.file === file)?.publishedAt ?? '2025-12-01',
    }));
  const towns = frontTowns();
  const random = seededRandom(seed);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length]!;
    const town = towns[Math.floor(random() * towns.length)]!;
    let text = base.text.replace(SEED_PLACE, town);
    if (random() < 0.5) for (const [pattern, replacement] of SWAPS) text = text.replace(pattern, replacement);
    const published = new Date(Date.parse(`${base.publishedAt}T12:00:00Z`) + Math.floor(random() * 300) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const article = articleFromText(
      text,
      `bench-${i}.txt`,
      { file: `bench-${i}.txt`, articleId: `bench-${seed}-${i}`, publishedAt: published, outlet: `outlet-${i % 23}` },
      new Date().toISOString(),
    );
    out.push(article);
  }
  return out;
};
