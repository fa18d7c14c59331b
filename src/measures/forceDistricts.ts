/**
 * The districts a workspace reports on: the ones its configuration lists (as the force extract
 * writes them), or, when it lists none, the local authority districts of the force area from the
 * built-in ONS lookup (catalogue/reference/districtLookup.ts), each with its Community Safety
 * Partnership. So a workspace with only police.uk files still answers "is crime going up where I
 * live?" without the analyst typing a district.
 */
import {
  districtByName,
  districtNameKey,
  districtsOfForceArea,
  forceBySlug,
  type LookupDistrict,
} from '../catalogue/reference/index.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { District } from './districtFigures.js';

/** URL-safe name: 'Stratford-on-Avon' -> 'stratford-on-avon'. */
export function districtSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'district';
}

function partnershipOf(found: LookupDistrict | undefined): string | undefined {
  if (!found) return undefined;
  return found.partnerships.map((p) => p.name).join(', ');
}

/** The workspace force's ONS force area code, when the forces table knows the slug. */
export function forceAreaOf(config: WorkspaceConfig): string | undefined {
  return forceBySlug(config.force.slug)?.onsCode;
}

export function forceDistricts(config: WorkspaceConfig): District[] {
  const area = forceAreaOf(config);
  if (config.districts.length > 0)
    return config.districts.map((d) => {
      const found = districtByName(d.name, '2023');
      const inArea = found && (area === undefined || found.forceArea === area) ? found : undefined;
      const partnership = partnershipOf(inArea);
      return {
        name: d.name,
        slug: districtSlug(d.name),
        ...(d.code !== undefined ? { code: d.code } : inArea ? { code: inArea.code } : {}),
        ...(d.population === undefined ? {} : { population: d.population }),
        ...(d.area === undefined ? {} : { area: d.area }),
        ...(partnership === undefined ? {} : { partnership }),
      };
    });
  if (area === undefined) return [];
  return districtsOfForceArea(area, '2023').map((d) => ({
    name: d.name,
    slug: districtSlug(d.name),
    code: d.code,
    partnership: partnershipOf(d)!,
  }));
}

/** Where a district name (an LSOA name's prefix) belongs among the workspace's districts. */
export type Placement =
  | { readonly district: string }
  | { readonly unplaced: 'outside_force_area' | 'unmatched' };

export function placeDistrictName(
  name: string,
  districts: readonly District[],
  forceArea: string | undefined,
  edition: '2016' | '2023',
): Placement {
  const key = districtNameKey(name);
  const found = districtByName(name, edition);
  const district = districts.find(
    (d) => districtNameKey(d.name) === key || (found !== undefined && d.code === found.code),
  );
  if (district) return { district: district.name };
  if (found && forceArea !== undefined && found.forceArea !== forceArea)
    return { unplaced: 'outside_force_area' };
  return { unplaced: 'unmatched' };
}
