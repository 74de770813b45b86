/** The date the rules were checked, the warning when it is old, and saved answers after an update. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import rules from 'virtual:rules';
import { isStale } from '../../src/app/freshness.ts';
import { parseStored, serialise, questionPrint } from '../../src/interview/persist.ts';
import { renderApp } from './render.tsx';
import en from '../../locales/en/app.json';
import questionsEn from '../../locales/en/questions.json';
import { longDate } from '../../src/app/format.ts';
import { initI18n } from '../../src/i18n/index.ts';
import { englishResources } from '../../src/i18n/english.ts';
import type { Rules } from '../../src/rules/types.ts';

// @vitest-environment jsdom
afterEach(cleanup);

describe('isStale: more than 6 months after the rules were checked', () => {
  it.each([
    ['2026-05-22', '2026-11-22', false],
    ['2026-05-22', '2026-11-23', true],
    ['2026-11-22', '2026-11-23', false],
    ['2025-11-22', '2026-11-23', true],
    // 31 August + 6 months is the last day of February.
    ['2026-08-31', '2027-02-28', false],
    ['2026-08-31', '2027-03-01', true],
    ['2027-08-31', '2028-02-29', false],
  ])('checked %s, today %s: stale %s', (checked, today, stale) => {
    expect(isStale(checked, today)).toBe(stale);
  });
});

describe('the footer and the result say how old the information is', () => {
  const { t } = initI18n({ en: englishResources() });
  const fill = (text: string) =>
    text.replace('{{sources}}', longDate(t, rules.sourcesUpTo)).replace('{{date}}', longDate(t, rules.lastChecked));
  it('shows the dates, and no warning, while the sources are fresh', () => {
    renderApp('/', undefined, rules.sourcesUpTo);
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain(fill(en.freshness.checked));
    expect(screen.queryByText(en.freshness.howToUpdate)).toBeNull();
  });
  it('says plainly the information may be out of date, and how to update, 7 months after the sources', () => {
    const [y, m] = rules.sourcesUpTo.split('-').map(Number) as [number, number];
    const later = `${m + 7 > 12 ? y + 1 : y}-${String(((m + 6) % 12) + 1).padStart(2, '0')}-28`;
    renderApp('/', undefined, later);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(en.freshness.howToUpdate)).toBeTruthy();
    expect(footer.textContent).toContain(fill(en.freshness.stale));
  });
  // Adviser review #21: a recent review date must not hide old evidence.
  it('dates the warning from the evidence, not from the last review', () => {
    const [y, m] = rules.sourcesUpTo.split('-').map(Number) as [number, number];
    const later = `${m + 7 > 12 ? y + 1 : y}-${String(((m + 6) % 12) + 1).padStart(2, '0')}-28`;
    // Less than 6 months after the last review, more than 6 after the newest source.
    expect(isStale(rules.lastChecked, later)).toBe(false);
    renderApp('/', undefined, later);
    expect(within(screen.getByRole('contentinfo')).getByText(en.freshness.howToUpdate)).toBeTruthy();
  });
});

describe('saved answers after the rules change', () => {
  const session = { answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent' }, path: ['where-child-lives', 'relationship'], remember: false };
  const saved = serialise(rules, session);

  it('the same rules: no note, answers and route kept', () => {
    const r = parseStored(rules, saved);
    expect(r.note).toBeUndefined();
    expect(r.session.path).toEqual(session.path);
  });

  it('a new version where no question changed: answers kept, nothing to recheck', () => {
    const next: Rules = { ...rules, version: rules.version + 1 };
    const r = parseStored(next, saved);
    expect(r.note).toBeUndefined();
    expect(r.session.answers).toEqual(session.answers);
  });

  it('a new version that adds an answer to a question: that answer is listed for a second look', () => {
    const rel = rules.questions.relationship!;
    const next: Rules = {
      ...rules,
      version: rules.version + 1,
      questions: { ...rules.questions, relationship: { ...rel, answers: [...rel.answers, 'kinship-carer-by-agreement'] } },
    };
    expect(questionPrint(next, 'relationship')).not.toBe(questionPrint(rules, 'relationship'));
    const r = parseStored(next, saved);
    expect(r.note).toEqual({ kind: 'rules-changed', recheck: ['relationship'] });
    expect(r.session.answers.relationship).toBe('grandparent');
  });

  it('an answer the rules no longer have is dropped and its question listed', () => {
    const rel = rules.questions.relationship!;
    const next: Rules = {
      ...rules,
      version: rules.version + 1,
      questions: { ...rules.questions, relationship: { ...rel, answers: rel.answers.filter((a: string) => a !== 'grandparent') } },
    };
    const r = parseStored(next, saved);
    expect(r.note).toEqual({ kind: 'rules-changed', recheck: ['relationship'] });
    expect(r.session.answers.relationship).toBeUndefined();
  });

  it('the banner lists the answers to check, each a link to its question', async () => {
    // Saved by an older version whose 'relationship' question offered one answer fewer.
    const rel = rules.questions.relationship!;
    const older: Rules = { ...rules, version: rules.version - 1, questions: { ...rules.questions, relationship: { ...rel, answers: rel.answers.slice(1) } } };
    const { router } = renderApp('/questions/court-order', undefined, '2026-11-23', serialise(older, session));
    const banner = screen.getByText(en.offline.recheck_one.replace('{{count}}', '1')).closest('.banner') as HTMLElement;
    const link = within(banner).getByRole('link', { name: questionsEn.relationship.title });
    expect(link.getAttribute('href')).toBe('/questions/relationship');
    link.click();
    await screen.findByRole('heading', { level: 1, name: questionsEn.relationship.title });
    expect(router.state.location.pathname).toBe('/questions/relationship');
    // Her answer is still chosen; the banner has gone.
    expect((screen.getByLabelText(questionsEn.relationship.answers.grandparent) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(en.offline.recheck_one.replace('{{count}}', '1'))).toBeNull();
  });

  it('unreadable saved answers: explained, started again', () => {
    expect(parseStored(rules, '{not json').note).toEqual({ kind: 'corrupt' });
  });
});
