/** What a stage runner reports as it works; the worker counts it for Prometheus (services/shared/metrics). */
export interface StageMetrics {
  recordsIn(topic: string, count: number): void;
  recordsOut(topic: string, count: number): void;
  /** One record sent to the dead-letter topic, with the reason it gives. */
  deadLetter(reason: string): void;
  /** A batch of `records` handled in `seconds` (decoding, processing, encoding and sending). */
  processed(records: number, seconds: number): void;
}
