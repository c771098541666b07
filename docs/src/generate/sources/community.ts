// Adapter: everything the docs read from @guru-blog/community.
import { CLI_OPTIONS } from '../../../../packages/community/src/cli/index.ts';
import { CATALOGS as CLI_MESSAGES } from '../../../../packages/community/src/cli/messages.ts';
import { MEMBER_FIELDS } from '../../../../packages/community/src/members/members-schema.ts';
import { messages as memberMessages } from '../../../../packages/community/src/members/messages.ts';
import { CSV_HEADERS } from '../../../../packages/community/src/members/read-csv.ts';
import { YAML_KEYS } from '../../../../packages/community/src/members/read-yaml.ts';
import { memberSchema } from '../../../../packages/community/src/site/loaders.ts';
import { communityOptionsSchema } from '../../../../packages/community/src/site/options.ts';
import type { Lang } from '../zod-fields.ts';

export { CLI_MESSAGES, CLI_OPTIONS, CSV_HEADERS, communityOptionsSchema, MEMBER_FIELDS, memberSchema, YAML_KEYS };

/** Fields a members file must give for each member; the rest are optional or derived. */
export const REQUIRED_MEMBER_FIELDS: readonly string[] = ['name', 'blog'];

/**
 * The members-file messages as text, with placeholders where the checker fills in values: each is
 * a function, so it is called with `{1}`, `{2}`… to show its shape.
 */
export function memberMessageCatalog(lang: Lang): Record<string, string> {
  const catalog = memberMessages(lang) as unknown as Record<string, (...args: string[]) => string>;
  return Object.fromEntries(
    Object.entries(catalog).map(([key, fn]) => {
      const args = Array.from({ length: Math.max(fn.length, 1) }, (_, i) => `{${i + 1}}`);
      // required() and urlScheme() take a field name: show the first form.
      if (key === 'required' || key === 'urlScheme') args[0] = 'blog';
      return [key, fn(...args)];
    }),
  );
}
