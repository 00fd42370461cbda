// `npm run bench`: every benchmark in turn. Add a line to BENCHES to add one.
import { exportBench } from './export.bench'
import { limitsBench } from './limits.bench'
import { searchBench } from './search.bench'
import { storeBench } from './store.bench'
import { syncBench } from './sync.bench'
import { typingBench } from './typing.bench'

const BENCHES: [string, () => Promise<unknown>][] = [
  ['store', storeBench],
  ['search', searchBench],
  ['export', exportBench],
  ['typing', typingBench],
  ['sync', syncBench],
  ['limits', limitsBench]
]

const only = process.argv[2]
for (const [name, run] of BENCHES) {
  if (only && only !== name) continue
  console.error(`\n▶ ${name}`)
  await run()
}
