/**
 * Requests about the site a post came from, after the post itself was read (comments, previous / next
 * post: issue 11): the same REST root the post was read from, the same origin guard (the page's origin, or
 * the WordPress.com site's own paths), the same limits, timeouts and typed failures as fetchPost.
 */
import { ReaderError } from '../errors';
import type { Detection } from '../types';
import type { RequestContext, RestOptions } from './http';
import { guardForPage } from './origin-guard';
import { rootOfItemUrl } from './route';
import { RestSession } from './session';
import { WPCOM_API_ORIGIN, wpcomRoot } from './wpcom';

/** What a reader session knows about where its post came from (the background keeps it per session). */
export interface PostSource {
  detection: Detection;
  /** The URL the post JSON was read from (FetchedPost.jsonUrl). */
  jsonUrl: string;
}

/** A RestSession on the post's own REST root, guarded like the request that read the post. */
export function siteSession(source: PostSource, opts: RestOptions = {}): RestSession {
  const { detection, jsonUrl } = source;
  const { guard, wpcom } = guardForPage(detection);
  if (!guard.allows(jsonUrl)) throw new ReaderError('bad-response', { detail: 'other-site-data', url: jsonUrl });
  const ctx: RequestContext = { opts, guard };
  if (wpcom !== undefined && jsonUrl.startsWith(`${WPCOM_API_ORIGIN}/`)) return new RestSession(wpcomRoot(wpcom), '', ctx);
  const root = [rootOfItemUrl(jsonUrl), detection.restRoot].find((r): r is string => r !== undefined && guard.allows(r));
  if (root === undefined) throw new ReaderError('rest-disabled', { detail: 'rest-hidden', url: jsonUrl });
  return new RestSession(root, 'wp/v2/', ctx);
}
