/** UI text of the checklist engine (namespace `checklist`). `en` is typed against `zh`. */
export const checklistZh = {
  title: '检查表',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const checklistEn: Widen<typeof checklistZh> = {
  title: 'Checklist',
};
