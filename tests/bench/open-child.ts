// Opens a store in a fresh process and reports how long that took and the memory it holds, then
// does the same for the first search. Run by store.bench.ts; prints one JSON line.
import { openArticleStore } from '../../src/main/store'

const dir = process.argv[2]
if (!dir) throw new Error('usage: open-child <dir>')
const gc = (globalThis as { gc?: () => void }).gc
const t0 = performance.now()
const store = await openArticleStore(dir)
const openMs = performance.now() - t0
gc?.()
const rssAfterOpen = process.memoryUsage().rss
const t1 = performance.now()
const hits = await store.search('presiden jakarta')
const firstSearchMs = performance.now() - t1
gc?.()
const rssAfterSearch = process.memoryUsage().rss
const listed = (await store.list({ limit: 1 })).total
process.stdout.write(
  JSON.stringify({ openMs, rssAfterOpen, firstSearchMs, rssAfterSearch, listed, hits: hits.length, reread: store.openReport.reread }) + '\n'
)
process.exit(0) // skip close(): this process only measures; nothing was changed
