/**
 * The content script opens `reader.html#<session>` (design: one session per opening). It may also pass
 * the page URL, `#session=<id>&page=<url>`, so "Open original" works even when loading fails early, and
 * `at=<epoch ms>`, when the user asked for the reader (a slow REST wait counts from there: ./slow-rest.ts).
 */
export interface ReaderHash {
  session: string;
  pageUrl?: string;
  openedAt?: number;
}

const SESSION = /^[A-Za-z0-9._:-]{1,128}$/;

export function parseReaderHash(hash: string): ReaderHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.includes('=')) return { session: SESSION.test(raw) ? raw : '' };
  const params = new URLSearchParams(raw);
  const session = params.get('session') ?? '';
  const page = params.get('page') ?? undefined;
  const at = params.get('at') ?? '';
  return {
    session: SESSION.test(session) ? session : '',
    ...(page ? { pageUrl: page } : {}),
    ...(/^\d{1,15}$/.test(at) ? { openedAt: Number(at) } : {}),
  };
}
