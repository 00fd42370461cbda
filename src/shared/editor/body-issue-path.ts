import type { BodyLocation } from '../location'

/** A body location as a path into the body's JSON (`content.3.content.0`), as zod reports paths. */
export function bodyIssuePath(at: BodyLocation): (string | number)[] {
  return ['content', at.block, ...(at.inner ?? []).flatMap((i) => ['content', i])]
}
