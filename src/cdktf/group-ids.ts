// Typed access to a construct's security group IDs: platform groups by role, application tiers by
// name. An unknown tier fails at synth naming the tiers that exist, instead of yielding undefined.
import { PLATFORM_TIERS } from "../spec/platform-tiers";

/** The group ID of `tier`, or an error naming the construct and the tiers it has. */
export function requireGroupId(owner: string, ids: Readonly<Record<string, string>>, tier: string): string {
  const id = ids[tier];
  if (id !== undefined) return id;
  const known = Object.keys(ids).filter((t) => !isPlatformTier(t));
  throw new Error(`${owner}: no security group for tier "${tier}"; application tiers: ${known.length ? known.join(", ") : "none"}`);
}

/** Application tiers only (platform groups have their own properties). */
export function applicationTierIds(ids: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.freeze(Object.fromEntries(Object.entries(ids).filter(([t]) => !isPlatformTier(t))));
}

function isPlatformTier(tier: string): boolean {
  return (PLATFORM_TIERS as readonly string[]).includes(tier);
}
