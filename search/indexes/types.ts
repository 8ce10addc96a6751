// What one Meilisearch index is, in code: the shape every module under search/indexes/ exports.
import type { RecordAny, Settings } from "meilisearch";

export type IndexDefinition<Row = unknown, Doc extends RecordAny = RecordAny> = {
  /** The uid before MEILI_INDEX_PREFIX is applied (see indexUid()). */
  uid: string;
  primaryKey: string & keyof Doc;
  /** Applied before any document, and re-applied only when they differ (ensureIndex). */
  settings: Settings;
  /** Pure: the same row always gives the same document. */
  toDocument(row: Row): Doc;
};
