/** WebKit (Safari's engine, on about half the phones in the UK): Debian's WebKitGTK MiniBrowser,
 * driven by WebKitWebDriver under a virtual display. The checks are in ./engines/suite.ts. */
import { engineSuite } from './engines/suite.ts';

engineSuite('webkit');
