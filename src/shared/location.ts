// Where something is, as data: a form field of the article, a block of its body, or a part of a
// request. Findings and failures both carry these, so the renderer can point at the spot without
// parsing any sentence.

/** The article's form fields a finding or a failure can point at, in the dotted form people read. */
export const FIELDS = [
  'headline',
  'section',
  'published',
  'featuredImage',
  'featuredImage.alt',
  'featuredImage.caption',
  'featuredImage.credit',
  'dateline',
  'penulis',
  'editor',
  'sumber',
  'tags'
] as const
export type FieldName = (typeof FIELDS)[number]

/**
 * `from`/`to` are UTF-16 offsets (JavaScript string indices, as ProseMirror counts) into the
 * field's text; without them the whole field is meant.
 */
export interface FieldLocation {
  field: FieldName
  from?: number
  to?: number
}

export interface BodyLocation {
  field: 'body'
  /** Index of the top-level node in `body.content`. */
  block: number
  /** That node's type ('paragraph', 'bacaJuga', …) and its 1-based rank among top-level nodes of the
   * same type, carried along so a message can say "paragraph 3" without the article at hand. */
  node: string
  ordinal: number
  /** Offsets into the block's text as `blockText` defines it. */
  from?: number
  to?: number
  /** Below the block: child indexes down to the node meant (for a body the schema refuses). */
  inner?: number[]
}

/** A part of a request that is not an article field (`limit`, `profile.name`, `words.3`). */
export interface RequestLocation {
  field: 'request'
  path: (string | number)[]
}

export type Location = FieldLocation | BodyLocation | RequestLocation

export const isFieldName = (name: string): name is FieldName => (FIELDS as readonly string[]).includes(name)
