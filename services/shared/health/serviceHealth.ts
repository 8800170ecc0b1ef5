import type { ServiceName } from '../metrics/workerMetrics.js';

export interface ServiceState {
  up: boolean;
  /** When the state last changed (ISO). */
  since: string;
  lastError: { message: string; at: string } | null;
}

export interface HealthSnapshot {
  ready: boolean;
  running: boolean;
  services: Partial<Record<ServiceName, ServiceState>>;
}

export type HealthListener = (event: { service: ServiceName; up: boolean; error?: string } | { ready: boolean }) => void;

/**
 * What a worker knows of the services it needs. Ready means running (started, not stopping) with every service's
 * last check passed; a service starts unknown, counted as down.
 */
export class ServiceHealth {
  private readonly states = new Map<ServiceName, ServiceState>();
  private running = false;

  constructor(
    services: ServiceName[],
    private readonly listener: HealthListener = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const service of services) this.states.set(service, { up: false, since: this.now().toISOString(), lastError: null });
    listener({ ready: false });
  }

  /** The check of `service` passed. */
  up(service: ServiceName): void {
    this.set(service, true);
  }

  /** The check of `service` failed, or the worker met an error of it. */
  down(service: ServiceName, message: string): void {
    this.error(service, message);
    this.set(service, false);
  }

  /** An error of `service` that does not say it is down (a retried request): remembered, readiness unchanged. */
  error(service: ServiceName, message: string): void {
    const state = this.states.get(service);
    if (!state) return;
    state.lastError = { message, at: this.now().toISOString() };
    this.listener({ service, up: state.up, error: message });
  }

  setRunning(running: boolean): void {
    this.running = running;
    this.emitReady();
  }

  ready(): boolean {
    return this.running && [...this.states.values()].every((s) => s.up);
  }

  snapshot(): HealthSnapshot {
    return {
      ready: this.ready(),
      running: this.running,
      services: Object.fromEntries([...this.states].map(([name, state]) => [name, { ...state }])),
    };
  }

  private set(service: ServiceName, up: boolean): void {
    const state = this.states.get(service);
    if (!state) return;
    if (state.up !== up) {
      state.up = up;
      state.since = this.now().toISOString();
    }
    this.listener({ service, up });
    this.emitReady();
  }

  private emitReady(): void {
    this.listener({ ready: this.ready() });
  }
}
