/**
 * Finding measure names in prose. Names are compared as lower-case words, so "Burglary (Home)"
 * matches "burglary (home)" and "Violence with Injury" never matches "Violence without Injury".
 */
export interface NamedThing {
  readonly name: string;
  /** The measure the name stands for; undefined for a known name that is not a measure here. */
  readonly measureId: string | undefined;
}

export function normaliseName(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Every named thing mentioned in `text`, longest names first, overlapping mentions dropped. */
export function namesIn(text: string, names: readonly NamedThing[]): NamedThing[] {
  let haystack = normaliseName(text);
  const found: NamedThing[] = [];
  const byLength = [...names].sort((a, b) => b.name.length - a.name.length);
  for (const thing of byLength) {
    const needle = normaliseName(thing.name);
    if (needle.trim() === '' || !haystack.includes(needle)) continue;
    found.push(thing);
    haystack = haystack.split(needle).join(' \u0000 ');
  }
  return found;
}

/**
 * The measure a block introduces, when the block is a label for a section: a heading, or a short
 * list item or paragraph that is (almost) only a measure name, like "- **Robbery**" or "c) Firearms".
 */
export function sectionMeasure(
  text: string,
  isHeading: boolean,
  names: readonly NamedThing[],
): string | undefined {
  const mentioned = namesIn(text, names).filter((n) => n.measureId !== undefined);
  if (mentioned.length !== 1 || !mentioned[0]) return undefined;
  if (!isHeading) {
    // A label is the name and at most a list marker left over ("c) Firearms", "- **Robbery**").
    const rest = normaliseName(text).replace(normaliseName(mentioned[0].name), ' ').trim();
    if (rest.split(' ').filter(Boolean).length > 1) return undefined;
  }
  return mentioned[0].measureId;
}
