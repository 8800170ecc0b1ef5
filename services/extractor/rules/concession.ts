// Concessions: a side that withdrew, lost or left a place concedes it to the other side (CONTROL, controller the
// other side of whoever withdrew).
import type { ConcessionRule } from './types.js';

export const CONCESSION_RULES: ConcessionRule[] = [
  {
    id: 'concession.lost',
    kind: 'concession',
    pattern: '( HAVE been lost | was|were lost | lost control of|over )',
    yields: { stance: 'CONTROL', concession: true },
    fires: ['The villages have been lost, a pro-Kremlin blogger conceded.'],
    silent: ['Thousands lost their lives in the fighting.'],
  },
  {
    id: 'concession.withdraw',
    kind: 'concession',
    pattern:
      'withdrew|withdrawn|withdrawing|withdraws|withdraw|retreated|retreating|retreat|retreats|pulled|pulling|pulls|pull ( out|back )? ( its|their|our|his|the|all|remaining|last )? ( troops|forces|units|soldiers|fighters|defenders )? ( out|back )? from|of',
    yields: { stance: 'CONTROL', concession: true },
    fires: [
      'Ukraine’s top commander Oleksandr Syrskyi said he had ordered troops to withdraw from Avdiivka.',
      '"We have pulled our troops back from Marinka to save lives," the Ukrainian commander said.',
    ],
    silent: ['Russia withdrew its ambassador.'],
  },
  {
    id: 'concession.left',
    kind: 'concession',
    pattern: 'left|abandoned|ceded|surrendered ( the )? town|city|village|settlement of',
    yields: { stance: 'CONTROL', concession: true, past: true },
    fires: ['Ukrainian forces abandoned the town of Soledar, a spokesman said.'],
    silent: ['They left the city for Kyiv.'],
  },
];
