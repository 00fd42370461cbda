/** Indonesian's keys with any wording: the shape every other language must fill. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
