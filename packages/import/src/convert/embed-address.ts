// The address written for an embed: alone on its line, the theme shows it as its click-to-load
// embed. YouTube videos get the watch address teachers know, not the /embed/ one.
import { parseEmbedUrl } from '@guru-blog/theme/scaffold';

export function embedAddress(src: string): string | undefined {
  const embed = parseEmbedUrl(src);
  if (!embed) return undefined;
  if (embed.provider === 'youtube' && embed.kind === 'video') {
    const url = new URL(embed.embedUrl);
    const id = url.pathname.split('/').pop();
    const start = url.searchParams.get('start');
    return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`;
  }
  return embed.href;
}
