// Files as the rest of main writes them: durably, one writer at a time, JSON only through a typed
// kind. The store builds on these; settings, profiles, notes, window state and exports use them too.
export {
  createFileDurably,
  fsyncDir,
  isTempFile,
  mkdirDurably,
  moveDurably,
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
  removeDurably,
  removeTreeDurably,
  TEMP_PREFIX,
  writeFileDurably
} from './durable-file'
export { JsonFile, type Inspection, type JsonFileKind, type JsonFileOptions, type OnDamage, type ReadResult, type Settled } from './json-file'
export { WriteQueue } from './write-queue'
