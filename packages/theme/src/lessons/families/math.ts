import type { FamilyDefinition } from '../family.ts';

export default {
  key: 'math',
  sections: [
    { field: 'formulas', kind: 'formulas', title: 'lesson.math.formulas' },
    { field: 'workedExamples', kind: 'qa', title: 'lesson.math.workedExamples' },
    { field: 'exercises', kind: 'qa', title: 'lesson.math.exercises', answersLast: true },
  ],
} as const satisfies FamilyDefinition;
