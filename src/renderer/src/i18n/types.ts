/**
 * The shape every translation must have: the same keys as the zh-CN strings (the reference
 * language), every leaf a string. An English file typed `Strings<typeof zhFoo>` fails to
 * compile when it misses a key or adds one.
 */
export type Strings<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]>;
};
