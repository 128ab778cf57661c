/** The article model: WP REST post JSON → Article (see normalize.ts). */
export { normalizePayload, normalizePayloadSliced, normalizePost, normalizePostSliced } from './normalize';
export type { NormalizeOptions } from './normalize';
export { countWords, readingMinutes } from './words';
export { detectDir } from './direction';
export { wpDateToIso } from './dates';
