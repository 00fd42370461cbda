// Subheadings inside a body ("1. Surat Palsu KSP", "Kronologi kejadian"): pages print them as a
// short line of their own, without the full stop every paragraph ends with. They become H2.
const NUMBERED = /^\d{1,2}[.)]\s+\S/
const ENDS_LIKE_PROSE = /[.,;:!?"“”'’)…]$/
const MAX_WORDS = 12
const MAX_LENGTH = 90

/** A line that reads as a subheading; lists (several numbered lines together) are not. */
export function isSubheading(line: string): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > MAX_LENGTH || ENDS_LIKE_PROSE.test(text)) return false
  if (text.split(/\s+/).length > MAX_WORDS) return false
  return NUMBERED.test(text) || /^[\p{Lu}\d"“]/u.test(text)
}

export const isNumberedLine = (line: string): boolean => NUMBERED.test(line.trim())
export const isBulletLine = (line: string): boolean => /^[-•*]\s+\S/.test(line.trim())
