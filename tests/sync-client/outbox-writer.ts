// A child process that queues saves as fast as it can and prints each acknowledgement; the test
// kills it with SIGKILL mid-stream and checks that everything acknowledged survived.
import { Outbox } from '../../src/main/sync/outbox'
import { draft } from './drafts'

const [file, articles] = process.argv.slice(2)
const outbox = await Outbox.open(file!)
for (let i = 0; ; i++) {
  const articleId = `01J0000000000000000000000${String.fromCharCode(65 + (i % Number(articles)))}`
  // Marking each one sent keeps saves from coalescing, so every acknowledgement is its own entry.
  const entry = await outbox.enqueue({ kind: 'article.save', articleId, baseRev: 1, payload: { draft: draft(`Judul ${i}`) } })
  await outbox.markSent([entry.change.id])
  process.stdout.write(`acked ${i} ${entry.change.id}\n`)
}
