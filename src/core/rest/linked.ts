/**
 * "Stay in the reader" (issue 11, item 1): a link in the article to another post or page of the same site is
 * read through REST, by the same ladder as the first open (./ladder.ts: `?p=N` / `?page_id=N` by ID, else the
 * slug of the path, its `link` checked), on the session's own REST root and origin guard (./site-api.ts).
 * Only on the reader's click. Which links qualify: ./linked-target.ts.
 */
import { ReaderError } from '../errors';
import type { Detection, FetchedPost } from '../types';
import type { RestOptions } from './http';
import { climb } from './ladder';
import { linkedTarget } from './linked-target';
import { siteSession, type PostSource } from './site-api';

/** The linked post or page, read like the first one; a link that cannot name one is 'not-found' (no-post-named). */
export async function fetchLinked(source: PostSource, href: string, opts: RestOptions = {}): Promise<FetchedPost> {
  const target = linkedTarget(href, source.detection.pageUrl);
  if (!target) throw new ReaderError('not-found', { detail: 'no-post-named' });
  const { restRoot, wpcomSite } = source.detection;
  // Only what the link itself says: none of the first page's signals (its ID, JSON link, canonical) apply to it.
  const detection: Detection = {
    isWordPress: true,
    pageUrl: target.url,
    pageKind: 'singular',
    signals: [],
    ...(restRoot !== undefined ? { restRoot } : {}),
    ...(wpcomSite !== undefined ? { wpcomSite } : {}),
    ...(target.postId !== undefined ? { postId: target.postId } : {}),
    ...(target.postType !== undefined ? { postType: target.postType } : {}),
  };
  const found = await climb(detection, siteSession(source, opts));
  return { post: found.post, jsonUrl: found.jsonUrl };
}
