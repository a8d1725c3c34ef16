// The parts of better-sqlite3 the server uses (the package ships no types, and adding
// @types/better-sqlite3 would be a new dependency).
declare module 'better-sqlite3' {
  namespace BetterSqlite3 {
    interface Statement {
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
    }
    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
      deferred(...args: Parameters<F>): ReturnType<F>;
      exclusive(...args: Parameters<F>): ReturnType<F>;
    }
    interface Database {
      prepare(source: string): Statement;
      exec(source: string): this;
      pragma(source: string): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
      close(): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
  }
  const BetterSqlite3: new (filename: string, options?: BetterSqlite3.Options) => BetterSqlite3.Database;
  export type Database = BetterSqlite3.Database;
  export default BetterSqlite3;
}
