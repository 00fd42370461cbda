// `npm run bench limits`: each big input of issue 11 in its own child process (limits-child.ts),
// so that time and peak memory (maxRSS) are that input's alone; prints a markdown table for
// docs/RELIABILITY.md. Held means taken and worked through; refused names the failure.
import { execFile, execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_IMPORT_BUNDLE_BYTES, MAX_IMPORT_LINES } from '../../src/shared/exchange'
import { MAX_IMAGE_BYTES } from '../../src/shared/image-bytes'
import { FIXTURE_TEXT } from '../export/exchange-fixture'
import { largestKompasText } from '../helpers/largest-articles'
import { openTestRedaksi } from '../helpers/redaksi'
import { makeTempDir } from '../helpers/temp-dir'

const CHILD = fileURLToPath(new URL('./limits-child.ts', import.meta.url))

/** A PNG's signature and IHDR chunk for the given size, padded to `bytes`: enough for every check that reads its header. */
function png(width: number, height: number, bytes = 64): Buffer {
  const out = Buffer.alloc(bytes)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(out)
  out.writeUInt32BE(width, 16)
  out.writeUInt32BE(height, 20)
  out.set([8, 2, 0, 0, 0], 24)
  return out
}

/** A bundle of MAX_IMPORT_BUNDLE_BYTES: an article with its featured image, as export writes it, padded. */
async function bundleAtLimit(image: Buffer): Promise<string> {
  const redaksi = await openTestRedaksi()
  try {
    const put = await redaksi.dispatch('assets.put', { fileName: 'foto.png', base64: image.toString('base64') })
    if (!put.ok) throw new Error(put.error.message)
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Bundel dengan foto', featuredImage: { asset: (put.value as { asset: string }).asset, caption: 'Foto', credit: 'KOMPAS' } } })
    if (!created.ok) throw new Error(created.error.message)
    const exported = await redaksi.dispatch('export.content', { id: (created.value as { id: string }).id, format: 'bundle' })
    if (!exported.ok) throw new Error(exported.error.message)
    // JSON allows trailing white space: the bundle padded to exactly its byte limit.
    return (exported.value as { data: string }).data.padEnd(MAX_IMPORT_BUNDLE_BYTES, ' ')
  } finally {
    await redaksi.dispose()
  }
}

interface Measured {
  outcome: string
  reason: string
  ms: number
  maxRssMb: number
}

function inChild(name: string, file = ''): Promise<Measured> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, name, file], { timeout: 600_000, maxBuffer: 1024 * 1024 }, (error, stdout) => {
      const last = stdout.trim().split('\n').at(-1) ?? ''
      if (last.startsWith('{')) resolve(JSON.parse(last) as Measured)
      else resolve({ outcome: 'crashed', reason: String(error?.message ?? 'no answer').split('\n')[0]!, ms: 0, maxRssMb: 0 })
    })
  })
}

export async function limitsBench(): Promise<void> {
  const dir = await makeTempDir('redaksi-limits-bench-')
  try {
    const file = (name: string) => join(dir.path, name)
    const largestText = largestKompasText(FIXTURE_TEXT, MAX_IMPORT_LINES)
    await writeFile(file('terbesar.txt'), largestText)
    const links = Array.from({ length: 250_000 }, (_, i) => `Baca Juga: Judul Terkait Nomor ${i + 1}\n`).join('')
    await writeFile(file('tautan.txt'), FIXTURE_TEXT.replace('\nPenulis', `\n${links}\nPenulis`))
    await writeFile(file('foto-25mb.png'), png(5000, 5000, MAX_IMAGE_BYTES))
    await writeFile(file('foto-25mb-plus-1.png'), png(5000, 5000, MAX_IMAGE_BYTES + 1))
    await writeFile(file('foto-60mp.png'), png(10_000, 6_000))
    await writeFile(file('bundel.redaksi'), await bundleAtLimit(png(4000, 3000, 24 * 1024 * 1024)))
    execFileSync('mkfifo', [file('pipa.txt')])
    const mb = (name: string) => `${(Buffer.byteLength(name === 'terbesar.txt' ? largestText : '') / 1e6).toFixed(1)} MB`

    const cases: [string, string, string][] = [
      [`Kompas text, ${mb('terbesar.txt')}, ${MAX_IMPORT_LINES} lines`, 'import', file('terbesar.txt')],
      ['Kompas text, 9 MB, 250,000 Baca Juga lines', 'import', file('tautan.txt')],
      ['body with 100 Baca Juga (parse, HTML, check)', 'baca-juga-100', ''],
      ['body with 101 Baca Juga', 'baca-juga-101', ''],
      ['bundle at 36 MB with a 24 MB image', 'import', file('bundel.redaksi')],
      ['image of 25 MB (25 MP)', 'image', file('foto-25mb.png')],
      ['image of 25 MB + 1 byte', 'image', file('foto-25mb-plus-1.png')],
      ['image of 60 MP', 'image', file('foto-60mp.png')],
      ['/dev/zero as an import', 'import', '/dev/zero'],
      ['a FIFO as an import', 'import', file('pipa.txt')],
      ['HTML and plain text export of the largest draft (15.6 MB JSON)', 'export-largest', ''],
      ['house-style check of the worst body (1 MB of text, every paragraph misspelt and misdated)', 'check-worst', '']
    ]
    console.log('| Case | Outcome | Time | Peak RSS |')
    console.log('|---|---|---|---|')
    for (const [label, name, path] of cases) {
      const m = await inChild(name, path)
      console.log(`| ${label} | ${m.outcome}: ${m.reason} | ${(m.ms / 1000).toFixed(2)} s | ${m.maxRssMb} MB |`)
    }
  } finally {
    await dir.remove()
  }
}
