// One image check for every door: the photo field and a .redaksi bundle refuse the same images,
// by their bytes and by the pixels their header claims.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export/run-export'
import { Importer } from '../../src/main/import/importer'
import { checkImage, imageSize, MAX_IMAGE_BYTES } from '../../src/shared/image-bytes'
import { failureText, isFailure, type FailureData } from '../../src/shared/result'
import { fixtureDraft, openExchangeStore, PNG, storeArticle, type ExchangeStore } from '../export/exchange-fixture'

const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const le16 = (n: number): number[] => [n & 255, (n >> 8) & 255]
const le24 = (n: number): number[] => [n & 255, (n >> 8) & 255, (n >> 16) & 255]

const png = (w: number, h: number): Uint8Array =>
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...be32(w), ...be32(h), 8, 6, 0, 0, 0, 0, 0, 0, 0])
const gif = (w: number, h: number): Uint8Array => Uint8Array.from([...Buffer.from('GIF89a'), ...le16(w), ...le16(h), 0, 0, 0])
// SOI, an APP0 segment to skip, then SOF2 (progressive): length, precision, height, width.
const jpeg = (w: number, h: number): Uint8Array =>
  Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc2, 0, 11, 8, h >> 8, h & 255, w >> 8, w & 255, 3, 0, 0, 0])
const webp = (w: number, h: number): Uint8Array =>
  Uint8Array.from([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, ...le24(w - 1), ...le24(h - 1)])

function refusal(work: () => unknown): FailureData {
  try {
    work()
  } catch (err) {
    if (isFailure(err)) return { reason: err.failure.reason, params: err.failure.params }
    throw err
  }
  throw new Error('expected a refusal')
}

describe('what an image header says', () => {
  it('reads width and height of PNG, GIF, JPEG and WebP', () => {
    expect([png(6000, 4000), gif(640, 480), jpeg(8192, 5464), webp(1920, 1080)].map(imageSize)).toEqual([
      { width: 6000, height: 4000 },
      { width: 640, height: 480 },
      { width: 8192, height: 5464 },
      { width: 1920, height: 1080 }
    ])
    expect(imageSize(PNG)).toEqual({ width: 1, height: 1 })
  })

  it('takes a 45-megapixel camera photo and refuses a header claiming 100,000 × 100,000', () => {
    expect(checkImage(jpeg(8192, 5464), 'kamera.jpg')).toBe('image/jpeg')
    const failure = refusal(() => checkImage(png(100_000, 100_000), 'bom.png'))
    expect(failure).toEqual({ reason: 'image.too-many-pixels', params: { file: 'bom.png', width: 100_000, height: 100_000, megapixels: 50 } })
    expect(failureText(failure, 'id')).toBe('bom.png berukuran 100000 × 100000 piksel, melebihi batas 50 megapiksel; perkecil dulu.')
  })
})

describe('a bundle is no way round the image limits', () => {
  let from: ExchangeStore
  let to: ExchangeStore
  beforeEach(async () => {
    from = await openExchangeStore()
    to = await openExchangeStore()
  })
  afterEach(async () => {
    await from.dispose()
    await to.dispose()
  })

  /** A bundle whose image went into the store behind the photo field's back. */
  async function bundleWith(image: Uint8Array): Promise<string> {
    const { asset } = await from.store.putAsset(image, 'foto.png')
    const draft = fixtureDraft()
    draft.featuredImage = { ...draft.featuredImage!, asset }
    const article = await storeArticle(from.store, draft)
    const { files } = await runExport(from.store, { ids: [article.id], format: 'bundle', outDir: from.out })
    return files[0]!
  }

  it('refuses a bundle carrying an image with too many pixels, and stores nothing', async () => {
    const [outcome] = await new Importer(to.store).importFiles([await bundleWith(png(20_000, 20_000))], 'ask')
    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'image.too-many-pixels', params: { width: 20_000, height: 20_000 } } })
    expect((await to.store.list()).total).toBe(0)
  })

  it('refuses a bundle carrying an image over the byte limit the photo field has', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(png(4000, 3000))
    const [outcome] = await new Importer(to.store).importFiles([await bundleWith(big)], 'ask')
    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'image.too-large', params: { mb: 25 } } })
    expect((await to.store.list()).total).toBe(0)
  })
})
