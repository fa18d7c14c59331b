/**
 * Usual resident population of each police force area, ONS mid-year estimates for mid-2023
 * (Mid-Year Population Estimates, England and Wales, June 2023, sheet MYE4), summed over the local
 * authority districts of each force area in the ONS LAD -> CSP -> PFA lookup of December 2023. Built
 * in so that `scrutiny init --force-slug X` and the peer ranks have a current population without the
 * analyst typing one; the workspace config can override every figure. BTP has no area.
 */
export const POPULATION_SOURCE = 'ONS mid-year population estimate, mid-2023';

/** ONS force area code -> mid-2023 population. */
export const MID_2023_POPULATION: ReadonlyMap<string, number> = new Map([
  ['E23000001', 8931847],
  ['E23000002', 505063],
  ['E23000003', 1570373],
  ['E23000004', 1456562],
  ['E23000005', 2948633],
  ['E23000006', 1119495],
  ['E23000007', 1480267],
  ['E23000008', 642744],
  ['E23000009', 834409],
  ['E23000010', 2402161],
  ['E23000011', 1407072],
  ['E23000012', 950483],
  ['E23000013', 588369],
  ['E23000014', 2980936],
  ['E23000015', 1161678],
  ['E23000016', 1325250],
  ['E23000017', 617823],
  ['E23000018', 1077909],
  ['E23000019', 1173770],
  ['E23000020', 782808],
  ['E23000021', 1154438],
  ['E23000022', 802340],
  ['E23000023', 919082],
  ['E23000024', 931943],
  ['E23000025', 776442],
  ['E23000026', 729221],
  ['E23000027', 1215387],
  ['E23000028', 1896590],
  ['E23000029', 2584930],
  ['E23000030', 2035872],
  ['E23000031', 1228671],
  ['E23000032', 1897051],
  ['E23000033', 1735983],
  ['E23000034', 13462],
  ['E23000035', 1822182],
  ['E23000036', 1784546],
  ['E23000037', 659276],
  ['E23000038', 756396],
  ['E23000039', 788859],
  ['W15000001', 691991],
  ['W15000002', 595412],
  ['W15000003', 1354423],
  ['W15000004', 522578],
]);
