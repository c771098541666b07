import type { FamilyDefinition } from '../family.ts';

/** Everything else: the common lesson sections and the page body only. */
export default { key: 'general', sections: [] } as const satisfies FamilyDefinition;
