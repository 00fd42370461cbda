// The built `redaksi` command line in both languages, as real child processes: --lang, else
// REDAKSI_LANG, else LC_ALL, LC_MESSAGES, LANG (en* is English, anything else Indonesian). The
// exit codes are the same in either language.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/temp-dir'

const root = resolve(import.meta.dirname, '../..')
const bin = join(root, 'bin/redaksi.js')
const fixture = join(root, 'tests/fixtures/kompas-tv-putin-korea-utara.txt')
const FILE = 'kompas-tv-putin-korea-utara.txt'
const HEADLINE = 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari'
const MISSING = '01J0000000000000000000000Z'
const NO_LANGUAGE = { REDAKSI_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' }

// Words only Indonesian uses, for the parts of the output that are the command line's own.
const INDONESIAN = /\b(tidak|sudah|artikel|berkas|bukan|dengan|untuk|yang|ditemukan|pilih|dulu|perintah|opsi|sebutkan|jalankan|harus|atau|pemakaian|belum|tertaut|tersimpan|diimpor|peringatan)\b/i

interface Run {
  code: number | null
  out: string
  err: string
}

describe('the redaksi command line in Indonesian and English', () => {
  let dir: string
  let remove: () => Promise<void>
  let store: string

  const redaksi = (env: Record<string, string>, ...args: string[]): Run => {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...NO_LANGUAGE, ...env, HOME: dir, XDG_CONFIG_HOME: dir } })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }
  const en = (...args: string[]): Run => redaksi({}, ...args, '--lang', 'en')
  const id = (...args: string[]): Run => redaksi({}, ...args, '--lang', 'id')

  beforeAll(() => {
    if (!existsSync(join(root, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first')
  })
  beforeEach(async () => {
    const temp = await makeTempDir('redaksi-cli-lang-')
    dir = temp.path
    remove = temp.remove
    store = join(dir, 'store')
  })
  afterEach(async () => {
    await remove()
  })

  it('chooses the language from --lang, REDAKSI_LANG, LC_ALL, LC_MESSAGES, then LANG', () => {
    const english = 'redaksi: unknown command “terbitkan”.'
    const indonesian = 'redaksi: perintah “terbitkan” tidak dikenal.'
    const firstLine = (r: Run): string => r.err.split('\n')[0]!
    const cases: [Record<string, string>, string[], string][] = [
      [{}, [], indonesian],
      [{ LANG: 'en_US.UTF-8' }, [], english],
      [{ LANG: 'C.UTF-8' }, [], indonesian],
      [{ LANG: 'id_ID.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, [], english],
      [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' }, [], indonesian],
      [{ LC_MESSAGES: 'id_ID.UTF-8', LC_ALL: 'en_US.UTF-8' }, [], english],
      [{ LC_ALL: 'en_US.UTF-8', REDAKSI_LANG: 'id' }, [], indonesian],
      [{ REDAKSI_LANG: 'en' }, [], english],
      [{ REDAKSI_LANG: 'en' }, ['--lang', 'id'], indonesian],
      [{ LANG: 'id_ID.UTF-8' }, ['--lang=en'], english]
    ]
    for (const [env, flags, expected] of cases) {
      const r = redaksi(env, 'terbitkan', ...flags)
      expect(r.code, JSON.stringify(env)).toBe(2)
      expect(firstLine(r), `${JSON.stringify(env)} ${flags.join(' ')}`).toBe(expected)
    }
    const wrong = redaksi({ LANG: 'en_US.UTF-8' }, 'list', '--lang', 'fr')
    expect(wrong).toEqual({ code: 2, out: '', err: 'redaksi: --lang must be id or en, not “fr”.\n' })
  })

  it('explains itself in either language', () => {
    const english = en('--help')
    expect(english.code).toBe(0)
    expect(english.out.split('\n').slice(0, 3)).toEqual(["redaksi — Redaksi's command line (editor berita luring)", '', 'Usage: redaksi <command> [options]'])
    expect(english.out).toContain('  check         check articles against the house style\n')
    const indonesian = id('--help')
    expect(indonesian.code).toBe(0)
    expect(indonesian.out.split('\n').slice(0, 3)).toEqual(['redaksi — baris perintah Redaksi (editor berita luring)', '', 'Pemakaian: redaksi <perintah> [opsi]'])
    expect(indonesian.out).toContain('  check         periksa artikel terhadap gaya selingkung\n')
    for (const name of ['import', 'export', 'check', 'list', 'login', 'logout', 'sync', 'submit', 'return']) {
      const help = en(name, '--help')
      expect(help.code).toBe(0)
      expect(help.out).toContain('  --lang id|en     the output language (default: REDAKSI_LANG, then LC_ALL/LC_MESSAGES/LANG)\n')
      expect(help.out.replace(/“[^”]*”|"[^"]*"|berita luring/g, '')).not.toMatch(INDONESIAN)
      expect(id(name, '--help').out).toContain('  --lang id|en     bahasa keluaran (bawaan: REDAKSI_LANG, lalu LC_ALL/LC_MESSAGES/LANG)\n')
    }
  })

  it('says what is wrong with a command line in the asked language, with exit 2', () => {
    expect(en('export', '--format', 'pdf', '--out', dir, 'X')).toEqual({
      code: 2,
      out: '',
      err: 'redaksi export: --format must be html, text, ninjs, bundle or docx.\nRun "redaksi export --help" for its options.\n'
    })
    expect(id('export', '--format', 'pdf', '--out', dir, 'X')).toEqual({
      code: 2,
      out: '',
      err: 'redaksi export: --format harus html, text, ninjs, bundle atau docx.\nJalankan "redaksi export --help" untuk opsinya.\n'
    })
    expect(en('list', '--frobnicate').err).toBe('redaksi list: unknown option --frobnicate.\nRun "redaksi list --help" for its options.\n')
    expect(id('list', '--frobnicate').err).toBe('redaksi list: opsi --frobnicate tidak dikenal.\nJalankan "redaksi list --help" untuk opsinya.\n')
    expect(en('list', '--status', 'terbit').err).toBe(
      'redaksi list: unknown status “terbit”; one of: draft, submitted, in-review, returned, approved, published, spiked.\nRun "redaksi list --help" for its options.\n'
    )
    expect(en('export', '--format', 'html', '--out').code).toBe(2)
    expect(en('export', '--format', 'html', '--out').err).toBe('redaksi export: the option --out needs a value.\nRun "redaksi export --help" for its options.\n')
  })

  it('reports imports, duplicates and files that are not articles in the asked language, with exit 1', () => {
    const first = en('import', '--store', store, fixture)
    expect(first.code).toBe(0)
    expect(first.err).toBe(`${FILE}: 2 Baca Juga not yet linked to a stored article\n`)
    const articleId = first.out.trim()

    const again = en('import', '--store', store, fixture)
    expect(again).toEqual({
      code: 1,
      out: '',
      err: `${FILE}: “${HEADLINE}” is already stored (${articleId}); not imported. Use --on-duplicate replace or keep-both.\n`
    })
    expect(id('import', '--store', store, fixture).err).toBe(
      `${FILE}: “${HEADLINE}” sudah tersimpan (${articleId}); tidak diimpor. Pakai --on-duplicate replace atau keep-both.\n`
    )

    const junk = join(dir, 'catatan.txt')
    writeFileSync(junk, 'Daftar belanja\n\ntelur\n')
    const english = en('import', '--store', store, junk)
    expect(english.code).toBe(1)
    expect(english.err).toBe(
      'catatan.txt cannot be imported: it is not a Kompas plain-text article (no section line such as “Kompas dunia | 17 Juni 2024, 20:49 WIB” and no Penulis/Editor lines).\n'
    )
    expect(id('import', '--store', store, junk).err).toBe(
      'catatan.txt tidak dapat diimpor: bukan artikel berformat Kompas (tidak ada baris rubrik seperti “Kompas dunia | 17 Juni 2024, 20:49 WIB” maupun baris Penulis/Editor).\n'
    )
    const photo = join(dir, 'foto.txt')
    writeFileSync(photo, new Uint8Array([0xff, 0xd8, 0xff, 0x00]))
    expect(en('import', '--store', store, photo).err).toBe('foto.txt is not a text file: save the article as plain text (.txt) first.\n')
    expect(en('import', '--store', store, join(dir, 'tidak-ada.txt')).err).toBe(`${join(dir, 'tidak-ada.txt')} was not found.\n`)
  })

  it('prints the house-style check and a missing article in the asked language', () => {
    const articleId = en('import', '--store', store, fixture).out.trim()
    const english = en('check', '--store', store, articleId)
    expect(english.code).toBe(1)
    const lines = english.out.split('\n')
    expect(lines[0]).toBe(`${articleId}  ${HEADLINE}`)
    expect(lines[1]).toMatch(/^ {2}BLOCKING {2}day-matches-date {2}Caption: /)
    expect(lines.filter((l) => l.startsWith('  warning   baca-juga-target  Baca Juga '))).toHaveLength(2)
    const indonesian = id('check', '--store', store, articleId)
    expect(indonesian.code).toBe(1)
    expect(indonesian.out.split('\n')[1]).toBe('  BLOKIR      day-matches-date  Keterangan foto: 13/6/2023 jatuh pada hari Selasa, bukan Rabu.')

    expect(en('check', '--store', store, MISSING)).toEqual({ code: 1, out: '', err: `redaksi check: Article ${MISSING} was not found.\n` })
    expect(id('check', '--store', store, MISSING)).toEqual({ code: 1, out: '', err: `redaksi check: Artikel ${MISSING} tidak ditemukan.\n` })
    expect(en('export', '--store', store, '--format', 'html', '--out', join(dir, 'x'), articleId, MISSING)).toEqual({
      code: 1,
      out: '',
      err: `redaksi export: Article ${MISSING} was not found.\n`
    })
    expect(existsSync(join(dir, 'x'))).toBe(false)
  })
})
