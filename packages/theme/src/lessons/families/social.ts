import type { FamilyDefinition } from '../family.ts';

export default {
  key: 'social',
  sections: [
    { field: 'historicalSources', kind: 'links', title: 'lesson.social.sources' },
    { field: 'maps', kind: 'links', title: 'lesson.social.maps' },
    { field: 'timeline', kind: 'timeline', title: 'lesson.social.timeline' },
  ],
} as const satisfies FamilyDefinition;
