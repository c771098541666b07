import type { FamilyDefinition } from '../family.ts';

/** Science and IPAS: a lesson is built around an experiment. */
export default {
  key: 'science',
  sections: [
    { field: 'tools', kind: 'list', title: 'lesson.science.tools' },
    { field: 'labMaterials', kind: 'list', title: 'lesson.science.labMaterials' },
    { field: 'safety', kind: 'list', title: 'lesson.science.safety' },
    { field: 'procedure', kind: 'steps', title: 'lesson.science.procedure' },
    { field: 'observationTable', kind: 'table', title: 'lesson.science.observationTable' },
    { field: 'conclusion', kind: 'text', title: 'lesson.science.conclusion' },
  ],
} as const satisfies FamilyDefinition;
