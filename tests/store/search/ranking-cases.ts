// A fixed newsroom and the results a journalist expects from it: the ranking test runs these
// through the store, and the search benchmark through every index it compares, so "same quality"
// is one list of cases. `top` is the exact start of the result list (by key), `only` the whole of it.

export interface RankingDoc {
  key: string
  headline: string
  text: string
}

export interface RankingCase {
  query: string
  top?: string[]
  only?: string[]
  why: string
}

export const RANKING_DOCS: RankingDoc[] = [
  {
    key: 'kim-headline',
    headline: 'Kim Jong-un Sambut Putin di Pyongyang',
    text: 'Pemimpin Korea Utara menyambut Presiden Rusia Vladimir Putin di bandara. Kedua pemimpin membahas kerja sama pertahanan.'
  },
  {
    key: 'kim-body',
    headline: 'Seoul Siagakan Pasukan di Perbatasan',
    text: 'Korea Selatan menaikkan status siaga setelah Kim Jong-un menerima Putin. Militer memantau perbatasan sepanjang malam.'
  },
  {
    key: 'gubernur-headline',
    headline: 'Gubernur Jawa Barat Resmikan Jalan Tol Baru',
    text: 'Jalan tol sepanjang 40 kilometer itu menghubungkan dua kabupaten dan dibuka untuk umum pekan depan.'
  },
  {
    key: 'gubernur-body',
    headline: 'Warga Keluhkan Jalan Rusak di Bekasi',
    text: 'Warga meminta gubernur turun tangan karena jalan rusak sudah berbulan-bulan tidak diperbaiki pemerintah kabupaten.'
  },
  {
    key: 'makassar',
    headline: 'Banjir Rendam Tiga Kecamatan di Makassar',
    text: 'Hujan deras sejak Senin malam merendam permukiman warga. BPBD mengerahkan perahu karet.'
  },
  {
    key: 'beras-headline',
    headline: 'Harga Beras Naik di Pasar Induk Cipinang',
    text: 'Pedagang menyebut pasokan dari sentra produksi berkurang karena musim kemarau panjang.'
  },
  {
    key: 'beras-body',
    headline: 'Inflasi November Terkendali',
    text: 'Badan Pusat Statistik mencatat inflasi rendah meski harga cabai dan beras sempat bergejolak di beberapa daerah.'
  },
  {
    key: 'rupiah',
    headline: 'Rupiah Melemah terhadap Dolar',
    text: 'Menteri Keuangan Sri Mulyani menanggapi pelemahan rupiah terhadap dolar AS dengan tenang.'
  },
  {
    key: 'pemilu-headline',
    headline: 'Pemilu 2024: KPU Tetapkan Jadwal Kampanye',
    text: 'Komisi Pemilihan Umum menetapkan masa kampanye selama 75 hari.'
  },
  {
    key: 'pemilu-body',
    headline: 'Partai Koalisi Bertemu di Jakarta',
    text: 'Para ketua partai membahas strategi menjelang pemilu. Pertemuan berlangsung tertutup hingga malam. Pemilu disebut sebagai ujian koalisi.'
  },
  {
    key: 'anak',
    headline: 'Anak-anak Nelayan Belajar di Perahu',
    text: 'Guru relawan Ma’ruf mengajar membaca setiap sore. Kegiatan ini didukung sebuah kafe, Café Laut.'
  },
  {
    key: 'presiden',
    headline: 'Presiden Kunjungi Ibu Kota Nusantara',
    text: 'Kunjungan kerja presiden meninjau pembangunan istana dan bendungan.'
  }
]

export const RANKING_CASES: RankingCase[] = [
  { query: 'kim jong-un', top: ['kim-headline', 'kim-body'], only: ['kim-headline', 'kim-body'], why: 'a name in the headline ranks above the same name in the body' },
  { query: 'jongun', top: ['kim-headline', 'kim-body'], only: ['kim-headline', 'kim-body'], why: 'the joined form of a hyphenated name finds the hyphenated one' },
  { query: 'Jong-Un', only: ['kim-headline', 'kim-body'], why: 'case and hyphen as typed' },
  { query: 'JONG', only: ['kim-headline', 'kim-body'], why: 'a part of a hyphenated name' },
  { query: 'gubern', top: ['gubernur-headline', 'gubernur-body'], only: ['gubernur-headline', 'gubernur-body'], why: 'a prefix, headline first' },
  { query: 'Makasar', only: ['makassar'], why: 'one letter missing in a long word' },
  { query: 'makas', only: ['makassar'], why: 'a prefix' },
  { query: 'harga beras', top: ['beras-headline', 'beras-body'], only: ['beras-headline', 'beras-body'], why: 'both words in the headline beat both in the body' },
  { query: 'pemilu', top: ['pemilu-headline', 'pemilu-body'], why: 'the headline beats two mentions in the body' },
  { query: 'sri mulyani rupiah', only: ['rupiah'], why: 'words split between headline and body still all match' },
  { query: 'korea utara putin', only: ['kim-headline'], why: 'every word must match' },
  { query: 'pyongyang bekasi', only: [], why: 'no article has both' },
  { query: 'anak-anak', only: ['anak'], why: 'a reduplicated word' },
  { query: 'maruf', only: ['anak'], why: 'an apostrophe dropped' },
  { query: 'cafe', only: ['anak'], why: 'accents folded' },
  { query: 'presiden', top: ['presiden'], why: 'the headline word first, before a body mention elsewhere' },
  { query: '  ...  ', only: [], why: 'punctuation alone is no query' }
]

/** The cases whose results differ from what is expected, with what came back. */
export async function failedCases(search: (query: string) => string[] | Promise<string[]>): Promise<{ query: string; got: string[]; why: string }[]> {
  const failed: { query: string; got: string[]; why: string }[] = []
  for (const c of RANKING_CASES) {
    const got = await search(c.query)
    const topOk = !c.top || c.top.every((key, i) => got[i] === key)
    const onlyOk = !c.only || (got.length === c.only.length && c.only.every((key) => got.includes(key)))
    if (!topOk || !onlyOk) failed.push({ query: c.query, got, why: c.why })
  }
  return failed
}
