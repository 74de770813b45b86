/** A problem in a rules file, named the way a maintainer can find it: the file, the place inside
 * it (a dotted path, with the line where known) and what is wrong. */
export interface RuleError {
  file: string;
  path: (string | number)[];
  message: string;
  line?: number;
}

export function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(top)' : out;
}

export function formatError(e: RuleError): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}` : e.file;
  return `${where}: ${formatPath(e.path)}: ${e.message}`;
}

export class RulesInvalidError extends Error {
  readonly errors: RuleError[];
  constructor(errors: RuleError[]) {
    super(
      `The rules have ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${formatError(e)}`).join('\n'),
    );
    this.name = 'RulesInvalidError';
    this.errors = errors;
  }
}
