// Gutenberg keeps each block's settings in HTML comments (`<!-- wp:image {"id":12} -->` … `<!-- /wp:image -->`)
// around complete HTML. Splitting the body on them leaves half-open tags; removing only the
// comments leaves the HTML whole. Every comment goes (the Markdown would drop them anyway), found
// with indexOf so that an unclosed `<!--` costs one pass, not a backtracking search.
export function removeComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf('<!--', from);
    if (start < 0) return out + html.slice(from);
    const end = html.indexOf('-->', start + 4);
    if (end < 0) return out + html.slice(from, start); // an unclosed comment hides the rest, as in a browser
    out += html.slice(from, start);
    // A block boundary is also a paragraph boundary for autop.
    const inner = html.slice(start + 4, end).trim();
    if (inner.startsWith('wp:') || inner.startsWith('/wp:') || inner === 'more' || inner === 'nextpage') out += '\n\n';
    from = end + 3;
  }
}
