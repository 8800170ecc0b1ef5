// A look inside extract() for one article: per sentence, the places, actors, dates, cues, frames and blocks the
// extractor sees, and the claims it reads there (those the confidence model drops marked as such). npx tsx scripts/eval/trace.ts <article file> [words a sentence must contain]
import { readArticleFiles } from '../../services/producer/articleFiles.js';
import { findActors } from '../../services/extractor/actors.js';
import { findDates, referenceDate } from '../../services/extractor/dates.js';
import { loadGazetteer } from '../../services/extractor/gazetteer/index.js';
import { matchSentence } from '../../services/extractor/rules/matcher.js';
import { splitSentences } from '../../services/extractor/sentences.js';
import { judge } from '../../services/extractor/extract.js';

const [file, filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: trace.ts <article file> [words a sentence must contain]');
  process.exit(2);
}
const { articles } = await readArticleFiles([file], Number.MAX_SAFE_INTEGER);
const article = articles[0]!;
const body = article.body;
const g = loadGazetteer();
const mentions = g.scan(body);
const places = g.resolve(mentions, body);
const ref = referenceDate((article.publishedAt ?? article.receivedAt).slice(0, 10));
const judged = judge(article);
for (const s of splitSentences(body)) {
  if (filter && !s.text.includes(filter)) continue;
  console.log(`\n[${s.start}] ${s.text}`);
  const here = mentions.map((m, i) => [m, places[i]!] as const).filter(([m]) => m.start >= s.start && m.end <= s.end);
  console.log('  places :', here.map(([m, p]) => `${m.surface}→${p.name}${p.resolved ? '' : '?'}${m.cue ? `(${m.cue})` : ''}`).join(', '));
  console.log(
    '  actors :',
    findActors(s.text)
      .map((a) => `${a.name}[${a.kind},${a.side ?? '-'}]`)
      .join(', '),
  );
  console.log(
    '  dates  :',
    findDates(s.text, ref)
      .map((d) => `${s.text.slice(d.start, d.end)}=${d.value}`)
      .join(', '),
  );
  const m = matchSentence(s.text);
  console.log('  cues   :', m.cues.map((c) => `${c.rule}«${c.text}»`).join(', '));
  console.log('  frames :', m.frames.map((f) => `${f.rule}«${s.text.slice(f.start, f.end)}»`).join(', '));
  if (m.blocks.some((b) => b.blocked.length))
    console.log(
      '  blocks :',
      m.blocks
        .filter((b) => b.blocked.length)
        .map((b) => `${b.rule}→${b.blocked.join('+')}`)
        .join(', '),
    );
  // Every claim the rules read, kept by the confidence model or not (with its confidence).
  for (const { claim: c, kept, confidence } of judged.filter((j) => j.claim.evidence.start === s.start))
    console.log(
      `  ${kept ? 'CLAIM ' : 'drop  '} : ${confidence} ${c.place.name} ${c.claimant.side} ${c.stance} ${c.controller ?? '-'} ${c.claimedAt} (${c.claimant.name}) [${(c.rules ?? []).join(' ')}]`,
    );
}
