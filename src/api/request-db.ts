// The Db a request's resolvers and stores use. The database layer throws plain
// errors (src/db/errors.ts); this one hands them on as the GraphQL errors the client will
// be told (api/errors.ts, fromDatabaseError) the moment they leave the database layer, so
// a resolver sees TIMEOUT or SERVICE_UNAVAILABLE as before, and a bookmark failure keeps
// the HTTP status Apollo reads from the error it is thrown.
import { Db, type Params, type Row, type Tx, type WriteOptions } from "../db/db.js";
import { fromDatabaseError } from "./errors.js";

export class RequestDb extends Db {
  override read<T = Row>(cypher: string, params?: Params): Promise<T[]> {
    return asClientErrors(super.read<T>(cypher, params));
  }

  override readAll(queries: ReadonlyArray<{ cypher: string; params?: Params }>): Promise<Row[][]> {
    return asClientErrors(super.readAll(queries));
  }

  override write<T = Row>(cypher: string, params?: Params): Promise<T[]> {
    return asClientErrors(super.write<T>(cypher, params));
  }

  override writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: WriteOptions): Promise<T> {
    return asClientErrors(super.writeTransaction(work, options));
  }
}

async function asClientErrors<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  }
}
