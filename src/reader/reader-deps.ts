/** What the reader page needs from outside (main.ts supplies the real ones; jsdom tests supply fakes). */
import type { CurrentPost, Direction } from '../core/rest/adjacent';
import type { RawComments } from '../core/rest/comments';
import type { Article } from '../core/types';
import type { ArticleOutcome, ArticlePayload, Outcome } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { SpeechEnv } from './aloud/speech';
import type { ClipboardLike, Exporters } from './copy';
import type { PageFallbackDeps } from './page-fallback';
import type { PositionStore } from './reading-position';

export interface ReaderDeps {
  getArticle(): Promise<ArticleOutcome>;
  closeReader(): Promise<unknown>;
  /** main.ts: normalizePostSliced, which yields to the browser while it cleans a long post (issue 5). */
  normalize(payload: ArticlePayload): Article | Promise<Article>;
  /** The exports, or a loader: main.ts imports core/export (turndown) on the first copy, off the article's critical path. */
  exporters: Exporters | (() => Promise<Exporters>);
  settings: {
    load(): Promise<Settings>;
    save(partial: Partial<Settings>): Promise<void>;
    onChanged(cb: (settings: Settings) => void): () => void;
    /** Writes a debounced change now. */
    flush(): Promise<void>;
  };
  locale: string;
  /** Best guess of the page URL before the background answers (for "Open original" on early errors). */
  pageUrl?: string;
  print(): void;
  clipboard?: ClipboardLike;
  /** Page extraction after a REST failure (issue 4). Absent: the REST error is shown as it is. */
  page?: PageFallbackDeps;
  /** A REST post's comments, on the reader's click (issue 11, item 4). Absent: no comments section. */
  loadComments?(postId: number): Promise<Outcome<RawComments>>;
  /** The post before / after the shown one on its site (issue 11, item 2); null at either end. Absent: no nav. */
  loadAdjacent?(current: CurrentPost, direction: Direction): Promise<Outcome<ArticlePayload | null>>;
  /** A same-site post or page a link in the article points at (issue 11, item 1). Absent: links open a tab, as before. */
  loadLinked?(href: string): Promise<Outcome<ArticlePayload>>;
  /** Where the reader stopped in each post (issue 11, item 5). Absent: every post opens at its top. */
  positions?: PositionStore;
  /** Read aloud's engine (main.ts: the window's speechSynthesis); absent or undefined: the control explains. */
  speech?: () => SpeechEnv | undefined;
  /** Show the page version when REST has not answered after this long (./slow-rest.ts). Absent: just wait. */
  slowRestMs?: number;
  /** When the user asked for the reader (epoch ms, from the reader URL): the first wait counts from there. */
  openedAt?: number;
}
