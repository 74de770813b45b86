/** Checks that need the whole rule set working together: every question and arrangement can be
 * reached, every route ends in exactly one arrangement, no question is asked twice, and every
 * support item applies (or may apply) to somebody. */
import { evaluate } from '../../src/engine/evaluate.ts';
import { enumeratePaths, type EnumeratedPath } from '../../src/engine/paths.ts';
import type { RuleError } from './errors.ts';
import type { Rules } from '../../src/rules/types.ts';

const show = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export function checkRoutes(rules: Rules, paths: EnumeratedPath[] = enumeratePaths(rules)): RuleError[] {
  const errors: RuleError[] = [];
  const asked = new Set(paths.flatMap((p) => p.questions));
  for (const id of rules.questionOrder) {
    if (!asked.has(id)) errors.push({ file: `rules/questions/${id}.yaml`, path: ['id'], message: `no route reaches the question "${id}"` });
  }
  const reached = new Set(paths.map((p) => p.outcome));
  rules.arrangements.forEach((a, i) => {
    if (!reached.has(a.id)) errors.push({ file: 'rules/arrangements.yaml', path: ['arrangements', i, 'when'], message: `no route ends in the arrangement "${a.id}"` });
  });
  const seen = new Set<string>();
  const once = (e: RuleError) => {
    const k = `${e.file}|${e.path.join('.')}|${e.message.split(':')[0]}`;
    if (!seen.has(k)) {
      seen.add(k);
      errors.push(e);
    }
  };
  for (const p of paths) {
    if (p.loop) once({ file: `rules/questions/${p.loop}.yaml`, path: ['next'], message: `the route comes back to "${p.loop}" (answers: ${show(p.answers)})` });
    else if (!p.outcome) once({ file: 'rules/arrangements.yaml', path: ['arrangements'], message: `no arrangement fits the answers: ${show(p.answers)}` });
    else if (p.skippedUnknown.length) {
      const i = rules.arrangements.findIndex((a) => a.id === p.skippedUnknown[0]);
      once({ file: 'rules/arrangements.yaml', path: ['arrangements', i, 'when'], message: `"${p.skippedUnknown[0]}" cannot be decided (its test is unknown) for: ${show(p.answers)}` });
    }
  }
  return errors;
}

/** Support items that never apply or may apply on any route, with or without a council. An item
 * whose status is not-law (no law gives it yet) counts when it is listed as not applying: it is
 * shown, with the reason, so carers do not chase it. */
export function checkSupportReachable(rules: Rules, paths: EnumeratedPath[], asOf: string): RuleError[] {
  const zone = rules.councils.find((c) => c.kinshipZone)?.id;
  const other = rules.councils.find((c) => !c.kinshipZone)?.id;
  const shown = new Set<string>();
  const pending = () => rules.support.some((s) => !shown.has(s.id));
  for (const council of [zone, other, null]) {
    for (const p of paths) {
      if (!pending()) break;
      if (!p.outcome || p.loop) continue;
      const r = evaluate(rules, p.answers, { asOf, council });
      if (!r.complete) continue;
      for (const x of [...r.applies, ...r.warnings, ...r.mayApply]) shown.add(x.id);
      for (const x of r.notApplicable) if (x.status === 'not-law') shown.add(x.id);
    }
  }
  return rules.support
    .filter((s) => !shown.has(s.id))
    .map((s) => ({
      file: `rules/support/${s.id}.yaml`,
      path: [s.appliesWhen ? 'appliesWhen' : 'mayApplyWhen'],
      message: `"${s.id}" applies to nobody: no route makes it apply or may apply (as of ${asOf})`,
    }));
}
