import { z } from 'astro/zod';
import { fieldError } from '../content/messages.ts';
import type { Translate } from '../i18n/index.ts';

/**
 * The shapes a family section can have. A family lists its sections by kind; the schema and the
 * page both follow from the kind, so a new family needs no new schema or markup.
 */
export type SectionKind =
  | 'text' // a paragraph (plain text; blank lines start new paragraphs)
  | 'list' // bullet list of strings
  | 'steps' // numbered list of strings
  | 'questions' // numbered questions (discussion, appreciation)
  | 'qa' // problems with solutions; `answersLast` moves the answers to the answer page
  | 'table' // { caption?, columns: string[], rows: string[][] } (e.g. an observation table)
  | 'terms' // { term, definition }[]
  | 'links' // { title, href?, description? }[] (sources, audio, works)
  | 'timeline' // { when, event }[]
  | 'code' // { language?, code, caption? }[]
  | 'formulas'; // TeX strings, rendered to MathML at build time

export function sectionSchema(kind: SectionKind, t: Translate) {
  const text = () => z.string({ error: fieldError(t, 'error.expected.string') });
  const list = () => z.array(text(), { error: fieldError(t, 'error.expected.list') });
  const array = <T extends z.core.SomeType>(of: T) => z.array(of, { error: fieldError(t, 'error.expected.list') });
  switch (kind) {
    case 'text':
      return text();
    case 'list':
    case 'steps':
    case 'questions':
    case 'formulas':
      return list();
    case 'qa':
      return array(z.object({ question: text(), answer: text().optional() }));
    case 'table':
      // Cells may be numbers as teachers write them (`[A, 5, 37]`); they are shown as text.
      return z.object({ caption: text().optional(), columns: list(), rows: z.array(z.array(z.union([text(), z.number()]).transform(String))).default([]) });
    case 'terms':
      return array(z.object({ term: text(), definition: text() }));
    case 'links':
      return array(z.union([text(), z.object({ title: text(), href: text().optional(), description: text().optional() })]));
    case 'timeline':
      return array(z.object({ when: z.union([text(), z.number()]), event: text() }));
    case 'code':
      return array(z.object({ language: text().optional(), code: text(), caption: text().optional() }));
  }
}
