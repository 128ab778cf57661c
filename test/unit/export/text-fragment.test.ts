/**
 * The quote's link: text directives as https://wicg.github.io/scroll-to-text-fragment/ writes them. The
 * encoded forms below follow the spec's syntax section: `-`, `&` and `,` are the directive's delimiters and
 * must be percent-encoded inside a term; spaces and non-ASCII are percent-encoded UTF-8.
 */
import { describe, expect, it } from 'vitest';
import {
  EDGE_WORDS,
  EXACT_MAX_CHARS,
  encodeTextTerm,
  formatTextDirective,
  quoteParagraphs,
  textDirective,
  withTextFragment,
} from '../../../src/core/export/text-fragment';

describe('encodeTextTerm', () => {
  it('encodes the directive delimiters - & , inside a term', () => {
    expect(encodeTextTerm('well-known')).toBe('well%2Dknown');
    expect(encodeTextTerm('salt & pepper')).toBe('salt%20%26%20pepper');
    expect(encodeTextTerm('one, two')).toBe('one%2C%20two');
  });

  it('encodes non-ASCII as percent-encoded UTF-8 and leaves the allowed marks', () => {
    expect(encodeTextTerm('café')).toBe('caf%C3%A9');
    expect(encodeTextTerm('日本')).toBe('%E6%97%A5%E6%9C%AC');
    expect(encodeTextTerm("it's (so) good!")).toBe("it's%20(so)%20good!");
    expect(encodeTextTerm('a#b:~:c')).toBe('a%23b%3A~%3Ac');
  });
});

describe('quoteParagraphs', () => {
  it('collapses whitespace inside paragraphs and splits on line breaks', () => {
    expect(quoteParagraphs('  First\tpart  of it.\n\n\n  Second   one \r\n')).toEqual(['First part of it.', 'Second one']);
    expect(quoteParagraphs(' \n\t ')).toEqual([]);
  });
});

describe('textDirective', () => {
  it('a short selection in one paragraph: the whole text (text=exact)', () => {
    const directive = textDirective(['The quick brown fox, well-fed & happy.'])!;
    expect(directive).toEqual({ start: 'The quick brown fox, well-fed & happy.' });
    expect(formatTextDirective(directive)).toBe('text=The%20quick%20brown%20fox%2C%20well%2Dfed%20%26%20happy.');
  });

  it('a long selection in one paragraph: its first and last words (textStart,textEnd)', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const directive = textDirective([text])!;
    expect(directive.start).toBe(words.slice(0, EDGE_WORDS).join(' '));
    expect(directive.end).toBe(words.slice(-EDGE_WORDS).join(' '));
    expect(formatTextDirective(directive)).toBe('text=word0%20word1%20word2%20word3%20word4,word75%20word76%20word77%20word78%20word79');
  });

  it('a selection across paragraphs: start from the first, end from the last, even when short', () => {
    const directive = textDirective(['Short start.', 'A middle paragraph.', 'One, two, three, four, five, six-seven end.'])!;
    expect(directive).toEqual({ start: 'Short start.', end: 'four, five, six-seven end.' });
    expect(formatTextDirective(directive)).toBe('text=Short%20start.,four%2C%20five%2C%20six%2Dseven%20end.');
  });

  it('cuts text written without spaces between words, not inside one', () => {
    const ja = '吾輩は猫である。名前はまだ無い。'.repeat(30);
    const directive = textDirective([ja], 'ja')!;
    expect(directive.end).toBeDefined();
    expect(ja.startsWith(directive.start)).toBe(true);
    expect(ja.endsWith(directive.end!)).toBe(true);
    expect(directive.start.length).toBeLessThan(30);
  });

  it('nothing selected: no directive', () => {
    expect(textDirective([])).toBeUndefined();
  });
});

describe('withTextFragment', () => {
  it('appends the directive after #:~:', () => {
    expect(withTextFragment('https://example.com/post/', { start: 'a-b' })).toBe('https://example.com/post/#:~:text=a%2Db');
  });

  it('keeps an existing fragment and replaces an existing directive', () => {
    expect(withTextFragment('https://example.com/p/#intro', { start: 'x' })).toBe('https://example.com/p/#intro:~:text=x');
    expect(withTextFragment('https://example.com/p/#:~:text=old', { start: 'new' })).toBe('https://example.com/p/#:~:text=new');
  });
});
