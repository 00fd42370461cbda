// The fixed query set every search figure is timed over: single words, several words, a prefix
// (`gubern`), a typo (`Makasar`), the hyphenated `kim jong-un` and its joined form `jongun`.
export const QUERIES = [
  'presiden',
  'jakarta banjir',
  'kim jong-un',
  'jongun',
  'menteri keuangan',
  'pemilu partai koalisi',
  'harga beras',
  'sepak bola juara',
  'gubern',
  'korupsi pengadilan',
  'Makasar',
  'siber peretas'
]
