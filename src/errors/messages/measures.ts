import type { Problem } from '../problem.js';

const where = (file: string, line: number | undefined) => ({ file, ...(line === undefined ? {} : { line }) });

/** Texts of the measure catalogue (src/catalogue/measures) and the measures layer (src/measures). */
export const measuresMessages = {
  catalogueUnparsable: (file: string, line: number | undefined, detail: string): Problem => ({
    code: 'measures.catalogue-unparsable',
    severity: 'error',
    message: `the measure file is not valid YAML (${detail}); none of its measures were loaded`,
    ...where(file, line),
  }),
  catalogueNotAList: (file: string, found: string): Problem => ({
    code: 'measures.catalogue-shape',
    severity: 'error',
    message: 'a measure file holds `measures:` followed by a list of measures; none were loaded',
    file,
    field: 'measures',
    expected: 'a list of measures',
    found,
  }),
  measureInvalid: (
    file: string,
    id: string,
    path: string,
    expected: string,
    found: string,
    line: number | undefined,
  ): Problem => ({
    code: 'measures.measure-invalid',
    severity: 'error',
    message: `measure "${id}" is not valid`,
    ...where(file, line),
    field: path,
    expected,
    found,
  }),
  measureSkipped: (file: string, id: string, line: number | undefined): Problem => ({
    code: 'measures.measure-skipped',
    severity: 'warning',
    message: `measure "${id}" was not loaded because of the errors above; the other measures were`,
    ...where(file, line),
  }),
  duplicateMeasure: (
    file: string,
    id: string,
    line: number | undefined,
    firstFile: string,
    firstLine: number | undefined,
  ): Problem => ({
    code: 'measures.duplicate-id',
    severity: 'error',
    message: `measure id "${id}" is already defined at ${firstFile}${firstLine === undefined ? '' : `:${firstLine}`}; ids are unique within a catalogue (a workspace file with the same id replaces a built-in measure)`,
    ...where(file, line),
    field: 'id',
    expected: 'a new id',
    found: JSON.stringify(id),
  }),
  unknownMeasure: (id: string, known: readonly string[]): Problem => ({
    code: 'measures.unknown-measure',
    severity: 'error',
    message: 'no measure with this id in the catalogue',
    field: '--measure',
    expected: `one of ${known.join(', ')}`,
    found: JSON.stringify(id),
  }),
  periodOutsideData: (period: string, available: string): Problem => ({
    code: 'measures.period-outside-data',
    severity: 'error',
    message: `no data loaded covers ${period}; the store holds ${available}`,
    field: '--period',
    expected: 'a period inside the months loaded',
    found: JSON.stringify(period),
  }),
  noDataLoaded: (): Problem => ({
    code: 'measures.no-data',
    severity: 'error',
    message: 'the store holds no data yet: run `scrutiny ingest` (or `scrutiny demo`) first',
  }),
  sourceNotLoaded: (id: string, dataset: string, force: string): Problem => ({
    code: 'measures.source-not-loaded',
    severity: 'warning',
    message: `measure "${id}" needs ${dataset} data for ${force}, and none is loaded: it is shown as not available`,
    field: id,
  }),
  periodNotCovered: (id: string, dataset: string, period: string, available: string): Problem => ({
    code: 'measures.period-not-covered',
    severity: 'warning',
    message: `measure "${id}": the ${dataset} data loaded does not cover ${period} (it covers ${available})`,
    field: id,
  }),
  quarterlySeries: (id: string): Problem => ({
    code: 'measures.quarterly-series',
    severity: 'warning',
    message: `measure "${id}" comes from quarterly Home Office tables: its figures are given in its quarterly series only, and it is best used for peer comparison`,
    field: id,
  }),
  quarterlyOnly: (id: string, period: string): Problem => ({
    code: 'measures.quarterly-source',
    severity: 'warning',
    message: `measure "${id}" comes from quarterly Home Office tables, which cannot give a figure for the month ${period}`,
    field: id,
  }),
};
