/**
 * Hand-written tricky cases in DOMPurify's fixture style: `expected` is the exact sanitizeHtml output
 * (base https://blog.example.org/posts/one/).
 */
export interface SanitizeCase {
  title: string;
  payload: string;
  expected: string;
}

const EXT = 'rel="noopener noreferrer" target="_blank"';

export const BASE = 'https://blog.example.org/posts/one/';

export const cases: SanitizeCase[] = [
  { title: 'javascript: link is unwrapped to its text', payload: '<p><a href="javascript:alert(1)">x</a></p>', expected: '<p>x</p>' },
  { title: 'entity-obfuscated scheme', payload: '<a href="&#106;avascript&#58;alert(1)">x</a>', expected: 'x' },
  { title: 'tab/newline-obfuscated scheme', payload: '<a href="java&#x09;scr&#x0A;ipt:alert(1)">x</a>', expected: 'x' },
  { title: 'leading control characters and spaces', payload: '<a href=" &#x01;javascript:alert(1)">x</a>', expected: 'x' },
  {
    title: 'vbscript:, data:, blob:, file: links',
    payload:
      '<a href="vbscript:msgbox(1)">a</a><a href="data:text/html,<script>alert(1)</script>">b</a><a href="blob:https://x/1">c</a><a href="file:///etc/passwd">d</a>',
    expected: 'abcd',
  },
  { title: 'protocol-relative //javascript: trick', payload: '<a href="//javascript:alert(1)">x</a>', expected: 'x' },
  {
    title: 'relative link absolutised, external attributes added',
    payload: '<a href="../two/">t</a>',
    expected: `<a href="https://blog.example.org/posts/two/" ${EXT}>t</a>`,
  },
  {
    title: 'in-page anchor stays in-page',
    payload: '<a href="#fn1">1</a><span id="fn1">n</span>',
    expected: '<a href="#fn1">1</a><span id="fn1">n</span>',
  },
  {
    title: 'absolute link to the post itself with a fragment becomes in-page',
    payload: '<a href="https://blog.example.org/posts/one/#x">1</a><b id="x">n</b>',
    expected: '<a href="#x">1</a><b id="x">n</b>',
  },
  {
    title: 'mailto kept without target',
    payload: '<a href="mailto:ed@example.org" target="_top">m</a>',
    expected: '<a href="mailto:ed@example.org">m</a>',
  },
  { title: 'unlinked id dropped', payload: '<h2 id="intro">Intro</h2>', expected: '<h2>Intro</h2>' },
  { title: 'event handlers and style removed', payload: '<p onclick="alert(1)" style="color:red" onmouseover=x>t</p>', expected: '<p>t</p>' },
  {
    title: 'img onerror and data: src removed with the image',
    payload: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="alert(1)" alt="a">',
    expected: '',
  },
  {
    title: 'img relative src absolutised, lazy',
    payload: '<img src="/wp-content/a.jpg" alt="A">',
    expected: '<img src="https://blog.example.org/wp-content/a.jpg" alt="A" loading="lazy">',
  },
  {
    title: 'srcset keeps only http(s) candidates',
    payload: '<img src="a.jpg" srcset="b.jpg 2x, data:image/png;base64,xx 1x, javascript:alert(1) 3x" alt="">',
    expected: '<img src="https://blog.example.org/posts/one/a.jpg" srcset="https://blog.example.org/posts/one/b.jpg 2x" alt="" loading="lazy">',
  },
  { title: 'tracking pixel (1x1)', payload: '<p>t<img src="https://x.example/p.gif" width="1" height="1"></p>', expected: '<p>t</p>' },
  { title: 'tracking pixel host', payload: '<p>t<img src="https://pixel.wp.com/g.gif?v=1" alt=""></p>', expected: '<p>t</p>' },
  {
    title: 'script/style/link/meta/base/form removed with content',
    payload:
      '<script>alert(1)</script><style>p{}</style><link rel=stylesheet href=x><meta http-equiv=refresh content="0;url=javascript:alert(1)"><base href="javascript:"><form action="javascript:alert(1)"><input value=x><button formaction="javascript:alert(1)">Go</button></form>ok',
    expected: 'ok',
  },
  {
    title: 'svg with script dropped entirely',
    payload: '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>ok',
    expected: 'ok',
  },
  {
    title: 'math namespace confusion',
    payload: '<math><mi><mglyph><style><img src=x onerror=alert(1)></style></mglyph></mi></math>ok',
    expected: 'ok',
  },
  {
    title: 'object/embed/applet',
    payload: '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"><applet code="x"></applet>ok',
    expected: 'ok',
  },
  {
    title: 'unknown iframe becomes a link',
    payload: '<iframe src="https://maps.example.com/embed?q=1" title="Map"></iframe>',
    expected: `<p><a href="https://maps.example.com/embed?q=1" ${EXT}>Map</a></p>`,
  },
  { title: 'javascript: iframe removed', payload: '<iframe src="javascript:alert(1)"></iframe>ok', expected: 'ok' },
  {
    title: 'YouTube iframe becomes a click-to-load placeholder',
    payload: '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" width="500" onload="alert(1)"></iframe>',
    expected: `<figure class="cp-embed"><a class="cp-embed-load" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" data-embed-provider="YouTube" ${EXT}>YouTube</a></figure>`,
  },
  {
    title: 'forged placeholder with a foreign frame URL loses its data-embed-*',
    payload: '<a class="cp-embed-load" href="https://evil.example/" data-embed-src="https://evil.example/frame" data-embed-provider="YouTube">x</a>',
    expected: `<a class="cp-embed-load" href="https://evil.example/" ${EXT}>x</a>`,
  },
  {
    title: 'other data-* and site classes dropped',
    payload: '<p class="lead has-text-color" data-uri="cms.cnn.com/x" data-track="1">t</p>',
    expected: '<p>t</p>',
  },
  {
    title: 'video keeps controls, no autoplay, no preload',
    payload: '<video src="/v.mp4" autoplay onplay="x"></video>',
    expected: '<video src="https://blog.example.org/v.mp4" controls="" preload="none"></video>',
  },
  {
    title: 'blockquote cite javascript: dropped',
    payload: '<blockquote cite="javascript:alert(1)">q</blockquote>',
    expected: '<blockquote>q</blockquote>',
  },
  {
    title: 'id clobbering names',
    payload: '<a href="#cookie">c</a><img name="cookie" id="cookie" src="https://x.example/a.png">',
    expected: '<a href="#cookie">c</a><img src="https://x.example/a.png" loading="lazy">',
  },
];
