// The command line writes wherever its user names (their own shell), but never into a pipe,
// device or folder, nor through a link, found at a name the export would take (decision 0075).
import { execFileSync } from 'node:child_process'
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { makeTempDir } from '../helpers/temp-dir'

const fixture = join(import.meta.dirname, '../fixtures/kompas-tv-putin-korea-utara.txt')
const NAME = 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari.txt'

describe('redaksi export over what is already there', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let elsewhere: Awaited<ReturnType<typeof makeTempDir>>
  let out: string
  let err: string
  let id: string
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const run = async (...argv: string[]): Promise<number> => {
    out = ''
    err = ''
    return runCli([...argv, '--store', join(temp.path, 'store'), '--data-dir', temp.path], io, {})
  }
  const exportTo = (dir: string) => run('export', '--format', 'text', '--out', dir, id)

  beforeEach(async () => {
    temp = await makeTempDir('redaksi-cli-targets-')
    // A folder well away from the data folder: the command line is not confined to it.
    elsewhere = await makeTempDir('redaksi-cli-elsewhere-')
    expect(await run('import', '--json', fixture)).toBe(0)
    id = (JSON.parse(out) as { id: string }[])[0]!.id
  })
  afterEach(async () => {
    await temp.remove()
    await elsewhere.remove()
  })

  it('writes into any folder its user names, and replaces a regular file of the same name', async () => {
    const dir = join(elsewhere.path, 'ekspor', 'baru')
    expect(await exportTo(dir)).toBe(0)
    expect(out).toBe(`${join(dir, NAME)}\n`)
    await writeFile(join(dir, NAME), 'versi lama')
    expect(await exportTo(dir)).toBe(0)
    expect((await readFile(join(dir, NAME), 'utf8')).startsWith('Putin Bakal Tiba')).toBe(true)
  })

  it('refuses a pipe at the name without opening it, and leaves it a pipe', async () => {
    execFileSync('mkfifo', [join(elsewhere.path, NAME)])
    expect(await exportTo(elsewhere.path)).toBe(1)
    expect(err).toBe(`redaksi export: ${join(elsewhere.path, NAME)} sudah ada dan bukan berkas biasa (folder, tautan, perangkat, atau pipa); tidak ada yang diekspor. Pindahkan dulu atau pilih folder lain.\n`)
    expect((await lstat(join(elsewhere.path, NAME))).isFIFO()).toBe(true)
    expect(await readdir(elsewhere.path)).toEqual([NAME])
  })

  it('refuses a link at the name, pointing at a file or nowhere, and writes through neither', async () => {
    await writeFile(join(elsewhere.path, 'milik-orang.txt'), 'jangan ditimpa')
    for (const [folder, target] of [
      ['ke-berkas', join(elsewhere.path, 'milik-orang.txt')],
      ['ke-hilang', join(elsewhere.path, 'tidak-ada.txt')]
    ] as const) {
      const dir = join(elsewhere.path, folder)
      await mkdir(dir)
      await symlink(target, join(dir, NAME))
      expect(await exportTo(dir), folder).toBe(1)
      expect(err).toContain('bukan berkas biasa')
      expect(await readlink(join(dir, NAME))).toBe(target)
    }
    expect(await readFile(join(elsewhere.path, 'milik-orang.txt'), 'utf8')).toBe('jangan ditimpa')
    await expect(lstat(join(elsewhere.path, 'tidak-ada.txt'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a folder at the name, and a pipe or device given as the folder itself', async () => {
    await mkdir(join(elsewhere.path, NAME))
    expect(await exportTo(elsewhere.path)).toBe(1)
    expect(err).toContain('bukan berkas biasa')
    execFileSync('mkfifo', [join(elsewhere.path, 'pipa')])
    for (const dir of [join(elsewhere.path, 'pipa'), '/dev/null']) {
      expect(await exportTo(dir), dir).toBe(1)
      expect(err).toBe(`redaksi export: Folder ${dir} tidak dapat ditulisi.\n`)
    }
    expect((await lstat(join(elsewhere.path, 'pipa'))).isFIFO()).toBe(true)
  })
})
