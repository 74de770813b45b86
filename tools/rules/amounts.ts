/** Amounts in support items: a number of pounds, "not-confirmed", null (ended), or a table by
 * dimension (region, age band), checked to name every value of each dimension once. */
import type { Collector, Path } from './collect.ts';
import { DIMENSIONS, type AmountValue, type Dimension } from '../../src/rules/types.ts';

export function parseAmountValue(raw: unknown, dims: Dimension[], path: Path, file: string, c: Collector): AmountValue | undefined {
  if (dims.length === 0) {
    if (raw === null || raw === 'not-confirmed') return raw;
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
    c.add(file, path, 'must be an amount in pounds (a number), "not-confirmed", or null (ended)');
    return undefined;
  }
  if (raw === null || raw === 'not-confirmed') return raw;
  const [dim, ...rest] = dims as [Dimension, ...Dimension[]];
  const allowed: readonly string[] = DIMENSIONS[dim];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    c.add(file, path, `must be a table by ${dim} (${allowed.join(', ')}), "not-confirmed", or null`);
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const out: Record<string, AmountValue> = {};
  let ok = true;
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      c.add(file, [...path, k], `"${k}" is not a ${dim}; use one of: ${allowed.join(', ')}`);
      ok = false;
    }
  }
  for (const k of allowed) {
    if (!(k in obj)) {
      c.add(file, path, `the ${dim} "${k}" is missing from this table`);
      ok = false;
      continue;
    }
    const v = parseAmountValue(obj[k], rest, [...path, k], file, c);
    if (v === undefined) ok = false;
    else out[k] = v;
  }
  return ok ? out : undefined;
}
