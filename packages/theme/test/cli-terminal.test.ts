// `guru-blog new lesson` in a real terminal (tmux), as a teacher follows the scaffolder's own next
// step: the flags it leaves out are asked with the scaffolder's prompts, typed and chosen with
// the keys a teacher uses; then the file on disk is checked.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTerminal, type Terminal, temporaryFolders } from '@guru-blog/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const BIN = fileURLToPath(new URL('../bin/guru-blog.mjs', import.meta.url));
const temp = temporaryFolders();
const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function start(args: string[], env: Record<string, string> = {}) {
  const cwd = temp('guru-blog-tty-');
  const terminal = await openTerminal({
    command: process.execPath,
    args: [BIN, ...args],
    cwd,
    env: { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'), HOME: cwd, TERM: 'xterm-256color', LANG: 'id_ID.UTF-8', ...env },
  });
  open.push(terminal);
  return { terminal, cwd };
}

const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;

describe('guru-blog new lesson in a terminal', () => {
  it('asks for the subject, grade, type and title with the scaffolder prompts, in Indonesian', async () => {
    const { terminal: t, cwd } = await start(['new', 'lesson']);
    await t.waitFor('Mata pelajaran?');
    // Enter on a search that finds nothing asks again.
    t.type('zzz');
    await t.waitFor('Tidak ada yang cocok; hapus sebagian ketikan.');
    t.press('Enter');
    await t.waitFor('Pilih satu dari daftar; ketik sebagian namanya untuk mencari.');
    t.press('BSpace', 'BSpace', 'BSpace');
    t.type('ipa');
    // "ipa" is IPA first, not IPAS (SD): the highlighted choice is the one Enter takes.
    await t.waitFor(/● Ilmu Pengetahuan Alam \(IPA\)/);
    t.press('Enter');
    await t.waitFor('Kelas berapa?');
    t.type('3');
    t.press('Enter');
    // IPA is not taught in grade 3: the flag's own message, under the question, to type again.
    await t.waitFor('Ilmu Pengetahuan Alam (ipa) tidak diajarkan di SD. Mapel ini diajarkan di: SMP kelas 7–9, SMA kelas 10');
    t.press('BSpace');
    t.type('7');
    t.press('Enter');
    await t.waitFor('Jenis dokumen?');
    t.press('Down', 'Down'); // Modul Ajar → RPP → RPM
    t.press('Enter');
    await t.waitFor('Judul pelajaran?');
    t.type('Zat dan Wujudnya');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('Berhasil: src/content/lessons/zat-dan-wujudnya.md');
    expect(frontmatter(join(cwd, 'src/content/lessons/zat-dan-wujudnya.md'))).toMatchObject({
      title: 'Zat dan Wujudnya',
      subject: 'ipa',
      jenjang: 'smp',
      grades: [7],
      docType: 'rpm',
    });
  });

  it('after `npm run lesson:new --mapel ipa` says to add -- and asks what npm kept; in English with --lang en', async () => {
    const { terminal: t, cwd } = await start(['new', 'lesson', '--lang', 'en', '--kelas', '8', '--jenis', 'rpp'], {
      npm_lifecycle_event: 'lesson:new',
      npm_config_mapel: 'ipa',
    });
    await t.waitFor('npm kept the options --mapel ipa for itself. Write -- before the options, e.g.: npm run lesson:new -- --mapel ipa');
    await t.waitFor('Subject?');
    t.type('natural science');
    await t.waitFor(/● Natural Science \(IPA\)/);
    t.press('Enter');
    await t.waitFor('Lesson title?');
    t.type('Gerak Lurus');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(frontmatter(join(cwd, 'src/content/lessons/gerak-lurus.md'))).toMatchObject({ subject: 'ipa', grades: [8], docType: 'rpp' });
  });

  it('Ctrl-C at a question ends without a file and says so', async () => {
    const { terminal: t, cwd } = await start(['new', 'lesson', '--mapel', 'matematika']);
    await t.waitFor('Kelas berapa?');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Dibatalkan; tidak ada berkas yang dibuat.');
    expect(() => readFileSync(join(cwd, 'src'))).toThrow();
  });
});
