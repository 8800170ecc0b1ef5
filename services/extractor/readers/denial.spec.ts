import { rowsOf } from './testing.js';

describe('the denial reader', () => {
  it('denies "the city" the story is about, not a place whose defence an apposition names', () => {
    expect(
      rowsOf(
        'Russian forces were storming Pisky, the governor said. Ukrainian officials denied that the heavily fortified city, key to Donetsk’s defense, had fallen.',
      ),
    ).toEqual([
      ['Pisky', 'UA', 'CONTESTED', 'RU'],
      ['Pisky', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('denies the named side’s last claim when it names no place ("denied Russia’s claims")', () => {
    expect(
      rowsOf(
        'Russia’s Defence Ministry said on Tuesday its forces had captured Tabaivka. Ukrainian officials denied Russia’s claims with Volodymyr Fito, a spokesman for the country’s ground forces, saying on national television that clashes have been taking place not far from Tabaivka.',
      ),
    ).toContainEqual(['Tabaivka', 'UA', 'DENIAL', 'RU']);
  });

  it('does not take the denier’s own claim, told after ", saying", for the one it denies', () => {
    expect(
      rowsOf(
        'Russian media reported that Russia had occupied Bohdanivka. Ukraine’s Defence Ministry refuted the reports, saying the village remains under the control of Ukraine’s forces.',
      ),
    ).toContainEqual(['Bohdanivka', 'UA', 'DENIAL', 'RU']);
  });

  it('takes the place a denied claim refers back to with "it"', () => {
    expect(
      rowsOf(
        'Ukraine’s military said its forces remained in control of Siversk, dismissing a statement by Russian commanders that its troops had seized it.',
      ),
    ).toContainEqual(['Siversk', 'UA', 'DENIAL', 'RU']);
  });

  it('denies the claim told before it when its object points back ("disputed this", "contradicted the claim")', () => {
    expect(
      rowsOf(
        'Wagner said its fighters had captured Soledar on Friday, although Kyiv disputed this, saying it still held parts of the town.',
      ),
    ).toEqual([
      ['Soledar', 'RU', 'CONTROL', 'RU'],
      ['Soledar', 'UA', 'DENIAL', 'RU'],
      ['Soledar', 'UA', 'CONTROL', 'UA'],
    ]);
    expect(
      rowsOf(
        'Russia said on Monday its troops had seized Siversk. Ukraine’s General Staff immediately contradicted the claim, saying most of Siversk remained under Ukrainian control.',
      ),
    ).toEqual([
      ['Siversk', 'RU', 'CONTROL', 'RU'],
      ['Siversk', 'UA', 'DENIAL', 'RU'],
      ['Siversk', 'UA', 'CONTROL', 'UA'],
    ]);
  });

  it('denies the claim that follows it, and reads that claim as its maker’s', () => {
    expect(
      rowsOf('Ukraine’s General Staff denied claims made by the Russian Defence Ministry that Russian forces had seized Orikhiv.'),
    ).toEqual([
      ['Orikhiv', 'UA', 'DENIAL', 'RU'],
      ['Orikhiv', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('reads the claim it denies as its maker’s when a side’s statement names it ("denied Russia’s claim of capturing X")', () => {
    expect(rowsOf("Ukrainian officials have denied Russia's claim of capturing Maryinka.")).toEqual([
      ['Marinka', 'UA', 'DENIAL', 'RU'],
      ['Marinka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes the side of the claims it names ("claims in Russian media about the alleged capture")', () => {
    expect(rowsOf('A Ukrainian military spokesman refuted claims in Russian media about the alleged capture of Velyka Novosilka.')).toEqual(
      [['Velyka Novosilka', 'UA', 'DENIAL', 'RU']],
    );
  });

  it('denies the other side’s control when nobody is named as taking the place', () => {
    expect(rowsOf('Ukrainian officials denied claims about the capture of Vremivka.')).toEqual([['Vremivka', 'UA', 'DENIAL', 'RU']]);
    expect(rowsOf('Ukraine: Kiev military denies Russian capture of Pokrovsk')).toEqual([['Pokrovsk', 'UA', 'DENIAL', 'RU']]);
  });

  it('denies a withdrawal as the control it would give the other side', () => {
    expect(rowsOf('Ukraine denied that its troops had withdrawn from Vremivka.')).toEqual([['Vremivka', 'UA', 'DENIAL', 'RU']]);
    expect(rowsOf('Russia denied that Ukraine had retaken Vremivka.')).toEqual([['Vremivka', 'RU', 'DENIAL', 'UA']]);
  });

  it('denies the claim told before it ("the claim was untrue", "This is not true")', () => {
    expect(
      rowsOf(
        'Russia said on Monday its forces had captured Tabaivka.\n\n"This is not true," Ukrainian army spokesman Volodymyr Fityo said.',
      ),
    ).toEqual([
      ['Tabaivka', 'RU', 'CONTROL', 'RU'],
      ['Tabaivka', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads a negated capture as a denial of the other side’s control', () => {
    expect(rowsOf('Bakhmut has not fallen, Ukraine’s defence ministry said.')).toEqual([['Bakhmut', 'UA', 'DENIAL', 'RU']]);
  });

  it('is no denial when the speaker would neither confirm nor deny', () => {
    expect(rowsOf('Russia said it had taken Tabaivka. The Kremlin spokesman would neither confirm nor deny the report.')).toEqual([
      ['Tabaivka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('gives a denial of "the Wagner claim" to whoever calls it fake, not to the claim’s maker', () => {
    expect(
      rowsOf(
        'Yevgeny Prigozhin said his fighters had captured Bakhmut. Ukraine’s deputy defence minister called the Wagner claim “a funny fake.”',
      ),
    ).toEqual([
      ['Bakhmut', 'RU', 'CONTROL', 'RU'],
      ['Bakhmut', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(rowsOf('Kadyrov said his men had taken Marinka. Kadyrov’s claim is false, the Ukrainian army said.')).toContainEqual([
      'Marinka',
      'UA',
      'DENIAL',
      'RU',
    ]);
  });

  it('reads "denied its forces had been pushed out of X" as a denial of the other side’s control', () => {
    expect(rowsOf('A day later, Russia denied its forces had been pushed out of Andriivka.')).toEqual([
      ['Andriivka', 'RU', 'DENIAL', 'UA'],
    ]);
  });

  it('reads a fronted "untrue are statements that ..." as a denial of each place the statement names', () => {
    expect(
      rowsOf(
        '"Also untrue are statements suggesting that 80% of Vovchansk has been captured and 70% of the city of Pokrovsk," the Ukrainian General Staff said.',
      ),
    ).toEqual([
      ['Vovchansk', 'UA', 'DENIAL', 'RU'],
      ['Pokrovsk', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads "called Russian reports about the capture of X an information operation" as Russia’s claim and its denial', () => {
    expect(rowsOf('Ukraine’s General Staff called Russian reports about the capture of Kupiansk an information operation.')).toEqual([
      ['Kupiansk', 'RU', 'CONTROL', 'RU'],
      ['Kupiansk', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads a place after which a relative clause denies as a place, not a person', () => {
    expect(rowsOf('Russia claimed to have captured Chasiv Yar, which Ukraine denied.')).toEqual([
      ['Chasiv Yar', 'RU', 'CONTROL', 'RU'],
      ['Chasiv Yar', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('lets an observer deny ("Russia does not fully control Bakhmut", a US spokesman said), but never the outlet', () => {
    expect(rowsOf('John Kirby, a US National Security Council spokesperson, said that Russia does not fully control Bakhmut.')).toEqual([
      ['Bakhmut', 'NEUTRAL', 'DENIAL', 'RU'],
    ]);
    expect(rowsOf('Russia does not fully control Bakhmut.')).toEqual([]);
  });

  it('reads "the Russians are lying about capturing X" and "statements ... do not correspond to reality" as denials', () => {
    expect(rowsOf('The Russians are lying about capturing the city of Pokrovsk, Syrskyi said.')).toEqual([
      ['Pokrovsk', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(rowsOf('Trehubov said Russian statements about capturing Vilcha do not correspond to reality.')).toEqual([
      ['Vilcha', 'RU', 'CONTROL', 'RU'],
      ['Vilcha', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads a side saying "we do not control X" as conceding X, not denying anyone’s control', () => {
    expect(
      rowsOf(
        '"We do not control Balakliya. Attempts are being made to dislodge the Ukrainian forces," Russian-installed official Vitaly Ganchev said.',
      ),
    ).toEqual([['Balakliia', 'RU', 'CONTROL', 'UA']]);
  });

  it('denies a side’s claim that names no place, for the place the story is about', () => {
    expect(
      rowsOf('Russian forces entered Velyka Novosilka on Monday, the ministry said. DeepState disputed Russian claims of full control.'),
    ).toEqual([
      ['Velyka Novosilka', 'RU', 'CONTESTED', 'RU'],
      ['Velyka Novosilka', 'UA', 'DENIAL', 'RU'],
      ['Velyka Novosilka', 'RU', 'CONTROL', 'RU'],
    ]);
  });

  it('takes no unit’s name for a place it denies a capture of', () => {
    expect(
      rowsOf(
        "The 14th Brigade of the National Guard of Ukraine Chervona Kalyna has refuted the Russian occupiers' fake report about the capture of the village of Rodynske, the brigade said on Monday.",
      ),
    ).toEqual([['Rodynske', 'UA', 'DENIAL', 'RU']]);
  });

  it('denies a negated taking of its object, not the places of a clause set off after it', () => {
    expect(
      rowsOf(
        'Russian forces have not yet been able to fully capture the city of Soledar, despite fake statements by Russian sources on the city falling and the nearby city of Bakhmut risking encirclement, the ISW said.',
      ).filter(([, , stance]) => stance === 'DENIAL'),
    ).toEqual([['Soledar', 'NEUTRAL', 'DENIAL', 'RU']]);
    expect(
      rowsOf(
        'John Kirby, chief U.S. National Security Council spokesperson, said on Jan. 18 that Russia does not fully control Bakhmut or neighboring Soledar, despite Russian claims.',
        '2023-01-20',
      ),
    ).toEqual([
      ['Bakhmut', 'NEUTRAL', 'DENIAL', 'RU'],
      ['Soledar', 'NEUTRAL', 'DENIAL', 'RU'],
    ]);
  });

  it('denies every taking the denied statement tells, not only the first', () => {
    expect(
      rowsOf(
        '"I do not confirm the information that Russia entered the settlements of Stepove and Shcherbaky and took them under control," the Ukrainian spokesman Voloshyn said.',
      ),
    ).toEqual([
      ['Stepove', 'UA', 'DENIAL', 'RU'],
      ['Shcherbaky', 'UA', 'DENIAL', 'RU'],
    ]);
  });

  it('reads a claim labelled propaganda as denied, and a side’s account of a capture as its claim', () => {
    expect(
      rowsOf(
        'A spokesman for Ukraine’s Khortytsia group called Russian reports that Kurakhove had been captured "propaganda".',
        '2024-11-20',
      ),
    ).toEqual([
      ['Kurakhove', 'RU', 'CONTROL', 'RU'],
      ['Kurakhove', 'UA', 'DENIAL', 'RU'],
    ]);
    expect(rowsOf('Ukraine’s General Staff questioned the Russian account of the capture of Velyka Novosilka.', '2025-01-27')).toEqual([
      ['Velyka Novosilka', 'UA', 'DENIAL', 'RU'],
      ['Velyka Novosilka', 'RU', 'CONTROL', 'RU'],
    ]);
  });
});
