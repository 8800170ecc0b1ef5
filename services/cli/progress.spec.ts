import { Writable } from 'node:stream';
import { startProgress } from './progress.js';

const plainStream = (): Writable & { text: () => string; isTTY: false } => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join(''), isTTY: false as const });
};

describe('startProgress on a stream that is not a terminal', () => {
  it('prints a plain count every few seconds, nothing for work that ends at once', () => {
    let clock = 0;
    const stream = plainStream();
    const progress = startProgress(stream, 'publishing', 1000, 'articles', { afterMs: 1000, everyMs: 2000, now: () => clock });
    progress.add(100);
    clock = 500;
    progress.add(100);
    expect(stream.text()).toBe('');
    clock = 2100;
    progress.add(100);
    clock = 2500;
    progress.add(100);
    clock = 4200;
    progress.add(600);
    progress.done();
    expect(stream.text()).toBe('claimwire: publishing:  300/1000 articles (30%)\nclaimwire: publishing: 1000/1000 articles (100%)\n');
  });

  it('shows nothing when the work is quick', () => {
    let clock = 0;
    const stream = plainStream();
    const progress = startProgress(stream, 'rebuilding', 10, 'claims', { now: () => clock });
    for (let i = 0; i < 10; i++) {
      clock += 50;
      progress.add();
    }
    progress.done();
    expect(stream.text()).toBe('');
  });
});
