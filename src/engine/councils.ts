/** Finding a council from what a person typed: the council page and the CLI's --council. */
import type { Council } from '../rules/types.ts';

/** Its GSS code or exact name (any case, spaces around ignored), else the only council whose
 * name contains it. */
export function matchCouncil<C extends Pick<Council, 'id' | 'name'>>(councils: C[], typed: string): C | undefined {
  const key = typed.trim().toLowerCase();
  if (!key) return undefined;
  const exact = councils.find((c) => c.name.toLowerCase() === key || c.id.toLowerCase() === key);
  if (exact) return exact;
  const partial = councils.filter((c) => c.name.toLowerCase().includes(key));
  return partial.length === 1 ? partial[0] : undefined;
}
