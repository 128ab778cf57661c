/** Numbered references for plain text: "text [1]" in the body, "[1] https://…" (or the footnote's text) at the end. */
export class LinkRefs {
  private readonly numbers = new Map<string, number>();
  private readonly noteText = new Map<number, string>();
  private next = 1;

  /** The reference number for `href` (the same URL keeps its first number). */
  number(href: string): number {
    let n = this.numbers.get(href);
    if (n === undefined) {
      n = this.next++;
      this.numbers.set(href, n);
    }
    return n;
  }

  /**
   * The number of footnote `id` (./footnotes.ts): notes and links share one sequence, so "claim [1]" and
   * "source [2]" never mean two things, and the list at the end reads in one order.
   */
  note(id: string): number {
    return this.number(`\u0000note:${id}`);
  }

  setNoteText(id: string, text: string): void {
    this.noteText.set(this.note(id), text);
  }

  lines(): string[] {
    return [...this.numbers.entries()].map(([key, n]) => {
      if (!key.startsWith('\u0000note:')) return `[${n}] ${key}`;
      const text = this.noteText.get(n) ?? '';
      const head = `[${n}] `;
      return text ? head + text.replaceAll('\n', `\n${' '.repeat(head.length)}`) : `[${n}]`;
    });
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
