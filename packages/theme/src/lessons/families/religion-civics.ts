import type { FamilyDefinition } from '../family.ts';

/** Religion and Pancasila education: the values at stake and questions to discuss. */
export default {
  key: 'religion-civics',
  sections: [
    { field: 'values', kind: 'list', title: 'lesson.religion.values' },
    { field: 'discussion', kind: 'questions', title: 'lesson.religion.discussion' },
  ],
} as const satisfies FamilyDefinition;
