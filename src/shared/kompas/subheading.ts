// Subheadings inside a body ("1. Surat Palsu KSP", "Kronologi kejadian"): pages print them as a
// short line of their own, without the full stop every paragraph ends with. They become H2.
const NUMBERED = /^\d{1,2}[.)]\s+\S/
const ENDS_LIKE_PROSE = /[.,;:!?"“”'’)…]$/
// A numbered item may be a long headline of its own ("1. Terungkap Tujuan Israel …"); a plain
// subheading is a few words ("Fakta lapangan", "Pukul 04.00-04.30"). Longer short lines without a
// full stop are link lines and in-body photo captions ("Baca berita selengkapnya di sini"), and
// a colon marks a label ("Video Editor: …"): those stay paragraphs.
const MAX_NUMBERED_WORDS = 20
const MAX_NUMBERED_LENGTH = 150
const MAX_WORDS = 4

/** A line that reads as a subheading; lists (several numbered lines together) are not. */
export function isSubheading(line: string): boolean {
  const text = line.trim()
  if (text.length === 0 || ENDS_LIKE_PROSE.test(text)) return false
  const count = text.split(/\s+/).length
  if (NUMBERED.test(text)) return count <= MAX_NUMBERED_WORDS && text.length <= MAX_NUMBERED_LENGTH
  return count <= MAX_WORDS && !text.includes(':') && /^[\p{Lu}\d"“]/u.test(text)
}

export const isNumberedLine = (line: string): boolean => NUMBERED.test(line.trim())
export const isBulletLine = (line: string): boolean => /^[-•*]\s+\S/.test(line.trim())
