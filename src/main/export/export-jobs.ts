// Batch exports run in the background; the renderer polls them by job id (the browser transport
// has no push channel), and may cancel. Finished jobs are remembered a while for a last poll.
import { randomBytes } from 'node:crypto'
import type { ExportJobStatus as JobStatus } from '../../shared/exchange'
import type { ArticleStore } from '../store'
import { failure, failureData, isFailure, RedaksiFailure } from '../../shared/result'
import { runExport, type ExportRequest } from './run-export'

interface Job {
  status: JobStatus
  controller: AbortController
  finished: Promise<void>
}

const KEEP_FINISHED = 20

export class ExportJobs {
  private readonly jobs = new Map<string, Job>()

  constructor(
    private readonly store: ArticleStore,
    /** Told the files of every job that finished writing them. */
    private readonly onWritten: (files: readonly string[]) => void = () => {}
  ) {}

  start(request: ExportRequest): JobStatus {
    const id = randomBytes(8).toString('hex')
    const status: JobStatus = { job: id, state: 'running', done: 0, total: request.ids.length, files: [] }
    const controller = new AbortController()
    const finished = runExport(this.store, request, {
      signal: controller.signal,
      onProgress: (p) => Object.assign(status, p)
    }).then(
      (outcome) => {
        status.state = outcome.cancelled ? 'cancelled' : 'done'
        status.files = outcome.files
        this.onWritten(outcome.files)
      },
      (err: unknown) => {
        status.state = 'failed'
        // Data, not words: the dialog polling the job says it in its own language.
        status.error = failureData(isFailure(err) ? err.failure : failure('request.internal', { channel: 'export.batch' }))
      }
    )
    this.jobs.set(id, { status, controller, finished })
    this.forgetOld()
    return { ...status }
  }

  progress(id: string): JobStatus {
    return { ...this.get(id).status }
  }

  cancel(id: string): JobStatus {
    const job = this.get(id)
    job.controller.abort()
    return { ...job.status }
  }

  /** Resolves when the job has stopped, for callers that want to wait rather than poll. */
  async settled(id: string): Promise<JobStatus> {
    const job = this.get(id)
    await job.finished
    return { ...job.status }
  }

  private get(id: string): Job {
    const job = this.jobs.get(id)
    if (!job) throw new RedaksiFailure('export.unknown-job', { id })
    return job
  }

  private forgetOld(): void {
    const finished = [...this.jobs].filter(([, j]) => j.status.state !== 'running')
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id)
  }
}
