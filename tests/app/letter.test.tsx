// @vitest-environment jsdom
/** A letter can be filled in on the phone: what she types fills the letter as she types, a box left
 * empty keeps its blank, and nothing she types is written to the tab's or the device's storage or
 * to the address. The letter carries the Southwark facts, and her checker answers only for a
 * professional. */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import app from '../../locales/en/app.json';
import letters from '../../locales/en/letters.json';
import questions from '../../locales/en/questions.json';
import { renderApp } from './render.tsx';
import { letterFor, letterPlainText, readDate } from '../../src/app/letters.ts';

afterEach(cleanup);

// A grandmother a social worker asked to take the child, not approved (review journey J2).
const J2 = {
  'where-child-lives': 'with-me-england',
  relationship: 'grandparent',
  'court-order': 'none',
  'who-arranged': 'council',
  'foster-approval': 'not-approved',
  'child-age': '5-to-10',
  parents: 'neither',
  'pension-age': 'no',
};
const session = { answers: J2, path: Object.keys(J2), council: null };
const F = app.letter.form;

async function openLetter() {
  const r = renderApp('/letter/lookedAfter', session, '2026-12-05');
  await screen.findByRole('heading', { level: 1, name: app.letter.lookedAfterTitle });
  const letter = document.querySelector('article.letter') as HTMLElement;
  return { ...r, letter };
}
const type = (label: string | RegExp, value: string, within_: HTMLElement = document.body) =>
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } });

describe('the looked-after letter', () => {
  let setItem: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    setItem = vi.spyOn(Storage.prototype, 'setItem');
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => setItem.mockRestore());

  it('fills in as she types, keeps blanks for empty boxes, and stores nothing anywhere', async () => {
    const { letter, stores, router } = await openLetter();
    const before = new Map(stores.data);
    const hashBefore = window.location.href;
    // Empty: every blank is there, and her checker answers are not.
    expect(letter.textContent).toContain(letters.blank.yourName);
    expect(letter.textContent).toContain(letters.blank.childName);
    expect(letter.textContent).toContain(letters.blank.movedIn);
    expect(letter.textContent).toContain(letters.blank.whoAsked);
    expect(letter.textContent).toContain(letters.blank.whatSaid);
    expect(letter.textContent).not.toContain(letters.answersIntro);
    expect(letter.textContent).not.toContain(questions['pension-age'].title);

    type(F.yourName, 'Maureen Hughes');
    type(F.yourAddress, '12 Elm Road\nCanterbury CT1 2AB');
    type(F.childName, 'Lily Hughes');
    const dob = screen.getByRole('group', { name: F.childDob });
    type(F.day, '3', dob);
    type(F.month, '5', dob);
    type(F.year, '2018', dob);
    const moved = screen.getByRole('group', { name: F.movedIn });
    type(F.day, '14', moved);
    type(F.month, '2', moved);
    type(F.year, '2026', moved);
    type(F.whoAsked, 'Sam Patel, Canterbury children in care team');
    type(F.whatSaid, 'Can you take her tonight? It is a family arrangement.');

    const text = letter.textContent!;
    expect(text).toContain('Maureen Hughes');
    expect(text).toContain('12 Elm Road');
    expect(text).toContain('Canterbury CT1 2AB');
    expect(text).toContain('Lily Hughes (born 3 May 2018)');
    expect(text).toContain('The child came to live with me on 14 February 2026.');
    expect(text).toContain('I was asked to look after the child by Sam Patel, Canterbury children in care team.');
    expect(text).toContain('I was told: “Can you take her tonight? It is a family arrangement.”');
    expect(text).toContain('5 December 2026');
    for (const blank of Object.values(letters.blank).filter((b) => b !== letters.blank.council)) expect(text).not.toContain(blank);

    // Nothing she typed went to storage or the address.
    expect(setItem).not.toHaveBeenCalled();
    expect({ ...sessionStorage }).toEqual({});
    expect({ ...localStorage }).toEqual({});
    expect(stores.data).toEqual(before);
    expect(JSON.stringify([...stores.data.values()])).not.toContain('Maureen');
    expect(router.state.location.pathname).toBe('/letter/lookedAfter');
    expect(router.state.location.search + router.state.location.hash).toBe('');
    expect(window.location.href).toBe(hashBefore);
  });

  it('says a date is not real only once day, month and year are all filled', async () => {
    await openLetter();
    const dob = screen.getByRole('group', { name: F.childDob });
    type(F.day, '31', dob);
    type(F.month, '2', dob);
    expect(screen.queryByText(F.dateInvalid)).toBeNull();
    type(F.year, '2018', dob);
    expect(screen.getByText(F.dateInvalid)).toBeTruthy();
    expect(document.querySelector('article.letter')!.textContent).toContain(letters.blank.childDob);
  });

  it('copies the letter as she filled it in', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openLetter();
    type(F.yourName, 'Maureen Hughes');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: app.letter.copy })));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0] as string;
    expect(copied.startsWith('Maureen Hughes\n')).toBe(true);
    expect(copied).toContain(letters.blank.movedIn);
    expect(screen.getByText(app.letter.copied).getAttribute('role')).toBe('status');
  });
});

describe('letterFor', () => {
  const route = Object.entries(J2).map(([question, answer]) => ({ question, answer }));
  it('lists her checker answers only for a professional', () => {
    expect(letterFor('lookedAfter', route, 'Kent').answers).toEqual([]);
    const pro = letterFor('lookedAfter', route, 'Kent', undefined, { withAnswers: true });
    expect(pro.answers[0]).toBe(letters.answersIntro);
    expect(letterPlainText(pro)).toContain(`- ${questions['pension-age'].title} ${questions['pension-age'].answers.no}`);
  });
  it('reads a date typed as day, month and year', () => {
    expect(readDate({ day: '', month: '', year: '' })).toEqual({ state: 'empty' });
    expect(readDate({ day: '29', month: '2', year: '2024' })).toEqual({ state: 'ok', text: '29 February 2024' });
    expect(readDate({ day: '29', month: '2', year: '2025' })).toEqual({ state: 'invalid' });
    expect(readDate({ day: '1', month: '13', year: '2025' })).toEqual({ state: 'invalid' });
    expect(readDate({ day: '1', month: '1', year: '25' })).toEqual({ state: 'invalid' });
  });
});
