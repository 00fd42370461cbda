import { TOP_LEVEL_GROUP } from '../nodes/baca-juga'
import { bodyDoc, type BodyInput } from './body-doc'
import { leafText } from './text-segments'

/**
 * Plain text of a body, one text block per line. Blocks of the top-level group (Baca Juga, pull
 * quotes) are left out on purpose: a Baca Juga title is another article's headline and a pull
 * quote repeats the body, so counting them would inflate the word count and make search find this
 * article for words it does not say.
 */
export function bodyText(body: BodyInput): string {
  const lines: string[] = []
  bodyDoc(body).descendants((node) => {
    if (node.type.isInGroup(TOP_LEVEL_GROUP)) return false
    if (!node.isTextblock) return true
    const text = node.textBetween(0, node.content.size, undefined, leafText)
    if (text.trim() !== '') lines.push(text)
    return false
  })
  return lines.join('\n')
}
