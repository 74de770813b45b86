/** npm run rules:schema — writes rules/answers.schema.json from the questions in rules/.
 * The tests fail if the committed file is out of date. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersJsonSchemaText } from '../rules/answers-schema.ts';
import { loadRules, PROJECT_ROOT } from '../rules/load.ts';

const file = join(PROJECT_ROOT, 'rules', 'answers.schema.json');
writeFileSync(file, answersJsonSchemaText(loadRules()));
console.log(`wrote ${file}`);
