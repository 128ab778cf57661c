import { describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { toMarkdown } from '../../../src/core/export';
import { fixture } from '../article/load';
import { EN_EXPORT } from '../../support/english';

describe('toMarkdown', () => {
  const md = toMarkdown(normalizePost(fixture('export', 'rich-body.json')), EN_EXPORT);

  it('starts with the title and a meta line with the site linked', () => {
    expect(md.startsWith('# Rich body\n\n5 June 2024 · [Dev Notes](https://dev.example.com/)\n\n')).toBe(true);
  });

  it('writes GFM tables with a header row and escaped pipes', () => {
    expect(md).toContain('| Name | Value \\| pipe |\n| --- | --- |\n| alpha | 1 |\n| beta _two_ | 2 |');
  });

  it('fences code with its language, verbatim', () => {
    expect(md).toContain('```python\ndef f(x):\n    return x  *  2\n\n\nprint(f(2))\n```');
  });

  it('keeps links inline, lists, quotes and headings', () => {
    expect(md).toContain('Read [the docs](https://docs.example.com/a), then [the notes](#notes)');
    expect(md).toContain('## Notes');
    expect(md).toMatch(/- {3}Second item\n {4}- {3}Nested \[mail\]\(mailto:hi@example\.com\)/);
    expect(md).toContain('3.  Three\n4.  Four');
    expect(md).toContain('> Quoted line one.');
    expect(md).toContain('![A diagram](https://dev.example.com/img.png)');
  });

  it('ends with the attribution paragraph', () => {
    expect(md.endsWith('---\n\nPublished on [Dev Notes](https://dev.example.com/): <https://dev.example.com/2024/06/rich/>\n')).toBe(true);
  });

  it('makes a header row of the first row of a header-less table, padding spans; fences longer than inner backticks', () => {
    const out = toMarkdown(normalizePost(fixture('export', 'table-no-header.json')), EN_EXPORT);
    expect(out).toContain('| a | b | |\n| --- | --- | --- |\n| c | d | e |');
    expect(out).toContain('````\nno language `here`\n```\nfence inside\n````');
  });

  it('puts one rule before the attribution even when the body ends with <hr>', () => {
    const article = normalizePost(fixture('export', 'rich-body.json'));
    article.contentHtml = '<p>Text.</p><hr>';
    expect(toMarkdown(article, EN_EXPORT)).toMatch(/Text\.\n\n---\n\nPublished on /);
  });

  it('credits the original source with a link', () => {
    const article = normalizePost(fixture('export', 'rich-body.json'));
    article.source = { name: 'cnn.com', url: 'https://cnn.com/', via: 'footer' };
    expect(toMarkdown(article, EN_EXPORT)).toContain('Originally published by [cnn.com](https://cnn.com/). Published on [Dev Notes]');
  });
});
