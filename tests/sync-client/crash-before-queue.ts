// A signed-in app in its own process that makes one change and is killed by the recorder's
// test-only crash point (REDAKSI_TEST_KILL_BEFORE_QUEUE) after the store has it and before the
// outbox does. Prints nothing on success: reaching the end means the crash point did not fire.
import { join } from 'node:path'
import { openRedaksi } from '../../src/main/redaksi'
import type { Channel } from '../../src/shared/ipc'

const [dataDir, channel, request] = process.argv.slice(2)
const redaksi = await openRedaksi(
  { storeDir: join(dataDir!, 'store'), settingsFile: join(dataDir!, 'settings.json') },
  { name: 'Redaksi', version: '0.0.0-test', transport: 'browser' },
  {},
  { background: false }
)
const result = await redaksi.dispatch(channel as Channel, JSON.parse(request!) as never)
process.stdout.write(`not killed: ${JSON.stringify(result).slice(0, 200)}\n`)
await redaksi.close()
