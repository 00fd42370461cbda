import type { BodyNode } from '../../../../shared/editor/body-json'
import { bodyText } from '../../../../shared/editor/queries'
import { wordDiff } from '../review'

/** Server's words struck, local ones added: one line of the compare and merge views. */
export function WordDiffLine({ server, local }: { server: string; local: string }): React.JSX.Element {
  return (
    <p className="diff">
      {wordDiff(server, local).map((part, i) =>
        part.kind === 'same' ? <span key={i}>{part.text}</span> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>
      )}
    </p>
  )
}

/** A top-level body block as one line of text; blocks the text leaves out (Baca Juga, pull quote) by what they show. */
export function blockLine(block: BodyNode): string {
  const text = bodyText({ type: 'doc', content: [block] })
  if (text !== '') return text
  const attrs = block.attrs ?? {}
  if (typeof attrs.title === 'string') return `Baca Juga: ${attrs.title}`
  if (typeof attrs.quote === 'string') return `“${attrs.quote}” ${typeof attrs.name === 'string' ? attrs.name : ''}`.trim()
  return `[${block.type}]`
}
