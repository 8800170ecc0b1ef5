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

  describe('copy hard-wrapped inside a sentence', () => {
    const texts = (body: string): string[] => splitSentences(body).map((x) => x.text);

    it('joins a line onto a next one that goes on in lower case, offsets and line breaks kept', () => {
      const text =
        'Feb 5 (Reuters) - Ukrainian forces remained in control\nof the village of Bilohorivka, the governor said on Sunday.\n' +
        '"Information is being spread about\nthe alleged capture of Bilohorivka and the removal of our people\nfrom there," Haidai told the broadcaster.\n' +
        'Some bloggers claimed advances held by Ukrainian\nforces.';
      const out = splitSentences(text);
      expect(out.map((s) => s.text)).toEqual([
        'Feb 5 (Reuters) - Ukrainian forces remained in control\nof the village of Bilohorivka, the governor said on Sunday.',
        '"Information is being spread about\nthe alleged capture of Bilohorivka and the removal of our people\nfrom there," Haidai told the broadcaster.',
        'Some bloggers claimed advances held by Ukrainian\nforces.',
      ]);
      for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
      // One paragraph a sentence, as the lines were before; the first is a lead, not a headline.
      expect(out.map((s) => s.paragraph)).toEqual([0, 1, 2]);
      expect(out[0]!.headline).toBe(false);
    });

    it('joins a line that ends on a comma or a word no sentence ends on onto a capitalised one', () => {
      expect(texts('"The situation at the front is tense, but controlled by\nUkrainian forces," Haidai said.')).toHaveLength(1);
      expect(
        texts("The two sides exchanged prisoners, each releasing 157 captured soldiers,\nRussia's defense ministry said."),
      ).toHaveLength(1);
    });

    it('in copy wrapped to a width, joins a line the next word would not have fit on, not the headline', () => {
      const body = [
        'Ukrainian forces hold Bilohorivka, governor says',
        'KYIV (Reuters) - Ukrainian forces remained in control of the',
        'village of Bilohorivka in the east, the Luhansk region governor',
        'Serhiy Haidai said on Sunday, adding that the situation there',
        'is tense. The enemy has claimed its capture many times, but',
        'nobody has entered there.',
        'Editing by Chris Reese',
      ].join('\n');
      expect(texts(body)).toEqual([
        'Ukrainian forces hold Bilohorivka, governor says',
        'KYIV (Reuters) - Ukrainian forces remained in control of the\nvillage of Bilohorivka in the east, the Luhansk region governor\nSerhiy Haidai said on Sunday, adding that the situation there\nis tense.',
        'The enemy has claimed its capture many times, but\nnobody has entered there.',
        'Editing by Chris Reese',
      ]);
    });

    it('keeps headlines, subheadings, bullets, lists and captions apart', () => {
      // A headline over its lead, and a subheading over its paragraph: no wrapped copy, no lower case.
      expect(
        texts('Russian forces claim capture of Vuhledar in Donetsk region\nRussian forces captured Vuhledar, the ministry said.'),
      ).toHaveLength(2);
      expect(texts('The fighting continues violently\nIn contrast, Ukrainian authorities have not released details.')).toHaveLength(2);
      // A byline ending on a comma, and a dateline: lines of their own.
      expect(
        texts(
          'Russia claims Ocheretyne\nBy Olena Harmash and Tom Balmforth,\nKYIV (Reuters) - Russian forces captured the village of Ocheretyne, the defence ministry said.',
        ).at(-1),
      ).toBe('KYIV (Reuters) - Russian forces captured the village of Ocheretyne, the defence ministry said.');
      // A line of a bulleted list goes on to no other, and nothing goes on onto a bullet.
      expect(
        texts('- Zelenyi Hai, lying just beside the regional border,\n- Mykhailivka and Volodymyrivka, near embattled Pokrovsk.'),
      ).toHaveLength(2);
      expect(texts('Russian troops seized several villages in the region\n• Ukraine said it had retaken Makariv, near Kyiv.')).toHaveLength(
        2,
      );
      // Furniture in lower case under a headline, a caption's label, a link.
      expect(texts('Drone attack on Sloviansk: One person injured, houses damaged\nphotos\nRussians shelled the city at night.')).toEqual([
        'Drone attack on Sloviansk: One person injured, houses damaged',
        'Russians shelled the city at night.',
      ]);
      expect(
        texts('Border guards raise Ukrainian flag in two grey zone villages\nphoto: STATE BORDER GUARD SERVICE OF UKRAINE'),
      ).toHaveLength(2);
      expect(texts('Ukraine denies the capture of the village of Soledar\nhttps://www.pravda.com.ua/eng/news/2023/01/11/')).toEqual([
        'Ukraine denies the capture of the village of Soledar',
      ]);
      // A scraped paragraph cut short, far wider than wrapped copy, before the next paragraph.
      expect(
        texts(
          'The president expressed gratitude to the brigades fighting in the city and to the units holding its outskirts, which are at\nAccording to Zelenskyy, the situation regarding Kupyansk was discussed.',
        ),
      ).toHaveLength(2);
    });

    it('keeps a list of places one per line after a colon, and names one per line without one', () => {
      expect(
        splitSentences('Ukrainian units liberated settlements of the district:\nLiubymivka,\nZolota Balka,\nDavydiv Brid'),
      ).toHaveLength(1);
      expect(
        texts('The liberated villages are listed below\nDavydiv Brid\nZolota Balka\nRussian troops left the area, the army said.'),
      ).toEqual(['The liberated villages are listed below', 'Russian troops left the area, the army said.']);
    });
  });

  it('leaves a colon before a paragraph of prose alone', () => {
    expect(splitSentences('The ministry said the following:\nRussian units took the village of Stepove on Monday.')).toHaveLength(2);
  });
});
