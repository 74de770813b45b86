/** Rules files that attack the YAML parser (review L5): each is refused with the file's name, as a
 * rules error, never a crash with a stack trace; an unknown custom tag is an error, not a warning
 * nobody reads. */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../tools/rules/compile.ts';
import { formatError } from '../../tools/rules/errors.ts';
import { readSourceFiles } from '../../tools/rules/load.ts';

const real = readSourceFiles();
const FILE = 'rules/meta.yaml';

function errorsWith(text: string): string[] {
  const { rules, errors } = compileRules({ ...real, [FILE]: text });
  expect(rules).toBeUndefined();
  return errors.map(formatError);
}

describe('hostile YAML in a rules file', () => {
  it("a 'billion laughs' alias bomb: refused as too many aliases, naming the file", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const errors = errorsWith(`${lines.join('\n')}\n${real[FILE]}`);
    expect(errors.some((e) => e.includes(FILE) && e.includes('too many aliases'))).toBe(true);
  });

  it('an unknown custom tag (!shell) is an error with the file and line', () => {
    const text = real[FILE]!.replace(/^jurisdiction: /m, 'jurisdiction: !shell ');
    expect(text).not.toBe(real[FILE]);
    const errors = errorsWith(text);
    expect(errors.some((e) => e.includes(FILE) && /tag/i.test(e))).toBe(true);
  });
});
