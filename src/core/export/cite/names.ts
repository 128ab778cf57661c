/**
 * Names for citations. WordPress gives one display name per author ("Jane Q. Doe", "山田太郎"); styles want
 * family name + given names or initials. Only names in a cased script with a space are split (the last word, with
 * lower-case particles such as "van der", is the family name); anything else (CJK, Arabic, one word, an
 * organisation) is kept whole, as CSL's `literal` does, since inverting it would misname the person.
 */
import type { CiteName } from './types';

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al']);
/** Scripts whose letters have case, where "Given Family" order and initials are the convention. */
const CASED_NAME = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}.'’\- ]+$/u;

export function parseName(raw: string): CiteName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  if (words.length < 2 || !CASED_NAME.test(name)) return { literal: name };
  let cut = words.length - 1;
  while (cut > 1 && PARTICLES.has(words[cut - 1] as string)) cut--;
  return { family: words.slice(cut).join(' '), given: words.slice(0, cut).join(' ') };
}

/**
 * A byline that names several people ("Jane Doe and John Smith", "A B, C D & E F"). Split only when every part
 * still looks like a full name (two words or more, or a name in a script written without spaces such as
 * "山田太郎"), so "Doe, Jane" or "Studio & Co" stay one name.
 */
export function splitAuthors(byline: string | undefined): CiteName[] {
  const text = byline?.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const parts = text.split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s*&\s*/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.includes(' ') || !CASED_NAME.test(p))) return parts.map(parseName);
  return [parseName(text)];
}

const isLiteral = (n: CiteName): n is { literal: string } => 'literal' in n;

/** "J. Q." from "Jane Quentin"; hyphenated given names keep the hyphen ("J.-P."). */
export function initials(given: string): string {
  return given
    .split(' ')
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => (part.endsWith('.') && part.length <= 3 ? part : `${Array.from(part)[0] ?? ''}.`))
        .join('-'),
    )
    .join(' ');
}

/** "Doe, J. Q." (APA, Harvard). */
export const familyInitials = (n: CiteName): string => (isLiteral(n) ? n.literal : n.given ? `${n.family}, ${initials(n.given)}` : n.family);
/** "Doe, Jane Q." (MLA, Chicago bibliography, RIS). */
export const familyGiven = (n: CiteName): string => (isLiteral(n) ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family);
/** "Jane Q. Doe" (Chicago note, MLA second author). */
export const givenFamily = (n: CiteName): string => (isLiteral(n) ? n.literal : n.given ? `${n.given} ${n.family}` : n.family);
/** For a citation key: the family name, or the whole literal. */
export const keyName = (n: CiteName): string => (isLiteral(n) ? n.literal : n.family);
export { isLiteral };
