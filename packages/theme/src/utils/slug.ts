/** URL slug for a tag or label: "Kurikulum Merdeka" → "kurikulum-merdeka", "Kelas 7/8" → "kelas-7-8". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
