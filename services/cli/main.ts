import { loadConfig } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { ServiceUnreachableError } from '../shared/reachServices.js';
import { parseArgs, UsageError } from './args.js';
import { dlqCommand } from './commands/dlq.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { rebuildCommand } from './commands/rebuild.js';
import { replayCommand } from './commands/replay.js';
import { serveCommand } from './commands/serve.js';
import { stateCommand } from './commands/state.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';
import { processIO, type ExitCode } from './io.js';

const USAGE = `claimwire — reconciled claims of territorial control from conflict wire copy

Usage:
  claimwire replay <dir|files...> [--embedded [--serve]] [--json] [--shuffle <seed>]
                                      send articles in publication order (or shuffled by seed) through
                                      Kafka, or with --embedded through the in-memory pipeline and print states;
                                      --serve then serves the dashboard over them (the demo, no services)
  claimwire serve                     the HTTP API and the dashboard over Redis, live from the reconciled topic
                                      (CLAIMWIRE_HTTP_HOST, CLAIMWIRE_HTTP_PORT, CLAIMWIRE_HTTP_TOKEN)
  claimwire ingest <file|dir|->...    publish articles to the ingest topic
  claimwire extract <files...> [--json] [--explain]
                                      print the claims of each article (no services needed); --explain shows
                                      the ids of the rules that read each claim beside its sentence
  claimwire state [place] [--json] [--claims]
                                      print the reconciled state from Redis; with a place and --claims,
                                      every claim about it with its sentence
  claimwire watch [--from-beginning] [--json]
                                      follow the reconciled topic, one line per change
  claimwire rebuild                   recompute the Redis state from the claims topic
  claimwire dlq [--replay] [--json]   list dead letters; --replay sends them back to their topics
  claimwire worker producer|extractor|reconciler
                                      run one worker (stop with SIGTERM or Ctrl-C)

Configuration comes from the environment: KAFKA_BROKERS, SCHEMA_REGISTRY_URL, REDIS_URL,
CLAIMWIRE_TOPIC_* and more (see README.md).`;

const WITH_VALUE = new Set(['shuffle']);

export const main = async (argv: string[]): Promise<ExitCode> => {
  const io = processIO;
  try {
    const args = parseArgs(argv, WITH_VALUE);
    const config = loadConfig();
    const logger = createLogger(
      `claimwire-${args.command ?? 'cli'}`,
      args.command === 'worker' ? config.logLevel : (process.env.LOG_LEVEL ?? 'warn'),
    );
    switch (args.command) {
      case 'replay':
        return await replayCommand(args, config, io, logger);
      case 'serve':
        return await serveCommand(config, io, logger);
      case 'ingest':
        return await ingestCommand(args, config, io, logger);
      case 'extract':
        return await extractCommand(args, config, io);
      case 'state':
        return await stateCommand(args, config, io, logger);
      case 'watch':
        return await watchCommand(args, config, io, logger);
      case 'rebuild':
        return await rebuildCommand(config, io, logger);
      case 'dlq':
        return await dlqCommand(args, config, io, logger);
      case 'worker':
        return await workerCommand(args, config, logger);
      case null:
      case 'help':
        io.out(USAGE);
        return args.command === null && !args.flags.has('help') ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`claimwire: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ServiceUnreachableError) {
      io.err(`claimwire: ${error.message}`);
      return 1;
    }
    io.err(`claimwire: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
};
