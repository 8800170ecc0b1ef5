import { doubleQuoted, splitSentences } from './sentences.js';

describe('doubleQuoted', () => {
  it('splits where scraped copy lost the space after a full stop, but not inside "News.Az"', () => {
    expect(
      splitSentences('The line runs along its outskirts, BILD writes.At the same time, Ukrainian troops took Krasnooktyabrskoye.').map(
        (s) => s.text,
      ),
    ).toEqual(['The line runs along its outskirts, BILD writes.', 'At the same time, Ukrainian troops took Krasnooktyabrskoye.']);
    expect(splitSentences('Russian forces captured Avdiivka, News.Az reports, citing the ministry.')).toHaveLength(1);
  });

  it('reads a British-style quotation as a double one, offsets unchanged', () => {
    const text = '‘The enemy has abandoned Sukhiy Yar,’ the channel stated.';
    const out = doubleQuoted(text);
    expect(out).toBe('“The enemy has abandoned Sukhiy Yar,” the channel stated.');
    expect(out.length).toBe(text.length);
  });

  it('drops a "Read also:" link to another story, unless a quote glued to it goes on', () => {
    const texts = (body: string): string[] => splitSentences(body).map((x) => x.text);
    expect(texts("Read also: Ukraine's Defense Forces holding Lyman\nFighting continues in Kupiansk.")).toEqual([
      'Fighting continues in Kupiansk.',
    ]);
    expect(texts('Read also: Russians shell a village"Combat operations are ongoing in Loknia," he added.')).toHaveLength(1);
  });

  it('leaves apostrophes alone', () => {
    const text = 'Ukraine’s troops’ positions held, and the soldiers’ morale too.';
    expect(doubleQuoted(text)).toBe(text);
  });

  it('closes an open quote at the end of its paragraph', () => {
    expect(doubleQuoted('He said ‘we hold it\nUkraine’s army')).toBe('He said “we hold it\nUkraine’s army');
  });
});

describe('splitSentences', () => {
  it('keeps offsets into the text', () => {
    const text = 'Russia said it took Kupiansk. Ukraine denied it.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads a sentence ending in a colon and the list set out one name per line after it as one sentence', () => {
    const text =
      'Kherson is near. Ukrainian units liberated three settlements of the Beryslav district:\n\n  • Liubymivka\n  • Zolota Balka\n  • Davydiv Brid\n\nMore fighting is expected soon there.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      'Kherson is near.',
      'Ukrainian units liberated three settlements of the Beryslav district:\n\n  • Liubymivka\n  • Zolota Balka\n  • Davydiv Brid',
      'More fighting is expected soon there.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves a colon before a paragraph of prose alone', () => {
    expect(splitSentences('The ministry said the following:\nRussian units took the village of Stepove on Monday.')).toHaveLength(2);
  });
});
