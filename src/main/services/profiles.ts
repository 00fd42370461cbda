import type { ProfilesFile } from '../workflow/profiles-file'
import type { Services } from './services'

type ProfileChannels = Extract<keyof Services, `profiles.${string}`>

export function profileServices(profiles: ProfilesFile): Pick<Services, ProfileChannels> {
  return {
    'profiles.list': async () => profiles.list(),
    'profiles.save': ({ profile }) => profiles.save(profile),
    'profiles.switch': ({ id }) => profiles.switchTo(id)
  }
}
