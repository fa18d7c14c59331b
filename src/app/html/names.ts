/** Section names as colleagues read them: the Government's words for each priority. */
import { priorityTitle } from '../../board/priorities.js';

export function priorityName(section: string): string {
  return section === 'overview' ? 'Overview' : priorityTitle(section);
}
