import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { RedaksiFailure } from '../../result'
import type { Body } from '../body-json'
import { checkBody } from '../parse-body'

/** A body as the queries take it: the stored JSON, or the editor's document itself. */
export type BodyInput = Body | ProseMirrorNode

// The checker runs on every keystroke over the same draft object several times; parse it once.
const parsed = new WeakMap<Body, ProseMirrorNode>()

/**
 * The ProseMirror document of a body. Bodies reach the app through parseBody at every door, so
 * one that does not fit the schema here is a bug upstream: it throws the typed failure.
 */
export function bodyDoc(body: BodyInput): ProseMirrorNode {
  if (body instanceof ProseMirrorNode) return body
  const known = parsed.get(body)
  if (known) return known
  const checked = checkBody(body)
  if (!checked.ok) throw new RedaksiFailure(checked.reason, checked.params, { issues: checked.issues })
  parsed.set(body, checked.doc)
  return checked.doc
}
