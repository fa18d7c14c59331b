/**
 * Where each page and download lives in out/site/, and links between them. Every link is relative
 * ('../measures/homicide.html'), so the site works from any folder of any web server and opened
 * straight from the disk, and every page is a real file (no server-side routing to get wrong).
 */
import type { Priority } from '../../catalogue/measures/schema.js';

/** 'Northwold' -> 'northwold', 'St Albans & Harpenden' -> 'st-albans-harpenden' (measures/forceDistricts). */
export { districtSlug } from '../../measures/forceDistricts.js';

/** 'residential_burglary' -> 'residential-burglary'. */
export const idSlug = (id: string) => id.replace(/_/g, '-');

export const sitePaths = {
  home: 'index.html',
  statements: 'statements/index.html',
  statement: (folder: string) => `statements/${folder}/index.html`,
  statementFile: (folder: string, ext: string) => `statements/${folder}/statement.${ext}`,
  statementFigures: (folder: string) => `statements/${folder}/figures.json`,
  priorities: 'priorities/index.html',
  priority: (priority: Priority | string) => `priorities/${idSlug(priority)}.html`,
  measure: (id: string) => `measures/${idSlug(id)}.html`,
  districts: 'districts/index.html',
  district: (slug: string) => `districts/${slug}/index.html`,
  districtMeasure: (slug: string, id: string) => `districts/${slug}/${idSlug(id)}.html`,
  peers: 'peers.html',
  governance: 'governance.html',
  data: 'data/index.html',
  methods: 'methods.html',
  accessibility: 'accessibility.html',
  stylesheet: 'site.css',
  // Downloads.
  figuresJson: 'data/figures.json',
  measuresCsv: 'data/measures.csv',
  seriesCsv: 'data/series.csv',
  measureCsv: (id: string) => `data/measures/${idSlug(id)}.csv`,
  measureJson: (id: string) => `data/measures/${idSlug(id)}.json`,
  districtsCsv: 'data/districts.csv',
  districtCsv: (slug: string) => `data/districts/${slug}.csv`,
  peersCsv: 'data/peers.csv',
  questionsCsv: 'data/questions.csv',
  dictionaryCsv: 'data/data-dictionary.csv',
} as const;

/** The link from page `from` to file `to`, both paths inside the site; an absolute URL is kept. */
export function href(from: string, to: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(to)) return to;
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common])
    common++;
  const up = fromParts.length - common;
  return `${'../'.repeat(up)}${toParts.slice(common).join('/')}`;
}
