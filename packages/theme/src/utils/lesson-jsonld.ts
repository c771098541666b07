import type { Lesson } from './lessons.ts';
import { paths } from './paths.ts';
import { config, url } from './site.ts';
import { absolute } from './urls.ts';

const LICENSES: Record<string, string> = {
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** schema.org LearningResource for a lesson page (educationalLevel, teaches, timeRequired…), as search engines read it. */
export function learningResourceJsonLd(lesson: Lesson, subject: string, phase: string | undefined): Record<string, unknown> {
  const { data, facts } = lesson;
  const level = [data.jenjang.toUpperCase(), phase, data.grades.length ? `Kelas ${data.grades.join(', ')}` : undefined].filter(Boolean).join(', ');
  const pageUrl = absolute(config.site, url(paths.lesson(lesson.id)));
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: data.title,
    description: data.description || undefined,
    url: pageUrl,
    inLanguage: config.lang,
    datePublished: facts.date.toISOString(),
    dateModified: (data.updatedDate ?? facts.date).toISOString(),
    learningResourceType: { 'modul-ajar': 'Modul Ajar', rpp: 'RPP', rpm: 'RPM' }[data.docType],
    educationalLevel: level,
    teaches: data.objectives.length ? data.objectives : data.topic,
    about: data.topic,
    timeRequired: facts.totalMinutes ? `PT${facts.totalMinutes}M` : undefined,
    keywords: data.tags.length ? data.tags.join(', ') : undefined,
    license: LICENSES[data.license] ?? data.license,
    isAccessibleForFree: true,
    author: {
      '@type': 'Person',
      name: data.author ?? config.author.name,
      ...(data.school || config.author.school ? { affiliation: { '@type': 'EducationalOrganization', name: data.school ?? config.author.school } } : {}),
    },
    educationalAlignment: [
      { '@type': 'AlignmentObject', alignmentType: 'educationalSubject', targetName: subject },
      ...(phase ? [{ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: phase }] : []),
      ...data.grades.map((g) => ({ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: `Kelas ${g}` })),
    ],
  };
}
