/** The one place the app asks the engine for a result: the result page and the pages under it
 * (compare, case note, letters) read the journey's context and call these. The journey only lets
 * her onto those pages once her route is complete and the council question answered. */
import { useMemo } from 'react';
import { evaluate, type Result } from '../engine/evaluate.ts';
import { compareOptions, type Comparison } from '../engine/compare.ts';
import { routeAnswers } from '../interview/journey.ts';
import type { Rules } from '../rules/types.ts';
import { useApp } from './context.tsx';
import { useJourney } from './journey.tsx';
// The support items and routes come with the result pages (their own chunk), not the interview.
import core from 'virtual:rules/core';
import support, { options, stopGetting } from 'virtual:rules/support';

/** All the rules: the interview's, the references and councils, the support items and routes. */
export const rules: Rules = { ...core, support, options, stopGetting };

/** Her result, from the answers on her route; undefined only for the moment she leaves the page
 * by starting again (the page then shows nothing). */
export function useResult(): Result | undefined {
  const context = useJourney((s) => s.context);
  const { today } = useApp();
  return useMemo(() => {
    const r = evaluate(rules, routeAnswers(context), { asOf: today, council: context.council ?? null });
    return r.complete ? r : undefined;
  }, [context, today]);
}

/** 'Compare your options' for her answers (every kept answer: a route may use one her own route
 * did not ask); undefined when no other route is open to her. */
export function useComparison(): Comparison | undefined {
  const context = useJourney((s) => s.context);
  const { today } = useApp();
  return useMemo(() => compareOptions(rules, context.answers, { asOf: today, council: context.council ?? null }), [context, today]);
}
