/**
 * Citations against each guide's own published example for a blog post / web page (quoted in
 * src/core/export/cite/prose.ts), then the edges: no author, several authors, non-Latin names, no date,
 * hostile text in the data formats.
 */
import { describe, expect, it } from 'vitest';
import { cite, citationHtml, citeInput, parseName, splitAuthors } from '../../../src/core/export/cite';
import type { CiteInput } from '../../../src/core/export/cite';
import { normalizePost } from '../../../src/core/article';
import { fixture } from '../article/load';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const accessed = day(2026, 12, 5);

const klymkowsky: CiteInput = {
  authors: [parseName('M. Klymkowsky')],
  title: 'Can we talk scientifically about free will?',
  site: 'Sci-Ed',
  url: 'https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
  kind: 'post',
  published: day(2018, 9, 15),
  accessed,
};
const bologna: CiteInput = {
  authors: [parseName('C. Bologna')],
  title: 'Why some people with anxiety love watching horror movies',
  site: 'HuffPost',
  url: 'https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
  kind: 'page',
  published: day(2019, 10, 31),
  accessed,
};
const cdc: CiteInput = {
  authors: [],
  title: 'People at high risk of developing flu-related complications',
  site: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/flu/about/disease/high_risk.htm',
  kind: 'page',
  published: day(2018, 1, 23),
  accessed,
};
const bernstein: CiteInput = {
  authors: [parseName('Mark Bernstein')],
  title: '10 Tips on Writing the Living Web',
  site: 'A List Apart: For People Who Make Websites',
  url: 'https://alistapart.com/article/writeliving',
  kind: 'post',
  published: day(2002, 8, 16),
  accessed: day(2009, 5, 4),
};
const germano: CiteInput = {
  authors: [parseName('William Germano')],
  title: 'Futurist Shock',
  site: 'Lingua Franca',
  url: 'https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
  kind: 'post',
  published: day(2017, 2, 15),
  accessed,
};
const zellers: CiteInput = {
  authors: [parseName('Joanne M. Zellers')],
  title: 'African Peoples’ Encounters with Others',
  site: 'Africana Collections: An Illustrated Guide',
  url: 'http://www.loc.gov/rr/amed/guide/afr-others.html',
  kind: 'page',
  modified: day(2010, 11, 15),
  accessed,
};

const text = (style: Parameters<typeof cite>[0], input: CiteInput) => cite(style, input).text;

describe('citation: APA 7 reproduces the APA Style examples', () => {
  it('blog post: the post title plain, the blog in italics, no period doubled after "?"', () => {
    const c = cite('apa', klymkowsky);
    expect(c.text).toBe(
      'Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
    );
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['Sci-Ed']);
  });

  it('webpage on a website: the page title in italics', () => {
    const c = cite('apa', bologna);
    expect(c.text).toBe(
      'Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    );
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['Why some people with anxiety love watching horror movies.']);
  });

  it('no author: the site is the group author and is not repeated', () => {
    expect(text('apa', cdc)).toBe(
      'Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu-related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm',
    );
  });

  it('no date: (n.d.) and a retrieval date', () => {
    const { published: _, ...undated } = klymkowsky;
    expect(text('apa', undated)).toBe(
      'Klymkowsky, M. (n.d.). Can we talk scientifically about free will? Sci-Ed. Retrieved December 5, 2026, from https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
    );
  });

  it('two, three and 21 authors: "&" before the last; the first 19, an ellipsis and the last', () => {
    const two = { ...klymkowsky, authors: splitAuthors('Jane Doe and John Smith') };
    expect(text('apa', two)).toMatch(/^Doe, J\., & Smith, J\. \(2018/);
    const three = { ...klymkowsky, authors: splitAuthors('Jane Doe, John Smith & Ana María López') };
    expect(text('apa', three)).toMatch(/^Doe, J\., Smith, J\., & López, A\. M\. \(2018/);
    const many = { ...klymkowsky, authors: Array.from({ length: 21 }, (_, i) => parseName(`Ann Author${String.fromCharCode(65 + i)}`)) };
    expect(text('apa', many)).toMatch(/^AuthorA, A\., AuthorB, A\., .*AuthorS, A\., … AuthorU, A\. \(2018/);
    expect(text('apa', many)).not.toContain('AuthorT');
  });
});

describe('citation: MLA 9 reproduces the Handbook example', () => {
  it('web page: author, quoted title, italic site, date, URL without scheme, accessed', () => {
    const c = cite('mla', bernstein);
    expect(c.text).toBe(
      'Bernstein, Mark. “10 Tips on Writing the Living Web.” A List Apart: For People Who Make Websites, 16 Aug. 2002, alistapart.com/article/writeliving. Accessed 4 May 2009.',
    );
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['A List Apart: For People Who Make Websites']);
  });

  it('no author starts with the title; two authors; three or more are "et al."; no date invents none; Sept.', () => {
    const { published: _, ...undated } = { ...bernstein, authors: [] };
    expect(text('mla', undated)).toBe(
      '“10 Tips on Writing the Living Web.” A List Apart: For People Who Make Websites, alistapart.com/article/writeliving. Accessed 4 May 2009.',
    );
    expect(text('mla', { ...bernstein, authors: splitAuthors('Jane Doe and John Smith') })).toMatch(/^Doe, Jane, and John Smith\. “/);
    expect(text('mla', { ...bernstein, authors: splitAuthors('Jane Doe, John Smith, Ann Lee') })).toMatch(/^Doe, Jane, et al\. “/);
    expect(text('mla', { ...bernstein, published: day(2018, 9, 15) })).toContain(', 15 Sept. 2018, ');
  });
});

describe('citation: Chicago 17 notes-bibliography reproduces the CMOS examples', () => {
  it('blog post, bibliography entry and note (the example also names a publisher WordPress does not give)', () => {
    expect(text('chicago', germano)).toBe(
      'Germano, William. “Futurist Shock.” Lingua Franca (blog), February 15, 2017. https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    );
    expect(text('chicagoNote', germano)).toBe(
      'William Germano, “Futurist Shock,” Lingua Franca (blog), February 15, 2017, https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    );
    expect(
      cite('chicago', germano)
        .parts.filter((p) => p.italic)
        .map((p) => p.text),
    ).toEqual(['Lingua Franca']);
  });

  it('web page: the site in roman and "Last modified"', () => {
    expect(text('chicago', zellers)).toBe(
      'Zellers, Joanne M. “African Peoples’ Encounters with Others.” Africana Collections: An Illustrated Guide. Last modified November 15, 2010. http://www.loc.gov/rr/amed/guide/afr-others.html.',
    );
    expect(text('chicagoNote', zellers)).toBe(
      'Joanne M. Zellers, “African Peoples’ Encounters with Others,” Africana Collections: An Illustrated Guide, last modified November 15, 2010, http://www.loc.gov/rr/amed/guide/afr-others.html.',
    );
  });

  it('inner double quotes become single; a "?" title takes no comma; no date gives the access date; no author: the site', () => {
    const buckley = { ...germano, title: '"White-Haired Girl," Opera Created Under Mao, Returns to Stage' };
    expect(text('chicagoNote', buckley)).toContain('“‘White-Haired Girl,’ Opera Created Under Mao, Returns to Stage,”');
    const { published: _, ...undated } = { ...germano, title: 'Why?', authors: [] };
    expect(text('chicago', undated)).toBe(
      'Lingua Franca. “Why?” Accessed December 5, 2026. https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    );
    expect(text('chicagoNote', undated)).toBe(
      'Lingua Franca, “Why?” accessed December 5, 2026, https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    );
    const four = { ...germano, authors: splitAuthors('Ann One, Bob Two, Cy Three, Di Four') };
    expect(text('chicagoNote', four)).toMatch(/^Ann One et al\., “/);
    expect(text('chicago', four)).toMatch(/^One, Ann, Bob Two, Cy Three, and Di Four\. “/);
  });
});

describe('citation: Harvard (Cite Them Right) follows its web page and blog patterns', () => {
  it('blog post: year after the author, quoted title, italic blog, day and month, Available at, Accessed', () => {
    const c = cite('harvard', germano);
    expect(c.text).toBe(
      "Germano, W. (2017) 'Futurist Shock', Lingua Franca, 15 February. Available at: https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/ (Accessed: 5 December 2026).",
    );
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['Lingua Franca']);
  });

  it('web page by an organisation, no date, up to three and four or more authors', () => {
    const { published: _, ...undated } = cdc;
    expect(text('harvard', undated)).toBe(
      'Centers for Disease Control and Prevention (no date) People at high risk of developing flu-related complications. Available at: https://www.cdc.gov/flu/about/disease/high_risk.htm (Accessed: 5 December 2026).',
    );
    expect(text('harvard', { ...germano, authors: splitAuthors('Jane Doe, John Smith and Kim Brown') })).toMatch(
      /^Doe, J\., Smith, J\. and Brown, K\. \(2017\)/,
    );
    expect(text('harvard', { ...germano, authors: splitAuthors('Ann One, Bob Two, Cy Three, Di Four') })).toMatch(/^One, A\. et al\. \(2017\)/);
  });
});

describe('citation: names', () => {
  it('splits Western names with particles, keeps CJK, Arabic and one-word names whole', () => {
    expect(parseName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(parseName('Jean-Paul Sartre')).toEqual({ family: 'Sartre', given: 'Jean-Paul' });
    expect(parseName('山田 太郎')).toEqual({ literal: '山田 太郎' });
    expect(parseName('محمد عبد الله')).toEqual({ literal: 'محمد عبد الله' });
    expect(parseName('admin')).toEqual({ literal: 'admin' });
    expect(splitAuthors('Doe, Jane')).toEqual([{ literal: 'Doe, Jane' }]);
    expect(splitAuthors('Studio & Co')).toEqual([{ literal: 'Studio & Co' }]);
  });

  it('non-Latin names stand uninverted in every prose style and braced in BibTeX', () => {
    const input = { ...germano, authors: [parseName('山田太郎')], title: '東京の夏' };
    expect(text('apa', input)).toMatch(/^山田太郎\. \(2017, February 15\)\. 東京の夏\. /);
    expect(text('mla', input)).toMatch(/^山田太郎\. “東京の夏\.”/);
    expect(text('harvard', input)).toMatch(/^山田太郎 \(2017\) '東京の夏'/);
    expect(text('bibtex', input)).toContain('author = {{山田太郎}},');
    expect(text('apa', { ...input, authors: [parseName('Jean-Paul Sartre')] })).toMatch(/^Sartre, J\.-P\. /);
  });
});

describe('citation: BibTeX @online, RIS, CSL-JSON', () => {
  it('BibTeX: @online with BibLaTeX fields and a plain key', () => {
    expect(text('bibtex', germano)).toBe(
      [
        '@online{germano2017futurist,',
        '  author = {Germano, William},',
        '  title = {Futurist Shock},',
        '  organization = {Lingua Franca},',
        '  date = {2017-02-15},',
        '  url = {https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/},',
        '  urldate = {2026-12-05},',
        '}',
      ].join('\n'),
    );
  });

  it('BibTeX escapes {} & % _ # $ \\ ~ ^ in text fields and cannot be broken out of', () => {
    const hostile = { ...germano, title: 'R&D {50%} of a_b #1 $5 \\x ~y ^z}\n@misc{x,', site: 'A & B', url: 'https://e.example/a_b%20c#d{e}' };
    const out = text('bibtex', hostile);
    expect(out).toContain(
      'title = {R\\&D \\{50\\%\\} of a\\_b \\#1 \\$5 \\textbackslash{}x \\textasciitilde{}y \\textasciicircum{}z\\} @misc\\{x,},',
    );
    expect(out).toContain('organization = {A \\& B},');
    expect(out).toContain('url = {https://e.example/a_b%20c#d%7Be%7D},');
    // Every brace the site wrote is escaped: the unescaped ones balance.
    const bare = out.replace(/\\[{}]/g, '');
    expect(bare.split('{').length).toBe(bare.split('}').length);
    expect(out.split('\n').filter((l) => l.startsWith('@'))).toHaveLength(1);
  });

  it('RIS: BLOG or ELEC, one line per value, ER last', () => {
    expect(text('ris', { ...germano, title: 'Futurist\nER  - \nShock', authors: splitAuthors('Jane Doe and 山田太郎') })).toBe(
      [
        'TY  - BLOG',
        'AU  - Doe, Jane',
        'AU  - 山田太郎',
        'TI  - Futurist ER - Shock',
        'T2  - Lingua Franca',
        'PY  - 2017',
        'DA  - 2017/02/15',
        'UR  - https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
        'Y2  - 2026/12/05',
        'ER  - ',
      ].join('\n'),
    );
    expect(text('ris', zellers).split('\n')[0]).toBe('TY  - ELEC');
  });

  it('CSL-JSON: post-weblog with family/given and literal names, date-parts, accessed', () => {
    const parsed = JSON.parse(text('csl', { ...germano, authors: splitAuthors('William Germano and 山田太郎') })) as unknown;
    expect(parsed).toEqual([
      {
        id: 'germano2017futurist',
        type: 'post-weblog',
        title: 'Futurist Shock',
        'container-title': 'Lingua Franca',
        URL: 'https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
        author: [{ family: 'Germano', given: 'William' }, { literal: '山田太郎' }],
        issued: { 'date-parts': [[2017, 2, 15]] },
        accessed: { 'date-parts': [[2026, 12, 5]] },
      },
    ]);
    const page = JSON.parse(text('csl', zellers)) as Array<Record<string, unknown>>;
    expect(page[0]?.type).toBe('webpage');
    expect(page[0]?.issued).toEqual({ 'date-parts': [[2010, 11, 15]] });
  });
});

describe('citation: from an Article', () => {
  it('reads the REST fields: the site-local day, kind, several authors, hostile HTML stays text', () => {
    const article = normalizePost(fixture('export', 'rich-body.json'));
    const input = citeInput(
      { ...article, title: '<img src=x onerror=alert(1)> & co', byline: { name: 'Jane Doe & John Smith' } },
      new Date('2026-12-05T10:00:00Z'),
    );
    expect(input.authors).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Smith', given: 'John' },
    ]);
    expect(input.accessed).toEqual(accessed);
    expect(input.kind).toBe('post');
    const html = citationHtml(cite('apa', input));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co.');
    expect(html).not.toContain('<img');
    expect(html).toContain('<i>Dev Notes</i>');
  });
});
