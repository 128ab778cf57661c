/**
 * The last pass every exported HTML string takes. TEMPORARY: calls DOMPurify directly until the shared
 * `sanitizeHtml` of ../clean lands; then this becomes `sanitizeHtml(html, baseUrl).innerHTML`.
 */
import DOMPurify from 'dompurify';

export function sanitizeFinal(html: string, baseUrl: string): string {
  void baseUrl;
  return DOMPurify.sanitize(html);
}
