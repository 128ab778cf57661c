import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { fixtureDoc, htmlDoc } from './fixture';

const kinds = (d: { signals: { kind: string }[] }): string[] => d.signals.map((s) => s.kind);

describe('post IDs printed by the theme', () => {
  it('reads a ?p=N shortlink; with a same-site upload it is WordPress', () => {
    const d = detect(fixtureDoc('shortlink-only.html'), 'https://short.example/2021/x/');
    expect(d.postId).toBe(4242);
    expect(d.postType).toBe('unknown');
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.restRoot).toBeUndefined(); // unknown: the REST client probes
    expect(d.isWordPress).toBe(true);
    expect(d.signals).toContainEqual({ kind: 'shortlink', value: 'https://short.example/?p=4242' });
    expect(d.signals).toContainEqual({ kind: 'wp-content', value: 'https://short.example/wp-content/uploads/2021/01/x.jpg' });
  });

  it('ignores wp.me shortlinks (base62, not ?p=N)', () => {
    const d = detect(fixtureDoc('wpcom-simple.html'), 'https://intelligentmeasure.net/2026/01/x/');
    expect(kinds(d)).not.toContain('shortlink');
    expect(d.postId).toBe(2103); // from the body class
  });

  it('reads attachmentid-N and the site theme stylesheet when every REST link is hidden', () => {
    const d = detect(fixtureDoc('body-classes-no-links.html'), 'https://www.hidden.example/photo/');
    expect(d.postId).toBe(900);
    expect(d.postType).toBe('attachment');
    expect(d.pageKind).toBe('singular');
    expect(d.isWordPress).toBe(true);
    expect(d.restRoot).toBeUndefined();
  });

  it('reads page-id-N, not parent-pageid-N', () => {
    const d = detect(fixtureDoc('page-id-parent.html'), 'https://p.example/parent/child/');
    expect(d.postId).toBe(11);
    expect(d.postType).toBe('page');
    expect(d.signals).toContainEqual({ kind: 'body-class', value: 'page-id-11' });
    // body class + post class: two different markers.
    expect(d.isWordPress).toBe(true);
  });

  it('takes the article post-N on a singular page, not the related posts after it', () => {
    const d = detect(fixtureDoc('post-class-singular.html'), 'https://s.example/a/');
    expect(d.postId).toBe(512);
    expect(d.signals).toContainEqual({ kind: 'post-class', value: 'post-512' });
    expect(d.signals).toContainEqual({ kind: 'comment-post-id', value: '512' });
    expect(d.isWordPress).toBe(true);
  });

  it('does not take post-N from a list of posts when the page kind is unknown', () => {
    const html = '<body><div class="post-1 post"></div><div class="post-2 post"></div></body>';
    const d = detect(htmlDoc(html), 'https://l.example/');
    expect(d.postId).toBeUndefined();
    expect(kinds(d)).not.toContain('post-class');
  });

  it('reads comment_post_ID', () => {
    const d = detect(fixtureDoc('comment-post-id.html'), 'https://c.example/x/');
    expect(d.postId).toBe(2718);
    expect(d.pageKind).toBe('singular');
    expect(kinds(d)).toEqual(['comment-post-id', 'generator']);
  });

  it('prefers the body class over the shortlink when they disagree', () => {
    const html =
      "<head><link rel='shortlink' href='https://d.example/?p=0'><link rel='shortlink' href='https://d.example/?p=7'></head>" +
      '<body class="single single-post postid-8"></body>';
    const d = detect(htmlDoc(html), 'https://d.example/x/');
    expect(d.postId).toBe(8);
    expect(d.postType).toBe('post');
    expect(d.signals).toContainEqual({ kind: 'shortlink', value: 'https://d.example/?p=7' });
  });

  it('refuses IDs that are not plain positive integers', () => {
    const html = '<body class="single postid-76e426d9-56de page-id-0"><input name="comment_post_ID" value="12abc"></body>';
    const d = detect(htmlDoc(html), 'https://u.example/');
    expect(d.postId).toBeUndefined();
  });
});

describe('generator and block markers', () => {
  it('generator WordPress alone is enough', () => {
    const d = detect(fixtureDoc('generator-only.html'), 'https://g.example/');
    expect(d.isWordPress).toBe(true);
    expect(d.signals).toEqual([{ kind: 'generator', value: 'WordPress 7.1' }]);
    expect(d.postId).toBeUndefined();
    expect(d.pageKind).toBe('unknown');
  });

  it('other generators are not WordPress', () => {
    for (const g of ['Joomla! - Open Source Content Management', 'Ghost 5.0', 'WordPressish 1', 'Hugo 0.1']) {
      const d = detect(htmlDoc(`<head><meta name="generator" content="${g}"></head><body></body>`), 'https://g.example/');
      expect(d.isWordPress, g).toBe(false);
    }
  });

  it('one weak marker alone is not WordPress', () => {
    const only = [
      '<body class="single single-post postid-5"></body>',
      '<body><figure class="wp-block-image"></figure></body>',
      '<head><link rel="stylesheet" href="/wp-content/themes/x/style.css"></head><body></body>',
      '<head><link rel="EditURI" href="https://r.example/xmlrpc.php?rsd"></head><body></body>',
    ];
    for (const html of only) {
      const d = detect(htmlDoc(html), 'https://w.example/');
      expect(d.isWordPress, html).toBe(false);
      expect(d.signals, html).toHaveLength(1);
    }
  });
});

describe('hard negatives: other sites\u2019 wp-content files', () => {
  it('is not WordPress: a foreign upload, a linked PDF and a CSS url() are not this site\u2019s assets', () => {
    const d = detect(fixtureDoc('hard-negative.html'), 'https://www.newspaper.example/2019/story');
    expect(d.isWordPress).toBe(false);
    expect(kinds(d)).not.toContain('wp-content');
  });

  it('counts a same-registrable-domain asset host (static.example.co.uk for www.example.co.uk)', () => {
    const html = '<body class="single postid-3"><img src="https://static.example.co.uk/wp-content/uploads/a.jpg"></body>';
    expect(detect(htmlDoc(html), 'https://www.example.co.uk/a/').isWordPress).toBe(true);
    // ...but not another site under the same public suffix.
    expect(detect(htmlDoc(html), 'https://www.other.co.uk/a/').isWordPress).toBe(false);
  });
});

describe('WordPress.com simple sites', () => {
  it('reads the *.wordpress.com slug from EditURI on a custom domain', () => {
    const d = detect(fixtureDoc('wpcom-simple.html'), 'https://intelligentmeasure.net/2026/01/x/');
    expect(d.isWordPress).toBe(true);
    expect(d.wpcomSite).toBe('intelligentmeasure.wordpress.com');
    expect(d.restRoot).toBeUndefined(); // /wp-json/ does not work there; the client uses public-api
    const wpcom = d.signals.filter((s) => s.kind === 'wpcom').map((s) => s.value);
    expect(wpcom).toEqual([
      'generator: WordPress.com',
      'EditURI: https://intelligentmeasure.wordpress.com/xmlrpc.php?rsd',
      expect.stringContaining('oEmbed: https://public-api.wordpress.com/oembed/'),
      expect.stringContaining('asset: https://s0.wp.com/_static/'),
    ]);
    expect(kinds(d)).not.toContain('oembed'); // the public-api oEmbed is not this site's REST root
  });

  it('uses the page host on *.wordpress.com', () => {
    const html = '<head><meta name="generator" content="WordPress.com"></head><body class="single postid-4"></body>';
    const d = detect(htmlDoc(html), 'https://Example-Blog.wordpress.com/2020/01/x/');
    expect(d.wpcomSite).toBe('example-blog.wordpress.com');
  });

  it('a self-hosted site is not a wpcom site', () => {
    const d = detect(fixtureDoc('alternate-wp66-page.html'), 'https://example.org/ueber-uns/');
    expect(d.wpcomSite).toBeUndefined();
    expect(kinds(d)).not.toContain('wpcom');
  });
});

describe('page kinds', () => {
  it('home (blog index): no post ID taken from the listed posts', () => {
    const d = detect(fixtureDoc('home-blog.html'), 'https://example.com/');
    expect(d.pageKind).toBe('home');
    expect(d.postId).toBeUndefined();
  });

  it('search results', () => {
    const d = detect(fixtureDoc('search-results.html'), 'https://example.com/?s=x');
    expect(d.pageKind).toBe('search');
    expect(d.postId).toBeUndefined();
  });

  it('static front page is singular (home + page-id)', () => {
    const html =
      '<head><link rel="https://api.w.org/" href="https://f.example/wp-json/"></head><body class="home page-template-default page page-id-2"></body>';
    const d = detect(htmlDoc(html), 'https://f.example/');
    expect(d.pageKind).toBe('singular');
    expect(d.postId).toBe(2);
  });

  it('date and tag archives', () => {
    for (const cls of ['archive date', 'archive tag tag-x tag-9', 'archive post-type-archive post-type-archive-book']) {
      const d = detect(htmlDoc(`<body class="${cls}"><article class="post-1"></article></body>`), 'https://a.example/');
      expect(d.pageKind, cls).toBe('archive');
    }
  });
});
