/**
 * A source file's path as an output may print it: relative to the workspace when the file is in
 * it ('data/police-uk/2024-03.zip!2024-03/2024-03-midshire-street.csv'), otherwise the file's own
 * name (an archive's name with its member), so no folder of the analyst's machine is published.
 */
import { basename, isAbsolute, relative, sep } from 'node:path';

export function publicPath(path: string, workspaceRoot: string): string {
  const bang = path.indexOf('!');
  const container = bang < 0 ? path : path.slice(0, bang);
  const member = bang < 0 ? '' : path.slice(bang);
  if (!isAbsolute(container)) return path;
  const inside = workspaceRoot === '' ? '' : relative(workspaceRoot, container);
  const shown =
    inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : basename(container);
  return `${shown.split(sep).join('/')}${member}`;
}
