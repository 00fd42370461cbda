// The one ProseMirror schema of the article body, built once from the extension list. Everything
// that reads or checks a body (parseBody, the queries, the serialisers) asks this schema, so a
// node added to extensions.ts is known everywhere at once.
import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { articleExtensions } from './extensions'

export const articleSchema: Schema = getSchema(articleExtensions())

/** How deep a body may nest (doc → quote → list → item → paragraph → text is 5). */
export const MAX_BODY_DEPTH = 32
/** Nodes a body may hold: a long feature has a few thousand. */
export const MAX_BODY_NODES = 50_000
/**
 * Characters a body may hold, in its text and its attribute values together (a long feature has
 * about 30,000): a pull quote's or a link's attribute is as much memory as text.
 */
export const MAX_BODY_TEXT = 1_000_000
/** Attributes one node or mark may carry, and marks one node: no node or mark of the schema has more than 5. */
export const MAX_NODE_ATTRIBUTES = 8
export const MAX_NODE_MARKS = 8
/**
 * Baca Juga blocks a body may hold. A Kompas piece has up to five; each one is a lookup in the
 * house-style check and a link resolved at export, so 100,000 of them (a pasted link list) froze
 * the editor and exhausted the export's memory.
 */
export const MAX_BACA_JUGA = 100
