/**
 * Boxes that themes and plugins print inside the post container under classes no list can guess
 * (./junk.ts catches `newsletter`, `author-box`, …; these are the rest, issue 10 §1): newsletter sign-up
 * boxes, author-bio boxes and company-profile widgets. Each is recognised by what it is made of (an email
 * form or a sign-up link, an avatar beside a link to the author's archive, a short list of
 * "Founded / Headquarters / Employees" facts), and each rule removes only a short box, never one that holds
 * a large part of the container's text: prose that mentions a newsletter, an author or a founding year stays.
 */
import { shortBoxOf, squash, textOf, upTo, wrapperOf } from './furniture-text';

/** Words of a sign-up call to action, in the languages of the corpus. */
const SIGNUP =
  /\b(?:newsletters?|subscribe|sign[ -]?up|mailing list|inbox|abonnieren|abonnez|inscreva|assine|suscr[ií]b|iscriviti|nieuwsbrief|boletín)/i;
/** Where sign-up links go: a newsletter page, Mailchimp's hosted forms, Substack. */
const SIGNUP_HREF = /newsletter|subscribe|sign-?up|list-manage\.com|mailchi\.mp|substack\.com/i;
/** A label that opens an author box, as the whole text of a heading or strong. */
const ABOUT_AUTHOR =
  /^(?:about the author|about the writer|author bio|the author|sobre o autor|sobre a autora|sobre el autor|über den autor|über die autorin|à propos de l'auteur|l'autore)\s*:?$/i;
const AVATAR = 'img.avatar, img[src*="gravatar.com/avatar"], img[src*="/avatars/"]';
const AUTHOR_LINK = 'a[rel~="author"], a[href*="/author/"]';
/** The facts a company-profile widget lists, as the whole text of a label. */
const PROFILE_LABEL =
  /^(?:founded|established|headquarters|hq|industry|sector|employees|number of employees|website|ceo|founders?|revenue|ticker|stock symbol|key people|gegründet|sitz|hauptsitz|branche|mitarbeiter|fundação|fundada|fundado|sede|setor|sector|funcionários|empleados|fondée?|siège|secteur|employés|dipendenti)\s*:?$/i;

/** Upper bounds on a box's text: a box is a few lines, never an article. */
const SIGNUP_MAX = 400;
const AUTHOR_MAX = 700;
const PROFILE_MAX = 600;

/** Removes `box` unless it holds a large part of the container's text (then it is the article, not a box). */
function removeBox(box: Element | undefined, rootText: number): boolean {
  if (!box || textOf(box).length * 3 > rootText) return false;
  box.remove();
  return true;
}

function removeNewsletterBoxes(root: Element): void {
  const rootText = textOf(root).length;
  // An email form: the box is the outermost short ancestor of the form, and it must speak of signing up
  // (a search form or a comment form is not a newsletter).
  for (const field of [...root.querySelectorAll('input[type="email" i], input[name*="mail" i]')]) {
    if (!root.contains(field)) continue;
    const box = shortBoxOf(field.closest('form') ?? field, root, SIGNUP_MAX);
    const buttons = box ? [...box.querySelectorAll('input[type="submit" i], input[type="button" i]')].map((b) => b.getAttribute('value') ?? '') : [];
    if (box && SIGNUP.test(`${textOf(box)} ${buttons.join(' ')}`)) removeBox(box, rootText);
  }
  // A bare call to action ("Subscribe to our newsletter") linking to a sign-up page; a link inside a
  // sentence is left alone (its wrapper is the link itself while the sentence around it has other words).
  for (const a of [...root.querySelectorAll('a[href]')]) {
    if (!root.contains(a) || !SIGNUP_HREF.test(a.getAttribute('href') ?? '')) continue;
    const text = textOf(a);
    if (text.length > 80 || !SIGNUP.test(text)) continue;
    const wrapper = wrapperOf(a, root, text);
    if (wrapper === a && a.parentElement !== root) continue;
    removeBox(wrapper, rootText);
  }
}

function removeAuthorBoxes(root: Element): void {
  const rootText = textOf(root).length;
  for (const mark of [...root.querySelectorAll(`${AVATAR}, ${AUTHOR_LINK}`)]) {
    if (!root.contains(mark)) continue;
    const box = shortBoxOf(mark, root, AUTHOR_MAX);
    if (!box) continue;
    // A photo with a link to the author's archive, or a box that says what it is ("About the author").
    const labelled = [...box.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, span, div')].some((el) => ABOUT_AUTHOR.test(textOf(el)));
    const portrait = box.querySelector(AVATAR) !== null && box.querySelector(AUTHOR_LINK) !== null;
    if (labelled || portrait) removeBox(box, rootText);
  }
}

/** The labels an element lists: its dt / th cells, its bold run-ins, and the "Label:" start of each child. */
function labelsOf(el: Element): Set<string> {
  const labels = new Set<string>();
  for (const cell of el.querySelectorAll('dt, th, strong, b')) labels.add(textOf(cell));
  for (const child of el.querySelectorAll('li, p, div, tr, span')) {
    const head = textOf(child).split(':')[0];
    if (head !== undefined && head.length < 30) labels.add(`${squash(head)}:`);
  }
  return new Set([...labels].filter((l) => PROFILE_LABEL.test(l)).map((l) => l.replace(/\s*:$/, '').toLowerCase()));
}

/** A table of more than two columns compares things: article data, not one company's profile. */
function isComparison(el: Element): boolean {
  return [...el.querySelectorAll('tr')].some((tr) => tr.children.length > 2);
}

function removeCompanyProfiles(root: Element): void {
  const rootText = textOf(root).length;
  for (const list of [...root.querySelectorAll('dl, table, ul, div, aside, section')]) {
    if (!root.contains(list) || textOf(list).length > PROFILE_MAX || isComparison(list) || labelsOf(list).size < 3) continue;
    // The widget's own box (with its "Company profile" title) is the outermost short ancestor.
    let box = list;
    for (const cur of upTo(list, root)) {
      if (textOf(cur).length > PROFILE_MAX || isComparison(cur)) break;
      box = cur;
    }
    removeBox(box, rootText);
  }
}

/** Removes the boxes described above from `container` (a copy, never the page). */
export function stripBoxes(container: Element): void {
  removeNewsletterBoxes(container);
  removeAuthorBoxes(container);
  removeCompanyProfiles(container);
}
