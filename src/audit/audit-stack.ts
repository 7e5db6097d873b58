// Audits one synthesized stack: every ingress rule open to the whole address space (0.0.0.0/0,
// ::/0, or a Huawei rule with no remote) is a finding unless the spec or a vendor table authorizes
// it (then "info", cited); every rule and group without a description is a low finding.
import { buildFlows } from "../flows/build";
import type { Flow } from "../flows/flow";
import type { Target } from "../flows/target";
import { targetName } from "../flows/target";
import type { Cluster } from "../spec/model";
import { covers, everything } from "../verify/address-set";
import { loadOptionsOf } from "../verify/cluster-context";
import { LoadOptions, loadStack } from "../verify/load-stack";
import type { SgGroup, SgRule, SgStack } from "../verify/model";
import { selectorOfPort } from "../verify/protocol";
import type { TfJson } from "../verify/terraform-json";
import { byText } from "../verify/text-order";
import { Authorization, authorizedExposures } from "./authorized";
import { classifyExposure } from "./exposure";
import type { Finding } from "./finding";
import { describeFindings } from "./descriptions";
import { specEgressFindings } from "./spec-egress";
import { selectorCovers, selectorLabel, selectorsOverlap } from "./selector";
import { severityRank } from "./severity";
import { Suppression, applySuppressions } from "./suppressions";

export interface AuditOptions extends LoadOptions {
  /** The spec's cluster and the target the stack renders: authorizations and origins need them. */
  readonly cluster?: Cluster;
  readonly target?: Target;
  readonly suppressions?: readonly Suppression[];
}

export interface StackAudit {
  readonly stack: string;
  readonly cluster?: string;
  readonly target?: string;
  readonly findings: readonly Finding[];
}

export function auditStack(doc: TfJson, options: AuditOptions = {}): StackAudit {
  const { cluster, target } = options;
  const stack = loadStack(doc, { ...(cluster && target ? loadOptionsOf(cluster, target) : {}), ...options });
  const name = stack.name ?? "stack";
  const authorizations = cluster && target ? authorizedExposures(cluster, target) : [];
  const flows = cluster && target ? buildFlows(cluster, target).flows : [];
  const found = [...openIngressFindings(stack, authorizations, flows), ...specEgressFindings(stack, flows), ...describeFindings(doc, stack)].map((f) => ({ ...f, stack: name }));
  return {
    stack: name,
    ...(cluster ? { cluster: cluster.name } : {}),
    ...(target ? { target: targetName(target) } : {}),
    findings: applySuppressions(sortFindings(found), options.suppressions ?? []),
  };
}

function openIngressFindings(stack: SgStack, authorizations: readonly Authorization[], flows: readonly Flow[]): Finding[] {
  return stack.rules.filter(isOpenIngress).map((r): Finding => {
    const group = stack.groups.find((g) => g.id === r.group)!;
    const family = r.families[0];
    const exposure = classifyExposure(r.match, group.cloud);
    const traffic = selectorLabel(r.match);
    const peer = r.peer.kind === "addresses" ? r.peer.text : "";
    const origin = originsOf(flows, group, peer, r, family);
    const base = { controls: exposure.controls, group: group.tier, rule: r.address, traffic, peer, origin };
    const auth = authorizations.find((a) => a.tier === group.tier && selectorCovers(selectorOfPort(a.port, family), r.match));
    if (auth) {
      return {
        ...base,
        id: auth.kind === "vendor-required" ? "vendor-required-from-anywhere" : "listener-from-anywhere",
        severity: "info",
        message: `${traffic} from ${peer} to ${group.tier}: ${auth.kind}, ${auth.because}`,
        authorizedBy: { ref: auth.ref, because: auth.because },
      };
    }
    const includes = exposure.includes.length ? ` (includes ${exposure.includes.join(", ")})` : "";
    const from = origin.length ? `; comes from ${origin.join(", ")}` : "";
    // A rule the cloud created on a group we reference (CCE's 5443 from 0.0.0.0/0 on its master
    // group): adding rules cannot narrow it, so it is open until someone removes it by hand.
    const cloud = r.cloudDefault ? `; ${r.cloudDefault}: still open, adding rules cannot narrow it, remove it by hand (README)` : "";
    return { ...base, id: exposure.id, severity: exposure.severity, message: `${traffic} from ${peer} reaches ${group.tier}${includes}${from}${cloud}` };
  });
}

/**
 * Ingress from every address of the rule's family, ours or one the cloud created on a group we
 * reference (CCE's master group keeps 5443 from 0.0.0.0/0 whatever rules we add).
 */
function isOpenIngress(r: SgRule): boolean {
  if (r.direction !== "ingress" || r.action !== "allow" || r.peer.kind !== "addresses") return false;
  const addresses = r.peer.addresses;
  return r.families.some((f) => covers(addresses, everything(f)));
}

/** The seed rows and spec settings whose flows this rule renders. */
function originsOf(flows: readonly Flow[], group: SgGroup, peer: string, r: SgRule, family: "ipv4" | "ipv6"): string[] {
  const ids = flows
    .filter((f) => f.to.kind === "group" && f.to.tier === group.tier && f.from.kind === "cidr" && f.from.cidr === peer)
    .filter((f) => selectorsOverlap(selectorOfPort(f.port, family), r.match))
    .flatMap((f) => f.sources.map((s) => ("spec" in s ? `spec ${s.spec}` : s.id)));
  return [...new Set(ids)].sort(byText);
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || byText(a.group, b.group) || byText(a.rule, b.rule) || byText(a.traffic ?? "", b.traffic ?? ""),
  );
}
