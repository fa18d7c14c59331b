/**
 * The layering of architecture.md, as a check rather than a hope.
 * Data flows one way: sources -> store -> measures -> stats -> narrative -> report/site -> jobs -> cli.
 * LAYERS lists the folders of src/ from lowest to highest: a folder may import only itself and
 * folders before it. No module may import itself through a loop.
 */
const LAYERS = [
  'errors', // Problem type and the one catalogue of user-facing messages
  'stats', // pure functions over series: no I/O
  'forecast', // seasonal forecasting engine (wasm), judged by stats
  'catalogue', // reference tables, input format definitions, measure definitions
  'workspace', // scrutiny.config.yaml and the workspace layout
  'document', // the document model that renderers take
  'store', // DuckDB: the only code that talks to it
  'sources', // one adapter per input format
  'governance', // scrutiny questions, meetings, engagement, grants (YAML records)
  'demo', // the generated demo workspace
  'measures', // catalogue compiled to SQL, figures assembled with stats
  'publication', // the one filter between the workspace and every output (nothing sensitive leaks)
  'narrative', // house-style sentences and commentary checks
  'report', // HTML, PDF, Word, Markdown renderers and charts
  'board', // the Governance and Performance Board pack
  'site', // the public website
  'jobs', // one job per product: load config, run measures once, read governance and commentary, render
  'app', // the office's web app: same governance, commentary and statement code as cli/, on its own database
  'cli', // argument parsing, printing, exit codes
];

const layerRules = LAYERS.slice(0, -1).map((name, index) => {
  const higher = LAYERS.slice(index + 1);
  return {
    name: `${name}-imports-no-higher-layer`,
    comment: `src/${name} must not import a higher layer (${higher.join(', ')}).`,
    severity: 'error',
    from: { path: `^src/${name}/` },
    to: { path: `^src/(${higher.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'only-store-talks-to-duckdb',
      comment: 'Only src/store opens DuckDB connections (architecture.md).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '@duckdb' },
    },
    {
      name: 'stats-is-pure',
      comment: 'stats/ is pure functions over series: no I/O, no store, no clock.',
      severity: 'error',
      from: { path: '^src/stats/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'every-src-folder-is-a-layer',
      comment: 'A new folder under src/ must be placed in LAYERS.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${LAYERS.join('|')})/` },
      to: {},
    },
    {
      name: 'renderers-only-render',
      comment:
        'report/, board/ and site/ render a finished model: the jobs (src/jobs) open the store, run the measures, load governance, judge significance and work out the district figures; the measures work out every 3-year average.',
      severity: 'error',
      from: { path: '^src/(report|board|site)/' },
      to: {
        path: [
          '^src/store/',
          '^src/jobs/',
          '^src/measures/(runMeasures|computeMeasures|districtSeries|fetchSeries|peerValues|dataLoaded)[.]ts$',
          '^src/stats/significance[.]ts$',
          '^src/stats/threeYearAverage[.]ts$',
          '^src/measures/districtFigures[.]ts$',
          '^src/governance/(load|parseFiles|index)[.]ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'renderers-hold-no-store-handle',
      comment: 'report/, board/ and site/ never see the store, not even its type.',
      severity: 'error',
      from: { path: '^src/(report|board|site)/' },
      to: { path: '^src/store/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
