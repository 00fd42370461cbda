// Every failure has words in both languages, with the same values named, and the English words
// are English: no Indonesian sentence in the English UI, and no English fragment in the Indonesian.
import { describe, expect, it } from 'vitest'
import { FAILURE_REASONS, type FailureReason } from '../../src/shared/failures'
import { cli } from '../../src/shared/i18n/cli'
import { FAILURE_WORDS } from '../../src/shared/i18n/failures'
import { IMPORT_NOTE_WORDS } from '../../src/shared/i18n/import-notes'
import { IMPORT_NOTES } from '../../src/shared/exchange'
import { failure, failureText, inLanguage, ISSUE_KINDS } from '../../src/shared/result'

const placeholders = (template: string): string[] => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()

// Words only Indonesian uses (none is an English word, a name or a loan the English text keeps).
const INDONESIAN = /\b(tidak|sudah|artikel|berkas|bukan|dengan|untuk|yang|ditemukan|rusak|gambar|penyimpanan|dibuat|lebih|dapat|harus|pilih|catatan|profil|dulu|atau|belum|simpan|diimpor|kosong|judul|isi|permintaan|saluran|sesi|akun|kata|sandi|masuk|lagi|hanya|pengaturan|perintah|opsi|sebutkan|wajib|tertaut)\b/i
// Words only English uses.
const ENGLISH = /\b(the|is|not|was|cannot|found|file|article|store|must|unknown|please|only|could|already|first|again)\b/i

// Values a template names, as a caller would give them (status and action are put in words).
const sample = (template: string): Record<string, string | number> =>
  Object.fromEntries(placeholders(template).map((key) => [key, key === 'status' ? 'published' : key === 'action' ? 'approve' : key === 'count' || key === 'max' || key === 'min' ? 3 : 'X1']))

describe('the words of every failure', () => {
  it.each(FAILURE_REASONS)('%s has words in both languages naming the same values', (reason) => {
    const id = FAILURE_WORDS.id.reason[reason]
    const en = FAILURE_WORDS.en.reason[reason]
    expect(id.trim()).not.toBe('')
    expect(en.trim()).not.toBe('')
    expect(id).not.toBe(en)
    expect(placeholders(en)).toEqual(placeholders(id))
  })

  it.each(FAILURE_REASONS)('%s in English has no Indonesian word, and in Indonesian no English one', (reason: FailureReason) => {
    const params = sample(FAILURE_WORDS.id.reason[reason])
    const f = failure(reason, params)
    const english = inLanguage(f, 'en').message
    const indonesian = inLanguage(f, 'id').message
    expect(english).not.toMatch(INDONESIAN)
    expect(indonesian).not.toMatch(ENGLISH)
    expect(english).not.toMatch(/\{\{/)
    expect(indonesian).not.toMatch(/\{\{/)
  })

  it('words an issue kind in both languages with the same values', () => {
    for (const kind of ISSUE_KINDS) {
      expect(FAILURE_WORDS.id.issue[kind].trim()).not.toBe('')
      expect(placeholders(FAILURE_WORDS.en.issue[kind])).toEqual(placeholders(FAILURE_WORDS.id.issue[kind]))
    }
  })

  it('words an issue with its place in the asker’s language', () => {
    const f = failure('request.invalid', { channel: 'settings.update' }, { issues: [{ at: { field: 'request', path: ['headlineLimit'] }, kind: 'too-big', params: { max: 300 } }] })
    expect(failureText(f, 'id')).toBe('Permintaan settings.update tidak sah. headlineLimit: terlalu besar (maks. 300)')
    expect(failureText(f, 'en')).toBe('The settings.update request is not valid. headlineLimit: is too large (max. 300)')
  })

  it('puts a status and an action in the asker’s words', () => {
    const f = failure('workflow.illegal', { status: 'published', action: 'spike' })
    expect(f.message).toBe('Artikel berstatus Terbit tidak dapat dibuang.')
    expect(inLanguage(f, 'en')).toEqual({ code: 'invalid-request', reason: 'workflow.illegal', params: { status: 'published', action: 'spike' }, message: 'An article that is Published cannot be spiked.' })
  })

  it('has the import notes and the command line’s words in both languages with the same values', () => {
    for (const note of IMPORT_NOTES) {
      expect(placeholders(IMPORT_NOTE_WORDS.en[note])).toEqual(placeholders(IMPORT_NOTE_WORDS.id[note]))
      expect(IMPORT_NOTE_WORDS.en[note]).not.toMatch(INDONESIAN)
    }
    const flat = (o: object, prefix = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v as object, `${prefix}${k}.`)))
    const en = new Map(flat(cli.en))
    for (const [key, id] of flat(cli.id)) {
      expect(en.has(key), key).toBe(true)
      expect(placeholders(en.get(key)!), key).toEqual(placeholders(id))
    }
  })
})
