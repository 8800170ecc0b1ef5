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
import { pipelineTopics } from './topics.js';

export interface EmbeddedRun {
  states: PlaceState[];
  transport: InMemoryTransport;
}

/**
 * The three workers wired by an in-memory log and in-memory state: the same stages, the same Avro
 * encoding on every hop, no services. For the demo (`npm start`) and for tests of the wiring.
 */
export const runEmbeddedPipeline = async (articles: Article[], config: Config, logger: Logger): Promise<EmbeddedRun> => {
  const transport = new InMemoryTransport();
  const codec = new LocalAvroCodec();
  const store = new InMemoryPlaceStateStore();
  await transport.ensureTopics(pipelineTopics(config));
  const runtime = { transport, codec, deadLetterTopic: config.topics.deadLetters, logger };
  await runStage(extractorStage(config), runtime);
  await runStage(reconcilerStage(config, store), runtime);
  await publishArticles(transport, codec, config.topics.articles, articles);
  await transport.idle();
  return { states: await store.list(), transport };
};
