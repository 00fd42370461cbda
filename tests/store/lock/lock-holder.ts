// A real second process holding a store: opens it, says so on stdout, and waits to be killed.
import { openArticleStore } from '../../../src/main/store'

const store = await openArticleStore(process.argv[2]!)
process.stdout.write(`open ${process.pid}\n`)
setInterval(() => void store, 60_000)
