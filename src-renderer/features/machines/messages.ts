/** UI text of the machinery registry (namespace `registry`). `en` is typed against `zh`. */
export const registryZh = {
  title: '非道路移动机械登记',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const registryEn: Widen<typeof registryZh> = {
  title: 'Non-road mobile machinery registry',
};
