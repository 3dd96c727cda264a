/**
 * The shape a translation must fill: the same keys as the Chinese messages, any text.
 * Each messages module types its English against its Chinese with this.
 */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };
