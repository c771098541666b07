// The address of an image's original file. Blogger serves every upload in any size through a size
// segment: `/s320/` or `/w640-h480/` before the file name (older bp.blogspot.com addresses and
// blogger.googleusercontent.com/img/b/…), or `=s1600` / `=w600-h400` after it (googleusercontent
// addresses without a file name). `s0` asks for the original. WordPress keeps the upload and makes
// resized copies named `foto-300x200.jpg`; wordpress.com resizes with `?w=300`.
// Each image gets a list of addresses to try, the original first and the address as written last,
// so a wrong guess costs one request, not the image.

const BLOGGER_HOST = /(^|\.)(bp\.blogspot\.com|googleusercontent\.com|blogger\.com)$/;
// One URL path segment: `s1600`, `w640-h480`, `w400-h225-c`, `s320-rw`, `h120`.
const SIZE_SEGMENT = /^(?:s\d{1,5}|w\d{1,5}(?:-h\d{1,5})?|h\d{1,5})(?:-[a-z0-9]{1,10}){0,6}$/;
const WP_RESIZED = /-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]{2,5})$/;

function isBloggerHost(host: string): boolean {
  return BLOGGER_HOST.test(host);
}

/** Blogger: the same image at its original size, or undefined when the address has no size segment. */
function bloggerOriginal(url: URL): string | undefined {
  const parts = url.pathname.split('/');
  const last = parts.length - 1;
  const file = parts[last] ?? '';
  const eq = file.lastIndexOf('=');
  if (eq > 0 && SIZE_SEGMENT.test(file.slice(eq + 1))) {
    parts[last] = `${file.slice(0, eq)}=s0`;
  } else if (last >= 2 && SIZE_SEGMENT.test(parts[last - 1] ?? '')) {
    if (parts[last - 1] === 's0') return undefined;
    parts[last - 1] = 's0';
  } else return undefined;
  const copy = new URL(url.href);
  copy.pathname = parts.join('/');
  return copy.href;
}

/** WordPress: the upload before resizing, or undefined when the address is not a resized copy. */
function wordpressOriginal(url: URL): string | undefined {
  const copy = new URL(url.href);
  let changed = false;
  if (url.hostname.endsWith('.files.wordpress.com') || url.hostname.endsWith('.wp.com')) {
    if (copy.search) {
      copy.search = '';
      changed = true;
    }
  }
  if (url.pathname.includes('/wp-content/uploads/') || url.hostname.endsWith('.files.wordpress.com')) {
    const path = copy.pathname.replace(WP_RESIZED, '$1');
    if (path !== copy.pathname) {
      copy.pathname = path;
      changed = true;
    }
  }
  return changed ? copy.href : undefined;
}

/** Addresses to try for one image, best first; the address as written is always last. */
export function imageCandidates(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [address];
  }
  const original = isBloggerHost(url.hostname) ? bloggerOriginal(url) : wordpressOriginal(url);
  return original && original !== url.href ? [original, url.href] : [url.href];
}

/** True for Blogger's image hosts (their links around images point to a larger copy of the same image). */
export function isBloggerImage(address: string): boolean {
  try {
    return isBloggerHost(new URL(address).hostname);
  } catch {
    return false;
  }
}
