// Saved web pages through `redaksi import` (in-process) into a real store in a temp folder: every
// field of each fixture, no script or style text in any body, the photo read from the page's own
// folder only, and the hostile pages (10,000 nested divs, 20 MB) answered as they must be.
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { openArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'
import { blockLines, deepPage, GENERIC, HOSTILE, hugePage, KOMPAS_COM, KOMPAS_TV, NEVER_IN_BODY, WEB_PAGES, type ExpectedPage } from '../helpers/web-pages'

describe('redaksi import of saved web pages', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let out: string
  let err: string
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const store = (): string => join(temp.path, 'store')
  const run = (...argv: string[]) => runCli([...argv, '--store', store(), '--data-dir', temp.path], io, { REDAKSI_LANG: 'id' })

  beforeEach(async () => {
    temp = await makeTempDir('redaksi-web-page-')
    out = ''
    err = ''
  })
  afterEach(async () => {
    await temp.remove()
  })

  async function importPage(path: string): Promise<{ code: number; ids: string[] }> {
    out = ''
    err = ''
    const code = await run('import', '--json', path)
    return { code, ids: code === 0 ? (JSON.parse(out) as { id: string }[]).map((a) => a.id) : [] }
  }

  async function stored(id: string) {
    const s = await openArticleStore(store())
    try {
      const article = await s.get(id)
      const image = article.featuredImage?.asset ? await s.readAsset(article.featuredImage.asset) : null
      return { article, image }
    } finally {
      await s.close()
    }
  }

  for (const page of [KOMPAS_COM, KOMPAS_TV, GENERIC, HOSTILE] as ExpectedPage[]) {
    it(`imports ${page.file} with every field`, async () => {
      const { code, ids } = await importPage(join(WEB_PAGES, page.file))
      expect(code).toBe(0)
      expect(err).toBe(page.notes.map((n) => `${page.file}: ${n}\n`).join('') + (page.blocks.some((b) => b.startsWith('baca:')) ? `${page.file}: ${page.blocks.filter((b) => b.startsWith('baca:')).length} Baca Juga belum tertaut ke artikel tersimpan\n` : ''))
      const { article, image } = await stored(ids[0]!)
      const { headline, section, published, dateline, penulis, editor, sumber, featuredImage } = article
      expect({ headline, section, published, dateline, penulis, editor, sumber, featuredImage }).toEqual(page.fields)
      expect(blockLines(article.body.content)).toEqual(page.blocks)
      expect(article.tags).toEqual([])
      expect(JSON.stringify(article.body)).not.toMatch(NEVER_IN_BODY)
      if (page.fields.featuredImage) {
        const file = page.file === KOMPAS_COM.file ? 'kpk-uang-rampasan_files/uang-rampasan-taspen.png' : 'putin-korea-utara_files/putin-kim-jong-un.png'
        expect(Buffer.from(image!).equals(await readFile(join(WEB_PAGES, file)))).toBe(true)
      }
    })
  }

  it('keeps marks and safe links, and nothing but a link href as an attribute', async () => {
    const { ids } = await importPage(join(WEB_PAGES, GENERIC.file))
    const { article } = await stored(ids[0]!)
    const marks = JSON.stringify(article.body).match(/"marks":\[[^\]]*\]/g)
    expect(marks).toEqual([
      '"marks":[{"type":"link","attrs":{"href":"https://ferry.example/news?id=1&lang=en","target":null,"rel":"noopener noreferrer nofollow","class":null}}]',
      '"marks":[{"type":"bold"}]',
      '"marks":[{"type":"link","attrs":{"href":"mailto:desk@harbourgazette.example","target":null,"rel":"noopener noreferrer nofollow","class":null}}]'
    ])
  })

  it('reads the photo only inside the page folder: a link out of it is not followed', async () => {
    const dir = join(temp.path, 'halaman')
    await mkdir(join(dir, 'kpk-uang-rampasan_files'), { recursive: true })
    await copyFile(join(WEB_PAGES, KOMPAS_COM.file), join(dir, KOMPAS_COM.file))
    await writeFile(join(temp.path, 'rahasia.png'), await readFile(join(WEB_PAGES, 'kpk-uang-rampasan_files/uang-rampasan-taspen.png')))
    await symlink(join(temp.path, 'rahasia.png'), join(dir, 'kpk-uang-rampasan_files/uang-rampasan-taspen.png'))
    const { code, ids } = await importPage(join(dir, KOMPAS_COM.file))
    expect(code).toBe(0)
    expect(err).toContain(
      'kpk-uang-rampasan.html: foto halaman kpk-uang-rampasan_files/uang-rampasan-taspen.png tidak dapat dibaca atau bukan gambar yang diterima; artikel masuk tanpa foto\n'
    )
    const { article } = await stored(ids[0]!)
    expect(article.featuredImage).toEqual({ ...KOMPAS_COM.fields.featuredImage, asset: null })
  })

  it('imports a page whose photo was not saved beside it, and says so', async () => {
    const dir = join(temp.path, 'tanpa-foto')
    await mkdir(dir)
    await copyFile(join(WEB_PAGES, KOMPAS_TV.file), join(dir, KOMPAS_TV.file))
    const { code, ids } = await importPage(join(dir, KOMPAS_TV.file))
    expect(code).toBe(0)
    expect(err).toContain('putin-korea-utara.htm: foto halaman putin-korea-utara_files/putin-kim-jong-un.png tidak ikut dipilih atau tidak ada di samping halaman; artikel masuk tanpa foto\n')
    expect((await stored(ids[0]!)).article.featuredImage?.asset).toBe(null)
  })

  it('reads a page 10,000 divs deep, and refuses one of 20 MB before reading it', async () => {
    await writeFile(join(temp.path, 'dalam.html'), deepPage())
    const deep = await importPage(join(temp.path, 'dalam.html'))
    expect(deep.code).toBe(0)
    expect(blockLines((await stored(deep.ids[0]!)).article.body.content)).toEqual(['p: Teks di dasar sepuluh ribu div tetap terbaca sebagai paragraf artikel yang utuh dan panjang.'])

    await writeFile(join(temp.path, 'besar.html'), hugePage())
    const huge = await importPage(join(temp.path, 'besar.html'))
    expect(huge.code).toBe(1)
    expect(err).toBe(`${join(temp.path, 'besar.html')} berukuran 20 MB, melebihi batas 5 MB; tidak ada yang dibaca.\n`)
  })

  it('sniffs a page saved without .html, and refuses a page with no article text', async () => {
    await writeFile(join(temp.path, 'halaman.txt'), await readFile(join(WEB_PAGES, GENERIC.file)))
    const sniffed = await importPage(join(temp.path, 'halaman.txt'))
    expect(sniffed.code).toBe(0)
    expect((await stored(sniffed.ids[0]!)).article.headline).toBe(GENERIC.fields.headline)

    await writeFile(join(temp.path, 'kosong.html'), '<!doctype html><html><head><title>Kosong</title><script>alert(1)</script></head><body><nav>menu</nav></body></html>')
    const empty = await importPage(join(temp.path, 'kosong.html'))
    expect(empty.code).toBe(1)
    expect(err).toBe('kosong.html tidak dapat diimpor: isi berita kosong.\n')
  })
})
