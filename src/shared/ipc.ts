import { z } from 'zod'
import {
  ArticleDraftSchema,
  StatusSchema,
  type Article,
  type ArticleSummary
} from './article'
import type { Result } from './result'

/**
 * The whole contract between the renderer and main, in one map: channel name → request schema
 * and response type. Main's handlers, the preload's `window.redaksi`, the browser bridge and the
 * `Window` typing are all derived from it, so nothing here is kept in sync by hand.
 */

/** Carries the response type without a runtime value, so the map stays plain data. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response
  })
}

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id berisi karakter yang tidak sah')
const Rev = z.number().int().nonnegative()

export const Language = z.enum(['id', 'en'])
export type Language = z.infer<typeof Language>

export interface AppInfo {
  name: string
  version: string
  storeDir: string
  transport: 'electron' | 'browser'
}

export interface Settings {
  language: Language
}

export interface ArticlePage {
  items: ArticleSummary[]
  total: number
}

export const contract = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  'settings.get': channel<Settings>()(z.object({}).strict()),
  'settings.update': channel<Settings>()(z.object({ language: Language.optional() }).strict()),
  'articles.list': channel<ArticlePage>()(
    z
      .object({
        status: StatusSchema.optional(),
        section: z.string().max(64).optional(),
        author: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().max(1_000_000).optional(),
        limit: z.number().int().positive().max(500).optional()
      })
      .strict()
  ),
  'articles.search': channel<ArticleSummary[]>()(
    z.object({ text: z.string().max(500), limit: z.number().int().positive().max(200).optional() }).strict()
  ),
  'articles.create': channel<Article>()(z.object({ draft: ArticleDraftSchema.partial().optional() }).strict()),
  'articles.get': channel<Article>()(z.object({ id: Id }).strict()),
  'articles.save': channel<Article>()(z.object({ id: Id, rev: Rev, draft: ArticleDraftSchema }).strict()),
  'articles.spike': channel<Article>()(z.object({ id: Id, rev: Rev }).strict())
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
/** The request as a handler sees it: validated and with defaults applied. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type ResponseOf<C extends Channel> = Contract[C]['response']

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** Main → renderer notices (the menu asks the UI to show something). Electron-only by nature. */
export const noticeSchemas = {
  'article.opened': z.object({ id: Id }),
  'language.changed': z.object({ language: Language })
} as const
export type Notice = keyof typeof noticeSchemas
export type NoticeOf<N extends Notice> = z.infer<(typeof noticeSchemas)[N]>
export const notices = Object.keys(noticeSchemas) as Notice[]

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never
type MethodsOf<N extends string> = {
  [C in Channel as C extends `${N}.${infer M}` ? M : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
}

/** `window.redaksi`: `articles.save` in the contract is `redaksi.articles.save(…)` here. */
export type RedaksiApi = { [N in Namespace<Channel>]: MethodsOf<N> } & {
  on<N extends Notice>(notice: N, listener: (payload: NoticeOf<N>) => void): () => void
}

/** One function both transports implement: Electron's ipcRenderer.invoke, or fetch to the host. */
export type Invoke = (channel: Channel, request: unknown) => Promise<Result<unknown>>
export type Subscribe = (notice: Notice, listener: (payload: unknown) => void) => () => void
