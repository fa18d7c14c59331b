/**
 * The Home Office tables name forces ('Avon and Somerset', 'London, City of'); the store keys them by
 * police.uk slug. Names the reference table does not know (a newly merged force, 'Action Fraud', a
 * demo workspace's fictional force) are not an error: their rows are kept under a slug made from the
 * name, and the load returns one warning per such name, unless the workspace config names the force
 * (its own force or a peer, passed in as known forces) or the slug is the workspace's own force.
 * The national fraud reporting bodies the published table lists beside the forces (Action Fraud,
 * CIFAS, Financial Fraud Action UK, UK Finance) are expected: kept under their own slugs, no warning,
 * and never one of the 43 territorial forces (NATIONAL_FRAUD_BODIES).
 */
import {
  type ExtraForce,
  forceNameKey,
  forceSlugFromHomeOfficeName,
} from '../../catalogue/reference/index.js';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';

interface UnknownName {
  readonly slug: string;
  readonly file: string;
  readonly firstLine: number;
  rows: number;
}

export class ForceNames {
  private readonly slugs = new Map<string, string>();
  private readonly unknown = new Map<string, UnknownName>();

  constructor(
    private readonly workspaceForceSlug: string,
    private readonly field: string,
    /** The workspace's force and peers, recognised before the reference list is consulted. */
    private readonly knownForces: readonly ExtraForce[] = [],
  ) {}

  /** The slug for a (non-empty) force name; `file` and `line` locate the first row of an unknown one. */
  slugFor(name: string, file: string, line: number): string {
    const known = this.slugs.get(name);
    if (known !== undefined) {
      const unknown = this.unknown.get(name);
      if (unknown) unknown.rows++;
      return known;
    }
    let slug = forceSlugFromHomeOfficeName(name, this.knownForces) ?? nationalFraudBodySlug(name);
    if (slug === undefined) {
      slug = slugFromName(name);
      if (slug !== this.workspaceForceSlug) this.unknown.set(name, { slug, file, firstLine: line, rows: 1 });
    }
    this.slugs.set(name, slug);
    return slug;
  }

  warnings(): Problem[] {
    return [...this.unknown].map(([name, { slug, file, firstLine, rows }]) =>
      messages.ingest.unknownForceName({ file, line: firstLine }, this.field, `"${name}"`, slug, rows),
    );
  }
}

/** 'Wessex Constabulary' -> 'wessex', as the reference table's own matching key would read it. */
export function slugFromName(name: string): string {
  return forceNameKey(name).replace(/ /g, '-') || 'unknown-force';
}

/** Slugs of the bodies that record fraud nationally: rows of theirs are no force's crime. */
export const NATIONAL_FRAUD_BODIES: ReadonlyMap<string, string> = new Map(
  ['Action Fraud', 'CIFAS', 'Financial Fraud Action UK', 'UK Finance'].map((name) => [
    forceNameKey(name),
    slugFromName(name),
  ]),
);

function nationalFraudBodySlug(name: string): string | undefined {
  return NATIONAL_FRAUD_BODIES.get(forceNameKey(name));
}
