// Durability beyond SIGKILL (issue 11). A SIGKILL keeps the kernel's page cache, so the crash
// trials in tests/store/crash*.test.ts would pass with every fsync removed. Here every
// file-system call the store makes over a script of every store operation (profiles, create,
// save, notes, submit, approve, restore, spike, unspike, empty trash) is recorded, every crash
// state a power cut may leave after each call is put on disk (crash-states.ts says which), and
// the real store, notes and profiles are reopened there (check.ts). A second script records a new
// store's first open too. Decision 0062.
import { beforeAll, describe, expect, test } from 'vitest'
import { checkRecording } from './check'
import { SCRIPTS } from './desk'
import { recordScript, type Recording } from './record'

/**
 * Every fsync site the script reaches, named by the durable-file primitive and the store code that
 * asked, with what removing it does: `caught` when the model then finds a lost or half-applied
 * acknowledged change, otherwise why the store does not need it.
 */
const SITES: Record<string, 'caught' | { notNeeded: string }> = {
  'mkdirDurably ← open-store.ts openArticleStore': 'caught',
  'writeTemp ← store-lock.ts lockStore': { notNeeded: 'a lock lost or emptied by a power cut has no holder left: the open takes it over (unreadable, or written in an earlier boot)' },
  'createFileDurably ← store-lock.ts lockStore': { notNeeded: 'same: after a power cut no process holds the lock, so losing its name loses nothing' },
  'writeTemp ← index-file.ts writeIndexFile': { notNeeded: 'the index is a cache: an empty or missing one is rebuilt from the article files' },
  'writeFileDurably ← index-file.ts writeIndexFile': { notNeeded: 'same: the index is rebuilt from the article files' },
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

const recordings = new Map<string, { rec: Recording; verdicts: Map<string, string | null> }>()

beforeAll(async () => {
  for (const script of SCRIPTS) recordings.set(script.name, { rec: await recordScript(script), verdicts: new Map() })
}, 120_000)

describe.each(SCRIPTS.map((s) => s.name))('power loss after any call of %s', (name) => {
  test('the recorder follows every change the store makes, and each operation makes some', () => {
    const { rec } = recordings.get(name)!
    expect(rec.unmodelled).toEqual([])
    expect(rec.drift).toEqual([])
    expect(rec.events.filter((e) => e.op < 0)).toEqual([])
    const silent = rec.names.filter((_, j) => rec.ends[j] === (j === 0 ? 0 : rec.ends[j - 1]))
    expect(silent).toEqual([])
  })

  test('every crash state opens with every acknowledged change whole, and nothing half-applied or set aside', async () => {
    const { rec, verdicts } = recordings.get(name)!
    const run = await checkRecording(rec, { cache: verdicts })
    expect(run.failures).toEqual([])
    // Every call is a crash point: the script is small enough that nothing is sampled.
    expect(run.points).toBe(rec.events.length + 1)
    expect(run.held).toBe(run.states)
  })

})

test('removing any one fsync makes the model find a lost acknowledged change, but for those it explains', async () => {
  const all = [...recordings.values()]
  const reached = [...new Set(all.flatMap(({ rec }) => rec.events.flatMap((e) => (e.kind === 'fsync' ? [e.site] : []))))].sort()
  expect(reached).toEqual(Object.keys(SITES).sort())
  const outcome: Record<string, 'caught' | 'missed'> = {}
  for (const site of reached) {
    outcome[site] = 'missed'
    for (const { rec, verdicts } of all) {
      // Where the site is never reached, removing it changes nothing that was not judged already.
      if (!rec.events.some((e) => e.kind === 'fsync' && e.site === site)) continue
      const run = await checkRecording(rec, { cache: verdicts, ignored: (s) => s === site, stopAtFirst: true })
      if (run.failures.length === 0) continue
      outcome[site] = 'caught'
      break
    }
  }
  const expected = Object.fromEntries(Object.entries(SITES).map(([site, verdict]) => [site, verdict === 'caught' ? 'caught' : 'missed']))
  expect(outcome).toEqual(expected)
})
