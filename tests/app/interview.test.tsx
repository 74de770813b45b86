// @vitest-environment jsdom
/** Component tests by role and label: the error summary, changing an answer, and the result's
 * status badges. */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../../src/engine/evaluate.ts';
import app from '../../locales/en/app.json';
import questions from '../../locales/en/questions.json';
import { renderApp } from './render.tsx';
import rules from 'virtual:rules';

afterEach(cleanup);

const q = questions as unknown as Record<string, { title: string; answers: Record<string, string>; change?: string }>;

async function choose(question: string, answer: string) {
  fireEvent.click(await screen.findByLabelText(q[question]!.answers[answer]!, { exact: true }));
  fireEvent.click(screen.getByRole('button', { name: app.continue }));
}

/** The 'not for you' section's heading: its words, then the number of items in brackets. */
const notForYou = new RegExp(`^${app.result.notForYouHeading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`);

describe('a question page', () => {
  it('has the question as its heading and legend, and an error summary that takes focus', async () => {
    renderApp('/questions/where-child-lives');
    const group = await screen.findByRole('group', { name: q['where-child-lives']!.title });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: app.continue }));
    const alert = await screen.findByRole('alert');
    expect(document.activeElement).toBe(alert);
    expect(document.title).toBe(`Error: ${q['where-child-lives']!.title} - ${app.service}`);
    const link = within(alert).getByRole('link');
    expect(link.getAttribute('href')).toBe('#where-child-lives-with-me-england');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText(q['where-child-lives']!.answers['with-me-england']!));
  });
});

describe('check your answers', () => {
  const foster = {
    answers: {
      'where-child-lives': 'with-me-england',
      relationship: 'grandparent',
      'court-order': 'care-order',
      'foster-approval': 'approved',
      'child-age': '5-to-10',
      'pension-age': 'no',
    },
    path: ['where-child-lives', 'relationship', 'court-order', 'foster-approval', 'child-age', 'pension-age'],
    council: null,
  };

  it('lists every answer with a Change link that names what it changes', async () => {
    renderApp('/check-answers', foster);
    // Check answers is its own chunk: its first import can take seconds on a busy machine.
    await screen.findByRole('heading', { name: app.check.title }, { timeout: 10_000 });
    for (const id of foster.path) {
      expect(screen.getByRole('link', { name: `Change ${q[id]!.change ?? q[id]!.title}` })).toBeTruthy();
    }
  });

  it('changing an answer asks the new questions the change needs, then comes back', async () => {
    const { router } = renderApp('/check-answers', foster);
    fireEvent.click(await screen.findByRole('link', { name: `Change ${q['court-order']!.change}` }));
    await choose('court-order', 'special-guardianship-order');
    await screen.findByRole('heading', { name: q['looked-after-before']!.title });
    await choose('looked-after-before', 'no');
    await screen.findByRole('heading', { name: q['parents']!.title });
    await choose('parents', 'neither');
    // Check answers is its own chunk: its first import can take seconds on a busy machine.
    await screen.findByRole('heading', { name: app.check.title }, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/check-answers');
    expect(screen.queryByText(q['foster-approval']!.title)).toBeNull();
    expect(screen.getByText(q['court-order']!.answers['special-guardianship-order']!)).toBeTruthy();
  });
});

describe('the result page', () => {
  // Answer sets that between them show every status.
  const cases: { answers: Record<string, string>; council: string | null }[] = [
    { answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'care-order', 'foster-approval': 'approved', 'child-age': '5-to-10', 'pension-age': 'no' }, council: null },
    { answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'special-guardianship-order', 'looked-after-before': 'no', 'child-age': '5-to-10', parents: 'both-died', 'pension-age': 'no' }, council: 'E09000004' },
    { answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'none', 'who-arranged': 'family', parents: 'neither', 'pension-age': 'no' }, council: null },
    { answers: { 'where-child-lives': 'with-me-england', relationship: 'family-friend', 'court-order': 'none', 'who-arranged': 'family', 'child-age': '5-to-10', 'how-long': '28-days-or-more', parents: 'neither', 'pension-age': 'no' }, council: null },
  ];

  it('shows each item with the badge of its status, and every status appears somewhere', async () => {
    const seen = new Set<string>();
    for (const c of cases) {
      const r = evaluate(rules, c.answers, { asOf: '2026-11-23', council: c.council }) as Result;
      const path = r.route.map((s) => s.question);
      renderApp('/result', { answers: c.answers, path, council: c.council });
      // The first result page loads its rules chunk in this test run: up to a few seconds on a busy machine.
      await screen.findByRole('heading', { name: app.result.title, level: 1 }, { timeout: 9000 });
      for (const item of [...r.warnings, ...r.applies, ...r.mayApply]) {
        const card = document.getElementById(`item-${item.id}-title`)!.closest('article')!;
        const badges = within(card).getAllByText((_, el) => el?.classList.contains('badge') ?? false).map((b) => b.textContent);
        // The badge says who acts: the provider's own wording where there is one ("The Legal Aid
        // Agency decides"), else the status's.
        const byProvider = (app.statusBy as Record<string, Record<string, string>>)[item.status]?.[item.provider];
        expect(badges[0], item.id).toBe(byProvider ?? app.status[item.status as keyof typeof app.status]);
        // One signal per card (issue 16): 'may apply' is said in words, not as a second badge.
        expect(badges, item.id).toHaveLength(1);
        if (item.fit === 'mayApply') expect(within(card).getByText(app.result.mayApplyText)).toBeTruthy();
        seen.add(item.status);
      }
      cleanup();
    }
    // 'Not law yet' items are listed under what does not apply (kinship leave), so they carry no badge.
    expect([...seen].sort()).toEqual(Object.keys(app.status).filter((s) => s !== 'not-law').sort());
  });

  it('explains what does not apply, with a reason', async () => {
    const c = cases[2]!;
    const r = evaluate(rules, c.answers, { asOf: '2026-11-23', council: null }) as Result;
    renderApp('/result', { answers: c.answers, path: r.route.map((s) => s.question), council: null });
    // A folded section: its heading names it and counts its items.
    const section = (await screen.findByRole('heading', { name: notForYou }, { timeout: 9000 })).closest('section')!;
    // Folded: its items are not shown (nor read out) until she opens it.
    expect(within(section).queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(within(section).getByRole('button', { expanded: false }));
    expect(within(section).getByRole('button', { expanded: true })).toBeTruthy();
    const items = within(section).getAllByRole('listitem').filter((li) => li.parentElement?.classList.contains('not-for-you__list'));
    expect(items.length).toBe(r.notApplicable.length);
    for (const li of items) expect(within(li).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('sends a carer who has not finished back to the question they are on', async () => {
    const { router } = renderApp('/result', { answers: { 'where-child-lives': 'with-me-england' }, path: ['where-child-lives'] });
    await act(async () => {});
    expect(router.state.location.pathname).toBe('/questions/relationship');
  });
});

// Adviser review #6: a note that says how an item could apply (the Kinship Zones pilot after the
// first hearing; private fostering 'if it lasts 28 days') is shown even where it does not apply now,
// on the page and in the shared summary.
describe('notes on support that is not for you now', () => {
  const thurrockGran = {
    answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'none', 'who-arranged': 'family', parents: 'neither', 'pension-age': 'no' },
    council: 'E06000034',
  };
  it('shows the note under the item in "not for you", and puts it in the summary', async () => {
    const r = evaluate(rules, thurrockGran.answers, { asOf: '2026-11-23', council: thurrockGran.council }) as Result;
    const pilot = r.notApplicable.find((i) => i.id === 'kinship-allowance-pilot')!;
    expect(pilot.notes).toEqual(['applied-for-order']);
    renderApp('/result', { ...thurrockGran, path: r.route.map((s) => s.question) });
    const section = (await screen.findByRole('heading', { name: notForYou }, { timeout: 9000 })).closest('section')!;
    const support = (await import('../../locales/en/support.json')).default as unknown as Record<string, { notes: Record<string, string> }>;
    expect(within(section).getByText(support['kinship-allowance-pilot']!.notes['applied-for-order']!)).toBeTruthy();
    const { summaryText } = await import('../../src/app/summary.ts');
    const { initI18n } = await import('../../src/i18n/index.ts');
    const { englishResources } = await import('../../src/i18n/english.ts');
    const text = summaryText(initI18n({ en: englishResources() }).t, 'en', r);
    expect(text).toContain(support['kinship-allowance-pilot']!.notes['applied-for-order']!);
  });
});
