/** One field of a Decap CMS collection (the subset of Decap's field options the generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: ({ label: string; value: string | number } | string)[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean | string;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  [decapOption: string]: unknown;
}

/** What the generator knows about a field beyond its zod type: words in the site's language, widget choices. */
export interface FieldHints {
  label: string;
  hint?: string;
  /** A long text: a textarea instead of one line. */
  multiline?: boolean;
  /** Short words in one comma-separated input (tags). */
  commaList?: boolean;
  /** Allowed values the schema checks in a refinement (subjects, profile dimensions). */
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  optionLabel?: (value: string) => string | undefined;
  /** A text field that names a file (an attachment's `href`). */
  file?: boolean;
  media?: { media_folder?: string; public_folder?: string; choose_url?: boolean };
  itemLabel?: string;
  summary?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  media_folder?: string;
  public_folder?: string;
  summary?: string;
  sortable_fields?: string[];
  view_filters?: { label: string; field: string; pattern: string | boolean }[];
  fields: CmsField[];
  editor?: { preview: boolean };
}
