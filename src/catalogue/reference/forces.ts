/**
 * The 43 territorial police forces of England and Wales, British Transport Police, and the Police
 * Service of Northern Ireland (police.uk publishes its street crime as `northern-ireland`; it is in
 * none of the Home Office or ONS England and Wales tables, so it has no ONS force area code).
 * - `slug`: the data.police.uk force id, as in archive file names (`2025-01-<slug>-street.csv`).
 * - `policeUkName`: the 'Reported by' / 'Falls within' text of police.uk files. Confirmed from the
 *   real files in ../shared/data for the six forces marked `policeUkNameSeen`; the rest are the
 *   forces' usual names and may differ.
 * - `homeOfficeName`: the 'Force Name' of the Home Office open data tables. No real table is in the
 *   repository; the names follow the ONS police force area names (PFA16NM in
 *   ../shared/data/reference/lad-csp-pfa-lookup-2016.csv), which the Home Office tables are believed
 *   to share. `unsure` says where the form is doubtful. forceSlugFromName tolerates the usual variants.
 */
export interface Force {
  readonly slug: string;
  readonly policeUkName: string;
  readonly policeUkNameSeen: boolean;
  readonly homeOfficeName: string;
  /** ONS police force area code (PFA16CD); BTP has none. */
  readonly onsCode?: string;
  readonly country: 'England' | 'Wales' | 'Great Britain' | 'Northern Ireland';
  /** Other spellings met in the wild. */
  readonly aliases: readonly string[];
  readonly unsure?: string;
}

type Row = readonly [
  slug: string,
  policeUkName: string,
  homeOfficeName: string,
  onsCode: string | undefined,
  aliases?: readonly string[],
  unsure?: string,
];

const SEEN = new Set([
  'warwickshire',
  'west-mercia',
  'staffordshire',
  'leicestershire',
  'northamptonshire',
  'derbyshire',
]);

const ROWS: readonly Row[] = [
  ['avon-and-somerset', 'Avon and Somerset Constabulary', 'Avon and Somerset', 'E23000036'],
  ['bedfordshire', 'Bedfordshire Police', 'Bedfordshire', 'E23000026'],
  ['cambridgeshire', 'Cambridgeshire Constabulary', 'Cambridgeshire', 'E23000023'],
  ['cheshire', 'Cheshire Constabulary', 'Cheshire', 'E23000006'],
  [
    'city-of-london',
    'City of London Police',
    'London, City of',
    'E23000034',
    ['City of London'],
    'The Home Office may write "London, City of" (the ONS form) or "City of London".',
  ],
  ['cleveland', 'Cleveland Police', 'Cleveland', 'E23000013'],
  ['cumbria', 'Cumbria Constabulary', 'Cumbria', 'E23000002'],
  ['derbyshire', 'Derbyshire Constabulary', 'Derbyshire', 'E23000018'],
  [
    'devon-and-cornwall',
    'Devon & Cornwall Police',
    'Devon and Cornwall',
    'E23000035',
    [],
    'ONS writes "Devon & Cornwall"; the Home Office tables may use "and".',
  ],
  ['dorset', 'Dorset Police', 'Dorset', 'E23000039'],
  ['durham', 'Durham Constabulary', 'Durham', 'E23000008'],
  ['dyfed-powys', 'Dyfed-Powys Police', 'Dyfed-Powys', 'W15000004'],
  ['essex', 'Essex Police', 'Essex', 'E23000028'],
  ['gloucestershire', 'Gloucestershire Constabulary', 'Gloucestershire', 'E23000037'],
  ['greater-manchester', 'Greater Manchester Police', 'Greater Manchester', 'E23000005'],
  ['gwent', 'Gwent Police', 'Gwent', 'W15000002'],
  [
    'hampshire',
    'Hampshire Constabulary',
    'Hampshire',
    'E23000030',
    ['Hampshire and Isle of Wight', 'Hampshire and Isle of Wight Constabulary'],
    'The force was renamed Hampshire and Isle of Wight Constabulary in 2022; files may use either name.',
  ],
  ['hertfordshire', 'Hertfordshire Constabulary', 'Hertfordshire', 'E23000027'],
  ['humberside', 'Humberside Police', 'Humberside', 'E23000012'],
  ['kent', 'Kent Police', 'Kent', 'E23000032'],
  ['lancashire', 'Lancashire Constabulary', 'Lancashire', 'E23000003'],
  ['leicestershire', 'Leicestershire Police', 'Leicestershire', 'E23000021'],
  ['lincolnshire', 'Lincolnshire Police', 'Lincolnshire', 'E23000020'],
  ['merseyside', 'Merseyside Police', 'Merseyside', 'E23000004'],
  [
    'metropolitan',
    'Metropolitan Police Service',
    'Metropolitan Police',
    'E23000001',
    ['Metropolitan'],
    'The Home Office may write "Metropolitan Police" (the ONS form) or "Metropolitan".',
  ],
  ['norfolk', 'Norfolk Constabulary', 'Norfolk', 'E23000024'],
  ['north-wales', 'North Wales Police', 'North Wales', 'W15000001'],
  ['north-yorkshire', 'North Yorkshire Police', 'North Yorkshire', 'E23000009'],
  ['northamptonshire', 'Northamptonshire Police', 'Northamptonshire', 'E23000022'],
  ['northumbria', 'Northumbria Police', 'Northumbria', 'E23000007'],
  ['nottinghamshire', 'Nottinghamshire Police', 'Nottinghamshire', 'E23000019'],
  ['south-wales', 'South Wales Police', 'South Wales', 'W15000003'],
  ['south-yorkshire', 'South Yorkshire Police', 'South Yorkshire', 'E23000011'],
  ['staffordshire', 'Staffordshire Police', 'Staffordshire', 'E23000015'],
  ['suffolk', 'Suffolk Constabulary', 'Suffolk', 'E23000025'],
  ['surrey', 'Surrey Police', 'Surrey', 'E23000031'],
  ['sussex', 'Sussex Police', 'Sussex', 'E23000033'],
  ['thames-valley', 'Thames Valley Police', 'Thames Valley', 'E23000029'],
  ['warwickshire', 'Warwickshire Police', 'Warwickshire', 'E23000017'],
  ['west-mercia', 'West Mercia Police', 'West Mercia', 'E23000016'],
  ['west-midlands', 'West Midlands Police', 'West Midlands', 'E23000014'],
  ['west-yorkshire', 'West Yorkshire Police', 'West Yorkshire', 'E23000010'],
  ['wiltshire', 'Wiltshire Police', 'Wiltshire', 'E23000038'],
  [
    'btp',
    'British Transport Police',
    'British Transport Police',
    undefined,
    ['BTP'],
    'BTP is not a police force area; whether and how the Home Office area tables list it is not confirmed.',
  ],
  [
    'northern-ireland',
    'Police Service of Northern Ireland',
    'Northern Ireland',
    undefined,
    ['PSNI'],
    'Not in the Home Office or ONS tables, which cover England and Wales only.',
  ],
];

const WALES = new Set(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);

export const FORCES: readonly Force[] = ROWS.map(
  ([slug, policeUkName, homeOfficeName, onsCode, aliases, unsure]) => ({
    slug,
    policeUkName,
    policeUkNameSeen: SEEN.has(slug),
    homeOfficeName,
    ...(onsCode === undefined ? {} : { onsCode }),
    country:
      slug === 'btp'
        ? 'Great Britain'
        : slug === 'northern-ireland'
          ? 'Northern Ireland'
          : WALES.has(slug)
            ? 'Wales'
            : 'England',
    aliases: aliases ?? [],
    ...(unsure === undefined ? {} : { unsure }),
  }),
);

/** A force the reference table does not hold, e.g. a workspace's own or a demo force. */
export interface ExtraForce {
  readonly slug: string;
  readonly names: readonly string[];
}

/**
 * The matching key of a force name: case, '&' versus 'and', punctuation, word order of
 * "London, City of", and a trailing "Police", "Constabulary" or "Police Service" do not matter.
 */
export function forceNameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && ['police', 'constabulary', 'service', 'force'].includes(words.at(-1) ?? ''))
    words.pop();
  // "London, City of" and "City of London" are the same force.
  if (words.at(-2) === 'city' && words.at(-1) === 'of') words.unshift(...words.splice(-2));
  return words.join(' ');
}

function keysOf(slug: string, names: readonly string[]): string[] {
  return [slug.replace(/-/g, ' '), ...names].map(forceNameKey);
}

const referenceIndex = new Map<string, string>();
for (const force of FORCES)
  for (const key of keysOf(force.slug, [force.policeUkName, force.homeOfficeName, ...force.aliases]))
    referenceIndex.set(key, force.slug);

/**
 * The police.uk slug for a force name as the Home Office tables (or police.uk files) write it.
 * `extra` adds forces the reference does not know (the workspace's own and its peers: the demo's
 * forces are fictional); they are consulted first. Undefined when nothing matches.
 */
export function forceSlugFromHomeOfficeName(
  name: string,
  extra: readonly ExtraForce[] = [],
): string | undefined {
  const key = forceNameKey(name);
  if (key === '') return undefined;
  for (const force of extra) if (keysOf(force.slug, force.names).includes(key)) return force.slug;
  return referenceIndex.get(key);
}

const bySlug = new Map(FORCES.map((force) => [force.slug, force]));

export function forceBySlug(slug: string): Force | undefined {
  return bySlug.get(slug);
}
