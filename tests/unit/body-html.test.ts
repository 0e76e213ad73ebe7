import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/render/body-html.js';

describe('body HTML', () => {
  it('renders blocks as semantic HTML', () => {
    const html = bodyHtml(
      [
        { type: 'paragraph', text: 'One.' },
        { type: 'subheading', text: 'Sub' },
        { type: 'quote', text: 'Said.' },
        { type: 'figure', caption: 'Troops', credit: 'Pool Photo via AP', alt: 'Russia Ukraine Putin' },
        { type: 'figure', caption: null, credit: 'PA Graphics', alt: null },
      ],
      null,
    );
    expect(html).toBe(
      [
        '<p>One.</p>',
        '<h2>Sub</h2>',
        '<blockquote>\n<p>Said.</p>\n</blockquote>',
        '<figure><figcaption>Troops <span class="credit">Pool Photo via AP</span></figcaption></figure>',
        '<figure><figcaption><span class="credit">PA Graphics</span></figcaption></figure>',
      ].join('\n'),
    );
  });

  it("puts a quotation's speaker in the quotation's footer", () => {
    const html = bodyHtml([{ type: 'quote', text: 'Every track earns its length.', cite: 'Sam Okoye, Writer' }], null);
    expect(html).toBe('<blockquote>\n<p>Every track earns its length.</p>\n<footer>— Sam Okoye, Writer</footer>\n</blockquote>');
  });

  it('keeps text as text: markup in a .txt article is shown, never run', () => {
    const html = bodyHtml([{ type: 'paragraph', text: '<script>alert(1)</script> *not emphasis* {{ 7*7 }}' }], null);
    expect(html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> *not emphasis* {{ 7*7 }}</p>');
  });

  it('sanitizes Markdown bodies', () => {
    const html = bodyHtml([], 'Hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n**bold**');
    expect(html).not.toMatch(/<script|javascript:|onerror/i);
    expect(html).toContain('<strong>bold</strong>');
  });
});
