/** One share target: a plain link, no script of the service's. `dot` colours its marker. */
export interface ShareLink {
  id: 'whatsapp' | 'telegram' | 'facebook' | 'x' | 'email';
  label: string;
  href: string;
  dot: string;
}

/**
 * Share links for a page: each service's documented share address with the title and the page's
 * address encoded (encodeURIComponent: spaces as %20, which every one of them reads). WhatsApp
 * and e-mail take one text, so the address follows the title there.
 */
export function shareLinks(title: string, pageUrl: string, emailLabel: string): ShareLink[] {
  const t = encodeURIComponent(title);
  const u = encodeURIComponent(pageUrl);
  return [
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${pageUrl}`)}`, dot: '#25d366' },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}`, dot: '#2aabee' },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, dot: '#1877f2' },
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${t}&url=${u}`, dot: '#888888' },
    { id: 'email', label: emailLabel, href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${pageUrl}`)}`, dot: 'var(--g-accent)' },
  ];
}
