// A writer picks a camera-sized photo in the real renderer in Chromium: it is scaled to the
// newsroom size with its progress shown, "Simpan ukuran asli" keeps the original instead, a turned
// photo is stored upright, a small one is never enlarged, and the alt text is a field of its own
// that the house style asks for and every export carries (decisions 0087, 0088).
import { createHash } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { imageSize, jpegOrientation } from '../../src/shared/image-bytes'
import { useApp } from './harness'

/** Bytes the 6000 × 4000 test photo may take once stored at 2560 × 1707 (measured: 515 KB, from a 10.5 MB original). */
const STORED_BYTE_BOUND = 800_000

/**
 * A JPEG made in the page: a photo-like picture (gradients, shapes, grain from a seeded generator,
 * so every run encodes the same pixels). `orientation` splices an EXIF APP1 segment after SOI.
 */
async function makeJpeg(page: Page, width: number, height: number, orientation: number | null = null): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, orientation }) => {
      let seed = 12345
      const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
      const canvas = new OffscreenCanvas(width, height)
      const ctx = canvas.getContext('2d')!
      const sky = ctx.createLinearGradient(0, 0, 0, height)
      sky.addColorStop(0, '#4a7fb5')
      sky.addColorStop(1, '#d9c9a3')
      ctx.fillStyle = sky
      ctx.fillRect(0, 0, width, height)
      for (let i = 0; i < 400; i++) {
        ctx.fillStyle = `hsla(${Math.floor(random() * 360)}, 45%, ${30 + Math.floor(random() * 40)}%, 0.6)`
        ctx.beginPath()
        ctx.ellipse(random() * width, random() * height, 20 + random() * width * 0.08, 20 + random() * height * 0.08, random() * Math.PI, 0, Math.PI * 2)
        ctx.fill()
      }
      const pixels = ctx.getImageData(0, 0, width, height)
      for (let i = 0; i < pixels.data.length; i += 4) {
        const grain = (random() - 0.5) * 24
        for (let c = 0; c < 3; c++) pixels.data[i + c] = pixels.data[i + c]! + grain
      }
      ctx.putImageData(pixels, 0, 0)
      let bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 })).arrayBuffer())
      if (orientation !== null) {
        // APP1: "Exif\0\0", big-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, 1.
        const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]
        const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]
        const app1 = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]
        bytes = new Uint8Array([...bytes.subarray(0, 2), ...app1, ...bytes.subarray(2)])
      }
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    },
    { width, height, orientation }
  )
  return Buffer.from(base64, 'base64')
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

describe('a photo picked for the featured image', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })
  let large: Buffer

  async function stored(id: string): Promise<Article> {
    const result = await app.page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  async function assetBytes(asset: string): Promise<Buffer> {
    const result = await app.page.evaluate((ref) => window.redaksi.assets.get({ asset: ref }), asset)
    if (!result.ok) throw new Error(result.error.message)
    return Buffer.from(result.value.base64, 'base64')
  }
  /** Every stage the status shows, in order, with its progress value. */
  async function watchStages(): Promise<void> {
    await app.page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { photoStages: string[] }).photoStages = seen
      new MutationObserver(() => {
        const stage = document.querySelector('[data-testid="photo-status"] [data-stage]')
        const progress = document.querySelector<HTMLProgressElement>('[data-testid="photo-status"] progress')
        const entry = stage ? `${stage.getAttribute('data-stage')} ${progress?.value}/${progress?.max}` : null
        if (entry && seen.at(-1) !== entry) seen.push(entry)
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    })
  }
  const stagesSeen = (): Promise<string[]> => app.page.evaluate(() => (window as unknown as { photoStages: string[] }).photoStages)
  async function assetOnceSaved(id: string, previous: string | null): Promise<string> {
    await expect.poll(async () => (await stored(id)).featuredImage?.asset ?? null).not.toBe(previous)
    return (await stored(id)).featuredImage!.asset!
  }

  let id: string
  beforeAll(async () => {
    large = await makeJpeg(app.page, 6000, 4000)
    await app.page.getByRole('button', { name: 'Artikel baru' }).first().click()
    // The new page is stored once something is typed; its address names it from then on.
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Putin tiba di Pyongyang')
    await app.page.waitForURL(/#\/artikel\//)
    id = /#\/artikel\/(\w+)/.exec(app.page.url())![1]!
  })

  it('scales a 6000 × 4000 JPEG to 2560 px on the long side, showing each step', async () => {
    expect(imageSize(large)).toEqual({ width: 6000, height: 4000 })
    await watchStages()
    await app.page.getByTestId('featured-image-input').setInputFiles({ name: 'putin-kim.jpg', mimeType: 'image/jpeg', buffer: large })
    const outcome = app.page.getByTestId('photo-outcome')
    await outcome.waitFor()
    await expect(stagesSeen()).resolves.toEqual(['reading 1/4', 'decoding 2/4', 'scaling 3/4', 'storing 4/4'])
    await expect(outcome.innerText()).resolves.toMatch(/^Diperkecil dari 6000 × 4000 piksel \([\d,]+ MB\) menjadi 2560 × 1707 piksel \([\d,]+ (KB|MB)\)\.$/)

    const asset = await assetOnceSaved(id, null)
    expect(asset).toMatch(/^[0-9a-f]{64}\.jpg$/)
    const bytes = await assetBytes(asset)
    expect(imageSize(bytes)).toEqual({ width: 2560, height: 1707 })
    expect(bytes.length).toBeLessThan(STORED_BYTE_BOUND)
    expect(bytes.length).toBeLessThan(large.length / 3)
    console.log(`photo-import: ${large.length} bytes at 6000 × 4000 stored as ${bytes.length} bytes at 2560 × 1707`)
  })

  it('keeps the very original when "Simpan ukuran asli" is ticked, and scales again when it is not', async () => {
    const before = (await stored(id)).featuredImage!.asset
    await app.page.getByLabel('Simpan ukuran asli').check()
    await expect(app.page.getByTestId('photo-outcome').innerText()).resolves.toMatch(/^Ukuran asli disimpan: 6000 × 4000 piksel \([\d,]+ MB\)\.$/)
    const original = await assetOnceSaved(id, before)
    expect(original).toBe(`${sha256(large)}.jpg`)
    // Compared by hash: a failed toEqual of two 10 MB buffers spends minutes printing the diff.
    expect(sha256(await assetBytes(original))).toBe(sha256(large))

    await app.page.getByLabel('Simpan ukuran asli').uncheck()
    await app.page.getByTestId('photo-outcome').getByText(/^Diperkecil/).waitFor()
    const again = await assetOnceSaved(id, original)
    expect(again).toBe(before)
  })

  it('asks for alt text in the house-style panel, keeps it apart from the caption, and exports it as the img alt', async () => {
    const finding = app.page.locator('.house-style__finding[data-rule="image-alt"]')
    await expect(finding.innerText()).resolves.toBe(
      'Harus diperbaiki · Teks alternatif\nFoto utama belum diberi teks alternatif: tulis apa yang terlihat di foto untuk pembaca yang tidak dapat melihatnya.'
    )
    // The finding leads to the field it is about.
    await finding.getByRole('button', { name: 'Teks alternatif' }).click()
    await expect(app.page.evaluate(() => document.activeElement?.getAttribute('data-field'))).resolves.toBe('featuredImage.alt')
    const alt = 'Vladimir Putin dan Kim Jong-un berjabat tangan di landasan bandara'
    await app.page.getByLabel('Keterangan foto').fill('Presiden Rusia Vladimir Putin disambut Kim Jong-un, Rabu (19/6/2024).')
    await app.page.getByLabel('Teks alternatif').fill(alt)
    await finding.waitFor({ state: 'detached' })
    await expect.poll(async () => (await stored(id)).featuredImage?.alt).toBe(alt)
    await app.page.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor()

    // The field with its outcome line, checkbox and alt text, in both themes: axe finds nothing serious.
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      const { violations } = await new AxeBuilder({ page: app.page }).include('.field--image').analyze()
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${colorScheme}: ${v.id}`)).toEqual([])
    }

    const exported = await app.page.evaluate((articleId) => window.redaksi.export.content({ id: articleId, format: 'html' }), id)
    if (!exported.ok) throw new Error(exported.error.message)
    const img = /<img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]+" alt="([^"]*)">/.exec(exported.value.data)
    expect(img?.[1]).toBe(alt)
    // The 20 MB photo made a 26.6 MB page; the scaled one keeps the page near its size.
    expect(exported.value.data.length).toBeLessThan(STORED_BYTE_BOUND * 1.4)
  })

  it('stores a turned photo upright, and never enlarges a small one', async () => {
    const before = (await stored(id)).featuredImage!.asset
    const turned = await makeJpeg(app.page, 1200, 800, 6)
    expect(jpegOrientation(turned)).toBe(6)
    await app.page.getByTestId('featured-image-input').setInputFiles({ name: 'tegak.jpg', mimeType: 'image/jpeg', buffer: turned })
    const upright = await assetOnceSaved(id, before)
    const uprightBytes = await assetBytes(upright)
    expect({ size: imageSize(uprightBytes), orientation: jpegOrientation(uprightBytes) }).toEqual({ size: { width: 800, height: 1200 }, orientation: null })

    const small = await makeJpeg(app.page, 1000, 600)
    await app.page.getByTestId('featured-image-input').setInputFiles({ name: 'kecil.jpg', mimeType: 'image/jpeg', buffer: small })
    await expect(assetOnceSaved(id, upright)).resolves.toBe(`${sha256(small)}.jpg`)
    await expect(app.page.getByTestId('photo-outcome').innerText()).resolves.toMatch(/^Ukuran asli disimpan: 1000 × 600 piksel \([\d,]+ KB\)\.$/)
  })
})
