/** Firefox ESR (Gecko), driven by puppeteer-core over WebDriver BiDi. The checks are in
 * ./engines/suite.ts. */
import { engineSuite } from './engines/suite.ts';

engineSuite('firefox');
