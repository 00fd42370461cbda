// The article body as JSON, as the store keeps it and the editor's getJSON() gives it. Only the
// shape is typed here; what may nest where is the schema's business (schema.ts, parse-body.ts).

export interface BodyMark {
  type: string
  attrs?: Record<string, unknown> | undefined
}

export interface BodyNode {
  type: string
  attrs?: Record<string, unknown> | undefined
  content?: BodyNode[] | undefined
  marks?: BodyMark[] | undefined
  text?: string | undefined
}

/** A body: the document node and its top-level blocks (none at all for a fresh article). */
export interface Body {
  type: 'doc'
  content: BodyNode[]
}

export const EMPTY_BODY: Body = { type: 'doc', content: [] }
