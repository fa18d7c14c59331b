/** One place where commentary and data disagree: where, what the text says, what the data say. */
export interface CommentaryFinding {
  readonly code:
    | 'commentary.figure-mismatch'
    | 'commentary.wrong-measure'
    | 'commentary.wrong-period'
    | 'commentary.unknown-heading';
  readonly file: string;
  readonly line: number;
  readonly measureId?: string;
  readonly textSays: string;
  readonly dataSays: string;
}
