/**
 * The `<link>` elements and `Link` header entries WordPress prints (docs/wordpress.md §1.1–§1.8), gathered into
 * one shape so the page and the HTTP header are read by the same rules.
 */
import { byTag } from './elements';
import { parseLinkHeader } from './link-header';
import { parseHttpUrl } from '../url';

export interface LinkFacts {
  /** rel="https://api.w.org/" hrefs (absolute, http(s) only), in document order. */
  api: URL[];
  /** rel="alternate" type="application/json" hrefs. */
  alternateJson: URL[];
  /** oEmbed discovery hrefs (type application/json+oembed or text/xml+oembed). */
  oembed: URL[];
  /** rel="EditURI" (RSD) hrefs. */
  editUri: URL[];
  /** rel="shortlink" hrefs. */
  shortlink: URL[];
  /** rel="canonical" hrefs. */
  canonical: URL[];
}

export function emptyLinkFacts(): LinkFacts {
  return { api: [], alternateJson: [], oembed: [], editUri: [], shortlink: [], canonical: [] };
}

const API_REL = 'https://api.w.org/';

function addLink(facts: LinkFacts, relTokens: string[], type: string, url: URL): void {
  const rels = relTokens.map((t) => t.toLowerCase());
  // Exact token match: rel="https://api.w.org/" and nothing that merely contains it.
  if (rels.includes(API_REL)) facts.api.push(url);
  if (rels.includes('alternate')) {
    if (type === 'application/json') facts.alternateJson.push(url);
    else if (type === 'application/json+oembed' || type === 'text/xml+oembed') facts.oembed.push(url);
  }
  if (rels.includes('edituri')) facts.editUri.push(url);
  if (rels.includes('shortlink')) facts.shortlink.push(url);
  if (rels.includes('canonical')) facts.canonical.push(url);
}

/** Read every `<link rel href>` in the document (themes sometimes print them outside `<head>`). */
export function readDocumentLinks(doc: Document, base: string): LinkFacts {
  const facts = emptyLinkFacts();
  for (const el of byTag(doc, 'link')) {
    if (!el.hasAttribute('rel')) continue;
    const url = parseHttpUrl(el.getAttribute('href'), base);
    if (!url) continue;
    const rel = (el.getAttribute('rel') ?? '').trim().split(/\s+/);
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    addLink(facts, rel, type, url);
  }
  return facts;
}

/** Read the response's `Link` header(s). Relative targets resolve against the page URL (RFC 8288 §3.2). */
export function readLinkHeader(header: string, pageUrl: string): LinkFacts {
  const facts = emptyLinkFacts();
  for (const link of parseLinkHeader(header)) {
    const url = parseHttpUrl(link.href, pageUrl);
    if (!url) continue;
    const rel = (link.params['rel'] ?? '').trim().split(/\s+/);
    const type = (link.params['type'] ?? '').trim().toLowerCase();
    addLink(facts, rel, type, url);
  }
  return facts;
}
