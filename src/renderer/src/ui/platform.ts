/** Apple keyboards put the shortcut modifier on ⌘ rather than Ctrl. */
export function isMacPlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } }
  const platform = nav.userAgentData?.platform || nav.platform || ''
  return /mac|iphone|ipad/i.test(platform)
}

export const IS_MAC = isMacPlatform()
