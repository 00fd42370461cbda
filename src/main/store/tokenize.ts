// Words as an Indonesian newsroom searches them. Case and accents are folded ("Pemilu" = "pemilu",
// "Ramadhan" stays itself, "café" = "cafe"), punctuation splits words, and a hyphenated name is
// kept whole and in parts, so "Kim Jong-un" is found by "jong-un", "jong", "un" and "jongun".
// Reduplicated words ("anak-anak", "kupu-kupu") behave the same way.

const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu
const JOINERS = /['’\-‐]/g

export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
}

/** Terms to index: every word, plus the parts and the joined form of hyphenated words. */
export function indexTerms(text: string): string[] {
  const out: string[] = []
  for (const match of foldCase(text).matchAll(WORD)) {
    const word = match[0].replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'))
    out.push(word)
    if (/['-]/.test(word)) {
      out.push(...word.split(/['-]/).filter((p) => p !== ''))
      out.push(word.replace(JOINERS, ''))
    }
  }
  return out
}

/** Terms of a query: the words as typed (folded); the index already holds every variant. */
export function queryTerms(text: string): string[] {
  return [...foldCase(text).matchAll(WORD)].map((m) => m[0].replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-')))
}
