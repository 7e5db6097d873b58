// Deterministic fleet specs for the benchmark: N clusters with a mix of tiers, profiles and CCE
// network models, each cluster valid on its own (distinct names, disjoint CIDRs within a cluster).
import { stringify } from "yaml";

/** A small LCG so the same N gives the same fleet on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PROFILES = ["minimum", "recommended", "hardened"];
const MODELS = [["vpc"], ["tunnel"], ["turbo"], ["vpc", "tunnel", "turbo"]];
const ENGINES = ["mysql", "postgresql", "oracle", "sqlserver", "aurora-mysql"];

export function fleetSpec(n: number): string {
  const r = rng(n * 7919 + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const clusters = Array.from({ length: n }, (_, i) => {
    const octet = i % 250;
    const tiers: object[] = [{ name: "web", kind: "app", servicePorts: [8080 + (i % 10)], healthCheckPort: 9000, awsApis: r() < 0.5 }];
    if (r() < 0.8) tiers.push({ name: "edge", kind: "load-balancer", listenerPorts: [443], sources: { internet: true } });
    if (r() < 0.7) tiers.push({ name: "db", kind: "database", engine: pick(ENGINES) });
    if (r() < 0.5) tiers.push({ name: "cache", kind: "cache", engine: pick(["redis", "memcached"]) });
    if (r() < 0.5) tiers.push({ name: "endpoints", kind: "vpc-endpoint" });
    if (r() < 0.4) tiers.push({ name: "jump", kind: "bastion", sshFrom: ["203.0.113.0/24"] });
    return {
      name: `c${String(i).padStart(4, "0")}`,
      profile: pick(PROFILES),
      network: {
        vpcCidrs: [`10.${octet}.0.0/16`],
        podCidr: "172.16.0.0/16",
        serviceCidr: "192.168.0.0/16",
        controlPlaneCidr: `10.${octet}.0.0/24`,
        adminCidrs: ["198.51.100.0/24"],
      },
      nodeGroups: [{ name: "system", role: "addon" }, { name: "apps", role: "app" }],
      tiers,
      addons: { istio: r() < 0.3, knative: r() < 0.2, admissionWebhookPorts: [] },
      aws: { vpcId: "vpc-0123456789abcdef0", clusterSecurityGroupId: "sg-0123456789abcdef0" },
      huawei: { networkModels: pick(MODELS) },
    };
  });
  // No anchors: each cluster is written out in full, as a user's fleet file would be.
  return stringify({ version: 1, clusters }, { aliasDuplicateObjects: false });
}
