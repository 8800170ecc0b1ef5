import { sseComment, sseEvent, sseRetry } from './sse.js';

describe('SSE framing', () => {
  it('writes id, event and data lines and a blank line', () => {
    expect(sseEvent('state', '{"a":1}', '0:1')).toBe('id: 0:1\nevent: state\ndata: {"a":1}\n\n');
    expect(sseEvent('hello', '{}')).toBe('event: hello\ndata: {}\n\n');
    expect(sseComment('keep\nalive')).toBe(': keep alive\n\n');
    expect(sseRetry(1000)).toBe('retry: 1000\n\n');
  });

  it('refuses data that would break the frame', () => {
    expect(() => sseEvent('state', 'a\nb')).toThrow(/line break/);
  });
});
