// Cites a catalog row by ID, so a hand-written policy names the seed row that allows an exposure
// and breaks loudly if that row is renamed or removed.
import { CATALOG } from "../catalog";
import type { CatalogRow } from "../catalog/row";

export function catalogRow(id: string): CatalogRow {
  const row = CATALOG.find((r) => r.id === id);
  if (!row) throw new Error(`policy cites catalog row ${id}, which does not exist`);
  return row;
}

export function rowCitation(id: string): string {
  const row = catalogRow(id);
  return `seed ${row.seed} ${row.table}: ${row.row}`;
}
