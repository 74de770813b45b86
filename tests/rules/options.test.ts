/** rules/options.yaml: a policy person's mistakes are named by file, place and problem. */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../tools/rules/compile.ts';
import { readSourceFiles } from '../../tools/rules/load.ts';
import { formatError } from '../../tools/rules/errors.ts';

const files = readSourceFiles();
const F = 'rules/options.yaml';
const broken = (from: string, to: string) => {
  const text = files[F]!;
  if (!text.includes(from)) throw new Error(`rules/options.yaml has no "${from}"`);
  return compileRules({ ...files, [F]: text.replace(from, to) }).errors.map(formatError);
};

describe('rules/options.yaml', () => {
  it('compiles today', () => {
    expect(compileRules(files).errors).toEqual([]);
  });
  it('an arrangement that does not exist', () => {
    expect(broken('      - informal-older-child\n', '      - informal-oldr-child\n')).toEqual([expect.stringMatching(/^rules\/options\.yaml:\d+: options\[1\]\.openFor\[3\]: "informal-oldr-child" is not an arrangement/)]);
  });
  it('an answer the question does not have', () => {
    expect(broken('court-order: lives-with-order', 'court-order: lives-with')[0]).toMatch(/options\[1\]\.set\.court-order: "lives-with" is not an answer to "court-order"/);
  });
  it('a support item that does not exist', () => {
    expect(broken('gettingThere: [legal-aid-cao,', 'gettingThere: [legal-aid-caoo,')[0]).toMatch(/options\[1\]\.gettingThere\[0\]: "legal-aid-caoo" is not a support item/);
  });
  it('two current situations, or a route that changes nothing', () => {
    expect(broken('  - id: foster-care\n', '  - id: foster-care\n    current: true\n').join('\n')).toMatch(/exactly one option must be `current: true`/);
  });
});
