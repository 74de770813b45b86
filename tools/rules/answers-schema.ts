/** The shape of a carer's answers, generated from the rules: an object whose keys are question
 * ids and whose values are one of that question's answer ids. Every key is optional (a route
 * asks only some questions); unknown keys are refused. One source: rules/questions. */
import { z } from 'zod';
import type { Rules } from '../../src/rules/types.ts';

export function answersSchema(rules: Rules) {
  const shape: Record<string, z.ZodOptional<z.ZodEnum>> = {};
  for (const id of rules.questionOrder) {
    const q = rules.questions[id]!;
    shape[id] = z
      .enum(q.answers as [string, ...string[]])
      .describe(`Answer to the question "${id}"`)
      .optional();
  }
  return z.strictObject(shape).describe('A kinship carer\'s answers: question id to answer id');
}

/** The JSON Schema written to rules/answers.schema.json (checked to be current by the tests). */
export function answersJsonSchema(rules: Rules): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersSchema(rules), { target: 'draft-2020-12' }),
    $id: 'answers.schema.json',
    title: `Kinship care checker answers (rules version ${rules.version})`,
  };
}

export function answersJsonSchemaText(rules: Rules): string {
  return `${JSON.stringify(answersJsonSchema(rules), null, 2)}\n`;
}
