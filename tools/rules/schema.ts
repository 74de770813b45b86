/** The shape of each rules file, in zod (strict: an unknown key is an error, never ignored). */
import { z } from 'zod';
import { isRealDate } from '../../src/engine/evaluate.ts';
import {
  ARRANGEMENT_KINDS,
  CATEGORIES,
  DIMENSIONS,
  FACT_VALUES,
  PERIODS,
  STATUSES,
  TESTS,
  LETTERS,
  type Dimension,
} from '../../src/rules/types.ts';

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PREDICATE_NAME = /^[a-z][A-Za-z0-9]*$/;
export const id = z.string().regex(ID, 'must be lower-case words joined by hyphens, e.g. "child-benefit"');
export const date = z.string().refine(isRealDate, 'must be a real date written YYYY-MM-DD, e.g. "2026-11-22"');
// YAML reads an unquoted 2026-11-22 as a date; accept both and keep the text.
export const dateLike = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), date);

export const nonBlank = z.string().refine((v) => v.trim().length > 0, 'must not be empty or only spaces');

export const referenceSchema = z.union([
  z.strictObject({
    title: nonBlank,
    href: z.string().regex(/^https?:\/\/\S+$/, 'must be a web address starting http:// or https://'),
    /** The short citation a case note shows, e.g. "CA 1989 s.22(1)" (optional). */
    cite: nonBlank.refine((v) => v.length <= 60, 'a short citation is at most 60 characters').optional(),
  }),
  z.strictObject({
    seed: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in seeds/'),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    quote: nonBlank,
  }),
]);
export const references = z.array(referenceSchema);

export const metaSchema = z.strictObject({
  version: z.number().int().min(1),
  jurisdiction: z.literal('england'),
  lastChecked: dateLike,
  sourcesUpTo: dateLike,
  start: id,
  reportProblemTo: z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i, 'must be an email address, e.g. checker@example.org.uk'),
});

export const questionSchema = z.strictObject({
  id,
  answers: z.array(id).min(2, 'a question needs at least two answers'),
  next: z
    .array(
      z.strictObject({
        when: z.string().regex(PREDICATE_NAME, 'must be a predicate name, e.g. isCloseRelative').optional(),
        goto: id,
      }),
    )
    .min(1, 'every question needs at least one `next` entry'),
  references: references.min(1, 'every question needs at least one reference'),
  sets: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});

export const factsSchema = z.strictObject({
  parentalResponsibility: z.enum(FACT_VALUES.parentalResponsibility),
  lookedAfter: z.enum(FACT_VALUES.lookedAfter),
  lasts: z.enum(FACT_VALUES.lasts),
});

export const arrangementsSchema = z.strictObject({
  lastChecked: dateLike,
  arrangements: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(ARRANGEMENT_KINDS),
        when: z.unknown(),
        facts: factsSchema,
        factsWhen: z.array(z.strictObject({ when: z.unknown(), facts: factsSchema.partial() })).optional(),
        references: references.min(1, 'every arrangement needs at least one reference'),
      }),
    )
    .min(1),
});

export const predicateSchema = z.strictObject({
  when: z.unknown(),
  references: references.optional(),
});

export const amountSchema = z.strictObject({
  id,
  period: z.enum(PERIODS),
  dimensions: z.array(z.enum(Object.keys(DIMENSIONS) as [Dimension, ...Dimension[]])).optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  sameAs: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be ITEM/AMOUNT, e.g. fostering-allowance/nma')
    .optional(),
  /** Counts in the result's weekly money figure (one amount per item: for one child). */
  weekly: z.literal(true).optional(),
});

const officialLink = z.strictObject({
  title: nonBlank,
  href: z.string().regex(/^https:\/\/\S+$/, 'must be a web address starting https://'),
});

/** One step of 'What to do now': how soon (1 first, 9 last) and what she does. */
export const stepSchema = z.strictObject({
  urgency: z.number().int().min(1, 'urgency is 1 (first) to 9 (last)').max(9, 'urgency is 1 (first) to 9 (last)'),
  action: z.enum(['call', 'link', 'letter']),
  /** Offer a reminder on her calendar this many days from today (an .ics file made on the device). */
  remindInDays: z.number().int().min(1).max(400).optional(),
  /** Kept in the list when it is full (the free advice line): it takes the last place. */
  keep: z.literal(true).optional(),
});

export const supportSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  statusWhen: z.array(z.strictObject({ when: z.unknown(), status: z.enum(STATUSES) })).optional(),
  provider: id,
  tests: z.array(z.enum(TESTS)).optional(),
  warning: z.boolean().optional(),
  relevantWhen: z.unknown().optional(),
  appliesWhen: z.unknown().optional(),
  mayApplyWhen: z.unknown().optional(),
  amounts: z.array(amountSchema).optional(),
  notes: z.array(z.strictObject({ id, when: z.unknown() })).optional(),
  references: references.min(1, 'every support item needs at least one reference'),
  lastChecked: dateLike,
  notModelled: z.string().optional(),
  /** A letter the carer can send about this item (its words are in locales/en/letters.json). */
  letter: z.enum(LETTERS).optional(),
  /** Who she can call or write to about it: ids in rules/contacts.yaml. */
  contacts: z.array(id).optional(),
  /** The official page where she claims, applies or finds who to ask. */
  link: officialLink.optional(),
  step: stepSchema.optional(),
});

export const contactsSchema = z.strictObject({
  contacts: z
    .array(
      z.strictObject({
        id,
        /** As printed by the organisation, e.g. "0808 801 0366". Left out where no current number is confirmed. */
        phone: z
          .string()
          .regex(/^0\d{2,4}( ?\d{1,4}){2,4}$/, 'must be a UK number as printed, e.g. "0808 801 0366"')
          .optional(),
        /** Whether its opening hours are confirmed: they are then in locales (app contact.<id>.hours). */
        hours: z.boolean(),
        web: z.string().regex(/^https:\/\/\S+$/, 'must be a web address starting https://'),
        references: references.min(1, 'every contact needs a source'),
        lastChecked: dateLike,
      }),
    )
    .min(1),
});

export const zonesSchema = z.strictObject({
  announced: dateLike,
  lastChecked: dateLike,
  councils: z.array(z.string().regex(/^E\d{8}$/, 'must be a GSS code like E09000004')),
  references: references.min(1),
});

export const councilAliasesSchema = z.strictObject({
  aliases: z.array(
    z
      .strictObject({
        typed: z.array(nonBlank).min(1, 'list what a carer may type'),
        why: nonBlank.optional(),
        councils: z
          .array(z.string().regex(/^E\d{8}$/, 'must be a GSS code like E09000004'))
          .min(1)
          .optional(),
        region: nonBlank.optional(),
      })
      .refine((a) => (a.councils === undefined) !== (a.region === undefined), 'give either councils (GSS codes) or a region, not both'),
  ),
});

export const lookedAfterMap = z.strictObject({ yes: id, no: id, maybe: id, 'not-applicable': id });
export const optionsSchema = z.strictObject({
  lastChecked: date,
  options: z
    .array(
      z.strictObject({
        id,
        current: z.literal(true).optional(),
        openFor: z.array(id).min(1).optional(),
        set: z.record(z.string(), z.union([id, z.strictObject({ fromLookedAfter: lookedAfterMap })])).optional(),
        gettingThere: z.array(id).optional(),
        openWhenLookedAfter: z.array(z.enum(FACT_VALUES.lookedAfter)).optional(),
        adviceFirstWhenLookedAfter: z.array(z.enum(FACT_VALUES.lookedAfter)).optional(),
        references: references.optional(),
      }),
    )
    .min(2),
  stopGetting: z.strictObject({ categories: z.array(z.enum(CATEGORIES)).min(1), exceptStatuses: z.array(z.enum(STATUSES)) }),
});

export const providersSchema = z.strictObject({
  providers: z.array(id).min(1),
});
