/**
 * Which area a row of a wide published table is about. The ONS tables give a GSS code and a name
 * (C2 gives three levels: force area, Community Safety Partnership, local authority); the workforce
 * bulletin tables give a name only. The row's area is its most specific named level:
 * - a code's prefix says the kind: K04/E92/W92 country, E12 region, E23/W15 force area, E22/W14 CSP,
 *   E06-E09/W06 district; the force is found by its ONS code, else by its name;
 * - 'Combined Local Authorities' in a local-authority column means the CSP spans several districts;
 * - 'Unassigned <force>' holds crimes the force could not place in a CSP; a named row under a force
 *   code with no code of its own ('Manchester Airport') is outside every CSP, and is stored the same way;
 * - without codes, 'ENGLAND AND WALES' (with any qualifier), 'ENGLAND', 'WALES' and the nine English
 *   regions are known by name; a name that is both a region and a force (West Midlands) is the region
 *   the first time a sheet lists it, since regions come before their forces.
 * Countries and regions are stored under the force slug 'england-and-wales' (the national figures).
 */
import { FORCES, forceSlugFromHomeOfficeName } from '../../catalogue/reference/index.js';
import { cleanLabel } from './labels.js';

export type AreaKind = 'country' | 'region' | 'force' | 'csp' | 'district' | 'unassigned';

export interface RowArea {
  readonly kind: AreaKind;
  readonly code: string | null;
  readonly name: string;
  readonly forceSlug: string;
}

export const NATIONAL_SLUG = 'england-and-wales';

const CODE = /^[EWKNS]\d{8}$/;
const COMBINED = 'combined local authorities';
const REGIONS = new Set(
  [
    'North East',
    'North West',
    'Yorkshire and The Humber',
    'East Midlands',
    'West Midlands',
    'East',
    'East of England',
    'London',
    'South East',
    'South West',
  ].map((name) => name.toLowerCase()),
);
const forceByCode = new Map(FORCES.flatMap((force) => (force.onsCode ? [[force.onsCode, force.slug]] : [])));

function kindOfCode(code: string): AreaKind | undefined {
  if (/^(K0[2-4]|E92|W92)/.test(code)) return 'country';
  if (code.startsWith('E12')) return 'region';
  if (/^(E23|W15)/.test(code)) return 'force';
  if (/^(E22|W14)/.test(code)) return 'csp';
  if (/^(E0[6-9]|W06)/.test(code)) return 'district';
  return undefined;
}

function isCountryName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper === 'ENGLAND' || upper === 'WALES' || upper.startsWith('ENGLAND AND WALES');
}

/** Reads the label cells of one sheet's rows; remembers the regions seen for the West Midlands rule. */
export class AreaReader {
  private readonly regionsSeen = new Set<string>();

  /** The row's area, or undefined when its labels name none (a note, a date row, a subtotal). */
  read(labels: readonly string[]): RowArea | undefined {
    // A code is kept as written: footnote cleaning would read 'E23000013' as 'E' and a note 23000013.
    const cells = labels.map((label) => (CODE.test(label.trim()) ? label.trim() : cleanLabel(label)));
    let name: string | undefined;
    let nameAt = -1;
    for (let i = cells.length - 1; i >= 0; i--) {
      const cell = cells[i] ?? '';
      if (cell === '' || CODE.test(cell) || cell.toLowerCase() === COMBINED) continue;
      name = cell;
      nameAt = i;
      break;
    }
    const codes = cells.filter((cell) => CODE.test(cell));
    const before = cells[nameAt - 1] ?? '';
    const code = CODE.test(before) ? before : name === undefined ? (codes.at(-1) ?? null) : null;
    if (name === undefined && code === null) return undefined;
    const forceSlug = this.forceOf(codes, name);
    const areaName = name ?? code ?? '';
    if (code !== null) {
      const kind = kindOfCode(code);
      if (kind === 'country' || kind === 'region')
        return { kind, code, name: areaName, forceSlug: NATIONAL_SLUG };
      if (kind && forceSlug) return { kind, code, name: areaName, forceSlug };
      return undefined;
    }
    if (/^unassigned\b/i.test(areaName) && forceSlug)
      return { kind: 'unassigned', code: null, name: areaName, forceSlug };
    // A named part of a force with no code of its own (C2's 'Manchester Airport', outside every
    // partnership) is not the force: its crimes are part of the force total, as unassigned ones are.
    if (forceSlug && codes.some((c) => kindOfCode(c) === 'force'))
      return { kind: 'unassigned', code: null, name: areaName, forceSlug };
    if (isCountryName(areaName))
      return { kind: 'country', code: null, name: areaName, forceSlug: NATIONAL_SLUG };
    const key = areaName.toLowerCase();
    if (REGIONS.has(key) && (!forceSlug || !this.regionsSeen.has(key))) {
      this.regionsSeen.add(key);
      return { kind: 'region', code: null, name: areaName, forceSlug: NATIONAL_SLUG };
    }
    return forceSlug ? { kind: 'force', code: null, name: areaName, forceSlug } : undefined;
  }

  /** The force a row belongs to: its force-area code, else a force named in it. */
  private forceOf(codes: readonly string[], name: string | undefined): string | undefined {
    for (const code of codes) {
      const slug = forceByCode.get(code);
      if (slug) return slug;
    }
    if (name === undefined) return undefined;
    const unassigned = /^unassigned\s+(.*)$/i.exec(name)?.[1];
    return forceSlugFromHomeOfficeName(unassigned ?? name);
  }
}
