import type { FamilyDefinition } from '../family.ts';

/** Physical education: warm-up, movement activities, safety, equipment. */
export default {
  key: 'pjok',
  sections: [
    { field: 'equipment', kind: 'list', title: 'lesson.pjok.equipment' },
    { field: 'warmUp', kind: 'steps', title: 'lesson.pjok.warmUp' },
    { field: 'movementActivities', kind: 'steps', title: 'lesson.pjok.movementActivities' },
    { field: 'fieldSafety', kind: 'list', title: 'lesson.pjok.safety' },
  ],
} as const satisfies FamilyDefinition;
