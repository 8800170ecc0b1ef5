import { PassThrough } from 'node:stream';
import { exitAfterClosedOutput, processIO } from './io.js';

const fakeStream = (): NodeJS.WriteStream & { written: string[] } => {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { written: string[] };
  stream.written = [];
  stream.write = ((text: string) => {
    stream.written.push(text);
    return true;
  }) as NodeJS.WriteStream['write'];
  return stream;
};

describe('processIO', () => {
  it('takes a closed pipe on stdout (EPIPE) as the reader having gone: output stops quietly', () => {
    const stdout = fakeStream();
    const stderr = fakeStream();
    const io = processIO(stdout, stderr);
    io.out('first');
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    io.out('second');
    expect(io.outputClosed.aborted).toBe(true);
    expect(exitAfterClosedOutput(io)).toBe(0);
    expect(stdout.written).toEqual(['first\n']);
    expect(stderr.written).toEqual([]);
  });

  it('takes any other write error as a failure, said on stderr', () => {
    const stdout = fakeStream();
    const stderr = fakeStream();
    const io = processIO(stdout, stderr);
    stdout.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    expect(exitAfterClosedOutput(io)).toBe(1);
    expect(stderr.written).toEqual(['claimwire: cannot write the output: no space left on device\n']);
  });

  it('survives a closed stderr', () => {
    const stderr = fakeStream();
    const io = processIO(fakeStream(), stderr);
    stderr.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    io.err('nobody hears this');
    expect(stderr.written).toEqual([]);
  });
});
