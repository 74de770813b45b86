/** The compiled, validated rule set. Built from rules/ by compileRules(); the engine and the
 * machine read only this. */

export type Condition =
  | { kind: 'predicate'; name: string }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition }
  | { kind: 'answer'; question: string; in: string[]; notSureIsNo: boolean; notAskedIsNo?: boolean }
  | { kind: 'arrangement'; in: string[] }
  | { kind: 'council'; is: CouncilTest }
  | { kind: 'asOf'; from?: string; before?: string };

export const COUNCIL_TESTS = ['kinship-zone', 'london'] as const;
export type CouncilTest = (typeof COUNCIL_TESTS)[number];

export type Reference =
  /** cite: the short citation a case note shows, e.g. "CA 1989 s.22(1)" (optional). */
  | { title: string; href: string; cite?: string }
  | { seed: string; lines: [number, number]; quote: string };

export interface Transition {
  when?: string;
  goto: string;
}

export interface Question {
  id: string;
  answers: string[];
  next: Transition[];
  references: Reference[];
  /** Amount dimensions this question's answer decides, e.g. age-band: { under-2: '0-2' }. */
  sets: Partial<Record<Dimension, Record<string, string>>>;
}

export const ARRANGEMENT_KINDS = ['kinship', 'uncertain', 'not-kinship', 'outside-england'] as const;
export type ArrangementKind = (typeof ARRANGEMENT_KINDS)[number];

export const FACT_VALUES = {
  parentalResponsibility: [
    'parents',
    'carer-shared',
    'carer-overriding',
    'council-shared',
    'council-or-parents',
    'adopter',
    'guardian',
    'guardian-not-yet',
    'no-one',
    'unclear',
    'not-applicable',
  ],
  lookedAfter: ['yes', 'no', 'maybe', 'not-applicable'],
  lasts: [
    'agreement',
    'until-18',
    'while-looked-after',
    'while-looked-after-not-approved',
    'no-parent-to-agree',
    'permanent',
    'short',
    'until-adopted',
    'unclear',
    'not-applicable',
  ],
} as const;

export interface ArrangementFacts {
  parentalResponsibility: (typeof FACT_VALUES.parentalResponsibility)[number];
  lookedAfter: (typeof FACT_VALUES.lookedAfter)[number];
  lasts: (typeof FACT_VALUES.lasts)[number];
}

export interface Arrangement {
  id: string;
  kind: ArrangementKind;
  when: Condition;
  facts: ArrangementFacts;
  /** Facts that hold only for some carers in the arrangement: each entry whose \`when\` is true
   * replaces the facts it names (later entries win). Unknown leaves the facts as they are. */
  factsWhen: { when: Condition; facts: Partial<ArrangementFacts> }[];
  references: Reference[];
}

export interface Predicate {
  name: string;
  file: string;
  when: Condition;
  references: Reference[];
}

export const CATEGORIES = [
  'money',
  'legal',
  'learning-and-support',
  'education',
  'work',
  'duties',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['right', 'your-duty', 'duty', 'discretionary', 'pilot', 'not-law', 'info'] as const;
export type Status = (typeof STATUSES)[number];

/** Who provides a support item: one of the ids in rules/providers.yaml (checked by the compiler). */
export type Provider = string;

export const TESTS = ['means', 'merits', 'gateway-evidence'] as const;
export type EligibilityTest = (typeof TESTS)[number];

export const PERIODS = ['week', 'month', 'year', 'once'] as const;
export type Period = (typeof PERIODS)[number];

export const DIMENSIONS = {
  region: ['london', 'south-east', 'rest-of-england'],
  'age-band': ['0-2', '3-4', '5-10', '11-15', '16-17'],
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** A dated amount: a number in pounds, a table over dimensions, 'not-confirmed', or null (ended). */
export type AmountValue = number | 'not-confirmed' | null | { [key: string]: AmountValue };

export interface Amount {
  id: string;
  period: Period;
  dimensions: Dimension[];
  /** Sorted by date, oldest first. Empty when sameAs is set. */
  values: { from: string; value: AmountValue }[];
  sameAs?: { item: string; amount: string };
  /** Counts in the result's weekly money figure. */
  weekly: boolean;
}

/** An organisation she can call or visit on the web (rules/contacts.yaml); its name and, where
 * confirmed, its hours are in locales (app contact.<id>.name, contact.<id>.hours). */
export interface Contact {
  id: string;
  phone?: string;
  hours: boolean;
  web: string;
  references: Reference[];
  lastChecked: string;
}

export const STEP_ACTIONS = ['call', 'link', 'letter'] as const;
/** A support item's place in 'What to do now': urgency 1 first to 9 last; the action is a phone
 * call (its first contact with a number), its official link, or its letter. */
export interface Step {
  urgency: number;
  action: (typeof STEP_ACTIONS)[number];
  remindInDays?: number;
  /** Kept in the list when it is full (the free advice line): it takes the last place. */
  keep?: boolean;
}

export interface SupportItem {
  id: string;
  category: Category;
  status: Status;
  statusWhen: { when: Condition; status: Status }[];
  provider: Provider;
  tests: EligibilityTest[];
  warning: boolean;
  relevantWhen: Condition;
  /** Absent when the checker never asks the facts that decide it: the item is then at most
   * 'may apply', and mayApplyWhen is required. */
  appliesWhen?: Condition;
  mayApplyWhen?: Condition;
  amounts: Amount[];
  notes: { id: string; when: Condition }[];
  references: Reference[];
  lastChecked: string;
  notModelled?: string;
  letter?: Letter;
  contacts: string[];
  link?: { title: string; href: string };
  step?: Step;
}

/** Letters a carer can send to the council (English: councils read English), in locales/en/letters.json. */
export const LETTERS = ['lookedAfter', 'sgoAssessment'] as const;
export type Letter = (typeof LETTERS)[number];

export interface Council {
  /** GSS code, e.g. E09000004. */
  id: string;
  name: string;
  dfeCode: string;
  region: string;
  /** The national minimum fostering allowance band, where it is confirmed (rules/councils.csv
   * nma_region); absent where it is not, and both bands outside London are shown. */
  nmaRegion?: (typeof DIMENSIONS.region)[number];
  kinshipZone: boolean;
}

/** Another name for one council or several (rules/council-aliases.yaml), e.g. "Hull", "Cumbria". */
export interface CouncilAlias {
  /** What a carer may type. */
  typed: string[];
  /** The councils it means, by GSS code: one is found at once, several are offered as a choice. */
  councils: string[];
}

/** A legal route a carer may take (rules/options.yaml), for 'Compare your options'. */
export interface RouteOption {
  id: string;
  current: boolean;
  openFor: string[];
  /** Also open when the child's looked-after status for this carer is one of these. */
  openWhenLookedAfter: LookedAfter[];
  set: Record<string, string | { fromLookedAfter: Record<'yes' | 'no' | 'maybe' | 'not-applicable', string> }>;
  gettingThere: string[];
  /** The route carries the get-advice-first warning when looked-after status is one of these. */
  adviceFirstWhenLookedAfter: LookedAfter[];
  references: Reference[];
}

export type LookedAfter = ArrangementFacts['lookedAfter'];

/** What 'you would stop getting' lists: support of these categories, not of these statuses. */
export interface StopGetting {
  categories: Category[];
  exceptStatuses: Status[];
}

export interface Rules {
  version: number;
  lastChecked: string;
  /** The date of the newest evidence the rules rest on: how old they are is dated from this. */
  sourcesUpTo: string;
  start: string;
  questions: Record<string, Question>;
  /** Question ids in file-name order (stable). */
  questionOrder: string[];
  arrangements: Arrangement[];
  predicates: Record<string, Predicate>;
  support: SupportItem[];
  councils: Council[];
  councilAliases: CouncilAlias[];
  options: RouteOption[];
  stopGetting: StopGetting;
  /** Who may provide support (rules/providers.yaml). */
  providers: string[];
  /** Who she can call (rules/contacts.yaml). */
  contacts: Contact[];
  /** Where 'Report a problem with this answer' writes to (rules/meta.yaml). */
  reportProblemTo: string;
}

/** Everything but the support items and the routes to compare. */
export type CoreRules = Omit<Rules, 'support' | 'options' | 'stopGetting'>;

/** What the interview itself needs, and all of the rules the app downloads before the first
 * question: each question's answers and where they lead, the tests of the arrangements and
 * predicates, and the councils' codes (to check a saved answer). References, council names and
 * the rest come with the pages that show them (virtual:rules/core). */
export interface InterviewRules {
  version: number;
  lastChecked: string;
  sourcesUpTo: string;
  start: string;
  questions: Record<string, Pick<Question, 'id' | 'answers' | 'next' | 'sets'>>;
  questionOrder: string[];
  arrangements: Pick<Arrangement, 'id' | 'when'>[];
  predicates: Record<string, Pick<Predicate, 'when'>>;
  councils: Pick<Council, 'id'>[];
}

/** The interview's part of the rules (see InterviewRules), nothing else. */
export function interviewRules(rules: CoreRules): InterviewRules {
  const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
  return {
    version: rules.version,
    lastChecked: rules.lastChecked,
    sourcesUpTo: rules.sourcesUpTo,
    start: rules.start,
    questions: Object.fromEntries(Object.entries(rules.questions).map(([id, q]) => [id, pick(q, ['id', 'answers', 'next', 'sets'])])),
    questionOrder: rules.questionOrder,
    arrangements: rules.arrangements.map((a) => pick(a, ['id', 'when'])),
    predicates: Object.fromEntries(Object.entries(rules.predicates).map(([n, p]) => [n, pick(p, ['when'])])),
    councils: rules.councils.map((c) => ({ id: c.id })),
  };
}

/** The carer's answers: question id -> answer id. */
export type Answers = Record<string, string>;

export const RESULT_TARGET = 'result';
export const NOT_SURE = 'not-sure';
