import { Writable } from 'node:stream';
import { createLogger } from './logger.js';
import { reach } from './reachServices.js';

describe('createLogger', () => {
  it('names the service once on every line, also while waiting for a service', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger('claimwire-extractor', 'info', stream);
    let calls = 0;
    const check = async (): Promise<void> => {
      if (++calls === 1) throw new Error('connection refused');
    };
    await reach('Kafka', '127.0.0.1:9092', check, { attempts: 3, initialDelayMs: 1, maxDelayMs: 1 }, logger);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line.match(/"service":/g)).toHaveLength(1);
      expect(JSON.parse(line)).toMatchObject({ service: 'claimwire-extractor' });
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ dependency: 'Kafka', msg: 'waiting for Kafka at 127.0.0.1:9092' });
  });
});
