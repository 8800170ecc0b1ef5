import { sideOfOutlet } from './actors.js';

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
