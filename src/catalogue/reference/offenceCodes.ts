/**
 * Home Office offence codes (Home Office Counting Rules), with the ONS offence group and subgroup and
 * the data.police.uk crime type each most likely falls under. Sources, from the domain brief §2:
 * the ONS 2017/18 offence hierarchy (ONSdigital/dp-hierarchy-builder) for codes, descriptions,
 * groups and subgroups; the HOCR April 2018 index for the five violence subgroups. The brief marks
 * the whole code -> police.uk mapping as NOT confirmed, so `mappingConfirmed` is false throughout;
 * `note` says where a code's place is more doubtful still. docs/reference-data.md has the detail.
 */
import type { PoliceUkCrimeType } from './policeUk.js';

export const OFFENCE_GROUPS = [
  'Violence against the person',
  'Sexual offences',
  'Robbery',
  'Theft offences',
  'Criminal damage and arson',
  'Drug offences',
  'Possession of weapons offences',
  'Public order offences',
  'Miscellaneous crimes against society',
] as const;
export type OffenceGroup = (typeof OFFENCE_GROUPS)[number];

export interface OffenceCode {
  /** Canonical form: '.' between number and sub-number ('4.1', never '4/1'), letters upper case. */
  readonly code: string;
  readonly description: string;
  readonly group: OffenceGroup;
  readonly subgroup: string;
  readonly policeUkCategory: PoliceUkCrimeType;
  /** Whether a public source confirms the police.uk category (none does yet: brief §3.4). */
  readonly mappingConfirmed: boolean;
  /** Legacy codes kept for outcomes of crimes recorded before they were replaced (burglary, 2017). */
  readonly outcomeOnly?: true;
  readonly note?: string;
}

type Row = readonly [code: string, description: string, note?: string];

function block(
  group: OffenceGroup,
  subgroup: string,
  policeUkCategory: PoliceUkCrimeType,
  rows: readonly Row[],
  extra: { readonly outcomeOnly?: true; readonly note?: string } = {},
): OffenceCode[] {
  return rows.map(([code, description, note]) => {
    const joined = [extra.note, note].filter(Boolean).join(' ');
    return {
      code,
      description,
      group,
      subgroup,
      policeUkCategory,
      mappingConfirmed: false,
      ...(extra.outcomeOnly ? { outcomeOnly: true as const } : {}),
      ...(joined ? { note: joined } : {}),
    };
  });
}

const VAP = 'Violence against the person';
const VSO: PoliceUkCrimeType = 'Violence and sexual offences';

export const OFFENCE_CODES: readonly OffenceCode[] = [
  ...block(VAP, 'Homicide', VSO, [
    ['1', 'Murder'],
    ['4.1', 'Manslaughter'],
    ['4.2', 'Infanticide'],
    ['4.10', 'Corporate manslaughter'],
  ]),
  ...block(
    VAP,
    'Death or serious injury caused by unlawful driving',
    VSO,
    [
      ['4.4', 'Causing death or serious injury by dangerous driving'],
      ['4.6', 'Causing death by careless driving under the influence of drink or drugs'],
      ['4.8', 'Causing death by careless or inconsiderate driving'],
      ['4.9', 'Causing death or serious injury by driving: unlicensed, disqualified or uninsured drivers'],
      ['37.1', 'Causing death by aggravated vehicle taking'],
    ],
    { note: 'HOCR April 2018 splits these out; ONS 2017/18 data still has them in Violence with injury.' },
  ),
  ...block(VAP, 'Violence with injury', VSO, [
    ['2', 'Attempted murder'],
    ['4.3', 'Intentional destruction of a viable unborn child'],
    ['4.7', 'Causing or allowing death of a child or vulnerable person'],
    ['5D', 'Assault with intent to cause serious harm'],
    ['5E', 'Endangering life'],
    ['8N', 'Assault with injury'],
    ['8P', 'Racially or religiously aggravated assault with injury'],
    ['8S', 'Assault with injury on a constable'],
  ]),
  ...block(VAP, 'Violence without injury', VSO, [
    ['3A', 'Conspiracy to murder'],
    ['3B', 'Threats to kill'],
    ['11A', 'Cruelty to children/young persons'],
    ['13', 'Child abduction'],
    ['14', 'Procuring illegal abortion'],
    ['36', 'Kidnapping'],
    ['104', 'Assault without injury on a constable'],
    ['105A', 'Assault without injury'],
    ['105B', 'Racially or religiously aggravated assault without injury'],
    ['106', 'Modern slavery'],
  ]),
  ...block(
    VAP,
    'Stalking and harassment',
    VSO,
    [
      ['8L', 'Harassment'],
      ['8M', 'Racially or religiously aggravated harassment'],
      ['8Q', 'Stalking'],
      ['8R', 'Malicious communications'],
      ['8U', 'Controlling or coercive behaviour', 'The code itself is not confirmed by the brief.'],
    ],
    {
      note: 'Post-2018 membership of this subgroup is not confirmed (ONS 2017/18 put 8M and 8Q in Violence without injury).',
    },
  ),
  ...block('Sexual offences', 'Rape', VSO, [
    ['19C', 'Rape of a female aged 16 and over'],
    ['19D', 'Rape of a female child under 16'],
    ['19E', 'Rape of a female child under 13'],
    ['19F', 'Rape of a male aged 16 and over'],
    ['19G', 'Rape of a male child under 16'],
    ['19H', 'Rape of a male child under 13'],
  ]),
  ...block('Sexual offences', 'Other sexual offences', VSO, [
    ['17A', 'Sexual assault on a male aged 13 and over'],
    ['17B', 'Sexual assault on a male child under 13'],
    ['20A', 'Sexual assault on a female aged 13 and over'],
    ['20B', 'Sexual assault on a female child under 13'],
    ['21', 'Sexual activity involving a child under 13'],
    ['22A', 'Causing sexual activity without consent'],
    ['22B', 'Sexual activity involving a child under 16'],
    ['23', 'Incest or familial sexual offences'],
    ['70', 'Sexual activity etc with a person with a mental disorder'],
    ['71', 'Abuse of children through sexual exploitation'],
    ['72', 'Trafficking for sexual exploitation'],
    ['73', 'Abuse of position of trust of a sexual nature'],
    ['88A', 'Sexual grooming'],
    ['88C', 'Other miscellaneous sexual offences'],
    ['88D', 'Unnatural sexual offences'],
    ['88E', 'Exposure and voyeurism'],
  ]),
  ...block('Robbery', 'Robbery of business property', 'Robbery', [['34A', 'Robbery of business property']]),
  ...block('Robbery', 'Robbery of personal property', 'Robbery', [['34B', 'Robbery of personal property']]),
  ...block('Theft offences', 'Domestic burglary', 'Burglary', [
    ['28E', 'Burglary Residential'],
    ['28F', 'Attempted Burglary Residential'],
    ['28G', 'Distraction Burglary Residential'],
    ['28H', 'Attempted Distraction Burglary Residential'],
    ['29A', 'Aggravated Burglary Residential'],
  ]),
  ...block(
    'Theft offences',
    'Domestic burglary',
    'Burglary',
    [
      ['28A', 'Burglary in a dwelling'],
      ['28B', 'Attempted burglary in a dwelling'],
      ['28C', 'Distraction burglary in a dwelling'],
      ['28D', 'Attempted distraction burglary in a dwelling'],
      ['29', 'Aggravated burglary in a dwelling'],
    ],
    { outcomeOnly: true, note: 'Replaced in April 2017; used for outcomes only.' },
  ),
  ...block('Theft offences', 'Non-domestic burglary', 'Burglary', [
    ['30C', 'Burglary Business and Community'],
    ['30D', 'Attempted Burglary Business and Community'],
    ['31A', 'Aggravated Burglary Business and Community'],
  ]),
  ...block(
    'Theft offences',
    'Non-domestic burglary',
    'Burglary',
    [
      ['30A', 'Burglary in a building other than a dwelling'],
      ['30B', 'Attempted burglary in a building other than a dwelling'],
      ['31', 'Aggravated burglary in a building other than a dwelling'],
    ],
    { outcomeOnly: true, note: 'Replaced in April 2017; used for outcomes only.' },
  ),
  ...block('Theft offences', 'Theft of a motor vehicle', 'Vehicle crime', [
    ['37.2', 'Aggravated vehicle taking'],
    ['48', 'Theft or unauthorised taking of a motor vehicle'],
  ]),
  ...block('Theft offences', 'Theft from a vehicle', 'Vehicle crime', [['45', 'Theft from a vehicle']]),
  ...block('Theft offences', 'Vehicle interference', 'Vehicle crime', [
    ['126', 'Interfering with a motor vehicle'],
  ]),
  ...block('Theft offences', 'Theft from the person', 'Theft from the person', [
    ['39', 'Theft from the person'],
  ]),
  ...block('Theft offences', 'Bicycle theft', 'Bicycle theft', [
    ['44', 'Theft or unauthorised taking of a pedal cycle'],
  ]),
  ...block('Theft offences', 'Shoplifting', 'Shoplifting', [['46', 'Shoplifting']]),
  ...block('Theft offences', 'Other theft offences', 'Other theft', [
    [
      '35',
      'Blackmail',
      'Its police.uk category is uncertain even by the brief (Other theft or Other crime).',
    ],
    ['40', 'Theft in a dwelling other than from an automatic machine or meter'],
    ['41', 'Theft by an employee'],
    ['42', 'Theft of mail'],
    ['43', 'Dishonest use of electricity'],
    ['47', 'Theft from an automatic machine or meter'],
    ['49', 'Other theft'],
    ['49A', 'Making off without payment'],
  ]),
  ...block('Criminal damage and arson', 'Criminal damage', 'Criminal damage and arson', [
    ['58A', 'Criminal damage to a dwelling'],
    ['58B', 'Criminal damage to a building other than a dwelling'],
    ['58C', 'Criminal damage to a vehicle'],
    ['58D', 'Other criminal damage'],
    ['58J', 'Racially or religiously aggravated criminal damage'],
  ]),
  ...block('Criminal damage and arson', 'Arson', 'Criminal damage and arson', [
    ['56A', 'Arson endangering life'],
    ['56B', 'Arson not endangering life'],
  ]),
  ...block('Drug offences', 'Trafficking of drugs', 'Drugs', [['92A', 'Trafficking in controlled drugs']]),
  ...block('Drug offences', 'Possession of drugs', 'Drugs', [
    ['92C', 'Other drug offences'],
    ['92D', 'Possession of controlled drugs (excluding cannabis)'],
    ['92E', 'Possession of controlled drugs (cannabis)'],
  ]),
  ...block('Possession of weapons offences', 'Possession of weapons offences', 'Possession of weapons', [
    ['10A', 'Possession of firearms with intent'],
    ['10B', 'Possession of firearms offences'],
    ['10C', 'Possession of other weapons'],
    ['10D', 'Possession of article with blade or point'],
    ['81', 'Other firearms offences'],
    ['90', 'Other knives offences'],
  ]),
  ...block('Public order offences', 'Public order offences', 'Public order', [
    ['9A', 'Public fear, alarm or distress'],
    ['9B', 'Racially or religiously aggravated public fear, alarm or distress'],
    ['62A', 'Violent disorder'],
    ['66', 'Other offences against the State or public order'],
  ]),
  ...block('Miscellaneous crimes against society', 'Miscellaneous crimes against society', 'Other crime', [
    ['15', 'Concealing an infant death close to birth'],
    ['24', 'Exploitation of prostitution'],
    ['26', 'Bigamy'],
    ['27', 'Soliciting for the purposes of prostitution'],
    ['33', 'Going equipped for stealing, etc'],
    ['33A', 'Making, supplying or possessing articles for use in fraud'],
    ['38', 'Profiting from or concealing knowledge of the proceeds of crime'],
    ['54', 'Handling stolen goods'],
    ['59', 'Threat or possession with intent to commit criminal damage'],
    ['60', 'Forgery or use of false drug prescription'],
    ['61', 'Other forgery'],
    ['61A', 'Possession of false documents'],
    ['67', 'Perjury'],
    ['69', 'Offender Management Act offences'],
    ['76', 'Aiding suicide'],
    ['79', 'Perverting the course of justice'],
    ['80', 'Absconding from lawful custody'],
    ['83', 'Bail offences'],
    ['86', 'Obscene publications etc'],
    ['95', 'Disclosure, obstruction, false or misleading statements etc'],
    ['96', 'Wildlife crime'],
    ['99', 'Other notifiable offences'],
    ['802', 'Dangerous driving'],
    ['814', 'Fraud, forgery etc associated with vehicle or driver records'],
  ]),
];
