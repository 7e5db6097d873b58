// The checker judges interfaces (what a node pool, a pod, an instance carries), read from the
// `placement` output, on small hand-written documents: a flow needs some egress of the source's
// groups and some ingress of the destination's from a peer the source matches; roles come from
// the role tag and `cloud_security_group_ids`, never from descriptions; the groups CCE creates
// carry seed 004's rules as CCE writes them.
import { allows } from "../src/verify/allows";
import { loadOptionsOf } from "../src/verify/cluster-context";
import { Endpoints as E } from "../src/verify/endpoint";
import { VerifyError } from "../src/verify/errors";
import { LoadOptions, loadStack } from "../src/verify/load-stack";
import type { TfJson } from "../src/verify/terraform-json";
import { loadSpec } from "../src/spec/load";
import { huaweiDoc, hwSg } from "./fixtures/verify/docs";
import { referenceSpec } from "./support/synth";

const [cluster] = loadSpec(referenceSpec());
const turbo = { cloud: "huawei", model: "turbo" } as const;
const ENI = "eni-group-0001";
const MASTER = "master-group-0001";

/** A Turbo cluster in miniature: the ENI and master groups are CCE's, the rest ours. */
function turboDoc(placement: Record<string, string[]>, extraOutputs: TfJson["output"] = {}): TfJson {
  const doc = huaweiDoc(
    { node: "node", web: "node-app", db: "database" },
    {
      "db/in-web": { direction: "ingress", protocol: "tcp", ports: "5432", remote_group_id: hwSg("web") },
      "node/out": { direction: "egress", remote_ip_prefix: "0.0.0.0/0" },
    },
  );
  return {
    ...doc,
    output: {
      cloud_security_group_ids: { value: { eni: ENI, "control-plane": MASTER } },
      placement: { value: placement },
      ...extraOutputs,
    },
  };
}

const PLACEMENT = {
  "control-plane": [MASTER],
  "node-pool:apps": [hwSg("node"), hwSg("web")],
  "pods:default": [ENI],
  "pods:web": [ENI, hwSg("web")],
  "tier:db": [hwSg("db")],
};
const options: LoadOptions = loadOptionsOf(cluster, turbo);
const stack = loadStack(turboDoc(PLACEMENT), options);
const db5432 = (from: string, s = stack) => allows(s, { from: E.iface(from), to: E.iface("tier:db"), protocol: "tcp", port: 5432 });

test("the interfaces and the groups each carries, in order, as the placement output lists them", () => {
  expect(stack.interfaces.map((i) => [i.id, i.groups])).toEqual([
    ["control-plane", [MASTER]],
    ["node-pool:apps", ["huaweicloud_networking_secgroup.node", "huaweicloud_networking_secgroup.web"]],
    ["pods:default", [ENI]],
    ["pods:web", [ENI, "huaweicloud_networking_secgroup.web"]],
    ["tier:db", ["huaweicloud_networking_secgroup.db"]],
  ]);
  const eni = stack.groups.find((g) => g.id === ENI)!;
  expect(eni).toMatchObject({ tier: "eni", role: "eni", managed: false });
  expect(stack.groups.find((g) => g.id === MASTER)).toMatchObject({ tier: "control-plane", role: "control-plane", managed: false });
});

test("app pods reach the database through the tier group they carry; default pods do not", () => {
  const r = db5432("pods:web");
  expect(r.verdict).toBe("allowed");
  // Out through CCE's ENI group (seed 004 Table 7), in by the database's rule naming web.
  expect(r.egressRule?.address).toMatch(/s004-t7-out-any-all/);
  expect(r.ingressRule?.address).toBe("huaweicloud_networking_secgroup_rule.db_in-web");
  expect(db5432("pods:default").verdict).toBe("denied");
  expect(db5432("node-pool:apps").verdict).toBe("allowed");
});

test("without the tier group on the pods, the same pods are denied", () => {
  const unbound = loadStack(turboDoc({ ...PLACEMENT, "pods:web": [ENI] }), options);
  expect(db5432("pods:web", unbound).verdict).toBe("denied");
});

test("a peer matches by any group the source carries or by its addresses", () => {
  // Table 7 admits the VPC to the ENI group: the node pool (VPC addresses) reaches the default pods,
  // the control plane (10.0.0.0/24, inside the VPC) too; the internet does not.
  expect(allows(stack, { from: E.iface("node-pool:apps"), to: E.iface("pods:default"), protocol: "tcp", port: 8080 }).verdict).toBe("allowed");
  expect(allows(stack, { from: E.internet(["10.0.0.0/16", "172.16.0.0/16"]), to: E.iface("pods:default"), protocol: "tcp", port: 8080 }).verdict).toBe("denied");
  // Pods reach each other through the ENI group's own "All from ENI security group" row.
  expect(allows(stack, { from: E.iface("pods:default"), to: E.iface("pods:web") }).verdict).toBe("allowed");
});

test("CCE's master group keeps 5443 from anywhere: adding narrowed rules cannot remove it", () => {
  const r = allows(stack, { from: E.cidr("198.51.100.7"), to: E.iface("control-plane"), protocol: "tcp", port: 5443 });
  expect(r.verdict).toBe("allowed");
  expect(r.ingressRule?.address).toMatch(/s004-t6-in-5443-any/);
  // The narrowed rows are the project's to add; CCE's own rows come in the form CCE creates them.
  expect(stack.rules.filter((x) => x.group === MASTER).map((x) => x.seedRow)).not.toContain("s004-t6-in-5443-vpc");
});

test("roles come from the role tag, also inside a modules' merge() expression, never from descriptions", () => {
  const doc = turboDoc(PLACEMENT, {
    decoy: { value: "sg-decoy", description: "ID of the cluster security group (role cluster)" },
  });
  doc.resource!.huaweicloud_networking_secgroup.node.tags = '${merge(var.tags, { "cluster-sg-role" = "node" })}';
  const s = loadStack(doc, options);
  expect(s.groups.find((g) => g.tier === "node")?.role).toBe("node");
  expect(s.groups.some((g) => g.id === "sg-decoy")).toBe(false);
});

test("a placement naming a group the stack does not have, or no list, is a clear error", () => {
  expect(() => loadStack(turboDoc({ ...PLACEMENT, "pods:web": [ENI, hwSg("ghost")] }), options)).toThrow(
    'output.placement["pods:web"][1]: ${huaweicloud_networking_secgroup.ghost.id} names a group that is not in this stack',
  );
  expect(() => loadStack(turboDoc({ ...PLACEMENT, "pods:web": ENI as unknown as string[] }), options)).toThrow(VerifyError);
  expect(() => allows(stack, { from: E.iface("pods:nothing"), to: E.iface("tier:db") })).toThrow(/no interface "pods:nothing".*known: control-plane, node-pool:apps/);
});
