// The page's own lines that come along when a reader copies an article: membership and
// newsletter promotions, "Close Ads x", follow buttons, the URL slug, rails of other stories.
// They are no part of the article. A rail's heading ("BERITA LAINNYA", "TERBARU") ends the
// article: what follows it is other stories.
const FURNITURE = new Set(
  [
    '> >',
    'Baca berita tanpa iklan. Gabung Kompas.com+',
    'Close Ads x',
    'Close Ads',
    'FOLLOW US',
    'Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
    'Dapatkan informasi, inspirasi dan insight di email kamu.',
    'Daftarkan email'
  ].map((l) => l.toLowerCase())
)
const RAILS = new Set(
  ['TERBARU', 'TERPOPULER', 'BERITA TERKAIT', 'BERITA LAINNYA', 'VIDEO TERPOPULER', 'REKOMENDASI', 'Rekomendasi untuk anda', 'POPULER', 'BACA SELANJUTNYA', 'Baca tentang', 'Terima kasih telah membaca Kompas.com.'].map((l) =>
    l.toLowerCase()
  )
)
// "ambisi-kim-jong-un-jadikan-korea-utara…": the address's last part, printed under the date.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/

const key = (line: string): string => line.trim().replace(/\s+/g, ' ').toLowerCase()

export function isFurniture(line: string): boolean {
  const k = key(line)
  return FURNITURE.has(k) || SLUG.test(k) || /^[>\s]+$/.test(k)
}

export const isRail = (line: string): boolean => RAILS.has(key(line))
