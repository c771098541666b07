// Which links in a post point to a file uploaded to the old blog itself (a worksheet PDF in
// `wp-content/uploads`), and so are copied to the new site. A file elsewhere (Google Drive, Docs,
// Blogger's googleusercontent links) is not the blog's to copy: it keeps its address.
import type { ParsedExport } from '../model.ts';
import { documentExtension } from './files.ts';

const withoutQuery = (url: URL) => `${url.origin}${url.pathname}`;

/** Hosts of the old blog's own uploads: its host (with and without `www.`), and wordpress.com's upload host. */
function uploadHosts(blogUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  if (!blogUrl) return hosts;
  let host: string;
  try {
    host = new URL(blogUrl).hostname.toLowerCase();
  } catch {
    return hosts;
  }
  const bare = host.replace(/^www\./, '');
  hosts.add(bare).add(`www.${bare}`);
  // `guru.wordpress.com` keeps its uploads on `guru.files.wordpress.com`.
  if (bare.endsWith('.wordpress.com')) hosts.add(`${bare.slice(0, -'.wordpress.com'.length)}.files.wordpress.com`);
  return hosts;
}

/** A function that gives the absolute address of a link to one of the blog's uploaded documents, else undefined. */
export function ownUploads(parsed: ParsedExport): (href: string) => string | undefined {
  const hosts = uploadHosts(parsed.blogUrl);
  const attachments = new Set<string>();
  for (const { url } of parsed.attachments.values()) {
    try {
      attachments.add(withoutQuery(new URL(url)));
    } catch {
      // an attachment without a usable address names nothing to match
    }
  }
  return (href) => {
    const written = href.trim();
    // A link relative to the post (`lks.pdf`) names a file of the old post's folder, not one we can place.
    if (!/^(?:https?:)?\/\//i.test(written) && !written.startsWith('/')) return undefined;
    let url: URL;
    try {
      // `/wp-content/uploads/…` links are the blog's own; `//host/…` takes https.
      url = new URL(written, parsed.blogUrl ? `${parsed.blogUrl}/` : 'https://invalid.invalid/');
    } catch {
      return undefined;
    }
    if (url.hostname === 'invalid.invalid' || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
    if (!documentExtension(url.href)) return undefined;
    return hosts.has(url.hostname.toLowerCase()) || attachments.has(withoutQuery(url)) ? url.href : undefined;
  };
}
