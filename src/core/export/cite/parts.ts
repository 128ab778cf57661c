/** Building a citation from runs of text, with the punctuation rules the prose styles share. */
import type { CitePart } from './types';

export class PartsBuilder {
  private readonly list: CitePart[] = [];

  add(text: string, italic = false): this {
    if (!text) return this;
    const last = this.list.at(-1);
    if (last && !!last.italic === italic) last.text += text;
    else this.list.push(italic ? { text, italic } : { text });
    return this;
  }

  italic(text: string): this {
    return this.add(text, true);
  }

  /** The text so far (to look at its last character). */
  get text(): string {
    return this.list.map((p) => p.text).join('');
  }

  parts(): CitePart[] {
    return this.list.map((p) => ({ ...p }));
  }
}

/**
 * `text` followed by `mark`, unless the text already ends with a stop: a title ending in "?" or "!" takes no
 * added period or comma (APA's "Can we talk scientifically about free will? Sci-Ed."), and
 * an initial's period is not doubled ("Klymkowsky, M.").
 */
export function punct(text: string, mark: '.' | ','): string {
  if (/[?!]$/.test(text)) return text;
  if (mark === '.' && /\.$/.test(text)) return text;
  return text + mark;
}

/** One line of site text: whitespace (newlines too) collapsed, so a hostile title cannot break a line-based format. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A title inside double quotes (MLA, Chicago): double quotes inside it become single ones (CMOS 14.208's
 * “‘White-Haired Girl,’ Opera Created Under Mao, Returns to Stage,”), and the closing mark goes inside the quotes (American usage).
 */
export function quoted(title: string, mark: '.' | ','): string {
  let open = true;
  const inner = title.replace(/[“”"]/g, (q) => {
    if (q === '“') return '‘';
    if (q === '”') return '’';
    const out = open ? '‘' : '’';
    open = !open;
    return out;
  });
  return `“${punct(inner, mark)}”`;
}

/** Joins names the way most styles do: "A, B, and C" (serial comma) or "A and B". */
export function joinNames(names: string[], and: string, serialComma: boolean): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${names.at(-1)}`;
}
