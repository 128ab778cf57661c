/**
 * The reader's own history (issue 11, item 1): every post shown in place (a same-site link, previous / next)
 * is a step that Back / Forward in the toolbar, or Alt+← / Alt+→, walk through without asking the site again.
 * It lives in the reader only: the frame's URL and the tab's session history are never touched (issue 3: the
 * browser's Back is never hijacked), so with nothing to go back to in the reader, Alt+← is left to the browser.
 */
import type { PostList } from '../core/article/post-list';
import type { Article } from '../core/types';

/** A post shown in place, or a page of an archive's list of posts (issue 11, item 3: Back returns to the list). */
export type HistoryEntry = ({ article: Article } | { list: PostList }) & {
  /** The page URL the reader had for it ("Open original", other-site images). */
  pageUrl?: string;
};

export interface ReaderHistory {
  /** A post shown in place: it follows the current one, and the steps ahead of it are dropped (as in a browser). */
  push(entry: HistoryEntry): void;
  /** Forgets every step (an error or a fresh load replaced what was shown). */
  reset(): void;
  go(step: -1 | 1): Promise<boolean>;
}

/** Steps kept: the oldest is dropped beyond this (an article each, already in memory). */
export const HISTORY_LIMIT = 50;

const KEYS: Record<string, -1 | 1> = { ArrowLeft: -1, ArrowRight: 1 };

export function createHistory(
  root: HTMLElement,
  buttons: { back: HTMLButtonElement; forward: HTMLButtonElement },
  show: (entry: HistoryEntry) => Promise<void>,
): ReaderHistory {
  const entries: HistoryEntry[] = [];
  let index = -1;
  let busy = false;

  const update = (): void => {
    // Hidden until there is a second step: a reader that never left its first post looks as before.
    const visible = entries.length > 1;
    buttons.back.hidden = !visible;
    buttons.forward.hidden = !visible;
    buttons.back.disabled = index <= 0;
    buttons.forward.disabled = index >= entries.length - 1;
  };

  async function go(step: -1 | 1): Promise<boolean> {
    const target = entries[index + step];
    if (busy || !target) return false;
    busy = true;
    index += step;
    update();
    try {
      await show(target);
    } finally {
      busy = false;
    }
    return true;
  }

  buttons.back.addEventListener('click', () => void go(-1));
  buttons.forward.addEventListener('click', () => void go(1));
  root.addEventListener('keydown', (event) => {
    const step = KEYS[event.key];
    if (step === undefined || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented || event.isComposing)
      return;
    if (!entries[index + step]) return; // nothing there in the reader: the browser's own shortcut applies
    event.preventDefault();
    void go(step);
  });
  update();

  return {
    push(entry) {
      entries.splice(index + 1, entries.length, entry);
      if (entries.length > HISTORY_LIMIT) entries.splice(0, entries.length - HISTORY_LIMIT);
      index = entries.length - 1;
      update();
    },
    reset() {
      entries.length = 0;
      index = -1;
      update();
    },
    go,
  };
}
