/**
 * Text helpers for site strings (titles, names, captions). Site strings arrive as HTML with entities
 * (`&#8217;`, `&amp;`); the article model only ever stores them as plain text.
 */
import { htmlToText } from '../clean';

/** HTML fragment → one line of plain text: entities decoded, tags dropped, whitespace collapsed. */
export function lineText(html: unknown): string {
  if (typeof html !== 'string' || html === '') return '';
  return collapse(htmlToText(html));
}

/** Collapses every whitespace run (including NBSP and newlines) into one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
