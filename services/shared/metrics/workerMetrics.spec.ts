import { WorkerMetrics } from './workerMetrics.js';

const scrape = (metrics: WorkerMetrics): Promise<string> => metrics.registry.metrics();

describe('WorkerMetrics', () => {
  it('counts records per topic and dead letters per reason code', async () => {
    const metrics = new WorkerMetrics('reconciler');
    metrics.recordsIn('claims', 3);
    metrics.recordsOut('states', 2);
    metrics.deadLetter('claimedAt "soon" is neither YYYY-MM-DD nor YYYY-MM');
    const text = await scrape(metrics);
    expect(text).toContain('claimwire_records_in_total{topic="claims",worker="reconciler"} 3');
    expect(text).toContain('claimwire_records_out_total{topic="states",worker="reconciler"} 2');
    expect(text).toContain('claimwire_dead_letters_total{reason="invalid-claim",worker="reconciler"} 1');
  });

  it('shares a batch time among its records in the histogram', async () => {
    const metrics = new WorkerMetrics('extractor');
    metrics.processed(4, 0.002);
    const text = await scrape(metrics);
    expect(text).toContain('claimwire_record_processing_seconds_count{worker="extractor"} 4');
    expect(text).toContain('claimwire_record_processing_seconds_bucket{le="0.0005",worker="extractor"} 4');
  });

  it('keeps the lag per partition and only the last error per service', async () => {
    const metrics = new WorkerMetrics('reconciler');
    metrics.lag('claims', 2, 7);
    metrics.lag('claims', 2, 0);
    metrics.serviceError('redis', 'first', 1_000);
    metrics.serviceError('redis', 'second', 2_000);
    metrics.scriptRetry();
    const text = await scrape(metrics);
    expect(text).toContain('claimwire_consumer_lag{topic="claims",partition="2",worker="reconciler"} 0');
    expect(text).not.toContain('message="first"');
    expect(text).toContain('claimwire_last_error_info{service="redis",message="second",worker="reconciler"} 1');
    expect(text).toContain('claimwire_last_error_timestamp_seconds{service="redis",worker="reconciler"} 2');
    expect(text).toContain('claimwire_redis_script_retries_total{worker="reconciler"} 1');
  });
});
