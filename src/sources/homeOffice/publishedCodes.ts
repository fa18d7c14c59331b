/**
 * Offence codes as the published Home Office recorded-crime table writes them. Besides the codes of
 * the reference list ('8N', '4.1'), the real table (2017/18 sheet, checked against
 * ../shared/data/home-office) has two kinds of row no force system writes:
 * - homicide as ONE row with the combined code '1/4.1/4.10/4.2' (murder, manslaughter, corporate
 *   manslaughter, infanticide counted together). It is stored as '1+4.1+4.10+4.2': '+' joins codes,
 *   because '/' is already the HOCR separator inside a code ('4/1' is 4.1). A measure counts such a
 *   row only when it selects every part (measures/sql/publishedFamilies.ts).
 * - fraud recorded by national bodies, with a body's own code ('AF', 'CIFAS', 'FFA UK', 'UK Finance').
 */
import { normaliseOffenceCode } from '../../catalogue/reference/index.js';

/** The national fraud reporting bodies' codes, as the table writes them, by their matching key. */
const FRAUD_CODES = new Map(
  ['AF', 'CIFAS', 'FFA UK', 'UK Finance'].map((code) => [code.replace(/\s+/g, '').toUpperCase(), code]),
);

export const COMBINED_CODE_SEPARATOR = '+';

/** The stored code for a published code, or undefined when it is none of the accepted forms. */
export function publishedOffenceCode(text: string): string | undefined {
  const single = normaliseOffenceCode(text);
  if (single !== undefined) return single;
  const fraud = FRAUD_CODES.get(text.replace(/\s+/g, '').toUpperCase());
  if (fraud !== undefined) return fraud;
  if (!/^[\d/.\sA-Za-z]+$/.test(text) || text.split('/').length < 3) return undefined;
  return combinedCode(text);
}

/**
 * '1/4.1/4.10/4.2' -> '1+4.1+4.10+4.2'. Three or more parts, each a known code: with two, '4/3' could
 * be one HOCR code written with a slash, and guessing it means two codes would be wrong.
 */
function combinedCode(text: string): string | undefined {
  const codes = text.split('/').map((piece) => normaliseOffenceCode(piece.trim()));
  if (codes.some((code) => code === undefined)) return undefined;
  return new Set(codes).size === codes.length ? codes.join(COMBINED_CODE_SEPARATOR) : undefined;
}
