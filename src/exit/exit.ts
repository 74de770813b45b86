/** 'Leave this page', as GOV.UK Frontend's 'Exit this page' does it, and more, because a carer may
 * be hiding that she looked for help: the page is blanked at once, every answer is cleared from the
 * device (remembered ones too, and the language), this page is replaced in the history by a neutral
 * site (so Back does not come back to it), and inside a charity's page the whole page leaves. If
 * the browser brings the page back from its back/forward cache, it starts again, blank.
 * Shift pressed three times (on its own, each press within 5 seconds of the last) does the same.
 * No React: the app calls it, and it works on whatever is on screen. */

/** A neutral, busy site that says nothing about the checker. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
/** What the frame tells the charity's page (embed.js) when she leaves: only that. */
export const EXIT_MESSAGE = 'kinship-checker:exit';

export interface ExitWords {
  /** On the blank page while the neutral site loads ('Loading.'). */
  leaving: string;
  /** In a frame that may not navigate its page (a sandboxed iframe): what to do instead. */
  stuck: string;
}

let left = false;

/** Storage is the carer's own, on our origin: a quick exit clears all of it, whatever 'Remember
 * my answers' said. */
function clearStorage(win: Window): void {
  for (const k of ['sessionStorage', 'localStorage'] as const) {
    try {
      win[k].clear();
    } catch {
      /* storage blocked: nothing kept */
    }
  }
}

/** The page as it is left: nothing of hers, one neutral line. */
function blank(win: Window, words: string): HTMLElement {
  const doc = win.document;
  const p = doc.createElement('p');
  p.className = 'exit-overlay';
  p.setAttribute('role', 'alert');
  doc.body.replaceChildren(p);
  doc.title = '\u00a0';
  p.textContent = words;
  return p;
}

export function quickExit(win: Window & typeof globalThis, words: ExitWords): void {
  left = true;
  clearStorage(win);
  const note = blank(win, words.leaving);
  if (win.top === win) {
    win.location.replace(EXIT_URL);
    return;
  }
  // In a frame: the charity's page leaves too. The snippet (embed.js) replaces its page on our
  // message; a plain iframe is left by navigating the top page ourselves (allowed from a click or
  // a key press). A sandboxed frame may be refused both: then the page stays blank and says so.
  try {
    win.parent.postMessage({ type: EXIT_MESSAGE }, '*');
  } catch {
    /* no parent to tell */
  }
  const stuck = () => {
    note.textContent = words.stuck;
  };
  try {
    win.top!.location.replace(EXIT_URL);
  } catch {
    stuck();
    return;
  }
  // If the top page did not go (some browsers refuse without an error), say so after a moment.
  win.setTimeout(stuck, 1500);
}

/** A page brought back from the back/forward cache after a quick exit starts again from nothing. */
export function watchReturn(win: Window & typeof globalThis): void {
  win.addEventListener('pageshow', (e) => {
    if (e.persisted && left) {
      clearStorage(win);
      win.location.reload();
    }
  });
}

export interface ShortcutWords {
  pressTwoMore: string;
  pressOneMore: string;
  timedOut: string;
}

/** Shift three times on its own: `onExit`. Each press is announced through `announce` (a status
 * region), as GOV.UK Frontend does. Returns a function that stops listening. */
export function watchShortcut(win: Window & typeof globalThis, words: () => ShortcutWords, announce: (text: string) => void, onExit: () => void): () => void {
  const TIMEOUT = 5000;
  let count = 0;
  let lastWasModified = false;
  let timer: number | undefined;
  const expire = () => {
    timer = undefined;
    if (count > 0) announce(words().timedOut);
    count = 0;
  };
  const onKeyUp = (e: KeyboardEvent) => {
    // A Shift used for a capital letter fires a keyup for the letter with shiftKey set first.
    if (e.key === 'Shift' && !lastWasModified) {
      count += 1;
      win.clearTimeout(timer);
      if (count >= 3) {
        count = 0;
        timer = undefined;
        onExit();
      } else {
        announce(count === 1 ? words().pressTwoMore : words().pressOneMore);
        timer = win.setTimeout(expire, TIMEOUT);
      }
    } else if (timer !== undefined) {
      win.clearTimeout(timer);
      expire();
    }
    lastWasModified = e.shiftKey;
  };
  win.document.addEventListener('keyup', onKeyUp, true);
  return () => win.document.removeEventListener('keyup', onKeyUp, true);
}
