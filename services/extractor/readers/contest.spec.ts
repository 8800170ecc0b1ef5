import { rowsOf } from './testing.js';

describe('the contest reader', () => {
  it('reads a list that is the fighting’s own object to its end, however far past the words it runs', () => {
    expect(
      rowsOf(
        'Zelenskyy said on Saturday evening that fighting was continuing in Strilecha and Pletenivka, as well as Krasne, Morokhovets, Oliinykove, Lukyantsi and Hatyshche.',
      ).map((r) => r[0]),
    ).toEqual(['Strilecha', 'Pletenivka', 'Krasne', 'Morokhovets', 'Oliinykove', 'Lukiantsi', 'Hatyshche']);
    // Not a list only near the words: "the area around Pokrovsk and Kurakhove" after "gains" is where, not what.
    expect(
      rowsOf(
        'Moscow has frequently reported gains in recent months as it continues its offensive in Donetsk, with the area around Pokrovsk and Kurakhove seeing heightened military activity.',
      ).map((r) => r[0]),
    ).not.toContain('Kurakhove');
  });

  it('leaves a place a capture governs, between it and the fighting, to the capture; not one the fighting is for', () => {
    expect(
      rowsOf(
        'Voloshyn was responding to DeepState, which spoke about the capture of the village of Ivanivske and the advance in the districts of Novopokrovske in the Donetsk Region.',
      ).map((r) => r[0]),
    ).toEqual(['Novopokrovske']);
    expect(rowsOf('Russian and Ukraine forces have been fighting for weeks for control of Sievierodonetsk, the governor said.')).toEqual([
      ['Sievierodonetsk', 'UA', 'CONTESTED', null],
    ]);
  });

  it('reads a withdrawal still under way as a contest the other side is gaining, its subject named in an earlier clause too', () => {
    expect(
      rowsOf(
        'Ukrainian troops have already been knocked out of Rabotino, and they are also being forced out of Urozhaine and Staromaiorske, Vladimir Rogov said.',
      ).filter((r) => r[2] === 'CONTESTED'),
    ).toEqual([
      ['Urozhaine', 'RU', 'CONTESTED', 'RU'],
      ['Staromaiorske', 'RU', 'CONTESTED', 'RU'],
    ]);
    // Only "they" carries the side of an earlier clause ("Russian shelling hit Kharkiv, and the defenders are ...": not).
    expect(
      rowsOf('Russian shelling hit Kharkiv, and the defenders are slowly withdrawing from Vovchansk, the Ukrainian governor said.'),
    ).toEqual([['Vovchansk', 'UA', 'CONTESTED', 'RU']]);
    // A plain progressive is told of a withdrawal made or decided.
    expect(rowsOf('Ukraine’s army said Wednesday it was withdrawing from the eastern town of Vuhledar.')).toEqual([
      ['Vuhledar', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('places fighting told with no place by a town’s own official in that town, not a gain told beside it', () => {
    expect(
      rowsOf('Sievierodonetsk Mayor Oleksandr Stryuk said street fighting was raging and neither side was preparing to withdraw.'),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTESTED', null]]);
    expect(
      rowsOf('Russia attacked the capital, Kyiv Mayor Vitali Klitschko said, as elsewhere Russian troops consolidated their gains.'),
    ).toEqual([]);
    // A big city's mayor may tell of fighting in the region around it.
    expect(rowsOf('Kharkiv Mayor Ihor Terekhov said heavy fighting continued.')).toEqual([]);
  });

  it('reads a "which" clause whose verb storms or encircles the place it hangs on', () => {
    expect(
      rowsOf('The settlement lies six miles southwest of Kurakhove, which Russian troops have stormed, according to DeepState.'),
    ).toEqual([['Kurakhove', 'UA', 'CONTESTED', 'RU']]);
  });

  it('gives an encirclement in scare quotes to the agent after "by"', () => {
    expect(rowsOf('Denis Pushilin said that Lyman was “semi-encircled” by the Ukrainian army.')).toEqual([
      ['Lyman', 'RU', 'CONTESTED', 'UA'],
    ]);
  });

  it('takes no place from the name of a grouping of troops ("the Kursk military grouping")', () => {
    expect(
      rowsOf('Combat operations are ongoing in the operational area of the Kursk military grouping, Ukraine’s General Staff said.'),
    ).toEqual([]);
  });

  it('names no side gaining for plain fighting, as LABELS.md’s Kostiantynivka example', () => {
    expect(rowsOf('"Fighting continues in the streets of Kostiantynivka," the Ukrainian group of forces said.')).toEqual([
      ['Kostiantynivka', 'UA', 'CONTESTED', null],
    ]);
  });

  it('makes the subject of an advance, a storm or a clearing the side gaining', () => {
    expect(rowsOf('Russian forces advanced into Vovchansk, the Ukrainian governor said.')).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(rowsOf('Clearing Izium of the remaining Russian groups goes on, Ukraine’s command said.')).toEqual([
      ['Izium', 'UA', 'CONTESTED', 'UA'],
    ]);
  });

  it('makes the other side of whoever is encircled gain, and the agent after "by"', () => {
    expect(rowsOf('Ukrainian officials said Russian troops were encircled in Kupiansk.')).toEqual([['Kupiansk', 'UA', 'CONTESTED', 'UA']]);
    expect(rowsOf('The Russian governor said Bakhmut is being systematically encircled by Russian units.')).toEqual([
      ['Bakhmut', 'RU', 'CONTESTED', 'RU'],
    ]);
  });

  it('gives a quote in the first person, contracted or not, to the speaker named where it closes', () => {
    expect(rowsOf('“I’ll tell you honestly that at this moment neither we nor the enemy controls Sviatohirsk,” Pushilin said.')).toEqual([
      ['Sviatohirsk', 'RU', 'CONTESTED', null],
    ]);
  });

  it('reads fighting that has raged around a place as going on', () => {
    expect(rowsOf('Fighting has raged around Bakhmut for more than 200 days, the Ukrainian army said.')).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', null],
    ]);
  });

  it('makes whoever created or closed a ring around a place the side gaining', () => {
    expect(rowsOf('The Russian ministry said Russian forces had created an encirclement around the Donbass town of Lisichansk.')).toEqual([
      ['Lysychansk', 'RU', 'CONTESTED', 'RU'],
    ]);
  });

  it('does not take the speaker of the report for the subject of the fighting', () => {
    expect(rowsOf('Ukraine’s General Staff reported heavy fighting in Bakhmut on Tuesday.')).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', null],
    ]);
  });

  it('does not take sources that report the fighting for the side gaining', () => {
    expect(rowsOf('ISW wrote that Ukrainian and Russian sources continue to report heavy fighting in Bakhmut.')).toEqual([
      ['Bakhmut', 'NEUTRAL', 'CONTESTED', null],
    ]);
    expect(rowsOf('Russian forces are advancing in Bakhmut, ISW said.')).toEqual([['Bakhmut', 'NEUTRAL', 'CONTESTED', 'RU']]);
  });

  it('reads a ring only partly closed, or a place in an operational encirclement, with nobody named, as the speaker admitting its own garrison pinned', () => {
    expect(rowsOf('Chernihiv Mayor Vladyslav Atroshenko said the city of Chernihiv is in an operational encirclement.')).toEqual([
      ['Chernihiv', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(rowsOf('Denis Pushilin acknowledged on Friday that Lyman was “semi-encircled”.')).toEqual([['Lyman', 'RU', 'CONTESTED', 'UA']]);
    // A ring closed, or one its own subject made, is the speaker's gain.
    expect(rowsOf('Pushilin said Lysychansk was completely surrounded.')).toEqual([['Lysychansk', 'RU', 'CONTESTED', 'RU']]);
    expect(rowsOf('“Our troops have semi-encircled Bakhmut,” Hanna Maliar said.')).toEqual([['Bakhmut', 'UA', 'CONTESTED', 'UA']]);
    // The side the clause names as its subject is the one pinned.
    expect(rowsOf('The Ukrainian group stationed in Myrnohrad is now virtually encircled, Andrei Marochko said.')).toEqual([
      ['Myrnohrad', 'RU', 'CONTESTED', 'RU'],
    ]);
  });

  it('reads positions taken inside a place as a gain there, not the place', () => {
    expect(rowsOf("Vovchansk's police chief said Russian forces had taken positions in the town of Vovchansk.")).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', 'RU'],
    ]);
  });

  it('makes the storm of the speaker’s own side, or of a side’s positions, the other side’s gain', () => {
    expect(rowsOf('"Some flee, others retreat, and they continue to storm us in Toretsk," a Ukrainian brigade spokesman said.')).toEqual([
      ['Toretsk', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(
      rowsOf(
        'The Ukrainian command said they have stormed Ukrainian positions in the town of Huliaipole almost two dozen times over the past day.',
      ),
    ).toEqual([['Huliaipole', 'UA', 'CONTESTED', 'RU']]);
    // A storm its teller's own side makes stays that side's.
    expect(rowsOf('Russian troops are storming Avdiivka, the Ukrainian military said.')).toEqual([['Avdiivka', 'UA', 'CONTESTED', 'RU']]);
  });

  it('makes the side named just before assault or storm units inside a place the side gaining', () => {
    expect(rowsOf('Russian storm detachments are already in Toretsk, a Ukrainian officer said.')).toEqual([
      ['Toretsk', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(rowsOf('Russian assault groups are active in Chasiv Yar, the Ukrainian army said.')).toEqual([
      ['Chasiv Yar', 'UA', 'CONTESTED', 'RU'],
    ]);
  });

  it('makes the subject of an active encirclement gain, and media no side', () => {
    expect(rowsOf('Russian forces are surrounding Pokrovsk, the Ukrainian army said.')).toEqual([['Pokrovsk', 'UA', 'CONTESTED', 'RU']]);
    expect(rowsOf('Russia encircles Myrnohrad, the Ukrainian army said.')).toEqual([['Myrnohrad', 'UA', 'CONTESTED', 'RU']]);
    expect(rowsOf('Russia surrounds Myrnohrad, the Ukrainian army said.')).toEqual([['Myrnohrad', 'UA', 'CONTESTED', 'RU']]);
    expect(rowsOf('Ukraine’s General Staff told Ukrainian television that heavy fighting is going on in Avdiivka.')).toEqual([
      ['Avdiivka', 'UA', 'CONTESTED', null],
    ]);
  });

  it('takes no other place for a fight over a name the gazetteer does not know or claims only in shares ("the battle for Donbas")', () => {
    expect(rowsOf('Siversk residents fled as the battle for Donbas raged, the Ukrainian army said.')).toEqual([]);
    expect(rowsOf('Fighting continues in Russian-occupied Bakhmut, the Ukrainian army said.')).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', null],
    ]);
    expect(rowsOf('Fighting continued in August in Bakhmut, the Ukrainian army said.')).toEqual([['Bakhmut', 'UA', 'CONTESTED', null]]);
  });

  it('reads a contest told as a noun phrase that goes on, and its speaker named after it ("About this reported X")', () => {
    expect(
      rowsOf(
        'In Kupyansk, the mopping up of the occupants continues, most of them are in the city center. About this reported Viktor Tregubov, head of the Joint Forces communications department.',
      ),
    ).toEqual([['Kupiansk', 'UA', 'CONTESTED', 'UA']]);
  });

  it('reads a "where" clause as about the place it hangs on', () => {
    expect(
      rowsOf('Russian forces advanced along Central Street in Toretsk, where fierce battles are taking place, the Ukrainian army said.'),
      // (The battles are where Russian forces are said to advance: the one side gaining ground there.)
    ).toContainEqual(['Toretsk', 'UA', 'CONTESTED', 'RU']);
  });

  it('drops plain fighting when the same speaker says who gains there, or claims the place', () => {
    expect(
      rowsOf(
        'A spokesman for the Russian defence ministry said that fighting was ongoing in Lysychansk and that Ukrainian forces were surrounded.',
      ),
    ).toEqual([['Lysychansk', 'RU', 'CONTESTED', 'RU']]);
  });

  it('finds the place "there" and "the city" refer to', () => {
    expect(rowsOf('Russia says it controls Soledar, but Ukraine asserts that its troops are still fighting there.')).toContainEqual([
      'Soledar',
      'UA',
      'CONTESTED',
      null,
    ]);
  });

  it('takes a whole list whose end is near the words, and no gain for the source "according to" names', () => {
    expect(
      rowsOf(
        'According to DeepState, several villages in the region, including Novenke, Zhuravka, Veselivka, and Basivka, remain in the so-called "gray zone".',
      ),
    ).toEqual([
      ['Novenke', 'UA', 'CONTESTED', null],
      ['Zhuravka', 'UA', 'CONTESTED', null],
      ['Veselivka', 'UA', 'CONTESTED', null],
      ['Basivka', 'UA', 'CONTESTED', null],
    ]);
  });

  it('gives a verb coordinated after "and" the gain of the clause’s subject', () => {
    expect(
      rowsOf(
        'Russian forces captured the villages of Kostiantynopil and Andriivka in the Novopavlivka direction and pushed into the village of Shevchenko, the Ukrainian army said.',
      ),
    ).toContainEqual(['Shevchenko', 'UA', 'CONTESTED', 'RU']);
  });

  it('keeps the fight beside a part held, and lets a capture of the whole place stand alone', () => {
    expect(
      rowsOf('Ukrainian forces have partly encircled the city of Bakhmut and still control a part of the city, Hanna Maliar said.'),
    ).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', 'UA'],
      ['Bakhmut', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('Russian forces captured Lysychansk in heavy fighting, the Russian ministry said.')).toEqual([
      ['Lysychansk', 'RU', 'CONTROL', 'RU'],
    ]);
  });
  it('gives fighting whose clause names no gainer to the one side its sentence says is gaining ground', () => {
    expect(
      rowsOf(
        'Fighting intensified in the streets of Sievierodonetsk, with Russian forces pushing closer to the town center, the UK Defence Ministry said.',
      ),
    ).toEqual([['Sievierodonetsk', 'NEUTRAL', 'CONTESTED', 'RU']]);
    // Nobody said to gain: nobody.
    expect(rowsOf('Fighting continues in Kupiansk, with Russian and Ukrainian forces taking heavy losses, the analyst said.')).toEqual([
      ['Kupiansk', 'NEUTRAL', 'CONTESTED', null],
    ]);
  });
  it('reads a place the same words of location bring in again further on ("as well as on the outskirts of")', () => {
    expect(
      rowsOf(
        'Fighting continues on the outskirts of the village of Vodolahy and near Volodymyrivka, as well as on the outskirts of Loknia, Ukraine’s General Staff said.',
      ),
    ).toEqual([
      ['Vodolahy', 'UA', 'CONTESTED', null],
      ['Loknia', 'UA', 'CONTESTED', null],
    ]);
  });

  it('fights for every place the sentence before named when it says "all three of the villages"', () => {
    expect(
      rowsOf(
        'Russia said it captured Pletenivka, Ohirtseve and Pylna. Kharkiv’s governor Oleh Syniehubov said there was fighting around all three of the villages.',
      ),
    ).toEqual([
      ['Pletenivka', 'RU', 'CONTROL', 'RU'],
      ['Ohirtseve', 'RU', 'CONTROL', 'RU'],
      ['Pylna', 'RU', 'CONTROL', 'RU'],
      ['Pletenivka', 'UA', 'CONTESTED', null],
      ['Ohirtseve', 'UA', 'CONTESTED', null],
      ['Pylna', 'UA', 'CONTESTED', null],
    ]);
  });

  it('reads forces told as still fighting as holding on, and a speaker’s seat as no place fought for', () => {
    expect(
      rowsOf(
        'Ukrainian troops were still fighting in Niu-York on Friday, following Moscow’s announcement that it had seized the town.',
        '2024-08-23',
      ),
    ).toEqual([
      ['Niu-York', 'NEUTRAL', 'CONTESTED', null],
      ['Niu-York', 'RU', 'CONTROL', 'RU'],
    ]);
    // ('... the ministry said of Novohrodivka': the place a speaker speaks of is the town the fighting words leave unnamed.)
    expect(
      rowsOf(
        'Clearing the town of the remaining Ukrainian groups continues, Russia’s defence ministry said of Novohrodivka on Sunday.',
        '2024-08-25',
      ),
    ).toEqual([['Novohrodivka', 'RU', 'CONTESTED', 'RU']]);
    expect(
      rowsOf('Battles are raging on the outskirts of Konstantinovka, a Russian-installed official in Donetsk said.', '2025-01-09'),
    ).toEqual([['Kostiantynivka', 'RU', 'CONTESTED', null]]);
  });

  it('names nobody gaining where an advance is held back or a side is bogged down, and the advancing side otherwise', () => {
    expect(rowsOf('Ukrainian units are continuing to resist Russian advances in Pokrovsk, the corps said.')).toEqual([
      ['Pokrovsk', 'UA', 'CONTESTED', null],
    ]);
    expect(rowsOf('"The enemy is stuck in street battles in Vovchansk," the Ukrainian commander said.')).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', null],
    ]);
    expect(rowsOf('Russian forces continue their advances in Pokrovsk, the Ukrainian army said.')).toEqual([
      ['Pokrovsk', 'UA', 'CONTESTED', 'RU'],
    ]);
  });

  it('gives a fight to the side the sentence tells of successes or gains in it, else to nobody', () => {
    expect(
      rowsOf(
        '"This week, fighting continued in the village of Robotyne, there are certain successes," Ukraine’s deputy defence minister Hanna Maliar said.',
        '2023-08-20',
      ),
    ).toEqual([['Robotyne', 'UA', 'CONTESTED', 'UA']]);
    expect(rowsOf('Russia said it continued to gain ground in house-by-house fighting in the town of Kurakhove.')).toEqual([
      ['Kurakhove', 'RU', 'CONTESTED', 'RU'],
    ]);
    expect(rowsOf('Fighting continues in Bakhmut with no success for either side, the Ukrainian commander said.')).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', null],
    ]);
  });

  it('gives a ring to the subject that makes it when the side word after the verb is the subject’s own, locating the place', () => {
    expect(
      rowsOf('Pushilin said Russian forces are methodically encircling Krasnoarmeysk in the DPR to free it from Ukrainian troops.'),
    ).toEqual([['Pokrovsk', 'RU', 'CONTESTED', 'RU']]);
    expect(rowsOf('Russian forces had encircled Ukrainian units in Soledar, the ministry said.')).toEqual([
      ['Soledar', 'RU', 'CONTESTED', 'RU'],
    ]);
  });

  it('gives a ring to the agent a few words on after "by", and a ring its own troops hold out in to the other side', () => {
    expect(
      rowsOf(
        'The Ukrainian military acknowledged that soldiers inside Bakhmut were encircled on three sides by a combined force of the Russian army.',
      ),
    ).toEqual([['Bakhmut', 'UA', 'CONTESTED', 'RU']]);
    expect(rowsOf('A Ukrainian brigade said the town of Soledar was surrounded but its troops were holding on.')).toEqual([
      ['Soledar', 'UA', 'CONTESTED', 'RU'],
    ]);
  });

  it('gives a siege to its besieger: the agent after "by", else the other side of the garrison, else, naming nobody, Russia', () => {
    expect(rowsOf('On Tuesday, the city of Chernihiv remained under siege.', '2022-03-16')).toEqual([
      ['Chernihiv', 'NEUTRAL', 'CONTESTED', 'RU'],
    ]);
    expect(rowsOf('On Tuesday, Chernihiv remained under siege by Ukrainian forces.', '2022-03-16')).toEqual([
      ['Chernihiv', 'NEUTRAL', 'CONTESTED', 'UA'],
    ]);
    expect(rowsOf('On Tuesday, Russian troops in Kherson were besieged.', '2022-03-16')).toEqual([
      ['Kherson', 'NEUTRAL', 'CONTESTED', 'UA'],
    ]);
  });

  it('gives an observer’s gain or ring whose subject stands further back to the one side the sentence names before it', () => {
    expect(
      rowsOf(
        'Meanwhile, “Russian forces continued ground attacks in the Bakhmut area and have made gains in and around the city,” ISW stated.',
        '2023-03-10',
      ),
    ).toEqual([['Bakhmut', 'NEUTRAL', 'CONTESTED', 'RU']]);
    expect(
      rowsOf(
        'According to military maps and analysts, Russian troops have achieved success near Pokrovsk and have practically surrounded Myrnohrad.',
        '2025-10-10',
      ).filter((r) => r[0] === 'Myrnohrad'),
    ).toEqual([['Myrnohrad', 'NEUTRAL', 'CONTESTED', 'RU']]);
    // (Both sides named before it: nobody.)
    expect(
      rowsOf(
        'Ukrainian forces counterattacked near Siversk as Russian forces shelled Kramatorsk, and both have made gains in and around Lyman, analysts said.',
        '2025-10-10',
      ).filter((r) => r[0] === 'Lyman'),
    ).toEqual([['Lyman', 'NEUTRAL', 'CONTESTED', null]]);
  });
});
