const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };

/** Undoes the entities an attribute value pasted from an embed code carries (`&amp;` in URLs). */
export const unescapeAttribute = (value: string): string =>
  value.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? '');
