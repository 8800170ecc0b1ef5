/** Server-Sent Events framing. `data` must hold no line break (JSON.stringify output never does). */
export const sseEvent = (event: string, data: string, id?: string): string => {
  if (/[\r\n]/.test(data) || (id !== undefined && /[\r\n]/.test(id))) throw new Error('an SSE field cannot hold a line break');
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${data}\n\n`;
};

/** A comment line: keeps proxies and the browser from timing out an idle stream. */
export const sseComment = (text: string): string => `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;

/** How long a browser waits before reconnecting, in ms. */
export const sseRetry = (ms: number): string => `retry: ${Math.round(ms)}\n\n`;
