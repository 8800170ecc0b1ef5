import { destination, pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs to stderr, so stdout stays free for command output. */
export const createLogger = (name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger =>
  pino({ name, level, base: { service: name } }, destination({ fd: 2, sync: false }));
