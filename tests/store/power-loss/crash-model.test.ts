// The recorder and the crash model on their own, over one durable write and one removal: what
// each POSIX rule lets a power cut leave, state by state.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { removeDurably, writeFileDurably } from '../../../src/main/files'
import { crashStates } from './crash-states'
import { FsRecorder } from './fs-recorder'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'redaksi-crashmodel-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Each state as "path=text" lines, temp files shown by their prefix only. */
const shown = (tree: Map<string, Buffer | null>): string[] =>
  [...tree].map(([path, data]) => `${path.replace(/\.tmp-.*/, '.tmp-*')}=${data === null ? 'dir' : data.toString('utf8')}`)

describe('the crash model', () => {
  test('a durable replace records temp create, write, fsync, rename, folder fsync', async () => {
    await writeFile(join(root, 'a.json'), 'old')
    const recorder = await FsRecorder.start(root)
    recorder.op = 0
    await writeFileDurably(join(root, 'a.json'), 'new')
    recorder.stop()
    expect(recorder.events.map((e) => e.kind)).toEqual(['create', 'write', 'fsync', 'rename', 'fsync'])
    expect(recorder.events.flatMap((e) => (e.kind === 'fsync' ? [e.site] : []))).toEqual(['writeTemp ← files', 'writeFileDurably ← files'])
    expect(recorder.unmodelled).toEqual([])
  })

  test('before the folder fsync the rename may be undone; once synced only the new bytes remain', async () => {
    await writeFile(join(root, 'a.json'), 'old')
    const recorder = await FsRecorder.start(root)
    recorder.op = 0
    await writeFileDurably(join(root, 'a.json'), 'new')
    recorder.stop()
    const { base, events } = recorder
    expect(crashStates(base, events, 0).map((s) => shown(s.tree))).toEqual([['a.json=old']])
    // Temp written but not synced: it may be empty, or missing altogether.
    expect(crashStates(base, events, 2).map((s) => shown(s.tree))).toEqual([['a.json=old'], ['.tmp-*=', 'a.json=old'], ['.tmp-*=new', 'a.json=old']])
    // Renamed, folder not synced: either name may be what the folder holds (the temp's bytes are synced).
    expect(crashStates(base, events, 4).map((s) => shown(s.tree))).toEqual([['a.json=old'], ['a.json=new'], ['.tmp-*=new', 'a.json=old']])
    expect(crashStates(base, events, 5).map((s) => shown(s.tree))).toEqual([['a.json=new']])
  })

  test('without the temp file’s fsync a power cut can leave the new name empty (ext4 zero-length after rename)', async () => {
    await writeFile(join(root, 'a.json'), 'old')
    const recorder = await FsRecorder.start(root)
    recorder.op = 0
    await writeFileDurably(join(root, 'a.json'), 'new')
    recorder.stop()
    const states = crashStates(recorder.base, recorder.events, 5, (site) => site.startsWith('writeTemp'))
    expect(states.map((s) => shown(s.tree))).toEqual([['a.json='], ['a.json=new']])
  })

  test('an unlink not followed by a folder fsync may come back', async () => {
    await writeFile(join(root, 'a.json'), 'kept')
    const recorder = await FsRecorder.start(root)
    recorder.op = 0
    await removeDurably(join(root, 'a.json'))
    recorder.stop()
    expect(crashStates(recorder.base, recorder.events, 1).map((s) => shown(s.tree))).toEqual([['a.json=kept'], []])
    expect(crashStates(recorder.base, recorder.events, 2).map((s) => shown(s.tree))).toEqual([[]])
  })
})
