// The real `redaksi` command line, built by electron-vite (out/main/cli.js) and spawned the way a
// user runs it: node bin/redaksi.js … Runs after the build, with the e2e suite.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'

const root = resolve(import.meta.dirname, '../..')
const bin = join(root, 'bin/redaksi.js')
const fixture = join(root, 'tests/fixtures/kompas-tv-putin-korea-utara.txt')
const SLUG = 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari'

/** No language asked for anywhere: the command line speaks Indonesian. */
const INDONESIAN_ENV = { REDAKSI_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' }

interface Run {
  code: number | null
  out: string
  err: string
}

describe('the redaksi command line', () => {
  let dir: string
  let remove: () => Promise<void>
  let store: string

  const redaksi = (...args: string[]): Run => {
    // HOME and XDG point into the temp folder so no test can touch a real user's store; the
    // language is pinned to the default (Indonesian) whatever the machine's locale.
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...INDONESIAN_ENV, HOME: dir, XDG_CONFIG_HOME: dir } })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }
  const withStore = (...args: string[]): Run => redaksi(...args, '--store', store)

  beforeAll(() => {
    if (!existsSync(join(root, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first')
  })
  beforeEach(async () => {
    const temp = await makeTempDir('redaksi-cli-')
    dir = temp.path
    remove = temp.remove
    store = join(dir, 'store')
  })
  afterEach(async () => {
    await remove()
  })

  it('explains itself: redaksi --help and every command’s --help', () => {
    const top = redaksi('--help')
    expect(top.code).toBe(0)
    for (const name of ['import', 'export', 'check', 'list']) {
      expect(top.out).toContain(name)
      const help = redaksi(name, '--help')
      expect(help.code).toBe(0)
      expect(help.out).toContain(`redaksi ${name}`)
      expect(help.out).toContain('--store DIR')
    }
    const none = redaksi()
    expect(none.code).toBe(2)
    expect(none.err).toContain('Pemakaian: redaksi <perintah> [opsi]')
    expect(redaksi('terbitkan').code).toBe(2)
  })

  it('imports the fixture, lists it and exports it back byte for byte', () => {
    const imported = withStore('import', fixture)
    expect(imported.code, imported.err).toBe(0)
    const id = imported.out.trim()
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)

    const list = withStore('list')
    expect(list.out).toBe(`${id}\tdraft\tdunia\tPutin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari\n`)
    expect(JSON.parse(withStore('list', '--json', '--status', 'draft').out)).toMatchObject([{ id, status: 'draft' }])
    expect(JSON.parse(withStore('list', '--json', '--status', 'approved').out)).toEqual([])

    const out = join(dir, 'teks')
    const exported = withStore('export', '--format', 'text', '--out', out, id)
    expect(exported.code, exported.err).toBe(0)
    expect(exported.out.trim()).toBe(join(out, `${SLUG}.txt`))
    const original = readFileSync(fixture, 'utf8').split('\n')
    const expected = `${original.slice(2, -3).join('\n')}\n`
    expect(readFileSync(join(out, `${SLUG}.txt`), 'utf8')).toBe(expected)
  })

  it('imports a Word document, exports it as .docx and reads that back; a renamed text is refused in words', () => {
    const word = join(root, 'tests/fixtures/word/gempa-cianjur-word.docx')
    const headline = 'Gempa M 5,6 Guncang Cianjur, BMKG Minta Warga Waspada & Jauhi Bangunan Retak'
    const imported = withStore('import', word)
    expect(imported.code, imported.err).toBe(0)
    const id = imported.out.trim()
    const out = join(dir, 'word')
    const exported = withStore('export', '--format', 'docx', '--out', out, id)
    expect(exported.code, exported.err).toBe(0)
    const file = join(out, 'gempa-m-5-6-guncang-cianjur-bmkg-minta-warga-waspada-jauhi-bangunan-retak.docx')
    expect(exported.out).toBe(`${file}\n`)
    const back = withStore('import', '--json', '--on-duplicate', 'keep-both', file)
    expect(back.code, back.err).toBe(0)
    expect(JSON.parse(back.out)).toMatchObject([{ headline }])
    expect(withStore('list').out.split('\n').filter((l) => l.endsWith(`\tdraft\tregional\t${headline}`))).toHaveLength(2)

    const renamed = join(dir, 'naskah.docx')
    copyFileSync(fixture, renamed)
    const refused = withStore('import', renamed)
    expect(refused.code).toBe(1)
    expect(refused.err).toBe('naskah.docx bukan dokumen Word (.docx): berkasnya sama sekali bukan paket zip, mungkin berkas lain yang diganti namanya.\n')
  })

  it('prints {id, headline} with --json, and refuses a second import of the same article', () => {
    const first = withStore('import', '--json', fixture)
    expect(JSON.parse(first.out)).toMatchObject([{ headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari' }])
    const again = withStore('import', fixture)
    expect(again.code).toBe(1)
    expect(again.err).toContain('--on-duplicate')
    expect(withStore('import', '--on-duplicate', 'keep-both', fixture).code).toBe(0)
    expect(withStore('list').out.trim().split('\n')).toHaveLength(2)
  })

  it('reports a file that is not an article on stderr and stores nothing', () => {
    const junk = join(dir, 'catatan.txt')
    writeFileSync(junk, 'Daftar belanja\n\ntelur\n')
    const r = withStore('import', junk)
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toContain('catatan.txt tidak dapat diimpor')
    expect(withStore('list').out).toBe('')
  })

  it('exports every format, and all approved articles as HTML with an index', async () => {
    const id = withStore('import', fixture).out.trim()
    const other = withStore('import', '--on-duplicate', 'keep-both', fixture).out.trim()
    const s = await openArticleStore(store)
    for (const each of [id, other]) {
      const a = await s.get(each)
      await s.setStatus(each, a.rev, 'approved', { actor: 'test', action: 'approve' })
    }
    await s.close()

    for (const [format, ext] of [['html', '.html'], ['text', '.txt'], ['ninjs', '.ninjs.json'], ['bundle', '.redaksi']] as const) {
      const out = join(dir, format)
      const r = withStore('export', '--format', format, '--out', out, id)
      expect(r.code, r.err).toBe(0)
      expect(readdirSync(out)).toEqual([`${SLUG}${ext}`])
    }
    const approved = join(dir, 'disetujui')
    const r = withStore('export', '--format', 'html', '--out', approved, '--status', 'approved')
    expect(r.code, r.err).toBe(0)
    expect(readdirSync(approved).sort()).toEqual([`${SLUG}-${id.slice(-6).toLowerCase()}.html`, `${SLUG}-${other.slice(-6).toLowerCase()}.html`, 'index.html'].sort())
  })

  it('fails whole: an unknown id writes nothing, a usage mistake exits 2', () => {
    const id = withStore('import', fixture).out.trim()
    const out = join(dir, 'ekspor')
    const r = withStore('export', '--format', 'html', '--out', out, id, '01J0000000000000000000000Z')
    expect(r.code).toBe(1)
    expect(r.err).toContain('01J0000000000000000000000Z')
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    expect(withStore('export', '--format', 'pdf', '--out', out, id).code).toBe(2)
    expect(withStore('export', '--format', 'html', id).code).toBe(2)
    expect(withStore('list', '--status', 'terbit').code).toBe(2)
  })

  it('checks house style and exits 1 on a blocking finding', () => {
    const id = withStore('import', fixture).out.trim()
    const r = withStore('check', id)
    expect(r.code).toBe(1)
    expect(r.out).toContain('day-matches-date')
    const json = JSON.parse(withStore('check', '--json', id).out) as { id: string; findings: { rule: string; severity: string }[] }[]
    expect(json[0]?.findings).toContainEqual(expect.objectContaining({ rule: 'day-matches-date', severity: 'blocking' }))

    const fixed = join(dir, 'benar.txt')
    writeFileSync(fixed, readFileSync(fixture, 'utf8').replace('Rabu, (13/6/2023)', 'Selasa, (13/6/2023)').replace('Putin Bakal', 'Putin Akan'))
    const good = withStore('import', fixed).out.trim()
    const ok = withStore('check', good)
    expect(ok.code, ok.out).toBe(0)
  })

  it('says to build first when out/ is missing', () => {
    const copy = join(dir, 'checkout')
    mkdirSync(join(copy, 'bin'), { recursive: true })
    copyFileSync(bin, join(copy, 'bin/redaksi.js'))
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(copy, 'bin/redaksi.js'), 'list'], { encoding: 'utf8', env: { ...process.env, ...INDONESIAN_ENV, ...env } })
    const indonesian = run({})
    expect(indonesian.status).toBe(1)
    expect(indonesian.stderr).toBe('redaksi: out/main/cli.js tidak ada: jalankan npm run build dulu.\n')
    const english = run({ LANG: 'en_GB.UTF-8' })
    expect(english.status).toBe(1)
    expect(english.stderr).toBe('redaksi: out/main/cli.js is missing: run npm run build first.\n')
  })
})
