// Lint: words live in locales and rules, never in components. eslint-plugin-i18next's
// no-literal-string fails on any literal text in JSX in src/app (the pages the carer reads).
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Attributes that carry text a person reads or hears are checked too.
          'jsx-attributes': { include: ['alt', 'aria-label', 'title', 'placeholder', 'aria-description'] },
          // Punctuation and spacing between translated words are not words.
          words: { exclude: ['[\\s:;,.()/|-]+'] },
        },
      ],
    },
  },
);
