/**
 * Math (issue 10 §1). MathML from a site becomes its TeX source in `<code class="cp-math">` (display math:
 * also `cp-math-block`), on the raw inert parse before DOMPurify. Exports turn it into `$…$` / `$$…$$`
 * (Markdown) or the TeX itself (plain text); the reader shows the TeX as code.
 *
 * Why not MathML in the reader through the one DOMPurify configuration: allowing `<math>` means allowing
 * a second namespace, and namespace confusion between HTML, SVG and MathML (an element parsed in one
 * namespace and re-parsed in another after serialisation) is how DOMPurify was bypassed before (CVE-2020-26870:
 * the `<math><mtext><table><mglyph><style>` mutation that bypassed 2.0.16, fixed in 2.0.17 by namespace checks). The reader is an extension page; the sanitised body is serialised and re-parsed (groups,
 * exports, the HTML copy), which is exactly the round trip those mutations need. The TeX says the same
 * thing without that risk, and the groups = one call property (./sanitize-groups.ts) stays untouched because
 * DOMPurify never sees a `<math>` element. Decided 2026-12-05; test/unit/export/exact.test.ts checks it.
 *
 * Where no TeX annotation exists: plain text, MathML's `alttext`, else the formula's characters in document order.
 */

const MAX_TEX = 10_000;

function texOf(math: Element): string | undefined {
  for (const annotation of math.getElementsByTagName('annotation')) {
    const encoding = (annotation.getAttribute('encoding') ?? '').toLowerCase();
    if (encoding === 'application/x-tex' || encoding === 'tex' || encoding === 'application/x-latex') {
      return annotation.textContent ?? '';
    }
  }
  return undefined;
}

/** No TeX: MathML's `alttext` (a description, "x squared"), else the formula's characters in document order. */
function textOf(math: Element): string {
  const alt = math.getAttribute('alttext') ?? '';
  return (alt.trim() ? alt : (math.textContent ?? '')).replace(/\s+/g, ' ').trim().slice(0, MAX_TEX);
}

/** Replaces every `<math>` below `root` with its TeX in a `<code class="cp-math">` (text only). */
export function mathToTex(root: Element): void {
  const doc = root.ownerDocument;
  for (const math of [...root.getElementsByTagName('math')]) {
    if (!root.contains(math)) continue; // inside a <math> replaced already
    const tex = texOf(math)?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEX);
    if (!tex) {
      math.replaceWith(doc.createTextNode(textOf(math)));
      continue;
    }
    const code = doc.createElement('code');
    code.setAttribute('class', math.getAttribute('display') === 'block' ? 'cp-math cp-math-block' : 'cp-math');
    code.textContent = tex;
    math.replaceWith(code);
  }
}
