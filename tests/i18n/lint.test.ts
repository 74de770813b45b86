/** The lint rule that keeps words out of components really catches them. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const ROOT = new URL('../../', import.meta.url).pathname;

async function lint(code: string) {
  const eslint = new ESLint({ cwd: ROOT });
  const [r] = await eslint.lintText(code, { filePath: `${ROOT}src/app/Probe.tsx` });
  return r!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string').length;
}

describe('no literal words in components (eslint-plugin-i18next)', () => {
  it('flags text and readable attributes written in a component', async () => {
    expect(await lint('export function A() { return <p>Ask your council</p>; }')).toBe(1);
    expect(await lint('export function A() { return <button aria-label="Close">x</button>; }')).toBeGreaterThanOrEqual(1);
  });
  it('allows words from t() and punctuation between them', async () => {
    expect(await lint("import { useTranslation } from 'react-i18next';\nexport function A() { const { t } = useTranslation(); return <p className=\"hint\">({t('a')}): {t('b')}</p>; }")).toBe(0);
  });
});
