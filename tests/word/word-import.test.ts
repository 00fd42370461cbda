// Word documents into the store through the importer, every field checked: one made with the
// docx package, the hand-made fixture written the way Word writes (styles, numbering, core.xml
// title), and a plain document without any Kompas line.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Importer } from '../../src/main/import/importer'
import type { Article } from '../../src/shared/article'
import { openExchangeStore, PNG, type ExchangeStore } from '../export/exchange-fixture'
import { KOMPAS_HEADLINE, kompasInWord, plainWord } from './word-documents'

const FIXTURE = join(import.meta.dirname, '../fixtures/word/gempa-cianjur-word.docx')
const LINK = { target: null, rel: 'noopener noreferrer nofollow', class: null }
const t = (text: string, ...marks: string[]) => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) })
const p = (...content: object[]) => ({ type: 'paragraph', content })
const item = (text: string) => ({ type: 'listItem', content: [p(t(text))] })
const fields = ({ headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags, status }: Article) => ({
  headline,
  section,
  published,
  dateline,
  penulis,
  editor,
  sumber,
  featuredImage,
  tags,
  status
})

describe('importing Word documents', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(() => s.dispose())

  async function importOne(name: string, bytes: Uint8Array): Promise<{ article: Article; warnings: unknown[] }> {
    const path = join(s.dir, name)
    await writeFile(path, bytes)
    const [outcome] = await new Importer(s.store).importFiles([path], 'ask')
    if (outcome?.kind !== 'imported') throw new Error(JSON.stringify(outcome))
    return { article: await s.store.get(outcome.id), warnings: outcome.warnings }
  }

  it('reads a Kompas piece typed in Word: headline, section line, photo, dateline, marks, links, lists, quote, Baca Juga, credits', async () => {
    const { article, warnings } = await importOne('putin.docx', await kompasInWord())
    const asset = `${createHash('sha256').update(PNG).digest('hex')}.png`
    expect(fields(article)).toEqual({
      headline: KOMPAS_HEADLINE,
      section: 'dunia',
      published: { at: '2024-06-19T08:15:00+07:00', zone: 'WIB' },
      dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
      penulis: ['Haryo Jati', 'Rizky'],
      editor: ['Deni-Muliya'],
      sumber: ['Kompas TV', 'Reuters'],
      featuredImage: { asset, caption: 'Warga Pyongyang menyambut iring-iringan Putin.', credit: 'KCNA via AP' },
      tags: [],
      status: 'draft'
    })
    expect(Buffer.from(await s.store.readAsset(asset)).equals(PNG)).toBe(true)
    // The BMP before it is refused by the image check, and said so.
    expect(warnings).toEqual([{ note: 'image-refused', params: { image: 'putin.docx #1', mb: 25, megapixels: 50 } }])
    expect(article.body.content).toEqual([
      p(t('Presiden Rusia '), t('Vladimir Putin', 'bold'), t(' disambut parade '), t('besar-besaran', 'italic'), t(' pada Rabu (19/6/2024).')),
      p(t('Kantor berita '), { type: 'text', text: 'KCNA', marks: [{ type: 'link', attrs: { href: 'https://kcnawatch.org/', ...LINK } }] }, t(' menyebut kunjungan itu bersejarah.')),
      { type: 'bacaJuga', attrs: { articleId: null, title: 'Putin Bakal Tiba di Korea Utara Selasa Besok' } },
      { type: 'heading', attrs: { level: 2 }, content: [t('Isi perjanjian')] },
      { type: 'orderedList', content: [item('Kerja sama pertahanan'), item('Perdagangan')] },
      { type: 'bulletList', content: [item('Ditandatangani di Istana Kumsusan')] },
      { type: 'blockquote', content: [p(t('Kami akan saling membantu bila diserang.'))] },
      p(t('Kunjungan berakhir Kamis pagi.'))
    ])
  })

  it('reads the hand-made fixture as Word writes it: the headline from the title property, the Caption style, Word numbering', async () => {
    const { article, warnings } = await importOne('gempa.docx', await readFile(FIXTURE))
    expect(warnings).toEqual([])
    expect(fields(article)).toEqual({
      headline: 'Gempa M 5,6 Guncang Cianjur, BMKG Minta Warga Waspada & Jauhi Bangunan Retak',
      section: 'regional',
      published: { at: '2022-11-21T14:10:00+07:00', zone: 'WIB' },
      dateline: { city: 'CIANJUR', outlet: 'KOMPAS.com' },
      penulis: ['Firman Taufiqurrahman'],
      editor: ['Aprillia Ika'],
      sumber: ['Kompas.com'],
      featuredImage: {
        asset: '805924e65dff89ccbac4046a6995a73622a878f5ff9ec17678b4bc33ca55ea12.png',
        caption: 'Warga berada di luar rumah setelah gempa di Cianjur.',
        credit: 'KOMPAS.com/FIRMAN TAUFIQURRAHMAN'
      },
      tags: [],
      status: 'draft'
    })
    expect(article.body.content).toEqual([
      p(t('Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, '), t('Jawa Barat', 'italic'), t(', Senin (21/11/2022) siang.')),
      p(t('Menurut '), { type: 'text', text: 'BMKG', marks: [{ type: 'link', attrs: { href: 'https://www.bmkg.go.id/gempabumi/', ...LINK } }] }, t(', pusat gempa berada di darat pada kedalaman 10 kilometer.')),
      { type: 'bacaJuga', attrs: { articleId: null, title: 'Warga Cianjur Mengungsi ke Lapangan Terbuka' } },
      { type: 'heading', attrs: { level: 2 }, content: [t('Imbauan BMKG')] },
      { type: 'orderedList', content: [item('Tetap tenang dan keluar dari bangunan'), item('Jauhi bangunan yang retak')] },
      { type: 'bulletList', content: [item('Posko pengungsian dibuka di kantor bupati')] },
      { type: 'blockquote', content: [p(t('Kami minta warga tetap waspada terhadap gempa susulan.'))] },
      p(t('Hingga sore, petugas masih mendata '), t('rumah yang rusak', 'bold'), t('.'))
    ])
  })

  it('takes a plain document by its form: the first heading as headline, the newsroom section, no dateline', async () => {
    const { article, warnings } = await importOne('rapat.docx', await plainWord())
    expect(warnings).toEqual([])
    expect(fields(article)).toEqual({
      headline: 'Rapat Redaksi Bahas Liputan Pemilu',
      section: 'nasional',
      published: null,
      dateline: { city: '', outlet: 'KOMPAS.TV' },
      penulis: [],
      editor: [],
      sumber: [],
      featuredImage: null,
      tags: [],
      status: 'draft'
    })
    expect(article.body.content).toEqual([p(t('Rapat dimulai pukul 09.00.')), p(t('Tim dibagi ke tiga provinsi.'))])
  })

  it('asks before storing the same document twice, as for every other format', async () => {
    const bytes = await readFile(FIXTURE)
    await importOne('gempa.docx', bytes)
    const again = await new Importer(s.store).importText('gempa-lagi.docx', bytes, 'ask')
    expect(again).toMatchObject({ kind: 'duplicate', headline: 'Gempa M 5,6 Guncang Cianjur, BMKG Minta Warga Waspada & Jauhi Bangunan Retak' })
  })
})
