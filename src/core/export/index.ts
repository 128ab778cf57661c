/** Exports of an Article: plain text, Markdown and sanitised HTML, each ending with the attribution. */
export { toPlainText } from './plain-text';
export { toMarkdown } from './markdown';
export { toHtml } from './html';
export { formatDate } from './meta';
export { toQuote, type QuoteExport } from './quote';
export type { ExportOptions, ExportWords } from './meta';
export { fileName, htmlPage } from './file';
export type { SaveFormat } from './file';
export type { MarkdownOptions } from './meta';
