import { describe, expect, it } from 'vitest';
import { renderInlineMath } from '../src/utils/inline-math.ts';

describe('renderInlineMath', () => {
  it('renders $…$ and $$…$$ to MathML and escapes the rest', () => {
    const html = renderInlineMath('Hitung $c = \\sqrt{a^2+b^2}$ jika <a> = 3');
    expect(html).toContain('<math');
    expect(html).toContain('<msqrt>');
    expect(html).toContain('jika &lt;a&gt; = 3');
    expect(html.startsWith('Hitung ')).toBe(true);
    expect(renderInlineMath('$$x^2$$')).toContain('display="block"');
  });

  it('keeps escaped dollars and text without math as plain text', () => {
    expect(renderInlineMath('Harga \\$5 dan \\$7')).toBe('Harga $5 dan $7');
    expect(renderInlineMath('Rp5.000')).toBe('Rp5.000');
    expect(renderInlineMath('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('does not throw on bad TeX', () => {
    expect(() => renderInlineMath('$\\frac{1}{$')).not.toThrow();
  });
});
