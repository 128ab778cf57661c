/** The WordPress REST client: no DOM, only fetch, URL, AbortSignal and JSON (it runs in a service worker). */
export { restUrl, queryRootFor, type RestParams } from './url';
export { isQueryRoot, rootOfItemUrl, splitRestUrl, joinRest, normaliseRoot, type RestLocation } from './route';
export { fetchPost, type FetchPostOptions } from './fetch-post';
export { fetchSiteInfo, siteInfoFromIndex, siteInfoFromWpcom, SITE_FIELDS } from './site-info';
export { DEFAULT_TIMEOUT_MS, MAX_BODY_BYTES, type RestOptions } from './http';
export { EMBED } from './ladder';
export { REST_DISABLED_CODES, NOT_FOUND_CODES } from './failures';
export { slugFromPageUrl, sameArticleUrl } from './page-url';
export { wpcomRoot } from './wpcom';
export { deadline, anySignal } from './abort';
export { capJsonDepth, MAX_JSON_DEPTH } from './json-depth';
