/**
 * Publishing an approved statement: every format written by the same code as `scrutiny statement`
 * into a new folder out/published/<2023-24-q4>/v<N>/ that no later version touches, with the
 * SHA-256 of its figures.json and of its sources (every source file's own SHA-256) recorded, so the
 * approved figures are frozen and can be proved unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { messages } from '../../errors/messages.js';
import { ScrutinyError } from '../../errors/problem.js';
import type { PreparedStatement } from '../../jobs/statement/prepareStatement.js';
import { writeStatement } from '../../jobs/statement/writeStatement.js';
import type { MeasuresResult } from '../../measures/result.js';
import { periodFolderName } from '../../narrative/commentaryFiles.js';
import { PdfRenderer } from '../../report/render/pdf/renderPdf.js';

export interface Published {
  readonly dir: string;
  readonly figuresSha256: string;
  readonly sourcesSha256: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** One line per source file (path and its SHA-256), sorted: the fingerprint of what was read. */
export function sourcesFingerprint(result: MeasuresResult): string {
  const lines = new Set(result.measures.flatMap((m) => m.provenance.map((p) => `${p.sha256}  ${p.path}`)));
  return sha256([...lines].sort().join('\n'));
}

export function publishedDir(outRoot: string, prepared: PreparedStatement, version: number): string {
  return join(outRoot, 'published', periodFolderName(prepared.period), `v${version}`);
}

export async function publishVersion(
  prepared: PreparedStatement,
  outRoot: string,
  version: number,
  approval: Record<string, unknown>,
): Promise<Published> {
  const target = publishedDir(outRoot, prepared, version);
  if (existsSync(target)) throw new ScrutinyError(messages.app.alreadyPublished(target));
  // Written beside the target, then moved into place in one step: a reader never sees half a version.
  const scratch = join(dirname(target), `.v${version}-partial-${process.pid}`);
  await rm(scratch, { recursive: true, force: true });
  const pdf = await PdfRenderer.open(process.env);
  try {
    const written = await writeStatement(prepared, scratch, pdf);
    const figuresSha256 = sha256(readFileSync(join(written.dir, 'figures.json')));
    const sourcesSha256 = sourcesFingerprint(prepared.input.result);
    await writeFile(
      join(written.dir, 'approval.json'),
      `${JSON.stringify({ ...approval, version, figuresSha256, sourcesSha256 }, null, 2)}\n`,
    );
    await mkdir(dirname(target), { recursive: true });
    await rename(written.dir, target);
    await rm(scratch, { recursive: true, force: true });
    return { dir: target, figuresSha256, sourcesSha256 };
  } finally {
    if (pdf instanceof PdfRenderer) await pdf.close();
  }
}
