/** Numbered link references for plain text: "text [1]" in the body, "[1] https://…" at the end. */
export class LinkRefs {
  private readonly numbers = new Map<string, number>();

  /** The reference number for `href` (the same URL keeps its first number). */
  number(href: string): number {
    let n = this.numbers.get(href);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(href, n);
    }
    return n;
  }

  lines(): string[] {
    return [...this.numbers.entries()].map(([href, n]) => `[${n}] ${href}`);
  }
}

/** Only links that leave the page get numbers: in-page anchors (#fn1, #top) are not references. */
export function isReferenceable(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href);
}

/** Is the visible text just the URL itself (a bare autolinked URL)? Then a reference adds nothing. */
export function textIsUrl(text: string, href: string): boolean {
  const strip = (s: string): string =>
    s
      .trim()
      .replace(/^(https?:\/\/|mailto:)/i, '')
      .replace(/\/$/, '');
  return strip(text) !== '' && strip(text) === strip(href);
}
