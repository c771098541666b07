import type { FamilyDefinition } from '../family.ts';

export default {
  key: 'informatics',
  sections: [
    { field: 'codeExamples', kind: 'code', title: 'lesson.informatics.code' },
    { field: 'unplugged', kind: 'steps', title: 'lesson.informatics.unplugged' },
  ],
} as const satisfies FamilyDefinition;
