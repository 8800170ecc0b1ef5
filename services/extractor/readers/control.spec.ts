import { readClaims } from '../extract.js';
import { rowsOf, specArticle } from './testing.js';

describe('the control reader', () => {
  it('goes on with a list past an item’s own locating words set off by commas, and a preposition repeated', () => {
    expect(rowsOf('Russia’s defence ministry said its forces captured Lozova, near Kupiansk, and Sontsivka, north of Kurakhove.')).toEqual([
      ['Lozova', 'RU', 'CONTROL', 'RU'],
      ['Sontsivka', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Russia’s defence ministry said its forces captured the villages of Pishchane, near the virtually destroyed town of Kupiansk that Russia sees as a target in its drive westward, and Tykhe, just inside the border with Russia.',
      ),
    ).toEqual([
      ['Pishchane', 'RU', 'CONTROL', 'RU'],
      ['Tykhe', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Syrsky said Ukrainian troops retreated from the villages of Berdychi and Semyonovka, to the northwest of Avdeevka, and from Novomikhailovka, to the southwest of Donetsk.',
      ),
    ).toEqual([
      ['Berdychi', 'UA', 'CONTROL', 'RU'],
      ['Semenivka', 'UA', 'CONTROL', 'RU'],
      ['Novomykhailivka', 'UA', 'CONTROL', 'RU'],
    ]);
    // "to the northeast of Bakhmut" locates as "northeast of Bakhmut" does ("the north of Pokrovsk" is part of it).
    expect(
      rowsOf(
        'Zelenskyy said that Novovoskresenske, Novohryhorivka and Petropavlivka to the northeast of Kherson city had been liberated.',
      ).map((r) => r[0]),
    ).toEqual(['Novovoskresenske', 'Novohryhorivka', 'Petropavlivka']);
    expect(
      rowsOf('Russia said it had captured Soledar, to the northeast of Bakhmut, and Klishchiivka, to the south of Bakhmut.').map(
        (r) => r[0],
      ),
    ).toEqual(['Soledar', 'Klishchiivka']);
    // "near Ukraine's second largest city Kharkiv": a landmark after a possessive and its noun.
    expect(
      rowsOf("Russia said its forces captured the border village of Ohirtseve, near Ukraine's second largest city Kharkiv.").map(
        (r) => r[0],
      ),
    ).toEqual(['Ohirtseve']);
    // A passive's subject list a relative clause interrupts, though the clause's own place is no target.
    expect(
      rowsOf(
        'The Russian Defense Ministry announced that the two small villages of Druzhba and Krymskoye, which lie to the northeast of Toretsk, have been taken this week.',
      ).map((r) => r[0]),
    ).toEqual(['Druzhba', 'Krymske']);
    // A list after "near" is still all locating: "fighting near Razino, Shakhove and Rodynske".
    expect(
      rowsOf('Russian forces captured Ocheretyne, the ministry said, after fighting near Berdychi, Keramik and Novokalynove.').map(
        (r) => r[0],
      ),
    ).toEqual(['Ocheretyne']);
  });

  it('reads a headline’s capture in the present, its subject’s side inside the cue, and a fall "to Ukrainian hands"', () => {
    // (A headline's capture in the present passes on the gaining side's news: its claim, as "reportedly" does.)
    expect(rowsOf('Ukrainian Forces liberate Robotyne')).toEqual([['Robotyne', 'UA', 'CONTROL', 'UA']]);
    expect(rowsOf('Piatykhatky falls to Ukrainian hands')).toEqual([['Piatykhatky', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(rowsOf('It is only a matter of time until Russian forces capture Velyka Novosilka.')).toEqual([]);
  });

  it('reads a relative clause whose pronoun is the subject of a change or hold as about the place it hangs on', () => {
    expect(rowsOf('Residents returned to Kreminna, which fell to Russian forces on April 18.', '2022-05-01')).toEqual([
      ['Kreminna', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The village lies east of Huliaipole, a city that remains under Ukrainian control.', '2022-05-01')).toEqual([
      ['Huliaipole', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    // An aside's change with no date is background; a hold told as over ("had been") is no hold now.
    expect(rowsOf('Residents returned to Kreminna, which fell to Russian forces weeks ago.', '2022-05-01')).toEqual([]);
    expect(
      rowsOf(
        'The Ukrainian Armed Forces have ended their presence in Krynky, which had been under their control since October.',
        '2022-05-01',
      ),
    ).toEqual([['Krynky', 'NEUTRAL', 'CONTROL', 'RU']]);
  });

  it('reads a participle aside after a comma or dash as about the place right before it, not the others of the sentence', () => {
    expect(
      rowsOf(
        'Analysts said holding Novoselivka would help Ukraine push on to Polohy, occupied by Russian forces since March 2022.',
        '2023-06-20',
      ),
    ).toEqual([['Polohy', 'NEUTRAL', 'CONTROL', 'RU']]);
    expect(rowsOf('Kupiansk and Izium, liberated by Ukrainian forces in September, were shelled again.', '2022-11-20')).toEqual([
      ['Kupiansk', 'NEUTRAL', 'CONTROL', 'UA'],
      ['Izium', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
  });

  it('reads "its forces" right after a body that orders or sends them as that body’s forces, not the speaker’s', () => {
    expect(
      rowsOf('President Vladimir Putin said Russia will press on after Kyiv ordered its forces to retreat from the city of Lysychansk.'),
    ).toEqual([['Lysychansk', 'RU', 'CONTROL', 'RU']]);
  });

  it('gives a gerund hanging on a clause to that clause’s subject: before it, or after its comma when it opens the sentence', () => {
    expect(
      rowsOf('After capturing the former city of Lysychansk, Russian forces are advancing towards Sloviansk, the Ukrainian governor said.'),
    ).toEqual([['Lysychansk', 'UA', 'CONTROL', 'RU']]);
    expect(
      rowsOf(
        "Soldiers of the Tsentr Battlegroup destroyed enemy positions before liberating Krasnohorivka, Russia's defence ministry said.",
      ),
    ).toEqual([['Krasnohorivka', 'RU', 'CONTROL', 'RU']]);
    expect(rowsOf('Ukrainian forces inflicted a major defeat on Russia, recapturing Izium, the Ukrainian army said.')).toEqual([
      ['Izium', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('points "the cities" back at the list just before it in its own sentence, not at places named after it', () => {
    expect(
      rowsOf(
        'Haidai noted that everything is unchanged in Rubizhne and Popasna - the invaders control only parts of the cities.',
        '2022-04-15',
      ),
    ).toEqual([
      ['Rubizhne', 'UA', 'CONTROL', 'RU'],
      ['Popasna', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Kovalenko said fighting for Huliaipole and Myrnohrad is ongoing and Russian forces have no control over these cities.'),
    ).toEqual([
      ['Huliaipole', 'UA', 'CONTESTED', null],
      ['Myrnohrad', 'UA', 'CONTESTED', null],
    ]);
  });

  it('claims Donbas, a region no oblast is, only in shares or as a whole, never as a locator or a goal', () => {
    expect(rowsOf('Ukraine still controls about 10% of Donbas, Reuters reported.')).toEqual([['Donbas', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(rowsOf('Russian forces have captured the Donbass village of Umanskoye, the Russian Defence Ministry said.')).toEqual([
      ['Umanske', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf("Russia made advances in Moscow's goal of taking the entire Donbas region, the ISW said.")).toEqual([]);
    expect(rowsOf('Russia by now had hoped to have control over all of the Donbas, the ISW said.')).toEqual([]);
  });

  it('gives a place a side says remains occupied, with nobody named, to the other side, and reads a share of the land in a region as the region’s', () => {
    expect(rowsOf('Governor Oleh Syniehubov said that about 6% of the Kharkiv region still remains occupied.', '2022-09-20')).toEqual([
      ['Kharkiv Oblast', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('Luhansk Oblast remains almost entirely occupied by Russian forces, the Ukrainian governor said.')).toEqual([
      ['Luhansk Oblast', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Ukrainian forces control around 1% of territory in the eastern region of Luhansk, the Russian-installed governor said.'),
    ).toEqual([['Luhansk Oblast', 'RU', 'CONTROL', 'UA']]);
    expect(rowsOf('Ukrainian forces repelled attacks on villages in the Luhansk region, the governor said.')).toEqual([]);
  });

  it('reads an area of a region, however it is rounded, as part of the region, before the cue or after it', () => {
    expect(rowsOf('Syrskyi said Ukraine controls approximately 800 square kilometers of the Kursk region.', '2024-11-10')).toEqual([
      ['Kursk Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('Syrskyi said roughly 800 square kilometers of the Kursk region are under Ukrainian control.', '2024-11-10')).toEqual([
      ['Kursk Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('takes the holder a control names ("under the control of the Luhansk People’s Republic") for no place taken', () => {
    expect(
      rowsOf(
        'According to Andrey Marochko, the villages of Hirske and Zolote also came under the control of the self-proclaimed Luhansk People’s Republic.',
        '2022-06-20',
      ),
    ).toEqual([
      ['Hirske', 'RU', 'CONTROL', 'RU'],
      ['Zolote', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Pro-Russian fighters from the “People’s Republic” of Luhansk liberated Sievierodonetsk, spokesman Igor Konashenkov said.'),
    ).toEqual([['Sievierodonetsk', 'RU', 'CONTROL', 'RU']]);
    // A withdrawal of troops "from" a town still names the town.
    expect(rowsOf('Ukraine announced the withdrawal of its troops from Avdiivka, the General Staff said.')).toEqual([
      ['Avdiivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('gives a place taken "from" one side to the other', () => {
    expect(rowsOf('The village of Nikolsky was liberated from Ukrainian forces, the Russian Defence Ministry said.')).toEqual([
      ['Nikolsky', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The village of Andriivka has been retaken from Russian forces.')).toEqual([['Andriivka', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(rowsOf('Andriivka has been freed from Russian control.')).toEqual([['Andriivka', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(rowsOf('Russian troops were withdrawn from Andriivka, the ministry said.')).toEqual([['Andriivka', 'RU', 'CONTROL', 'UA']]);
  });

  it('takes the place after a verb that needs it at once through a part of it or its compass adjectives', () => {
    expect(rowsOf('Russian troops now control eastern and southeastern Toretsk, Ukrainian military officials report.')).toEqual([
      ['Toretsk', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf("A top Ukrainian general said Kiev's forces still controlled an 'insignificant' portion of Bakhmut.")).toEqual([
      ['Bakhmut', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('goes on with a list after a quote closes and after a comma-set locating tail', () => {
    expect(
      rowsOf(
        'Russian army units "completely liberated the village of Robotyne" as well as Glyboke and Lukyantsi in the northeast Kharkiv region, Russia\'s defence ministry said.',
      ),
    ).toEqual([
      ['Robotyne', 'RU', 'CONTROL', 'RU'],
      ['Glyboke', 'RU', 'CONTROL', 'RU'],
      ['Lukiantsi', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Russian troops freed the settlements of Kurakhovka, in the Donetsk People’s Republic, and Pershotravnevoye in the Kharkov region, the Russian Defense Ministry said.',
      ),
    ).toEqual([
      ['Kurakhivka', 'RU', 'CONTROL', 'RU'],
      ['Pershotravnevoye', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('goes on with a list whose items each carry a region, a settlement noun or the day they were told', () => {
    expect(
      rowsOf(
        'Russia claimed the capture of the settlements of Hlushkivka in Ukraine’s eastern Kharkiv region and Novenke in the Sumy region, Russian state media said.',
      ),
    ).toEqual([
      ['Hlushkivka', 'RU', 'CONTROL', 'RU'],
      ['Novenke', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Ukraine’s military confirmed the liberation of Storozheve, Donetsk Oblast on June 12, and Blahodatne and Makarivka in the same oblast.',
        '2023-06-14',
      ),
    ).toEqual([
      ['Storozheve', 'UA', 'CONTROL', 'UA'],
      ['Blahodatne', 'UA', 'CONTROL', 'UA'],
      ['Makarivka', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(
      rowsOf(
        'Russia’s defence ministry said its troops had “liberated the village of Netailove in the Donetsk region” and “Ocheretyne in the same region.”',
      ),
    ).toEqual([
      ['Netailove', 'RU', 'CONTROL', 'RU'],
      ['Ocheretyne', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('A Ukrainian official said Ukrainian forces are holding their ground in the Krasna Hora village and the city of Bakhmut.'),
    ).toEqual([
      ['Krasna Hora', 'UA', 'CONTROL', 'UA'],
      ['Bakhmut', 'UA', 'CONTROL', 'UA'],
    ]);
    // ("in the eastern region of Donetsk": the region's noun before its name.)
    expect(
      rowsOf(
        'Russian officials said their troops had captured Toretsk in the eastern region of Donetsk and Kupiansk in the Kharkiv region.',
      ),
    ).toEqual([
      ['Toretsk', 'RU', 'CONTROL', 'RU'],
      ['Kupiansk', 'RU', 'CONTROL', 'RU'],
    ]);
    // ("70% of Pokrovsk, a logistics hub, and more than 80 per cent of Vovchansk": an appositive, then a share.)
    expect(
      rowsOf(
        'Gerasimov said that Russian forces now controlled 60% of Kupiansk, a rail hub in Kharkiv region, and more than 70 per cent of Siversk.',
      ).map((r) => r[0]),
    ).toEqual(['Kupiansk', 'Siversk']);
    // ("Pokrovsk (Krasnoarmeysk) and Myrnohrad (Dimitrov)": a name glossed in brackets, then the next item.)
    expect(
      rowsOf('Russia’s defence ministry said its forces had captured Siversk (Seversk) and Lyman (Krasny Liman).').map((r) => r[0]),
    ).toEqual(['Siversk', 'Lyman']);
  });

  it('reads "the part of the city he controls" as the enemy’s hold on the place the story is about', () => {
    expect(
      rowsOf(
        'Fighting goes on in Bakhmut. "The enemy has to defend himself in the part of the city he controls," Maliar said.',
        '2023-05-10',
      ),
    ).toContainEqual(['Bakhmut', 'UA', 'CONTROL', 'RU']);
    expect(
      rowsOf(
        'Prigozhin said his forces have advanced some 100 to 150 metres in Bakhmut, leaving just under three square km of the city in Ukrainian hands.',
      ),
    ).toContainEqual(['Bakhmut', 'RU', 'CONTROL', 'UA']);
  });

  it('takes the place a monastery is in, not a name inside the monastery’s', () => {
    expect(
      rowsOf(
        '“Our soldiers liberated the St. Nicholas Belogorsky Monastery in Gornal during fighting,” a source was quoted by TASS as saying.',
        '2025-04-22',
      ),
    ).toEqual([['Gornal', 'RU', 'CONTROL', 'RU']]);
  });

  it('takes nothing else from the clause when the verb’s object is a place that is no target', () => {
    expect(
      rowsOf(
        'Russia’s defence ministry said its forces had "blocked" Ukrainian cities, including Chernihiv, while Russia focused on taking control of the eastern Donbass region.',
        '2022-03-26',
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([]);
  });

  it('dates each place of a list by the day told right after it', () => {
    const claims = readClaims(
      specArticle('The Russian military claimed it had captured Yalta on June 25 and Voskresenka on July 15.', {
        publishedAt: '2025-07-20',
      }),
    ).claims;
    expect(claims.map((c) => [c.place.name, c.claimedAt])).toEqual([
      ['Yalta', '2025-06-25'],
      ['Voskresenka', '2025-07-15'],
    ]);
  });

  it('takes an active verb’s objects, the whole list of them', () => {
    expect(rowsOf('The Russian Defence Ministry said its forces liberated the settlements of Melovoy, Podol and Sudzha.')).toEqual([
      ['Melovoy', 'RU', 'CONTROL', 'RU'],
      ['Podol', 'RU', 'CONTROL', 'RU'],
      ['Sudzha', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads a capture the sentence judges as a side’s gain or loss, and a side’s capture of a place', () => {
    expect(rowsOf("The capture of Avdiivka represents Russia's biggest victory in the war since May.")).toEqual([
      ['Avdiivka', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The quick fall of Izium in Kharkiv province was Moscow’s biggest loss of the war.')).toEqual([
      ['Izium', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf("Ukraine's capture of Lyman, a rail hub, marked a major defeat for Moscow.")).toEqual([
      ['Lyman', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('The capture of Lyman would be a major setback for Moscow.')).toEqual([]);
    // A speaker's own forces, by a possessive pronoun.
    expect(
      rowsOf('President Vladimir Putin on Saturday hailed his army’s capture of the town of Avdiivka as an important victory.'),
    ).toEqual([['Avdiivka', 'RU', 'CONTROL', 'RU']]);
    // A fall a side admits is its loss.
    expect(rowsOf('Ukraine admits fall of Soledar - AFP')).toEqual([['Soledar', 'UA', 'CONTROL', 'RU']]);
  });

  it('takes the place a relative clause hangs on, without a comma too, and the town an apposition locates, not its region', () => {
    expect(rowsOf('Troops are fighting near the city of Kupiansk that Moscow claimed to have captured last month.')).toEqual([
      ['Kupiansk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Fierce battles were under way near Balakliia, a town in the Kharkiv region that Ukraine said it had recaptured.'),
    ).toEqual([['Balakliia', 'UA', 'CONTROL', 'UA']]);
    // Without a comma the clause may hang on the noun before the place ("another village near Bakhmut which").
    expect(
      rowsOf(
        'The Kremlin’s forces are trying to regain lost positions near Andriivka, another village near Bakhmut which Ukrainian forces liberated on Friday.',
      ),
    ).toEqual([]);
  });

  it('reads a capture or a withdrawal of a town’s neighbourhood as a claim about the town, not the neighbourhood’s name', () => {
    expect(
      rowsOf('Russia’s Defense Ministry reported that Russian troops had fully liberated the Novy neighborhood in Chasov Yar.'),
    ).toEqual([['Chasiv Yar', 'RU', 'CONTROL', 'RU']]);
    expect(rowsOf('Ukrainian troops left the Kanal neighborhood in Chasov Yar, spokesman Nazar Voloshin said on Thursday.')).toEqual([
      ['Chasiv Yar', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The Russian army has captured the Kanal district (Novyi) in Chasiv Yar, according to Deep State.')).toEqual([
      ['Chasiv Yar', 'UA', 'CONTROL', 'RU'],
    ]);
    // A district named after a town is a district of its region, not a part of the town after it.
    expect(rowsOf('Ukrainian troops left the Pokrovsk district of Donetsk region, a spokesman said.')).toEqual([]);
  });

  it('reads "the town" as the place a recent sentence called a town, not the village it named last', () => {
    expect(
      rowsOf(
        'The Russian Defence Ministry said its forces captured the village of Pryluky, northwest of the front-line town of Huliaipole. Russia claimed it captured the town late last month.',
      ),
    ).toEqual([
      ['Pryluky', 'RU', 'CONTROL', 'RU'],
      ['Huliaipole', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "the villages" as every settlement the sentence before named, for a capture (not for fighting)', () => {
    expect(
      rowsOf(
        'Russian troops attacked Zaporizke and Novoheorhiivka on Monday. Russia’s Defence Ministry claimed to have captured the villages.',
      ),
    ).toEqual([
      ['Zaporizke', 'RU', 'CONTROL', 'RU'],
      ['Novoheorhiivka', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Russian troops attacked Zaporizke and Novoheorhiivka on Monday. Battles continue for the settlements, Kyiv said.'),
    ).toEqual([]);
    // "them" after a capture, "both villages" for fighting too; a place that only locates them is not one of them.
    expect(
      rowsOf(
        'Russian troops attacked Zaporizke and Novoheorhiivka near Pokrovsk. DeepState said on Tuesday that Russia had "occupied" them.',
      ),
    ).toEqual([
      ['Zaporizke', 'UA', 'CONTROL', 'RU'],
      ['Novoheorhiivka', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Russian troops attacked Zaporizke and Novoheorhiivka near Pokrovsk. Fierce battles are ongoing in both villages, the brigade said.',
      ),
    ).toEqual([
      ['Zaporizke', 'NEUTRAL', 'CONTESTED', null],
      ['Novoheorhiivka', 'NEUTRAL', 'CONTESTED', null],
    ]);
  });

  it('gives a defence ministry of no stated side the side of the forces its report is about; "the ministry" points back', () => {
    expect(rowsOf('The defense ministry said Russian troops liberated the village of Lozuvatske.')).toEqual([
      ['Lozuvatske', 'RU', 'CONTROL', 'RU'],
    ]);
    // "The ministry" is one the story named before (here none): the outlet's undated past, no claim.
    expect(rowsOf('The ministry said Russian troops liberated the village of Lozuvatske.')).toEqual([]);
  });

  it('gives a ministry of no stated side, named after the report with "according to", the side of the report’s subject', () => {
    expect(
      rowsOf(
        'Russian forces have reclaimed control of Sudzha from Ukrainian troops, according to an announcement by the Defence Ministry on Thursday.',
      ),
    ).toEqual([['Sudzha', 'RU', 'CONTROL', 'RU']]);
    // A name before the ministry that the lexicon does not know is not the report's subject's.
    expect(rowsOf('Soledar was most likely occupied by Russia on Jan. 16, according to the U.K. Defence Ministry.')).toEqual([
      ['Soledar', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('takes a speaker set after the report, with a time after it, and the report’s subject for a speaker of no side', () => {
    expect(rowsOf('Russian troops have withdrawn from the northern city of Chernihiv, stated Pentagon on Wednesday.')).toEqual([
      ['Chernihiv', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('Russian forces had pushed Ukrainian troops out of Vovchansk, the ministry said.')).toEqual([
      ['Vovchansk', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads what a side managed or was able to take as taken, and a side that no longer holds a place as having lost it', () => {
    expect(rowsOf('Russian forces managed to completely capture Siversk, the ministry said.')).toEqual([
      ['Siversk', 'RU', 'CONTROL', 'RU'],
    ]);
    // (What a side was not able to take is a denial that it took it: denial.negated-capture.)
    expect(rowsOf('Russian forces were not able to take Vuhledar, the Ukrainian army said.')).toEqual([['Vuhledar', 'UA', 'DENIAL', 'RU']]);
    expect(rowsOf('Denis Pushilin admitted that his forces no longer controlled either Drobysheve or Yampil.')).toEqual([
      ['Drobysheve', 'RU', 'CONTROL', 'UA'],
      ['Yampil', 'RU', 'CONTROL', 'UA'],
    ]);
  });

  it('takes no place from a list of places that name a direction ("in the direction of A, B and C")', () => {
    expect(
      rowsOf('Ukrainian units continue to hold the line in the direction of Progres, Lozuvatske and Ivanivka, the brigade said.'),
    ).toEqual([]);
    expect(rowsOf('Ukrainian units continue to hold Lozuvatske and Ivanivka, the brigade said.')).toEqual([
      ['Lozuvatske', 'UA', 'CONTROL', 'UA'],
      ['Ivanivka', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('takes no place from a list of districts named after towns', () => {
    expect(
      rowsOf(
        '"We have liberated a significant part of our territories in the Chuhuyiv, Kupyansk, and Balakliya districts," Syniehubov said.',
      ),
    ).toEqual([]);
  });

  it('takes the list a report announces, each name with the region that locates it', () => {
    expect(
      rowsOf(
        'The Russian Defence Ministry report named the three captured settlements as Kamianske in the Zaporizhzhia region, Dehtiarne in the Kharkiv region, and Popiv Yar in the Donetsk region.',
      ).map(([place]) => place),
    ).toEqual(['Kamianske', 'Dehtiarne', 'Popiv Yar']);
  });

  it('takes no place that only says where unnamed settlements are, and the names before a plural settlement noun', () => {
    expect(rowsOf('Russia’s defence ministry says it has seized a village in southern Zaporizhzhia.')).toEqual([]);
    expect(rowsOf('Russia’s defence ministry says it recaptured two Kursk villages from Ukraine.')).toEqual([]);
    expect(rowsOf('The Russian military claimed to have taken control of a village in the eastern Ukrainian region of Kharkiv.')).toEqual(
      [],
    );
    expect(
      rowsOf('Ukraine’s army conceded that its troops had withdrawn from the Donetsk town of Soledar.').map(([place]) => place),
    ).toEqual(['Soledar']);
    expect(rowsOf('Zelensky said Ukraine had liberated Novohryhorivka and Petropavlivka villages.').map(([place]) => place)).toEqual([
      'Novohryhorivka',
      'Petropavlivka',
    ]);
    expect(
      rowsOf('MOSCOW (Sputnik) - The Russian Defence Ministry said its forces had captured Avdiivka.').map(([place]) => place),
    ).toEqual(['Avdiivka']);
    expect(rowsOf('Lviv, Ukraine, Jan 23 (EFE).- Ukraine said its forces had retaken Robotyne.').map(([place]) => place)).toEqual([
      'Robotyne',
    ]);
  });

  it('reads "under the enemy’s control" as the speaker’s enemy’s, and "lost control over" as lost by its subject', () => {
    expect(rowsOf('"A part of Ocheretyne is under the enemy\'s control," a Ukrainian brigade spokesman said.')).toEqual([
      ['Ocheretyne', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('By now, Kiev has lost control over more than 70% of the Zaporozhye region, Balitsky said.')).toEqual([
      ['Zaporizhzhia Oblast', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the side word inside a state of control as its controller ("has been in Russian control")', () => {
    expect(rowsOf('Much of Kherson has been in Russian control since March, the Ukrainian governor said.')).toEqual([
      ['Kherson', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the places a count of places after the verb goes on to name', () => {
    expect(rowsOf('Russian forces took two villages nearby, Belogorovka and Novodruzhesk, the Russian Defence Ministry said.')).toEqual([
      ['Bilohorivka', 'RU', 'CONTROL', 'RU'],
      ['Novodruzhesk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'The Russian Defence Ministry said its forces had established full control over Lisichansk and a number of nearby settlements, the largest of which are Belogorovka and Novodruzhesk.',
      ).map(([place]) => place),
    ).toEqual(['Lysychansk', 'Bilohorivka', 'Novodruzhesk']);
    expect(
      rowsOf('Ukraine has retaken several badly damaged and largely deserted villages – most recently Robotyne, the army said.').map(
        ([place]) => place,
      ),
    ).toEqual(['Robotyne']);
    expect(
      rowsOf('Russia says it took control of 2 settlements in Ukraine’s Kharkiv, Luhansk regions: Pishchane and Stelmakhivka.').map(
        ([place]) => place,
      ),
    ).toEqual(['Pishchane', 'Stelmakhivka']);
  });

  it('takes the region a count of its settlements or an area of it was taken in, and no settlement it is near', () => {
    expect(rowsOf('Syrskyi reported that Ukrainian forces now control 74 settlements in Russia’s Kursk region.')).toEqual([
      ['Kursk Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('The Ukrainian governor said defenders had liberated 75 settlements of Kherson Oblast.')).toEqual([
      ['Kherson Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('Russian forces captured 12 villages near Pokrovsk in the Donetsk region, the ministry said.')).toEqual([]);
    // A handful of settlements says where they are, as a named one would: no claim about the region that holds them.
    expect(rowsOf('Russia says it reclaimed 5 settlements in Kursk region from Ukraine')).toEqual([]);
    expect(
      rowsOf('Russia claimed on Saturday that it took control of two more settlements in Ukraine’s eastern Kharkiv and Donetsk regions.'),
    ).toEqual([]);
    expect(rowsOf('Russia claims it took control of 2 settlements in Ukraine’s Donetsk, Kharkiv regions')).toEqual([]);
    expect(rowsOf('Earlier, the defence ministry said it had retaken several villages from Ukraine in the Kursk region.')).toEqual([]);
    // ... nor does a relative clause that hangs on the unnamed settlement.
    expect(
      rowsOf('Zelenskyy said Kyiv’s forces have retaken a village in the Sumy region, which Russian troops had occupied earlier.'),
    ).toEqual([]);
    // An area of a town is part of the town.
    expect(
      rowsOf('Ukrainian troops were able to regain control of 13 square kilometers of the city of Pokrovsk out of 29, Syrskyi has said.'),
    ).toEqual([['Pokrovsk', 'UA', 'CONTROL', 'UA']]);
  });

  it('takes no region that only says where unnamed settlements or cities are, nor a region’s or a city’s armed body', () => {
    // A city, cities or settlements "in" or "of" a region, or regions listed after them, are located by it.
    expect(rowsOf('Wagner said its fighters had taken a city in Donetsk after months of battles.')).toEqual([]);
    expect(rowsOf('Both cities in Zaporizhzhia have been held by Russian troops since the spring, the governor said.')).toEqual([]);
    expect(rowsOf('The general said Ukrainian units had been encircled in frontline cities of Donetsk and Kharkiv regions.')).toEqual([]);
    expect(rowsOf('Zelensky said the army had freed more towns and villages in the Kharkiv, Luhansk, and Donetsk regions.')).toEqual([]);
    expect(rowsOf('The governor said Ukrainian forces had liberated six settlements of Luhansk Oblast this week.')).toEqual([]);
    expect(rowsOf('Moscow Says Troops Captured Village in Ukraine’s Kharkiv')).toEqual([]);
    expect(rowsOf('Russian volunteer fighters say they have seized two Belgorod towns.')).toEqual([]);
    expect(rowsOf('Kyiv says its troops control most of a Kharkiv border town after the raids.')).toEqual([]);
    expect(rowsOf('Ukrainian forces have pulled out of the eastern Donetsk villages of Ostrivske and Yantarne, officials said.')).toEqual([
      ['Ostrivske', 'UA', 'CONTROL', 'RU'],
      ['Yantarne', 'UA', 'CONTROL', 'RU'],
    ]);
    // The settlement a city's "in" names is still a target; so is a region taken by a score of its settlements.
    expect(rowsOf('Russian forces have captured Pokrovsk, a city in Donetsk, the ministry said.')).toEqual([
      ['Pokrovsk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The governor said defenders now control 60 settlements of the Kharkiv region.')).toEqual([
      ['Kharkiv Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
    // "the Luhansk people's militia", "the people's police of Luhansk": who acts, not what is taken.
    expect(rowsOf('"Today the Luhansk people\'s militia and Russian troops took the last heights," the spokesman said.')).toEqual([]);
    expect(rowsOf("The people's police of Luhansk occupied the strategic heights, the separatist spokesman said.")).toEqual([]);
    // An office after a republic's acronym in brackets: "Donetsk People's Republic (DPR) head Denis Pushilin".
    expect(rowsOf("Ukrainian troops in the town are encircled, Donetsk People's Republic (DPR) head Denis Pushilin said.")).toEqual([]);
  });

  it('takes no place named only after "near X and", "closing in on" or "closer to capturing"', () => {
    expect(rowsOf('Syrskyi said Ukrainian troops had advanced in areas near Dobropillia and Pokrovsk this week.')).toEqual([]);
    expect(rowsOf('Russia takes another village, closing in on Kurakhove')).toEqual([]);
    expect(rowsOf('Russian troops moved into two more villages, closer to capturing the city of Pokrovsk, bloggers said.')).toEqual([]);
    expect(rowsOf('Russia says its troops have captured a village near Ukraine’s Pokrovsk')).toEqual([]);
    // A place taken, named after a place that is only near, is still taken.
    expect(rowsOf('Russian forces captured Novohrodivka and Pokrovsk, the ministry said.')).toEqual([
      ['Novohrodivka', 'RU', 'CONTROL', 'RU'],
      ['Pokrovsk', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes no place whose name in quotes is a unit’s: the "Dnipro" Joint Forces Operation Command', () => {
    expect(
      rowsOf('The "Dnipro" Joint Forces Operation Command reported that Russian troops had occupied some territory near Kupiansk.'),
    ).toEqual([]);
    expect(rowsOf('Ukrainian troops retook the "Novyi" district and Pokrovsk, the army said.').map(([place]) => place)).toContain(
      'Pokrovsk',
    );
  });

  it('takes no place that names a reservoir, a highway or a municipality: "the Karlivka reservoir", "Pokrovske settlement community"', () => {
    expect(rowsOf('Russian troops were clearing the area south of the Karlivka reservoir, the ministry said.')).toEqual([]);
    expect(rowsOf('Russian forces have advanced toward the Dobropillia-Kramatorsk highway, seizing two fields.')).toEqual([]);
    expect(
      rowsOf('Russia claimed the capture of Verbove, Pokrovske settlement community, Synelnykove district, Dnipropetrovsk region.'),
    ).toEqual([['Verbove', 'RU', 'CONTROL', 'RU']]);
  });

  it('takes no dateline city: "KYIV, Ukraine |", "KHARKIV, Ukraine—", "KYIV, Sept. 10 (Reuters) –"', () => {
    expect(rowsOf('KYIV, Ukraine | Russia said Sunday it had taken control of Lysychansk.')).toEqual([
      ['Lysychansk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('KHARKIV, Ukraine—Russian forces have taken control of Vovchansk, Russia’s defence ministry said.')).toEqual([
      ['Vovchansk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('KYIV, Sept. 10 (Reuters) – Officials shared photos of troops raising the flag over the city.')).toEqual([]);
  });

  it('takes no place a distance or a direction locates, with an adjective of its own ("north of embattled Pokrovsk")', () => {
    expect(
      rowsOf('Ukrainian forces liberated two villages about 30 kilometers (19 miles) north of embattled Pokrovsk, the General Staff said.'),
    ).toEqual([]);
    // A preposition is no adjective: "the west bank of the Dnieper River in Kherson" names Kherson.
    expect(rowsOf('Russia said its troops had finished withdrawing from the west bank of the Dnieper River in Kherson.')).toEqual([
      ['Kherson', 'RU', 'CONTROL', 'UA'],
    ]);
  });

  it('takes a passive or intransitive verb’s subjects, not the places after it', () => {
    expect(
      rowsOf('According to the Russian Defence Ministry, the villages of Vodyanoye and Grigorovka came under Russian control.'),
    ).toEqual([
      ['Vodiane', 'RU', 'CONTROL', 'RU'],
      ['Hryhorivka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads the holder after "under the control of" when a part of the place comes first', () => {
    expect(rowsOf('Part of Huliaipole is under the control of Russian forces, the Ukrainian army said.')).toEqual([
      ['Huliaipole', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('reads the holder from "under X control", "in X hands" and the agent after "by"', () => {
    expect(rowsOf('Kreminna is still in Ukrainian hands, the Ukrainian governor said.')).toEqual([['Kreminna', 'UA', 'CONTROL', 'UA']]);
    expect(rowsOf('The Ukrainian governor said Kreminna is held by Russian forces.')).toEqual([['Kreminna', 'UA', 'CONTROL', 'RU']]);
  });

  it('does not take what was taken for its holder ("took control of the village of X in Ukraine’s Donetsk region")', () => {
    expect(
      rowsOf(
        'Russian forces have taken control of the village of Heorhiivka in Ukraine’s Donetsk region, the Russian Defence Ministry said.',
      ),
    ).toEqual([['Heorhiivka', 'RU', 'CONTROL', 'RU']]);
  });

  it('reads a concession as control for the other side, and only of the place left', () => {
    expect(rowsOf('The Ukrainian General Staff said its forces had withdrawn from Lysychansk near the Donetsk border.')).toEqual([
      ['Lysychansk', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('Military units of the Ukrainian Defence Forces have left the city of Avdiivka, the General Staff said.')).toEqual([
      ['Avdiivka', 'UA', 'CONTROL', 'RU'],
    ]);
    // "the withdrawal of X from": X withdrew, whoever reports or confirms it.
    expect(rowsOf('TASS reported the withdrawal of Ukrainian units from Piatykhatky.')).toEqual([['Piatykhatky', 'RU', 'CONTROL', 'RU']]);
    expect(rowsOf('The retreat of Russian forces from Izium was confirmed by the governor of Kharkiv.')).toEqual([
      ['Izium', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('gives a loss told as a noun to its possessor or to the side it deprives, and a taking opening the sentence to its "by" agent', () => {
    expect(rowsOf('Peskov said the raid was meant to distract from the Kiev regime’s loss of Bakhmut.')).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('Ukrainian officials said the loss of Kupiansk deprives Russia of an important railway hub.')).toEqual([
      ['Kupiansk', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('Ukraine has not yet confirmed the loss of Lysychansk, the governor said.')).toEqual([]);
    expect(rowsOf('The capture of Pisky by Russian forces has been deemed the most important development of the week.')).toEqual([
      ['Pisky', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('The liberation of Pisky allowed the units to take an important height.')).toEqual([]);
    // A loss told as grieved over: its grievers' loss.
    expect(rowsOf('Russian war correspondents are mourning the loss of Lyman.')).toEqual([['Lyman', 'NEUTRAL', 'CONTROL', 'UA']]);
  });

  it('takes the possessor of "X’s recapture" and the head of "X, whose capture"', () => {
    expect(rowsOf('Ukraine’s General Staff announced Robotyne’s recapture on Monday.')).toEqual([['Robotyne', 'UA', 'CONTROL', 'UA']]);
    expect(rowsOf('Izium, whose capture Moscow announced on Monday, is quiet.').map(([p, s, st, c]) => [p, s, st, c])).toContainEqual([
      'Izium',
      'RU',
      'CONTROL',
      'RU',
    ]);
  });

  it('takes the place a relative clause hangs on', () => {
    expect(
      rowsOf('The Ukrainian General Staff said the front ran through the Donetsk region, about half of which is controlled by Russia.'),
    ).toEqual([['Donetsk Oblast', 'UA', 'CONTROL', 'RU']]);
  });

  it('gives "their control" to the subject that widens it, and "under its control" to the speaker', () => {
    expect(rowsOf('Reports suggest that Ukrainian units have expanded their control in the western part of Krynky.')).toEqual([
      ['Krynky', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf("Russia insisted on Thursday that Ukraine's city of Kupiansk remains under its control.")).toEqual([
      ['Kupiansk', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('finds the place "has left the city" refers to', () => {
    expect(rowsOf('Today, Kreminna is completely empty – the Russian army has left the city, the Ukrainian governor said.')).toEqual([
      ['Kreminna', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('finds the place "part of it" refers to', () => {
    expect(
      rowsOf(
        'Russian troops are advancing on Ocheretyne, the Ukrainian army said. Part of it is under the control of the enemy, the spokesman said.',
      ),
    ).toEqual([['Ocheretyne', 'UA', 'CONTROL', 'RU']]);
  });

  it('takes no subject from a country after a preposition ("advance through eastern Ukraine")', () => {
    expect(
      rowsOf(
        'Russian forces pressing their advance through eastern Ukraine have captured the village of Sichneve, the Russian Defence Ministry said.',
      ),
    ).toEqual([['Sichneve', 'RU', 'CONTROL', 'RU']]);
  });

  it('takes no place around an active verb whose object is no place ("overran one village after another")', () => {
    expect(rowsOf('Near Bakhmut, Russian forces overran one village after another, Russia’s defence ministry said.')).toEqual([]);
    expect(rowsOf('Russian forces captured two villages, Novohrodivka and Hrodivka, Russia’s defence ministry said.')).toEqual([
      ['Novohrodivka', 'RU', 'CONTROL', 'RU'],
      ['Hrodivka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads a quoted verb before its object ("fully control" the city of Kupiansk) and a count of square km as part of a region', () => {
    expect(rowsOf('Ukraine said on Thursday that its forces "fully control" the north-eastern city of Kupiansk.')).toEqual([
      ['Kupiansk', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(
      rowsOf(
        'Ukraine started an operation in Russia’s Kursk region on August 6 and claims to have taken control of 92 settlements in the western Kursk region.',
      ),
    ).toEqual([['Kursk Oblast', 'UA', 'CONTROL', 'UA']]);
  });

  it('gives a report of taking a place to the side that made the report, with no denial in the sentence', () => {
    expect(rowsOf('Ukraine’s army said Russian reports of seizing Toretsk spread on Monday.')).toEqual([
      ['Toretsk', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes a verb whose object is a relative pronoun for the place the clause hangs on, not the region locating it', () => {
    expect(rowsOf('The fighting is near Kurakhove, a key logistics hub that Moscow claimed to have seized last week.')).toEqual([
      ['Kurakhove', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Ukraine said its forces held most of the city of Kupiansk in the Kharkiv region, which Russia claimed to have captured.'),
    ).toContainEqual(['Kupiansk', 'RU', 'CONTROL', 'RU']);
    expect(rowsOf('Russian shelling hit Kupiansk, which they have ‘captured’ several times already, the governor said.')).toEqual([]);
  });

  it('takes a capture told with its day between "control" and "of", and a place the gazetteer lacks after "occupied"', () => {
    expect(rowsOf('Russian forces took full control Saturday of the charred ruins of Sievierodonetsk, the Russian ministry said.')).toEqual(
      [['Sievierodonetsk', 'RU', 'CONTROL', 'RU']],
    );
    expect(rowsOf('The Ukrainian army said the enemy occupied Novomarkovo.')).toEqual([['Novomarkovo', 'UA', 'CONTROL', 'RU']]);
  });

  it('gives a verb joined by "and" to an earlier one the subject of the first, however far back', () => {
    expect(
      rowsOf(
        'Ukrainian forces are carrying out successful counter attacks against Russian positions in towns on the outskirts of the capital, and have probably retaken Makariv.',
      ),
    ).toEqual([['Makariv', 'NEUTRAL', 'CONTROL', 'UA']]);
  });

  it('reads "the town" a capture of part of it refers to as the place the story is about', () => {
    expect(
      rowsOf('Fighting continues in Opytne, the Ukrainian army said. Its forces took a part of the settlement, the army said.'),
    ).toContainEqual(['Opytne', 'UA', 'CONTROL', 'UA']);
  });

  it('reads "his units" as the units of the person the sentence names before them', () => {
    expect(rowsOf('Zelensky visited the front. Wagner chief Yevgeny Prigozhin said that his units had taken Yahidne.')).toEqual([
      ['Yahidne', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the subject of the sentence, not the side its first verb drives back, for a verb joined to it', () => {
    expect(
      rowsOf(
        'Ukrainian Defense Forces have repelled Russian troops from Kupiansk and are maintaining control of the city, spokesperson Nazar Voloshyn reported.',
      ),
    ).toEqual([['Kupiansk', 'UA', 'CONTROL', 'UA']]);
    // The side named right before "and took" is the object of the first verb; the clause's subject took the place.
    expect(rowsOf('Russian forces attacked Ukrainian troops and took Kreminna, the governor said.')).toEqual([
      ['Kreminna', 'UA', 'CONTROL', 'RU'],
    ]);
    // A formation of the side just quoted goes on with that side's report.
    expect(
      rowsOf(
        'Russian troops have captured 32 settlements, TASS wrote. In January, the units of the Battlegroup North captured two settlements: Leonidovo and Kruglenkoe.',
        '2025-03-10',
      ),
    ).toEqual([
      ['Leonidovo', 'RU', 'CONTROL', 'RU'],
      ['Kruglenkoe', 'RU', 'CONTROL', 'RU'],
    ]);
    // "the units of the Battlegroup North": the body whose units they are took the places.
    expect(
      rowsOf('In January, the units of the Battlegroup North captured four settlements: Leonidovo, Russkoe Porechnoye and Kruglenkoe.'),
    ).toEqual([
      ['Leonidovo', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Russkoe Porechnoye', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Kruglenkoe', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('"The enemy threw huge numbers of soldiers and captured Toshkivka," the Luhansk governor said.')).toEqual([
      ['Toshkivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "they" in a side’s own quoted words, with nothing in the sentence it stands for, as the other side', () => {
    expect(rowsOf('"They achieved a tiny tactical advantage - they captured Vuhlehirsk," a Ukrainian adviser said.')).toEqual([
      ['Vuhlehirsk', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('Ukrainian officials said they retook Kupiansk.')).toEqual([['Kupiansk', 'UA', 'CONTROL', 'UA']]);
  });
  it('reads "they" in a quotation opened a sentence before as the other side, but not in a side’s word for its own gains', () => {
    expect(
      rowsOf(
        '“The occupiers are storming the city from three sides. Indeed, they control the majority of Sievierodonetsk but they do not control it entirely,” the Ukrainian governor said on Telegram on Sunday.',
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU']]);
    expect(
      rowsOf(
        'Ukraine’s 3rd Assault Brigade said its units advanced near Bakhmut. “In the course of the assault, they liberated Andriivka in Donetsk region,” the Ukrainian brigade added.',
      ),
    ).toEqual([['Andriivka', 'UA', 'CONTROL', 'UA']]);
  });

  it('reads "their control" as the sided plural named before, past words between ("have managed to take it")', () => {
    expect(
      rowsOf(
        '"The Ukrainian forces have managed to take Piatykhatky under their control," the Russian-installed official Vladimir Rogov wrote on Telegram.',
      ),
    ).toEqual([['Piatykhatky', 'RU', 'CONTROL', 'UA']]);
  });

  it('takes the side "under" names, not a source "according to" names after the cue', () => {
    expect(rowsOf('Zaporizke and Novoheorhiivka had fallen under Russian control, according to the Ukrainian group DeepState.')).toEqual([
      ['Zaporizke', 'UA', 'CONTROL', 'RU'],
      ['Novoheorhiivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('reads a relative clause whose pronoun is its subject ("villages that had fallen") as about the whole list', () => {
    expect(
      rowsOf(
        'He was referring to two villages, Zaporizke and Novoheorhiivka, that had fallen under Russian control, according to DeepState.',
      ),
    ).toEqual([
      ['Zaporizke', 'UA', 'CONTROL', 'RU'],
      ['Novoheorhiivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('takes a claim that names no place for the place its sentence is about', () => {
    expect(
      rowsOf(
        "Ukraine's military said it is still holding part of Kurakhove, despite Russian claims of having taken control the previous day.",
      ),
    ).toContainEqual(['Kurakhove', 'RU', 'CONTROL', 'RU']);
    expect(rowsOf('The Ukrainian army said it had withdrawn from Lastochkyne after Russia claimed its capture.')).toEqual([
      ['Lastochkyne', 'UA', 'CONTROL', 'RU'],
      ['Lastochkyne', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('gives a capture a relative clause tells to whoever the clause says reported it', () => {
    expect(
      rowsOf(
        "Russia's Ministry of Defense said on Tuesday its troops advanced. Illinka lies a few kilometres south of the village of Novoselydivka, the capture of which was reported by the ministry the day before.",
      ),
    ).toEqual([['Novoselydivka', 'RU', 'CONTROL', 'RU']]);
    expect(rowsOf('Russia has not acknowledged the loss of Robotyne, whose recapture was announced by Ukraine on Aug. 28.')).toEqual([
      ['Robotyne', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('reads "the occupiers" as the enemy of the side that spoke just before', () => {
    expect(
      rowsOf(
        'Ukrainian forces reached the border, Oleh Syniehubov said. On September 11, the occupiers left the settlements of Velykyi Burluk and Dvorichna.',
        '2022-09-13',
      ),
    ).toEqual([
      ['Velykyi Burluk', 'UA', 'CONTROL', 'UA'],
      ['Dvorichna', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('takes the place before a quoted "is ours"', () => {
    expect(rowsOf('Kremlin spokesman Dmitry Peskov told reporters that Kostiantynivka "is ours."')).toEqual([
      ['Kostiantynivka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('claims nothing of a town positions are held near, nor of a battalion named after a place', () => {
    expect(
      rowsOf("Russian troops are storming Huliaipole, Ukraine's army said. Ukrainian forces are holding positions near the town."),
    ).toEqual([['Huliaipole', 'UA', 'CONTESTED', 'RU']]);
    expect(rowsOf('"We stopped them," a commander in the Skala battalion fighting in the area told AFP reporters.', '2025-02-10')).toEqual(
      [],
    );
  });

  it('claims nothing of the place where the words were said', () => {
    expect(
      rowsOf(
        'Maryinka is now under Russian control, Defense Minister Sergei Shoigu said on Monday at a meeting with President Vladimir Putin in St. Petersburg.',
      ),
    ).toEqual([['Marinka', 'RU', 'CONTROL', 'RU']]);
  });

  it('gives an office joined to a side’s possession that side', () => {
    expect(
      rowsOf(
        "Russia's foreign ministry said nothing. Ukraine’s security service and foreign ministry both said on Saturday that Ukrainian troops had retaken the town of Kupiansk.",
      ),
    ).toEqual([['Kupiansk', 'UA', 'CONTROL', 'UA']]);
  });

  it('takes every name of a list set out one per line after a colon', () => {
    expect(
      rowsOf(
        "Ukraine's military said its units liberated three settlements of the Beryslav district:\n\n  • Liubymivka\n  • Khreshchenivka\n  • Zolota Balka\n\nMore text follows.",
        '2022-10-05',
      ),
    ).toEqual([
      ['Liubymivka', 'UA', 'CONTROL', 'UA'],
      ['Khreshchenivka', 'UA', 'CONTROL', 'UA'],
      ['Zolota Balka', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('gives a participle after "reports from X" to X', () => {
    expect(
      rowsOf(
        'Ukrainian officials have not commented on reports from Russia claiming it has captured the villages of Hatyshche and Morokhovets.',
      ),
    ).toEqual([
      ['Hatyshche', 'RU', 'CONTROL', 'RU'],
      ['Morokhovets', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('goes on with a list of shares of regions past ", and parts of"', () => {
    expect(
      rowsOf('Currently, Russia controls nearly all of Luhansk, over 70% of Donetsk and Kherson, and parts of Kharkiv and Sumy.'),
    ).toEqual([
      ['Luhansk Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Donetsk Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Kherson Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Kharkiv Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
      ['Sumy Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('goes on with the settlements a dash sets off after "and neighbouring settlements"', () => {
    expect(
      rowsOf(
        'Shoigu told Putin that Russian forces had established full control over the city of Lysychansk and neighboring settlements - Bilohorivka, Novodruzhesk and Bila Hora.',
      ),
    ).toEqual([
      ['Lysychansk', 'RU', 'CONTROL', 'RU'],
      ['Bilohorivka', 'RU', 'CONTROL', 'RU'],
      ['Novodruzhesk', 'RU', 'CONTROL', 'RU'],
      ['Bila Hora', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the names a count of villages "beyond", "near" or "around" a town sets off, not the town', () => {
    expect(
      rowsOf('On Sunday, Kyiv claimed to have captured three villages beyond Velyka Novosilka -- Neskuchne, Blagodatne and Makarivka.'),
    ).toEqual([
      ['Neskuchne', 'UA', 'CONTROL', 'UA'],
      ['Blahodatne', 'UA', 'CONTROL', 'UA'],
      ['Makarivka', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('takes the whole list a "that" clause without a comma hangs a passive on', () => {
    expect(
      rowsOf(
        'Stabilising activities continue in the settlements of Yampil, Novoselivka, Drobysheve, and Stavky that have been liberated, Cherevatyi said.',
      ),
    ).toEqual([
      ['Yampil', 'UA', 'CONTROL', 'UA'],
      ['Novoselivka', 'UA', 'CONTROL', 'UA'],
      ['Drobysheve', 'UA', 'CONTROL', 'UA'],
      ['Stavky', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('takes the list a colon sets off after a counted subject’s hold, beside the region the count is in', () => {
    expect(
      rowsOf(
        'Currently, 17 settlements in the Dnipropetrovsk region are under Russian control: Verbove, Dachne, and Filiia, the Russian Defence Ministry said.',
      ),
    ).toEqual([
      ['Dnipropetrovsk Oblast', 'RU', 'CONTROL', 'RU'],
      ['Verbove', 'RU', 'CONTROL', 'RU'],
      ['Dachne', 'RU', 'CONTROL', 'RU'],
      ['Filiia', 'RU', 'CONTROL', 'RU'],
    ]);
    // A hold with no count of places before it takes no list after it.
    expect(rowsOf('The Russian ministry said the area is under Russian control: Ukraine denies it.')).toEqual([]);
  });

  it('goes on past a list item’s border it lies near, to "as well as", and reads names set out one per line', () => {
    expect(
      rowsOf(
        'Syrskyi said Ukrainian defenders pushed out Russian occupation forces from three villages in Donetsk region: Zelenyi Hai, near the administrative border with Dnipropetrovsk region, as well as Volodymyrivka and Mykhailivka.',
      ),
    ).toEqual([
      ['Zelenyi Hai', 'UA', 'CONTROL', 'UA'],
      ['Volodymyrivka', 'UA', 'CONTROL', 'UA'],
      ['Mykhailivka', 'UA', 'CONTROL', 'UA'],
    ]);
    // A region after "the border with" is a landmark ("near the border with Russia" locates the villages after it).
    expect(rowsOf('Ukrainian troops liberated a village on the border with the Kharkiv region, Syrskyi said.')).toEqual([]);
    expect(
      rowsOf(
        'Operational Command South said Ukrainian units liberated eight settlements of the Beryslav district:\n  • Liubymivka\n  • Zolota Balka\n  • Davydiv Brid',
      ),
    ).toEqual([
      ['Liubymivka', 'UA', 'CONTROL', 'UA'],
      ['Zolota Balka', 'UA', 'CONTROL', 'UA'],
      ['Davydiv Brid', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('goes on past a list item’s appositive set off by commas (where it lies, what it is) to "and" or "as well as"', () => {
    expect(
      rowsOf(
        'Russia’s defence ministry said its troops had seized the village of Kalynove, some 10 kilometres from the town of Toretsk, as well as the settlement of Zalizne.',
      ),
    ).toEqual([
      ['Kalynove', 'RU', 'CONTROL', 'RU'],
      ['Zalizne', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf('Moscow said on Monday its forces had captured the town of Kurakhove, a key supply hub, as well as the village of Dachne.'),
    ).toEqual([
      ['Kurakhove', 'RU', 'CONTROL', 'RU'],
      ['Dachne', 'RU', 'CONTROL', 'RU'],
    ]);
    // A second verb after the appositive takes its own object: no list.
    expect(
      rowsOf('Russia’s defence ministry said its troops had seized Kalynove, some 10 kilometres from Toretsk, and shelled Zalizne.'),
    ).toEqual([['Kalynove', 'RU', 'CONTROL', 'RU']]);
  });

  it('goes on with a list past an item that is no target of its own (a region’s name among villages)', () => {
    expect(
      rowsOf(
        'Russia’s defence ministry said five settlements in the Dnipropetrovsk region are under Russian control: Verbove, Dachne, Zaporizhzhya, Sosnivka, and Stepove.',
        '2025-10-12',
      ),
    ).toEqual([
      ['Verbove', 'RU', 'CONTROL', 'RU'],
      ['Dachne', 'RU', 'CONTROL', 'RU'],
      ['Sosnivka', 'RU', 'CONTROL', 'RU'],
      ['Stepove', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "its troops" of a claim a side word makes someone’s, and of a participle, as that side’s and the subject’s', () => {
    // (A claim a side word names: the forces gaining in it are that side's, not the denier's.)
    expect(rowsOf('The Ukrainian military denied Russian claims that its troops had taken half of Chasiv Yar.', '2024-10-08')).toEqual([
      ['Chasiv Yar', 'UA', 'DENIAL', 'RU'],
      ['Chasiv Yar', 'RU', 'CONTROL', 'RU'],
    ]);
    // (", saying its troops ...": the forces of the sentence's subject, not of the possessive named between.)
    expect(
      rowsOf(
        'Kyiv dismissed Moscow’s assertions that Bakhmut had fallen, saying its troops still held a small part of the city.',
        '2023-05-22',
      ),
    ).toEqual([
      ['Bakhmut', 'UA', 'DENIAL', 'RU'],
      ['Bakhmut', 'RU', 'CONTROL', 'RU'],
      ['Bakhmut', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('reads a count of villages after the place that locates them as that many names, not more places locating', () => {
    expect(rowsOf('Russia announced on Sunday it had taken two villages near Avdiivka, Berdychi and Umanske.', '2024-04-28')).toEqual([
      ['Berdychi', 'RU', 'CONTROL', 'RU'],
      ['Umanske', 'RU', 'CONTROL', 'RU'],
    ]);
    // (Cities are not the villages a count names: "near A, B and C" stays a list of places locating them.)
    expect(
      rowsOf('Russian forces have taken two villages near Avdiivka, Pokrovsk and Myrnohrad, the ministry said.', '2024-04-28'),
    ).toEqual([]);
  });

  it('gives a fall, a seizure or an occupation a Ukrainian voice reports, naming nobody, to the other side', () => {
    expect(rowsOf('DeepState reported the occupation of Pishchane on Tuesday.', '2024-07-24')).toEqual([
      ['Pishchane', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(rowsOf('A Ukrainian commander reported the seizure of Fedorivka.', '2024-07-24')).toEqual([
      ['Fedorivka', 'UA', 'CONTROL', 'RU'],
    ]);
    // (Its own gains it calls liberated; a Russian voice's occupation is its own.)
    expect(rowsOf('Ukraine’s deputy defence minister announced the liberation of Klishchiivka.', '2024-07-24')).toEqual([
      ['Klishchiivka', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('The Russian defence ministry announced the occupation of Chasiv Yar.', '2024-07-24')).toEqual([
      ['Chasiv Yar', 'RU', 'CONTROL', 'RU'],
    ]);
    // A place's own fall, told with no taker: the other side's by a Ukrainian voice, its own gain by a Russian one.
    expect(rowsOf('Vuhledar has fallen, the Ukrainian army said.', '2024-10-02')).toEqual([['Vuhledar', 'UA', 'CONTROL', 'RU']]);
    expect(rowsOf('Avdiivka has fallen, Russia’s defence ministry said.', '2024-10-02')).toEqual([['Avdiivka', 'RU', 'CONTROL', 'RU']]);
  });

  it('reads the retreat "of" a long-named force as that force’s, and a relative clause’s verb as done by what "that" stands for', () => {
    expect(rowsOf('Russian bloggers reported the retreat of the Armed Forces of Ukraine from Kupiansk.', '2024-07-24')).toEqual([
      ['Kupiansk', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'The Ukrainian army is shelling Russian units that are trying to gain a foothold in Kreminna after leaving Lyman, Cherevaty said.',
        '2022-10-05',
      ),
    ).toEqual([['Lyman', 'UA', 'CONTROL', 'UA']]);
    expect(rowsOf('Commanders told Putin that taking Siversk was essential.', '2024-07-24')).toEqual([]);
  });

  it('gives an agentless change in a neutral voice the side only its own words name: "de-occupied", "liberated from the occupiers"', () => {
    expect(rowsOf('On Tuesday morning the village of Hrakove was de-occupied.', '2022-09-14')).toEqual([
      ['Hrakove', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(rowsOf('The village of Hrakove was liberated from the occupiers on Tuesday.', '2022-09-14')).toEqual([
      ['Hrakove', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    // "Liberated" alone is either side's word for its own gains: nobody named, no controller.
    expect(rowsOf('On Tuesday the village of Hrakove was liberated.', '2022-09-14')).toEqual([]);
  });
});
