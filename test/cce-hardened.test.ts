// Hardened on CCE: `profile: hardened` on CCE follows seed 000's hardened design, where no node
// group row admits SSH: SSH enters only at the bastion (its sshFrom), and the bastion reaches the
// cluster through kube-apiserver. And Huawei stacks speak Huawei: no AWS group or service names in
// any description they emit.
import { rmSync } from "node:fs";
import { SpecObject, Synthesized, referenceSpec, synthSpec, variant } from "./support/synth";

const MODELS = ["vpc", "tunnel", "turbo"] as const;

interface HuaweiRule {
  description: string;
  direction: string;
  protocol?: string;
  ports?: string;
  remote_ip_prefix?: string;
  remote_group_id?: string;
  security_group_id: string;
}

const made: Synthesized[] = [];
function synth(spec: SpecObject): Synthesized {
  const s = synthSpec(spec);
  made.push(s);
  return s;
}
afterAll(() => made.forEach((s) => rmSync(s.outdir, { recursive: true, force: true })));

function rulesOf(s: Synthesized, model: string): HuaweiRule[] {
  const doc = s.stacks[`prod-cce-${model}`];
  return Object.values(doc.resource?.huaweicloud_networking_secgroup_rule ?? {}) as unknown as HuaweiRule[];
}

/** Does a Huawei rule's port field (empty: all ports; "22", "80,443", "1-65535") take TCP 22? */
function takesSsh(r: HuaweiRule): boolean {
  if (r.protocol !== undefined && r.protocol !== "tcp") return false;
  if (!r.ports) return true;
  return r.ports.split(",").some((p) => {
    const [from, to = from] = p.split("-").map(Number);
    return from <= 22 && 22 <= to;
  });
}

// The reference spec's in-cluster networks (vpcCidrs, the CCE container CIDR): seed 004's
// node-to-node and container rows admit all TCP from them; those are not operator access.
const CLUSTER_NETWORKS = ["10.0.0.0/16", "172.16.0.0/16"];

/** CIDRs outside the cluster's networks from which a group takes TCP 22. */
const sshFromCidrs = (rules: HuaweiRule[], group: string) =>
  rules
    .filter((r) => r.direction === "ingress" && r.security_group_id === `\${huaweicloud_networking_secgroup.${group}.id}` && r.remote_ip_prefix !== undefined && takesSsh(r))
    .map((r) => r.remote_ip_prefix)
    .filter((cidr) => !CLUSTER_NETWORKS.includes(cidr!));

const hardened = () => variant((c) => { c.profile = "hardened"; });

describe.each(MODELS)("CCE %s model", (model) => {
  test("recommended (control): worker nodes take SSH from the admin CIDRs (seed 004, narrowed)", () => {
    expect(sshFromCidrs(rulesOf(synth(referenceSpec()), model), "node")).toEqual(["203.0.113.0/24"]);
  });

  test("hardened: no SSH from any CIDR to worker nodes; the bastion still takes SSH from its sshFrom", () => {
    const rules = rulesOf(synth(hardened()), model);
    expect(sshFromCidrs(rules, "node")).toEqual([]);
    expect(sshFromCidrs(rules, "jump")).toEqual(["203.0.113.0/24"]);
    // The bastion reaches the cluster through kube-apiserver (5443) on CCE's master group (whose
    // own 5443 row admits it).
    const toApi = rules.filter((r) => r.direction === "egress" && r.security_group_id === "${huaweicloud_networking_secgroup.jump.id}" && r.remote_group_id === "${var.control_plane_security_group_id}");
    expect(toApi.map((r) => [r.protocol, r.ports, r.description])).toEqual([["tcp", "5443", "Bastion tier group - APIServer"]]);
  });

  test("hardened with huawei.profile cce-default: no SSH from 0.0.0.0/0 to worker nodes either", () => {
    const rules = rulesOf(synth(variant((c) => { c.profile = "hardened"; c.huawei.profile = "cce-default"; })), model);
    expect(sshFromCidrs(rules, "node")).toEqual([]);
  });
});

// AWS group and service names seed 000/002 use; none belongs in a Huawei stack.
const AWS_TERMS = /AWS|EKS|\bALB\b|\bNLB\b|target group|Nodegroup|Instance Security Group|Cluster Security Group|Elastic Load Balancer|launch template|Fargate/;

describe.each([["reference", referenceSpec], ["hardened", hardened]] as const)("Huawei descriptions, %s spec", (_, spec) => {
  const s = synth(spec());
  test.each(MODELS)("%s: every resource, output and variable description is in Huawei terms", (model) => {
    const doc = s.stacks[`prod-cce-${model}`] as unknown as Record<string, Record<string, Record<string, { description?: string }>>>;
    const texts: string[] = [];
    for (const blocks of Object.values(doc.resource ?? {})) for (const b of Object.values(blocks)) if (b.description) texts.push(b.description);
    for (const section of ["output", "variable"]) for (const b of Object.values(doc[section] ?? {})) if (typeof b.description === "string") texts.push(b.description);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => AWS_TERMS.test(t))).toEqual([]);
    // The seed 002 load balancer rows, in ELB terms.
    expect(texts.some((t) => t.includes("ELB - backend server group health check"))).toBe(true);
  });
});
