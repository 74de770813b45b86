/** The calendar reminder is a valid iCalendar file made on the device (RFC 5545). */
import { describe, expect, it } from 'vitest';
import { addDays, icsEvent } from '../../src/app/ics.ts';

describe('a calendar reminder (.ics)', () => {
  const text = icsEvent({
    uid: 'private-fostering-notification-2026-12-05@kinship-checker',
    date: '2026-12-31',
    title: "Dywedwch wrth y cyngor; comma, and a back\\slash",
    description: 'Line one\nLine two, with a long description that goes on well past seventy-five characters so it must be folded',
    now: new Date('2026-12-05T10:11:12.345Z'),
  });
  const lines = text.split('\r\n');

  it('is one all-day event on the day asked, ending the next day', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTSTAMP:20261205T101112Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and new lines, and folds long lines at 75 octets', () => {
    expect(text).toContain('SUMMARY:Dywedwch wrth y cyngor\\; comma\\, and a back\\\\slash');
    expect(text).toContain('Line one\\nLine two');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  it('counts days by the calendar, across months and leap years', () => {
    expect(addDays('2026-12-05', 2)).toBe('2026-12-07');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
