import { compilePattern, matchAll, mayMatch, MONTH_MAY, PatternError, tokenText, tokenize } from './pattern.js';

const classes = new Map<string, string[]>([
  ['HAVE', ['has', 'have', 'had']],
  ['ADV', ['now', 'already', 'all but']],
  ['SIDE', ['Russian', "Ukraine's"]],
]);
const spans = (pattern: string, text: string): string[] => matchAll(compilePattern(pattern, classes), tokenText(text)).map((m) => m.text);

describe('tokens', () => {
  it('keeps hyphenated words and splits a possessive and punctuation off, folding quotes and dashes', () => {
    expect(tokenize('Ukraine’s pro-Kremlin “fake” — 90%').map((t) => t.norm)).toEqual([
      'ukraine',
      "'s",
      'pro-kremlin',
      '"',
      'fake',
      '"',
      '—',
      '90',
      '%',
    ]);
  });
});

describe('the month May', () => {
  it('is no modal "may" after a number or a word of time, or before a number', () => {
    const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);
    expect(norms('on 21 May, Russia claimed')).toContain(MONTH_MAY);
    expect(norms('In May Russia claimed')).toContain(MONTH_MAY);
    expect(norms('Russia claimed on May 21')).toContain(MONTH_MAY);
    expect(norms('Russia may take the town')).toContain('may');
    expect(norms('Russia May Take The Town')).toContain('may');
  });
});

describe('scare quotes', () => {
  it('are read past, so a quoted verb or noun inside a clause matches as if unquoted', () => {
    expect(spans('forced to withdraw from', 'Ukraine said it had been "forced to withdraw" from the city.')).toEqual([
      'forced to withdraw" from',
    ]);
    expect(spans('made significant gains', 'Russian troops had made “significant gains” in Kursk.')).toEqual(['made “significant gains']);
  });

  it('stay where they open or close a quotation', () => {
    expect(spans('Ukraine the', '“Avdiivka is Ukraine” the brigade wrote.')).toEqual([]);
    expect(spans('said we', 'He said: “we hold the town.”')).toEqual([]);
  });
});

describe('patterns', () => {
  it('match words, alternatives, classes and quantifiers, giving the sentence span', () => {
    expect(spans('HAVE ADV* captured|seized', 'Russia said it had already captured the town.')).toEqual(['had already captured']);
    expect(spans('HAVE ADV* captured|seized', 'Russia has all but seized it and has captured more.')).toEqual([
      'has all but seized',
      'has captured',
    ]);
    expect(spans('under ( the )? SIDE control', "It is under Ukraine's control and under the Russian control.")).toEqual([
      "under Ukraine's control",
      'under the Russian control',
    ]);
  });

  it('match prefixes, any token, groups with alternatives and bounded repeats', () => {
    expect(spans('withdr... ~{0,2} from', 'Troops withdrew their units from Avdiivka.')).toEqual(['withdrew their units from']);
    expect(spans('( fell to | has fallen )', 'The city has fallen. Another fell to Russia.')).toEqual(['has fallen', 'fell to']);
    expect(spans('said , \\( afp \\)', 'It said, (AFP) that')).toEqual(['said, (AFP)']);
  });

  it('match a word only when the words after it are not the ones "!" names, taking no token for the test', () => {
    expect(spans('could !be|get ~', 'Troops could be seen there. They could take it.')).toEqual(['could take']);
    expect(compilePattern('could !be ~', classes).anchors).toEqual(['could']);
    expect(() => compilePattern('!( be )', classes)).toThrow(PatternError);
  });

  it('match "^" only at the start of the sentence, taking no token for the test', () => {
    expect(spans('^ does ~ control', 'Does Russia control Bakhmut?')).toEqual(['Does Russia control']);
    expect(spans('^ does ~ control', 'Where does Russia control towns?')).toEqual([]);
    expect(spans('^ "? is ~', '"Is Bakhmut encircled?" he asked.')).toEqual(['"Is Bakhmut']);
    expect(compilePattern('^ does ~', classes).anchors).toEqual(['does']);
  });

  it('match a word by its ending ("...ing"), which no sentence is pre-filtered on', () => {
    expect(spans('kept !...ing', 'Russia kept pushing. Ukraine kept Vovchansk.')).toEqual(['kept']);
    expect(spans('kept ...ing', 'Russia kept pushing. Ukraine kept Vovchansk.')).toEqual(['kept pushing']);
    expect(compilePattern('kept ...ing', classes).anchors).toEqual(['kept']);
    expect(compilePattern('...ing', classes).anchors).toBeNull();
  });

  it('derive the words a match cannot do without, so other sentences are not tried', () => {
    expect(compilePattern('HAVE ADV* captured|seized', classes).anchors).toEqual(['captured', 'seized']);
    expect(compilePattern('( fell to | has fallen )', classes).anchors).toEqual(['fell', 'fallen']);
    expect(compilePattern('~ ADV?', classes).anchors).toBeNull();
    expect(spans('HAVE captured', 'Nothing here has been taken.')).toEqual([]);
  });

  it('require a word of every test a match needs, not just one', () => {
    const p = compilePattern('fighting|battles ( continues )? in|around', classes);
    expect(p.requires).toEqual([
      ['fighting', 'battles'],
      ['in', 'around'],
    ]);
    expect(mayMatch(p, tokenText('Fighting flared, and in the end it stopped.'))).toBe(true);
    expect(mayMatch(p, tokenText('Shelling continued in the town.'))).toBe(false);
  });

  it('match what comes before "=>" only when what comes after it follows, and leave that out of the match', () => {
    expect(spans('spread|spreads fakes|lies => ( !that|about ~ ){0,3} that|about', 'They spread lies online about Bakhmut.')).toEqual([
      'spread lies',
    ]);
    expect(spans('spread|spreads fakes|lies => ( !that|about ~ ){0,3} that|about', 'They spread lies to win the war.')).toEqual([]);
    expect(() => compilePattern('a => b => c', classes)).toThrow(PatternError);
  });

  it('reject what they cannot read', () => {
    expect(() => compilePattern('NOPE taken', classes)).toThrow(PatternError);
    expect(() => compilePattern('( taken', classes)).toThrow(/unclosed group/);
    expect(() => compilePattern('taken )', classes)).toThrow(/unmatched/);
  });
});
