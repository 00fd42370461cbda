/**
 * Names in a credit line ("Penulis : A, B dan C"). Kompas pages join several names with commas,
 * "&" or "dan"; hyphens stay, since "Deni-Muliya" is one person.
 */
export function splitNames(line: string): string[] {
  return line
    .split(/\s*(?:,|;|&|\|)\s*|\s+dan\s+/i)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** The way names are printed back, so import then export gives the line it came from. */
export function joinNames(names: readonly string[]): string {
  return names.join(', ')
}
