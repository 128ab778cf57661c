/** The last pass every exported HTML string takes: the shared sanitiser (the one DOMPurify configuration). */
import { sanitizeHtml } from '../clean';

/** Sanitised, detached element (in an inert document) holding `html`. */
export function sanitizeFinal(html: string, baseUrl: string): HTMLElement {
  return sanitizeHtml(html, baseUrl);
}
