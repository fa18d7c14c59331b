/**
 * Data downloads: every file, what it holds, each of its columns (the data dictionary, printed
 * from the same table that writes the files), and the licence they are published under.
 */
import { columns } from '../../document/build.js';
import { DATA_FILES, type DataFileSpec } from '../downloads/dataFiles.js';
import { a, esc, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

export function dataPage(ctx: SiteContext): Page {
  const path = sitePaths.data;
  const { model } = ctx;
  const specs: DataFileSpec[] = Object.values(DATA_FILES).filter(
    (spec) => spec !== DATA_FILES.districts || ctx.districtMeasures.length > 0,
  );
  const list = specs.map(
    (s) => `<li>${a(path, s.file, s.file.replace(/^data\//, ''))}: ${esc(s.description)}.</li>`,
  );
  const dictionary = specs.map((spec, i) =>
    tableHtmlOf(
      {
        caption: spec.file.replace(/^data\//, ''),
        columns: columns('ll'),
        rowHeaders: true,
        header: [['Column', 'Meaning']],
        rows: spec.columns.map((c) => [c.name, c.meaning]),
      },
      `dictionary-${i + 1}`,
    ),
  );
  const body = [
    `<p class="lead">${esc(`Every figure and series on this site, to download and reuse. The figures are for ${model.period.label}; the series run month by month up to ${model.period.label}'s last month.`)}</p>`,
    '<h2 id="files">Files</h2>',
    `<ul>\n<li>${a(path, sitePaths.figuresJson, 'figures.json')}: ${esc('every measure with all its figures and monthly series, as one JSON file (schema: measures JSON version 1).')}</li>\n${list.join('\n')}\n<li>${a(path, sitePaths.dictionaryCsv, 'data-dictionary.csv')}: ${esc('the data dictionary below, as a CSV file.')}</li>\n</ul>`,
    `<p>${esc('Each measure also has its own files, linked from its page: its monthly figures as CSV and all its figures as JSON.')}</p>`,
    '<h2 id="dictionary">Data dictionary</h2>',
    `<p>${esc('CSV files are UTF-8, comma-separated, with a header row. Months are written YYYY-MM; numbers are given in full, without rounding; an empty cell means there is no value.')}</p>`,
    ...dictionary,
    '<h2 id="licence">Licence</h2>',
    `<p>${esc(`You may use and reuse these figures free of charge in any format or medium, under the terms of the Open Government Licence v3.0. Please say where they come from: "Source: ${model.organisation}".`)} ${a(path, 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', 'Read the Open Government Licence v3.0')}.</p>`,
    `<p>${esc('Some figures come from Home Office police recorded crime tables and from data.police.uk, both also published under the Open Government Licence v3.0.')}</p>`,
  ];
  return {
    path,
    title: 'Data downloads',
    section: 'data',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: `Download every crime and policing figure for ${model.force.area} as CSV and JSON, with a data dictionary.`,
    body: body.join('\n'),
  };
}
