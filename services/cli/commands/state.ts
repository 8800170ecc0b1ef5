import { formatClaimLine, formatStateDetail, formatStateTable } from '../../reconciler/formatState.js';
import { dateOrderKey } from '../../reconciler/reconcile.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import type { Claim, PlaceRef } from '../../shared/model.js';
import { printable } from '../../shared/printable.js';
import { CLI_RETRY, connectRedis } from '../../shared/reachServices.js';
import { UsageError } from '../args.js';
import type { CommandArgs, CommandContext, stateOptions } from '../commandTable.js';
import type { ExitCode } from '../io.js';
import { findPlace, placeLabel } from './findPlace.js';

/**
 * `claimwire state [place] [--json] [--claims]`: the current state from Redis, every place or one; with
 * `--claims`, every claim about the place (a state cites only each event's latest few). A name that fits several
 * places lists them with their keys; `claimwire state geonames:<id>` names one exactly.
 */
export const run = async (
  { values, positionals }: CommandArgs<typeof stateOptions>,
  { config, io, logger }: CommandContext,
): Promise<ExitCode> => {
  const query = positionals.join(' ').trim();
  if (values.claims && !query) throw new UsageError('state --claims needs a place (claimwire state <place> --claims)', 'state');
  const redis = await connectRedis(config, CLI_RETRY, logger);
  try {
    const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
    const all = await store.list();
    if (!query) {
      io.out(values.json ? JSON.stringify(all, null, 2) : formatStateTable(all));
      return 0;
    }
    const found = await findPlace(all, query, gazetteerSpellings);
    if (found.kind === 'none') {
      const known = all.map((s) => s.place.name);
      const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')} and ${known.length - 20} more` : known.join(', ') || 'none';
      io.err(printable(`claimwire: no state for "${query}" (places known: ${shown})`));
      return 1;
    }
    if (found.kind === 'ambiguous') {
      io.err(printable(`claimwire: "${query}" names ${found.candidates.length} places; name one by its key:`));
      const width = Math.max(...found.candidates.map((s) => s.placeKey.length));
      for (const s of found.candidates)
        io.err(
          printable(
            `  claimwire state ${s.placeKey.padEnd(width)}   ${placeLabel(s.place)}  (${s.claimCount} claim${s.claimCount === 1 ? '' : 's'}, ${s.status})`,
          ),
        );
      return 1;
    }
    const state = found.state;
    if (values.claims) {
      const claims = (await store.claimsOf(state.placeKey)).sort(byClaimDate);
      io.out(values.json ? JSON.stringify(claims, null, 2) : claims.map(formatClaimLine).join('\n'));
      return 0;
    }
    io.out(values.json ? JSON.stringify([state], null, 2) : formatStateDetail(state));
    return 0;
  } finally {
    await redis.quit();
  }
};

/** The places the gazetteer reads in a name ("Kupyansk" → Kupiansk); loaded only when a name is not a known state's. */
const gazetteerSpellings = async (query: string): Promise<PlaceRef[]> => {
  const { loadGazetteer } = await import('../../extractor/gazetteer/index.js');
  const gazetteer = loadGazetteer();
  const text = query.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return gazetteer.resolve(gazetteer.scan(text), text);
};

const byClaimDate = (a: Claim, b: Claim): number =>
  dateOrderKey(a.claimedAt).localeCompare(dateOrderKey(b.claimedAt)) ||
  (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
  a.claimId.localeCompare(b.claimId);
