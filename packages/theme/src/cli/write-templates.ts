// Regenerates templates/lessons/*.md, one lesson skeleton per subject family, with the same code as
// `guru-blog new lesson`. Run from the repository root after changing a skeleton:
//   node packages/theme/src/cli/write-templates.ts
// test/cli.test.ts fails when the committed files differ from this output (apart from the date).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Family, findSubject } from '../catalog/index.ts';
import { isoDate } from './lesson-input.ts';
import { renderLesson, SKELETONS } from './skeletons/index.ts';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/lessons/', import.meta.url));

/** File name → the subject it is written for. All are RPM (the 2025 format), SMP kelas 7, 2 JP. */
export const TEMPLATE_SUBJECTS: Record<string, { family: Family; subject: string }> = {
  'matematika.md': { family: 'math', subject: 'matematika' },
  'ipa.md': { family: 'science', subject: 'ipa' },
  'bahasa-indonesia.md': { family: 'language', subject: 'bahasa-indonesia' },
  'ips.md': { family: 'social', subject: 'ips' },
  'pjok.md': { family: 'pjok', subject: 'pjok' },
  'seni-rupa.md': { family: 'arts', subject: 'seni-rupa' },
  'informatika.md': { family: 'informatics', subject: 'informatika' },
  'pendidikan-pancasila.md': { family: 'religion-civics', subject: 'pendidikan-pancasila' },
  'umum.md': { family: 'general', subject: 'muatan-lokal' },
};

/** The template files' contents. No semester or school year: those depend on the day it runs. */
export function templateFiles(today: Date): { file: string; content: string }[] {
  return Object.entries(TEMPLATE_SUBJECTS).map(([file, { family, subject: slug }]) => {
    const subject = findSubject(slug);
    if (!subject || subject.family !== family) throw new Error(`template ${file}: ${slug} is not a ${family} subject`);
    const content = renderLesson(
      { title: 'Judul Pelajaran', subject, jenjang: 'smp', grades: [7], docType: 'rpm', jp: 2, meetings: 1, date: isoDate(today) },
      SKELETONS[family],
    );
    return { file, content };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, content } of templateFiles(new Date())) {
    writeFileSync(join(TEMPLATES_DIR, file), content);
    process.stdout.write(`templates/lessons/${file}\n`);
  }
}
