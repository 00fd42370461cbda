// The words of what an import tells about a file it did store, by note, in each language.
import type { ImportNote, ImportNoteKind } from '../exchange'
import type { Language } from './failures'

const WORDS: Record<Language, Record<ImportNoteKind, string>> = {
  id: {
    'not-utf8': 'bukan UTF-8; dibaca sebagai Windows-1252 (huruf di luar ASCII pada baris {{lines}})',
    'invalid-bytes': 'ada bita yang bukan UTF-8 pada baris {{lines}}; masing-masing dibaca sebagai huruf Windows-1252, periksa baris itu',
    'invalid-utf16': 'ada huruf UTF-16 yang rusak pada baris {{lines}}; diganti dengan �, periksa baris itu',
    'unknown-section': 'rubrik “{{section}}” tidak dikenal; dipakai “{{used}}”',
    'unreadable-date': 'tanggal “{{date}}” tidak dapat dibaca',
    'image-missing': 'gambar {{asset}} tidak ada di bundel',
    'revisions-dropped': '{{count}} revisi di bundel tidak dipulihkan; artikel masuk sebagai draf baru',
    'unplaced-lines': '{{count}} baris tidak dikenali dan dibiarkan di isi berita (baris {{lines}}); periksa apakah itu bagian berita',
    'page-tail-left-out': '{{count}} baris sesudah “{{rail}}” dianggap bagian halaman (berita lain), tidak diimpor (baris {{lines}})',
    'page-image-not-supplied': 'foto halaman {{file}} tidak ikut dipilih atau tidak ada di samping halaman; artikel masuk tanpa foto',
    'page-image-unusable': 'foto halaman {{file}} tidak dapat dibaca atau bukan gambar yang diterima; artikel masuk tanpa foto',
    'page-image-online': 'foto halaman hanya ada di web ({{url}}) dan tidak diunduh; artikel masuk tanpa foto',
    'image-refused': 'gambar {{image}} di dokumen tidak dipakai sebagai foto utama: bukan PNG, JPEG, GIF atau WebP, atau melebihi {{mb}} MB atau {{megapixels}} megapiksel',
    'images-not-kept': '{{count}} gambar lain di dokumen tidak diimpor; isi berita tidak memuat gambar, hanya foto utama'
  },
  en: {
    'not-utf8': 'not UTF-8; read as Windows-1252 (non-ASCII letters on lines {{lines}})',
    'invalid-bytes': 'bytes that are not UTF-8 on lines {{lines}}; each was read as a Windows-1252 letter, check those lines',
    'invalid-utf16': 'broken UTF-16 characters on lines {{lines}}; replaced with �, check those lines',
    'unknown-section': 'unknown section “{{section}}”; “{{used}}” was used',
    'unreadable-date': 'the date “{{date}}” cannot be read',
    'image-missing': 'image {{asset}} is not in the bundle',
    'revisions-dropped': '{{count}} revisions in the bundle were not restored; the article comes in as a new draft',
    'unplaced-lines': '{{count}} lines were not recognised and were left in the body (lines {{lines}}); check whether they belong to the story',
    'page-tail-left-out': '{{count}} lines after “{{rail}}” were taken for the page (other stories) and not imported (lines {{lines}})',
    'page-image-not-supplied': 'the page’s photo {{file}} was not picked with the page or is not beside it; imported without a photo',
    'page-image-unusable': 'the page’s photo {{file}} cannot be read or is not an image we accept; imported without a photo',
    'page-image-online': 'the page’s photo is only on the web ({{url}}) and was not downloaded; imported without a photo',
    'image-refused': 'the picture {{image}} in the document was not used as the featured image: it is not PNG, JPEG, GIF or WebP, or it is over {{mb}} MB or {{megapixels}} megapixels',
    'images-not-kept': '{{count}} other pictures in the document were not imported; the body holds no pictures, only the featured image'
  }
}

export const IMPORT_NOTE_WORDS = WORDS

export function importNoteText(language: Language, note: ImportNote): string {
  const values = note.params ?? {}
  return WORDS[language][note.note].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
