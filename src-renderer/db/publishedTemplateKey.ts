/** Settings key prefix of a kept published checklist: `publishedTemplate:<id>@<version>`. */
export const PUBLISHED_TEMPLATE_PREFIX = 'publishedTemplate:';
