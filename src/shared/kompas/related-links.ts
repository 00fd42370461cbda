// "Baca Juga" lines between paragraphs, as the pages print them: "Baca Juga: Judul",
// "Baca juga :", "BACA JUGA:", and Kompas.com's older "(Baca juga: "Judul")" in parentheses
// with quotes. A title keeps everything after the label, ":" and " | " included.
const LABELLED = /^Baca\s+juga\s*:\s*(.*)$/i
const IN_PARENTHESES = /^\(\s*Baca\s+juga\s*:\s*(.*?)\s*\)$/i
const QUOTED = /^["“](.*)["”]$/

/**
 * The title a Baca Juga line names; '' for the label alone (the title then follows on the next
 * line, as a copied link often does); null when the line is no Baca Juga line.
 */
export function readBacaJuga(line: string): string | null {
  const text = line.trim()
  const paren = IN_PARENTHESES.exec(text)
  if (paren) return unquote(paren[1]!)
  const m = LABELLED.exec(text)
  return m ? m[1]!.trim() : null
}

const unquote = (title: string): string => QUOTED.exec(title.trim())?.[1]!.trim() ?? title.trim()
