import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/core/article';

describe('countWords / readingMinutes', () => {
  it('counts English words, ignoring punctuation', () => {
    expect(countWords('Hello, world — it’s 2025!', 'en')).toBe(4);
  });

  it('gives 1 minute minimum and 230 words per minute', () => {
    expect(readingMinutes('a', 1)).toBe(1);
    const text = 'word '.repeat(690);
    expect(readingMinutes(text, countWords(text))).toBe(3);
  });

  it('times mostly-CJK text by characters (500/min)', () => {
    const text = '我们'.repeat(1000); // 2000 characters → 4 minutes
    expect(readingMinutes(text, countWords(text, 'zh'))).toBe(4);
  });

  it('survives an invalid language tag', () => {
    expect(countWords('two words', 'not a tag!!')).toBe(2);
  });
});
