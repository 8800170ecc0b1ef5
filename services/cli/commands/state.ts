import { formatClaimLine, formatStateDetail, formatStateTable } from '../../reconciler/formatState.js';
import { dateOrderKey } from '../../reconciler/reconcile.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import type { Config } from '../../shared/config.js';
import { loadGazetteer } from '../../extractor/gazetteer/index.js';
import { foldName, placeKeyOf } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { Claim, PlaceState } from '../../shared/model.js';
import { CLI_RETRY, connectRedis } from '../../shared/reachServices.js';
import type { ParsedArgs } from '../args.js';
import type { CommandIO, ExitCode } from '../io.js';

/**
 * `claimwire state [place] [--json] [--claims]`: the current state from Redis, every place or one; with
 * `--claims`, every claim about the place (a state cites only each event's latest few).
 */
export const stateCommand = async (args: ParsedArgs, config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> => {
  const redis = await connectRedis(config, CLI_RETRY, logger);
  try {
    const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
    const all = await store.list();
    const query = args.positional.join(' ').trim();
    const states = query ? all.filter((s) => matchesPlace(s, query)) : all;
    if (query && states.length === 0) {
      io.err(`claimwire: no state for "${query}" (places known: ${all.map((s) => s.place.name).join(', ') || 'none'})`);
      return 1;
    }
    if (args.flags.has('claims')) {
      if (!query) {
        io.err('claimwire: state --claims needs a place (claimwire state <place> --claims)');
        return 2;
      }
      const claims = (await Promise.all(states.map((s) => store.claimsOf(s.placeKey)))).flat().sort(byClaimDate);
      io.out(args.flags.has('json') ? JSON.stringify(claims, null, 2) : claims.map(formatClaimLine).join('\n'));
      return 0;
    }
    if (args.flags.has('json')) io.out(JSON.stringify(states, null, 2));
    else io.out(query ? states.map(formatStateDetail).join('\n\n') : formatStateTable(states));
    return 0;
  } finally {
    await redis.quit();
  }
};

/** A place is found by its key, its canonical name, or any spelling the gazetteer knows for it ("Kupyansk"). */
export const matchesPlace = (state: PlaceState, query: string): boolean => {
  const q = foldName(query);
  if (state.placeKey === query || foldName(state.place.name) === q || foldName(state.place.surface) === q) return true;
  const gazetteer = loadGazetteer();
  const mentions = gazetteer.scan(query.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  return gazetteer
    .resolve(mentions, query)
    .some((place) => placeKeyOf(place) === state.placeKey || foldName(place.name) === foldName(state.place.name));
};

const byClaimDate = (a: Claim, b: Claim): number =>
  dateOrderKey(a.claimedAt).localeCompare(dateOrderKey(b.claimedAt)) ||
  (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
  a.claimId.localeCompare(b.claimId);
