import { runArticleIndex } from '../articles/articleIndex.js';
import { InMemoryArticleStore } from '../articles/articleStore.js';
import { extractorStage } from '../extractor/worker.js';
import { publishArticles } from '../producer/publishArticles.js';
import { InMemoryPlaceStateStore } from '../reconciler/inMemoryStore.js';
import { reconcilerStage } from '../reconciler/worker.js';
import { LocalAvroCodec } from '../shared/codec/localAvroCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { Article, PlaceState } from '../shared/model.js';
import { InMemoryTransport } from '../shared/transport/inMemoryTransport.js';
import { runStage } from '../shared/worker/runStage.js';
import { extract } from '../extractor/extract.js';
import { pipelineTopics } from './topics.js';

export interface EmbeddedRun {
  states: PlaceState[];
  transport: InMemoryTransport;
}

/** The embedded pipeline, running: articles sent with `publish` flow through it until `close`. */
export interface EmbeddedPipeline {
  transport: InMemoryTransport;
  codec: LocalAvroCodec;
  store: InMemoryPlaceStateStore;
  articles: InMemoryArticleStore;
  publish(articles: Article[]): Promise<void>;
  /** Resolves once every stage has taken every record sent so far. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The three workers wired by an in-memory log and in-memory state: the same stages, the same Avro encoding on every
 * hop, no services; beside them the article index `claimwire serve` keeps. For the demo (`npm start`, `npm run demo`)
 * and for tests of the wiring. `onExtracted` hears each article the extractor has read.
 */
export const startEmbeddedPipeline = async (config: Config, logger: Logger, onExtracted?: () => void): Promise<EmbeddedPipeline> => {
  const transport = new InMemoryTransport();
  const codec = new LocalAvroCodec();
  const store = new InMemoryPlaceStateStore();
  const articles = new InMemoryArticleStore();
  await transport.ensureTopics(pipelineTopics(config));
  const runtime = { transport, codec, deadLetterTopic: config.topics.deadLetters, logger };
  const extracting = (article: Article): ReturnType<typeof extract> => {
    const claims = extract(article);
    onExtracted?.();
    return claims;
  };
  await runStage(extractorStage(config, extracting), runtime);
  await runStage(reconcilerStage(config, store), runtime);
  await runArticleIndex(transport, codec, config.topics.articles, config.articleIndexGroup, articles, logger);
  return {
    transport,
    codec,
    store,
    articles,
    publish: (sent) => publishArticles(transport, codec, config.topics.articles, sent),
    idle: () => transport.idle(),
    close: () => transport.close(),
  };
};

export const runEmbeddedPipeline = async (
  articles: Article[],
  config: Config,
  logger: Logger,
  onExtracted?: () => void,
): Promise<EmbeddedRun> => {
  const pipeline = await startEmbeddedPipeline(config, logger, onExtracted);
  await pipeline.publish(articles);
  await pipeline.idle();
  return { states: await pipeline.store.list(), transport: pipeline.transport };
};
