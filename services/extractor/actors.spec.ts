import {
  findActors,
  lexiconConventions,
  lexiconCountriesExpression,
  lexiconCountrySide,
  lexiconDemonym,
  lexiconSideAcronyms,
  sideOfOutlet,
  spellingKey,
  voiceOfOutlet,
} from './actors.js';

describe('sideOfOutlet', () => {
  it('knows a side’s own media by the longest name its words begin with, or by the origin in brackets or before "via"', () => {
    expect(sideOfOutlet('Sputnik International')).toBe('RU');
    expect(sideOfOutlet('MENAFN (RT copy)')).toBe('RU');
    expect(sideOfOutlet('TASS via MENAFN')).toBe('RU');
    expect(sideOfOutlet('Ukrinform via MENAFN')).toBe('UA');
  });

  it('gives an outlet of no side, or none, no side', () => {
    expect(sideOfOutlet('Deutsche Welle (live updates)')).toBeNull();
    expect(sideOfOutlet('Devdiscourse (Reuters rewrite)')).toBeNull();
    expect(sideOfOutlet('RT (AFP copy)')).toBeNull();
    expect(sideOfOutlet(null)).toBeNull();
  });
});

describe('voiceOfOutlet', () => {
  it('gives a side’s media the side’s voice, unless the lexicon gives the outlet its own', () => {
    expect(voiceOfOutlet('TASS via MENAFN')).toBe('RU');
    expect(voiceOfOutlet('Ukrinform via MENAFN')).toBe('UA');
    expect(sideOfOutlet('Kyiv Independent')).toBe('UA');
    expect(voiceOfOutlet('Kyiv Independent')).toBeNull();
    expect(voiceOfOutlet('Reuters')).toBeNull();
  });
});

describe('findActors', () => {
  const sided = (text: string): [string, string | null][] => findActors(text).map((a) => [a.name, a.side]);

  it('knows the "occupation authorities", as Ukrainian copy calls them, as Russian-installed', () => {
    expect(sided('The local occupying authorities claimed the village.')).toEqual([['occupation authorities', 'RU']]);
    expect(sided('The occupation administration said so.')).toEqual([['occupation authorities', 'RU']]);
  });

  it('gives those who report for two sides joined before one noun the first side, and forces of two sides each their own', () => {
    expect(sided('Russian and Ukrainian sources reported fighting.')).toEqual([['Russian and Ukrainian sources', 'RU']]);
    expect(sided('Russia and Ukrainian Telegram channels reported fighting.')).toEqual([['Russia and Ukrainian Telegram channels', 'RU']]);
    expect(sided('Russian and Ukrainian forces fought there.')).toEqual([['Ukrainian forces', 'UA']]);
  });

  it('gives separatists their own side, whatever country a word before them names', () => {
    expect(sided('Ukrainian separatists said they had encircled the town.')).toContainEqual(['Ukrainian separatists', 'RU']);
    expect(sided('Pro-Russian separatists said so.')).toContainEqual(['Pro-Russian separatists', 'RU']);
  });

  it('gives a body "representing" a side, or one of "the aggressor country", that side', () => {
    expect(sided('An official representing the Russian-controlled Luhansk People’s Republic said so.')).toContainEqual(['official', 'RU']);
    expect(sided('The army of the terrorist state claimed the village.')).toContainEqual(['army', 'RU']);
    expect(sided('The army of Ukraine claimed the village.')).not.toContainEqual(['army', 'RU']);
  });

  it('gives the militia or the army named after a breakaway republic’s capital Russia’s side, not a command of a side’s own', () => {
    expect(sided('The Lugansk popular militia said the battle had begun.')).toEqual([['Lugansk popular militia', 'RU']]);
    expect(sided('The Donetsk armed forces said so.')).toEqual([['Donetsk armed forces', 'RU']]);
    expect(sided('A spokesman for Ukraine’s Luhansk group of forces said so.')).not.toContainEqual(['group of forces', 'RU']);
    expect(sided('Ukrainian forces in the Donetsk region said so.')).toEqual([['Ukrainian forces', 'UA']]);
  });

  it('gives a body the lexicon knows for one side the other side when that side’s country follows it ("of Ukraine")', () => {
    expect(sided('The Southern Military District of Ukraine denied it.')).toContainEqual(['Southern Military District', 'UA']);
    expect(sided('The Southern Military District said so.')).toEqual([['Southern Military District', 'RU']]);
  });

  it('gives a numbered unit the lexicon does not name the side whose army alone uses its designation', () => {
    expect(sided('The 59th Separate Motorized Infantry Brigade said so.')).toEqual([['59th Separate Motorized Infantry Brigade', 'UA']]);
    expect(sided('The 201st Separate Motor Rifle Brigade said so.')).toEqual([['201st Separate Motor Rifle Brigade', 'RU']]);
    // Words both armies use ("Air Assault") give no side.
    expect(sided('The 301st Air Assault Brigade said so.')).toEqual([['301st Air Assault Brigade', null]]);
  });

  it('gives a speaker the side of the numbered unit he speaks for, when only one army uses its designation', () => {
    expect(sided('"The city is ours," said Petro Bondarchuk, spokesman for the 24th Mechanized Brigade.')).toContainEqual([
      'Petro Bondarchuk',
      'UA',
    ]);
    expect(sided('A spokesman for the 93rd Separate Mechanized Brigade said so.')).toContainEqual(['spokesman', 'UA']);
    expect(sided('Ivan Petrov, spokesman for the 301st Air Assault Brigade, said so.').map(([n]) => n)).not.toContain('Ivan Petrov');
  });

  it('reads a possessive pronoun up to two plain words before a role noun as part of the phrase, and no further', () => {
    expect(sided('The commander ordered his outgunned forces to withdraw.').map(([n]) => n)).toContain('his outgunned forces');
    expect(sided('Ukraine withdrew its remaining troops.').map(([n]) => n)).toContain('its remaining troops');
    expect(sided('He said his, Russian forces left.').map(([n]) => n)).not.toContain('his, Russian forces');
  });

  it('takes "sources" and "separatists" with the side their words give', () => {
    expect(sided('Pro-Russian sources and separatists said so.')).toEqual([
      ['Pro-Russian sources', 'RU'],
      ['separatists', 'RU'],
    ]);
  });

  it('reads an adversary phrase of several words, ending in a role noun, as one adversary unless a side word stands before it', () => {
    const adversaries = (text: string): [string, string | null, boolean][] =>
      findActors(text).map((a) => [a.name, a.side, a.adversary === true]);
    expect(adversaries('Sabotage and reconnaissance groups have infiltrated the village')).toEqual([
      ['Sabotage and reconnaissance groups', null, true],
    ]);
    expect(adversaries('A sabotage group came in')).toEqual([['sabotage group', null, true]]);
    expect(adversaries('enemy forces entered the town')).toEqual([['enemy forces', null, true]]);
    expect(adversaries('Ukrainian sabotage and reconnaissance groups entered')).toEqual([
      ['Ukrainian sabotage and reconnaissance groups', 'UA', false],
    ]);
    expect(adversaries('Russian sabotage groups entered')).toEqual([['Russian sabotage groups', 'RU', false]]);
  });

  it('knows the head of a breakaway republic by his office as its holder', () => {
    expect(sided('The DPR head said the village had been liberated.')).toEqual([['Denis Pushilin', 'RU']]);
    expect(sided('The head of the Luhansk People’s Republic said so.')).toEqual([['Leonid Pasechnik', 'RU']]);
  });

  it('knows a one-word name in another transliteration by its spelling key, and leaves other words alone', () => {
    expect(sided('According to Gerashimov, half of the town is held.')).toEqual([['Valery Gerasimov', 'RU']]);
    expect(sided('Sirskyi said so.')).toEqual([['Oleksandr Syrskyi', 'UA']]);
    expect(sided('Gaiday wrote on Telegram.')).toEqual([['Serhii Haidai', 'UA']]);
    expect(sided('Yesterday the Southern command said so.').map(([n]) => n)).not.toContain('Yesterday');
    expect(sided('the gerashimov said so.')).toEqual([]);
  });
});

describe('spellingKey', () => {
  it('gives the transliterations of one name one key, and different names different keys', () => {
    expect(spellingKey('Zelenskyy')).toBe(spellingKey('Zelensky'));
    expect(spellingKey('Zelenskiy')).toBe(spellingKey('Zelensky'));
    expect(spellingKey('Synegubov')).toBe(spellingKey('Syniehubov'));
    expect(spellingKey('Shtupun')).toBe(spellingKey('Stupun'));
    expect(spellingKey('Gerasimov')).not.toBe(spellingKey('Gerashchenko'));
  });
});

describe('lexiconConventions', () => {
  it('reads how each side words a change of hands from the lexicon, as whole words and word beginnings', () => {
    const { ownGain, liberatedFrom, enemyGain, besieger, announcesEachCapture, theCapital } = lexiconConventions();
    expect([...ownGain].filter(([, words]) => words.test('the village was de-occupied')).map(([side]) => side)).toEqual(['UA']);
    expect([...ownGain].some(([, words]) => words.test('the village was occupied'))).toBe(false);
    expect([...liberatedFrom].filter(([, from]) => from.test(' from the occupiers on Sunday')).map(([side]) => side)).toEqual(['UA']);
    expect([...liberatedFrom].some(([, from]) => from.test(' from Russian troops'))).toBe(false);
    expect(enemyGain.get('UA')?.test('reported the seizure of')).toBe(true);
    expect(enemyGain.get('UA')?.test('the fallout of')).toBe(false);
    expect(besieger).toBe('RU');
    expect([...announcesEachCapture]).toEqual(['RU']);
    expect(theCapital).toBe('Kyiv');
  });
});

describe('the lexicon words patterns that say where are built from', () => {
  it("gives each side's country, demonym and acronyms from data/actors.json", () => {
    const countries = new RegExp(`^${lexiconCountriesExpression()}['’]s$`);
    expect(["Ukraine's", 'Russia’s'].map((w) => countries.test(w))).toEqual([true, true]);
    expect(countries.test("ukraine's")).toBe(false); // case kept: patterns without the i flag use it
    expect([lexiconDemonym('RU'), lexiconDemonym('UA')]).toEqual(['Russian', 'Ukrainian']);
    expect([lexiconCountrySide('Kyiv'), lexiconCountrySide('Moscow'), lexiconCountrySide('Kharkiv')]).toEqual(['UA', 'RU', null]);
    expect(lexiconSideAcronyms()).toEqual(expect.arrayContaining(['DPR', 'LNR']));
  });
});
