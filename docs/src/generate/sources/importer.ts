// Adapter: everything the docs read from @guru-blog/import (`guru-blog import`).
import { OPTIONS as CLI_OPTIONS } from '../../../../packages/import/src/index.ts';
import { CATALOGS, NOTE_CATALOGS } from '../../../../packages/import/src/messages.ts';
import type { Lang } from '../zod-fields.ts';

export { CLI_OPTIONS };
export const CLI_MESSAGES = CATALOGS as unknown as Record<Lang, Record<string, string>>;
/** Notes the import report lists per post (keyed by note code). */
export const NOTE_MESSAGES = NOTE_CATALOGS as unknown as Record<Lang, Record<string, string>>;
