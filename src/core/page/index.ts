/**
 * Page extraction (issue 4): when the REST API is out of reach, the article comes from the page itself —
 * the WordPress theme's post container first, Mozilla Readability otherwise — into the same Article model.
 */
export { extractFromPage, type ExtractOptions } from './extract';
export { assertArticlePage, isArticlePage, isPasswordProtected, listPageKind } from './guard';
export { readPageMeta, type PageMeta } from './meta';
export { readJsonLd, type JsonLdFacts } from './jsonld';
export { findContainer, CONTAINER_SELECTORS } from './container';
export { extractionNote } from './note';
export { MIN_CONTAINER_TEXT } from './body';
export { joinPages, MAX_POST_PAGES, PAGE_LINK_SELECTOR, postPages, type PostPage } from './multipage';
