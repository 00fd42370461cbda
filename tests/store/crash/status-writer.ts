// Child process of the status crash trials: creates articles, moves them between statuses, spikes
// and unspikes and restores them, as fast as it can, until it is SIGKILLed. Every one of these
// changes keeps a snapshot of the version it makes, so after any crash each article's current
// version must be among its revisions: the change and its snapshot land together or not at all.
// It prints `ack` after each change. Usage: node status-writer.ts <storeDir> <trialNo>, then `go`
// on stdin (kill-loop.ts starts the next trial's child early; it waits for its turn).
import { once } from 'node:events'
import { openArticleStore } from '../../../src/main/store'
import { crashDraft } from './crash-draft'

const [dir, trial] = process.argv.slice(2)
if (!dir || !trial) throw new Error('usage: status-writer <dir> <trial>')
await once(process.stdin, 'data')

const store = await openArticleStore(dir, { indexFlushDelayMs: 3 })
process.stdout.write('ready\n')
const NEXT = { draft: 'submitted', submitted: 'in-review', 'in-review': 'returned', returned: 'draft' } as const
for (let n = 1; ; n++) {
  const { items } = await store.list({ status: ['draft', 'submitted', 'in-review', 'returned'], limit: 50 })
  const pick = items[Math.floor(Math.random() * items.length)]
  const roll = Math.random()
  if (!pick || (items.length < 5 && roll < 0.3)) {
    await store.create(crashDraft(`${trial}.${n}`))
  } else if (roll < 0.1) {
    const spiked = await store.spike(pick.id, pick.rev, 'crash')
    await store.unspike(spiked.id, 'crash')
  } else if (roll < 0.2) {
    const [oldest] = (await store.listRevisions(pick.id)).slice(-1)
    if (oldest) await store.restoreRevision(pick.id, oldest.revId, pick.rev, 'crash')
  } else {
    const to = NEXT[pick.status as keyof typeof NEXT]
    await store.setStatus(pick.id, pick.rev, to, { actor: 'crash', action: `to-${to}` })
  }
  process.stdout.write('ack\n')
}
