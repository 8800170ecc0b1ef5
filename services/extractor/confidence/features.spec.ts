import type { Claim } from '../../shared/model.js';
import { claimFeatures, storyOf, type ArticleSetting } from './features.js';

const claim = (over: Partial<Claim> = {}): Claim => ({
  claimId: 'c1',
  articleId: 'a1',
  outlet: 'Test Wire',
  publishedAt: '2024-03-06',
  place: {
    name: 'Avdiivka',
    id: 'geonames:1',
    admin1: 'Donetsk Oblast',
    country: 'UA',
    lat: null,
    lon: null,
    surface: 'Avdiivka',
    resolved: true,
  },
  claimant: { name: 'Russia', role: 'country', side: 'RU' },
  stance: 'CONTROL',
  controller: 'RU',
  extent: null,
  qualifier: null,
  claimedAt: '2024-03-06',
  claimedAtPrecision: 'day',
  evidence: { text: 'Russia said it had captured Avdiivka.', start: 0, end: 37 },
  rules: ['control.perfect', 'attribution.verb'],
  ...over,
});

const setting = (claims: Claim[], over: Partial<ArticleSetting> = {}): ArticleSetting => ({
  bodyLength: 400,
  published: '2024-03-06',
  claims,
  story: storyOf(claims),
  leadEnd: 40,
  mentions: new Map([['geonames:1', 3]]),
  ...over,
});

const WORDS = new Set(['could', 'if', 'since']);

describe('claimFeatures', () => {
  it('names the rules, the key fields and the claimant role', () => {
    const c = claim();
    const f = claimFeatures(c, setting([c]), WORDS);
    for (const name of [
      'rule:control.perfect',
      'rule:attribution.verb',
      'stance:CONTROL',
      'side:RU',
      'controller:RU',
      'stance-side:CONTROL-RU',
      'stance-controller:CONTROL-RU',
      'role:country',
      'date:day',
      'sentence:first',
    ])
      expect(f.get(name)).toBe(1);
    expect(f.has('place:region')).toBe(false);
    expect(f.get('story:mentions')).toBeCloseTo(3 / 8);
    expect(f.has('story:named-once')).toBe(false);
  });

  it('marks a region, a provisional place, an extent and a claim dated long before the article', () => {
    const region = claim({
      place: { ...claim().place, id: 'geonames-admin1-UA-14', name: 'Donetsk Oblast' },
      extent: 0.5,
      claimedAt: '2023-12-01',
      evidence: { text: 'x', start: 200, end: 201 },
    });
    const f = claimFeatures(region, setting([region]), WORDS);
    expect(f.get('place:region')).toBe(1);
    expect(f.has('sentence:first')).toBe(false);
    expect(f.get('extent')).toBe(1);
    expect(f.get('date:older-than-a-week')).toBe(1);
    expect(f.get('date:older-than-two-months')).toBe(1);
    expect(f.get('sentence:position')).toBe(0.5);
    expect(f.get('story:named-once')).toBe(1);
    expect(claimFeatures(claim({ place: { ...claim().place, id: null } }), setting([]), WORDS).get('place:provisional')).toBe(1);
  });

  it('takes only the listed function words of the sentence, as whole words', () => {
    const c = claim({ evidence: { text: 'If Russia could take Avdiivka, Couldron said', start: 10, end: 50 } });
    const f = claimFeatures(c, setting([c]), WORDS);
    expect([...f.keys()].filter((k) => k.startsWith('word:')).sort()).toEqual(['word:could', 'word:if']);
  });

  it('sees the story around the claim: other claims of the place, and a stance that contradicts it', () => {
    const a = claim();
    const b = claim({ claimId: 'c2', claimant: { name: 'Ukraine', role: 'country', side: 'UA' }, stance: 'DENIAL' });
    const other = claim({ claimId: 'c3', place: { ...claim().place, id: 'geonames:2', name: 'Pokrovsk' } });
    const f = claimFeatures(a, setting([a, b, other]), WORDS);
    expect(f.get('story:claims-of-place')).toBeCloseTo(2 / 6);
    expect(f.get('story:place-contradicted')).toBe(1);
    expect(f.get('story:places')).toBeCloseTo(2 / 15);
    expect(claimFeatures(other, setting([a, b, other]), WORDS).has('story:place-contradicted')).toBe(false);
  });
});
