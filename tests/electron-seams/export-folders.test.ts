// The desktop app's export doors at the services seam, over real folders: a folder is accepted
// only after the dialog returned it in this session, and "open in the browser" opens only pages an
// export wrote. The dialog and the system browser are the parts Electron would supply.
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRedaksi, type Redaksi } from '../../src/main/redaksi'
import type { DesktopHooks } from '../../src/main/services/desktop'
import { makeTempDir, snapshotTree } from '../helpers/temp-dir'

interface Desk {
  redaksi: Redaksi
  /** What the next dialog returns (null: cancelled). */
  nextChoice: string | null
  opened: string[]
}

describe('desktop export folders', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let desk: Desk
  let id: string
  const chosen = (): string => join(temp.path, 'dipilih')
  const other = (): string => join(temp.path, 'lain')

  beforeEach(async () => {
    temp = await makeTempDir('redaksi-desktop-export-')
    await mkdir(chosen())
    await mkdir(other())
    await writeFile(join(other(), 'ada.txt'), 'milik orang lain')
    const hooks: DesktopHooks = {
      chooseFolder: async () => desk.nextChoice,
      openInBrowser: async (path) => (desk.opened.push(path), true)
    }
    const redaksi = await openRedaksi(
      { storeDir: join(temp.path, 'data', 'store'), settingsFile: join(temp.path, 'data', 'settings.json') },
      { name: 'Redaksi', version: '0.0.0-test', transport: 'electron' },
      { desktop: hooks }
    )
    desk = { redaksi, nextChoice: null, opened: [] }
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Banjir Rendam Jakarta Timur' } })
    if (!created.ok) throw new Error(created.error.message)
    id = (created.value as { id: string }).id
  })
  afterEach(async () => {
    await desk.redaksi.close()
    await temp.remove()
  })

  const exportTo = (outDir: string, format: 'html' | 'text' = 'html') => desk.redaksi.dispatch('export.article', { id, format, outDir })
  const choose = async (folder: string | null): Promise<unknown> => {
    desk.nextChoice = folder
    const result = await desk.redaksi.dispatch('desktop.chooseFolder', {})
    return result.ok ? result.value : result
  }

  it('tells the renderer it has no files folder: exports go where the dialog points', async () => {
    expect(await desk.redaksi.dispatch('app.info', {})).toMatchObject({ ok: true, value: { transport: 'electron', filesDir: null } })
  })

  it('refuses every folder the dialog did not return, with one answer whether it exists or not', async () => {
    const before = await snapshotTree(temp.path)
    const refusal = {
      ok: false,
      error: {
        code: 'forbidden',
        reason: 'export.folder-not-chosen',
        message: 'Pilih foldernya dengan “Pilih folder…”: Redaksi hanya mengekspor ke folder yang dipilih lewat dialog sistem.'
      }
    }
    // Before any dialog, then after a dialog that was cancelled, then after one that chose another folder.
    expect(await exportTo(chosen())).toEqual(refusal)
    expect(await choose(null)).toBe(null)
    expect(await exportTo(chosen())).toEqual(refusal)
    expect(await choose(chosen())).toBe(chosen())
    for (const outDir of [other(), join(temp.path, 'tidak-ada'), join(chosen(), 'sub'), join(chosen(), '..', 'lain'), 'dipilih', '/etc', temp.path]) {
      expect(JSON.stringify(await exportTo(outDir)), outDir).toBe(JSON.stringify(refusal))
    }
    expect(await desk.redaksi.dispatch('export.batch', { ids: [id], outDir: other() })).toEqual(refusal)
    expect(await snapshotTree(temp.path)).toEqual(before)
  })

  it('writes into the folder the dialog returned, and opens only the pages it wrote', async () => {
    await choose(chosen())
    const written = await exportTo(join(chosen(), '.'))
    expect(written).toEqual({ ok: true, value: { files: [join(chosen(), 'banjir-rendam-jakarta-timur.html')] } })
    const page = join(chosen(), 'banjir-rendam-jakarta-timur.html')
    expect(await desk.redaksi.dispatch('desktop.openExported', { path: page })).toEqual({ ok: true, value: true })
    expect(desk.opened).toEqual([page])

    const text = await exportTo(chosen(), 'text')
    expect(text).toEqual({ ok: true, value: { files: [join(chosen(), 'banjir-rendam-jakarta-timur.txt')] } })
    await writeFile(join(chosen(), 'bukan-ekspor.html'), '<p>ditaruh orang lain</p>')
    await writeFile(join(other(), 'lain.html'), '<p>di luar</p>')
    const notExported = {
      ok: false,
      error: { code: 'forbidden', reason: 'export.not-exported', message: 'Hanya halaman yang diekspor dalam sesi ini yang dapat dibuka dari sini.' }
    }
    for (const path of [join(chosen(), 'banjir-rendam-jakarta-timur.txt'), join(chosen(), 'bukan-ekspor.html'), join(other(), 'lain.html'), '/etc/passwd', 'banjir-rendam-jakarta-timur.html', join(chosen(), 'x', '..', 'bukan-ekspor.html')]) {
      expect(await desk.redaksi.dispatch('desktop.openExported', { path }), path).toEqual(notExported)
    }
    // An exported page swapped for a link afterwards is no longer the page that was written.
    await rm(page)
    await symlink(join(other(), 'lain.html'), page)
    expect(await desk.redaksi.dispatch('desktop.openExported', { path: page })).toEqual(notExported)
    expect(desk.opened).toEqual([join(chosen(), 'banjir-rendam-jakarta-timur.html')])
  })

  it('opens the index of a batch job once the job has written it', async () => {
    await choose(chosen())
    const started = await desk.redaksi.dispatch('export.batch', { ids: [id], outDir: chosen() })
    if (!started.ok) throw new Error(started.error.message)
    let status = started.value as { job: string; state: string; files: string[] }
    while (status.state === 'running') {
      await new Promise((done) => setTimeout(done, 10))
      const polled = await desk.redaksi.dispatch('export.progress', { job: status.job })
      if (polled.ok) status = polled.value as typeof status
    }
    expect(status.state).toBe('done')
    expect((await readdir(chosen())).sort()).toEqual(['banjir-rendam-jakarta-timur.html', 'index.html'])
    expect(await desk.redaksi.dispatch('desktop.openExported', { path: join(chosen(), 'index.html') })).toEqual({ ok: true, value: true })
    expect(await readFile(join(other(), 'ada.txt'), 'utf8')).toBe('milik orang lain')
  })
})
