// The constructs' typed group IDs: platform groups by role, application tiers by name, and the
// groups each interface carries (seed 003), resolved to the groups they name in the stack.
import { Testing, TerraformElement, TerraformOutput, TerraformStack } from "cdktf";
import { EksSecurityGroups } from "../src/cdktf/eks-security-groups";
import { CceSecurityGroups } from "../src/cdktf/cce-security-groups";
import { loadSpec } from "../src/spec/load";
import { referenceSpec, variant } from "./support/synth";

const stack = () => new TerraformStack(Testing.app(), "s");
const [reference] = loadSpec(referenceSpec());
/** Resolves tokens as synth does: a group ID becomes the `${...id}` reference of the group it names. */
let outputs = 0;
const resolve = (s: TerraformStack, value: unknown) => {
  const name = `v${outputs++}`;
  new TerraformOutput(s, name, { value });
  return (JSON.parse(Testing.synth(s)) as { output: Record<string, { value: unknown }> }).output[name].value;
};

describe("EksSecurityGroups", () => {
  const s = stack();
  const sg = new EksSecurityGroups(s, "eks", { cluster: reference });
  const ref = (logical: string) => `\${aws_security_group.${logical}.id}`;
  const logicalOf = (tier: string) => s.getLogicalId(sg.node.findChild(tier) as TerraformElement);

  test("platform groups by role", () => {
    expect(resolve(s, sg.nodeSecurityGroupId)).toBe(ref(logicalOf("node")));
    expect(resolve(s, sg.controlPlaneSecurityGroupId)).toBe(ref(logicalOf("control-plane")));
    expect(resolve(s, sg.nodeAddonSecurityGroupId)).toBe(ref(logicalOf("node-addon")));
    // The reference spec names the EKS-created group: referenced, not created.
    expect(sg.clusterSecurityGroupId).toBe("sg-0123456789abcdef0");
  });

  test("application tiers by name, platform groups left out", () => {
    expect(Object.keys(sg.tierSecurityGroupIds).sort()).toEqual(["edge", "endpoints", "jump", "orders-db", "sessions", "web"]);
    expect(resolve(s, sg.tierSecurityGroupId("orders-db"))).toBe(ref(logicalOf("orders-db")));
    expect(() => sg.tierSecurityGroupId("db")).toThrow('no security group for tier "db"; application tiers: edge, endpoints, jump, orders-db, sessions, web');
    expect(() => sg.tierSecurityGroupId("node")).toThrow(/no security group for tier "node"/);
  });

  test("what each interface carries (seed 003)", () => {
    expect(resolve(s, sg.controlPlaneSecurityGroupIds)).toEqual([ref(logicalOf("control-plane"))]);
    // The add-on node group carries the node and add-on groups; the app node group the node group and its tiers' groups.
    expect(resolve(s, sg.nodeGroupSecurityGroupIds("system"))).toEqual([ref(logicalOf("node")), ref(logicalOf("node-addon"))]);
    expect(resolve(s, sg.nodeGroupSecurityGroupIds("apps"))).toContain(ref(logicalOf("node")));
    expect(resolve(s, sg.nodeGroupSecurityGroupIds("apps"))).not.toContain(ref(logicalOf("node-addon")));
    expect(() => sg.nodeGroupSecurityGroupIds("gpu")).toThrow('no node group "gpu"; node groups: apps, system');
  });

  test("no add-on node group: no add-on group ID", () => {
    const [cluster] = loadSpec(variant((c) => { c.nodeGroups = [{ name: "apps", role: "app" }]; }));
    expect(new EksSecurityGroups(stack(), "eks", { cluster }).nodeAddonSecurityGroupId).toBeUndefined();
  });
});

describe("CceSecurityGroups", () => {
  test("the ENI group exists in Turbo only", () => {
    const s = stack();
    const turbo = new CceSecurityGroups(s, "turbo", { cluster: reference, model: "turbo" });
    const eni = s.getLogicalId(turbo.node.findChild("eni") as TerraformElement);
    expect(resolve(s, turbo.eniSecurityGroupId)).toBe(`\${huaweicloud_networking_secgroup.${eni}.id}`);
    expect(new CceSecurityGroups(stack(), "vpc", { cluster: reference, model: "vpc" }).eniSecurityGroupId).toBeUndefined();
  });

  test("node, master and tier groups", () => {
    const s = stack();
    const sg = new CceSecurityGroups(s, "cce", { cluster: reference, model: "tunnel" });
    const ref = (tier: string) => `\${huaweicloud_networking_secgroup.${s.getLogicalId(sg.node.findChild(tier) as TerraformElement)}.id}`;
    expect(resolve(s, sg.nodeSecurityGroupId)).toBe(ref("node"));
    expect(resolve(s, sg.controlPlaneSecurityGroupId)).toBe(ref("control-plane"));
    expect(resolve(s, sg.tierSecurityGroupId("sessions"))).toBe(ref("sessions"));
    expect(Object.keys(sg.tierSecurityGroupIds)).not.toContain("node");
    expect(() => sg.tierSecurityGroupId("cache")).toThrow(/application tiers: .*sessions/);
  });
});
