// `npx tsx tests/e2e/measure/photo-quality.ts FOLDER…`: how many bytes each JPEG quality costs at the
// newsroom size, and how much of the photo it loses, measured in Debian's Chromium with the very
// encoder the editor uses (OffscreenCanvas.convertToBlob). For each photo: scaled to 2,560 px on
// the long side (never up), then encoded at each quality; loss is SSIM and PSNR of the luma
// against the scaled, unencoded pixels. The photos are not in the repo (decision 0087 names the
// ones measured and where they come from).
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { launchChromium } from '../harness'

const QUALITIES = [0.6, 0.7, 0.75, 0.8, 0.82, 0.85, 0.9, 0.95]

interface Row {
  quality: number
  bytes: number
  ssim: number
  psnr: number
}

/** Runs in the page: decode, scale, encode at each quality, decode again and compare. */
async function measureInPage(args: { base64: string; qualities: number[]; longSide: number }): Promise<{ width: number; height: number; rows: Row[] }> {
  const bytes = Uint8Array.from(atob(args.base64), (c) => c.charCodeAt(0))
  const source = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' })
  const scale = Math.min(1, args.longSide / Math.max(source.width, source.height))
  const width = Math.max(1, Math.round(source.width * scale))
  const height = Math.max(1, Math.round(source.height * scale))
  const canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d')!
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(source, 0, 0, width, height)
  const luma = (data: Uint8ClampedArray): Float64Array => {
    const out = new Float64Array(data.length / 4)
    for (let i = 0; i < out.length; i++) out[i] = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!
    return out
  }
  const reference = luma(ctx.getImageData(0, 0, width, height).data)
  const rows: Row[] = []
  for (const quality of args.qualities) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality })
    const decoded = await createImageBitmap(blob)
    const check = new OffscreenCanvas(width, height).getContext('2d')!
    check.drawImage(decoded, 0, 0)
    const got = luma(check.getImageData(0, 0, width, height).data)
    // SSIM over 8 × 8 windows (Wang et al. 2004 constants), averaged; PSNR over the whole luma.
    const c1 = (0.01 * 255) ** 2
    const c2 = (0.03 * 255) ** 2
    let ssimSum = 0
    let windows = 0
    let squared = 0
    for (let y = 0; y + 8 <= height; y += 8) {
      for (let x = 0; x + 8 <= width; x += 8) {
        let ma = 0
        let mb = 0
        for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) {
          ma += reference[(y + j) * width + x + i]!
          mb += got[(y + j) * width + x + i]!
        }
        ma /= 64
        mb /= 64
        let va = 0
        let vb = 0
        let cov = 0
        for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) {
          const a = reference[(y + j) * width + x + i]! - ma
          const b = got[(y + j) * width + x + i]! - mb
          va += a * a
          vb += b * b
          cov += a * b
        }
        va /= 63
        vb /= 63
        cov /= 63
        ssimSum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))
        windows++
      }
    }
    for (let i = 0; i < reference.length; i++) squared += (reference[i]! - got[i]!) ** 2
    const mse = squared / reference.length
    rows.push({ quality, bytes: blob.size, ssim: ssimSum / windows, psnr: 10 * Math.log10((255 * 255) / mse) })
  }
  return { width, height, rows }
}

// A photo already at 2,560 px re-encoded at 2,560 px keeps its 8 × 8 block grid, and a quality
// near its own scores falsely well; `--long-side 2000` resamples it, as a camera photo would be.
const args = process.argv.slice(2)
const sideAt = args.indexOf('--long-side')
const longSide = sideAt >= 0 ? Number(args.splice(sideAt, 2)[1]) : 2560
const folders = args
if (folders.length === 0 || !(longSide > 0)) {
  console.error('usage: npx tsx tests/e2e/measure/photo-quality.ts [--long-side N] FOLDER…  (JPEG photos, any size)')
  process.exit(2)
}
const files: string[] = []
for (const folder of folders) {
  for (const name of (await readdir(folder)).sort()) if (/\.jpe?g$/i.test(name)) files.push(join(folder, name))
}
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  await page.setContent('<!doctype html><title>photo quality</title>')
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f')
  const totals = new Map<number, { bytes: number; maxBytes: number; bpp: number; ssim: number; minSsim: number; psnr: number }>()
  for (const file of files) {
    const bytes = await readFile(file)
    const result = await page.evaluate(measureInPage, { base64: bytes.toString('base64'), qualities: QUALITIES, longSide })
    console.log(`\n${basename(file)}  ${(bytes.length / 1024).toFixed(0)} KB → ${result.width} × ${result.height}`)
    console.log('quality    KB   SSIM     PSNR dB')
    for (const row of result.rows) {
      console.log(`${row.quality.toFixed(2).padStart(7)} ${(row.bytes / 1024).toFixed(0).padStart(5)}  ${row.ssim.toFixed(4)}  ${row.psnr.toFixed(1).padStart(6)}`)
      const total = totals.get(row.quality) ?? { bytes: 0, maxBytes: 0, bpp: 0, ssim: 0, minSsim: 1, psnr: 0 }
      totals.set(row.quality, { bytes: total.bytes + row.bytes, maxBytes: Math.max(total.maxBytes, row.bytes), bpp: total.bpp + (row.bytes * 8) / (result.width * result.height), ssim: total.ssim + row.ssim, minSsim: Math.min(total.minSsim, row.ssim), psnr: total.psnr + row.psnr })
    }
  }
  console.log(`\nmean over ${files.length} photos`)
  // Bits per pixel carry over to other sizes: 2,560 × 1,707 (3:2) is 4.37 megapixels.
  console.log('quality  mean KB  max KB  bits/px  KB at 2560×1707  mean SSIM  worst SSIM  mean PSNR dB')
  for (const [quality, t] of totals) {
    console.log(`${quality.toFixed(2).padStart(7)} ${(t.bytes / files.length / 1024).toFixed(0).padStart(8)}  ${(t.maxBytes / 1024).toFixed(0).padStart(6)}  ${(t.bpp / files.length).toFixed(2).padStart(7)}  ${((t.bpp / files.length / 8) * 2560 * 1707 / 1024).toFixed(0).padStart(15)}  ${(t.ssim / files.length).toFixed(4).padStart(9)}  ${t.minSsim.toFixed(4).padStart(10)}  ${(t.psnr / files.length).toFixed(1).padStart(12)}`)
  }
} finally {
  await browser.close()
}
