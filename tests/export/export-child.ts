// A real export in its own process, for tests/export/interrupted-export.test.ts to kill: every
// approved article of the store at argv[2] to HTML with index.html in argv[3], images copied.
import { listAllSummaries, openArticleStore } from '../../src/main/store'
import { runExport } from '../../src/main/export/run-export'

const [storeDir, outDir] = process.argv.slice(2) as [string, string]
const store = await openArticleStore(storeDir)
const ids = (await listAllSummaries(store, { status: 'approved' })).map((s) => s.id)
await runExport(store, { ids, format: 'html', image: 'copy', index: true, outDir })
await store.close()
process.stdout.write('done\n')
