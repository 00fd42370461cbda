import { en } from './en'
import { id } from './id'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The shape every language must fill: Indonesian's keys, any wording. */
export type Messages = Widen<typeof id>

export const messages = { id, en } as const
