import { createElement, lazy, type ComponentType } from 'react';

/** A page in its own chunk. React.lazy alone suspends the first time the page is drawn even when
 * its chunk is already downloaded, and React then holds the old page for most of a second (it
 * throttles a suspended navigation): measured 0.8 s from the last question to the council page.
 * preload() fetches the chunk while the carer answers questions; from then on the page draws at
 * once. A failed download (offline before the service worker was installed) can be tried again. */
export function later(load: () => Promise<ComponentType>) {
  let ready: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (c) => (ready = c),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Page() {
    return ready ? createElement(ready) : createElement(Lazy);
  }
  return { Page, preload };
}
