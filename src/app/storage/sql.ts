/** The two types every query is written against, whichever PostgreSQL is behind them. */

/** Something SQL can be sent to: the database itself or one transaction. */
export interface Sql {
  /** Run one statement with bound parameters ($1, $2, ...) and return its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: 'postgresql' | 'embedded';
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
