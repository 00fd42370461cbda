import { describe, expect, it } from 'vitest'
import { isTrustedSender, type RendererLocation } from '../../src/main/electron/sender'

const built: RendererLocation = { kind: 'file', url: 'file:///opt/Redaksi/resources/app.asar/out/renderer/index.html' }
const dev: RendererLocation = { kind: 'dev-server', origin: 'http://localhost:5173' }

describe('the IPC sender check', () => {
  it('trusts our own page in the top frame', () => {
    expect(isTrustedSender({ url: 'file:///opt/Redaksi/resources/app.asar/out/renderer/index.html', isMainFrame: true }, built)).toBe(true)
    expect(isTrustedSender({ url: 'file:///opt/Redaksi/resources/app.asar/out/renderer/index.html#/artikel/1', isMainFrame: true }, built)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true)
  })

  it('refuses subframes, other files, other origins, missing frames and junk', () => {
    expect(isTrustedSender({ url: 'file:///opt/Redaksi/resources/app.asar/out/renderer/index.html', isMainFrame: false }, built)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, built)).toBe(false)
    expect(isTrustedSender({ url: 'https://example.com/out/renderer/index.html', isMainFrame: true }, built)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost.evil.com:5173/', isMainFrame: true }, dev)).toBe(false)
    expect(isTrustedSender(null, built)).toBe(false)
    expect(isTrustedSender(undefined, dev)).toBe(false)
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, built)).toBe(false)
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, built)).toBe(false)
  })
})
