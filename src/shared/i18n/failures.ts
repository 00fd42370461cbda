// A failure in words: the templates of each language (failures-id.ts, failures-en.ts, both typed
// against the one list in ../failures.ts) filled with the failure's values, statuses and actions
// named in the same language.
import type { FailureReason } from '../failures'
import type { FailureIssue, FailureParams } from '../result'
import type { Location } from '../location'
import { app } from './app'
import { workflow } from './workflow'
import type { FailureWords } from './failure-words'
import { en } from './failures-en'
import { id } from './failures-id'

export type Language = 'id' | 'en'

const WORDS: Record<Language, FailureWords> = { id, en }

/** The templates themselves, for the test that holds both languages to the same placeholders. */
export const FAILURE_WORDS: Readonly<Record<Language, FailureWords>> = WORDS

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/** Params with a status or an action put in the language's words (and its verb forms). */
function localParams(language: Language, params: FailureParams = {}): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params }
  const status = params.status
  if (typeof status === 'string' && status in app[language].status) out.status = app[language].status[status as keyof typeof app.id.status]
  const action = params.action
  if (typeof action === 'string' && action in workflow[language].passive) {
    const a = action as keyof typeof workflow.id.passive
    out.passive = workflow[language].passive[a]
    out.active = workflow[language].active[a]
    out.action = workflow[language].action[a]
  }
  return out
}

/** Where an issue is, in words: the field's dotted name, "isi, blok 3", or the request path. */
export function locationWords(language: Language, at: Location): string {
  if (at.field === 'request') return at.path.join('.') || WORDS[language].at.request!
  if (at.field === 'body') return fill(WORDS[language].at.body!, { block: at.block + 1 })
  return at.field
}

interface Unworded {
  reason: FailureReason
  params?: FailureParams
  issues?: Omit<FailureIssue, 'message'>[]
}

/** What is wrong with one part of the input, without saying where (for a form that shows it at the field). */
export function issueWords(language: Language, issue: Pick<FailureIssue, 'kind' | 'params'>): string {
  return fill(WORDS[language].issue[issue.kind], localParams(language, issue.params))
}

/** The message of a failure and of each of its issues, in `language`. */
export function failureWords(language: Language, f: Unworded): { message: string; issues?: FailureIssue[] } {
  const words = WORDS[language]
  const message = fill(words.reason[f.reason], localParams(language, f.params))
  if (!f.issues) return { message }
  return {
    message,
    issues: f.issues.map((issue) => ({
      ...issue,
      message: `${locationWords(language, issue.at)}: ${issueWords(language, issue)}`
    }))
  }
}
