// One test per row of seed 004 (Tables 1-7 and "Hardening Outbound Rules"), per network model:
// the synthesized CCE stack holds a rule on the right group, direction, protocol, ports and peer.
// Rows of the groups CCE creates itself (master group, Turbo ENI group) are CCE's rules: the
// stack references those groups and renders none of them again.
import { CATALOG } from "../src/catalog";
import { expandRow, rowApplies } from "../src/flows/expand-row";
import { flowContext } from "../src/flows/build";
import type { Cluster } from "../src/spec/model";
import { hwAdmits, hwRules } from "./support/huawei-rules";
import { synthSpec, variant } from "./support/synth";

type Q = [group: string, direction: "ingress" | "egress", protocol: string, ports: string | undefined, peer: string];
type Variant = "narrowed" | "cce-default" | "restricted";

const VPC = "cidr:10.0.0.0/16";
const PODS = "cidr:172.16.0.0/16";
const MASTER = "cidr:10.0.0.0/24";
const ANY = "cidr:0.0.0.0/0";
const INTERNAL = "cidr:100.125.0.0/16";

// Written from seed 004 and examples/reference.yaml; keyed by catalog row id.
function worker(t: string): Record<string, Q[]> {
  return {
    [`s004-${t}-in-nodeport-tcp-any`]: [["node", "ingress", "tcp", "30000-32767", ANY]],
    [`s004-${t}-in-nodeport-udp-any`]: [["node", "ingress", "udp", "30000-32767", ANY]],
    [`s004-${t}-in-nodeport-tcp-vpc`]: [["node", "ingress", "tcp", "30000-32767", VPC]],
    [`s004-${t}-in-nodeport-udp-vpc`]: [["node", "ingress", "udp", "30000-32767", VPC]],
    [`s004-${t}-in-nodeport-tcp-pods`]: [["node", "ingress", "tcp", "30000-32767", PODS]],
    [`s004-${t}-in-nodeport-udp-pods`]: [["node", "ingress", "udp", "30000-32767", PODS]],
    [`s004-${t}-in-ssh-any`]: [["node", "ingress", "tcp", "22", ANY]],
    [`s004-${t}-in-ssh-admin`]: [["node", "ingress", "tcp", "22", "cidr:203.0.113.0/24"]],
    [`s004-${t}-in-self-all`]: [["node", "ingress", "all", undefined, "sg:node"]],
    [`s004-${t}-out-any-all`]: [["node", "egress", "all", undefined, ANY]],
  };
}
function master(t: string): Record<string, Q[]> {
  return {
    [`s004-${t}-in-5444-vpc`]: [["control-plane", "ingress", "tcp", "5444", VPC]],
    [`s004-${t}-in-9443-vpc`]: [["control-plane", "ingress", "tcp", "9443", VPC]],
    [`s004-${t}-in-5443-any`]: [["control-plane", "ingress", "tcp", "5443", ANY]],
    [`s004-${t}-in-5443-vpc`]: [["control-plane", "ingress", "tcp", "5443", VPC]],
    [`s004-${t}-in-5443-pods`]: [["control-plane", "ingress", "tcp", "5443", PODS]],
    [`s004-${t}-in-8445-vpc`]: [["control-plane", "ingress", "tcp", "8445", VPC]],
    [`s004-${t}-in-self-all`]: [["control-plane", "ingress", "all", undefined, "sg:control-plane"]],
    [`s004-${t}-out-any-all`]: [["control-plane", "egress", "all", undefined, ANY]],
  };
}
const hardening = (prefix: string): Record<string, Q[]> => ({
  [`${prefix}dns-tcp`]: [["node", "egress", "tcp", "53", "cidr:100.125.1.250/32"], ["node", "egress", "tcp", "53", "cidr:100.125.129.250/32"]],
  [`${prefix}dns-udp`]: [["node", "egress", "udp", "53", "cidr:100.125.1.250/32"], ["node", "egress", "udp", "53", "cidr:100.125.129.250/32"]],
  [`${prefix}coredns-tcp`]: [["node", "egress", "tcp", "5353", PODS]],
  [`${prefix}coredns-udp`]: [["node", "egress", "udp", "5353", PODS]],
  [`${prefix}apiserver-5443`]: [["node", "egress", "tcp", "5443", MASTER]],
  [`${prefix}apiserver-5444-vpc`]: [["node", "egress", "tcp", "5444", VPC]],
  [`${prefix}apiserver-5444-pods`]: [["node", "egress", "tcp", "5444", PODS]],
  [`${prefix}master-6443`]: [["node", "egress", "tcp", "6443", MASTER]],
  [`${prefix}storage-8445`]: [["node", "egress", "tcp", "8445", VPC]],
  [`${prefix}network-9443`]: [["node", "egress", "tcp", "9443", VPC]],
  [`${prefix}vpcep-all`]: [["node", "egress", "all", undefined, "cidr:198.19.128.0/17"]],
  [`${prefix}ntp-123`]: [["node", "egress", "udp", "123", INTERNAL]],
  [`${prefix}obs-443`]: [["node", "egress", "tcp", "443", INTERNAL]],
  [`${prefix}report-6443`]: [["node", "egress", "tcp", "6443", INTERNAL]],
});

const EXPECTED: Record<string, Q[]> = {
  "s004-t1-in-udp-vpc": [["node", "ingress", "udp", "1-65535", VPC]],
  "s004-t1-in-tcp-vpc": [["node", "ingress", "tcp", "1-65535", VPC]],
  "s004-t1-in-icmp-master": [["node", "ingress", "icmp", undefined, "sg:control-plane"]],
  "s004-t1-in-all-pods": [["node", "ingress", "all", undefined, PODS]],
  ...worker("t1"),
  "s004-t2-in-5444-pods": [["control-plane", "ingress", "tcp", "5444", PODS]],
  ...master("t2"),
  "s004-t3-in-vxlan-any": [["node", "ingress", "udp", "4789", ANY]],
  "s004-t3-in-kubelet-master": [["node", "ingress", "tcp", "10250", MASTER]],
  ...worker("t3"),
  "s004-t4-in-vxlan-any": [["control-plane", "ingress", "udp", "4789", ANY]],
  "s004-t4-in-5444-pods": [["control-plane", "ingress", "tcp", "5444", PODS]],
  ...master("t4"),
  "s004-t5-in-kubelet-master": [["node", "ingress", "tcp", "10250", MASTER]],
  "s004-t5-in-all-pods": [["node", "ingress", "all", undefined, PODS]],
  ...worker("t5"),
  "s004-t6-in-5444-any": [["control-plane", "ingress", "tcp", "5444", ANY]],
  "s004-t6-in-all-pods": [["control-plane", "ingress", "all", undefined, PODS]],
  ...master("t6"),
  "s004-t7-in-self-all": [["eni", "ingress", "all", undefined, "sg:eni"]],
  "s004-t7-in-all-vpc": [["eni", "ingress", "all", undefined, VPC]],
  "s004-t7-out-any-all": [["eni", "egress", "all", undefined, ANY]],
  ...hardening("s004-hardening-"),
  "s004-hardening-vxlan": [["node", "egress", "udp", "4789", ANY]],
};

const VARIANTS: Record<Variant, ReturnType<typeof synthSpec>> = {
  narrowed: synthSpec(variant(() => undefined)),
  "cce-default": synthSpec(variant((c) => { c.huawei.profile = "cce-default"; })),
  restricted: synthSpec(variant((c) => { c.huawei.egress = "restricted"; })),
};
const MODELS = ["vpc", "tunnel", "turbo"] as const;

function enabledRows(cluster: Cluster, model: (typeof MODELS)[number]): string[] {
  const target = { cloud: "huawei", model } as const;
  const ctx = flowContext(cluster, target);
  return CATALOG.filter((r) => r.seed === "004" && rowApplies(r, ctx) && expandRow(r, ctx).length > 0).map((r) => r.id);
}

// Which rows hold where, written from seed 004 (tables 1-2 VPC model, 3-4 tunnel, 5-7 Turbo;
// hardening rows only with restricted egress, VXLAN's only in the tunnel model) and the profiles:
// narrowed swaps CCE's 0.0.0.0/0 NodePort and SSH rows (on the worker node group, ours) for
// VPC/container/admin ones and adds 5443 from the VPC and containers; 5443 from 0.0.0.0/0 is CCE's
// own rule on the master group it creates, so it holds in every profile (adding rules cannot narrow
// it). Restricted egress replaces the worker nodes' allow-all with the hardening list.
const TABLES: Record<(typeof MODELS)[number], string[]> = { vpc: ["t1", "t2"], tunnel: ["t3", "t4"], turbo: ["t5", "t6", "t7"] };
const NARROWED_ONLY = /-(nodeport-(tcp|udp)-(vpc|pods)|ssh-admin|5443-(vpc|pods))$/;
const CCE_DEFAULT_ONLY = /-(nodeport-(tcp|udp)-any|ssh-any)$/;

function expectedRows(v: Variant, model: (typeof MODELS)[number]): string[] {
  return Object.keys(EXPECTED).filter((id) => {
    const table = /^s004-(t\d|hardening)-/.exec(id)![1];
    if (table === "hardening") return v === "restricted" && (id !== "s004-hardening-vxlan" || model === "tunnel");
    if (!TABLES[model].includes(table)) return false;
    if (v === "cce-default" ? NARROWED_ONLY.test(id) : CCE_DEFAULT_ONLY.test(id)) return false;
    return !(v === "restricted" && /^s004-t[135]-out-any-all$/.test(id));
  });
}

// The cases come from the hand-written tables, so a catalog row that goes missing (or stops
// applying) fails its case instead of silently dropping it.
const cases = (Object.keys(VARIANTS) as Variant[]).flatMap((v) => MODELS.flatMap((model) => expectedRows(v, model).map((row) => [row, model, v] as const)));

test("every seed 004 row is enabled by some variant and has an expectation", () => {
  const enabled = new Set(cases.map(([row]) => row));
  const seed004 = CATALOG.filter((r) => r.seed === "004").map((r) => r.id);
  expect([...enabled].sort()).toEqual([...seed004].sort());
  expect(Object.keys(EXPECTED).sort()).toEqual([...seed004].sort());
});

test.each((Object.keys(VARIANTS) as Variant[]).flatMap((v) => MODELS.map((model) => [v, model] as const)))(
  "the catalog enables exactly the expected rows (%s, cce-%s)",
  (v, model) => {
    expect(enabledRows(VARIANTS[v].clusters[0], model).sort()).toEqual(expectedRows(v, model).sort());
  },
);

/** Seed 004: "a security group ... is automatically created for the master nodes" and, Turbo, the ENI group. */
const CREATED_BY_CCE = new Set(["control-plane", "eni"]);

test.each(cases)("%s holds on cce-%s (%s)", (row, model, v) => {
  const rules = hwRules(VARIANTS[v].stacks[`prod-cce-${model}`]);
  for (const [group, direction, protocol, ports, peer] of EXPECTED[row]) {
    const found = hwAdmits(rules, { group, direction, protocol, ports, peer }) !== undefined;
    expect({ row, found }).toEqual({ row, found: !CREATED_BY_CCE.has(group) });
  }
});

test("the rows of CCE's master and ENI groups are modelled as CCE's own, except the narrowed ones", () => {
  const narrowed = new Set(["in-5443-vpc", "in-5443-pods"]);
  for (const [id, qs] of Object.entries(EXPECTED)) {
    const row = CATALOG.find((r) => r.id === id)!;
    const onCceGroup = qs.every(([group]) => CREATED_BY_CCE.has(group));
    const ours = narrowed.has(id.replace(/^s004-t\d-/, ""));
    expect({ id, providedBy: row.providedBy !== undefined }).toEqual({ id, providedBy: onCceGroup && !ours });
  }
});
