import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  CODE_SETS,
  FORCES,
  forceBySlug,
  forceSlugFromHomeOfficeName,
  isKnownOffenceCode,
  likelyPoliceUkOutcomeText,
  normaliseOffenceCode,
  OFFENCE_CODES,
  OUTCOME_TYPES,
  offenceCode,
  POLICE_UK_CRIME_TYPES,
  POLICE_UK_OUTCOMES,
  parseOutcomeType,
} from '../../src/catalogue/reference/index.js';

test('offence codes in HOCR, open-data, padded and lower-case spellings normalise to one form', () => {
  const cases: [string, string | undefined][] = [
    ['4/1', '4.1'],
    [' 4.1 ', '4.1'],
    ['004.1', '4.1'],
    ['4/10', '4.10'],
    ['4.10', '4.10'],
    ['8n', '8N'],
    ['8N', '8N'],
    ['008N', '8N'],
    [' 28e', '28E'],
    ['8 N', '8N'],
    ['37/2', '37.2'],
    ['105a', '105A'],
    ['1', '1'],
    ['01', '1'],
    ['802', '802'],
    // Not codes of the table:
    ['4.01', undefined],
    ['1/4.1/4.10/4.2', undefined],
    ['8Z', undefined],
    ['4.5', undefined],
    ['', undefined],
    ['   ', undefined],
    ['abc', undefined],
    ['4..1', undefined],
    ['4/1/', undefined],
  ];
  for (const [input, expected] of cases)
    assert.equal(normaliseOffenceCode(input), expected, `input ${JSON.stringify(input)}`);
  assert.equal(isKnownOffenceCode('34b'), true);
  assert.equal(isKnownOffenceCode('34C'), false);
  assert.equal(offenceCode('4/2')?.description, 'Infanticide');
});

test('normalisation is idempotent and every canonical code maps to itself (property)', () => {
  for (const entry of OFFENCE_CODES) assert.equal(normaliseOffenceCode(entry.code), entry.code);
  const codes = OFFENCE_CODES.map((e) => e.code);
  fc.assert(
    fc.property(
      fc.constantFrom(...codes),
      fc.nat(3),
      fc.boolean(),
      fc.boolean(),
      (code, zeros, slash, lower) => {
        let spelled = '0'.repeat(zeros) + code;
        if (slash) spelled = spelled.replace('.', '/');
        if (lower) spelled = spelled.toLowerCase();
        const once = normaliseOffenceCode(` ${spelled} `);
        return once === code && normaliseOffenceCode(once) === code;
      },
    ),
    { seed: 20240620, numRuns: 500 },
  );
});

test('the codes the domain brief names are all present, in the right group and subgroup', () => {
  const expect = (code: string, subgroup: string, category: string) => {
    const entry = offenceCode(code);
    assert.ok(entry, `code ${code} missing`);
    assert.equal(entry.subgroup, subgroup, code);
    assert.equal(entry.policeUkCategory, category, code);
  };
  for (const code of ['1', '4.1', '4.2', '4.10']) expect(code, 'Homicide', 'Violence and sexual offences');
  for (const code of ['2', '5D', '8N', '8P', '8S'])
    expect(code, 'Violence with injury', 'Violence and sexual offences');
  expect('34A', 'Robbery of business property', 'Robbery');
  expect('34B', 'Robbery of personal property', 'Robbery');
  for (const code of ['28E', '28F', '28G', '28H', '29A']) expect(code, 'Domestic burglary', 'Burglary');
  for (const code of ['30C', '30D', '31A']) expect(code, 'Non-domestic burglary', 'Burglary');
  for (const code of ['48', '37.2', '45', '126'])
    assert.equal(offenceCode(code)?.policeUkCategory, 'Vehicle crime');
  expect('39', 'Theft from the person', 'Theft from the person');
  expect('46', 'Shoplifting', 'Shoplifting');
  expect('10D', 'Possession of weapons offences', 'Possession of weapons');
  expect('92A', 'Trafficking of drugs', 'Drugs');
  expect('9A', 'Public order offences', 'Public order');
  expect('58A', 'Criminal damage', 'Criminal damage and arson');
  expect('19C', 'Rape', 'Violence and sexual offences');
  expect('49A', 'Other theft offences', 'Other theft');
  assert.equal(offenceCode('28A')?.outcomeOnly, true);
  assert.equal(offenceCode('28E')?.outcomeOnly, undefined);
  // The brief confirms no part of the code -> police.uk mapping.
  assert.ok(OFFENCE_CODES.every((e) => e.mappingConfirmed === false));
  assert.equal(new Set(OFFENCE_CODES.map((e) => e.code)).size, OFFENCE_CODES.length, 'codes are unique');
});

test('every police.uk crime type except anti-social behaviour has at least one offence code', () => {
  assert.equal(POLICE_UK_CRIME_TYPES.length, 14);
  for (const type of POLICE_UK_CRIME_TYPES) {
    const count = OFFENCE_CODES.filter((e) => e.policeUkCategory === type).length;
    if (type === 'Anti-social behaviour') assert.equal(count, 0);
    else assert.ok(count > 0, `${type} has no code`);
  }
});

test('code sets: neighbourhood crime is residential burglary, personal robbery, theft from the person, vehicle', () => {
  const set = new Set(CODE_SETS.neighbourhoodCrime.codes);
  for (const code of ['28E', '28F', '28G', '28H', '29A', '34B', '39', '48', '37.2', '45', '126'])
    assert.ok(set.has(code), code);
  assert.ok(!set.has('34A') && !set.has('30C'));
  for (const key of Object.keys(CODE_SETS) as (keyof typeof CODE_SETS)[])
    for (const code of CODE_SETS[key].codes) assert.ok(isKnownOffenceCode(code), `${key}: ${code}`);
});

test('outcome types 0 to 22 are all present, in order, and parsed strictly', () => {
  assert.deepEqual(
    OUTCOME_TYPES.map((o) => o.type),
    Array.from({ length: 23 }, (_, i) => i),
  );
  assert.equal(OUTCOME_TYPES[18]?.group, 'Investigation complete - no suspect identified');
  assert.equal(OUTCOME_TYPES[8]?.group, 'Out-of-court (informal)');
  assert.equal(OUTCOME_TYPES[22]?.since, '2019-04-01');
  assert.equal(parseOutcomeType(' 16 '), 16);
  assert.equal(parseOutcomeType('07'), 7);
  assert.equal(parseOutcomeType('23'), undefined);
  assert.equal(parseOutcomeType('-1'), undefined);
  assert.equal(parseOutcomeType('1.5'), undefined);
  assert.equal(parseOutcomeType(''), undefined);
});

test('police.uk outcome strings: the 28 of the brief, each mapping marked unconfirmed', () => {
  assert.equal(POLICE_UK_OUTCOMES.length, 28);
  assert.equal(new Set(POLICE_UK_OUTCOMES.map((o) => o.text)).size, 28);
  assert.ok(POLICE_UK_OUTCOMES.every((o) => o.mappingConfirmed === false));
  assert.equal(likelyPoliceUkOutcomeText(18), 'Investigation complete; no suspect identified');
  assert.equal(likelyPoliceUkOutcomeText(16), 'Unable to prosecute suspect');
  assert.equal(likelyPoliceUkOutcomeText(3), 'Offender given a caution');
  assert.equal(likelyPoliceUkOutcomeText(4), 'Suspect charged as part of another case');
  assert.equal(likelyPoliceUkOutcomeText(1), 'Suspect charged');
  assert.equal(likelyPoliceUkOutcomeText(19), undefined);
  for (let type = 0; type <= 22; type++)
    if (type !== 19) assert.ok(likelyPoliceUkOutcomeText(type), `outcome ${type} has no likely string`);
});

test('45 forces (43 territorial, BTP and Northern Ireland) with unique slugs, Home Office names and ONS codes', () => {
  assert.equal(FORCES.length, 45);
  assert.equal(new Set(FORCES.map((f) => f.slug)).size, 45);
  assert.equal(new Set(FORCES.map((f) => f.homeOfficeName)).size, 45);
  assert.equal(forceBySlug('northern-ireland')?.country, 'Northern Ireland');
  assert.equal(FORCES.filter((f) => f.onsCode).length, 43);
  assert.equal(FORCES.filter((f) => f.country === 'Wales').length, 4);
  for (const slug of [
    'avon-and-somerset',
    'metropolitan',
    'city-of-london',
    'dyfed-powys',
    'btp',
    'warwickshire',
  ])
    assert.ok(forceBySlug(slug), slug);
  for (const f of FORCES) assert.match(f.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('force names resolve to slugs whatever the case, "&" or "and", suffix or City-of word order', () => {
  const cases: [string, string | undefined][] = [
    ['Avon and Somerset', 'avon-and-somerset'],
    ['AVON & SOMERSET', 'avon-and-somerset'],
    ['Avon and Somerset Constabulary', 'avon-and-somerset'],
    ['Metropolitan Police', 'metropolitan'],
    ['Metropolitan Police Service', 'metropolitan'],
    ['London, City of', 'city-of-london'],
    ['City of London Police', 'city-of-london'],
    ['Devon & Cornwall', 'devon-and-cornwall'],
    ['devon and cornwall police', 'devon-and-cornwall'],
    ['Dyfed-Powys', 'dyfed-powys'],
    ['Dyfed Powys Police', 'dyfed-powys'],
    ['British Transport Police', 'btp'],
    ['Hampshire and Isle of Wight', 'hampshire'],
    ['West Mercia', 'west-mercia'],
    ['Mercia', undefined],
    ['', undefined],
    ['Police', undefined],
  ];
  for (const [name, slug] of cases) assert.equal(forceSlugFromHomeOfficeName(name), slug, name);
  const extra = [{ slug: 'midshire', names: ['Midshire Police', 'Midshire'] }];
  assert.equal(forceSlugFromHomeOfficeName('MIDSHIRE', extra), 'midshire');
  assert.equal(forceSlugFromHomeOfficeName('Midshire', []), undefined);
  // Every force's own names resolve back to it.
  for (const f of FORCES) {
    assert.equal(forceSlugFromHomeOfficeName(f.homeOfficeName), f.slug, f.homeOfficeName);
    assert.equal(forceSlugFromHomeOfficeName(f.policeUkName), f.slug, f.policeUkName);
  }
});
