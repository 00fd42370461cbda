// The printed URL's token leaves the address on the first load (traded for an HttpOnly cookie),
// and the app works on that cookie alone: the store's services and its notices.
import { describe, expect, it } from 'vitest'
import { useApp } from './harness'

describe('the browser host token in Chromium', () => {
  const app = useApp({ open: false })

  it('opens the printed URL at an address without the token, and the app works on the cookie', async () => {
    const printed = app.host.url
    await app.page.goto(printed)
    expect(app.page.url()).toBe(`${app.host.origin}/`)
    await app.page.getByText('Belum ada artikel').waitFor()
    const cookies = await app.page.context().cookies()
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([[`redaksi-${new URL(app.host.url).port}`, true, 'Strict']])
    expect(cookies[0]!.value).not.toBe(new URL(printed).searchParams.get('token'))
    // The page's script cannot read the session, yet its calls carry it.
    expect(await app.page.evaluate(() => document.cookie)).toBe('')
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Gempa Guncang Cianjur')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    expect(app.page.url()).not.toContain('token')
    const listed = await app.page.evaluate(() => window.redaksi.articles.list({}))
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('spends the token: the printed address, as a history keeps it, opens nothing in another browser', async () => {
    const printed = app.host.url
    await app.page.goto(printed)
    await app.page.getByText('Belum ada artikel').waitFor()
    // A context of its own, outside the console policy: its 401s are the point.
    const context = await app.browser.newContext()
    const stranger = await context.newPage()
    await stranger.goto(printed)
    expect(stranger.url()).toBe(`${app.host.origin}/`)
    expect(await stranger.evaluate(() => window.redaksi.articles.list({}))).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    // The host printed the next address, which does open it.
    await expect.poll(() => app.host.url).not.toBe(printed)
    await stranger.goto(app.host.url)
    expect(await stranger.evaluate(() => window.redaksi.articles.list({}))).toMatchObject({ ok: true, value: { total: 0 } })
    await context.close()
  })

  it('keeps the fragment of a deep link through the exchange', async () => {
    await app.page.goto(`${app.host.url}#/tinjauan`)
    expect(app.page.url()).toBe(`${app.host.origin}/#/tinjauan`)
  })

  it('gives a browser that never had the token no access, and says so', async () => {
    // A context of its own, outside the console policy: its 401s are the point.
    const context = await app.browser.newContext()
    const stranger = await context.newPage()
    await stranger.goto(app.host.origin + '/')
    const answer = await stranger.evaluate(() => window.redaksi.articles.list({}))
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    await context.close()
  })
})
