import { foldName } from '../shared/ids.js';

const QUALIFIED = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * The names an event shows for its claimants: each once, and without a voice that only repeats another by name
 * ("Ukraine (Oleksandr Syrskyi)" beside "Oleksandr Syrskyi": the country speaking through the person already named).
 */
export const claimantNames = (names: Iterable<string>): string[] => {
  const unique = [...new Set(names)];
  if (!unique.some((n) => n.includes('('))) return unique;
  const folded = new Set(unique.map(foldName));
  return unique.filter((name) => {
    const qualified = QUALIFIED.exec(name);
    return !qualified || !folded.has(foldName(qualified[2]!));
  });
};
