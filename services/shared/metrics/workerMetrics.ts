import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StageMetrics } from '../worker/stageMetrics.js';
import { DEAD_LETTER_REASONS, deadLetterReasonCode } from './deadLetterReasons.js';

export type ServiceName = 'kafka' | 'registry' | 'redis';

/** The longest error message kept as a label: enough to tell what happened, bounded for the scrape. */
const MAX_ERROR_LABEL = 200;

/**
 * One worker's Prometheus metrics, every series labelled with the worker's role. Names are listed in the README
 * ("Metrics and health").
 */
export class WorkerMetrics implements StageMetrics {
  readonly registry = new Registry();
  private readonly recordsInTotal: Counter<'topic'>;
  private readonly recordsOutTotal: Counter<'topic'>;
  private readonly deadLettersTotal: Counter<'reason'>;
  private readonly consumerLag: Gauge<'topic' | 'partition'>;
  private readonly processingSeconds: Histogram;
  private readonly scriptRetriesTotal: Counter;
  private readonly serviceUp: Gauge<'service'>;
  private readonly lastErrorTime: Gauge<'service'>;
  private readonly lastErrorInfo: Gauge<'service' | 'message'>;
  private readonly readyGauge: Gauge;
  private readonly lastErrorMessages = new Map<ServiceName, string>();

  constructor(worker: string) {
    this.registry.setDefaultLabels({ worker });
    collectDefaultMetrics({ register: this.registry, prefix: 'claimwire_process_' });
    const registers = [this.registry];
    this.recordsInTotal = new Counter({
      name: 'claimwire_records_in_total',
      help: 'Records consumed, per topic',
      labelNames: ['topic'],
      registers,
    });
    this.recordsOutTotal = new Counter({
      name: 'claimwire_records_out_total',
      help: 'Records produced, per topic (dead letters not included)',
      labelNames: ['topic'],
      registers,
    });
    this.deadLettersTotal = new Counter({
      name: 'claimwire_dead_letters_total',
      help: 'Records sent to the dead-letter topic, per reason',
      labelNames: ['reason'],
      registers,
    });
    for (const reason of DEAD_LETTER_REASONS) this.deadLettersTotal.inc({ reason }, 0);
    this.consumerLag = new Gauge({
      name: 'claimwire_consumer_lag',
      help: "Records of a partition not yet committed by the worker's consumer group",
      labelNames: ['topic', 'partition'],
      registers,
    });
    this.processingSeconds = new Histogram({
      name: 'claimwire_record_processing_seconds',
      help: "Time to handle one record: its batch's time (decode, process, encode, send) shared among the batch's records",
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.scriptRetriesTotal = new Counter({
      name: 'claimwire_redis_script_retries_total',
      help: 'Redis script calls redone because another writer changed the place first',
      registers,
    });
    this.serviceUp = new Gauge({
      name: 'claimwire_service_up',
      help: 'Whether the last check of a service the worker needs passed (1) or failed (0)',
      labelNames: ['service'],
      registers,
    });
    this.lastErrorTime = new Gauge({
      name: 'claimwire_last_error_timestamp_seconds',
      help: 'When the worker last met an error of a service (Unix time)',
      labelNames: ['service'],
      registers,
    });
    this.lastErrorInfo = new Gauge({
      name: 'claimwire_last_error_info',
      help: 'The last error the worker met per service, in its message label (1 while it is the last)',
      labelNames: ['service', 'message'],
      registers,
    });
    this.readyGauge = new Gauge({ name: 'claimwire_ready', help: 'Whether the worker is ready (1) or not (0)', registers });
  }

  recordsIn(topic: string, count: number): void {
    this.recordsInTotal.inc({ topic }, count);
  }

  recordsOut(topic: string, count: number): void {
    this.recordsOutTotal.inc({ topic }, count);
  }

  deadLetter(reason: string): void {
    this.deadLettersTotal.inc({ reason: deadLetterReasonCode(reason) });
  }

  processed(records: number, seconds: number): void {
    if (records <= 0) return;
    const each = seconds / records;
    for (let i = 0; i < records; i++) this.processingSeconds.observe(each);
  }

  lag(topic: string, partition: number, lag: number): void {
    this.consumerLag.set({ topic, partition: String(partition) }, lag);
  }

  scriptRetry(): void {
    this.scriptRetriesTotal.inc();
  }

  service(service: ServiceName, up: boolean): void {
    this.serviceUp.set({ service }, up ? 1 : 0);
  }

  /** Keeps only the latest error of the service: the previous message's series is removed. */
  serviceError(service: ServiceName, message: string, at = Date.now()): void {
    const previous = this.lastErrorMessages.get(service);
    if (previous !== undefined) this.lastErrorInfo.remove({ service, message: previous });
    const label = message.slice(0, MAX_ERROR_LABEL);
    this.lastErrorMessages.set(service, label);
    this.lastErrorInfo.set({ service, message: label }, 1);
    this.lastErrorTime.set({ service }, at / 1000);
  }

  ready(ready: boolean): void {
    this.readyGauge.set(ready ? 1 : 0);
  }
}
