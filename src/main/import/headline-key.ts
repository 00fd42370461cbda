import { foldCase } from '../store'

/** Headlines compared as an editor would: case, accents, spacing and end punctuation aside. */
export function headlineKey(headline: string): string {
  return foldCase(headline)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.!?:;,\s]+$/, '')
    .trim()
}
