import { bodyText } from './body-text'
import type { BodyInput } from './body-doc'

const WORD = /[\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*/gu

/** Words as an editor counts them: runs of letters or digits, "Jong-un" and "18/6/2024" count once. */
export function wordCount(body: BodyInput): number {
  return bodyText(body).match(WORD)?.length ?? 0
}

/** Characters of the body's text (code points, line breaks between blocks not counted). */
export function characterCount(body: BodyInput): number {
  return [...bodyText(body).replace(/\n/g, '')].length
}
