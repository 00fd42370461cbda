import { BACA_JUGA, BacaJugaAttrsSchema } from '../nodes/baca-juga'
import { bodyDoc, type BodyInput } from './body-doc'

/** Articles this body points to through Baca Juga blocks (for link checks and replication). */
export function bacaJugaTargets(body: BodyInput): string[] {
  const out: string[] = []
  bodyDoc(body).forEach((node) => {
    if (node.type.name !== BACA_JUGA) return
    const attrs = BacaJugaAttrsSchema.safeParse(node.attrs)
    if (attrs.success && attrs.data.articleId) out.push(attrs.data.articleId)
  })
  return out
}
