import { parseArgs } from 'node:util'
import type { Article } from '../../../shared/article'
import type { SyncStatus } from '../../../shared/ipc'
import type { WorkflowAction } from '../../../shared/workflow'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withRedaksi } from '../context'
import { EXIT, UsageError } from '../io'
import { statusLine } from './sync-words'

const SUMMARIES: Record<string, string> = {
  submit: 'submit an article for review',
  'start-review': 'start reviewing a submitted article',
  return: 'return an article to its writer (with --note)',
  approve: 'approve an article under review',
  publish: 'mark an approved article published'
}

/**
 * `redaksi submit|start-review|return|approve|publish ID`: the same move the review desk makes,
 * as the signed-in account on a connected store (then synced at once, so a refusal is reported
 * here) and as the current local profile on a store without a server.
 */
function workflowCommand(action: WorkflowAction): Command {
  return {
    name: action,
    summary: SUMMARIES[action]!,
    help: `redaksi ${action} [--note TEXT] [--override-warnings] ID

${SUMMARIES[action]!.replace(/^./, (c) => c.toUpperCase())}. On a store signed in to a newsroom server you act as
that account and the move is sent to the server right away (it waits in the outbox when the
server cannot be reached); on a local store you act as the current profile.

  --note TEXT          a note for the history (required to return)
  --override-warnings  approve over house-style warnings
${COMMON_HELP}`,
    async run(argv, io) {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { ...COMMON_OPTIONS, note: { type: 'string' }, 'override-warnings': { type: 'boolean' } }
      })
      if (positionals.length !== 1) throw new UsageError('name exactly one article ID')
      return withRedaksi(argv, async (redaksi) => {
        const localId = redaksi.sync.replica.localIdOf(positionals[0]!)
        const current = await redaksi.dispatch('articles.get', { id: localId })
        if (!current.ok) {
          io.err(`${current.error.message}\n`)
          return EXIT.failed
        }
        const { rev } = current.value as Article
        const request = { id: localId, rev, action, ...(values.note === undefined ? {} : { note: values.note }), ...(values['override-warnings'] ? { overrideWarnings: true } : {}) }
        const moved = await redaksi.dispatch('workflow.transition', request)
        if (!moved.ok) {
          io.err(`${moved.error.message}\n`)
          for (const f of moved.error.findings ?? []) io.err(`  ${f.severity}\t${f.rule}\t${f.message}\n`)
          return EXIT.failed
        }
        const article = moved.value as Article
        io.out(`${redaksi.sync.replica.serverIdOf(article.id)}\t${article.status}\n`)
        if (!redaksi.sync.connected()) return EXIT.ok
        const synced = await redaksi.dispatch('sync.now', {})
        const status = synced.ok ? (synced.value as SyncStatus) : null
        if (!status) return EXIT.failed
        const serverId = redaksi.sync.replica.serverIdOf(article.id)
        const refused = status.problems.find((p) => p.articleId === serverId)
        if (refused) {
          io.err(`${refused.failure?.message ?? refused.state}\n`)
          return EXIT.failed
        }
        if (status.phase !== 'synced') io.err(`${statusLine(status, redaksi.settings.get().language)}\n`)
        return EXIT.ok
      })
    }
  }
}

export const workflowCommands: Command[] = (['submit', 'start-review', 'return', 'approve', 'publish'] as const).map(workflowCommand)
