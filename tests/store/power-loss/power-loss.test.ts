// Durability beyond SIGKILL (issue 11). A SIGKILL keeps the kernel's page cache, so the crash
// trials in tests/store/crash*.test.ts would pass with every fsync removed. Here every
// file-system call the store makes over a script of every store operation (profiles, create,
// save, notes, submit, approve, restore, spike, unspike, empty trash) is recorded, every crash
// state a power cut may leave after each call is put on disk (crash-states.ts says which), and
// the real store, notes and profiles are reopened there (check.ts). Decision 0062.
import { beforeAll, describe, expect, test } from 'vitest'
import { checkRecording } from './check'
import { recordScript, type Recording } from './record'

/**
 * Every fsync site the script reaches, named by the durable-file primitive and the store code that
 * asked, with what removing it does: `caught` when the model then finds a lost or half-applied
 * acknowledged change, otherwise why the store does not need it.
 */
const SITES: Record<string, 'caught' | { notNeeded: string }> = {
  'writeTemp ← profiles-file.ts ProfilesFile.write': 'caught',
  'writeFileDurably ← profiles-file.ts ProfilesFile.write': 'caught',
  'mkdirDurably ← revisions.ts stageRevision': 'caught',
  'writeTemp ← revisions.ts stageRevision': 'caught',
  'writeFileDurably ← revisions.ts stageRevision': 'caught',
  'writeTemp ← store-core.ts StoreCore.commit': 'caught',
  'writeFileDurably ← store-core.ts StoreCore.commit': 'caught',
  'moveDurably (target folder) ← revision-log.ts RevisionLog.keepWith': 'caught',
  'moveDurably (source folder) ← revision-log.ts RevisionLog.keepWith': {
    notNeeded: 'a rename is atomic and durable with its target folder; undone, only the staged copy reappears in staging/, which the open settles'
  },
  'writeTemp ← note-store.ts NoteStore.write': 'caught',
  'writeFileDurably ← note-store.ts NoteStore.write': 'caught',
  'writeTemp ← revisions.ts writeRevision': 'caught',
  'writeFileDurably ← revisions.ts writeRevision': 'caught',
  'removeDurably ← placement.ts place': 'caught',
  'writeTemp ← tombstones.ts writeTombstone': 'caught',
  'writeFileDurably ← tombstones.ts writeTombstone': 'caught',
  'removeDurably ← trash.ts <anonymous>': 'caught',
  'removeTreeDurably ← revisions.ts removeRevisions': {
    notNeeded: 'undone, an emptied article’s revisions folder reappears beside its tombstone, and the open removes it (settle-emptied.ts)'
  }
}

let rec: Recording
const verdicts = new Map<string, string | null>()

beforeAll(async () => {
  rec = await recordScript()
}, 60_000)

describe('power loss after any call of any store operation', () => {
  test('the recorder follows every change the store makes, and each operation makes some', () => {
    expect(rec.unmodelled).toEqual([])
    expect(rec.drift).toEqual([])
    expect(rec.events.filter((e) => e.op < 0)).toEqual([])
    const silent = rec.names.filter((_, j) => rec.ends[j] === (j === 0 ? 0 : rec.ends[j - 1]))
    expect(silent).toEqual([])
  })

  test('every crash state opens with every acknowledged change whole, and nothing half-applied or set aside', async () => {
    const run = await checkRecording(rec, { cache: verdicts })
    expect(run.failures).toEqual([])
    // Every call is a crash point: the script is small enough that nothing is sampled.
    expect(run.points).toBe(rec.events.length + 1)
    expect(run.held).toBe(run.states)
  })

  test('removing any one fsync makes the model find a lost acknowledged change, but for two it explains', async () => {
    const reached = [...new Set(rec.events.flatMap((e) => (e.kind === 'fsync' ? [e.site] : [])))].sort()
    expect(reached).toEqual(Object.keys(SITES).sort())
    const outcome: Record<string, 'caught' | 'missed'> = {}
    for (const site of reached) {
      const run = await checkRecording(rec, { cache: verdicts, ignored: (s) => s === site, stopAtFirst: true })
      outcome[site] = run.failures.length > 0 ? 'caught' : 'missed'
    }
    const expected = Object.fromEntries(Object.entries(SITES).map(([site, verdict]) => [site, verdict === 'caught' ? 'caught' : 'missed']))
    expect(outcome).toEqual(expected)
  })
})
