// Egress the spec asks for (`rules[].to: {cidr}`) to the whole address space or a wide block is a
// finding, as open ingress is: a tier that may send anywhere can exfiltrate anywhere. Seed rows'
// egress (the vendors' allow-all outbound, `egress: open`) is the profile's choice and not judged here.
import type { Flow } from "../flows/flow";
import type { SgGroup, SgRule, SgStack } from "../verify/model";
import { selectorOfPort } from "../verify/protocol";
import { byText } from "../verify/text-order";
import type { Finding } from "./finding";
import { selectorLabel, selectorsOverlap } from "./selector";

/** Shorter prefixes than these are "wide": a /16 is a whole VPC, a /48 a whole IPv6 site. */
export const WIDE_PREFIX = { ipv4: 16, ipv6: 48 } as const;

const SPEC_RULE = /\.rules\[\d+\]$/;

export function specEgressFindings(stack: SgStack, flows: readonly Flow[]): Finding[] {
  const out: Finding[] = [];
  for (const r of stack.rules) {
    if (r.direction !== "egress" || r.action !== "allow" || r.peer.kind !== "addresses") continue;
    const group = stack.groups.find((g) => g.id === r.group);
    if (!group) continue;
    const peer = r.peer.text;
    const origin = specOrigins(flows, group, peer, r);
    if (origin.length === 0) continue;
    const width = widthOf(peer);
    if (width === undefined) continue;
    const traffic = selectorLabel(r.match);
    const base = { controls: [], group: group.tier, rule: r.address, traffic, peer, origin };
    if (width === "anywhere") {
      out.push({ ...base, id: "egress-to-anywhere", severity: "high", message: `${traffic} from ${group.tier} to ${peer}: the spec sends this tier's traffic to every address; name the outside hosts' CIDRs; comes from ${origin.join(", ")}` });
    } else if (width === "wide") {
      out.push({ ...base, id: "wide-egress", severity: "medium", message: `${traffic} from ${group.tier} to ${peer}: a block wider than /${peer.includes(":") ? WIDE_PREFIX.ipv6 : WIDE_PREFIX.ipv4}; name the outside hosts' CIDRs; comes from ${origin.join(", ")}` });
    }
  }
  return out;
}

function widthOf(cidr: string): "anywhere" | "wide" | "narrow" | undefined {
  const m = /^([^/]+)\/(\d+)$/.exec(cidr);
  if (!m) return undefined;
  const bits = Number(m[2]);
  if (bits === 0) return "anywhere";
  return bits < (m[1].includes(":") ? WIDE_PREFIX.ipv6 : WIDE_PREFIX.ipv4) ? "wide" : "narrow";
}

/** The spec's extra rules whose flows this egress rule renders. */
function specOrigins(flows: readonly Flow[], group: SgGroup, peer: string, r: SgRule): string[] {
  const family = r.families[0];
  const ids = flows
    .filter((f) => f.from.kind === "group" && f.from.tier === group.tier && f.to.kind === "cidr" && f.to.cidr === peer)
    .filter((f) => selectorsOverlap(selectorOfPort(f.port, family), r.match))
    .flatMap((f) => f.sources.flatMap((s) => ("spec" in s && SPEC_RULE.test(s.spec) ? [`spec ${s.spec}`] : [])));
  return [...new Set(ids)].sort(byText);
}
