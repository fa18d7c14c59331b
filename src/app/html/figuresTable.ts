/** The figures beside the editor: each measure of the priority, as the statement will print it. */
import { html } from 'hono/html';
import type { Figure, MeasureJson } from '../../measures/result.js';
import type { Html } from './layout.js';

const textOf = (figure: Figure<{ text: string }> | undefined) =>
  figure && figure.status === 'ok' ? figure.text : 'not available';

export function figuresTable(measures: readonly MeasureJson[], period: string): Html {
  if (measures.length === 0) return html`<p>No measures in this priority.</p>`;
  return html`<table>
<caption>The figures for ${period}</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">This quarter</th><th scope="col">Same quarter last year</th><th scope="col">Change</th></tr></thead>
<tbody>${measures.map(
    (m) => html`<tr><th scope="row">${m.title}${m.public ? '' : ' (OFFICIAL-SENSITIVE)'}</th>
<td>${m.figures ? textOf(m.figures.current) : (m.statusText ?? 'not available')}</td>
<td>${textOf(m.figures?.yearEarlier)}</td>
<td>${textOf(m.figures?.changeOnYearEarlier)}</td></tr>`,
  )}</tbody>
</table>`;
}
