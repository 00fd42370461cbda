import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { makeTempDir } from '../helpers/temp-dir'
import { ProfilesFile } from '../../src/main/workflow/profiles-file'

const root = resolve(import.meta.dirname, '../..')
const hostEntry = resolve(root, 'out/main/browser-host.js')

export interface RunningHost {
  /** The address that opens the app in a browser not yet signed in; it changes once used. */
  readonly url: string
  origin: string
  dataDir: string
  stop(): Promise<void>
}

/** The desk profile a test's data folder starts with, none of them chosen, so no first run is asked for. */
export const DESK_PROFILE = { name: 'Meja Uji', initials: 'MU', role: 'penulis' } as const

/**
 * Past the first run (decision 0076): the data folder holds one profile, none of them current, so
 * the app opens on its list as before and nothing is done in anyone's name until a test says so.
 */
async function seedDeskProfile(dataDir: string): Promise<void> {
  const profiles = await ProfilesFile.open(join(dataDir, 'profiles.json'))
  if (profiles.list().profiles.length === 0) await profiles.save(DESK_PROFILE)
}

/**
 * `npm run browser` as a user runs it (after the build), on a fresh data folder past the first
 * run, unless `firstRun` asks for one with no profile at all.
 */
export async function startBrowserHost(dataDir?: string, options: { firstRun?: boolean } = {}): Promise<RunningHost> {
  if (!existsSync(hostEntry)) throw new Error('out/main/browser-host.js is missing: run `npm run build` first')
  const temp = dataDir ? null : await makeTempDir('redaksi-e2e-')
  const dir = dataDir ?? temp!.path
  if (!options.firstRun) await seedDeskProfile(dir)
  const child: ChildProcess = spawn(process.execPath, [hostEntry, '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  // Each browser that opens the address spends its token; the host prints the next one, and
  // `url` is always the latest (decision 0073).
  let latest = ''
  const address = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/g
  await new Promise<void>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      for (const match of output.matchAll(address)) latest = match[1]!
      if (/Redaksi berjalan di http/.test(output) && latest !== '') {
        clearTimeout(timer)
        resolveUrl()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)))
  })
  return {
    get url() {
      return latest
    },
    origin: new URL(latest).origin,
    dataDir: dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      await temp?.remove()
    }
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless; Playwright's own browser download cannot run on these machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}

/**
 * The one console policy: a console error or warning, an uncaught page error, a request that
 * fails or is answered 4xx/5xx — anything the test did not announce with `expect` — fails it.
 * A request the browser aborts because the test itself reloaded or left the page is not the
 * app's failure: Chromium cancels whatever was in flight, so it is excused once the next
 * document has loaded.
 */
export class PageWatch {
  private problems: string[] = []
  private expected: RegExp[] = []
  private aborted: Array<{ startedAt: number; problem: string }> = []
  private documentsLoaded: number[] = []
  private readonly started = new WeakMap<Request, number>()
  private clock = 0

  constructor(page: Page, private readonly label = '') {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') this.note(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => this.note(`page error: ${error.message}`))
    page.on('request', (request) => this.started.set(request, ++this.clock))
    page.on('domcontentloaded', () => this.documentsLoaded.push(++this.clock))
    page.on('requestfailed', (request) => {
      const problem = `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`
      if (request.failure()?.errorText === 'net::ERR_ABORTED') this.aborted.push({ startedAt: this.started.get(request) ?? 0, problem })
      else this.note(problem)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) this.note(`response ${response.status()}: ${response.request().method()} ${response.url()}`)
    })
  }

  private note(problem: string): void {
    if (!this.expected.some((pattern) => pattern.test(problem))) this.problems.push(this.label + problem)
  }

  /** Announces a problem the test provokes on purpose, matched against the line above. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern)
  }

  /** Throws with every unannounced problem since the last check, and starts afresh. */
  check(): void {
    for (const { startedAt, problem } of this.aborted) {
      if (!this.documentsLoaded.some((loadedAt) => loadedAt > startedAt)) this.note(problem)
    }
    this.aborted = []
    this.documentsLoaded = []
    const found = this.problems
    this.problems = []
    this.expected = []
    if (found.length > 0) throw new Error(`the page reported what the test did not expect:\n  ${found.join('\n  ')}`)
  }
}

export interface AppOptions {
  viewport?: { width: number; height: number }
  /** 'test' (default): a fresh host and page for every test; 'suite': one for the describe block. */
  fresh?: 'test' | 'suite'
  /** Open the app's address once the page is up (default true). */
  open?: boolean
  /** A data folder without any profile, as on the very first start (default false). */
  firstRun?: boolean
}

export interface App {
  readonly browser: Browser
  readonly host: RunningHost
  readonly page: Page
  /** The policy of `page`; call `expect` on it before provoking a console error or failed request. */
  readonly watch: PageWatch
  /** Another page under the same policy (a second reader, an exported file). */
  newPage(options?: BrowserContextOptions): Promise<Page>
}

/**
 * Chromium, the browser host on a fresh data folder and a watched page, for one describe block:
 * registers its own hooks and checks the console policy after every test.
 */
export function useApp(options: AppOptions = {}): App {
  const { viewport = { width: 1280, height: 800 }, fresh = 'test', open = true, firstRun = false } = options
  let browser: Browser | undefined
  let host: RunningHost | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  let watch: PageWatch | undefined
  let extra: Array<{ page: Page; watch: PageWatch }> = []

  const start = async (): Promise<void> => {
    host = await startBrowserHost(undefined, { firstRun })
    // A context of its own: AxeBuilder opens a page beside this one, which browser.newPage forbids.
    context = await browser!.newContext({ viewport })
    page = await context.newPage()
    watch = new PageWatch(page)
    if (open) await page.goto(host.url)
  }
  const stop = async (): Promise<void> => {
    for (const other of extra) await other.page.close()
    extra = []
    await context?.close()
    await host?.stop()
  }
  const check = (): void => {
    const failures: string[] = []
    for (const w of [watch, ...extra.map((e) => e.watch)]) {
      try {
        w?.check()
      } catch (error) {
        failures.push((error as Error).message)
      }
    }
    if (failures.length > 0) throw new Error(failures.join('\n'))
  }

  beforeAll(async () => {
    browser = await launchChromium()
    if (fresh === 'suite') await start()
  })
  afterAll(async () => {
    if (fresh === 'suite') await stop()
    await browser?.close()
  })
  if (fresh === 'test') beforeEach(start)
  afterEach(async () => {
    try {
      check()
    } finally {
      if (fresh === 'test') await stop()
    }
  })

  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useApp: ${name} is used before the hooks ran`)
    return value
  }
  return {
    get browser() {
      return need(browser, 'browser')
    },
    get host() {
      return need(host, 'host')
    },
    get page() {
      return need(page, 'page')
    },
    get watch() {
      return need(watch, 'watch')
    },
    async newPage(contextOptions) {
      const other = await need(browser, 'browser').newPage(contextOptions)
      extra.push({ page: other, watch: new PageWatch(other, `second page: `) })
      return other
    }
  }
}
