import type { Published } from '../article'
import { formatTanggal } from './tanggal'

/** The brand printed before the section: "Kompas dunia". */
export const BRAND = 'Kompas'

/** "Kompas dunia | 17 Juni 2024, 20:49 WIB", or without the time while none is set. */
export function formatSectionLine(section: string, published: Published | null, brand = BRAND): string {
  const desk = `${brand} ${section}`
  return published ? `${desk} | ${formatTanggal(published)}` : desk
}
