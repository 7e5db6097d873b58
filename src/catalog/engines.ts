// Seed 000, footnotes 1 and 2: the default port of each database and cache engine.
import type { CacheEngineName, DatabaseEngineName } from "../spec/schema";

export const DATABASE_PORTS: Record<DatabaseEngineName, number> = {
  mysql: 3306,
  mariadb: 3306,
  "aurora-mysql": 3306,
  postgresql: 5432,
  // Aurora PostgreSQL speaks the PostgreSQL protocol on its port.
  "aurora-postgresql": 5432,
  oracle: 1521,
  sqlserver: 1433,
};

export const CACHE_PORTS: Record<CacheEngineName, number> = {
  redis: 6379,
  memcached: 11211,
};

/** AWS's managed prefix list of CloudFront's origin-facing addresses (seed 000 "From CloudFront Only"). */
export const CLOUDFRONT_PREFIX_LIST = "com.amazonaws.global.cloudfront.origin-facing";

/** Where each cloud's API server listens for nodes and operators (seeds 001/000 and 004). */
export const API_SERVER_PORT: Record<"aws" | "huawei", number> = { aws: 443, huawei: 5443 };
