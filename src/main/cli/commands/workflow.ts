import { parseArgs } from 'node:util'
import type { Article } from '../../../shared/article'
import type { SyncStatus } from '../../../shared/ipc'
import type { WorkflowAction } from '../../../shared/workflow'
import { failureText, RedaksiFailure } from '../../../shared/result'
import type { Command } from '../command'
import { COMMON_OPTIONS, withRedaksi } from '../context'
import { EXIT } from '../io'
import { parseOptions } from '../parse-options'
import { failureLine, statusLine } from './sync-words'

const OPTIONS = { ...COMMON_OPTIONS, note: { type: 'string' }, 'override-warnings': { type: 'boolean' } } as const

/**
 * `redaksi submit|start-review|return|approve|publish ID`: the same move the review desk makes,
 * as the signed-in account on a connected store (then synced at once, so a refusal is reported
 * here) and as the current local profile on a store without a server.
 */
function workflowCommand(action: WorkflowAction & Command['name']): Command {
  return {
    name: action,
    async run(argv, io, language) {
      const { values, positionals } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }))
      if (positionals.length !== 1) throw new RedaksiFailure('cli.one-id')
      // A server article is stored under its server id, so the id the desk names is the local one.
      const id = positionals[0]!
      return withRedaksi({ argv, io, language }, async (redaksi) => {
        const current = await redaksi.dispatch('articles.get', { id })
        if (!current.ok) {
          io.err(failureLine(current.error, language))
          return EXIT.failed
        }
        const { rev } = current.value as Article
        const request = { id, rev, action, ...(values.note === undefined ? {} : { note: values.note }), ...(values['override-warnings'] ? { overrideWarnings: true } : {}) }
        const moved = await redaksi.dispatch('workflow.transition', request)
        if (!moved.ok) {
          io.err(failureLine(moved.error, language))
          for (const f of moved.error.findings ?? []) io.err(`  ${f.severity}\t${f.rule}\t${language === 'en' ? f.messageEn : f.message}\n`)
          return EXIT.failed
        }
        const article = moved.value as Article
        io.out(`${article.id}\t${article.status}\n`)
        if (!redaksi.sync.connected()) return EXIT.ok
        const synced = await redaksi.dispatch('sync.now', {})
        if (!synced.ok) {
          io.err(failureLine(synced.error, language))
          return EXIT.failed
        }
        const status = synced.value as SyncStatus
        const refused = status.problems.find((p) => p.articleId === article.id)
        if (refused) {
          io.err(`${refused.failure ? failureText(refused.failure, language) : refused.state}\n`)
          return EXIT.failed
        }
        if (status.phase !== 'synced') io.err(`${statusLine(status, language)}\n`)
        return EXIT.ok
      })
    }
  }
}

export const workflowCommands: Command[] = (['submit', 'start-review', 'return', 'approve', 'publish'] as const).map(workflowCommand)
