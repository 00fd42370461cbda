// On a computer several people share, what Redaksi writes for itself is its user's alone: folders
// 0700 and files 0600 from the moment they exist, whatever the umask says.
import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SettingsFile } from '../../src/main/settings/settings-file'
import { openArticleStore } from '../../src/main/store'
import { NoteStore } from '../../src/main/workflow/note-store'
import { ProfilesFile } from '../../src/main/workflow/profiles-file'
import { makeTempDir } from '../helpers/temp-dir'
import { draft } from './helpers'

let temp: Awaited<ReturnType<typeof makeTempDir>>
let umask: number
beforeEach(async () => {
  temp = await makeTempDir('redaksi-modes-')
  // The usual desktop umask, which would give 0755 folders and 0644 files.
  umask = process.umask(0o022)
})
afterEach(async () => {
  process.umask(umask)
  await temp.remove()
})

async function modes(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      out[relative(root, path)] = `${entry.isDirectory() ? 'folder' : 'file'} ${((await stat(path)).mode & 0o777).toString(8)}`
      if (entry.isDirectory()) await walk(path)
    }
  }
  out['.'] = `folder ${((await stat(root)).mode & 0o777).toString(8)}`
  await walk(root)
  return out
}

it('creates the data folder, the store and everything in it readable by its user only', async () => {
  const data = join(temp.path, 'redaksi-data')
  const storeDir = join(data, 'store')
  const store = await openArticleStore(storeDir)
  const article = await store.create(draft({ headline: 'Harga Cabai Naik Jelang Iduladha' }))
  await store.save(article.id, article.rev, draft({ headline: 'Harga Cabai Naik Lagi Jelang Iduladha' }))
  await store.putAsset(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'foto.png')
  await new NoteStore(storeDir).add(article.id, 'Aprillia Ika', 'Sumber harga dari pasar mana?')
  await (await SettingsFile.open(join(data, 'settings.json'))).update({ outlet: 'KOMPAS.TV' })
  await (await ProfilesFile.open(join(data, 'profiles.json'))).list()
  const found = await modes(data)
  await store.close()

  const wrong = Object.entries(found).filter(([, mode]) => mode !== 'folder 700' && mode !== 'file 600')
  expect(wrong).toEqual([])
  // The walk saw what it should: the folders, an article, a revision, the image, a note, settings.
  expect(Object.keys(found).filter((p) => p.startsWith('store/articles/')).length).toBe(1)
  expect(Object.keys(found).some((p) => p.startsWith('store/revisions/') && p.endsWith('.json'))).toBe(true)
  expect(Object.keys(found).some((p) => p.startsWith('store/assets/') && p.endsWith('.png'))).toBe(true)
  expect(Object.keys(found).some((p) => p.startsWith('store/notes/') && p.endsWith('.json'))).toBe(true)
  expect(found['settings.json']).toBe('file 600')
})
