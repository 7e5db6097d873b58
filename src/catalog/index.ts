// Every seed row the generator knows, in seed order. Adding a rule means adding a row here.
import { CatalogRow } from "./row";
import { SEED_000 } from "./seed-000";
import { SEED_001 } from "./seed-001";
import { SEED_002 } from "./seed-002";
import { SEED_004 } from "./seed-004";
import { AWS_POD_SECURITY_GROUPS } from "./aws-pod-security-groups";

export const CATALOG: readonly CatalogRow[] = [...SEED_000, ...SEED_001, ...SEED_002, ...SEED_004, ...AWS_POD_SECURITY_GROUPS];

export type { CatalogRow, Cloud, When, PeerRef, PortRef, CidrRef, GroupRef } from "./row";
export { DATABASE_PORTS, CACHE_PORTS, API_SERVER_PORT } from "./engines";
