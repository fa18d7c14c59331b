/**
 * The layering of architecture.md, as a check rather than a hope.
 * Data flows one way: sources -> store -> measures -> stats -> narrative -> report/site -> cli.
 * A lower layer never imports a higher one; no module imports itself through a loop.
 */
const layer = (name) => `^src/${name}/`;
const higherThan = {
  errors: ['stats', 'workspace', 'catalogue', 'store', 'sources', 'demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  stats: ['workspace', 'catalogue', 'store', 'sources', 'demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  catalogue: ['store', 'sources', 'demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  workspace: ['store', 'sources', 'demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  store: ['sources', 'demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  sources: ['demo', 'measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  demo: ['measures', 'narrative', 'report', 'site', 'board', 'governance', 'cli'],
  measures: ['narrative', 'report', 'site', 'board', 'cli'],
  narrative: ['report', 'site', 'board', 'cli'],
  report: ['site', 'board', 'cli'],
  site: ['cli'],
  board: ['cli'],
};

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
    ...Object.entries(higherThan).map(([from, highers]) => ({
      name: `${from}-is-below-${highers.join('-')}`.slice(0, 60),
      comment: `${from}/ must not import a higher layer (${highers.join(', ')}).`,
      severity: 'error',
      from: { path: layer(from) },
      to: { path: `^src/(${highers.join('|')})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
