import { describe, expect, it } from 'vitest';
import { parseReaderHash } from '../../../src/reader/session';

describe('parseReaderHash', () => {
  it('reads the session and the page URL the content script passes', () => {
    const hash = `#${new URLSearchParams({ session: 'a1b2-c3', page: 'https://blog.example/p/?x=1#frag' })}`;
    expect(parseReaderHash(hash)).toEqual({ session: 'a1b2-c3', pageUrl: 'https://blog.example/p/?x=1#frag' });
  });

  it('reads when the user asked for the reader, only as a plain epoch-ms number', () => {
    expect(parseReaderHash('#session=a1&at=1764932400000').openedAt).toBe(1764932400000);
    expect(parseReaderHash('#session=a1&at=-5').openedAt).toBeUndefined();
    expect(parseReaderHash('#session=a1&at=1e12').openedAt).toBeUndefined();
    expect(parseReaderHash('#session=a1').openedAt).toBeUndefined();
  });

  it('accepts a bare session id', () => {
    expect(parseReaderHash('#0f3e9c1a-7d2b-4f6e-9a8b-123456789abc')).toEqual({ session: '0f3e9c1a-7d2b-4f6e-9a8b-123456789abc' });
  });

  it('refuses session ids that are not plain tokens', () => {
    expect(parseReaderHash('#<script>').session).toBe('');
    expect(parseReaderHash('#session=a%20b&page=x').session).toBe('');
    expect(parseReaderHash('').session).toBe('');
  });
});
