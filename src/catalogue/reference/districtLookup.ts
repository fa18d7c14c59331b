/**
 * Local authority districts, their Community Safety Partnerships and police force areas, from the
 * ONS lookups built in beside this file (ladCspPfa.ts). A police.uk row names
 * its small area ("Warwick 001A"); the words before the number are the district, as ONS names it,
 * so the lookup gives its partnership and force area. Files from 2021 on carry the 2023 district
 * names (North and West Northamptonshire, Buckinghamshire, ...), earlier files the older ones.
 * A few 2023 districts span several partnerships named after the old districts (North
 * Northamptonshire: Corby, East Northamptonshire, Kettering, Wellingborough): there the district
 * name alone does not say which, and `partnerships` lists them all.
 */
import { LAD_CSP_PFA } from './ladCspPfa.js';

export type LookupEdition = '2016' | '2023';

export interface Partnership {
  readonly code: string;
  readonly name: string;
}

export interface LookupDistrict {
  readonly code: string;
  readonly name: string;
  /** ONS police force area code (E23000017). */
  readonly forceArea: string;
  readonly partnerships: readonly Partnership[];
}

/** The edition for a month of police.uk data (YYYY-MM): 2023 names from 2021 on. */
export function lookupEdition(month: string): LookupEdition {
  return month >= '2021-01' ? '2023' : '2016';
}

function parse(text: string, edition: LookupEdition): LookupDistrict[] {
  const mark = edition === '2016' ? '6' : '3';
  const byCode = new Map<
    string,
    { code: string; name: string; forceArea: string; partnerships: Partnership[] }
  >();
  for (const line of text.split('\n')) {
    const [tag, code, name, cspCode, cspName, forceArea] = line.split('|') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (line === '' || (tag !== 'B' && tag !== mark)) continue;
    let district = byCode.get(code);
    if (!district) {
      district = { code, name, forceArea, partnerships: [] };
      byCode.set(code, district);
    }
    district.partnerships.push({ code: cspCode, name: cspName });
  }
  return [...byCode.values()];
}

const editions = new Map<LookupEdition, LookupDistrict[]>();

export function lookupDistricts(edition: LookupEdition): readonly LookupDistrict[] {
  let districts = editions.get(edition);
  if (!districts) {
    districts = parse(LAD_CSP_PFA, edition);
    editions.set(edition, districts);
  }
  return districts;
}

/** The districts of a force area (ONS code), in name order. */
export function districtsOfForceArea(forceArea: string, edition: LookupEdition): LookupDistrict[] {
  return lookupDistricts(edition)
    .filter((d) => d.forceArea === forceArea)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Case, spacing, '&' versus 'and' and the ONS suffixes ', City of' and ', County of' do not matter
 * when a name is matched: small-area names say "Bristol 015D" and "Herefordshire 001A" where the
 * lookup says "Bristol, City of" and "Herefordshire, County of".
 */
export function districtNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/,\s*(city|county) of$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The district an ONS name (an LSOA name's prefix) stands for, in either edition (the given one first). */
export function districtByName(name: string, edition: LookupEdition): LookupDistrict | undefined {
  const key = districtNameKey(name);
  const other: LookupEdition = edition === '2023' ? '2016' : '2023';
  return (
    lookupDistricts(edition).find((d) => districtNameKey(d.name) === key) ??
    lookupDistricts(other).find((d) => districtNameKey(d.name) === key)
  );
}

/** "Warwick 001A" -> "Warwick"; undefined for a name not in the ONS LSOA form. */
export function districtOfLsoaName(lsoaName: string): string | undefined {
  return /^(.+) \d{3}[A-Z]$/.exec(lsoaName.trim())?.[1];
}
