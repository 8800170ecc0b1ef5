import type { Logger } from '../logger.js';
import type { ServiceName } from '../metrics/workerMetrics.js';
import type { ServiceHealth } from './serviceHealth.js';

export type ServiceCheck = () => Promise<void>;

const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer!: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Checks each service every `intervalMs` (all at once, each bounded by `timeoutMs`) and tells `health`; the first
 * round starts at once. A change of state is logged once, not every round. Returns a function that stops the checks.
 */
export const startProbes = (
  health: ServiceHealth,
  checks: Partial<Record<ServiceName, ServiceCheck>>,
  options: { intervalMs: number; timeoutMs: number; logger: Logger },
): (() => Promise<void>) => {
  const wasUp = new Map<ServiceName, boolean>();
  let stopped = false;
  let round: Promise<void> = Promise.resolve();
  const runRound = async (): Promise<void> => {
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        const service = name as ServiceName;
        try {
          await withTimeout(check!(), options.timeoutMs, service);
          if (stopped) return;
          if (wasUp.get(service) === false) options.logger.info({ service }, `${service} answers again`);
          wasUp.set(service, true);
          health.up(service);
        } catch (error) {
          if (stopped) return;
          const message = error instanceof Error ? error.message : String(error);
          if (wasUp.get(service) !== false) options.logger.warn({ service, reason: message }, `${service} check failed: not ready`);
          wasUp.set(service, false);
          health.down(service, message);
        }
      }),
    );
  };
  let timer: NodeJS.Timeout | null = null;
  const loop = (): void => {
    round = runRound().finally(() => {
      if (!stopped) timer = setTimeout(loop, options.intervalMs);
    });
  };
  loop();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await round.catch(() => undefined);
  };
};
