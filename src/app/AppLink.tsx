import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

/** A link to a page of the checker: a real <a href="#/..."> (it works before the app has started,
 * and opens in a new tab like any link), and inside the app a router navigation that can carry
 * state. It replaces the page in the browser's history rather than adding one:
 * the history never lists the questions a carer was asked. React Router's own <Link> brings its prefetching for framework apps, about 2.4 KB of
 * gzip before the first question that this app never uses. */
export function AppLink({
  to,
  state,
  onClick,
  ...rest
}: { to: string; state?: unknown } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const navigate = useNavigate();
  const href = useHref(to);
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    // A new tab or window, a download, or a handler that took over: the browser's own way.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey || rest.target) return;
    e.preventDefault();
    void navigate(to, { state, replace: true });
  };
  return <a {...rest} href={href} onClick={follow} />;
}
