// "Arti pesan": every message each tool can print, with its cause and what to do, from the catalogs.
import { code, messageBlock, type PageFile } from '../markdown.ts';
import { type Catalog, catalogs } from '../sources/messages.ts';
import { entryFor } from '../troubleshooting/lookup.ts';
import type { Lang } from '../zod-fields.ts';

const L = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);

/** Placeholders like {file} read better as ‹file› in a quoted message. */
const shape = (text: string) => text.replace(/\{(\w+)\}/g, '‹$1›');

function catalogPage(catalog: Catalog, lang: Lang, order: number): PageFile {
  const problems: string[] = [];
  const info: string[] = [];
  for (const [key, text] of Object.entries(catalog.messages.id)) {
    const entry = entryFor(catalog.id, key);
    const shown = shape(catalog.messages[lang][key] ?? text);
    if (entry === 'info' || entry === undefined) {
      if (!key.startsWith('help.')) info.push(`- ${code(key)}: ${shown.split('\n')[0]}`);
      continue;
    }
    const other = lang === 'id' ? catalog.messages.en[key] : text;
    problems.push(`### ${code(key)}

${messageBlock(shown)}

${other && other !== catalog.messages[lang][key] ? `${L(lang, 'Dalam bahasa Inggris', 'In Indonesian')}:\n\n${messageBlock(shape(other))}\n\n` : ''}**${L(lang, 'Sebab', 'Cause')}:** ${entry.cause}

**${L(lang, 'Yang dilakukan', 'What to do')}:** ${entry.fix}
`);
  }
  return {
    path: `masalah/${catalog.id}.md`,
    order,
    noToc: true,
    title: catalog.title[lang],
    description: L(
      lang,
      `Arti setiap pesan dari ${catalog.title.id} dan cara mengatasinya.`,
      `What each message from ${catalog.title.en} means and what to do.`,
    ),
    body: `${L(lang, 'Cari pesan yang Anda lihat (Ctrl+F, atau kotak pencarian di atas). ‹nama› menandai bagian yang diisi alat, misalnya nama berkas.', 'Find the message you see (Ctrl+F, or the search box above). ‹name› marks a part the tool fills in, such as a file name.')} ${L(lang, 'Sebab dan cara mengatasi ditulis dalam bahasa Indonesia.', 'Causes and fixes are written in Indonesian.')}

## ${L(lang, 'Pesan yang perlu ditindaklanjuti', 'Messages that need action')}

${problems.join('\n')}
## ${L(lang, 'Pesan lain (bukan masalah)', 'Other messages (not problems)')}

${info.join('\n')}
`,
  };
}

export function troubleshootingPages(lang: Lang): PageFile[] {
  const list = catalogs();
  const index: PageFile = {
    path: 'masalah/index.md',
    order: 0,
    title: L(lang, 'Arti pesan', 'What a message means'),
    description: L(lang, 'Setiap pesan alat Guru Blog, sebabnya, dan yang dilakukan.', 'Every message Guru Blog’s tools print, its cause and what to do.'),
    body: `${L(lang, 'Pesan dikelompokkan menurut alat yang mencetaknya. Halaman ini dibuat dari katalog pesan di kode, jadi setiap pesan yang bisa muncul ada di sini.', 'Messages are grouped by the tool that prints them. These pages are generated from the message catalogs in the code, so every message that can appear is here.')}

${list.map((c) => `- [${c.title[lang]}](${lang === 'id' ? '' : '/en'}/masalah/${c.id}/): ${Object.keys(c.messages.id).length} ${L(lang, 'pesan', 'messages')}`).join('\n')}
`,
  };
  return [index, ...list.map((c, i) => catalogPage(c, lang, i + 1))];
}
