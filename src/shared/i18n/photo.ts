import type { Widen } from './widen'

// The featured photo's import (progress, what was done to it) and its alt text (decisions 0087, 0088).
const id = {
  keepOriginal: 'Simpan ukuran asli',
  keepOriginalHint: 'Tanpa ini, foto diperkecil ke {{side}} piksel pada sisi terpanjang.',
  progress: 'Menyiapkan foto',
  stage: {
    reading: 'Membaca berkas…',
    decoding: 'Membuka foto…',
    scaling: 'Memperkecil foto…',
    storing: 'Menyimpan foto…'
  },
  scaled: 'Diperkecil dari {{from}} ({{fromSize}}) menjadi {{to}} ({{toSize}}).',
  compressed: 'Dikompresi dari {{fromSize}} menjadi {{toSize}} ({{to}}).',
  kept: 'Ukuran asli disimpan: {{to}} ({{toSize}}).',
  pixels: '{{width}} × {{height}} piksel',
  alt: 'Teks alternatif',
  file: 'berkas {{file}}',
  none: 'tidak ada',
  altHint: 'Apa yang terlihat di foto, untuk pembaca yang tidak dapat melihatnya. Bukan keterangan foto.',
  altPlaceholder: 'Mis. Vladimir Putin berjabat tangan dengan Kim Jong-un di bandara Pyongyang'
} as const

const en: Widen<typeof id> = {
  keepOriginal: 'Keep the original size',
  keepOriginalHint: 'Otherwise the photo is scaled to {{side}} pixels on its longest side.',
  progress: 'Preparing the photo',
  stage: {
    reading: 'Reading the file…',
    decoding: 'Opening the photo…',
    scaling: 'Scaling the photo…',
    storing: 'Storing the photo…'
  },
  scaled: 'Scaled from {{from}} ({{fromSize}}) to {{to}} ({{toSize}}).',
  compressed: 'Compressed from {{fromSize}} to {{toSize}} ({{to}}).',
  kept: 'Original size kept: {{to}} ({{toSize}}).',
  pixels: '{{width}} × {{height}} pixels',
  alt: 'Alt text',
  file: 'file {{file}}',
  none: 'none',
  altHint: 'What the photo shows, for readers who cannot see it. Not the caption.',
  altPlaceholder: 'E.g. Vladimir Putin shakes hands with Kim Jong-un at Pyongyang airport'
}

export const photo = { id, en }
