import { join } from 'node:path'
import { openRedaksi, type Redaksi } from '../../src/main/redaksi'
import { makeTempDir } from './temp-dir'

/** The real services over the store and settings in dataDir (as `--data-dir` lays them out). */
export function openRedaksiAt(dataDir: string): Promise<Redaksi> {
  return openRedaksi(
    { storeDir: join(dataDir, 'store'), settingsFile: join(dataDir, 'settings.json') },
    { name: 'Redaksi', version: '0.0.0-test', transport: 'browser' }
  )
}

/** The real services over a real store in a fresh temp folder. */
export async function openTestRedaksi(): Promise<Redaksi & { dataDir: string; dispose: () => Promise<void> }> {
  const dir = await makeTempDir()
  const redaksi = await openRedaksiAt(dir.path)
  // A fresh store writes its index once the folders' clock tick is over (decision 0101); done
  // here, so a test that snapshots the folder sees only what its own calls wrote.
  await redaksi.store.flush()
  return {
    ...redaksi,
    dataDir: dir.path,
    dispose: async () => {
      await redaksi.close()
      await dir.remove()
    }
  }
}
