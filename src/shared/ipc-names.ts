// The contract's channel and notice names as plain strings, for the two preloads. ipc.ts holds
// the request schemas, and with them zod, the body schema and ProseMirror: the sandboxed preload
// weighed 1 MB when it imported them to learn the names, 38 kB with these lists. The compiler
// keeps them whole (a channel added to the contract and missing here, or a name here the contract
// lacks, does not compile) and tests/contract/contract.test.ts holds them to the same order.
import type { Channel, Notice } from './ipc'

export const CHANNEL_NAMES = [
  'app.info',
  'app.closeReady',
  'settings.get',
  'settings.update',
  'articles.list',
  'articles.search',
  'articles.create',
  'articles.get',
  'articles.save',
  'articles.spike',
  'articles.discardEmpty',
  'articles.names',
  'articles.targets',
  'assets.put',
  'assets.get',
  'export.article',
  'export.content',
  'export.batch',
  'export.progress',
  'export.cancel',
  'import.text',
  'import.bundle',
  'desktop.chooseFolder',
  'desktop.openExported',
  'profiles.list',
  'profiles.save',
  'profiles.switch',
  'workflow.transition',
  'workflow.queue',
  'workflow.check',
  'notes.list',
  'notes.add',
  'notes.resolve',
  'articles.revisions',
  'articles.revision',
  'spelling.check',
  'articles.restoreRevision',
  'sync.status',
  'sync.login',
  'sync.logout',
  'sync.now',
  'sync.conflict',
  'sync.resolve',
  'sync.retry',
  'sync.discard',
  'sync.search',
  'sync.fetch',
  'sync.scope',
  'sync.setScope'
] as const satisfies readonly Channel[]

export const NOTICE_NAMES = ['article.opened', 'language.changed', 'menu.command', 'window.closing', 'articles.changed'] as const satisfies readonly Notice[]

// Every channel and notice of the contract is listed: a missing one makes `true` unassignable.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>
const _allChannels: Missing<Channel, (typeof CHANNEL_NAMES)[number]> = true
const _allNotices: Missing<Notice, (typeof NOTICE_NAMES)[number]> = true
void _allChannels
void _allNotices
