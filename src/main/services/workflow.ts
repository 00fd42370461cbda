import type { Finding } from '../../shared/kompas/findings'
import { checkArticle } from '../../shared/kompas/check'
import { findingList } from '../../shared/kompas/finding-list'
import type { SettingsFile } from '../settings/settings-file'
import type { ArticleStore } from '../store'
import { checkContextFor } from '../workflow/check-context'
import { reviewQueue } from '../workflow/queue'
import { requireProfile, type Identity } from '../workflow/require-profile'
import { editorAfterApproval, planTransition } from '../workflow/transition'
import { RedaksiFailure } from '../../shared/result'
import type { Services } from './services'

type WorkflowChannels = Extract<keyof Services, `workflow.${string}`>

export function workflowServices(store: ArticleStore, settings: SettingsFile, profiles: Identity): Pick<Services, WorkflowChannels> {
  return {
    'workflow.transition': async ({ id, rev, action, note, overrideWarnings }) => {
      const profile = requireProfile(profiles)
      const article = await store.get(id)
      // Judge the version the user saw: a stale request is a conflict, not a verdict on old content.
      if (article.rev !== rev) throw new RedaksiFailure('store.conflict', { id, baseRev: rev, currentRev: article.rev })
      let findings: Finding[] | undefined
      if (action === 'submit' || action === 'approve') {
        // Approval fills an empty editor field, so judge the article as it will be stored.
        const editor = action === 'approve' ? editorAfterApproval(article, profile) : null
        const judged = editor ? { ...article, editor } : article
        findings = checkArticle(judged, await checkContextFor(store, judged, settings.get().headlineLimit))
      }
      const plan = planTransition({ article, profile, action, note, findings, overrideWarnings })
      const entry = { actor: profile.name, action: plan.historyAction, ...(plan.note === undefined ? {} : { note: plan.note }) }
      return store.setStatus(id, rev, plan.to, entry, plan.changes)
    },
    'workflow.queue': async () => ({ items: await reviewQueue(store) }),
    'workflow.check': async ({ id }) => {
      const article = await store.get(id)
      return findingList(checkArticle(article, await checkContextFor(store, article, settings.get().headlineLimit)))
    }
  }
}
