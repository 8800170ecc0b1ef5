import { startStackBackend } from './support/dashboardBackends.js';
import { dashboardSuite } from './support/dashboardSuite.js';

/** The dashboard in headless Chromium over `claimwire serve`, the workers, Kafka, the registry and Redis. */
dashboardSuite('the dashboard over the real stack', () => startStackBackend('dashboard'));
