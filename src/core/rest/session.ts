/**
 * A REST root in use, with the one recovery WordPress needs: a pretty root (`/wp-json/`) that answers a
 * web page (HTML 404 on plain-permalink sites, HTML 200 from a catch-all theme or cache) is retried once
 * through `?rest_route=`, which every WordPress answers (docs/wordpress.md §2.5), and the session keeps
 * using the root that worked.
 */
import { getJson, type Outcome, type RequestContext } from './http';
import { isQueryRoot } from './route';
import { queryRootFor, restUrl, type RestParams } from './url';

export class RestSession {
  /** Set once the pretty root failed and `?rest_route=` was tried. */
  private fellBack = false;
  /** Answers by URL: ladder rungs can name the same URL (alternate link = `posts/N`); ask it once. */
  private readonly answers = new Map<string, Promise<Outcome>>();

  constructor(
    public root: string,
    /** Prefix of core routes under this root: `wp/v2/` normally, empty for public-api.wordpress.com's `…/sites/{site}/`. */
    readonly ns: string,
    readonly ctx: RequestContext,
  ) {}

  /** `posts/12` → the URL of the core route under this root. */
  url(route: string, params?: RestParams): string {
    return restUrl(this.root, `${this.ns}${route}`, params);
  }

  async get(route: string, params?: RestParams): Promise<Outcome> {
    const outcome = await this.once(this.url(route, params));
    if (!this.shouldFallBack(outcome)) return outcome;
    this.fellBack = true;
    this.root = queryRootFor(this.root);
    return this.once(this.url(route, params));
  }

  /** Read any absolute URL (an alternate link's href, a search result's `self`) with the same rules. */
  async getUrl(url: string, params?: RestParams): Promise<Outcome> {
    return this.once(restUrl(url, '', params));
  }

  private once(url: string): Promise<Outcome> {
    let answer = this.answers.get(url);
    if (answer === undefined) {
      answer = getJson(url, this.ctx);
      this.answers.set(url, answer);
    }
    return answer;
  }

  private shouldFallBack(outcome: Outcome): boolean {
    if (this.fellBack || this.ns === '' || isQueryRoot(this.root)) return false;
    if (outcome.json) return false;
    // A redirect we could not follow (redirects.ts): `?rest_route=` often escapes it (a language prefix, a
    // theme's catch-all redirect on `/wp-json/`).
    return outcome.status === 404 || outcome.kind === 'redirect' || (outcome.kind === 'html' && outcome.status >= 200 && outcome.status < 300);
  }
}
