// Child process of the crash trials: opens the store, then creates and saves articles as fast as
// it can, printing `intent` before and `ack` after every operation, until it is SIGKILLed.
// Usage: node --import tsx crash-writer.ts <storeDir> <trialNo>
import { openArticleStore } from '../../../src/main/store'
import { crashDraft } from './crash-draft'

const [dir, trial] = process.argv.slice(2)
if (!dir || !trial) throw new Error('usage: crash-writer <dir> <trial>')

const say = (line: string): void => {
  // Pipes are synchronous on POSIX: once this returns the parent will read the line, kill or not.
  process.stdout.write(`${line}\n`)
}

const store = await openArticleStore(dir, { indexFlushDelayMs: 3, revisionIntervalMs: 20 })
const revs = new Map<string, number>()
for (const s of (await store.list({ status: ['draft', 'submitted'], limit: 500 })).items) revs.set(s.id, s.rev)
say('ready')

let n = 0
for (;;) {
  n++
  const token = `${trial}.${n}`
  const ids = [...revs.keys()]
  const pick = ids[Math.floor(Math.random() * ids.length)]
  if (!pick || (ids.length < 6 && Math.random() < 0.3)) {
    say(`intent create - ${token}`)
    const a = await store.create(crashDraft(token))
    revs.set(a.id, a.rev)
    say(`ack create ${a.id} ${a.rev} ${token}`)
  } else {
    say(`intent save ${pick} ${token}`)
    const a = await store.save(pick, revs.get(pick) ?? 0, crashDraft(token))
    revs.set(a.id, a.rev)
    say(`ack save ${a.id} ${a.rev} ${token}`)
  }
  // Now and then go idle long enough for the index to be flushed, so kills land there too.
  if (Math.random() < 0.15) await new Promise((r) => setTimeout(r, 4 + Math.random() * 6))
}
