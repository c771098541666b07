// Frontmatter is written with the `yaml` package rather than by gluing strings: a teacher's title
// may hold quotes, colons, `#` or words like "Yes"/"On" that would break or change meaning in
// hand-built YAML. `compat: 'yaml-1.1'` quotes anything a YAML 1.1 reader would read differently,
// so the file means the same in every frontmatter parser.
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

export interface FrontmatterOptions {
  /** Comment lines written above a top-level key. */
  comments?: Record<string, string>;
  /** Top-level keys whose value is a date string (YYYY-MM-DD), written unquoted. */
  dates?: string[];
  /**
   * Keys (at any depth) whose list of values is written on one line, and whose list of lists is
   * written one line per inner list: a table's `columns: [No., Hasil]` and `rows: - [1, ""]`.
   */
  flow?: string[];
}

const SHORT_LIST = 60;

/** `---`-fenced YAML frontmatter; short lists and number maps go on one line (`grades: [7, 8]`). */
export function toFrontmatter(data: Record<string, unknown>, options: FrontmatterOptions = {}): string {
  const doc = new Document(data, { compat: 'yaml-1.1' });
  visit(doc, {
    Seq(_, node) {
      // Numbers and keys (grades, profile dimensions, principles) read best on one line.
      const keys = node.items.every((item) => isScalar(item) && (typeof item.value === 'number' || /^[\w-]+$/.test(String(item.value))));
      const length = node.items.reduce<number>((n, item) => n + String(isScalar(item) ? item.value : '').length + 2, 0);
      if (keys && length <= SHORT_LIST) node.flow = true;
    },
    Map(_, node) {
      if (node.items.length && node.items.every((pair) => isScalar(pair.value) && typeof pair.value.value === 'number')) node.flow = true;
    },
    Pair(_, pair) {
      if (!isScalar(pair.key) || !options.flow?.includes(String(pair.key.value)) || !isSeq(pair.value)) return;
      const rows = pair.value.items.filter(isSeq);
      if (rows.length === pair.value.items.length && rows.length) for (const row of rows) row.flow = true;
      else if (pair.value.items.every(isScalar)) pair.value.flow = true;
    },
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = options.comments?.[key];
      if (comment && isScalar(pair.key))
        pair.key.commentBefore = comment
          .split('\n')
          .map((line) => ` ${line}`)
          .join('\n');
    }
  }
  let text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  // A 1.1-safe writer quotes dates (they are timestamps in 1.1); both readings are accepted by the
  // theme's schema, so write them plainly as teachers are used to: `date: 2025-08-04`.
  for (const key of options.dates ?? []) text = text.replace(new RegExp(`^${key}: "(\\d{4}-\\d{2}-\\d{2})"$`, 'm'), `${key}: $1`);
  return `---\n${text}---\n`;
}
