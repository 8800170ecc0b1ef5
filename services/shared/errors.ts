// Errors whose message says all a user needs: the CLI prints them as one line, without a stack trace.

/** A setting in the environment that cannot be used: names the variable, the value and what it must be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A service (Kafka, the registry, Redis) did not answer in time: says which, where, and why. */
export class ServiceUnreachableError extends Error {
  override name = 'ServiceUnreachableError';
}
