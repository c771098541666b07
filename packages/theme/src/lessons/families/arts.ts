import type { FamilyDefinition } from '../family.ts';

export default {
  key: 'arts',
  sections: [
    { field: 'artMedia', kind: 'list', title: 'lesson.arts.media' },
    { field: 'works', kind: 'links', title: 'lesson.arts.works' },
    { field: 'appreciation', kind: 'questions', title: 'lesson.arts.appreciation' },
  ],
} as const satisfies FamilyDefinition;
