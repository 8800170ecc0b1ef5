import type { Article, Claim } from '../shared/model.js';
import { readClaims } from './extract.js';
import { specArticle } from './readers/testing.js';

const article = (body: string, publishedAt = '2024-03-06'): Article =>
  specArticle(body, { articleId: 'test-article', outlet: 'Test Wire', publishedAt, source: 'test.txt' });

type Row = [place: string, side: string, stance: string, controller: string | null, claimedAt: string];
const rows = (claims: Claim[]): Row[] => claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller, c.claimedAt]);
/** What the rules read (before the confidence model judges it: confidence/ has its own specs). */
const read = (a: Article): Claim[] => readClaims(a).claims;
const run = (body: string, publishedAt?: string): Claim[] => read(article(body, publishedAt));
/** Place, side, stance and controller of each claim read: the claim key without its date. */
const keys = (body: string, publishedAt?: string): Row[number][][] => rows(run(body, publishedAt)).map((r) => r.slice(0, 4));

// 2024-03-06 is a Wednesday.
describe('stances', () => {
  it('reads control from capture, liberation and "under the control of"', () => {
    expect(rows(run('Russia’s Defence Ministry said on Tuesday that its troops had captured the village of Robotyne.'))).toEqual([
      ['Robotyne', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    expect(rows(run('The town of Vuhledar has been liberated, the Ukrainian army said.'))).toEqual([
      ['Vuhledar', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
    expect(rows(run('"Siversk remains under the control of Ukrainian forces," a Ukrainian military spokesman said.'))).toEqual([
      ['Siversk', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('reads a bare withdrawal as the place the story is about only in the word of the side that withdrew', () => {
    const story = 'Russian forces entered the centre of Lysychansk. ';
    expect(keys(`${story}Ukraine confirmed in the evening that its troops were withdrawing.`)).toContainEqual([
      'Lysychansk',
      'UA',
      'CONTROL',
      'RU',
    ]);
    // (An attacker beaten back retreats from no place it held; an outlet's or the other side's word is no admission.)
    expect(keys(`${story}The enemy had no success and retreated, the Ukrainian army said.`)).not.toContainEqual(
      expect.arrayContaining(['CONTROL']),
    );
    expect(keys(`${story}Ukrainian troops withdrew.`)).not.toContainEqual(expect.arrayContaining(['CONTROL']));
  });

  it('reads a denial and the claim it denies', () => {
    expect(
      rows(run('Ukraine’s General Staff denied claims made by the Russian Defence Ministry that Russian forces had seized Orikhiv.')),
    ).toEqual([
      ['Orikhiv', 'UA', 'DENIAL', 'RU', '2024-03-06'],
      ['Orikhiv', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it("reads lies a side is said to spread as that side's claim, denied by whoever tells of them", () => {
    expect(keys('Voloshyn said Russia is spreading disinformation that Bilohorivka has fallen.')).toEqual([
      ['Bilohorivka', 'RU', 'CONTROL', 'RU'],
      ['Bilohorivka', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(keys('Zelenskyy explains why Russia is spreading lies about the "capture" of Soledar')).toEqual([
      ['Soledar', 'RU', 'CONTROL', 'RU'],
      ['Soledar', 'UA', 'DENIAL', 'RU'],
    ]);
    // The spreader does not deny its own lies.
    expect(keys('Occupiers spread fake about capture of Synkivka')).toEqual([
      ['Synkivka', 'RU', 'CONTROL', 'RU'],
      ['Synkivka', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('gives a claim before "X said, rejecting ..." to X, as it does before "X said, adding ..."', () => {
    expect(keys('Ukrainian forces have retaken Kupiansk-Vuzlovyi, Ukraine’s army said, rejecting Moscow’s claim of its capture.')).toEqual([
      ['Kupiansk-Vuzlovyi', 'UA', 'CONTROL', 'UA'],
      ['Kupiansk-Vuzlovyi', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads "made confirmed advances" as the gains of its subject, not as a report its subject confirmed', () => {
    expect(keys('ISW assessed that Russian forces have recently made confirmed advances in southern Kupiansk.')).toEqual([
      ['Kupiansk', 'NEUTRAL', 'CONTESTED', 'RU'],
    ]);
  });

  it('reads a denial whose object only points back ("refuted that") as one of every place the other side claimed', () => {
    expect(
      keys(
        'Russia’s Defence Ministry said its forces had captured the villages of Robotyne and Urozhaine. The Ukrainian governor later refuted that, saying that no territory was lost.',
      ),
    ).toEqual([
      ['Robotyne', 'RU', 'CONTROL', 'RU'],
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
      ['Robotyne', 'UA', 'DENIAL', 'RU'],
      ['Urozhaine', 'UA', 'DENIAL', 'RU'],
    ]);
    // ("disputed the claim, insisting its forces still control Zaporizke": the places the denier goes on to name after
    // the participle are its own claim's.)
    expect(
      keys(
        'DeepState reported that Russian troops had occupied Zaporizke. However, Ukraine’s general staff disputed the claim, insisting its forces are engaged in fighting near Novohryhorivka.',
      ).filter((k) => k[2] === 'DENIAL'),
    ).toEqual([['Zaporizke', 'UA', 'DENIAL', 'RU']]);
  });

  it('reads a confirmation that names no place as the confirmer’s claim of the places told just before', () => {
    expect(
      keys('Russia said it had captured the villages of Urozhaine and Robotyne. DeepState confirmed the Russian claim on Sunday.'),
    ).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
      ['Robotyne', 'RU', 'CONTROL', 'RU'],
      ['Urozhaine', 'UA', 'CONTROL', 'RU'],
      ['Robotyne', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(keys('Russia said it had captured the village of Urozhaine. Kyiv could not independently confirm the claim.')).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads fighting the denier says goes on as contested, in the place denied', () => {
    expect(rows(run('Ukraine’s army rejected the Russian report on Pokrovsk, saying the fighting goes on.'))).toEqual([
      ['Pokrovsk', 'UA', 'DENIAL', 'RU', '2024-03-06'],
      ['Pokrovsk', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('gives a denial of "Moscow claims that ..." to the denier, not to Moscow', () => {
    expect(
      rows(run('Moscow claims that its troops have taken Bakhmut are not true, Ukraine’s deputy defence minister Hanna Maliar said.')),
    ).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Bakhmut', 'UA', 'DENIAL', 'RU', '2024-03-06'],
    ]);
  });

  it('leaves a battle the outlet tells as over alone', () => {
    expect(rows(run('The battle for Bakhmut, which lasted ten months, was the longest of the war.'))).toEqual([]);
  });

  it('gives "reports from the Kremlin about the capture of X" to the Kremlin, and their denial to the denier', () => {
    expect(
      rows(run('Reports from the Kremlin about the capture of Huliaipole are not confirmed by facts, the Ukrainian army said.')),
    ).toEqual([
      ['Huliaipole', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Huliaipole', 'UA', 'DENIAL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads a side’s present hold on a place the other side claims to have taken as a denial of that claim too', () => {
    const text =
      'Russia’s Defence Ministry said on Monday that its forces had captured Siversk. On Tuesday, Ukraine’s army said Siversk remains under the control of Ukrainian forces.';
    // Said right after the claim it answers: the denial.
    expect(rows(run(text))).toEqual([
      ['Siversk', 'RU', 'CONTROL', 'RU', '2024-03-04'],
      ['Siversk', 'UA', 'DENIAL', 'RU', '2024-03-05'],
    ]);
    // Said with the claim it answers after it: the denial, beside the hold.
    const despite =
      'Ukrainian officials said on Tuesday that Lysychansk remains in Ukraine’s hands, despite claims from Russia’s Defence Ministry that its forces had captured the city.';
    expect(rows(run(despite))).toEqual([
      ['Lysychansk', 'UA', 'DENIAL', 'RU', '2024-03-05'],
      ['Lysychansk', 'UA', 'CONTROL', 'UA', '2024-03-05'],
      ['Lysychansk', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    // A hold told the day before the other side's claim answers nothing.
    const before =
      'On Monday, Ukraine’s army said Siversk remains under the control of Ukrainian forces. Russia’s Defence Ministry said on Tuesday that its forces had captured Siversk.';
    expect(rows(run(before)).filter((r) => r[2] === 'DENIAL')).toEqual([]);
  });

  it('reads a hold said "contrary to Russian claims" as a denial of them too', () => {
    const text =
      'Ukraine’s General Staff said on Tuesday that, contrary to Russian propaganda claims, the village of Dachne remains under the control of Ukrainian forces.';
    expect(rows(run(text))).toEqual([
      ['Dachne', 'UA', 'DENIAL', 'RU', '2024-03-05'],
      ['Dachne', 'UA', 'CONTROL', 'UA', '2024-03-05'],
    ]);
    // Claims named elsewhere in the sentence are not what the hold answers.
    const elsewhere =
      "Ukraine's army said on Tuesday that Russian claims of progress near Robotyne were propaganda, while Orikhiv remains under Ukrainian control.";
    expect(rows(run(elsewhere))).toEqual([['Orikhiv', 'UA', 'CONTROL', 'UA', '2024-03-05']]);
  });

  it('reads a hold whose sentence calls the capture alleged as a denial of it too', () => {
    const text =
      'On Tuesday, Ukrainian spokesman Vladyslav Voloshyn said that Ukraine continues to hold Ternuvate after Russian troops tried to raise a flag there as alleged evidence of its capture.';
    expect(rows(run(text))).toEqual([
      ['Ternuvate', 'UA', 'DENIAL', 'RU', '2024-03-05'],
      ['Ternuvate', 'UA', 'CONTROL', 'UA', '2024-03-05'],
    ]);
  });

  it('reads a hold on part of a place the other side claims as a denial beside the partial hold', () => {
    const text =
      'Russia’s Defence Ministry said on Monday that its forces had captured Siversk. On Tuesday, Ukraine’s army said its forces control about 30% of Siversk.';
    expect(rows(run(text))).toEqual([
      ['Siversk', 'RU', 'CONTROL', 'RU', '2024-03-04'],
      ['Siversk', 'UA', 'DENIAL', 'RU', '2024-03-05'],
      ['Siversk', 'UA', 'CONTROL', 'UA', '2024-03-05'],
    ]);
  });

  it('reads "X was claiming that ..., but this did not reflect reality" as X’s claim and the reporter’s denial of it', () => {
    const text =
      'Zelensky said on Tuesday that Putin was claiming that Kostiantynivka had been captured, but this did not reflect reality.';
    expect(rows(run(text))).toEqual([
      ['Kostiantynivka', 'RU', 'CONTROL', 'RU', '2024-03-05'],
      ['Kostiantynivka', 'UA', 'DENIAL', 'RU', '2024-03-05'],
    ]);
    // A frame that does not report the claim ("..., and Putin claimed") does not say its denial either.
    const coordinated =
      "Russia's Defence Ministry said on Monday that its forces had repelled attacks, and Putin claimed that Kostiantynivka had been captured, but this did not reflect reality.";
    expect(rows(run(coordinated)).filter((r) => r[2] === 'DENIAL')).toEqual([]);
    // The speaker named after the denial says it, not the one whose claim it calls untrue.
    const after = 'The enemy claims that it has captured Tabaivka, but this is not true, army spokesman Volodymyr Fityo said on Tuesday.';
    expect(rows(run(after))).toEqual([
      ['Tabaivka', 'RU', 'CONTROL', 'RU', '2024-03-05'],
      ['Tabaivka', 'UA', 'DENIAL', 'RU', '2024-03-05'],
    ]);
  });

  it('gives a quote of several sentences to the speaker named after it, also with the verb before the name', () => {
    const body =
      '"Our units are repelling assaults near the town. We are stopping the enemy in Kostiantynivka. We are holding the line," said Oleksandr Syrskyi.';
    expect(rows(run(body))).toEqual([['Kostiantynivka', 'UA', 'CONTESTED', null, '2024-03-06']]);
  });

  it('reads a negated capture as a denial', () => {
    expect(rows(run('President Volodymyr Zelensky said Toretsk "is not occupied by Russia".'))).toEqual([
      ['Toretsk', 'UA', 'DENIAL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads fighting, encirclement and gains as contested, with the side gaining', () => {
    expect(rows(run('Ukrainian officials said that Russian units were fighting inside Myrnohrad.'))).toEqual([
      ['Myrnohrad', 'UA', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
    // A side telling of its own forces' fighting says only that there is fighting.
    expect(rows(run('Russian military bloggers said that Russian units were fighting inside Myrnohrad.'))).toEqual([
      ['Myrnohrad', 'RU', 'CONTESTED', null, '2024-03-06'],
    ]);
    expect(rows(run('Ukrainian officials said Russian troops were encircled in Kupiansk.'))).toEqual([
      ['Kupiansk', 'UA', 'CONTESTED', 'UA', '2024-03-06'],
    ]);
  });

  it('reads a concession as control for the other side', () => {
    expect(rows(run('Ukraine’s top commander Oleksandr Syrskyi said he had ordered troops to withdraw from Avdiivka.'))).toEqual([
      ['Avdiivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads a capture or withdrawal the outlet tells as having happened ("celebrated the withdrawal of")', () => {
    expect(
      rows(
        run('Ukrainian troops on Friday celebrated the withdrawal of Russian troops from the city of Kherson, a major victory for Kyiv.'),
      ),
    ).toEqual([['Kherson', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-01']]);
    expect(
      rows(
        run(
          'The announcement follows the liberation of three nearby villages on Sunday by Ukrainian troops: Blahodatne, Neskuchne and Makarivka.',
        ),
      ),
    ).toEqual([
      ['Blahodatne', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-03'],
      ['Neskuchne', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-03'],
      ['Makarivka', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-03'],
    ]);
    // A capture merely named, with nobody telling it, stays unclaimed.
    expect(rows(run('The capture of Avdiivka would open the road west.'))).toEqual([]);
  });

  it('reads a side’s taking or leaving told as a noun ("Russia’s capture of", "the Russian seizure of") as done', () => {
    expect(
      keys(
        'Russia’s capture of Avdiivka, a strategic and now almost entirely destroyed city located about 15 miles from the occupied regional capital of Donetsk, was a turning point.',
      ),
    ).toEqual([['Avdiivka', 'NEUTRAL', 'CONTROL', 'RU']]);
    expect(keys('Ukrainian forces withdrew from their positions, resulting in the Russian seizure of Lysychansk on July 2.')).toEqual([
      ['Lysychansk', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(keys('Residents took to the streets to celebrate Russia’s hasty withdrawal from Kherson.')).toEqual([
      ['Kherson', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
    expect(keys('Russian troops completed their withdrawal from Kherson on Friday.')).toEqual([['Kherson', 'NEUTRAL', 'CONTROL', 'UA']]);
    // Supposed, not told: a bid, a fear, a denial, a modal after it; a side is never the place its possessive takes.
    expect(keys('Kyiv vowed to prevent Russia’s capture of Pokrovsk.')).toEqual([]);
    expect(keys('There is no confirmed information about the enemy’s capture of Robotyne.')).toEqual([]);
    expect(keys('Ukraine’s capture of Lyman would be a major defeat for Moscow.')).toEqual([]);
    expect(keys('Most residents have fled the city, considered key to Russia’s capture of the Donbas.')).toEqual([]);
    expect(keys('There was no immediate comment from Kyiv about Moscow’s capture claim.')).toEqual([]);
  });

  it('keeps fighting set against a full hold ("fully control X but there is fighting on its outskirts")', () => {
    expect(
      rows(
        run(
          'Ukraine said on Thursday that its forces "fully control" the north-eastern city of Kupiansk but there is "constant" fighting in Kupiansk.',
        ),
      ),
    ).toEqual([
      ['Kupiansk', 'UA', 'CONTROL', 'UA', '2024-02-29'],
      ['Kupiansk', 'UA', 'CONTESTED', null, '2024-02-29'],
    ]);
    expect(rows(run('Russia said its forces had captured Soledar after heavy fighting in Soledar.'))).toEqual([
      ['Soledar', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('leaves goals and plans alone', () => {
    expect(run('Capturing Pokrovsk remains the main goal of the Russian offensive, analysts said.')).toEqual([]);
    expect(run('Russian forces are trying to take control of Chasiv Yar, the Ukrainian military said.')).toEqual([]);
  });
});

describe('places', () => {
  it('reads a claim about a bare "Donetsk" or "Luhansk" as one about the region, and "the city of Donetsk" as the city', () => {
    expect(rows(run('Russia’s Defence Ministry said on Tuesday that its forces controlled 60% of Donetsk.'))).toEqual([
      ['Donetsk Oblast', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    expect(rows(run('Shoigu said on Tuesday that Russian forces had established full control over Luhansk.'))).toEqual([
      ['Luhansk Oblast', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    expect(rows(run('Russia’s Defence Ministry said on Tuesday that its forces controlled the city of Donetsk.'))).toEqual([
      ['Donetsk', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
  });

  it('takes "the villages" a few sentences on for the places of the last sentence about several, as many as it counts', () => {
    const story = (object: string): Row[] =>
      rows(
        run(
          'Russian forces occupied the villages of Zaporizke and Novoheorhiivka in Dnipropetrovsk Oblast, DeepState reported on Tuesday. ' +
            'This is the first time the monitors have reported such gains. The settlements lie near the border of three regions. ' +
            `Russia’s Defence Ministry claimed to have captured ${object} on Monday.`,
        ),
      ).filter(([, side]) => side === 'RU');
    expect(story('the villages')).toEqual([
      ['Zaporizke', 'RU', 'CONTROL', 'RU', '2024-03-04'],
      ['Novoheorhiivka', 'RU', 'CONTROL', 'RU', '2024-03-04'],
    ]);
    expect(story('the two villages')).toHaveLength(2);
    // A count that is not theirs, or a noun phrase that goes on to name other places, is not them.
    expect(story('the three villages')).toEqual([]);
    expect(story('the villages of the area')).toEqual([]);
  });

  it('reads every name of a counted list set off by dashes', () => {
    const text =
      'The Russian Defence Ministry said on Tuesday that three other villages in the Donetsk region – Stavky, Novoselivka and Maslyakivka – were now under Moscow’s control.';
    expect(rows(run(text)).map((r) => r[0])).toEqual(['Stavky', 'Novoselivka', 'Maslyakivka']);
    // A clause that opens after the closing dash is a clause of its own.
    const but =
      "Russian forces claimed three villages – Stavky, Yampil and Novoselivka – but Ukraine's army said on Tuesday that Stavky remains under Ukrainian control.";
    expect(rows(run(but))).toEqual([['Stavky', 'UA', 'CONTROL', 'UA', '2024-03-05']]);
  });

  it('reads every name of an uncounted list of settlements set off by dashes', () => {
    const text =
      'The governor said the villages of the Kharkiv region – Kozacha Lopan, Vovchansk and Lyptsi – remain under Ukrainian control.';
    expect(rows(run(text)).map((r) => r[0])).toEqual(['Kozacha Lopan', 'Vovchansk', 'Lyptsi']);
    // Names set off after anything but settlements are an aside.
    const aside = 'Russian troops shelled the front line – Vovchansk, Lyptsi and Kozacha Lopan – and are under fire, the governor said.';
    expect(rows(run(aside))).toEqual([]);
  });

  it('opens a clause at names with a verb of their own after a comma', () => {
    const text = 'Putin said that Kupiansk is fully under Russian control, Siversk and Lyman are surrounded.';
    expect(rows(run(text)).map((r) => [r[0], r[2]])).toEqual([
      ['Kupiansk', 'CONTROL'],
      ['Siversk', 'CONTESTED'],
      ['Lyman', 'CONTESTED'],
    ]);
    // (No clause before the comma with a verb: the names are the clause's subject.)
    expect(rows(run('According to Putin, Kupiansk is under Russian control.')).map((r) => r[0])).toEqual(['Kupiansk']);
  });

  it('dates a list that goes on from the capture before by its own sentence', () => {
    const text =
      'In December, the army regained control of five localities, the Russian Defence Ministry said. Last September saw 12 settlements returned; these were Uspenovka and Borki.';
    expect(rows(run(text))).toEqual([
      ['Uspenivka', 'RU', 'CONTROL', 'RU', '2023-09'],
      ['Borki', 'RU', 'CONTROL', 'RU', '2023-09'],
    ]);
  });

  it('gives a sentence that opens as more of the report ("Currently, ...") to the speaker of its paragraph only', () => {
    const said = 'The Ukrainian General Staff said Russian assaults near the town were repelled.';
    expect(keys(`${said} Currently, fighting continues in Vovchansk.`)).toEqual([['Vovchansk', 'UA', 'CONTESTED', null]]);
    // (A new paragraph is the outlet's again.)
    expect(keys(`${said}\n\nCurrently, fighting continues in Vovchansk.`)).toEqual([['Vovchansk', 'NEUTRAL', 'CONTESTED', null]]);
  });

  it('gives "the Russian statement said" to the side its word names', () => {
    expect(keys('On Monday, Russian reports said Moscow’s forces had taken control of Avdiivka.')).toEqual([
      ['Avdiivka', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(keys('The latest reports say Russian forces have taken control of Avdiivka.')).toEqual([
      ['Avdiivka', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('takes names shaped like settlements’ after "the loss of" as places', () => {
    const text = "The general staff of Ukraine's armed forces on Tuesday confirmed the loss of Rai-Oleksandrivka and Loskutivka.";
    expect(rows(run(text))).toEqual([
      ['Rai-Oleksandrivka', 'UA', 'CONTROL', 'RU', '2024-03-05'],
      ['Loskutivka', 'UA', 'CONTROL', 'RU', '2024-03-05'],
    ]);
  });

  it('takes a name shaped like a settlement’s after "lost control over" and the next one on its list as places', () => {
    expect(
      rows(run('"We lost control over Loskutivka and Rai-Oleksandrivka," said the Luhansk regional governor, Serhiy Haidai.')),
    ).toEqual([
      ['Loskutivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
      ['Rai-Oleksandrivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });
});

describe('attribution', () => {
  it('gives a speaker of no side who calls the enemy "the occupiers" the side that word is of, over the last speaker’s', () => {
    const text = [
      'Russia’s Defence Ministry said on Tuesday that its forces had captured Novoselivka.',
      'The military emphasized that heavy fighting continues in Kupyansk, and the occupiers are trying to gain a foothold in the north of the city.',
    ].join(' ');
    expect(rows(run(text)).filter((r) => r[0] === 'Kupiansk')).toEqual([['Kupiansk', 'UA', 'CONTESTED', null, '2024-03-05']]);
  });

  it('reads "according to Ukrainian military reports" as the source, "reports" there being no verb', () => {
    expect(rows(run('Both armies are still battling for control of Yablukove, according to Ukrainian military reports.'))).toEqual([
      ['Yablukove', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('gives a capture by units no side word names to the side the story was just quoting', () => {
    const text =
      'Russia’s Defence Ministry said on Tuesday that its forces had captured Novoselivka. The Western military group captured the settlement of Kolodiazi.';
    expect(rows(run(text))).toEqual([
      ['Novoselivka', 'RU', 'CONTROL', 'RU', '2024-03-05'],
      ['Kolodiazi', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
  });

  it('takes "claims from Russia that ..." for Russia’s claims, and no maker from "the report from the front"', () => {
    const text =
      'Ukrainian officials said on Tuesday that Lysychansk remains in Ukraine’s hands, despite claims from Russia that the city has been brought under control.';
    expect(rows(run(text))).toEqual([
      ['Lysychansk', 'UA', 'DENIAL', 'RU', '2024-03-05'],
      ['Lysychansk', 'UA', 'CONTROL', 'UA', '2024-03-05'],
      ['Lysychansk', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    expect(
      rows(run('The report from the front said Russian forces had captured Kostiantynivka.')).filter((r) => r[1] !== 'NEUTRAL'),
    ).toEqual([]);
  });

  it('takes the person an apposition names after "according to the spokesman of ..." as the speaker', () => {
    const text =
      'Russia’s Defence Ministry spokesman said on Tuesday that Russian forces held Lyman. According to the spokesman of the Eastern Group of Forces, Serhii Cherevatyi, the settlements of Yampil and Stavky have been liberated.';
    expect(rows(run(text)).filter((r) => r[0] !== 'Lyman')).toEqual([
      ['Yampil', 'UA', 'CONTROL', 'UA', '2024-03-05'],
      ['Stavky', 'UA', 'CONTROL', 'UA', '2024-03-05'],
    ]);
  });

  it('takes "he" for the person the story named since its last speaker', () => {
    const text =
      'Igor Konashenkov said on Monday that Russian forces had repelled attacks. Ukrainian President Volodymyr Zelensky praised the troops on Tuesday. In the Kherson region, he said that Liubymivka had been liberated.';
    expect(rows(run(text))).toEqual([['Liubymivka', 'UA', 'CONTROL', 'UA', '2024-03-05']]);
  });

  it('gives a minister of no stated side the side the story was just quoting', () => {
    expect(
      rows(
        run(
          'Deputy Head of the Ministry of Defence Hanna Maliar announced this.\n\n' +
            '"The units of the Tavria grouping liberated 2 settlements: Levadne, Makarivka," wrote the deputy minister of defence.',
        ),
      ),
    ).toEqual([
      ['Levadne', 'UA', 'CONTROL', 'UA', '2024-03-06'],
      ['Makarivka', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('takes the speaker after a quote, and a pronoun back to the last speaker', () => {
    const claims = run(
      'Speaking in Moscow, Foreign Ministry spokeswoman Maria Zakharova said Kyiv was lying.\n\n"Avdiivka is fully under the control of Russian forces," she said.',
    );
    expect(claims.map((c) => [c.claimant.name, c.stance, c.controller])).toEqual([['Maria Zakharova', 'CONTROL', 'RU']]);
  });

  it('takes the subject of the main clause as the speaker of a participle after it', () => {
    expect(rows(run('Ukraine launched an offensive into Russia’s Kursk region, saying it had seized Sudzha.'))).toEqual([
      ['Sudzha', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
    expect(
      rows(
        run(
          'Serhii Cherevaty, a Ukrainian army spokesman, denied the Russian Defence Ministry’s claim, saying that "fighting is ongoing in Soledar".',
        ),
      ).filter(([, , stance]) => stance === 'CONTESTED'),
    ).toEqual([['Soledar', 'UA', 'CONTESTED', null, '2024-03-06']]);
  });

  it('gives a body the side of the capital it sits in ("the ministry in Moscow")', () => {
    expect(rows(run('The ministry in Moscow announced that Russian troops had liberated Kurakhove.'))).toEqual([
      ['Kurakhove', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('Officials in Kyiv said Russian forces had captured Vovchansk.'))).toEqual([
      ['Vovchansk', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes "a later bulletin" for the source the story has just quoted', () => {
    expect(
      rows(
        run(
          'Russia’s Defence Ministry said on Monday its forces had captured Siversk. A later bulletin stated that Russian units had also taken Zvanivka.',
        ),
      ),
    ).toEqual([
      ['Siversk', 'RU', 'CONTROL', 'RU', '2024-03-04'],
      ['Zvanivka', 'RU', 'CONTROL', 'RU', '2024-03-04'],
    ]);
  });

  it('takes "the statement on Saturday said" for the source the story has just quoted', () => {
    expect(
      rows(
        run(
          'Russia’s Defence Ministry has claimed that its troops captured two settlements in the Donetsk region. The statement on Saturday said its forces had captured the village of Stupochky.',
        ),
      ),
    ).toContainEqual(['Stupochky', 'RU', 'CONTROL', 'RU', '2024-03-02']);
  });

  it('takes "a village" a lede leaves unnamed for the one the next sentence names, unless it calls it a town', () => {
    expect(
      rows(
        run(
          'KYIV, Ukraine (AP) — A Kyiv official says Ukraine’s army has pulled out from a village in the eastern Donetsk region. The official said Thursday the village of Urozhaine was reduced to rubble.',
        ),
      ),
    ).toContainEqual(['Urozhaine', 'UA', 'CONTROL', 'RU', '2024-03-06']);
    expect(
      rows(
        run(
          'Ukraine said Russian forces had occupied a village south of the city of Lysychansk. The city of Lysychansk is still defended.',
        ),
      ),
    ).toEqual([]);
    expect(rows(run('Russia said its forces had captured a village in the east. The town of Pokrovsk lies 10 km away.'))).toEqual([]);
  });

  it('takes "his forces" for those of the title held nearest before it, not of a person named earlier', () => {
    expect(
      rows(
        run(
          '"Our units are fighting in Bakhmut," spokesperson Serhiy Cherevatyi told Reuters after the head of Russia’s Wagner mercenary group said his forces had taken full control of the city.',
        ),
      ),
    ).toContainEqual(['Bakhmut', 'RU', 'CONTROL', 'RU', '2024-03-06']);
  });

  it('takes "it" as a capture\'s object for the one settlement the sentence before named, not for another thing or a negated hold', () => {
    expect(keys('Heavy fighting raged in Levadne in May. Ukraine announced on Tuesday it had retaken it.')).toContainEqual([
      'Levadne',
      'UA',
      'CONTROL',
      'UA',
    ]);
    // "another line" is what "it" is; a pronoun's side is no reading of its own.
    expect(keys('Ukrainian troops held Marinka for months. They had relocated to another line and occupied it.')).toEqual([]);
    // "no longer control it" is read by the place it names, not as a gain.
    expect(keys('Rabotino is in the grey zone, which means that Ukrainian troops no longer control it.')).not.toContainEqual([
      'Robotyne',
      'NEUTRAL',
      'CONTROL',
      'RU',
    ]);
  });

  it('takes a fight told right before "there", in a sentence naming no place, as one in the place referred to', () => {
    expect(
      keys('Ukrainian forces pushed toward Kreminna. In fact, there are quite heavy battles there, Haidai said.', '2022-12-01'),
    ).toContainEqual(['Kreminna', 'UA', 'CONTESTED', null]);
  });

  it('takes a "they" nothing in its sentence stands for as the forces the sentence before named', () => {
    expect(
      rows(
        run(
          'Russian troops captured the village of Loskutivka in Luhansk oblast. The day before, they captured Toshkivka and Pidlisne. This was announced by Serhiy Haidai.',
          '2022-06-22',
        ),
      ),
    ).toEqual([
      ['Loskutivka', 'UA', 'CONTROL', 'RU', '2022-06-22'],
      ['Toshkivka', 'UA', 'CONTROL', 'RU', '2022-06-22'],
      ['Pidlisne', 'UA', 'CONTROL', 'RU', '2022-06-22'],
    ]);
    // A body named before "they" in its own sentence is what "they" stands for.
    expect(
      rows(
        run(
          'Ukrainian troops left the area. The Ministry of Defense in Russia confirmed that they had liberated the village of Lastochkyne.',
          '2024-02-25',
        ),
      ),
    ).toContainEqual(['Lastochkyne', 'RU', 'CONTROL', 'RU', '2024-02-25']);
  });

  it('takes "his outgunned forces" for those of a described holder the sentence gave a side', () => {
    expect(
      rows(
        run(
          'Ukraine’s top military commander ordered his outgunned forces to withdraw from the besieged eastern city of Avdiivka, as Russia’s army made its first major gain in months.',
          '2024-02-17',
        ),
      ),
    ).toEqual([['Avdiivka', 'NEUTRAL', 'CONTROL', 'RU', '2024-02-17']]);
  });

  it('dates a claim by its sentence, not by a date inside a relative clause after it', () => {
    expect(
      rows(
        run(
          'The Russian defence ministry said its troops had taken control of the village of Guyevo, near the Ukraine border and south of the regional hub of Sudzha, which Moscow reclaimed last month.',
          '2025-04-20',
        ),
      ),
    ).toContainEqual(['Guyevo', 'RU', 'CONTROL', 'RU', '2025-04-20']);
  });

  it('dates by a day written before "May", and by the invasion only when it is told as a moment', () => {
    expect(rows(run('Weeks later, on 21 May, Russia claimed control of Mariupol after intense fighting.', '2022-05-25'))).toEqual([
      ['Mariupol', 'RU', 'CONTROL', 'RU', '2022-05-21'],
    ]);
    expect(
      rows(
        run(
          '“Ukrainian forces liberated Kindrativka,” Ukraine’s General Staff said, now in its fourth year defending against Russia’s full-scale invasion.',
          '2025-08-20',
        ),
      ),
    ).toEqual([['Kindrativka', 'UA', 'CONTROL', 'UA', '2025-08-20']]);
    expect(
      rows(run('Ukraine’s army said Russia had captured Kherson in the first days of the full-scale invasion.', '2022-11-11')),
    ).toEqual([['Kherson', 'UA', 'CONTROL', 'RU', '2022-02']]);
  });

  it('gives a source of no side the side of the body it is close to, past a name set in quotes with its comma', () => {
    expect(
      rows(
        run(
          'Telegram channels close to the Russian Defense Ministry confirm that Ukrainian forces have almost fully taken control of Sudzha.',
        ),
      ),
    ).toEqual([['Sudzha', 'RU', 'CONTROL', 'UA', '2024-03-06']]);
    expect(
      rows(
        run(
          'Telegram channels close to the Russian Defense Ministry, notably "Rybar," confirm that Ukrainian forces have almost fully taken control of Sudzha.',
        ),
      ),
    ).toEqual([['Sudzha', 'RU', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('takes "the statement further said" for the source the story has just quoted', () => {
    expect(
      rows(
        run(
          'Russia’s Defence Ministry said its forces had taken the village of Hlyboke. The statement further said that its forces also captured the village of Pishchane.',
        ),
      ),
    ).toContainEqual(['Pishchane', 'RU', 'CONTROL', 'RU', '2024-03-06']);
  });

  it('takes an inverted reporting verb that closes the sentence as the speaker of all of it', () => {
    expect(
      rows(
        run(
          'Russian forces captured the villages of Kostiantynopil and Andriivka in the Novopavlivka direction and pushed into the village of Shevchenko, reports DeepState.',
        ),
      ),
    ).toEqual([
      ['Kostiantynopil', 'UA', 'CONTROL', 'RU', '2024-03-06'],
      ['Andriivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
      ['Shevchenko', 'UA', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('takes the maker of a map or report ("the map produced by DeepState shows") as the speaker', () => {
    expect(rows(run('The map produced by DeepState shows the town of Novohrodivka to be in Russian hands.'))).toEqual([
      ['Novohrodivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes no side "under" names as the subject of a reporting verb, and a side’s maps as its word', () => {
    expect(rows(run('Pretty much the whole city of Marinka is now under Russia’s control, the analyst said.'))).toEqual([
      ['Marinka', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('Ukrainian maps show Pokrovsk as a grey zone under no side’s control.'))).toEqual([
      ['Pokrovsk', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('takes an observer no word gives a side as independent, not as the side a clause before it names', () => {
    expect(
      rows(
        run(
          'While Kyiv did not confirm whether Russia captured the town, an expert told reporters that Russian forces control most of Selydove.',
        ),
      ),
    ).toEqual([['Selydove', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('takes the body a title without a side is of, and the sources reports come from', () => {
    expect(
      rows(
        run(
          'Ukrainian troops withdrew from the town of Novohrodivka, according to an officer from the 59th Separate Motorized Infantry Brigade.',
        ),
      ),
    ).toEqual([['Novohrodivka', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
    expect(rows(run('Similar reports from other pro-Russian sources note that Russia now controls the town of Selydove.'))).toEqual([
      ['Selydove', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes "The head of the Russian-backed administration ... said" for the body the title is of', () => {
    expect(
      rows(
        run(
          'The head of the Russian-backed administration in the Donetsk region said on Friday that Lyman was “semi-encircled” by the Ukrainian army.',
        ),
      ),
    ).toEqual([['Lyman', 'RU', 'CONTESTED', 'UA', '2024-03-01']]);
  });

  it('takes a reporting verb that closes its sentence with a bare day ("claimed Monday, adding ...") as the speaker', () => {
    expect(
      rows(
        run(
          'Russian troops in eastern Ukraine have captured the stronghold of Kurakhove, Russia’s Defense Ministry claimed Monday, adding the wrecked town to its list of conquests.',
        ),
      ),
    ).toEqual([['Kurakhove', 'RU', 'CONTROL', 'RU', '2024-03-04']]);
  });

  it('takes a participle such as "alleging" after a verb of no report for its subject’s claim', () => {
    expect(
      rows(
        run(
          'The chief of the General Staff of the Russian army, Valery Gerasimov, issued a front-line report to Putin on March 1, alleging that Russia had gained full control of Pokrovsk.',
        ),
      ),
    ).toEqual([['Pokrovsk', 'RU', 'CONTROL', 'RU', '2024-03-01']]);
  });

  it('takes the frame of the clause a relative clause interrupts, and its head for a passive’s subject', () => {
    expect(
      rows(
        run(
          'The Russian Defense Ministry has also announced that the two small villages of Druzhba and Krymske, which lie to the northeast of Toretsk, have been taken.',
        ),
      ),
    ).toEqual([
      ['Druzhba', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Krymske', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('gives a capture no one tells, right after a counted capture a side told, to that side', () => {
    expect(
      rows(
        run(
          'The Russian Ministry of Defense also reported the recapture of twelve settlements in the Kursk region. Among the recaptured settlements were Martynovka and Zazulevka.',
        ),
      ),
    ).toEqual([
      ['Martynovka', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Zazulevka', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    // Not after a capture that counted no places, nor two sentences on.
    expect(
      rows(run('The ministry reported the recapture of Sudzha. Among the recaptured settlements were Martynovka and Zazulevka.')),
    ).toEqual([]);
  });

  it('gives a clause before a reporting verb whose own words go on to a claim to no one but the outlet', () => {
    expect(rows(run('As the battle for Mariupol ground on, Russia claimed it had taken control of Volnovakha.'))).toContainEqual([
      'Mariupol',
      'NEUTRAL',
      'CONTESTED',
      null,
      '2024-03-06',
    ]);
    expect(rows(run('Ukrainian forces have taken Snihurivka, as Russia said on Thursday it had begun its retreat from Kherson.'))).toEqual([
      ['Snihurivka', 'NEUTRAL', 'CONTROL', 'UA', '2024-02-29'],
      ['Kherson', 'RU', 'CONTROL', 'UA', '2024-02-29'],
    ]);
  });

  it('reads a unit’s name in quotes as a name, not as the end of a quotation, and names the unit as the lexicon does', () => {
    expect(rows(run('"Our forces have recaptured Novoselivka," the Ukrainian “Khortytsia” group said.'))).toEqual([
      ['Novoselivka', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
    expect(
      run('Ukrainian forces have recaptured the village of Novoselivka, the Ukrainian “Khortytsia” group said.').map(
        (c) => c.claimant.name,
      ),
    ).toEqual(['Khortytsia operational-strategic group']);
  });

  it('gives a local official named by office alone the side of the places the sentence names', () => {
    expect(rows(run('Local official: Ukraine liberates Vysokopillia in Kherson Oblast'))).toEqual([
      ['Vysokopillia', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('reads past a relative "that" in an apposition to the subject of the reporting verb', () => {
    expect(
      rows(
        run(
          'DeepState, a Ukrainian project that maps the front line, on Tuesday showed that Russian forces had pushed further into Pokrovsk.',
        ),
      ).map(([place, side]) => [place, side]),
    ).toEqual([['Pokrovsk', 'UA']]);
  });

  it('takes an inverted speaker whose first name the lexicon gives otherwise', () => {
    expect(
      rows(run('Russia’s army has left the city of Izium “and other settlements of the Kharkiv direction,” says Denis Bezsonov.')),
    ).toEqual([['Izium', 'RU', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('takes "the Russian Federation" as Russia, whoever reports its control', () => {
    expect(
      rows(run('The Ukrainian governor said the settlements of Novenke and Basivka are under the control of the Russian Federation.')),
    ).toEqual([
      ['Novenke', 'UA', 'CONTROL', 'RU', '2024-03-06'],
      ['Basivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes a surname for the person the story named in full before', () => {
    expect(
      rows(
        run(
          'The region’s acting governor Alexei Smirnov said the evacuation was under way. According to Smirnov, 28 settlements in Kursk Region were under AFU control.',
        ),
      ),
    ).toEqual([['Kursk Oblast', 'RU', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('takes "he" for the person its own sentence named, before the speaker of the sentences before', () => {
    expect(
      rows(
        run(
          'Russian military bloggers said Russian forces were advancing near Sumy. Sumy Region Governor Oleh Hryhorov, writing on Facebook, listed four villages that he said were now held by Russian forces -- Novenke, Basivka, Veselivka and Zhuravka.',
        ),
      ).map(([place, side]) => [place, side]),
    ).toEqual([
      ['Novenke', 'UA'],
      ['Basivka', 'UA'],
      ['Veselivka', 'UA'],
      ['Zhuravka', 'UA'],
    ]);
  });

  it('takes "Western officials" as observers, not the side their sentence names first', () => {
    expect(rows(run('Russian forces now control most of the Luhansk region, Western officials said.'))).toEqual([
      ['Luhansk Oblast', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes the source a headline names after a closing dash, and its enemy as the other side', () => {
    expect(rows(run('Enemy storms Avdiivka from three directions, - NGU'))).toEqual([['Avdiivka', 'UA', 'CONTESTED', 'RU', '2024-03-06']]);
    expect(rows(run('Russian forces have taken Vuhledar – a blow to Kyiv.'))).toEqual([
      ['Vuhledar', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    // A speech verb and a title may stand between the dash and the name; the source outranks the verb's frame.
    expect(rows(run('Our troops cleared the village of Mykhailivka from the enemy. - noted General Syrskyi.'))).toEqual([
      ['Mykhailivka', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('takes "the publication claims" for the outlet the story has just quoted', () => {
    expect(
      rows(
        run(
          'Ukrainian soldiers are encircled near Myrnohrad, according to the Russian Telegram channel Military Correspondents of the Russian Spring. The publication claims that Ukrainian forces are retreating from Sukhyi Yar.',
        ),
      ).filter(([place]) => place === 'Sukhyi Yar'),
    ).toEqual([['Sukhyi Yar', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('takes "the channel stated" for the channel the story has just quoted, and no place for a person before it', () => {
    expect(
      rows(
        run(
          'Ukrainian soldiers are encircled near Myrnohrad, according to the Russian Telegram channel Military Correspondents of the Russian Spring. ‘The enemy has abandoned Avdiivka and Sukhyi Yar,’ the channel stated.',
        ),
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([
      ['Avdiivka', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Sukhyi Yar', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes a reporting verb that opens the claim as its frame ("reported capturing")', () => {
    expect(rows(run('Russian military bloggers reported capturing Vuhledar.'))).toEqual([
      ['Vuhledar', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('gives a participle after a reporting verb to that verb’s speaker, not to the actor the sentence opens with', () => {
    expect(
      rows(run('Russian forces attacked Ukrainian positions near Robotyne, Ukraine’s army said, adding that it had recaptured Verbove.')),
    ).toEqual([['Verbove', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
    expect(
      rows(run('After Russian forces shelled Kupiansk, the Ukrainian army counterattacked, saying it had recaptured Synkivka.')),
    ).toEqual([['Synkivka', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('keeps a side word before an observer word, and gives a capital’s side only to officials', () => {
    expect(rows(run('Independent Ukrainian military analysts said Russian forces had captured Selydove.'))).toEqual([
      ['Selydove', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('Journalists in Moscow said Ukrainian forces had recaptured Robotyne.'))).toEqual([]);
  });

  it('reads a score of villages taken in a region as part of the region, a handful of them as no claim on it', () => {
    expect(run('Russian forces have captured 3 villages in the Kharkiv region this week, the ministry in Moscow said.')).toEqual([]);
    const [claim] = run('Russian forces have captured 30 villages in the Kharkiv region this month, the ministry in Moscow said.');
    expect(claim).toMatchObject({
      place: { name: 'Kharkiv Oblast' },
      stance: 'CONTROL',
      controller: 'RU',
      extent: null,
      qualifier: 'partial',
    });
  });

  it('takes no capitalised verb of a title-case headline for a person’s name', () => {
    expect(rows(run('Ukraine Withdraws From Vuhledar, Town Long Under Russian Attack'))).toEqual([
      ['Vuhledar', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('takes "according to" as the speaker', () => {
    expect(
      run('Russian forces have seized Krynky, according to the Russian Defence Ministry.').map((c) => [c.claimant.name, c.claimant.side]),
    ).toEqual([["Russia's Defence Ministry", 'RU']]);
  });

  it('ends the report of a time clause that opens the sentence at its comma', () => {
    expect(keys('A day after Moscow said its troops had captured Robotyne, Ukrainian soldiers were still holding the village.')).toEqual([
      ['Robotyne', 'RU', 'CONTROL', 'RU'],
      ['Robotyne', 'NEUTRAL', 'CONTROL', 'UA'],
    ]);
  });

  it('takes "according to it" for the monitor or outlet the sentence before named, not a country', () => {
    expect(keys('On Tuesday the analysts of DeepState updated their map. According to it, Russia now fully controls Vuhledar.')).toEqual([
      ['Vuhledar', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('gives the other side’s gain a side’s own media tells as "alleged" to that other side, and its own side’s to itself', () => {
    const sides = (body: string): Row[number][][] => rows(read({ ...article(body), outlet: 'Ukrinform' })).map((r) => r.slice(0, 4));
    expect(sides('The Russian army allegedly took control of Kurakhove.')).toEqual([['Kurakhove', 'RU', 'CONTROL', 'RU']]);
    expect(sides('Russian troops are allegedly advancing in Kurakhove.')).toEqual([['Kurakhove', 'RU', 'CONTESTED', 'RU']]);
    expect(sides('The Russian army took control of Kurakhove.')).toEqual([['Kurakhove', 'UA', 'CONTROL', 'RU']]);
  });

  it('takes an "it" that opens the main clause after a phrase naming a body for that body', () => {
    expect(
      keys(
        'Kyiv said its troops had retaken Andriivka. However, in its briefing from the Russian Defence Ministry on Saturday, it said fighting was ongoing for control of Andriivka.',
      ),
    ).toContainEqual(['Andriivka', 'RU', 'CONTESTED', null]);
    expect(keys('In a statement on Saturday, it said fighting was ongoing for Andriivka.')).not.toContainEqual([
      'Andriivka',
      'RU',
      'CONTESTED',
      null,
    ]);
  });

  it('gives a sentence with no speaker to the outlet', () => {
    expect(rows(run('Ukraine’s army has all but liberated Kupyansk, driving Russian troops to its outskirts.'))).toEqual([
      ['Kupiansk', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('gives a unit that "liberated" a place, told in the outlet’s voice, its own claim (LABELS.md)', () => {
    expect(keys('The North group liberated the settlements of Tetkino and Novyi Put.')).toEqual([
      ['Tetkino', 'RU', 'CONTROL', 'RU'],
      ['Novy Put', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('gives the unattributed copy of a side’s own media to that side', () => {
    const body = 'Russian forces have taken control of Kurakhove.';
    expect(read({ ...article(body), outlet: 'TASS' }).map((c) => [c.claimant.name, c.claimant.side])).toEqual([['TASS', 'RU']]);
    expect(read({ ...article(body), outlet: 'Reuters' }).map((c) => [c.claimant.name, c.claimant.side])).toEqual([['outlet', 'NEUTRAL']]);
    // (Not the story's background, dated months before it: the outlet's own narration.)
    const background = 'Russian forces captured Avdiivka in February 2024.';
    expect(
      read({ ...article(background, '2025-03-04'), outlet: 'TASS' }).map((c) => [c.claimant.name, c.claimant.side, c.claimedAt]),
    ).toEqual([['outlet', 'NEUTRAL', '2024-02']]);
  });

  it('reads "the enemy" in a side’s own media, with nobody speaking, as that side’s enemy', () => {
    const body = 'Quote: "The enemy has occupied Martynovka and Malaya Loknya.';
    expect(read({ ...article(body), outlet: 'Ukrainska Pravda' }).map((c) => [c.place.name, c.claimant.side, c.controller])).toEqual([
      ['Martynovka', 'UA', 'RU'],
      ['Malaya Loknya', 'UA', 'RU'],
    ]);
  });

  it('knows a person by the title beside the name', () => {
    expect(
      run(
        'Ivan Petrenko, a Ukrainian military spokesman, said Russian troops had been pushed out of Kupiansk and the town remains under Ukrainian control.',
      ).map((c) => c.claimant),
    ).toContainEqual({ name: 'Ivan Petrenko', role: 'military', side: 'UA' });
  });
});

describe('dates', () => {
  it('resolves a bare weekday to the last one on or before publication', () => {
    expect(run('On Monday, Russia’s Defence Ministry said its forces had captured Vuhledar.')[0]!.claimedAt).toBe('2024-03-04');
  });

  it('reads no date from the last name of a list of places, nor a year from a count after a day', () => {
    expect(
      rows(
        run(
          'Russia’s Defence Ministry said its forces liberated the settlements of Apanasovka, Byakhovo, Snagost and 10th October over the past two days.',
          '2024-09-12',
        ),
      ).map((r) => [r[0], r[4]]),
    ).toEqual([
      ['Apanasovka', '2024-09-10'],
      ['Byakhovo', '2024-09-10'],
      ['Snagost', '2024-09-10'],
      ['Desyaty Oktyabr', '2024-09-10'],
    ]);
    expect(
      rows(
        run('According to Russia’s Defence Ministry, by August 12, 28 settlements in Kursk Region were under AFU control.', '2024-08-20'),
      ),
    ).toEqual([['Kursk Oblast', 'RU', 'CONTROL', 'UA', '2024-08-12']]);
  });

  it('dates a week by its middle: "this week" the story\'s, "the past week" the days before it, "last week" the week before', () => {
    // 2025-12-02 is a Tuesday; 2024-10-07 a Monday.
    expect(
      rows(run('This week, Moscow announced that its forces had captured Pokrovsk.', '2025-12-02')).map((r) => r[4].slice(0, 7)),
    ).toEqual(['2025-12']);
    expect(
      rows(run('Last week, Ukraine’s military confirmed the withdrawal of its troops from Vuhledar.', '2024-10-07')).map((r) =>
        r[4].slice(0, 7),
      ),
    ).toEqual(['2024-10']);
    expect(
      rows(run('Pegov said that in the past week, Wagner mercenaries were able to capture the town of Zaitseve.', '2022-10-02')).map((r) =>
        r[4].slice(0, 7),
      ),
    ).toEqual(['2022-09']);
  });

  it('reads a yearless day in the year a narrative last stated, when the sentence goes on with it', () => {
    expect(
      rows(
        run(
          'On 2 April 2022, Russian troops withdrew from Bucha. Weeks later, on 21 May, Russia claimed control of Mariupol after intense fighting.',
          '2026-02-25',
        ),
      ).find((r) => r[0] === 'Mariupol')?.[4],
    ).toBe('2022-05-21');
  });

  it('dates a claim an after-clause tells by the span counted back', () => {
    expect(
      rows(run('The announcement came just over a month after Russia said it took Pishchane.', '2025-02-16')).map((r) => r[4]),
    ).toEqual(['2025-01']);
    // Only the claim the after-clause itself tells, not one told after its clause ends.
    expect(
      rows(
        run(
          'Prigozhin said on Sunday, just two weeks after Moscow claimed it had taken Soledar, that his fighters controlled Bakhmut.',
          '2024-03-04',
        ),
      )
        .map((r) => `${r[0]} ${r[4].slice(0, 7)}`)
        .sort(),
    ).toEqual(['Bakhmut 2024-03', 'Soledar 2024-02']);
  });

  it("moves the paragraph's date on by the time a sentence says has passed", () => {
    expect(
      rows(
        run(
          'Ukraine launched a surprise cross-border incursion into Kursk Oblast in August 2024. After six months of fighting in the region, Russian troops have regained control of about 64% of the territory in the region, the Russian military claimed.',
          '2025-02-28',
        ),
      ).map((r) => r[4].slice(0, 7)),
    ).toEqual(['2025-02']);
  });

  it('dates a claim by its report, not by a date inside what the speaker said', () => {
    expect(
      rows(
        run(
          'During the meeting, Kuzovlev claimed that Russian troops had seized the settlements of Kucherivka, Podoly, and Kurylivka in the Kupyansk direction during December 2025.',
          '2026-01-20',
        ),
      ).map((r) => r[4].slice(0, 7)),
    ).toEqual(['2026-01', '2026-01', '2026-01']);
  });

  it('dates a denial in the present perfect now, and one in the past when the claim it answers was made', () => {
    const story = (second: string): string[] =>
      rows(run(`Russia's Defence Ministry said last month its forces had captured Bakhmut. ${second}`)).map((r) => r[4]);
    expect(story('Ukraine’s army has since rejected the claim.')).toEqual(['2024-02', '2024-03-06']);
    expect(story('Ukraine’s army denied the claim.')).toEqual(['2024-02', '2024-02']);
  });

  it('keeps "late last month" and "at the end of February" as months', () => {
    expect(run('Moscow said late last month that it had captured Avdiivka.').map((c) => [c.claimedAt, c.claimedAtPrecision])).toEqual([
      ['2024-02', 'month'],
    ]);
  });

  it('dates a claim by "on Wednesday" after a place and its region, not by a background date later on', () => {
    expect(
      rows(
        run(
          'The Russian Army said it had seized Vuhledar, Donetsk, on Wednesday, a bastion that had resisted intense attacks since Moscow launched its full-scale invasion in February 2022.',
          '2024-10-03',
        ),
      ),
    ).toEqual([['Vuhledar', 'RU', 'CONTROL', 'RU', '2024-10-02']]);
  });

  it('reads the number after an abbreviated month as its day, not as a year ("the end of Jan. 16")', () => {
    expect(
      rows(run('Russian forces are likely in control of Soledar as of the end of Jan. 16, British intelligence stated.', '2023-01-17')),
    ).toEqual([['Soledar', 'NEUTRAL', 'CONTROL', 'RU', '2023-01']]);
  });

  it('dates "at the time" by the claim it refers to', () => {
    const claims = run(
      'On Feb. 17, Sergei Shoigu told Vladimir Putin that Russian troops had taken Avdiivka. Ukraine denied this at the time.',
    );
    expect(rows(claims)).toEqual([
      ['Avdiivka', 'RU', 'CONTROL', 'RU', '2024-02-17'],
      ['Avdiivka', 'UA', 'DENIAL', 'RU', '2024-02-17'],
    ]);
  });

  it('dates background by the period it describes and drops undatable history', () => {
    expect(
      rows(
        run(
          'Russian forces occupied Kherson at the start of the full-scale invasion before being driven out by Ukrainian forces in November 2022.',
        ),
      ),
    ).toEqual([
      ['Kherson', 'NEUTRAL', 'CONTROL', 'RU', '2022-02'],
      ['Kherson', 'NEUTRAL', 'CONTROL', 'UA', '2022-11'],
    ]);
    expect(run('Russian forces once occupied Kherson.')).toEqual([]);
  });

  it('reads "in its 2022 counteroffensive" as an earlier year with no month, and "since the 2022 invasion" as no date of the claim', () => {
    expect(
      run('The river cuts through Kupiansk, a city recaptured by Ukraine in its 2022 counteroffensive, the governor said.', '2025-01-10'),
    ).toEqual([]);
    expect(
      rows(
        run(
          'Russian forces have captured Dachne, their first gain in the region since the 2022 invasion began, Russia said.',
          '2025-06-08',
        ),
      ),
    ).toEqual([['Dachne', 'RU', 'CONTROL', 'RU', '2025-06-08']]);
  });

  it('dates "on the eve" (not "on the eve of") to the day before the story', () => {
    expect(rows(run('On the eve, the Russian defence ministry said its troops had occupied the village of Opytne.', '2022-11-20'))).toEqual(
      [['Opytne', 'RU', 'CONTROL', 'RU', '2022-11-19']],
    );
    expect(
      rows(run('On the eve of the talks, the Russian defence ministry said its troops had occupied the village of Opytne.', '2022-11-20')),
    ).toEqual([['Opytne', 'RU', 'CONTROL', 'RU', '2022-11-20']]);
  });

  it('takes the agent of a capture named as a noun from its "by" phrase after a long object, but not past a verb', () => {
    expect(
      rows(
        run(
          'On August 26, DeepState reported on the occupation of Zaporizke and Novoheorhiivka villages in the Dnipro region by Russian troops.',
          '2025-08-27',
        ),
      ).map(([p, s, st, c]) => [p, s, st, c]),
    ).toEqual([
      ['Zaporizke', 'UA', 'CONTROL', 'RU'],
      ['Novoheorhiivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });
});

describe('extent', () => {
  const extentOf = (body: string): [number | null, string | null] => {
    const c = run(body)[0]!;
    return [c.extent, c.qualifier];
  };

  it('reads percentages, most, parts and the whole', () => {
    expect(extentOf('Ukraine said on Wednesday its forces controlled nearly 60% of Vovchansk.')).toEqual([0.6, 'nearly']);
    expect(extentOf('Ukrainian officials said Kyiv’s forces have regained control of most of Vovchansk.')).toEqual([null, 'most']);
    expect(extentOf('Russian forces control the northern part of Vovchansk, a Ukrainian military spokesman said.')).toEqual([
      null,
      'northern part',
    ]);
    expect(extentOf('Russia’s Defence Ministry said all parts of Marinka are under the control of Russian troops.')).toEqual([
      1,
      'all parts',
    ]);
    expect(extentOf('Russia’s Defence Ministry said its forces had captured Marinka.')).toEqual([1, null]);
    expect(extentOf('A Ukrainian military spokesman said Russian troops controlled about a third of Vovchansk.')).toEqual([0.33, 'about']);
    expect(extentOf('Ukraine’s army said its forces controlled half of Vovchansk.')).toEqual([0.5, null]);
  });
});

describe('what is not a claim, and who speaks', () => {
  it('takes a participle describing a noun for background, not a claim of its own', () => {
    expect(
      rows(
        run(
          'Russia’s General Staff said on Tuesday its troops had recaptured the town of Sudzha, the largest settlement held by Ukrainian forces in Russia’s Kursk region since their incursion last August.',
        ),
      ),
    ).toEqual([['Sudzha', 'RU', 'CONTROL', 'RU', '2024-03-05']]);
  });

  it('does not read a denial of encirclement as a denial of control', () => {
    expect(rows(run('Ukraine’s General Staff denied that its forces in the Kursk region were encircled.'))).toEqual([]);
  });

  it('names a numbered unit as the claimant', () => {
    const [claim] = run('Ukraine’s 7th Rapid Response Corps said its units still held Pokrovsk.');
    expect(claim?.claimant).toMatchObject({ name: 'Ukraine’s 7th Rapid Response Corps', side: 'UA' });
  });

  it('keeps a place the text locates in another region than its namesakes as a provisional place there', () => {
    const [claim] = run('Russia’s Defence Ministry said its forces had captured the village of Sosnivka in the Zaporizhzhia region.');
    expect(claim?.place).toMatchObject({ name: 'Sosnivka', id: null, admin1: 'Zaporizhzhia Oblast', resolved: false });
  });
});

describe('attribution across a story', () => {
  const claimants = (claims: Claim[]): [string, string, string, string][] =>
    claims.map((c) => [c.place.name, c.claimant.name, c.stance, c.claimedAt]);

  it('prefers the body’s attributed, dated report of a claim to the headline’s summary, and ignores the dateline', () => {
    const body = [
      'Russian army claims capture of Marinka',
      '',
      'KYIV, March 6 (Wire) - The head of Russia’s Vostok group, Andrei Ivanaev, said on Monday his troops had taken full control of Marinka.',
    ].join('\n');
    expect(claimants(run(body))).toEqual([['Marinka', 'Andrei Ivanaev', 'CONTROL', '2024-03-04']]);
  });

  it('gives "the statement further claimed" to the statement the story quoted a few paragraphs before', () => {
    const body = [
      'Russia claimed on Sunday that it took control of two more settlements.',
      '',
      'A statement by the Russian Defence Ministry claimed that its forces captured the village of Piddubne.',
      '',
      'Russia previously claimed to have seized Velyka Novosilka on January 27. The town lies near the junction of three regions.',
      '',
      'Piddubne is situated about 20 kilometres from the trijunction.',
      '',
      'Seizure of more territory',
      '',
      'The statement further claimed that Russian forces took control of the village of Sobolivka.',
    ].join('\n');
    expect(rows(run(body, '2025-07-06')).filter((r) => r[0] === 'Sobolivka')).toEqual([['Sobolivka', 'RU', 'CONTROL', 'RU', '2025-07-06']]);
  });

  it('calls a monitoring group the story named "the researchers" later, with its side', () => {
    const body = [
      'DeepState, a Ukrainian mapping project, reported Russian advances near Pokrovsk.',
      '',
      'The researchers also confirm that Rodynske is under Ukrainian control.',
    ].join('\n');
    expect(rows(run(body))).toEqual([['Rodynske', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('reads a passive report’s speaker after "by", and "the claim was untrue" as a denial of the claim before it', () => {
    const body = [
      'Russia said on Monday its forces had captured the town of Orikhiv, a claim rejected by Ukraine’s military.',
      '',
      'Ukraine’s Southern Defence Forces said the claim was untrue, although Russian assault groups had infiltrated its northern outskirts.',
    ].join('\n');
    expect(rows(run(body))).toEqual([
      ['Orikhiv', 'RU', 'CONTROL', 'RU', '2024-03-04'],
      ['Orikhiv', 'UA', 'DENIAL', 'RU', '2024-03-04'],
      ['Orikhiv', 'UA', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
    expect(run(body)[1]!.claimant.name).toBe('Ukraine’s military');
  });

  it('takes a question ("whether X was still held") for no claim, and "clarified" for a report', () => {
    expect(rows(run('Asked whether Siversk was still in Ukrainian hands, the minister declined to answer.'))).toEqual([]);
    expect(rows(run('President Zelenskyy later clarified that Siversk was not occupied by Russia.'))).toEqual([
      ['Siversk', 'UA', 'DENIAL', 'RU', '2024-03-06'],
    ]);
  });

  it('refers "the town" to the place the story is about, not the last village named', () => {
    const body = [
      'Vovchansk is still held by Ukrainian forces, a Ukrainian military spokesman said on Tuesday.',
      '',
      'Russian troops took Vovchansk’s outskirts last month and captured the villages of Strilecha and Krasne nearby, the spokesman said.',
      '',
      'Ukrainian military officials said fierce street fighting continues in the town.',
    ].join('\n');
    // Plain fighting names no side gaining (LABELS.md: "Fighting continues in the streets of Kostiantynivka").
    expect(rows(run(body)).filter(([, , stance]) => stance === 'CONTESTED')).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });
});

describe('wire-service phrasing', () => {
  it('gives a second "that" clause after ", but" to the same speaker', () => {
    const claims = run(
      "A Russian-installed official had said on Sunday that Kyiv's troops had retaken Piatykhatky, but that they had then been pushed out and that the settlement was now located in a grey area of control.",
      '2023-06-20',
    );
    expect(new Set(claims.map((c) => c.claimant.side))).toEqual(new Set(['RU']));
  });

  it('gives a "but that" clause to the speaker even when the first clause had no "that"', () => {
    expect(
      rows(
        run(
          'Gaiday said Russian forces were trying to encircle the city of Lysychansk but that Ukrainian forces still controlled the city.',
          '2022-06-20',
        ),
      ),
    ).toContainEqual(['Lysychansk', 'UA', 'CONTROL', 'UA', '2022-06-20']);
    expect(
      rows(run('Gaiday said Russian forces were attacking but that Ukrainian forces still controlled Lysychansk.', '2022-06-20')),
    ).toEqual([['Lysychansk', 'UA', 'CONTROL', 'UA', '2022-06-20']]);
  });

  it('gives a gain the outlet only passes on ("reportedly", "allegedly") to the side that gains', () => {
    expect(
      rows(
        run(
          'In a significant development, Russian forces have reportedly seized control of the settlement of Zelene Pole in the Donetsk region.',
          '2025-05-20',
        ),
      ),
    ).toEqual([['Zelene Pole', 'RU', 'CONTROL', 'RU', '2025-05-20']]);
    expect(
      rows(run('The Armed Forces of Ukraine allegedly withdrew from the village of Gornal in the Kursk region of Russia.', '2025-04-20')),
    ).toEqual([['Gornal', 'RU', 'CONTROL', 'RU', '2025-04-20']]);
    // Told without a hedge, or by a named source, it stays the outlet's or the source's.
    expect(rows(run('Russian forces have seized control of the settlement of Zelene Pole in the Donetsk region.', '2025-05-20'))).toEqual([
      ['Zelene Pole', 'NEUTRAL', 'CONTROL', 'RU', '2025-05-20'],
    ]);
    expect(rows(run('Russian forces have reportedly seized Zelene Pole, the Institute for the Study of War said.', '2025-05-20'))).toEqual([
      ['Zelene Pole', 'NEUTRAL', 'CONTROL', 'RU', '2025-05-20'],
    ]);
  });

  it('leaves a Ukrainian gain passed on with "reportedly" the outlet’s (Kyiv seldom announces its gains as it makes them)', () => {
    expect(
      rows(run('The Ukrainian army has reportedly liberated the village of Nyzhnia Zhuravka in the Kharkiv region.', '2022-10-03')),
    ).toEqual([['Nyzhnia Zhuravka', 'NEUTRAL', 'CONTROL', 'UA', '2022-10-03']]);
    // (A Russian gain passed on so relays Moscow's announcement, above.)
    expect(rows(run('Russian troops have reportedly taken Nyzhnia Zhuravka in the Kharkiv region.', '2022-10-03'))).toEqual([
      ['Nyzhnia Zhuravka', 'RU', 'CONTROL', 'RU', '2022-10-03'],
    ]);
  });

  it('gives a headline’s capture told in the present to the side that gains, as "reportedly" does', () => {
    expect(keys('Russian Forces Capture Stepove Village in Ukraine\n\nThe village lies north of Avdiivka.', '2025-03-17')).toEqual([
      ['Stepove', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(keys('Ukraine retakes Robotyne from Russia in counteroffensive\n\nThe village lies south of Orikhiv.', '2023-08-28')).toEqual([
      ['Robotyne', 'UA', 'CONTROL', 'UA'],
    ]);
    // (In the body, a capture told in the present stays the outlet's.)
    expect(keys('Sumy is quiet.\n\nRussian troops occupy the town of Sviatohirsk.', '2022-07-05')).toEqual([
      ['Sviatohirsk', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('knows the speaker after an inverted verb set after a dash, and a speaker described, not named', () => {
    expect(
      keys('Russian troops have entered the outskirts of Kupiansk - noted the spokesman of the Khortytsia grouping.', '2025-09-15'),
    ).toEqual([['Kupiansk', 'UA', 'CONTESTED', 'RU']]);
    // ("..., said the officer": a speaker of no side goes on for the side the story was quoting.)
    expect(
      keys(
        'Syrskyi said the situation near Huliaipole was difficult. Russian troops have entered the outskirts of Huliaipole, said the officer.',
        '2025-12-20',
      ),
    ).toEqual([['Huliaipole', 'UA', 'CONTESTED', 'RU']]);
    // ("..., Röpke notes": a name beyond ASCII is the subject of the verb after it, not the side before it.)
    expect(keys('The Ukrainian army recaptured several streets in Chasiv Yar, Röpke notes.', '2024-06-20')).not.toContainEqual([
      'Chasiv Yar',
      'UA',
      'CONTROL',
      'UA',
    ]);
  });

  it('gives a quote opened after "X’s claim" to the speaker of the verb before it, not to X', () => {
    expect(
      keys(
        'Serhiy Cherevatyi, spokesman for Ukraine’s eastern command, told AP that Prigozhin’s claim “is not true. Our units are fighting in Bakhmut.”',
        '2023-05-20',
      ),
    ).toEqual([['Bakhmut', 'UA', 'CONTESTED', null]]);
  });

  it('goes on with the speaker of a verb, not an actor it reports, after a participle ("The statement said ..., adding")', () => {
    expect(
      keys(
        '"Our defenders hold the city," the General Staff of the Ukrainian Armed Forces said on Facebook. The statement said that Russia conducted offensives in the area, adding it was also shelled. Marinka remains under Ukrainian control, it said.',
        '2023-03-30',
      ),
    ).toEqual([['Marinka', 'UA', 'CONTROL', 'UA']]);
  });

  it('tells the story’s background, dated months before it, in the outlet’s voice, not the speaker’s just quoted', () => {
    expect(
      rows(
        run('Zelensky said the troops were holding. In November 2022, Russian forces retreated from the city of Kherson.', '2025-03-04'),
      ),
    ).toEqual([['Kherson', 'NEUTRAL', 'CONTROL', 'UA', '2022-11']]);
    // (A report of last month goes on with the speaker.)
    expect(
      rows(run('Zelensky said the troops were holding. In February, Russian forces retreated from the city of Kherson.', '2025-03-04')),
    ).toEqual([['Kherson', 'UA', 'CONTROL', 'UA', '2025-02']]);
  });

  it('tells a retreat given as the time of something else ("comes days after X withdrew from") in the outlet’s voice', () => {
    const said = 'Ukraine’s military said its troops had repelled attacks near Bakhmut. ';
    expect(
      keys(
        `${said}The officials’ exit from Nova Kakhovka comes days after Russian forces withdrew from the regional capital of Kherson.`,
        '2022-11-20',
      ),
    ).toEqual([['Kherson', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(keys(`${said}Russian forces withdrew from the regional capital of Kherson.`, '2022-11-20')).toEqual([
      ['Kherson', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('ends a quote left open at a paragraph that opens with no quotation mark', () => {
    const open = 'Syrskyi said the situation was "not critical. The enemy achieved certain successes.';
    expect(keys(`${open}\n\nRussian troops have since captured the village of Novobakhmutivka.`, '2024-04-29')).toEqual([
      ['Novobakhmutivka', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(keys(`${open}\n\n"Russian troops have since captured the village of Novobakhmutivka.`, '2024-04-29')).toEqual([
      ['Novobakhmutivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('leaves what comes before ", with X saying" to its own teller: the participle reports only what follows it', () => {
    expect(
      keys('Russian troops advanced in Pokrovsk, with Ukraine’s army saying that fighting continues in the town.', '2024-04-29'),
    ).toEqual([
      ['Pokrovsk', 'NEUTRAL', 'CONTESTED', 'RU'],
      ['Pokrovsk', 'UA', 'CONTESTED', 'RU'],
    ]);
  });

  it('gives a participle after "with" its own subject, an official of no stated side too, and a president the story’s side', () => {
    expect(
      keys(
        'Ukraine’s General Staff said the city was being shelled. Russian troops continued to advance in Sievierodonetsk, with officials saying that Russian troops now control about half of the city.',
        '2022-05-31',
      ).filter((k) => k[2] === 'CONTROL'),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU']]);
    expect(
      keys('Syrskyi said the troops were holding. "There are difficult battles in Pokrovsk itself," the President said.', '2025-11-20'),
    ).toEqual([['Pokrovsk', 'UA', 'CONTESTED', null]]);
  });

  it('reads no speaker in "it is impossible to say": the speaker named where the quote closes says it', () => {
    expect(
      keys(
        '“The fighting is still going on, it is impossible to say the Russians completely control Sievierodonetsk,” the Luhansk governor Serhiy Haidai said.',
        '2022-06-10',
      ),
    ).toContainEqual(['Sievierodonetsk', 'UA', 'CONTESTED', null]);
  });

  it('knows the speaker after an inverted verb: a title with a place before his name, an apposition naming his body', () => {
    expect(keys('Russian forces entered Vovchansk, said Kharkiv Governor Petro Ivanenko.', '2024-05-15')).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(
      keys('Russian forces entered Vovchansk, said Petro Ivanenko, a spokesperson for Ukraine’s 24th Mechanized Brigade.', '2024-05-15'),
    ).toEqual([['Vovchansk', 'UA', 'CONTESTED', 'RU']]);
    expect(
      keys(
        'Village Bilohorivka has passed under the complete control of Ukraine’s Armed Forces, said the Luhansk region administration head Serhiy Haidai.',
        '2022-09-19',
      ),
    ).toEqual([['Bilohorivka', 'UA', 'CONTROL', 'UA']]);
    // A name no word gives a side is nobody's; never the subject of what he reports.
    expect(keys('Russian forces entered Vovchansk, said Petro Ivanenko.', '2024-05-15')).toEqual([
      ['Vovchansk', 'NEUTRAL', 'CONTESTED', 'RU'],
    ]);
    // ("Voloshyn, the spokesperson ..., told Interfax Ukraine": the one told is no speaker.)
    expect(
      keys(
        'Russian troops started storming Chasiv Yar, Nazar Voloshyn, the spokesperson for the Khortytsia group of forces, told Interfax Ukraine.',
        '2024-06-21',
      ),
    ).toEqual([['Chasiv Yar', 'UA', 'CONTESTED', 'RU']]);
  });

  it('knows the U.K. defence ministry spelled with dots as an observer', () => {
    expect(keys('Russian forces now likely control most of Marinka, the U.K. Defense Ministry reported.', '2023-12-05')).toEqual([
      ['Marinka', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
    expect(keys('Russian forces now likely control most of Marinka, the U.K.’s Defense Ministry said.', '2023-12-05')).toEqual([
      ['Marinka', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('never takes the wire of a dateline for the speaker of its first sentence', () => {
    expect(
      rows(
        run(
          'KYIV, May 8 (Reuters) - Ukrainian troops retreated from the eastern Ukrainian city of Popasna, the governor of Luhansk region said on Sunday.',
          '2022-05-08',
        ),
      ),
    ).toEqual([['Popasna', 'UA', 'CONTROL', 'RU', '2022-05-08']]);
  });

  it('gives a quote to the one an outlet "quoted as saying", when he has a side', () => {
    expect(
      rows(run('The BBC quoted a Ukrainian military spokesman as denying Lysychansk was under full Russian control.', '2022-07-03')),
    ).toEqual([['Lysychansk', 'UA', 'DENIAL', 'RU', '2022-07-03']]);
    expect(
      rows(
        run(
          'Russia’s state-run RIA news agency cited an official as saying Russian troops had entered the suburbs of Chasiv Yar.',
          '2024-04-05',
        ),
      ).map((r) => r[1]),
    ).toEqual(['RU']);
  });

  it('refers "the ministry" back to the ministry named before', () => {
    const body = [
      'Russia’s Defence Ministry said on Tuesday its forces were advancing in Donetsk region.',
      '',
      'Units of the Battlegroup Centre liberated the settlement of Novoselivka, the ministry said.',
    ].join('\n');
    expect(rows(run(body))).toEqual([['Novoselivka', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('gives a mayor or governor named by office alone the country of the places the sentence is about', () => {
    expect(rows(run('Russian forces are now in control of the city of Severodonetsk in eastern Ukraine, its mayor says.'))).toEqual([
      ['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('Russian troops were seen in the streets of Kherson, the mayor said.'))).toEqual([
      ['Kherson', 'UA', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('reads every verb of a denied statement as its maker’s claim, and "large sections of" as part of a place', () => {
    const claims = run(
      "Ukraine's military on Thursday dismissed statements by the chief of Russia's general staff that Moscow's forces had seized the city of Kupiansk and controlled large sections of the towns of Pokrovsk and Vovchansk.",
    );
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller, c.qualifier])).toEqual([
      ['Kupiansk', 'UA', 'DENIAL', 'RU', null],
      ['Kupiansk', 'RU', 'CONTROL', 'RU', null],
      ['Pokrovsk', 'RU', 'CONTROL', 'RU', 'partial'],
      ['Vovchansk', 'RU', 'CONTROL', 'RU', 'partial'],
    ]);
  });

  it('names no side gaining when both sides fight ("Ukrainian and Russian troops fought for control of X")', () => {
    expect(rows(run('Ukrainian and Russian troops fought street by street for control of Sievierodonetsk on Monday.'))).toEqual([
      ['Sievierodonetsk', 'NEUTRAL', 'CONTESTED', null, '2024-03-04'],
    ]);
  });

  it('gives a verb coordinated after ", and" the first clause’s subject', () => {
    expect(
      rows(run('Other pro-Russian bloggers gave similar accounts, and said that Russia was now in control of part of Selydove.')),
    ).toEqual([['Selydove', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('takes two capitalised words the gazetteer names for a place, not a person ("Chasiv Yar, according to DeepState")', () => {
    expect(rows(run('The Russian army now controls about 40% of Chasiv Yar, according to DeepState.'))).toEqual([
      ['Chasiv Yar', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('gives a headline the source it names before a colon, and nobody for a topic before a colon', () => {
    expect(rows(run('Zelensky: Ukrainian army controls the city of Sudzha in Russia'))).toEqual([
      ['Sudzha', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
    expect(rows(run('Fighting in Bakhmut: Russian forces advance into the city'))).toEqual([
      ['Bakhmut', 'NEUTRAL', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('reads no claim about a dateline’s city, a possessive place or a district named after a town', () => {
    expect(rows(run('KYIV, Ukraine: Ukraine said Saturday its forces had recaptured the town of Trostianets.')).map(([p]) => p)).toEqual([
      'Trostianets',
    ]);
    expect(rows(run('Ukraine says Russian forces have retreated from Luhansk’s Kreminna')).map(([p]) => p)).toEqual(['Kreminna']);
    expect(
      rows(run('Heavy clashes are going on around the town of Pisky, located in Pokrovsk district, the Ukrainian army said.')).map(
        ([p]) => p,
      ),
    ).toEqual(['Pisky']);
  });

  it('gives a passive report ("were reported") to the speaker after it', () => {
    expect(rows(run('Heavy clashes were reported around the town of Pisky, the Ukrainian army said.'))).toEqual([
      ['Pisky', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('reads no claim about a dateline (with an agency, or in capitals), a river, a direction or a place kilometres away', () => {
    const places = (body: string): string[] => rows(run(body)).map(([p]) => p);
    expect(places('MOSCOW (Reuters) - Russian forces have made a fast advance into the town of Selydove, Russian bloggers said.')).toEqual([
      'Selydove',
    ]);
    expect(places('MOSCOW: Russia said on Monday that its forces had taken Kurakhove.')).toEqual(['Kurakhove']);
    expect(
      places(
        'MOSCOW (UrduPoint News / Sputnik - 21st May, 2023) Ukrainian President Volodymyr Zelenskyy denied on Sunday that Russia had taken full control of Bakhmut.',
      ),
    ).toEqual(['Bakhmut']);
    expect(places('KHARKIV • Ukraine said its forces had recaptured Ruska Lozova north of the city.')).toEqual(['Ruska Lozova']);
    expect(places('Ukrainian troops have crossed the River Dnipro and made advances into Krynky, the army said.')).toEqual(['Krynky']);
    expect(places('Russian forces are advancing in the directions of Kupyansk and Lyman, the ministry said.')).toEqual([]);
    expect(places('Ukrainian forces are 20 kilometers away from Tokmak, breaching Russian defences, the army said.')).toEqual([]);
  });

  it('does not give the main clause to a speaker in a "where" clause after it', () => {
    const claims = run(
      'Fierce fighting also continued in neighbouring Myrnohrad, where Russia’s top general, Valery Gerasimov, said his forces now controlled more than 30 per cent of the town.',
    );
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller])).toEqual([
      ['Myrnohrad', 'NEUTRAL', 'CONTESTED', null],
      ['Myrnohrad', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads no claim about a place that names an office or a region that locates the village after it', () => {
    expect(rows(run('Ukraine troops retreat from Popasna, Luhansk governor confirms')).map(([p]) => p)).toEqual(['Popasna']);
    expect(
      rows(run('Ukraine’s Armed Forces take control of Luhansk region village Bilohorivka - local authorities')).map(([p]) => p),
    ).toEqual(['Bilohorivka']);
  });

  it('reads the bare old name a renamed capital no longer has as its region ("entered Dnipropetrovsk"), the new name as the city', () => {
    expect(rows(run('Russia first claimed in May that its troops had entered Dnipropetrovsk.')).map(([p]) => p)).toEqual([
      'Dnipropetrovsk Oblast',
    ]);
    expect(rows(run('Russia said its troops had entered Dnepropetrovsk.')).map(([p]) => p)).toEqual(['Dnipropetrovsk Oblast']);
    expect(rows(run('Russia said its troops entered Kharkov.')).map(([p]) => p)).toEqual(['Kharkiv']);
  });

  it('reads a republic’s acronym that acts or whose forces act as no place taken ("The DPR is mopping up"), its territory as one', () => {
    expect(rows(run('The DPR is mopping up the Kurdyumovka settlement, Pushilin said.')).map(([p]) => p)).toEqual(['Kurdiumivka']);
    expect(rows(run('Mariupol is completely liberated by the Allied Forces of Russia, DPR & LPR, Pushilin said.')).map(([p]) => p)).toEqual(
      ['Mariupol'],
    );
    expect(rows(run('Pushilin said that more than 50 percent of the territory of the DPR had been liberated.')).map(([p]) => p)).toEqual([
      'Donetsk Oblast',
    ]);
  });

  it('reads "the Dnipro" as the river, never the city', () => {
    expect(rows(run('Ukraine is also holding on to its bridgehead on the other side of the Dnipro, the ISW said.'))).toEqual([]);
    expect(rows(run('Russian forces entered Dnipro, the governor said.')).map(([p]) => p)).toEqual(['Dnipro']);
  });

  it('reads the places after an unnamed settlement taken as where it is, unless one is set off as its name', () => {
    expect(
      rows(run('Russia said on Thursday it captured another village in east Ukraine, closing in on the town of Kurakhove.')).map(
        ([p]) => p,
      ),
    ).toEqual([]);
    expect(rows(run('Russia on Monday claimed the capture of a village in the south of the eastern Donetsk region.'))).toEqual([]);
    expect(rows(run('Moscow also claimed to have captured a village inside Ukraine’s Sumy region, Novenke.')).map(([p]) => p)).toEqual([
      'Novenke',
    ]);
    expect(
      rows(run('Ukraine’s military also reports the recapture of a small city 70 miles northeast of Kherson, Vysokopillya.')).map(
        ([p]) => p,
      ),
    ).toEqual(['Vysokopillia']);
    expect(
      rows(run('Russian forces captured a village in the Kharkiv region, the ministry said, identifying it as Synkivka.')).map(([p]) => p),
    ).toEqual(['Synkivka']);
  });

  it('refers bare "bloggers" back to the bloggers named before, but not bare "troops"', () => {
    const body = [
      'Russian forces are storming four towns in eastern Ukraine, according to pro-Russian bloggers.',
      '',
      'Russian forces are fighting with Ukrainian troops in the towns of Selydove and Toretsk, according to posts by bloggers on Tuesday.',
    ].join('\n');
    expect(rows(run(body)).map(([place, side]) => [place, side])).toEqual([
      ['Selydove', 'RU'],
      ['Toretsk', 'RU'],
    ]);
    const troops = [
      'Russian forces are storming four towns in eastern Ukraine, according to pro-Russian troops.',
      '',
      'Russian forces are fighting in Selydove, according to posts by troops on Tuesday.',
    ].join('\n');
    expect(rows(run(troops)).map(([place, side]) => [place, side])).toEqual([['Selydove', 'NEUTRAL']]);
  });

  it('puts each village of a list in the region the sentence names, even when GeoNames knows only namesakes elsewhere', () => {
    const claims = run(
      'Russia’s Defence Ministry said on Tuesday its forces had captured the villages of Suvorove and Nikanorivka in Donetsk region.',
    );
    expect(claims.map((c) => [c.place.name, c.place.admin1])).toEqual([
      ['Suvorove', 'Donetsk Oblast'],
      ['Nikanorivka', 'Donetsk Oblast'],
    ]);
  });

  it('reads "almost completely occupied by" and "raised flags over" as control', () => {
    expect(rows(run('DeepState reported on Tuesday that Vuhledar was almost completely occupied by Russian forces.'))).toEqual([
      ['Vuhledar', 'UA', 'CONTROL', 'RU', '2024-03-05'],
    ]);
    expect(rows(run('Pro-Russian military bloggers claimed that Russian troops had raised flags over the centre of Vuhledar.'))).toEqual([
      ['Vuhledar', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('gives a quotation of several sentences to the speaker named where it closes, by a surname the story gave before', () => {
    // The sentence before names another speaker last (Ukraine): the quotation is still Petrenko's.
    expect(
      keys(
        'A Russian-installed official, Igor Petrenko, said battles were under way near Balakliia, a town that Ukraine said it had recaptured. "We do not control Balakliia. Our troops are being held back on the approaches," Petrenko said.',
      ),
    ).toEqual([
      ['Balakliia', 'UA', 'CONTROL', 'UA'],
      ['Balakliia', 'RU', 'CONTROL', 'UA'],
    ]);
  });

  it("gives an unnamed spokesman in a side's own media that side", () => {
    const body = "Ukraine's armed forces control around 70% of Vovchansk, according to a military spokesman.";
    const claims = read({ ...article(body), outlet: 'Ukrinform via MENAFN' });
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.claimant.name])).toEqual([['Vovchansk', 'UA', 'military spokesman']]);
    expect(rows(run(body))[0]![1]).toBe('NEUTRAL');
  });

  it('reads a name split by a zero-width space as the name; evidence, offsets and id stay those of the body as sent', () => {
    const body =
      'Russian forces captured the village of Myko\u200blaivka in Donetsk Oblast, the Russian Defence Ministry said on Saturday.';
    const claims = run(body);
    expect(claims.map((c) => c.place.name)).toEqual(['Mykolaivka']);
    for (const c of claims) expect(body.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(claims[0]!.evidence.text).toContain('Myko\u200blaivka');
    expect(claims[0]!.claimId).toBe(run(body.replace('\u200b', ''))[0]!.claimId);
  });

  it('reads a Cyrillic look-alike letter inside a Latin name as Latin; evidence and offsets stay those of the body as sent', () => {
    const body = 'The Russian military said its troops liberated the villages of Hryhorivk\u0430 and Vodyane.';
    const claims = run(body);
    expect(claims.map((c) => c.place.name)).toEqual(['Hryhorivka', 'Vodiane']);
    for (const c of claims) expect(body.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(claims[0]!.evidence.text).toContain('Hryhorivk\u0430');
  });

  it('takes the name after a title for the speaker who reports last ("reports the OSINT project DeepState")', () => {
    const claims = run('Russian forces have captured Yablunivka, reports the OSINT project DeepState.');
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller])).toEqual([['Yablunivka', 'UA', 'CONTROL', 'RU']]);
    expect(claims[0]!.claimant.name).toMatch(/DeepState/);
  });

  it('reads "Russians claim" as a people that claims, not as a Russian claim', () => {
    expect(keys('Russians claim they captured Lyptsi.')).toEqual([['Lyptsi', 'RU', 'CONTROL', 'RU']]);
  });

  it('gives a first person inside a quote to the speaker named where it closes, and reads "I do not confirm" as a denial', () => {
    expect(
      keys(
        '"I do not confirm the information that Russia entered the settlements of Stepove and Shcherbaky and took them under control," Voloshyn said.',
      ),
    ).toEqual([
      ['Stepove', 'UA', 'DENIAL', 'RU'],
      ['Shcherbaky', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(keys('The Ukrainian army does not confirm reports that Russian forces captured Stepove.')).toEqual([
      ['Stepove', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads a list of regions with a share each, a name joined to the one before sharing its region reading and share', () => {
    const claims = run(
      'Russia controls 19% of Ukraine, including all of Luhansk, more than 80% of Donetsk, about 75% of Kherson and Zaporizhzhia.',
    );
    expect(claims.map((c) => [c.place.name, c.controller, c.extent])).toEqual([
      ['Luhansk Oblast', 'RU', 1],
      ['Donetsk Oblast', 'RU', 0.8],
      ['Kherson Oblast', 'RU', 0.75],
      ['Zaporizhzhia Oblast', 'RU', 0.75],
    ]);
  });

  it('reads a place "along with" another as one list, and a place "declared fallen" as its declarer’s claim', () => {
    expect(keys("Russia's defence ministry announced the capture of Rodynske, along with Myrnohrad and two other villages.")).toEqual([
      ['Rodynske', 'RU', 'CONTROL', 'RU'],
      ['Myrnohrad', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rows(run('Russian officials declared Huliaipole fallen in late February, an assertion Ukrainian authorities rejected.')),
    ).toEqual([
      ['Huliaipole', 'RU', 'CONTROL', 'RU', '2024-02'],
      ['Huliaipole', 'UA', 'DENIAL', 'RU', '2024-02'],
    ]);
  });

  it('goes on with a reported "that" clause after a dash, and lets no goal word reach across the dash', () => {
    expect(
      keys(
        'Governor Oleh Hryhorov noted that the situation is difficult – fighting continues on the outskirts of the village of Vodolahy.',
      ),
    ).toEqual([['Vodolahy', 'UA', 'CONTESTED', null]]);
  });

  it('reads past scare quotes around an adverb, and "neither A nor B has fallen" as a denial for each', () => {
    expect(keys('Putin said the village of Krynky was “completely” under Russian control.')).toEqual([['Krynky', 'RU', 'CONTROL', 'RU']]);
    expect(
      keys('"Neither Balakleya nor Shevchenkovo have fallen under the control of Ukraine’s formations," the Russian official said.'),
    ).toEqual([
      ['Balakliia', 'RU', 'DENIAL', 'UA'],
      ['Shevchenkove', 'RU', 'DENIAL', 'UA'],
    ]);
  });

  it('denies an entry into a place as it denies its capture, and takes a sentence’s first word "Claims" for a noun', () => {
    expect(
      keys(
        "Claims that Russian troops have entered the village of Yunakivka are false, Ukraine's public broadcaster Suspilne reported, citing the Ukrainian Kursk military command.",
      ),
    ).toEqual([['Yunakivka', 'UA', 'DENIAL', 'RU']]);
    expect(keys('The Ukrainian army denied reports that Russian troops had entered Yunakivka.')).toEqual([
      ['Yunakivka', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(rows(run('The Ukrainian army denied that its troops were encircled in Yunakivka.'))).toEqual([]);
  });

  it('reads the places a dash announces after a count, and no place in a unit’s quoted name', () => {
    expect(
      keys(
        'Ukrainian officials have dismissed claims made by the Russian Operational-Tactical Group "Luhansk," that Russian forces have captured two cities in the Donetsk region — Chasiv Yar and Toretsk.',
      ),
    ).toEqual([
      ['Chasiv Yar', 'UA', 'DENIAL', 'RU'],
      ['Toretsk', 'UA', 'DENIAL', 'RU'],
      ['Chasiv Yar', 'RU', 'CONTROL', 'RU'],
      ['Toretsk', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "not only captured" as a capture, and gives "reports from Moscow-loyal milbloggers" to the milbloggers', () => {
    const claims = run(
      'Reports from Moscow-loyal milbloggers suggest that Russian forces have not only captured Avdiivka but also gained control of a rail yard.',
    );
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller, c.claimant.name])).toEqual([
      ['Avdiivka', 'RU', 'CONTROL', 'RU', 'Moscow-loyal milbloggers'],
    ]);
  });

  it('gives the local council or local authorities the country of the places the sentence names', () => {
    expect(
      keys('The Ukrainian military liberated the village of Borova, Kharkiv Oblast, on Oct. 3, according to the local council.'),
    ).toEqual([['Borova', 'UA', 'CONTROL', 'UA']]);
    expect(keys('Russian troops captured the village of Borova, Kharkiv Oblast, on Oct. 3, the local authorities said.')).toEqual([
      ['Borova', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('gives "information disseminated by Russians about" X to the Russians, and its denial to the speaker', () => {
    expect(
      keys(
        'Information disseminated by Russians about the alleged occupation of the villages of Ternuvate and Richne is untrue, Vladyslav Voloshyn told Interfax-Ukraine.',
      ),
    ).toEqual([
      ['Ternuvate', 'RU', 'CONTROL', 'RU'],
      ['Richne', 'RU', 'CONTROL', 'RU'],
      ['Ternuvate', 'UA', 'DENIAL', 'RU'],
      ['Richne', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads no claim about towns a road links, and "rebuffing" side statements as a denial of that side’s claim', () => {
    expect(
      rows(
        run(
          'Ukraine’s media reported that Kyselivka, located on a highway linking Kherson and Mykolaiv, has been captured by Ukrainian troops.',
        ),
      ).map((r) => r[0]),
    ).toEqual(['Kyselivka']);
    expect(
      keys(
        'The Ukrainian army said the situation remains tense while rebuffing Russian statements that Niu-York was under Moscow’s control.',
      ),
    ).toEqual([
      // LABELS.md: "Kremlin statements that ... had fallen are lies" is the Kremlin's claim and its denial.
      ['Niu-York', 'UA', 'DENIAL', 'RU'],
      ['Niu-York', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads a capture that statements are said to allege as the alleging side’s claim, not the speaker’s who reports them', () => {
    expect(rows(run('Ukrainian officials said Russian propaganda spread statements about the alleged capture of Krasnohorivka.'))).toEqual([
      ['Krasnohorivka', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    // With no side said to allege it, nobody's.
    expect(rows(run('Ukrainian officials said statements were spread about the alleged capture of Krasnohorivka.'))).toEqual([]);
    expect(
      rows(run('The alleged capture of Yunakivka in the Sumy region by Russian troops was reported by pro-Kremlin channels.')),
    ).toEqual([['Yunakivka', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
    expect(keys('Gerasimov reported to Putin the alleged capture of Kupiansk.')).toEqual([['Kupiansk', 'RU', 'CONTROL', 'RU']]);
  });

  it('reads no claim about a region glossed in brackets or named as an office’s, and reads a list of glossed names', () => {
    expect(
      keys('The town of Ukrainsk in the Donetsk People’s Republic (DPR) has been liberated recently, DPR head Denis Pushilin said.'),
    ).toEqual([['Ukrainsk', 'RU', 'CONTROL', 'RU']]);
    expect(
      rows(
        run("DPR's acting head Denis Pushilin stated that the settlement of Pavlovka in the Donetsk People's Republic had been liberated."),
      ).map((r) => r[0]),
    ).toEqual(['Pavlivka']);
    expect(
      rows(
        run(
          'Russia’s Defence Ministry announced the capture of Kolodyazi (Donetsk region) and Vorone (Dnipropetrovsk region) on Saturday.',
        ),
      ).map((r) => r[0]),
    ).toEqual(['Kolodiazi', 'Vorone']);
  });

  it('goes on with a list through ", and the small town of", and reads "the latest settlement to fall to" X as X’s', () => {
    expect(
      rows(run('Moscow claimed the capture of two nearby villages, Bohoiavlenka and Katerynivka, and the small town of Hirnyk.')).map(
        (r) => r[0],
      ),
    ).toEqual(['Bohoiavlenka', 'Katerynivka', 'Hirnyk']);
    expect(keys('Vuhledar, a town Ukrainian forces fought to keep, is the latest urban settlement to fall to the Russians.')).toEqual([
      ['Vuhledar', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('gives the side that encircles, in the active voice, the gain, and the side encircled, in the passive, the loss', () => {
    const r = (body: string): (string | null)[] => rows(run(body)).map((x) => x[3]);
    expect(r('Russian forces had encircled Ukrainian forces in Soledar, Prigozhin said.')).toEqual(['RU']);
    expect(r('Russian forces encircle the town of Myrnohrad, the Russian ministry said.')).toEqual(['RU']);
    expect(r('The Ukrainian army said it had encircled Russian troops in Kupiansk.')).toEqual(['UA']);
    expect(r('A Russian spokesman said that Ukrainian forces were "completely" surrounded in Lysychansk.')).toEqual(['RU']);
    expect(r('Gerasimov said the Ukrainian formations encircled in Myrnohrad were being destroyed.')).toEqual(['RU']);
  });

  it('takes "It also said" for the institution that spoke just before, and a name called "a village" in apposition for a place', () => {
    expect(
      keys(
        "Russia's Defence Ministry said its forces had captured the village of Stupochky. It also said it had taken control of Otradne, a village further west, and announced the capture of Loknya.",
      ),
    ).toEqual([
      ['Stupochky', 'RU', 'CONTROL', 'RU'],
      ['Otradne', 'RU', 'CONTROL', 'RU'],
      ['Loknia', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads a quoted "capture" of a place, and an unknown village after "a retreat from"', () => {
    expect(
      keys('The Armed Forces of Ukraine denied information about the Russian "capture" of Novodanylivka in Zaporizhzhia region.'),
    ).toEqual([['Novodanylivka', 'UA', 'DENIAL', 'RU']]);
    expect(keys('The Ukrainian military confirmed a retreat from Krokhmalne but said its loss has no strategic impact.')).toEqual([
      ['Krokhmalne', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('answers the claim told last with a denial of a claim, not with a denial of something else', () => {
    const story = (second: string): Row[number][][] =>
      keys(`Russia's Defence Ministry said on Monday its forces had captured Bakhmut. ${second}`);
    expect(story('The Kremlin denies any rift between Wagner and the army.')).toEqual([['Bakhmut', 'RU', 'CONTROL', 'RU']]);
    expect(story('Ukraine’s army denied the claim.')).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU'],
      ['Bakhmut', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(story('Ukraine’s armed forces deny the loss of the city, reporting ongoing battles.').map((r) => r[2])).toContain('DENIAL');
    expect(story('Ukraine’s military denied the village had changed hands.')).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU'],
      ['Bakhmut', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('takes no country of a place phrase for a speaker ("In eastern Ukraine, footage ... showed")', () => {
    expect(
      keys('In eastern Ukraine, footage identified by CNN showed Russian forces raising their flag over the village of Pobeda.'),
    ).toEqual([['Pobieda', 'NEUTRAL', 'CONTROL', 'RU']]);
  });

  it('finds no referent for "the village" in a story that has named only a city', () => {
    expect(
      rows(
        run(
          'The Kursk operation hit the authority of the Kremlin. A few hours after the counterattack, fighting was still going on in the village.',
        ),
      ),
    ).toEqual([]);
  });

  it('answers every place of the claim told last with a denial of "these claims", and one place with "the claim"', () => {
    const story = (second: string): string[][] =>
      rows(run(`Russia's Defence Ministry said on Monday its forces had captured Stupochky and Loknia. ${second}`))
        .filter((r) => r[2] === 'DENIAL')
        .map((r) => r.slice(0, 4) as string[]);
    expect(story('Ukraine’s military disputes these claims.')).toEqual([
      ['Stupochky', 'UA', 'DENIAL', 'RU'],
      ['Loknia', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(story('Ukraine’s army denied the claim about the second village.')).toEqual([['Loknia', 'UA', 'DENIAL', 'RU']]);
  });

  it('keeps the review’s counter-examples silent or right', () => {
    expect(rows(run('Full Russian control was established over Mariupol in May, Ukraine’s general staff said.'))).toEqual([]);
    expect(rows(run('Zelensky said he cannot say whether Soledar has fallen.'))).toEqual([]);
    expect(rows(run('Fighting is over for now in Robotyne, the Ukrainian commander said.'))).toEqual([]);
    expect(rows(run('Ukrainian forces are fighting to retain control of Bakhmut, the general staff said.'))).toEqual([]);
    expect(keys('An estimated 20,000 Russian troops captured Avdiivka, the Ukrainian general said.')).toEqual([
      ['Avdiivka', 'UA', 'CONTROL', 'RU'],
    ]);
    expect(keys('Ukrainian troops are holding the line at Bakhmut, the commander said.')).toEqual([['Bakhmut', 'UA', 'CONTROL', 'UA']]);
    expect(
      rows(run('The priority remains Kupiansk, where Ukrainian forces recaptured Kindrashivka, the commander said.')).map((r) => r[0]),
    ).toEqual(['Kindrashivka']);
    expect(
      rows(run('The local administration in occupied Melitopol said Russian troops still hold Vasylivka.')).map((r) => r[1]),
    ).not.toContain('UA');
  });

  it('reads no claim about a place a village lies "not far from", or artillery is moved "away from"', () => {
    expect(
      rows(run('Russian forces captured Marinka, pushing Ukrainian artillery away from Donetsk, the ministry in Moscow said.')).map(
        (r) => r[0],
      ),
    ).toEqual(['Marinka']);
    expect(
      rows(
        run(
          "A Ukrainian military spokesperson denied Russia's claims about the capture of Tabaivka, a Kharkiv Oblast village not far from Kupiansk.",
        ),
      ).map((r) => r[0]),
    ).toEqual(['Tabaivka', 'Tabaivka']);
  });

  it('takes the subject before a relative clause that the reporting verb closes, or the side the clause ties it to', () => {
    expect(
      keys(
        'Gerasimov, seated among top officers opposite Putin, who was also in military uniform, told the president that Russian forces had taken control of 70 percent of Pokrovsk.',
      ),
    ).toEqual([['Pokrovsk', 'RU', 'CONTROL', 'RU']]);
    expect(
      rows(run('The Vostok battalion, which had been stationed in the village, admitted on Telegram: "We lost Urozhaine."')).map((r) =>
        r.slice(1, 4),
      ),
    ).toEqual([['RU', 'CONTROL', 'UA']]);
    expect(keys('The Rebar channel, which is close to the Russian military, reported that Russian forces had captured Snagost.')).toEqual([
      ['Snagost', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the supplement’s front-line village over a namesake of its size when no neighbour is named', () => {
    expect(rows(run('"We lost Urozhaine," the Russian Vostok battalion admitted.')).map((r) => r[0])).toEqual(['Urozhaine']);
    expect(rows(run('Russian forces captured the village of Novenke on Tuesday, the ministry in Moscow said.')).map((r) => r[0])).toEqual([
      'Novenke',
    ]);
  });

  it('reads an area held in a region, given as a range or "of the area", as a claim about the region', () => {
    expect(keys('According to the Ukrainian army, Ukraine controls 900-1,300 square kilometers of territory in the Kursk region.')).toEqual(
      [['Kursk Oblast', 'UA', 'CONTROL', 'UA']],
    );
    expect(
      keys(
        '"Our troops have advanced 35 kilometers into the region of Kursk, controlling 1,150 square kilometers of the area," said Syrsky.',
      ),
    ).toEqual([['Kursk Oblast', 'UA', 'CONTROL', 'UA']]);
  });
});
describe('twelfth-session readings', () => {
  it('takes "the plant", "the island" for the facility the story named with that head noun, never a town', () => {
    expect(
      rows(
        run(
          'The Zaporizhzhia nuclear power plant lost power again, the IAEA said. The plant has been under Russian control since March 2022.',
          '2026-01-20',
        ),
      ),
    ).toEqual([['Zaporizhzhia Nuclear Power Plant', 'NEUTRAL', 'CONTROL', 'RU', '2026-01-20']]);
    expect(
      rows(
        run('Snake Island was shelled overnight. Ukraine’s military said the Russians fled the island in two speedboats.', '2022-06-30'),
      ),
    ).toEqual([['Snake Island', 'UA', 'CONTROL', 'UA', '2022-06-30']]);
    expect(rows(run('Russian troops captured Enerhodar, the mayor said. The plant lost power again.', '2022-03-04'))).toEqual([
      ['Enerhodar', 'UA', 'CONTROL', 'RU', '2022-03-04'],
    ]);
  });

  it('takes a bank of the Dnipro for the place a cue acts on, never when it locates another place or is another river’s', () => {
    expect(
      keys(
        'Russian military bloggers claimed that Ukrainian forces had been holding positions on the eastern bank of Kherson Oblast for several weeks.',
      ),
    ).toEqual([['Dnipro left bank', 'RU', 'CONTROL', 'UA']]);
    expect(
      keys('The ISW said Ukrainian forces took up positions on the left (eastern) bank of the Dnipro River in Kherson Oblast.'),
    ).toEqual([['Dnipro left bank', 'NEUTRAL', 'CONTROL', 'UA']]);
    expect(keys('Heavy fighting continues on the left bank of the Kherson region, the Ukrainian army said.')).toEqual([
      ['Dnipro left bank', 'UA', 'CONTESTED', null],
    ]);
    // A bare "left bank" is the Dnipro's in a story about Kherson.
    expect(
      keys('Kherson is shelled daily. Saldo said the entire floodplain of the left bank is being controlled by Russian forces.'),
    ).toEqual([['Dnipro left bank', 'RU', 'CONTROL', 'RU']]);
    expect(keys('Russian forces captured Krynky on the left bank of the Dnipro, the Russian Defence Ministry said.')).toEqual([
      ['Krynky', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(keys("Nova Kakhovka is a town under Russia's control on the eastern bank of the Dnieper River.")).not.toContainEqual(
      expect.arrayContaining(['Dnipro left bank']),
    );
    expect(keys('Ukrainian forces have pushed Russian troops from the right bank of the Oskil River, the Ukrainian army said.')).toEqual(
      [],
    );
    // Not a control denied, nor the Dnipro's banks away from Kherson; positions on a bank are a part of it.
    expect(keys('In Kherson, Russian forces have no control over the bridgehead on the left bank, the Ukrainian army said.')).toEqual([]);
    expect(keys('Ukrainian forces have taken up positions on the left bank of the Dnipro near Nikopol, the army said.')).toEqual([]);
    expect(
      run('Ukrainian forces have taken up positions on the left bank of the Dnipro in Kherson Oblast, the army said.').map((c) => [
        c.place.name,
        c.extent,
        c.qualifier,
      ]),
    ).toEqual([['Dnipro left bank', null, 'partial']]);
  });

  it('takes "the city" after a local office’s title for that office’s settlement, never a plant named before it', () => {
    expect(
      rows(run('The mayor of Sievierodonetsk on the east bank of the Siverskyi Donets said that Russian troops had occupied the city.')),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
    expect(
      rows(
        run('The Mayor of Slavutych, home to employees of the Chernobyl nuclear power plant, said that Russian troops have left the town.'),
      ).map(([p, , s, c]) => [p, s, c]),
    ).toEqual([['Slavutych', 'CONTROL', 'UA']]);
  });

  it('reads a region named by its noun first as a locator, and a dateline in capitals as no referent', () => {
    expect(
      rows(
        run(
          'The mayor of Severodonetsk in the eastern Ukrainian region of Luhansk has admitted that the city is now under full occupation by Russia.',
        ),
      ),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
    expect(
      rows(
        run(
          'MOSCOW (Reuters) - Russian forces have taken control of the first village in the Dnipropetrovsk region, Russian state media said.',
        ),
      ).map(([p]) => p),
    ).not.toContain('Moscow');
  });

  it('reads the places a count goes on to name, with or without commas, after a passive too', () => {
    expect(
      rows(
        run(
          'Russian forces took control of three towns in the Donetsk region including Svitlodarsk, regional governor Pavlo Kyrylenko said.',
        ),
      ),
    ).toEqual([['Svitlodarsk', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
    expect(
      rows(
        run(
          'More than 1,100 km of territory were freed, including several villages such as Staraya Sorochina and Martynovka, the Russian Defence Ministry said.',
        ),
      ).map(([p, s, , c]) => [p, s, c]),
    ).toEqual([
      ['Staraya Sorochina', 'RU', 'RU'],
      ['Martynovka', 'RU', 'RU'],
    ]);
    expect(
      rows(run('“The enemy controls the Sumy region’s Novenke, Basivka and Zhuravka villages,” the Ukrainian army said.')).map(
        ([p, s, , c]) => [p, s, c],
      ),
    ).toEqual([
      ['Novenke', 'UA', 'RU'],
      ['Basivka', 'UA', 'RU'],
      ['Zhuravka', 'UA', 'RU'],
    ]);
  });

  it('reads "the occupiers" as Russia’s forces outside a Russian speaker’s own words', () => {
    expect(
      rows(
        run(
          'On March 5, the Russian Ministry of Defense released a statement claiming that occupiers had taken control of the village of Tymkivka.',
        ),
      ),
    ).toEqual([['Tymkivka', 'RU', 'CONTROL', 'RU', '2024-03-05']]);
    // The enemy of whoever speaks, in a Ukrainian speaker's words.
    expect(rows(run('“The occupiers have left Tymkivka,” the Ukrainian army said.')).map(([, s, , c]) => [s, c])).toEqual([['UA', 'UA']]);
  });

  it('gives announcements about a capture to their makers, and reads "premature" as their denial', () => {
    expect(
      rows(
        run('But the Russians’ announcements about the fall of Kupyansk were a bit premature, Ukrainian spokesman Viktor Trehubov said.'),
      ),
    ).toEqual([['Kupiansk', 'UA', 'DENIAL', 'RU', '2024-03-06']]);
  });

  it('reads a share or a count of "the region" as of the region the story named last, a few sentences back', () => {
    expect(
      rows(
        run(
          'Fighting continues in the Luhansk region, the Ukrainian army said. Russian troops control 60% of the region, the Ukrainian army said.',
        ),
      ),
    ).toEqual([['Luhansk Oblast', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
    // Not when the sentence names its own region, nor long after the region was named.
    expect(
      rows(
        run(
          'Fighting continues in the Luhansk region. The army said on Monday. The army said on Tuesday. The army said again. The army said more. Russian troops control 60% of the region, the Ukrainian army said.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads "the region" as the region a sentence names only in an office title, or whose capital the story named since', () => {
    expect(
      keys(
        'Serhiy Haidai, the governor of Luhansk Oblast in eastern Ukraine, said on Sunday that only 10 percent of the region is controlled by Ukraine.',
      ),
    ).toEqual([['Luhansk Oblast', 'UA', 'CONTROL', 'UA']]);
    expect(
      keys(
        'Kherson was retaken by Ukrainian troops in 2022. Russian forces still control nearly 72% of the region, the Ukrainian army said.',
      ),
    ).toContainEqual(['Kherson Oblast', 'UA', 'CONTROL', 'RU']);
    // The region named last, when it was named after the capital.
    expect(
      keys(
        'Kherson was retaken by Ukrainian troops in 2022. Fighting goes on in the Zaporizhzhia region. Russian forces control 70% of the region, the Ukrainian army said.',
      ),
    ).toContainEqual(['Zaporizhzhia Oblast', 'UA', 'CONTROL', 'RU']);
    // A share of the territory in the region; "from the region" after a verb of ousting.
    expect(
      keys(
        'Fighting goes on in the Kursk region. Russian troops have regained control of about 64% of the territory in the region, the Russian military claimed.',
      ),
    ).toContainEqual(['Kursk Oblast', 'RU', 'CONTROL', 'RU']);
    expect(
      keys('Ukrainian forces advanced into Kursk in August. Russia said it had expelled Ukrainian troops from the region.'),
    ).toContainEqual(['Kursk Oblast', 'RU', 'CONTROL', 'RU']);
    // Not a capital named in passing since the region: the region named is still the one meant.
    expect(
      keys(
        'Russian forces are advancing in the Donetsk region. Zelensky met commanders in Kharkiv on Tuesday. Russia now controls about 60% of the region, he said.',
      ),
    ).toEqual([['Donetsk Oblast', 'UA', 'CONTROL', 'RU']]);
    // Not a region the sentence names as a target of its own.
    expect(
      keys('Fighting goes on in Kherson. Russian forces control 70% of the Zaporizhzhia region, the Ukrainian army said.').filter((r) =>
        r[0]?.endsWith('Oblast'),
      ),
    ).toEqual([['Zaporizhzhia Oblast', 'UA', 'CONTROL', 'RU']]);
  });

  it('reads a place a cue takes after "the" and an adjective or two, not a preposition’s object', () => {
    expect(keys('Ukrainian forces still control the neighbouring Novoselivka, the General Staff said.')).toEqual([
      ['Novoselivka', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(keys('Russian forces took the strategic Vuhledar, the Russian Defence Ministry said.')).toEqual([
      ['Vuhledar', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(keys('Russian forces control the road to Pokrovsk, the Russian Defence Ministry said.')).toEqual([]);
    // Only right after the cue: not a place later in its clause.
    expect(keys('Russian forces control every road into the besieged Avdiivka, the Ukrainian army said.')).toEqual([]);
    expect(keys('Russian forces took photographs in the occupied Mariupol, the Ukrainian army said.')).toEqual([]);
  });

  it('reads an area in km² as an area, not a place', () => {
    expect(keys('Syrskyi said Ukrainian troops control 1,000 km² in the Kursk region.', '2024-08-13')).toEqual([
      ['Kursk Oblast', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('reads Russian volunteer formations fighting for Ukraine as of its side', () => {
    expect(keys('Russian volunteers claimed to be in control of the village of Tiotkino in Kursk Oblast.', '2024-03-13')).toEqual([
      ['Tetkino', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(keys('The Legion of Freedom of Russia said it had captured the border village of Kozinka.', '2023-05-22')).toEqual([
      ['Kozinka', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('keeps a fight a relative clause tells after a capture of the same place', () => {
    const read = keys(
      'Russian forces have captured the village of Ocheretyne, where fierce fighting is happening, the Russian Defence Ministry said.',
    );
    expect(read).toContainEqual(['Ocheretyne', 'RU', 'CONTROL', 'RU']);
    expect(read.filter((r) => r[2] === 'CONTESTED').length).toBe(1);
  });

  it('gives a list that goes on from a counted capture to the sided source its own sentence names', () => {
    expect(
      rows(
        run(
          'Russian forces have captured four border villages in Kharkiv Oblast.\n\nAccording to Ukrainska Pravda’s information, these are the settlements of Strilecha and Pylna.',
        ),
      ).map(([p, s, , c]) => [p, s, c]),
    ).toEqual([
      ['Strilecha', 'UA', 'RU'],
      ['Pylna', 'UA', 'RU'],
    ]);
  });

  it('gives an unnamed mayor in a sentence naming no place the country of the place the story is about', () => {
    expect(rows(run('Russian troops entered Kherson on Tuesday. The mayor said Russian troops had taken the city.')).at(-1)).toEqual([
      'Kherson',
      'UA',
      'CONTROL',
      'RU',
      '2024-03-05',
    ]);
  });
});

describe('twentieth-session readings', () => {
  it('takes a region that ends the sentence after a settlement and a comma as where the settlement is', () => {
    expect(keys('Ukrainian troops withdrew from Stepnohirsk, Zaporizhzhia.')).toEqual([['Stepnohirsk', 'NEUTRAL', 'CONTROL', 'RU']]);
  });

  it('takes no place for "fighting continues" in the outlet’s own voice, only for a party who says it', () => {
    expect(keys('Russian troops entered Toretsk on Monday, the Ukrainian military said. Heavy fighting continues.')).toEqual([
      ['Toretsk', 'UA', 'CONTESTED', 'RU'],
    ]);
    expect(
      keys('Russian troops entered Toretsk on Monday, the Ukrainian military said. "Heavy fighting continues," Syrskyi said.'),
    ).toContainEqual(['Toretsk', 'UA', 'CONTESTED', null]);
  });

  it('reads fighting said to go on in a clause coordinated with one that names the place as fighting there', () => {
    expect(
      rows(run('The governor said Ukrainian forces control a third of Sievierodonetsk, and street fighting continues.')).map(
        ([p, , st]) => [p, st],
      ),
    ).toContainEqual(['Sievierodonetsk', 'CONTESTED']);
    // "while", "although", "as" join the clause too, and a speaker may say it goes on ("while X said that ...").
    expect(
      keys(
        'Russia said its troops had taken Kherson while Ukrainian President Volodymyr Zelenskyy’s office said that the fighting is still continuing.',
        '2022-03-03',
      ),
    ).toContainEqual(['Kherson', 'UA', 'CONTESTED', null]);
    expect(
      keys(
        'Wagner said its forces have taken complete control of Bakhmut after months of brutal fighting, but Kyiv’s military said fighting continues.',
        '2023-05-20',
      ),
    ).toContainEqual(['Bakhmut', 'UA', 'CONTESTED', null]);
    // (Not a relative clause's fighting, nor fighting nearby: "settlements where hostilities continue", "while
    // intense combat continues near Yablukove".)
    expect(
      keys(
        'The commander said Ukrainian troops had fully pulled back from Novomykolaivka, while intense combat continues near several other locations.',
        '2025-11-12',
      ),
    ).not.toContainEqual(['Novomykolaivka', 'UA', 'CONTESTED', null]);
  });

  it('dates the lede told in the outlet’s past tense by the story, and leaves undated background later on', () => {
    const body =
      "Russia's invasion force seized control of the shattered town of Vuhledar after Kyiv's troops withdrew.\n\nOfficials said the town had mattered for months. Russian troops seized Pavlivka.";
    expect(rows(run(body, '2024-10-02'))).toEqual([['Vuhledar', 'NEUTRAL', 'CONTROL', 'RU', '2024-10-02']]);
  });

  it('keeps undated past tense that goes on with the news ("managed to", "continuing", "in particular", "having taken ... are") and leaves plain background', () => {
    const lede = 'Fighting went on along the whole front on Tuesday, officials in the region said, as both armies pressed on.\n\n';
    for (const [sentence, place, controller] of [
      ['Ukrainian troops managed to retake the village of Pisky-Radkivski in the Kharkiv region.', 'Pisky-Radkivski', 'UA'],
      ['Ukrainian troops retook the town of Balakliia, continuing their push towards the Oskil River.', 'Balakliia', 'UA'],
      ['In particular, Russian forces took control of the village of Pavlivka south of Vuhledar.', 'Pavlivka', 'RU'],
      ['Having captured the town of Soledar, Russian troops are pressing on towards Siversk.', 'Soledar', 'RU'],
    ] as const)
      expect(rows(run(lede + sentence, '2024-10-02'))).toContainEqual([place, 'NEUTRAL', 'CONTROL', controller, '2024-10-02']);
    expect(rows(run(lede + 'Russian troops retook the village of Pavlivka.', '2024-10-02'))).toEqual([]);
    expect(rows(run(lede + 'Having captured the town of Soledar, Russian troops pressed on towards Siversk.', '2024-10-02'))).toEqual([]);
  });

  it('leaves the date of a long since-clause to that clause, not to the hold it measures', () => {
    expect(
      rows(
        run(
          'The town of Toretsk has been largely under Russian control since Ukrainian troops withdrew from its northern mining district in August.',
          '2025-01-10',
        ),
      ),
    ).toContainEqual(['Toretsk', 'NEUTRAL', 'CONTROL', 'RU', '2025-01-10']);
  });

  it('dates a speaker’s taking named with an earlier year ("the liberation of X in 2024") by the report, and drops it told as a verb', () => {
    expect(
      rows(run('Russian Defence Minister Andrei Belousov said the liberation of Avdiivka in 2024 had been a turning point.', '2025-01-15')),
    ).toEqual([['Avdiivka', 'RU', 'CONTROL', 'RU', '2025-01-15']]);
    expect(run('Russian Defence Minister Andrei Belousov said Russian troops liberated Avdiivka in 2024.', '2025-01-15')).toEqual([]);
  });

  it('leaves a date beyond another cue of the clause to that cue', () => {
    expect(
      rows(
        run(
          'In 2022, Russian forces took over the village of Terny for the first time, however, Ukrainian troops liberated it again in October 2022.',
          '2024-05-22',
        ),
      ),
    ).toEqual([['Terny', 'NEUTRAL', 'CONTROL', 'UA', '2022-10']]);
  });

  it('lets a reported "that" clause go on past a time phrase that opens it', () => {
    expect(
      rows(
        run('On Feb. 17, Oleksandr Syrskyi reported that after four months of intense fighting, Ukrainian forces withdrew from Avdiivka.'),
      ),
    ).toEqual([['Avdiivka', 'UA', 'CONTROL', 'RU', '2024-02-17']]);
  });

  it('gives a title that opens after a comma the side of the body it is of', () => {
    expect(
      rows(run('Severodonetsk is completely under Russian occupation, the head of the city military administration said.', '2022-06-25')),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2022-06-25']]);
  });

  it('reads an opening "as per" after a connective as the source of the sentence', () => {
    expect(rows(run('However, as per Ukraine, its troops are still advancing on the outskirts of Bakhmut.', '2023-05-22'))).toEqual([
      ['Bakhmut', 'UA', 'CONTESTED', 'UA', '2023-05-22'],
    ]);
  });

  it('reads fighting a denier goes on to report after a capital that speaks as fighting in the place denied', () => {
    expect(
      rows(
        run(
          'Wagner says they have captured the city of Soledar, but Kiev has rejected these claims saying the fighting is still going on.',
          '2023-01-12',
        ),
      ),
    ).toContainEqual(['Soledar', 'UA', 'CONTESTED', null, '2023-01-12']);
  });

  it('gives a denial whose words end on the claims it answers to its subject, not to the claims’ author', () => {
    expect(
      rows(
        run(
          'Ukrainian President Volodymyr Zelensky has contradicted claims by Russian President Vladimir Putin that Mariupol had fallen to the Russian military on Thursday.',
          '2022-04-22',
        ),
      ).map(([p, s, st, c]) => [p, s, st, c]),
    ).toEqual([['Mariupol', 'UA', 'DENIAL', 'RU']]);
  });

  it('reads the places a count "in Ukraine" goes on to name, and no region that only says where settlements are', () => {
    expect(
      rows(
        run(
          'Russia said Sunday its forces had captured two frontline villages in Ukraine, Andriivka in the eastern Lugansk region and Pishchane in the northeast Kharkiv region.',
        ),
      ).map(([p]) => p),
    ).toEqual(['Andriivka', 'Pishchane']);
    expect(rows(run("Ukraine's General Staff said Ukraine has liberated Donetsk Oblast's village of Andriivka.")).map(([p]) => p)).toEqual([
      'Andriivka',
    ]);
    expect(run('Russia claims capture of another Dnipropetrovsk Oblast village')).toEqual([]);
  });

  it('does not take the side of a gaining side from the words of an "according to" source', () => {
    expect(
      rows(
        run(
          'According to the commander of the Akhmat special forces, Apty Alaudinov, the fighting is going on in the eastern and southern parts of Artyomovsk.',
          '2023-01-20',
        ),
      ),
    ).toEqual([['Bakhmut', 'RU', 'CONTESTED', null, '2023-01-20']]);
  });
});

describe('twenty-first-session readings', () => {
  it('gives a body’s “its” forces the side of the body, not of the speaker', () => {
    expect(rows(run('Moscow has made steady gains since its forces captured Avdiivka in February, Ukrainian officials said.'))).toEqual([
      ['Avdiivka', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('reports a verb joined by a bare “and” to one a speaker reported without “that”', () => {
    expect(
      rows(run("Ukraine on Monday said its troops had broken through Russia's defences and liberated the small village of Robotyne.")),
    ).toEqual([['Robotyne', 'UA', 'CONTROL', 'UA', '2024-03-04']]);
  });

  it('gives a place those driven out of it lost to the other side', () => {
    expect(rows(run("Ukrainian troops have been driven out of Kurakhove, Russia's Defence Ministry said."))).toEqual([
      ['Kurakhove', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads “the regional capital of” as the city in a story about the region', () => {
    const body =
      "Russian-installed officials announced a referendum in the Zaporizhzhia Oblast.\n\nThe regional capital of Zaporizhzhia is still under Kyiv's control.";
    expect(rows(run(body))).toEqual([['Zaporizhzhia', 'NEUTRAL', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('dates a claim made “three months ago”, and reads no year in “May 25, 95 %”', () => {
    expect(
      rows(run('The Russian military declared three months ago that it had taken complete control of Bilohorivka, Reuters reported.')),
    ).toEqual([['Bilohorivka', 'RU', 'CONTROL', 'RU', '2023-12']]);
    expect(
      rows(run("Serhiy Haidai said that as of May 25, 95 % of Luhansk region's territory is under occupation.", '2022-05-27')),
    ).toEqual([['Luhansk Oblast', 'UA', 'CONTROL', 'RU', '2022-05-25']]);
    expect(rows(run("Russia's Defense Ministry had claimed its army retook Urozhaine several days ago.", '2024-07-18'))).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU', '2024-07-15'],
    ]);
  });

  it('dates a clause told as of now by the story, not by the date its paragraph told before', () => {
    const body =
      'In May, Russian forces crossed the border and attacked Vovchansk. Now, Vovchansk is fiercely contested between Kyiv and Moscow’s forces.';
    expect(rows(run(body, '2024-07-24')).filter((r) => r[2] === 'CONTESTED')).toEqual([
      ['Vovchansk', 'NEUTRAL', 'CONTESTED', null, '2024-07-24'],
    ]);
  });

  it('dates "the next day" from the day told before it, and "A day earlier," opening a sentence back from it', () => {
    const body =
      'On 26 April, the British Defense Ministry reported that Russian forces had entered Ocheretyne.\n\nThe next day, army spokesman Nazar Voloshyn said that the Ukrainian forces controlled two-thirds of the village of Soloviove.';
    expect(rows(run(body, '2024-05-02')).filter((r) => r[0] === 'Soloviove')).toEqual([['Soloviove', 'UA', 'CONTROL', 'UA', '2024-04-27']]);
    // (Counted back inside a report, the day is the event's, not the claim's.)
    expect(
      rows(
        run(
          'Ukraine claimed on Monday that it retook another village.\n\nThe Ukrainian General Staff said its forces recaptured the village of Novoekonomichne a day earlier.',
          '2025-09-02',
        ),
      ).map((r) => r[4]),
    ).not.toContain('2025-08-31');
  });

  it('dates a capture the lede dated, told again by the same side with no date, by the lede', () => {
    const body =
      'Russia said on Wednesday it had seized east Ukrainian settlements near the embattled town of Bakhmut.\n\n“In the Donetsk area, after offensive actions, Russian troops fully liberated the settlements of Bilogorivka and Pershe Travnya,” the defence ministry said.';
    expect(rows(run(body, '2022-12-01'))).toEqual([
      ['Bilohorivka', 'RU', 'CONTROL', 'RU', '2022-11-30'],
      ['Pershe Travnya', 'RU', 'CONTROL', 'RU', '2022-11-30'],
    ]);
  });

  it('leaves the claims a sentence is set against to their makers, and gives the rest to its own speaker', () => {
    expect(
      rows(
        run(
          "Yet contrary to claims by Russia's Defence Ministry, the Armed Forces of Ukraine still control the settlement of Bilohorivka, the Luhansk regional governor has reported.",
        ),
      ),
    ).toEqual([
      ['Bilohorivka', 'UA', 'DENIAL', 'RU', '2024-03-06'],
      ['Bilohorivka', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('reads no place in a list of the bodies whose forces hold a place', () => {
    expect(
      rows(run('Daniil Bezsonov said Siversk was under the control of the armed forces of the DPR, LPR and the Russian army.')),
    ).toEqual([['Siversk', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('lets a speaker after a comma report the clause before, whatever time clause follows', () => {
    expect(
      rows(
        run(
          "Russian forces have entered the outskirts of Toretsk, Ukraine's military said late on Monday, less than a week after the fall of Vuhledar.",
        ),
      ),
    ).toEqual([['Toretsk', 'UA', 'CONTESTED', 'RU', '2024-03-04']]);
  });

  it('reads a count of settlements liberated in a region named with a compass word as part of the region', () => {
    expect(
      rows(run("Ukraine's reintegration ministry said that some 502 settlements have been liberated in the northeast Kharkiv region.")),
    ).toEqual([['Kharkiv Oblast', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('reads the subject before a frame set off by commas as the agent, not the frame’s speaker', () => {
    expect(rows(run('Russian troops, the Ukrainian army said, have raised their flag in Pokrovsk.'))).toEqual([
      ['Pokrovsk', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('knows the AFU as Ukraine’s army, and a coast as no place claimed', () => {
    expect(rows(run('On March 1, the AFU left the village of Nevelske, Denis Pushilin said.'))).toEqual([
      ['Nevelske', 'RU', 'CONTROL', 'RU', '2024-03-01'],
    ]);
    expect(
      rows(run("Ukraine's military intelligence said it had regained control of the Boyko drilling platforms off the coast of Crimea.")),
    ).toEqual([]);
  });
});

describe('twenty-second-session readings', () => {
  it('reads “the northern part” of a clause that names no place as part of the place named before it', () => {
    expect(
      rows(
        run(
          'The Russian Defence Ministry said the southern part of Robotyne is under the control of Russian forces, while the northern part remains under Ukrainian control.',
        ),
      ),
    ).toEqual([
      ['Robotyne', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Robotyne', 'RU', 'CONTROL', 'UA', '2024-03-06'],
    ]);
  });

  it('reads a taking told in the progressive passive as still under way', () => {
    expect(rows(run('"Marinka is being gradually liberated," Denis Pushilin said.'))).toEqual([
      ['Marinka', 'RU', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('reads a side driven out of a place only in part as losing ground there', () => {
    expect(rows(run('Ukraine’s General Staff said Russian troops had been partially driven out of Vovchansk.'))).toEqual([
      ['Vovchansk', 'UA', 'CONTESTED', 'UA', '2024-03-06'],
    ]);
  });

  it('knows an inverted speaker followed by the body or region he is of', () => {
    expect(
      rows(
        run(
          'Russian troops had reached the centre of Vuhledar, a town that had resisted Russian assaults since Moscow’s invasion, said the regional governor of Ukraine’s Donetsk region on Tuesday.',
        ),
      ),
    ).toEqual([['Vuhledar', 'UA', 'CONTESTED', 'RU', '2024-03-05']]);
  });

  it('gives sources of two sides joined before one noun the first side, and a joined subject its first member', () => {
    expect(rows(run('Russian and Ukrainian sources reported continued fighting in Vovchansk on Monday.'))).toEqual([
      ['Vovchansk', 'RU', 'CONTESTED', null, '2024-03-04'],
    ]);
    expect(
      run('Hanna Maliar and other Ukrainian and Russian sources reported that Ukrainian forces had liberated Makarivka.').map(
        (c) => c.claimant.name,
      ),
    ).toEqual(['Hanna Maliar']);
  });

  it('lets a trailing speaker report the clause before a time clause whose verb takes no place', () => {
    expect(
      rows(
        run(
          "Ukrainian forces took control of Piatykhatky, Russia's local occupation administration claimed on Sunday, as Kyiv continues to take the initiative on the battlefield.",
        ),
      ),
    ).toEqual([['Piatykhatky', 'RU', 'CONTROL', 'UA', '2024-03-03']]);
  });

  it('gives an official “with” a sided body that body’s side, and reads a provincial capital after a compass word as a landmark', () => {
    expect(
      rows(
        run(
          "An official with the Russian-backed Donetsk People's Republic said Pisky, 10km northwest of the provincial capital Donetsk, was under the control of Russian forces.",
        ),
      ),
    ).toEqual([['Pisky', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('gives a report to the one a relative “who” stands for, named before it with his title', () => {
    expect(
      rows(
        run(
          "The statement follows comments by Valentyn Manko, commander of Ukraine's Assault Forces, who said the Ukrainian military had cleared the villages of Solodke and Rivnopillia.",
          '2025-11-11',
        ),
      ),
    ).toEqual([
      ['Solodke', 'UA', 'CONTROL', 'UA', '2025-11-11'],
      ['Rivnopillia', 'UA', 'CONTROL', 'UA', '2025-11-11'],
    ]);
  });

  it('gives a report to those a restrictive “who” stands for, named right before it without a comma', () => {
    expect(
      rows(
        run(
          'The agency reported, citing Ukrainian officials who said that the village of Ocheretyne had been taken by Russian troops.',
          '2024-05-12',
        ),
      ),
    ).toEqual([['Ocheretyne', 'UA', 'CONTROL', 'RU', '2024-05-12']]);
  });

  it('gives a group “from” a country that country’s side, and reads “the rest” as the rest of the place named before', () => {
    expect(rows(run('Governor Alexander Bogomaz said that a sabotage group from Ukraine entered the village of Lyubechane.'))).toEqual([
      ['Lyubechane', 'RU', 'CONTESTED', 'UA', '2024-03-06'],
    ]);
    expect(
      rows(
        run(
          'According to the Russian Defence Ministry, Ukrainian forces hold only half of Toretsk, while the rest has been captured by Russian troops.',
        ),
      ),
    ).toEqual([
      ['Toretsk', 'RU', 'CONTROL', 'UA', '2024-03-06'],
      ['Toretsk', 'RU', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('gives a report that cites a side’s source to that source, and a closing “according to” every clause before it', () => {
    expect(rows(run('Fighting continues in Sudzha, Reuters reported, citing Commander-in-Chief Oleksandr Syrskyi.'))).toEqual([
      ['Sudzha', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
    expect(
      run(
        'Russian troops have captured Kurakhove, whereas Ukrainian units are considering withdrawing from the town, according to Ukrainian media.',
      ).map((c) => [c.claimant.name, c.claimant.side]),
    ).toEqual([['Ukrainian media', 'UA']]);
  });

  it('reads “recalled that” as a report, and “according to his report” as the report of the person just named', () => {
    expect(
      rows(
        run(
          'Yan Gagin, an adviser to the DPR head, spoke to reporters. He recalled that Russian forces control about 90 percent of Bakhmut.',
        ),
      ),
    ).toEqual([['Bakhmut', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
    expect(
      rows(
        run(
          'Valery Gerasimov briefed the president on Wednesday. According to his report, Russian forces have secured control of 74% of the Zaporizhzhia region.',
        ),
      ),
    ).toEqual([['Zaporizhzhia Oblast', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });
});

describe('twenty-third-session readings', () => {
  it('dates a paragraph by its sentences, not by a date inside a relative clause', () => {
    expect(
      rows(
        run(
          'Sumy region is opposite Russia’s Kursk region, where Ukrainian forces launched a large cross-border incursion last August. Moscow says Ukrainian troops have been ousted from Kursk, but Kyiv says its forces are still active there.',
          '2025-05-27',
        ),
      ).filter(([, side, stance]) => side === 'RU' && stance === 'CONTROL'),
    ).toEqual([['Kursk Oblast', 'RU', 'CONTROL', 'RU', '2025-05-27']]);
  });

  it('dates a claim told "last May" (the month, not the modal verb)', () => {
    expect(rows(run('Russian forces seized Bakhmut last May, the Ukrainian army said.', '2024-02-17'))).toEqual([
      ['Bakhmut', 'UA', 'CONTROL', 'RU', '2023-05'],
    ]);
  });

  it('claims a share of a region named in a list with other places, and a share of "the neighbouring" region', () => {
    expect(
      rows(
        run(
          'While Russia has expressed willingness to negotiate peace, it demands Ukraine withdraw from all four occupied regions, which President Putin claims are now officially part of Russia. Ukraine and its allies have rejected these terms as unacceptable.\nCurrently, Russia controls Crimea, nearly all of Luhansk, over 70% of Donetsk, and parts of Kharkiv.',
        ),
      )
        .filter(([, side]) => side === 'NEUTRAL')
        .map(([p]) => p),
    ).toEqual(['Crimea', 'Luhansk Oblast', 'Donetsk Oblast', 'Kharkiv Oblast']);
    expect(
      rows(
        run('Currently, Russia controls approximately 75% of Donetsk and 99% of the neighboring Luhansk region, together known as Donbas.'),
      ).map(([p]) => p),
    ).toEqual(['Donetsk Oblast', 'Luhansk Oblast']);
  });

  it('reads a share of the country and the shares of regions it lists, past an aside and a plural region noun', () => {
    expect(
      rows(
        run(
          'Russia currently controls around one-fifth of Ukraine, including Crimea, which it annexed in 2014, about 90% of Donbas, roughly three-quarters of the Zaporizhzhia and Kherson regions, and small parts of the Kharkiv and Sumy regions, according to Russian estimates.',
        ),
      ).map(([p]) => p),
    ).toEqual(['Crimea', 'Donbas', 'Zaporizhzhia Oblast', 'Kherson Oblast', 'Kharkiv Oblast', 'Sumy Oblast']);
  });

  it('counts settlements taken in "the border region of" a region as part of that region', () => {
    expect(
      rows(
        run(
          'Ukrainian troops have taken control of 100 settlements in Russia’s border region of Kursk, according to Ukraine’s commander-in-chief, Oleksandr Syrskyi.',
        ),
      ),
    ).toEqual([['Kursk Oblast', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('knows a group of forces whose name is quoted, or called a "military group"', () => {
    expect(
      rows(run('The ‘Zapad’ military group captured Kucherivka and Kurylivka in the Kharkiv region, the ministry said on Tuesday.')),
    ).toEqual([
      ['Kucherivka', 'RU', 'CONTROL', 'RU', '2024-03-05'],
      ['Kurylivka', 'RU', 'CONTROL', 'RU', '2024-03-05'],
    ]);
  });

  it('reads the speaker’s own unit pushed out of a place as the place lost', () => {
    expect(rows(run('His battalion was pushed out of the village of Urozhaine in the Donetsk region, a Ukrainian officer said.'))).toEqual([
      ['Urozhaine', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads "according to her" as the report of the woman just named', () => {
    expect(
      rows(
        run(
          'Deputy Defence Minister Hanna Maliar said on Monday that the offensive continues. Thus, according to her, during two weeks of offensive actions, the units of the Tavria grouping liberated 8 settlements: Novodarivka, Levadne.',
          '2023-06-20',
        ),
      ),
    ).toEqual([
      ['Novodarivka', 'UA', 'CONTROL', 'UA', '2023-06-19'],
      ['Levadne', 'UA', 'CONTROL', 'UA', '2023-06-19'],
    ]);
    expect(
      run(
        'Deputy Defence Minister Hanna Maliar said on Monday that the offensive continues. Thus, according to her, Ukrainian troops liberated Novodarivka.',
        '2023-06-20',
      ).map((c) => c.claimant.name),
    ).toEqual(['Hanna Maliar']);
  });

  it('gives "the local governor" the side of the town, not of a capital named as a government', () => {
    expect(
      rows(
        run(
          'The industrial hub of Severodonetsk has become a key target for Moscow, and the local governor said that 80 per cent of the city was now under Russian control.',
        ),
      ),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-06']]);
  });

  it('reads a share of "the city" across an aside set off by two dashes', () => {
    expect(
      rows(
        run(
          'Russian forces pressed their assault on Sievierodonetsk, the governor said on Monday. He said 70% of the small industrial city – now the focus of one of the bloodiest battles of the war – was under Russian control.',
        ),
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-04']]);
  });

  it('takes "the city" for the place the story is about, not a landmark or a title’s region the sentence before named', () => {
    expect(
      new Set(
        rows(
          run(
            'Hundreds of civilians remain trapped in the eastern city of Soledar. Ukraine said its troops were holding on despite Russian forces focusing their efforts on the city, close to the key city of Bakhmut. Wagner said its forces had taken control of the city.',
          ),
        ).map(([place]) => place),
      ),
    ).toEqual(new Set(['Soledar']));
    expect(
      rows(
        run(
          'Ukrainian forces launched a counteroffensive in Sievierodonetsk. Luhansk regional Governor Serhiy Haidai spoke to the RBC-Ukraine outlet. "Our forces now again control only the outskirts of the city," Haidai said.',
        ),
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([['Sievierodonetsk', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('takes "the village" after a particle or a preposition for the place referred to, not control an infinitive aims at', () => {
    expect(
      rows(
        run(
          'Russian troops occupied Pryvillia in the spring. In a swift counteroffensive this month, Ukrainian forces took back the village.',
        ),
      ),
    ).toEqual([['Pryvillia', 'NEUTRAL', 'CONTROL', 'UA', '2024-03']]);
    expect(
      rows(
        run(
          'Russian troops stormed Kurakhove in October. A Ukrainian spokesman said efforts were under way to retake full control of the town.',
        ),
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([]);
  });

  it('takes "Lysychansk’s sister city Sievierodonetsk" for Sievierodonetsk', () => {
    expect(rows(run('Ukraine said on Friday its troops were withdrawing from Lysychansk’s sister city Sievierodonetsk.'))).toEqual([
      ['Sievierodonetsk', 'UA', 'CONTROL', 'RU', '2024-03-01'],
    ]);
  });

  it('takes a share or the whole of a regional capital’s "area" for its region', () => {
    expect(
      rows(run('Russia’s defence ministry on Tuesday said its forces had liberated the entire Kherson area in the south of Ukraine.')),
    ).toEqual([['Kherson Oblast', 'RU', 'CONTROL', 'RU', '2024-03-05']]);
    expect(rows(run('Russian troops have taken parts of the Zaporizhzhia and Mykolaiv areas, the British ministry said.'))).toEqual([
      ['Zaporizhzhia Oblast', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
      ['Mykolaiv Oblast', 'NEUTRAL', 'CONTROL', 'RU', '2024-03-06'],
    ]);
  });

  it('reads an occupation told as a state ("is temporarily occupied") as a claim, "in temporarily occupied X" as none', () => {
    expect(rows(run('More than 90% of Luhansk oblast is temporarily occupied by Russia, the Ukrainian governor said.'))).toEqual([
      ['Luhansk Oblast', 'UA', 'CONTROL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('A drone struck a depot in temporarily occupied Melitopol, the Ukrainian army said.'))).toEqual([]);
    expect(rows(run('Ukraine shelled temporarily occupied Donetsk, the Russian-installed mayor said.'))).toEqual([]);
  });

  it('counts settlements taken in a region named before the verb, past a place in an office’s title', () => {
    expect(
      rows(
        run(
          'In the Kherson region Ukrainian defenders de-occupied 46 settlements, said acting head of the Kherson regional military administration Dmitry Butriy.',
        ),
      ),
    ).toEqual([['Kherson Oblast', 'UA', 'CONTROL', 'UA', '2024-03-06']]);
  });

  it('reads "this is not the case" as a denial, and "street fights are continuing" as fighting', () => {
    expect(
      rows(
        run(
          'Russia says it has captured Sievierodonetsk. "This is not the case," the Ukrainian governor said. The street fights are continuing, he said.',
        ),
      ),
    ).toEqual([
      ['Sievierodonetsk', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Sievierodonetsk', 'UA', 'DENIAL', 'RU', '2024-03-06'],
      ['Sievierodonetsk', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('reads what is left of a ruined town, and a way out that is lacking, as no withdrawal', () => {
    expect(rows(run('The footage shows that there is nothing left of the village of Krynky, the Ukrainian army said.'))).toEqual([]);
    expect(rows(run('Haidai said there was now "no possibility to leave Severodonetsk".'))).toEqual([]);
  });

  it('reads an accusation of lies about a claimed victory as a denial of it', () => {
    expect(rows(run('Hayday accused the Russians of using “lies and propaganda” in claiming victory in Severodonetsk.'))).toEqual([
      ['Sievierodonetsk', 'UA', 'DENIAL', 'RU', '2024-03-06'],
    ]);
    expect(rows(run('Kyiv accused Russia of lying about the strike on Kramatorsk.'))).toEqual([]);
  });

  it('reads fighting "there" as in the place the story is about, and a square named after a village as no village', () => {
    expect(
      rows(
        run(
          'Russia says it has taken Bakhmut. Maliar referred to a monument in Druzhba Square. "As of now, there is fighting there," she said.',
        ),
      ),
    ).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU', '2024-03-06'],
      ['Bakhmut', 'UA', 'CONTESTED', null, '2024-03-06'],
    ]);
  });

  it('reads a contest told of a place after "which" as about that place', () => {
    expect(
      rows(
        run(
          'British intelligence notes that Russia’s focus in the area is the town of Dvorichna, which is being fought for by Russian and Ukrainian forces.',
        ),
      ).map(([place, , stance]) => [place, stance]),
    ).toEqual([['Dvorichna', 'CONTESTED']]);
  });
});

describe('twenty-fourth-session readings', () => {
  it('reads "Quote from X :" as X speaking the quote', () => {
    expect(
      rows(
        run(
          'Andrii Kovalenko rejected claims that the Russians had captured Vovchansk.\nQuote from Kovalenko : "As of now, part of Vovchansk is under the control of Ukraine\'s defence forces."',
          '2025-12-02',
        ),
      ).filter(([, , stance]) => stance === 'CONTROL'),
    ).toEqual([['Vovchansk', 'UA', 'CONTROL', 'UA', '2025-12-02']]);
  });

  it('reads a town "surrounded by the enemy" as gained by the speaker\'s enemy', () => {
    expect(rows(run('"Chernihiv has been operationally surrounded by the enemy," Governor Viacheslav Chaus said.'))).toEqual([
      ['Chernihiv', 'UA', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('dates a since-clause by its own date, and the rest of the sentence without it', () => {
    expect(
      rows(
        run(
          'The fall of Avdiivka is Russia’s biggest gain since it captured the city of Bakhmut in May 2023, the Ukrainian army said.',
          '2024-02-19',
        ),
      ).filter(([place]) => place === 'Avdiivka'),
    ).toEqual([['Avdiivka', 'UA', 'CONTROL', 'RU', '2024-02-19']]);
    expect(
      rows(
        run(
          'It is the most significant territorial gain for Russian forces since they seized the eastern city of Bakhmut last May and comes ahead of the second anniversary of the start of the invasion.',
          '2024-02-17',
        ),
      ),
    ).toEqual([['Bakhmut', 'NEUTRAL', 'CONTROL', 'RU', '2023-05']]);
  });

  it('dates every clause of a sentence by the date that opens it', () => {
    expect(
      rows(
        run(
          'On January 21, 2024, the Armed Forces of Ukraine announced that the Ukrainian military had withdrawn from the village of Krokhmalne, and the Russians had entered the deserted village.',
          '2024-01-27',
        ),
      ).map(([place, , stance, , date]) => [place, stance, date]),
    ).toEqual([
      ['Krokhmalne', 'CONTROL', '2024-01-21'],
      ['Krokhmalne', 'CONTESTED', '2024-01-21'],
    ]);
  });

  it('reads fighting "for the liberation of" a place as the fighting side gaining', () => {
    expect(rows(run('Marochko emphasized that Russian servicemen "continue to fight for the liberation of Makeyevka."'))).toEqual([
      ['Makiivka', 'RU', 'CONTESTED', 'RU', '2024-03-06'],
    ]);
  });

  it('reads a denial of "the villages" as of each place the sentences before named', () => {
    expect(
      rows(
        run(
          "Russian forces now occupy the villages of Zaporizke and Novoheorhiivka, according to DeepState. Moscow's defence ministry had previously reported capturing both villages.\n\nUkraine's military on Tuesday dismissed reports that Russian troops had occupied the villages as false.",
          '2025-08-26',
        ),
      ).filter(([, , stance]) => stance === 'DENIAL'),
    ).toEqual([
      ['Zaporizke', 'UA', 'DENIAL', 'RU', '2025-08-26'],
      ['Novoheorhiivka', 'UA', 'DENIAL', 'RU', '2025-08-26'],
    ]);
  });

  it('reads words that name no place as about the places named after "referring to"', () => {
    expect(
      rows(
        run(
          '"Russians have entered (there) and are attempting to establish a foothold," Ukrainian military spokesperson Viktor Trehubov told Reuters, referring to Zaporizke and Novoheorhiivka.',
          '2025-08-26',
        ),
      ),
    ).toEqual([
      ['Zaporizke', 'UA', 'CONTESTED', 'RU', '2025-08-26'],
      ['Novoheorhiivka', 'UA', 'CONTESTED', 'RU', '2025-08-26'],
    ]);
  });

  it('reads a side’s hold said as the predicate ("is Ukrainian-held"), not before a noun', () => {
    expect(rows(run('The town of Siversk is still Ukrainian-held, the governor said.'))).toEqual([
      ['Siversk', 'UA', 'CONTROL', 'UA', '2024-03-06'],
    ]);
    expect(rows(run('The Ukrainian-held town of Siversk was shelled overnight, the governor said.'))).toEqual([]);
  });

  it('reads "a contested city" as contested, and "U.S." as the United States in a speaker\'s title', () => {
    expect(
      rows(run('A senior U.S. defense official said Wednesday that “Kherson is very much a contested city at this point.”', '2022-03-03')),
    ).toEqual([['Kherson', 'NEUTRAL', 'CONTESTED', null, '2022-03-02']]);
  });

  it('reads troops "edged out of" a place as expelled, and the person a body’s title ends on as the speaker', () => {
    expect(
      rows(run('Russian forces have edged Ukrainian troops out of the refractory plant in Chasov Yar, Russia’s defence ministry said.')),
    ).toEqual([['Chasiv Yar', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
    expect(
      rows(
        run(
          'The liberation of Volchansk by the Russian army is the result of preparatory work, said head of the Kharkov Regional State Administration Vitaly Ganchev.',
        ),
      ),
    ).toEqual([['Vovchansk', 'RU', 'CONTROL', 'RU', '2024-03-06']]);
  });
});

describe('twenty-fifth-session readings', () => {
  it('reads a passive in a relative clause that opens on a speaker ("which Kadyrov claimed was captured") as the speaker’s claim about the place the clause hangs on', () => {
    expect(
      rows(
        run(
          'The village of Ryzhivka (Sumy Oblast), which Chechen leader Ramzan Kadyrov claimed was captured on 9 June, is under the control of Ukrainian forces.',
          '2024-06-10',
        ),
      ),
    ).toContainEqual(['Ryzhivka', 'RU', 'CONTROL', 'RU', '2024-06-09']);
  });

  it('reads a region before a comma as no person ("Dnipropetrovsk Oblast, the settlement of X fell under Russian control")', () => {
    expect(
      keys(
        'The Russian Defence Ministry said its forces had taken Varvarivka. In Dnipropetrovsk Oblast, the settlement of Ostapivske fell under Russian control, the ministry said.',
      ),
    ).toContainEqual(['Ostapivske', 'RU', 'CONTROL', 'RU']);
  });

  it('does not take the Russian Federation for the "he" who closes a quotation', () => {
    expect(
      keys(
        'The head of the Kharkiv Oblast Military Administration, Oleh Syniehubov, said Ukrainian defenders reached the border. “The enemy flees into the territory of the Russian Federation. Yesterday, the Russians left the settlements of Velykyi Burluk and Dvorichna. Our defenders reached the state border,” he said.',
        '2022-09-12',
      ),
    ).toEqual([
      ['Velykyi Burluk', 'UA', 'CONTROL', 'UA'],
      ['Dvorichna', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('gives a quotation of several sentences closed by "it added" to the body quoted last, not the country it named', () => {
    expect(
      keys(
        'Ukraine’s General Staff said Russia conducted unsuccessful offensives near Bakhmut. It said Russia shelled Chasiv Yar and Toretsk. "The enemy is concentrating its main efforts on offensive actions. The settlements of Bilohorivka, Avdiivka and Marinka remain at the epicenter of hostilities. Units of the Defense Forces of Ukraine repelled 48 enemy attacks," it added.',
        '2023-03-30',
      ),
    ).toEqual([
      ['Bilohorivka', 'UA', 'CONTESTED', null],
      ['Avdiivka', 'UA', 'CONTESTED', null],
      ['Marinka', 'UA', 'CONTESTED', null],
    ]);
  });

  it('denies no one’s control when the statements denied tell only of an encirclement or a blockade', () => {
    expect(
      rows(
        run(
          'On October 30, Commander Oleksandr Syrskyi dismissed Russia’s loud statements about the supposed "blockade" of Ukrainian forces in Pokrovsk and Kupiansk.',
        ),
      ),
    ).toEqual([]);
    expect(
      rows(
        run(
          'Statements by Vladimir Putin about the alleged encirclement of Ukrainian troops in Kupyansk and Pokrovsk are not true, Ukraine’s General Staff said.',
        ),
      ).filter((r) => r[2] === 'DENIAL'),
    ).toEqual([]);
    expect(keys('Ukraine’s military denied that Russian forces had encircled and captured Soledar.')).toContainEqual([
      'Soledar',
      'UA',
      'DENIAL',
      'RU',
    ]);
  });

  it('reads a list that repeats its preposition ("withdrew from A and from B") as one list', () => {
    expect(keys('Ukrainian troops withdrew from Berdychi and from Novomykhailivka, General Syrskyi said.')).toEqual([
      ['Berdychi', 'UA', 'CONTROL', 'RU'],
      ['Novomykhailivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('reads no place taken in people captured defending it, moved to it, or positions taken in it', () => {
    expect(rows(run('The youngest defender was captured during the defense of Mariupol in April 2022, the ombudsman said.'))).toEqual([]);
    expect(rows(run('Most of the residents were taken to Belgorod, the governor said.'))).toEqual([]);
    expect(rows(run('More advantageous positions have been occupied in Kupyansk, the Russian Ministry of Defense said.'))).toEqual([]);
    expect(rows(run('It is clear that Russia is going to take Kupyansk, the expert Andrey Marochko said.'))).toEqual([]);
  });
});

describe('twenty-sixth-session readings', () => {
  it('reads the subject of a verb of saying past an adverb ("Russia repeatedly said")', () => {
    expect(
      keys(
        'Ukrainian spokesman Pavlo Kyrylenko denied the town had fallen. Kyrylenko’s comments came after Russia repeatedly said its forces had taken control of Soledar.',
        '2023-01-14',
      ),
    ).toContainEqual(['Soledar', 'RU', 'CONTROL', 'RU']);
  });

  it('gives a verb of saying coordinated after "and" the clause’s subject, not the owner of the first verb’s object', () => {
    const read = keys('Kyiv dismissed Russia’s announcement and said "severe fighting" was ongoing in Soledar.', '2023-01-14');
    expect(read).toContainEqual(['Soledar', 'UA', 'CONTESTED', null]);
    expect(read.filter((r) => r[1] === 'RU')).toEqual([]);
  });

  it('reads "the enemy’s propaganda statements that" as the enemy’s claim, and "pretending to" hold a place as a denial', () => {
    expect(
      keys(
        '"The enemy suffered losses and retreated, despite the enemy’s propaganda statements that they had allegedly captured Soledar," Syrskyi said.',
        '2023-01-09',
      ),
    ).toContainEqual(['Soledar', 'RU', 'CONTROL', 'RU']);
    expect(
      keys(
        'Trehubov said it is funny to watch the statements of the Russian Ministry of Defense, because the enemy is pretending to maintain control over Kupyansk.',
        '2025-12-10',
      ),
    ).toContainEqual(['Kupiansk', 'UA', 'DENIAL', 'RU']);
  });

  it('reads "countering Russian claims that" a place was captured as a denial of them', () => {
    expect(
      keys(
        'Ukraine’s Air Assault Forces said the fighting goes on, countering Russian claims that Pokrovsk had been captured.',
        '2025-12-06',
      ),
    ).toContainEqual(['Pokrovsk', 'UA', 'DENIAL', 'RU']);
  });

  it('reads a list of shares on past an item’s relative clause and a share joined by "with"', () => {
    expect(
      rows(
        run(
          'Russia currently controls 19.2 per cent of Ukraine, including Crimea, which it annexed in 2014, Luhansk, more than 80 per cent of Donetsk, about 75 per cent of Kherson and Zaporizhzhia.',
          '2025-12-09',
        ),
      ).map((r) => r[0]),
    ).toEqual(['Crimea', 'Luhansk Oblast', 'Donetsk Oblast', 'Kherson Oblast', 'Zaporizhzhia Oblast']);
    expect(
      rows(
        run('But Russia now controls around 75 per cent of the Donetsk region, with up to 99 per cent of next-door Luhansk.', '2025-12-23'),
      ).map((r) => r[0]),
    ).toEqual(['Donetsk Oblast', 'Luhansk Oblast']);
  });

  it('reads a claim reported with a denial after it ("even though Kiev denies this") as the reporter’s, and the denial as the denier’s', () => {
    const read = keys(
      'Russian forces had practically taken control of the city of Kupyansk by November 4, even though Kiev denies this, Russian President Vladimir Putin said.',
      '2025-11-21',
    );
    expect(read).toContainEqual(['Kupiansk', 'RU', 'CONTROL', 'RU']);
    expect(read).toContainEqual(['Kupiansk', 'UA', 'DENIAL', 'RU']);
    expect(read).not.toContainEqual(['Kupiansk', 'UA', 'CONTROL', 'RU']);
  });

  it('reads a place a relative clause says "has been taken over", and no settlement only located on a town’s outskirts', () => {
    expect(
      rows(
        run(
          'Yan Gagin, a military expert from the DPR, reported that up to 500 Ukrainian service members may still be in Soledar, which has been taken over by Russian forces.',
          '2023-01-24',
        ),
      ).map((r) => [r[0], r[2], r[3]]),
    ).toContainEqual(['Soledar', 'CONTROL', 'RU']);
    expect(
      rows(run('The Russian defense ministry says its troops have seized a settlement on the outskirts of Severodonetsk.', '2022-06-20')),
    ).toEqual([]);
  });

  it('keeps fighting told in a clause of its own after a hold ("is under the control of ..., and fighting is taking place there")', () => {
    const read = rows(
      run(
        'Dachne is under the control of the Ukrainian Defence Forces, and active fighting is taking place there, the spokesman said.',
        '2025-07-10',
      ),
    ).map((r) => [r[0], r[2], r[3]]);
    expect(read).toContainEqual(['Dachne', 'CONTROL', 'UA']);
    expect(read.filter((r) => r[1] === 'CONTESTED').length).toBe(1);
    expect(rows(run('Russian forces captured Soledar in heavy fighting, the ministry said.', '2023-01-13')).map((r) => r[2])).toEqual([
      'CONTROL',
    ]);
  });

  it('reads a withdrawal from "the regional center of" a place', () => {
    expect(
      keys('The Ukrainian Defense Forces have left the regional center of Sudzha in Kursk region, the General Staff said.', '2025-03-15'),
    ).toEqual([['Sudzha', 'UA', 'CONTROL', 'RU']]);
  });

  it('gives a ministry of no stated side whose report tells a side’s forces "liberated" a place that side, whoever spoke before', () => {
    expect(
      keys(
        'Ukraine’s General Staff said its forces repelled attacks near Avdiivka. Earlier, the Ministry of Defense stated that Russian troops liberated the village of Lastochkino.',
        '2024-02-27',
      ),
    ).toContainEqual(['Lastochkyne', 'RU', 'CONTROL', 'RU']);
  });
});

describe('forces without a side word of their own', () => {
  it('reads “the Armed Forces” and “its army” as the speaker’s own, not those the story named last', () => {
    expect(
      keys(
        'Russian Armed Forces shelled the border. Ukraine’s commander-in-chief said that the Armed Forces controlled about 1,000 square kilometres in the Kursk region.',
      ),
    ).toContainEqual(['Kursk Oblast', 'UA', 'CONTROL', 'UA']);
    // "The army" goes on about the army the story named last, whoever speaks.
    expect(
      keys(
        "Russia's army has been pushing towards Pokrovsk for months. The army captured Novohrodivka on Monday, Ukraine's General Staff said.",
      ),
    ).toEqual([['Novohrodivka', 'UA', 'CONTROL', 'RU']]);
  });

  it('gives infiltrators no side names the other side of whoever speaks, and their hunters the gain', () => {
    expect(
      keys('Sabotage and reconnaissance groups have infiltrated the village of Novaya Tavolzhanka, Governor Vyacheslav Gladkov said.'),
    ).toEqual([['Novaya Tavolzhanka', 'RU', 'CONTESTED', 'UA']]);
    expect(keys('“A sabotage group came in, there is combat in Novaya Tavolzhanka,” Governor Vyacheslav Gladkov said.')).toEqual([
      ['Novaya Tavolzhanka', 'RU', 'CONTESTED', 'UA'],
    ]);
    expect(
      keys(
        'Operations to locate and eliminate enemy sabotage and reconnaissance groups that infiltrated Kupiansk are ongoing, the Ukrainian General Staff said.',
      ),
    ).toEqual([['Kupiansk', 'UA', 'CONTESTED', 'UA']]);
  });
});

describe('which place an anaphor or a gloss names', () => {
  it('reads "It is one of the parts of REGION that remain under" as the place of that region the story is about', () => {
    expect(
      keys(
        'Russian marines landed on the Kinburn Spit again this week. It is one of the last parts of Ukraine’s Mykolaiv Oblast that remain under Russian occupation.',
      ),
    ).toContainEqual(['Kinburn Spit', 'NEUTRAL', 'CONTROL', 'RU']);
    // A region that is itself the subject stays the region.
    expect(keys('Much of the Kherson region has been in Russian control since the early weeks of the invasion.')).toEqual([
      ['Kherson Oblast', 'NEUTRAL', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "the capital" between a city named before and the cue as Kyiv, but not "the regional capital"', () => {
    expect(
      keys(
        'As shelling hit Kharkiv, the city council in Kyiv, 480 km to the west, said the capital remained under the control of Ukrainian forces.',
        '2022-02-26',
      ),
    ).toEqual([['Kyiv', 'UA', 'CONTROL', 'UA']]);
    expect(
      keys(
        'Russian armour was seen near Kharkiv. The second city lies some 480 km east of the capital, which, according to city officials, remains under the control of Ukrainian forces.',
        '2022-02-26',
      ).map((k) => k[0]),
    ).toEqual(['Kyiv']);
    expect(
      keys(
        'Russian forces pushed into Kherson. The regional capital remains under the control of Ukrainian troops, the mayor said.',
        '2022-03-01',
      ),
    ).not.toContainEqual(['Kyiv', 'UA', 'CONTROL', 'UA']);
  });

  it('does not take "the town" or "this settlement" for a city of a million the story named', () => {
    expect(
      keys(
        'Russian troops crossed the border north of Kharkiv and stormed Vovchansk. Kharkiv was shelled again overnight. The town remains contested, with Ukrainian forces repelling most assaults.',
        '2024-05-15',
      ),
    ).toContainEqual(['Vovchansk', 'NEUTRAL', 'CONTESTED', null]);
    // "the city" is no region the story named beside it (the Donbas).
    expect(
      keys(
        'The industrial hub of Sievierodonetsk in Luhansk, part of the Donbas, is Moscow’s main target, and the governor said 70 percent of the city was under Russian control.',
        '2022-06-01',
      ),
    ).toContainEqual(['Sievierodonetsk', 'UA', 'CONTROL', 'RU']);
  });

  it('reads a place glossed "known in Ukraine as" by the name its gloss gives', () => {
    expect(
      keys(
        'Russian forces have taken the Kirove settlement, known in Ukraine as Verezamske, in the Donetsk region, the ministry said.',
        '2024-08-17',
      ),
    ).toEqual([['Verezamske', 'RU', 'CONTROL', 'RU']]);
    expect(keys('Russia said it captured Kirove, which Ukraine calls Verezamske.', '2024-08-17')).toEqual([
      ['Verezamske', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads "the eastern Donetsk villages of A and B" as the villages, not the region', () => {
    expect(
      keys('Ukrainian troops have withdrawn from the eastern Donetsk villages of Uspenivka and Kurakhivka, officials said.', '2024-12-20'),
    ).toEqual([
      ['Uspenivka', 'UA', 'CONTROL', 'RU'],
      ['Kurakhivka', 'UA', 'CONTROL', 'RU'],
    ]);
  });
});

describe('a withdrawal told after a speaker', () => {
  it('gives it to the speaker in the same paragraph, or in a paragraph that goes on from his words', () => {
    expect(
      keys(
        'Ukraine’s president said the army had retaken 30 settlements in the Kharkiv region. The Russian army also withdrew from Izium.',
      ),
    ).toContainEqual(['Izium', 'UA', 'CONTROL', 'UA']);
    expect(
      keys(
        'Ukraine’s president said the army had retaken 30 settlements in the Kharkiv region.\n\nThus, on Sunday, the Russian army withdrew from Izium.',
      ),
    ).toContainEqual(['Izium', 'UA', 'CONTROL', 'UA']);
  });

  it('gives a loss of the speaker’s own side, told in the next paragraph, to the speaker', () => {
    expect(
      keys('The pro-Kremlin war blogger Rybar said the situation had become critical.\n\nThe village of Radkivka has been lost.'),
    ).toContainEqual(['Radkivka', 'RU', 'CONTROL', 'UA']);
  });

  it('gives the other side’s retreat, in a new paragraph of narration, to the outlet', () => {
    expect(
      keys('Ukraine’s president said the army had retaken 30 settlements in the Kharkiv region.\n\nThe Russian army withdrew from Izium.'),
    ).toContainEqual(['Izium', 'NEUTRAL', 'CONTROL', 'UA']);
  });
});
