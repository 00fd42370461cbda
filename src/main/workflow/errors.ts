// Refusals the services throw. dispatch passes `code` and `issues` through, so the renderer gets
// a typed error that lists what to fix instead of a bare message.
export type WorkflowErrorCode = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'damaged'

export interface ErrorIssue {
  path: string
  message: string
}

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError'
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly issues?: ErrorIssue[]
  ) {
    super(message)
  }
}
