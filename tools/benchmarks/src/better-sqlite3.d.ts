/** The little of better-sqlite3 (which ships no types) that the SQL floor uses. */
declare module 'better-sqlite3' {
  namespace Sqlite {
    interface Statement {
      run(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
    }
  }
  class Sqlite {
    constructor(file: string, options?: { readonly?: boolean });
    prepare(sql: string): Sqlite.Statement;
    close(): void;
  }
  export = Sqlite;
}
