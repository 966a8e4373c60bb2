// The templates part: a site's template tags (Hugo shortcodes, Liquid, Jinja, Go templates) and
// kramdown attribute lists, blanked out of the prose with the same offsets, and the images its
// image tags stand for. Only posts of a site whose flavour has them need it. ~4 KB gzip.
import { insertTemplateImages, removeTagFiller } from '../site/template-images.js';
import { maskTemplates, TAG_FILLER } from '../site/template-pass.js';

export const templatesPart = { maskTemplates, TAG_FILLER, removeTagFiller, insertTemplateImages };

export type TemplatesPart = typeof templatesPart;
