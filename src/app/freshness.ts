/** How old the rules are. The checker says plainly when its information may be out of date. */

/** Information checked longer ago than this may be out of date. */
export const STALE_AFTER_MONTHS = 6;

/** True when `lastChecked` is more than STALE_AFTER_MONTHS before `today` (both YYYY-MM-DD). */
export function isStale(lastChecked: string, today: string, months = STALE_AFTER_MONTHS): boolean {
  const [y, m, d] = lastChecked.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const limitY = Math.floor(total / 12);
  const limitM = (total % 12) + 1;
  // The same day of the month, or the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb).
  const lastDay = new Date(Date.UTC(limitY, limitM, 0)).getUTCDate();
  const limit = `${limitY}-${String(limitM).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return today > limit;
}
