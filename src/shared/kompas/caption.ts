// The featured photo's caption line and its credit, in the forms pages print:
//   "Caption. (Sumber: Name, Agency)" or "(Foto: …)" at the end (kompas.tv),
//   "Caption. KOMPAS.com/NAMA FOTOGRAFER" or the credit alone (Kompas.com, agencies).
const LABELLED_CREDIT = /\((?:Sumber|Foto)\s*:\s*/gi
// An outlet-like word with a slash and a name in capitals: KOMPAS.com/KRISTIANTO PURNOMO,
// ANTARA FOTO/HAFIDZ MUBARAK A, AFP/JOHN MACDOUGALL. The name must be in capitals so a date
// such as (6/4/2022) or "dan/atau" is no credit.
const BARE_CREDIT = /(?:^|\s)((?:[A-Z][A-Za-z.]*\s)?[A-Z][A-Za-z.]*\/\s?[A-Z][A-Z0-9 .,'&()-]*[A-Z.)])$/

export interface Caption {
  caption: string
  credit: string
}

/** A caption that says whose photo it is; null for a line without a credit. */
export function readCreditedCaption(line: string): Caption | null {
  const text = line.trim()
  let at = -1
  let labelEnd = -1
  for (const m of text.matchAll(LABELLED_CREDIT)) {
    at = m.index
    labelEnd = m.index + m[0].length
  }
  if (at >= 0 && text.endsWith(')')) return { caption: text.slice(0, at).trim(), credit: text.slice(labelEnd, -1).trim() }
  const bare = BARE_CREDIT.exec(text)
  if (bare) return { caption: text.slice(0, bare.index).trim(), credit: bare[1]!.trim() }
  return null
}

/** Any caption line: with its credit when it names one, else the whole line as the caption. */
export function readCaption(line: string): Caption {
  return readCreditedCaption(line) ?? { caption: line.trim(), credit: '' }
}
