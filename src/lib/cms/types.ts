/**
 * The part of Decap CMS's configuration this project writes
 * (https://decapcms.org/docs/configuration-options/), typed so that the
 * generator and its tests agree on the shape.
 */
export interface CmsField {
  name: string;
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'number'
    | 'boolean'
    | 'select'
    | 'datetime'
    | 'list'
    | 'object'
    | 'relation'
    | 'image'
    | 'file'
    | 'markdown'
    | 'hidden';
  required?: boolean | undefined;
  hint?: string | undefined;
  default?: unknown | undefined;
  /** `[regular expression, message]`: Decap shows the message beside the field. */
  pattern?: [string, string] | undefined;
  // select
  options?: { label: string; value: string }[] | undefined;
  multiple?: boolean | undefined;
  // number
  value_type?: 'int' | 'float' | undefined;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
  // datetime
  format?: string | undefined;
  date_format?: string | undefined;
  time_format?: boolean | undefined;
  picker_utc?: boolean | undefined;
  // list / object
  fields?: CmsField[] | undefined;
  field?: CmsField | undefined;
  summary?: string | undefined;
  collapsed?: boolean | undefined;
  allow_add?: boolean | undefined;
  add_to_top?: boolean | undefined;
  // relation
  collection?: string | undefined;
  value_field?: string | undefined;
  search_fields?: string[] | undefined;
  display_fields?: string[] | undefined;
  options_length?: number | undefined;
  // image / file
  media_folder?: string | undefined;
  public_folder?: string | undefined;
  choose_url?: boolean | undefined;
  // markdown
  modes?: ('raw' | 'rich_text')[] | undefined;
  buttons?: string[] | undefined;
  editor_components?: string[] | undefined;
  minimal?: boolean | undefined;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string | undefined;
  description?: string | undefined;
  folder?: string | undefined;
  files?: { name: string; label: string; file: string; fields: CmsField[]; description?: string }[] | undefined;
  extension?: string | undefined;
  format?: string | undefined;
  create?: boolean | undefined;
  delete?: boolean | undefined;
  slug?: string | undefined;
  path?: string | undefined;
  identifier_field?: string | undefined;
  summary?: string | undefined;
  sortable_fields?: string[] | undefined;
  filter?: { field: string; value: unknown } | undefined;
  media_folder?: string | undefined;
  public_folder?: string | undefined;
  preview_path?: string | undefined;
  editor?: { preview: boolean } | undefined;
  fields?: CmsField[] | undefined;
}

export interface CmsBackend {
  name: 'proxy' | 'gitea' | 'forgejo';
  proxy_url?: string | undefined;
  repo?: string | undefined;
  branch?: string | undefined;
  app_id?: string | undefined;
  api_root?: string | undefined;
  base_url?: string | undefined;
  auth_endpoint?: string | undefined;
  auth_type?: 'pkce' | undefined;
  commit_messages?: Record<string, string> | undefined;
}

export interface CmsConfig {
  load_config_file: false;
  backend: CmsBackend;
  publish_mode?: 'editorial_workflow' | undefined;
  locale: string;
  site_url?: string | undefined;
  display_url?: string | undefined;
  logo_url?: string | undefined;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}
