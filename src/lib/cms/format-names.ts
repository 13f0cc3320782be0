/** Names shared by the config (Node) and the editor page (browser). */

/** The file format of a collection: our own reader and writer, one per collection so it knows the key order. */
export const formatName = (collection: string) => `zgzj-${collection}`;

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

/** Where the local editor's server takes Decap's proxy requests (the dev server's own origin). */
export const LOCAL_PROXY_PATH = '/api/v1/';

/** Where the local editor's server checks an entry against the whole site before it is saved. */
export const LOCAL_CHECK_PATH = '/api/cms-check/';
