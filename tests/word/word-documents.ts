// Word documents made for the tests with the docx package, as a writer's Word would save them:
// real .docx bytes, never a mock of mammoth.
import { deflateRawSync } from 'node:zlib'
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { PNG } from '../export/exchange-fixture'

/** A 2×2 BMP: a picture Word takes and the image check does not. */
export const BMP = Buffer.from('Qk1GAAAAAAAAADYAAAAoAAAAAgAAAAIAAAABABgAAAAAABAAAAATCwAAEwsAAAAAAAAAAAAAAAD/AAD/AAAAAP8AAP8AAA==', 'base64')

const numbering = {
  config: [
    { reference: 'angka', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] },
    { reference: 'butir', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] }
  ]
}
const styles = { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] }

export async function wordFile(children: Paragraph[], title?: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...(title ? { title } : {}), numbering, styles, sections: [{ children }] }))
}

const text = (t: string, o: { bold?: boolean; italics?: boolean } = {}): TextRun => new TextRun({ text: t, ...o })
const para = (...children: ParagraphChild[]): Paragraph => new Paragraph({ children })
const picture = (data: Buffer, type: 'png' | 'bmp'): Paragraph => para(new ImageRun({ type, data, transformation: { width: 40, height: 40 } }))

export const KOMPAS_HEADLINE = 'Korea Utara Sambut Putin dengan Parade, Kim Jong-un Janjikan Dukungan Penuh'

/** A Kompas piece typed in Word: Heading 1 headline, the section line, a photo and its caption, body and credits. */
export function kompasInWord(): Promise<Buffer> {
  return wordFile([
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(KOMPAS_HEADLINE)] }),
    para(text('Kompas dunia | 19 Juni 2024, 08:15 WIB')),
    picture(BMP, 'bmp'),
    picture(PNG, 'png'),
    para(text('Warga Pyongyang menyambut iring-iringan Putin. (Sumber: KCNA via AP)')),
    para(text('PYONGYANG, KOMPAS.TV - ', { bold: true }), text('Presiden Rusia '), text('Vladimir Putin', { bold: true }), text(' disambut parade '), text('besar-besaran', { italics: true }), text(' pada Rabu (19/6/2024).')),
    para(text('Kantor berita '), new ExternalHyperlink({ link: 'https://kcnawatch.org/', children: [text('KCNA')] }), text(' menyebut kunjungan itu bersejarah.')),
    para(text('Baca Juga: Putin Bakal Tiba di Korea Utara Selasa Besok')),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('Isi perjanjian')] }),
    new Paragraph({ numbering: { reference: 'angka', level: 0 }, children: [text('Kerja sama pertahanan')] }),
    new Paragraph({ numbering: { reference: 'angka', level: 0 }, children: [text('Perdagangan')] }),
    new Paragraph({ numbering: { reference: 'butir', level: 0 }, children: [text('Ditandatangani di Istana Kumsusan')] }),
    new Paragraph({ style: 'Quote', children: [text('Kami akan saling membantu bila diserang.')] }),
    para(text('Kunjungan berakhir Kamis pagi.')),
    para(text('Penulis : Haryo Jati, Rizky Editor : Deni-Muliya')),
    para(text('Sumber : Kompas TV, Reuters'))
  ])
}

/** A plain Word document: a heading and paragraphs, none of the Kompas lines. */
export function plainWord(): Promise<Buffer> {
  return wordFile(
    [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Rapat Redaksi Bahas Liputan Pemilu')] }),
      para(text('Rapat dimulai pukul 09.00.')),
      para(text('Tim dibagi ke tiga provinsi.'))
    ],
    'Judul di properti yang tidak dipakai'
  )
}

/** A zip written entry by entry, each part's declared size given (true or not); `deflated` is data already packed. */
export function zipOf(entries: { name: string; data: Uint8Array; declared?: number; stored?: boolean; deflated?: boolean }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const packed = e.stored || e.deflated ? Buffer.from(e.data) : deflateRawSync(e.data)
    const name = Buffer.from(e.name)
    const size = e.declared ?? e.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(e.stored ? 0 : 8, 8)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(e.stored ? 0 : 8, 10)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    centrals.push(central, name)
    offset += 30 + name.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
