// Adapter: everything the docs read from create-guru-blog.
import { OPTIONS as CLI_OPTIONS } from '../../../../packages/create-guru-blog/src/args.ts';
import { DEPLOY_TARGETS } from '../../../../packages/create-guru-blog/src/context.ts';
import { en } from '../../../../packages/create-guru-blog/src/messages/en.ts';
import { id } from '../../../../packages/create-guru-blog/src/messages/id.ts';
import type { Lang } from '../zod-fields.ts';

export { CLI_OPTIONS, DEPLOY_TARGETS };
export const CLI_MESSAGES: Record<Lang, Record<string, string>> = { id, en };
