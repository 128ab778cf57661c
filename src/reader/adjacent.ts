/**
 * "Previous post" / "Next post" at the end of a REST post (issue 11, item 2), and Alt+PageUp / Alt+PageDown
 * anywhere in the reader. Nothing is asked of the site until the reader presses one: then the background
 * finds that post on the session's own site (src/core/rest/adjacent.ts) and the reader shows it in place, its
 * title focused (./reader-app.ts). At either end of the site the nav says so in its polite live region.
 */
import type { Direction } from '../core/rest/adjacent';
import type { Article, ReaderErrorData } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import { el } from './dom';

/** What opening the adjacent post came to: shown (the nav is gone with the old article), none, or a failure. */
export type AdjacentResult = 'shown' | 'none' | ReaderErrorData;
export type GoAdjacent = (direction: Direction) => Promise<AdjacentResult>;

const KEYS: Record<string, Direction> = { PageUp: 'previous', PageDown: 'next' };

/** The nav for a REST post with a site-local date (pages and extracted articles have no order by date). */
export function renderAdjacentNav(article: Article, go: GoAdjacent): HTMLElement | undefined {
  if (article.origin !== 'rest' || article.rest?.type !== 'post' || article.rest.siteDate === undefined) return undefined;
  const status = el('p', { class: 'cp-adjacent-status', role: 'status', 'aria-live': 'polite' });
  const nav = el('nav', { class: 'cp-adjacent', 'aria-label': t('reader_adjacentLabel') });
  const buttons = (['previous', 'next'] as const).map((direction) => {
    const button = el(
      'button',
      {
        type: 'button',
        class: `cp-adjacent-${direction} cp-button`,
        'data-direction': direction,
        'aria-keyshortcuts': `Alt+${direction === 'previous' ? 'PageUp' : 'PageDown'}`,
      },
      t(direction === 'previous' ? 'reader_previousPost' : 'reader_nextPost'),
    );
    button.addEventListener('click', () => void open(direction));
    return button;
  });
  nav.append(el('div', { class: 'cp-adjacent-buttons' }, ...buttons), status);

  let busy = false;
  async function open(direction: Direction): Promise<void> {
    if (busy) return;
    busy = true;
    nav.setAttribute('aria-busy', 'true');
    status.textContent = t('reader_adjacentLoading');
    delete status.dataset.kind;
    let result: AdjacentResult;
    try {
      result = await go(direction);
    } catch {
      result = { kind: 'internal' };
    }
    busy = false;
    nav.removeAttribute('aria-busy');
    if (result === 'shown') return;
    if (result === 'none') {
      status.textContent = t(direction === 'previous' ? 'reader_noPreviousPost' : 'reader_noNextPost');
      buttons[direction === 'previous' ? 0 : 1]!.disabled = true;
      return;
    }
    status.dataset.kind = 'error';
    status.textContent = t('reader_adjacentFailed', errorText(result).message);
  }
  return nav;
}

/** Alt+PageUp / Alt+PageDown press the nav's buttons (when the shown post has them). */
export function bindAdjacentKeys(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    const direction = KEYS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented || event.isComposing) return;
    const button = root.querySelector<HTMLButtonElement>(`.cp-adjacent-${direction}`);
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
  });
}
