/** WordPress detection: pages, Link headers and raw REST JSON tabs. */
export { detect, type DetectOptions } from './detect';
export { detectRawJson, jsonViewerText, classifyJson, isWpPostObject, isWpErrorObject } from './raw-json';
export { parseLinkHeader, hasRel, type LinkValue } from './link-header';
export { postRoute, type PostRoute } from './rest-url';
export { splitRestUrl, joinRest, normaliseRoot, type RestLocation } from '../rest/route';
