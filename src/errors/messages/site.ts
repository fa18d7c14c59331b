import type { Problem } from '../problem.js';

/** Texts of the public website (src/site) and `scrutiny site build|serve`. */
export const siteMessages = {
  noMonthlyData: (force: string): Problem => ({
    code: 'site.no-monthly-data',
    severity: 'error',
    message: "the site reports the latest complete quarter of the force's data, and the store holds none",
    field: 'force.slug',
    expected: `crimes of "${force}" from the force extract or police.uk (run scrutiny ingest)`,
    found: 'no months loaded for the force',
  }),
  notAQuarter: (found: string): Problem => ({
    code: 'site.not-a-quarter',
    severity: 'error',
    message: 'the site reports a financial quarter, as the quarterly statement does',
    field: '--period',
    expected: "a quarter such as 'Q4 2023/24'",
    found: `"${found}"`,
  }),
  badPort: (found: string): Problem => ({
    code: 'site.bad-port',
    severity: 'error',
    message: 'the preview server listens on a TCP port on 127.0.0.1',
    field: '--port',
    expected: 'a whole number from 1 to 65535, e.g. 4173',
    found: `"${found}"`,
  }),
  portInUse: (port: number): Problem => ({
    code: 'site.port-in-use',
    severity: 'error',
    message: 'another program is already listening on that port: stop it or choose another',
    field: '--port',
    expected: `port ${port} free on 127.0.0.1`,
    found: 'the port in use',
  }),
  noStatement: (statementsDir: string, quarter: string): Problem => ({
    code: 'site.no-statement',
    severity: 'warning',
    message: `the home page shows the latest quarterly statement, and there is none yet: run scrutiny statement --period '${quarter}' (or scrutiny site build --with-statement) and build the site again`,
    file: statementsDir,
    expected: 'a folder such as 2023-24-q4 holding statement.html',
    found: 'no statement',
  }),
  sensitiveStatement: (file: string): Problem => ({
    code: 'site.sensitive-statement',
    severity: 'warning',
    message: 'this statement is marked OFFICIAL-SENSITIVE, so it is left out of the public site',
    file,
    expected: 'a statement built with --classification official',
    found: 'OFFICIAL-SENSITIVE',
  }),
  reclassifiedStatement: (file: string, quarter: string, measures: readonly string[]): Problem => ({
    code: 'site.reclassified-statement',
    severity: 'error',
    message: `this statement shows ${measures.length === 1 ? 'a measure' : 'measures'} the catalogue now marks OFFICIAL-SENSITIVE, so the site will not republish it: write it again with scrutiny statement --period '${quarter}' (or remove its folder) and build the site again`,
    file,
    expected: 'a statement showing OFFICIAL measures only',
    found: measures.join(', '),
  }),
  unreadableFigures: (file: string, reason: string): Problem => ({
    code: 'site.unreadable-figures',
    severity: 'error',
    message:
      "this statement's figures.json cannot be read, so the site cannot check it before republishing it: write the statement again with scrutiny statement, or remove the file",
    file,
    expected: 'figures.json as scrutiny statement writes it',
    found: reason,
  }),
  unreadableStatement: (file: string, reason: string): Problem => ({
    code: 'site.unreadable-statement',
    severity: 'warning',
    message: 'this statement is left out of the site: its HTML has no <main> element to show',
    file,
    expected: 'statement.html as scrutiny statement writes it',
    found: reason,
  }),
  unknownDistrict: (file: string, district: string, known: readonly string[]): Problem => ({
    code: 'site.unknown-district',
    severity: 'warning',
    message:
      'crimes name a district that scrutiny.config.yaml does not list, so the site shows them under no district page',
    file,
    field: 'districts',
    expected: known.length > 0 ? `one of ${known.map((d) => `"${d}"`).join(', ')}` : 'the districts listed',
    found: `"${district}"`,
  }),
};
