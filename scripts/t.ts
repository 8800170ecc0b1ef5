import { extract } from '../services/extractor/extract.js';
import { findActors } from '../services/extractor/actors.js';
import { matchSentence } from '../services/extractor/rules/matcher.js';
import { loadGazetteer } from '../services/extractor/gazetteer/index.js';
for (const s of process.argv.slice(2)) {
  const a = {
    articleId: 'x',
    outlet: null,
    url: null,
    headline: null,
    body: s,
    language: 'en',
    publishedAt: '2024-03-06',
    receivedAt: '2024-03-06T12:00:00Z',
    source: null,
  };
  const g = loadGazetteer();
  const ms = g.scan(s);
  console.log('\n' + s);
  console.log(
    '  places',
    g
      .resolve(ms, s)
      .map((p) => p.name)
      .join(', '),
    '| actors',
    findActors(s)
      .map((x) => `${x.name}[${x.kind},${x.side}]`)
      .join(', '),
  );
  const m = matchSentence(s);
  console.log(
    '  cues',
    m.cues.map((c) => c.rule + '«' + c.text + '»').join(' '),
    '| frames',
    m.frames.map((f) => f.rule + '«' + s.slice(f.start, f.end) + '»').join(' '),
    '| blocks',
    JSON.stringify(m.blocks.filter((b) => b.blocked.length)),
  );
  for (const c of extract(a))
    console.log('  CLAIM', c.place.name, c.claimant.side, c.claimant.name, c.stance, c.controller, c.claimedAt, (c.rules ?? []).join(' '));
}
