/**
 * The content script opens `reader.html#<session>` (design: one session per opening). It may also pass
 * the page URL, `#session=<id>&page=<url>`, so "Open original" works even when loading fails early.
 */
export interface ReaderHash {
  session: string;
  pageUrl?: string;
}

const SESSION = /^[A-Za-z0-9._:-]{1,128}$/;

export function parseReaderHash(hash: string): ReaderHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.includes('=')) return { session: SESSION.test(raw) ? raw : '' };
  const params = new URLSearchParams(raw);
  const session = params.get('session') ?? '';
  const page = params.get('page') ?? undefined;
  return { session: SESSION.test(session) ? session : '', ...(page ? { pageUrl: page } : {}) };
}
