/**
 * Looking up Home Office offence codes as they arrive from files. HOCR writes '4/1', the Home Office
 * and ONS open data write '4.1', some force systems pad to '004.1' or write letters in lower case
 * ('8n'). One canonical form is kept everywhere: '4.1', '8N'. Rules (docs/reference-data.md):
 * - surrounding and inner white space is ignored, letters are upper-cased;
 * - '/' and '.' are the same separator;
 * - leading zeros of the main number are padding and dropped ('004.1' -> '4.1', '028E' -> '28E');
 * - the sub-number after the separator is kept exactly: '4.10' (corporate manslaughter) is not '4.1';
 * - anything that is not then a code of the reference table gives undefined, including the ONS
 *   combined label '1/4.1/4.10/4.2' and a spreadsheet's numeric 4.1 written as '4.10' -> unknowable.
 */
import { OFFENCE_CODES, type OffenceCode } from './offenceCodes.js';

const byCode = new Map(OFFENCE_CODES.map((entry) => [entry.code, entry]));

const SHAPE = /^0*(\d+)([A-Z]?)(?:\.(\d+))?$/;

export function normaliseOffenceCode(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const compact = text.replace(/\s+/g, '').toUpperCase().replace(/\//g, '.');
  const match = SHAPE.exec(compact);
  if (!match) return undefined;
  const [, number, letter, sub] = match;
  const canonical = `${number}${letter}${sub === undefined ? '' : `.${sub}`}`;
  return byCode.has(canonical) ? canonical : undefined;
}

export function isKnownOffenceCode(text: string | null | undefined): boolean {
  return normaliseOffenceCode(text) !== undefined;
}

/** The reference entry for a code in any accepted spelling. */
export function offenceCode(text: string | null | undefined): OffenceCode | undefined {
  const canonical = normaliseOffenceCode(text);
  return canonical === undefined ? undefined : byCode.get(canonical);
}

export interface CodeSet {
  readonly codes: readonly string[];
  /** Whether a public source confirms the set as a whole (brief §2). */
  readonly confirmed: boolean;
  readonly note: string;
}

const codesOf = (predicate: (entry: OffenceCode) => boolean): string[] =>
  OFFENCE_CODES.filter(predicate).map((entry) => entry.code);

/** Code sets the measures use, each with how sure we are of it. */
export const CODE_SETS = {
  homicide: {
    codes: ['1', '4.1', '4.2', '4.10'],
    confirmed: true,
    note: 'HOCR 2018-2021: 1 murder, 4/1 manslaughter, 4/2 infanticide; 4/10 is listed under the Homicide heading.',
  },
  residentialBurglary: {
    codes: codesOf((e) => e.subgroup === 'Domestic burglary'),
    confirmed: true,
    note: 'Post-April-2017 residential codes plus the legacy codes kept for outcomes. The later split into burglary of a home and of an unconnected building has no confirmed codes.',
  },
  vehicleOffences: {
    codes: ['48', '37.2', '45', '126'],
    confirmed: true,
    note: 'ONS: theft of (48, 37.2), theft from (45) and interference with (126) a motor vehicle.',
  },
  neighbourhoodCrime: {
    codes: [...codesOf((e) => e.subgroup === 'Domestic burglary'), '34B', '39', '48', '37.2', '45', '126'],
    confirmed: false,
    note: 'Residential burglary, personal robbery, theft from the person and vehicle offences: the components are confirmed codes, the grouping as the NCPM definition is not.',
  },
  knifeSelectedOffences: {
    codes: [
      '1',
      '4.1',
      '2',
      '3B',
      '5D',
      '8N',
      '8P',
      '34A',
      '34B',
      '19C',
      '19D',
      '19E',
      '19F',
      '19G',
      '19H',
    ].concat(['17A', '17B', '20A', '20B']),
    confirmed: false,
    note: 'The Home Office knife collection covers selected offences (attempted murder, GBH, ABH, robbery, threats to kill, sexual assault, rape; homicide from the Homicide Index). The exact code list is not confirmed.',
  },
} as const satisfies Record<string, CodeSet>;
