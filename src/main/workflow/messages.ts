// Main's refusals, in Indonesian like every other error main returns; the words come from the
// workflow i18n namespace so the renderer's labels and main's messages cannot drift apart.
import type { Status } from '../../shared/article'
import { app } from '../../shared/i18n/app'
import { workflow } from '../../shared/i18n/workflow'
import type { WorkflowAction } from '../../shared/workflow'

type Refusal = keyof typeof workflow.id.refusal

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

export function refusalText(kind: Refusal, values: { status?: Status; action?: WorkflowAction; passive?: boolean; count?: number; rules?: string } = {}): string {
  const verbs = values.passive ? workflow.id.passive : workflow.id.active
  return fill(workflow.id.refusal[kind], {
    ...(values.status ? { status: app.id.status[values.status] } : {}),
    ...(values.action ? { action: verbs[values.action] } : {}),
    ...(values.count !== undefined ? { count: values.count } : {}),
    ...(values.rules !== undefined ? { rules: values.rules } : {})
  })
}
