// Saved web pages through the import dialog of the real renderer in Chromium, over the browser
// host: picked with the pictures saved beside them (matched by name), dropped onto the window,
// without their picture, hostile, 10,000 divs deep and 20 MB. Every field of what was stored is
// checked, no script or style text reaches a body, no page script ever runs (no alert), and the
// console policy of the harness holds after each test.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { blockLines, deepPage, GENERIC, HOSTILE, KOMPAS_COM, KOMPAS_TV, NEVER_IN_BODY, WEB_PAGES, type ExpectedPage } from '../helpers/web-pages'
import { useApp } from './harness'

const file = (relative: string, mimeType = 'text/html') => ({ name: relative.slice(relative.lastIndexOf('/') + 1), mimeType, buffer: readFileSync(join(WEB_PAGES, relative)) })
const LABEL = /^Berkas teks Kompas \(\.txt\), halaman web tersimpan/

describe('importing saved web pages in the app', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })
  const alerts: string[] = []
  let watching = false

  async function openDialog(): Promise<void> {
    if (!watching) {
      // An alert() from any page script would open a browser dialog: none may.
      app.page.on('dialog', (d) => {
        alerts.push(d.message())
        void d.dismiss()
      })
      watching = true
    }
    if ((await app.page.getByRole('dialog', { name: 'Impor…' }).count()) === 0) await app.page.getByRole('button', { name: 'Impor…' }).click()
  }

  async function storedArticle(headline: string): Promise<{ article: Article; image: string | null }> {
    return app.page.evaluate(async (wanted) => {
      const list = await window.redaksi.articles.list({})
      if (!list.ok) throw new Error(list.error.message)
      const item = list.value.items.find((a) => a.headline === wanted)
      if (!item) throw new Error(`not stored: ${wanted}`)
      const full = await window.redaksi.articles.get({ id: item.id })
      if (!full.ok) throw new Error(full.error.message)
      const asset = full.value.featuredImage?.asset
      const image = asset ? await window.redaksi.assets.get({ asset }) : null
      return { article: full.value, image: image && image.ok ? image.value.base64 : null }
    }, headline)
  }

  async function expectStored(page: ExpectedPage, imageFile: string | null): Promise<void> {
    await app.page.getByRole('link', { name: `“${page.fields.headline}” diimpor.` }).waitFor()
    const { article, image } = await storedArticle(page.fields.headline)
    const { headline, section, published, dateline, penulis, editor, sumber, featuredImage } = article
    expect({ headline, section, published, dateline, penulis, editor, sumber, featuredImage }).toEqual(page.fields)
    expect(blockLines(article.body.content)).toEqual(page.blocks)
    expect(JSON.stringify(article.body)).not.toMatch(NEVER_IN_BODY)
    expect(image).toBe(imageFile ? readFileSync(join(WEB_PAGES, imageFile)).toString('base64') : null)
  }

  it('imports a Kompas.com page picked with the files saved beside it, photo included', async () => {
    await openDialog()
    await app.page
      .getByLabel(LABEL)
      .setInputFiles([
        file(KOMPAS_COM.file),
        file('kpk-uang-rampasan_files/logo-kompas.png', 'image/png'),
        file('kpk-uang-rampasan_files/uang-rampasan-taspen.png', 'image/png')
      ])
    await expectStored(KOMPAS_COM, 'kpk-uang-rampasan_files/uang-rampasan-taspen.png')
    // The pictures beside the page are not imported as articles of their own.
    await expect.poll(() => app.page.locator('.import-dialog__outcomes > li').count()).toBe(1)
  })

  it('imports a kompas.tv page dropped onto the window without its photo, and says so', async () => {
    await openDialog()
    const bytes = readFileSync(join(WEB_PAGES, KOMPAS_TV.file)).toString('base64')
    await app.page.evaluate(
      ({ name, base64 }) => {
        const data = new DataTransfer()
        data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'text/html' }))
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
      },
      { name: KOMPAS_TV.file, base64: bytes }
    )
    await expectStored({ ...KOMPAS_TV, fields: { ...KOMPAS_TV.fields, featuredImage: { ...KOMPAS_TV.fields.featuredImage!, asset: null } } }, null)
    expect(await app.page.locator('.import-dialog__outcomes > li').last().locator('.import-dialog__notes li').allInnerTexts()).toEqual([
      'foto halaman putin-korea-utara_files/putin-kim-jong-un.png tidak ikut dipilih atau tidak ada di samping halaman; artikel masuk tanpa foto'
    ])
  })

  it('imports a generic news page and a hostile one; no page script runs', async () => {
    await openDialog()
    await app.page.getByLabel(LABEL).setInputFiles([file(GENERIC.file), file(HOSTILE.file)])
    await expectStored(GENERIC, null)
    await expectStored(HOSTILE, null)
    // The stored article opens in the editor without any of the page's handlers coming alive.
    await app.page.getByRole('link', { name: `“${HOSTILE.fields.headline}” diimpor.` }).click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).waitFor()
    await app.page.getByText('Paragraf kedua tautan jahat').click()
    expect(alerts).toEqual([])
    expect(await app.page.locator('.ProseMirror [onclick], .ProseMirror [onerror], .ProseMirror script, .ProseMirror iframe, .ProseMirror a[href^="javascript"]').count()).toBe(0)
  })

  it('imports a page 10,000 divs deep, and refuses a 20 MB page without sending it', async () => {
    await app.page.goto(app.host.origin + '/#/')
    await openDialog()
    await app.page.getByLabel(LABEL).setInputFiles([
      { name: 'dalam.html', mimeType: 'text/html', buffer: Buffer.from(deepPage()) },
      { name: 'besar.html', mimeType: 'text/html', buffer: Buffer.alloc(20 * 1024 * 1024, 'a') }
    ])
    await app.page.getByRole('link', { name: '“Halaman Dalam” diimpor.' }).waitFor()
    const { article } = await storedArticle('Halaman Dalam')
    expect(blockLines(article.body.content)).toEqual(['p: Teks di dasar sepuluh ribu div tetap terbaca sebagai paragraf artikel yang utuh dan panjang.'])
    await app.page.getByText('besar.html berukuran 20 MB, melebihi batas 5 MB', { exact: false }).waitFor()
    expect(alerts).toEqual([])
  })
})
