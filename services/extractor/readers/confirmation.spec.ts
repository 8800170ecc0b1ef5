import { rowsOf } from './testing.js';

describe('the confirmation reader', () => {
  it('re-tells every place of the claim told just before as the confirmer’s, with its controller', () => {
    expect(
      rowsOf(
        'On Saturday, Russia said it had captured the villages of Urozhaine and Staromaiorske. DeepState confirmed the Russian claim on Sunday.',
      ),
    ).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
      ['Staromaiorske', 'RU', 'CONTROL', 'RU'],
      ['Urozhaine', 'UA', 'CONTROL', 'RU'],
      ['Staromaiorske', 'UA', 'CONTROL', 'RU'],
    ]);
  });

  it('confirms nothing when negated, when the claim is more than two sentences back, or when the last claim told is a contest', () => {
    expect(rowsOf('Russia said it had captured Urozhaine. DeepState could not independently confirm the claim.')).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        'Russia said it had captured Urozhaine. The weather was cold. Shelling went on. Trains were late. DeepState confirmed the claim.',
      ),
    ).toEqual([['Urozhaine', 'RU', 'CONTROL', 'RU']]);
    expect(
      rowsOf('Russia said its troops had entered Huliaipole and fighting was going on there. DeepState confirmed this.').filter(
        (r) => r[1] === 'UA',
      ),
    ).toEqual([]);
  });

  it('leaves a confirmation that names its place to that place’s own cue', () => {
    expect(rowsOf('Russia said it had captured Urozhaine. Kyiv confirmed the loss of Vuhledar on Tuesday.')).toContainEqual([
      'Vuhledar',
      'UA',
      'CONTROL',
      'RU',
    ]);
    expect(
      rowsOf('Russia said it had captured Urozhaine. Kyiv confirmed the loss of Vuhledar on Tuesday.').filter((r) => r[0] === 'Urozhaine'),
    ).toEqual([['Urozhaine', 'RU', 'CONTROL', 'RU']]);
  });

  it('confirms no claim with a voice of its own side, nor "the information" about something said in between', () => {
    expect(rowsOf('Russia said it had captured Urozhaine. Russian military bloggers confirmed the claim.')).toEqual([
      ['Urozhaine', 'RU', 'CONTROL', 'RU'],
    ]);
    expect(
      rowsOf(
        "Russia said it had captured the village of Urozhaine on Saturday. Shelling went on. Ukraine's air force confirmed the information, saying two drones were shot down.",
      ),
    ).toEqual([['Urozhaine', 'RU', 'CONTROL', 'RU']]);
    expect(
      rowsOf(
        'Russia said it had captured Urozhaine. Ukrainian officials confirmed this, but said fighting continues in the village.',
      ).filter((r) => r[2] === 'CONTROL' && r[1] === 'UA'),
    ).toEqual([]);
  });
});
