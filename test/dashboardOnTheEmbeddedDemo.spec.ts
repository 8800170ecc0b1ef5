import { startDemoBackend } from './support/dashboardBackends.js';
import { dashboardSuite } from './support/dashboardSuite.js';

/** The same browser tests over the demo (`npm run demo`): the embedded pipeline and its in-memory state, no service. */
dashboardSuite('the dashboard over the embedded demo', startDemoBackend);
