/**
 * Usual resident population of each police force area at the 2011 Census (ONS; the file
 * ../shared/data/reference/pfa-population-census-2011.csv, checked against this table by
 * test/catalogue/populationFallback.test.ts). Built in as the FALLBACK for a force and year the
 * mid-year table (populations.ts) does not hold, and always labelled as the 2011 Census wherever a
 * population from it is stated. Keyed by ONS force area code.
 */
export const CENSUS_2011_SOURCE = '2011 Census';

export const CENSUS_2011_POPULATION: ReadonlyMap<string, number> = new Map([
  ['E23000036', 1599555],
  ['E23000026', 615061],
  ['E23000023', 804841],
  ['E23000006', 1027709],
  ['E23000034', 7375],
  ['E23000013', 557227],
  ['E23000002', 499858],
  ['E23000018', 1018438],
  ['E23000035', 1668218],
  ['E23000039', 744041],
  ['E23000008', 618806],
  ['W15000004', 515114],
  ['E23000028', 1724950],
  ['E23000037', 596984],
  ['E23000005', 2682528],
  ['W15000002', 576754],
  ['E23000030', 1897991],
  ['E23000027', 1116062],
  ['E23000012', 917647],
  ['E23000032', 1727665],
  ['E23000003', 1460893],
  ['E23000021', 1017697],
  ['E23000020', 713653],
  ['E23000004', 1381189],
  ['E23000001', 8166566],
  ['E23000024', 857888],
  ['W15000001', 687937],
  ['E23000009', 796427],
  ['E23000022', 691952],
  ['E23000007', 1420853],
  ['E23000019', 1091482],
  ['W15000003', 1283651],
  ['E23000011', 1343601],
  ['E23000015', 1097497],
  ['E23000025', 728163],
  ['E23000031', 1132390],
  ['E23000033', 1606932],
  ['E23000029', 2269772],
  ['E23000017', 545474],
  ['E23000016', 1222416],
  ['E23000014', 2736460],
  ['E23000010', 2226058],
  ['E23000038', 680137],
]);
