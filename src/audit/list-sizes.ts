// How many rules a rule with `forEach` over a list variable becomes: one per list entry, as the
// spec gives the list at generation (module users may pass longer lists; the preflight cannot
// know). Also each entry's IP family, which AWS counts separately.
import { bindableSettings } from "../flows/bindings";
import type { Cluster } from "../spec/model";

export type FamilyCounts = { ipv4: number; ipv6: number };

export function listEntries(cluster: Cluster, variable: string): readonly string[] {
  const setting = bindableSettings(cluster).find((s) => s.variable === variable);
  return Array.isArray(setting?.value) ? (setting!.value as readonly string[]) : [];
}

export function familyOfCidr(cidr: string): "ipv4" | "ipv6" {
  return cidr.includes(":") ? "ipv6" : "ipv4";
}

/** One rule per CIDR; a rule without forEach is its own CIDR. */
export function cidrRuleCounts(cluster: Cluster, cidr: string, forEach?: string): FamilyCounts {
  const cidrs = forEach ? listEntries(cluster, forEach) : [cidr];
  return {
    ipv4: cidrs.filter((c) => familyOfCidr(c) === "ipv4").length,
    ipv6: cidrs.filter((c) => familyOfCidr(c) === "ipv6").length,
  };
}
