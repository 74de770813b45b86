/** npm run rules:diagram — draws rules/ as a flowchart (every question, every outcome, every
 * route) into src/generated/rules-diagram.svg, laid out by elkjs, and prints a one-line summary.
 * Deterministic: the same rules give the same bytes, and tests/rules/diagram.test.ts fails when
 * the committed file is out of date. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeTitles, rulesDiagram } from '../diagram/diagram.ts';
import { loadRules, PROJECT_ROOT } from '../rules/load.ts';

const readEn = (file: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', 'en', file), 'utf8'));

const svg = await rulesDiagram(loadRules(), localeTitles(readEn('questions.json'), readEn('arrangements.json')));
const dir = join(PROJECT_ROOT, 'src', 'generated');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'rules-diagram.svg'), svg);
const nodes = (svg.match(/<g id="[qa]-/g) ?? []).length;
const edges = (svg.match(/<g class="edge" /g) ?? []).length;
console.log(`rules:diagram: ${nodes} nodes, ${edges} edges, ${Buffer.byteLength(svg)} bytes -> src/generated/rules-diagram.svg`);
