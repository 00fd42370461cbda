import type { Language } from '../../shared/i18n/failures'

export async function accountCommand(_args: string[], _language: Language): Promise<number> {
  process.stderr.write('redaksi-server account: not yet\n')
  return 2
}
