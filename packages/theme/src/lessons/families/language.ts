import type { FamilyDefinition } from '../family.ts';

export default {
  key: 'language',
  sections: [
    { field: 'readingText', kind: 'text', title: 'lesson.language.readingText' },
    { field: 'vocabulary', kind: 'terms', title: 'lesson.language.vocabulary' },
    { field: 'audio', kind: 'links', title: 'lesson.language.audio' },
  ],
} as const satisfies FamilyDefinition;
