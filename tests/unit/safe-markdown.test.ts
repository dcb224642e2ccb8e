/** Markdown prose fields rendered for a page: only safe links, only the site's own images, raw HTML as text. */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isSiteAddress } from '../../src/core/markdown/sanitize-html.ts';
import { markdownToSafeHtml, markdownWithSafeLinks } from '../../src/core/markdown/safe-markdown.ts';

describe('a prose field rendered to HTML', () => {
  test('a reference-style javascript: link keeps its text and loses its address', () => {
    const html = markdownToSafeHtml('Klik [hier][c].\n\n[c]: javascript:alert(document.domain)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('hier');
  });

  test('inline, reference, collapsed and autolinked script addresses all lose their address, in any case', () => {
    const markdown = ['[a](javascript:alert(1))', '[b][]', '[c]', '<javascript:alert(4)>', '[e](JaVaScRiPt:alert(5))', '[f](vbscript:x)', '[g](data:text/html,x)', '', '[b]: javascript:alert(2)', '[c]: &#106;avascript:alert(3)'].join('\n');
    const html = markdownToSafeHtml(markdown);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([]);
    for (const text of ['>a<', '>b<', '>c<', '>e<', '>f<', '>g<']) expect(html).toContain(text);
  });

  test('safe links stay links', () => {
    const html = markdownToSafeHtml('[site](https://gemeente.example.nl/) [mail][m] [pagina](/aanbod/)\n\n[m]: mailto:team@gemeente.example.nl');
    expect(html).toContain('href="https://gemeente.example.nl/"');
    expect(html).toContain('href="mailto:team@gemeente.example.nl"');
    expect(html).toContain('href="/aanbod/"');
  });

  test('an image from another host, inline or by reference, becomes its alt text; one from the site stays', () => {
    const html = markdownToSafeHtml('![teller][i] ![pixel](https://elders.example/p.gif) ![](//elders.example/q.gif) ![logo](/logo/logo.svg)\n\n[i]: https://elders.example/p.gif');
    expect(html).not.toContain('elders.example');
    expect(html).toContain('teller');
    expect(html).toContain('pixel');
    expect(html).toContain('<img src="/logo/logo.svg" alt="logo">');
  });

  test('raw HTML is shown as text, never as markup', () => {
    const html = markdownToSafeHtml('<img src=x onerror=alert(1)> en <a href="javascript:alert(2)">b</a>');
    expect(html).not.toMatch(/<img|<a /);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });
});

describe('an address on the site itself', () => {
  test.each(['/logo/logo.svg', 'foto.png', './foto.png', '../foto.png', '#top', '?x=1'])('%s is the site own', (address) => {
    expect(isSiteAddress(address)).toBe(true);
  });

  test.each(['https://elders.example/p.gif', '//elders.example/p.gif', '/\\elders.example/p.gif', '\\\\elders.example/p.gif', '/\t/elders.example/p.gif', 'data:image/gif;base64,R0lGOD', 'javascript:alert(1)', ''])('%j is not', (address) => {
    expect(isSiteAddress(address)).toBe(false);
  });
});

describe('Markdown published for others to render', () => {
  test('loses every unsafe link, image and definition, keeping link text and alt text', () => {
    const markdown = 'Meld u aan via [het formulier][f], [hier](javascript:alert(1)) of <javascript:alert(2)>. ![beeld](javascript:x) [goed](https://gemeente.example.nl/)\n\n[f]: javascript:alert(3)\n';
    const safe = markdownWithSafeLinks(markdown);
    // Rendered by a plain Markdown renderer, with nothing of aanbodgids's own: no script address left.
    expect(markdownToHtml(safe).html).not.toMatch(/(?:href|src)="(?!https:)/);
    expect(safe).toContain('[het formulier][f]');
    expect(safe).toContain('via [het formulier][f], hier of javascript:alert(2).');
    expect(safe).toContain('beeld [goed](https://gemeente.example.nl/)');
  });

  test('writes raw HTML as text and leaves safe Markdown as it was', () => {
    expect(markdownWithSafeLinks('Een <a href="javascript:alert(1)">link</a> & meer')).toBe('Een &lt;a href="javascript:alert(1)">link&lt;/a> & meer');
    const plain = 'Stuur **het formulier** naar [het team](mailto:team@gemeente.example.nl) vóór 1 maart 🙂.\n\n- stap één\n- stap twee\n';
    expect(markdownWithSafeLinks(plain)).toBe(plain);
  });
});
