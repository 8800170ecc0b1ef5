import type { Config } from '../shared/config.js';
import type { TopicSpec } from '../shared/transport/transport.js';

/** Every topic the pipeline uses; the reconciled topic is compacted, keyed by place; dead letters fit any record of the others. */
export const pipelineTopics = (config: Config): TopicSpec[] => [
  { topic: config.topics.articles, partitions: config.partitions },
  { topic: config.topics.claims, partitions: config.partitions },
  { topic: config.topics.reconciled, partitions: config.partitions, compacted: true },
  { topic: config.topics.deadLetters, partitions: 1, deadLettersOf: [config.topics.articles, config.topics.claims] },
];
