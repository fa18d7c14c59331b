/**
 * The one catalogue of user-facing error and warning messages (compare Vega-Lite's src/log/message.ts).
 * Each area keeps its texts in ./messages/<area>.ts; this file gathers them so callers import one name.
 */
import { appMessages } from './messages/app.js';
import { boardMessages } from './messages/board.js';
import { demoMessages } from './messages/demo.js';
import { governanceMessages } from './messages/governance.js';
import { ingestMessages } from './messages/ingest.js';
import { measuresMessages } from './messages/measures.js';
import { panelMessages } from './messages/panel.js';
import { publishedTableMessages } from './messages/publishedTables.js';
import { reportMessages } from './messages/report.js';
import { siteMessages } from './messages/site.js';
import { statementMessages } from './messages/statement.js';
import { statsMessages } from './messages/stats.js';
import { storeMessages } from './messages/store.js';
import { workspaceMessages } from './messages/workspace.js';

export const messages = {
  app: appMessages,
  board: boardMessages,
  demo: demoMessages,
  governance: governanceMessages,
  ingest: { ...ingestMessages, ...publishedTableMessages },
  measures: measuresMessages,
  panel: panelMessages,
  report: reportMessages,
  site: siteMessages,
  statement: statementMessages,
  stats: statsMessages,
  store: storeMessages,
  workspace: workspaceMessages,
};
