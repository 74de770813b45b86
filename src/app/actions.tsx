/** What a carer can do from the result: call (a tel: link with its hours), open the official page
 * where she claims, write the letter, put a reminder on her calendar, report a problem. Every
 * number, address and word comes from the rules (contacts.yaml, a support item's link and step)
 * and the locales. */
import { useTranslation } from '../i18n/react.tsx';
import type { ItemResult } from '../engine/evaluate.ts';
import type { Contact } from '../rules/types.ts';
import { PATHS } from './paths.ts';
import { AppLink } from './AppLink.tsx';
import { icsEvent, addDays } from './ics.ts';
import { longDate } from './format.ts';
import core from 'virtual:rules/core';

const contactsById = new Map<string, Contact>(core.contacts.map((c) => [c.id, c]));

export function contactOf(id: string): Contact | undefined {
  return contactsById.get(id);
}

/** The number as dialled: digits only (a tel: link). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** One organisation: its name, its number as a link to call (and its hours, where confirmed), or
 * its website where no number is confirmed. */
export function ContactLine({ id }: { id: string }) {
  const { t } = useTranslation('app');
  const c = contactOf(id);
  if (!c) return null;
  const name = t(`contact.${id}.name`);
  return (
    <p className="contact">
      {c.phone ? (
        <>
          <a className="contact__call" href={telHref(c.phone)}>
            {t('contacts.call', { name })} <span className="contact__number" dir="ltr">{c.phone}</span>
          </a>
          {c.hours && <span className="contact__hours">{t(`contact.${id}.hours`)}</span>}
        </>
      ) : (
        <a href={c.web} rel="noreferrer noopener" target="_blank">
          {t('contacts.website', { name })}
        </a>
      )}
    </p>
  );
}

/** The official page where she acts (its title is the page's own, in English). */
export function OfficialLink({ link }: { link: { title: string; href: string } }) {
  return (
    <a href={link.href} rel="noreferrer noopener" target="_blank" lang="en" dir="ltr">
      {link.title}
    </a>
  );
}

/** A step's one action: the call, the page or the letter its rules name. */
export function StepAction({ item }: { item: ItemResult }) {
  const { t } = useTranslation('app');
  const step = item.step!;
  if (step.action === 'letter' && item.letter) {
    return <AppLink to={PATHS.letter(item.letter)}>{t(`letter.${item.letter}Title`)}</AppLink>;
  }
  if (step.action === 'call') {
    const id = item.contacts.find((x) => contactOf(x)?.phone);
    if (id) return <ContactLine id={id} />;
  }
  if (item.link) return <OfficialLink link={item.link} />;
  return null;
}

/** 'Add a reminder to your calendar': an .ics file made on the device, for a step with a date. */
export function Reminder({ item, today }: { item: ItemResult; today: string }) {
  const { t, i18n } = useTranslation(['app', 'support']);
  const days = item.step?.remindInDays;
  if (!days) return null;
  const save = () => {
    const text = icsEvent({
      uid: `${item.id}-${today}@kinship-checker`,
      date: addDays(today, days),
      title: t(`support:${item.id}.step`),
      description: t(`support:${item.id}.next`),
      now: new Date(),
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${item.id}.ics`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button button--secondary button--small no-print" onClick={save}>
      {t('reminder.add', { date: longDate(t, addDays(today, days)) })}
    </button>
  );
}

/** 'Report a problem with this answer': an email to the team with the item, the rules version, the
 * language and the council (never her answers), in her mail app. */
export function ReportProblem({ item, rulesVersion, lng, council }: { item: string; rulesVersion: number; lng: string; council: string | null }) {
  const { t } = useTranslation('app');
  const subject = t('report.subject', { item });
  const body = t('report.body', { item, version: rulesVersion, lng, council: council ?? t('report.noCouncil') });
  const href = `mailto:${core.reportProblemTo}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <p className="card__report no-print">
      <a href={href}>{t('report.link')}</a>
    </p>
  );
}
