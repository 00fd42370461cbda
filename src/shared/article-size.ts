// How large an article can be as JSON, derived from the draft schema's own limits, so that every
// door an article is saved through (the browser host, a sync push) lets in any article the schema
// accepts. A 50 MB article imported by the CLI once met HTTP 413 on every save (decision 0044).
import { MAX_BODY_NODES, MAX_BODY_TEXT } from './editor/schema'

/** JSON may write one character as six bytes (`\u0001`); attribute values count as characters too. */
export const WORST_JSON_BYTES_PER_CHAR = 6
/**
 * A node's keys, type and marks in JSON, generously: the worst measured is a text node with every
 * mark and every link attribute named, 188 bytes (tests/helpers/largest-articles.ts).
 */
export const BYTES_PER_BODY_NODE = 256
/** The draft's other fields at their schema maxima (names 3 × 50 × 200, tags 100 × 100, …), escaped. */
const DRAFT_FIELDS_BYTES = 512 * 1024

export const MAX_BODY_JSON_BYTES = MAX_BODY_TEXT * WORST_JSON_BYTES_PER_CHAR + MAX_BODY_NODES * BYTES_PER_BODY_NODE
export const MAX_DRAFT_JSON_BYTES = MAX_BODY_JSON_BYTES + DRAFT_FIELDS_BYTES
