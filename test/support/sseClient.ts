/** A Server-Sent Events client for tests: fetch's stream, parsed into events, with the headers a test chooses. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseStream {
  status: number;
  events: SseEvent[];
  /** Waits until `count` events have arrived (and returns them). */
  waitFor(count: number, timeoutMs: number): Promise<SseEvent[]>;
  close(): void;
}

export const openStream = async (url: string, headers: Record<string, string> = {}): Promise<SseStream> => {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: SseEvent[] = [];
  const stream: SseStream = {
    status: response.status,
    events,
    waitFor: async (count, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (Date.now() > deadline)
          throw new Error(`${events.length} of ${count} events in ${timeoutMs} ms: ${JSON.stringify(events.map((e) => e.event))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return events.slice(0, count);
    },
    close: () => abort.abort(),
  };
  if (!response.ok || !response.body) return stream;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { id: null, event: 'message', data: '' };
          let hasData = false;
          for (const line of frame.split('\n')) {
            const [field, ...rest] = line.split(': ');
            const value = rest.join(': ');
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') {
              event.data += value;
              hasData = true;
            }
          }
          if (hasData) events.push(event);
        }
      }
    } catch {
      // closed by the test (abort) or by the server
    }
  })();
  return stream;
};
