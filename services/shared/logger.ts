import { destination, pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs to stderr, so stdout stays free for command output. Every line names the process once, as `service`;
 * fields logged beside it must use other names (a service waited for is a `dependency`).
 */
export const createLogger = (name: string, level = process.env.LOG_LEVEL ?? 'info', stream?: DestinationStream): Logger =>
  pino({ name, level, base: { service: name } }, stream ?? destination({ fd: 2, sync: false }));
