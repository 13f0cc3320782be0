/** Names shared by the config (Node) and the editor page (browser). */
export const FORMATS = { markdown: 'zgzj-markdown', data: 'zgzj-yaml' } as const;

/** A new entry's file name: asked in the editor, never written into the file. */
export const ID_FIELD = 'id';

/** Set when a file is read, to tell courses (`index.md`) from lessons in the same folders; never written. */
export const KIND_FIELD = '__kind';

/** The file's YAML as read, kept with the entry so that saving keeps its comments; never written. */
export const SOURCE_FIELD = '__source';

/** A new lesson's course: decides its folder; never written. */
export const COURSE_FIELD = 'course';

/** Keys the editor works with that are not part of the content. */
export const EDITOR_KEYS: readonly string[] = [ID_FIELD, KIND_FIELD, SOURCE_FIELD, COURSE_FIELD];
