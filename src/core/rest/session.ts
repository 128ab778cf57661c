/**
 * A REST root in use, with the one recovery WordPress needs: a pretty root (`/wp-json/`) that answers a
 * web page (HTML 404 on plain-permalink sites, HTML 200 from a catch-all theme or cache) is retried once
 * through `?rest_route=`, which every WordPress answers (docs/wordpress.md §2.5), and the session keeps
 * using the root that worked.
 */
import { getJson, type Outcome, type RequestContext } from './http';
import { isQueryRoot, queryRootFor, restUrl, type RestParams } from './url';

export class RestSession {
  /** Set once the pretty root failed and `?rest_route=` was tried. */
  private fellBack = false;

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
    const outcome = await getJson(this.url(route, params), this.ctx);
    if (!this.shouldFallBack(outcome)) return outcome;
    this.fellBack = true;
    this.root = queryRootFor(this.root);
    return getJson(this.url(route, params), this.ctx);
  }

  /** Read any absolute URL (an alternate link's href, a search result's `self`) with the same rules. */
  async getUrl(url: string, params?: RestParams): Promise<Outcome> {
    return getJson(restUrl(url, '', params), this.ctx);
  }

  private shouldFallBack(outcome: Outcome): boolean {
    if (this.fellBack || this.ns === '' || isQueryRoot(this.root)) return false;
    return !outcome.json && (outcome.status === 404 || (outcome.status >= 200 && outcome.status < 300));
  }
}
