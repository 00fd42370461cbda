import { describe, expect, it } from 'vitest'
import { isWebUrl, parseSafeLink } from '../../src/shared/links'

describe('links that may leave the app', () => {
  it('allows http, https and mailto', () => {
    expect(parseSafeLink('https://www.kompas.tv/internasional')?.hostname).toBe('www.kompas.tv')
    expect(parseSafeLink('http://example.com')).not.toBeNull()
    expect(parseSafeLink('mailto:redaksi@example.com')).not.toBeNull()
  })

  it('refuses script, data, file and disguised schemes', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', 'redaksi://x', '//evil.example', 'not a url']) {
      expect(parseSafeLink(url), url).toBeNull()
    }
  })

  it('sends only web pages to the system browser', () => {
    expect(isWebUrl('https://kompas.tv')).toBe(true)
    expect(isWebUrl('mailto:a@b.c')).toBe(false)
    expect(isWebUrl('javascript:alert(1)')).toBe(false)
  })
})
