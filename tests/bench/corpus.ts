// Deterministic Indonesian-ish newsroom copy for benchmarks and crash trials: same seed, same
// articles, so figures from two machines describe the same work.
import type { ArticleDraft, Body } from '../../src/shared/article'

/** mulberry32: tiny, fast and good enough to pick words; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'yang dan di ke dari untuk dengan pada dalam tidak akan ini itu juga telah sudah oleh sebagai ' +
  'pemerintah presiden menteri gubernur bupati wali kota warga masyarakat polisi tentara jaksa hakim ' +
  'pengadilan sidang perkara korupsi anggaran negara daerah provinsi kabupaten desa kecamatan jalan ' +
  'banjir gempa longsor kebakaran hujan musim kemarau petani nelayan pasar harga beras cabai minyak ' +
  'bensin listrik air bersih sekolah guru murid mahasiswa kampus rumah sakit dokter pasien vaksin ' +
  'ekonomi inflasi rupiah dolar bank saham bursa investor ekspor impor pabrik buruh upah pajak ' +
  'pemilu partai calon suara kampanye debat koalisi parlemen undang-undang rancangan revisi aturan ' +
  'sepak bola tim nasional pelatih pemain gol laga turnamen juara medali atlet stadion suporter ' +
  'teknologi aplikasi data digital internet ponsel jaringan keamanan siber peretas layanan daring ' +
  'mengatakan menjelaskan menyebutkan menegaskan menambahkan mengungkapkan meminta menolak menerima ' +
  'kemarin hari ini besok pekan lalu bulan tahun pagi siang sore malam sejak hingga selama setelah ' +
  'besar kecil baru lama tinggi rendah penting utama khusus umum resmi sementara lanjut cepat ' +
  'Jakarta Surabaya Bandung Medan Makassar Denpasar Jayapura Kupang Ambon Pontianak Palembang ' +
  'Jokowi Prabowo Anies Ganjar Puan Sri Mulyani Kim Jong-un Putin Biden Xi Jinping Anwar Ibrahim ' +
  'Korea Utara Selatan Rusia Amerika Serikat China Jepang Malaysia Singapura Australia Ukraina Gaza'
).split(' ')

const SECTIONS = ['dunia', 'nasional', 'regional', 'ekonomi', 'olahraga', 'megapolitan', 'hukum', 'politik']
const PEOPLE = ['Haryo Jati', 'Deni Muliya', 'Rina Ayu', 'Budi Santoso', 'Siti Rahma', 'Agus Wibowo', 'Dewi Lestari']

function sentence(rand: () => number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'berita')
  const s = out.join(' ')
  return s.charAt(0).toUpperCase() + s.slice(1) + '.'
}

/** A draft of about `words` words in paragraphs of 30–60 words, with one Baca Juga block. */
export function makeDraft(rand: () => number, words = 600): ArticleDraft {
  const content: Body['content'] = []
  let left = words
  while (left > 0) {
    const n = Math.min(left, 30 + Math.floor(rand() * 30))
    let text = ''
    let used = 0
    while (used < n) {
      const k = Math.min(n - used, 8 + Math.floor(rand() * 10))
      text += (text ? ' ' : '') + sentence(rand, k)
      used += k
    }
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    left -= n
    if (content.length === 3) {
      content.push({ type: 'bacaJuga', attrs: { articleId: null, title: sentence(rand, 8) } })
    }
  }
  const who = PEOPLE[Math.floor(rand() * PEOPLE.length)] ?? 'Redaksi'
  return {
    headline: sentence(rand, 10).slice(0, -1),
    section: SECTIONS[Math.floor(rand() * SECTIONS.length)] ?? 'nasional',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.com' },
    penulis: [who],
    editor: ['Deni Muliya'],
    sumber: [],
    featuredImage: null,
    body: { type: 'doc', content },
    tags: ['bench']
  }
}
