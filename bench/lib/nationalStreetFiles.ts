/**
 * The ingest benchmark's input: one year of data.police.uk street files for the 43 territorial forces,
 * built from the six real forces of ../shared/data (never copied into the repository: built under
 * bench/.work/, which git ignores). Each force's monthly file is one or two real forces' files of that
 * month under the force's own slug, so the year holds about as many rows as England and Wales publish
 * (about 6.5 million, 1.4 GB). Built once and reused while the source zip is unchanged.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { POLICE_UK_FILE_NAME } from '../../src/catalogue/formats.js';
import { FORCES } from '../../src/catalogue/reference/index.js';
import { readZipDirectory } from '../../src/sources/discoverZip.js';
import { extractZipEntry } from '../../src/sources/zipExtract.js';

/** Forces whose files hold two real forces' rows: 29 x 2 + 14 x 1 = 72 real files a month, as many as the six forces publish in a year. */
const DOUBLED = 29;

export interface NationalSet {
  /** The unpacked archive folder: `<dir>/2025-MM/2025-MM-<slug>-street.csv`. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly rows: number;
  readonly bytes: number;
  readonly slugs: readonly string[];
}

export async function buildNationalSet(sourceZip: string, workDir: string): Promise<NationalSet> {
  const dir = join(workDir, 'police-uk-national');
  const marker = join(workDir, 'police-uk-national.json');
  const stamp = `v2 ${sourceZip} ${statSync(sourceZip).size} ${statSync(sourceZip).mtimeMs}`;
  if (existsSync(marker)) {
    const built = JSON.parse(readFileSync(marker, 'utf8')) as NationalSet & { stamp: string };
    if (built.stamp === stamp && built.files.every((f) => existsSync(f))) return built;
  }
  rmSync(dir, { recursive: true, force: true });
  const real = await realFilesByMonth(sourceZip, join(workDir, 'real'));
  const forces = FORCES.filter((f) => f.slug !== 'btp');
  const slugs = forces.map((f) => f.slug);
  const files: string[] = [];
  let rows = 0;
  let bytes = 0;
  for (const [month, sources] of [...real].sort()) {
    mkdirSync(join(dir, month), { recursive: true });
    slugs.forEach((slug, i) => {
      const parts = [sources[i % sources.length]!];
      if (i < DOUBLED) parts.push(sources[(i + 1) % sources.length]!);
      const texts = parts.map((path) => readFileSync(path, 'utf8'));
      const header = texts[0]!.slice(0, texts[0]!.indexOf('\n') + 1);
      const name = forces[i]!.policeUkName;
      const bodies = texts.map((t) => {
        const body = t.slice(t.indexOf('\n') + 1);
        // 'Crime ID,Month,Reported by,Falls within,...': the real force's name, twice, after the month.
        const real = body.slice(0, body.indexOf('\n')).split(',')[2];
        return real ? body.replaceAll(`,${real},${real},`, `,${name},${name},`) : body;
      });
      const text = header + bodies.map((b) => (b.endsWith('\n') ? b : `${b}\n`)).join('');
      const path = join(dir, month, `${month}-${slug}-street.csv`);
      writeFileSync(path, text);
      files.push(path);
      rows += bodies.reduce((sum, b) => sum + b.split('\n').filter((line) => line !== '').length, 0);
      bytes += Buffer.byteLength(text);
    });
  }
  rmSync(join(workDir, 'real'), { recursive: true, force: true });
  const set = { dir, files, rows, bytes, slugs };
  writeFileSync(marker, JSON.stringify({ ...set, stamp }));
  return set;
}

/** The real zip's street files, unpacked, by month. */
async function realFilesByMonth(zip: string, dir: string): Promise<Map<string, string[]>> {
  mkdirSync(dir, { recursive: true });
  const byMonth = new Map<string, string[]>();
  for (const entry of await readZipDirectory(zip, zip)) {
    const match = POLICE_UK_FILE_NAME.exec(basename(entry.name));
    const month = match?.[3] === 'street' ? match[1] : undefined;
    if (month === undefined) continue;
    const path = join(dir, basename(entry.name));
    await extractZipEntry(zip, zip, entry, path);
    byMonth.set(month, [...(byMonth.get(month) ?? []), path].sort());
  }
  return byMonth;
}
