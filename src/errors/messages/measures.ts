import type { Problem } from '../problem.js';
import { closestNames } from '../suggest.js';

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
  unknownMeasure: (id: string, known: readonly string[]): Problem => {
    const near = closestNames(id, known);
    return {
      code: 'measures.unknown-measure',
      severity: 'error',
      message:
        near.length > 0
          ? `no measure with this id in the catalogue (did you mean ${near.join(' or ')}?)`
          : 'no measure with this id in the catalogue',
      field: '--measure',
      expected: 'a measure id of the catalogue (scrutiny measures without --measure shows each in brackets)',
      found: JSON.stringify(id),
    };
  },
  defaultPeriodWithoutData: (force: string): Problem => ({
    code: 'measures.default-period-without-data',
    severity: 'error',
    message:
      "without --period the latest complete quarter of the force's own data is used, and the store holds none",
    field: '--period',
    expected: `a period such as 'Q4 2023/24', or crimes of "${force}" loaded (run scrutiny ingest)`,
    found: 'no --period and no months loaded for the force',
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
  /** Several measures missing the same data: said once (measures/groupProblems.ts). */
  sourcesNotLoaded: (ids: readonly string[], needed: string): Problem => ({
    code: 'measures.source-not-loaded',
    severity: 'warning',
    message: `${ids.length} measures need ${needed}, and none is loaded: they are shown as not available (${ids.join(', ')})`,
  }),
  /** Several measures whose data stop short of the period in the same way: said once. */
  periodsNotCovered: (ids: readonly string[], what: string): Problem => ({
    code: 'measures.period-not-covered',
    severity: 'warning',
    message: `${ids.length} measures: ${what} (${ids.join(', ')})`,
  }),
  periodNotCovered: (id: string, dataset: string, period: string, available: string): Problem => ({
    code: 'measures.period-not-covered',
    severity: 'warning',
    message: `measure "${id}": the ${dataset} data loaded does not cover ${period} (it covers ${available})`,
    field: id,
  }),
  quarterlySeries: (id: string, period: string): Problem => ({
    code: 'measures.quarterly-series',
    severity: 'warning',
    message: `measure "${id}" comes from quarterly Home Office tables, which give figures for whole quarters only, not for ${period}: ask for a quarter, a financial year or 12 months to a quarter's end`,
    field: id,
  }),
  quarterlyOnly: (id: string, period: string): Problem => ({
    code: 'measures.quarterly-source',
    severity: 'warning',
    message: `measure "${id}" comes from quarterly Home Office tables, which cannot give a figure for the month ${period}`,
    field: id,
  }),
};
