/** Small text helpers for the Panel report's sentences. */

/** A record's free text as a sentence: trimmed, with a capital and a full stop. */
export function asSentence(value: string): string {
  const trimmed = value.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A record's free text to follow 'regarding' or a colon: trimmed, without its closing full stops. */
export function asClause(value: string): string {
  return value.trim().replace(/[.]+$/, '');
}
