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
  // Seed 004: CCE creates the master group and, Turbo, the ENI group itself: referenced, never created.
  test("the ENI group exists in Turbo only, as the ID the app gives (else a variable of the stack)", () => {
    const s = stack();
    const given = new CceSecurityGroups(s, "given", { cluster: reference, model: "turbo", eniSecurityGroupId: "1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1" });
    expect(given.eniSecurityGroupId).toBe("1b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1");
    expect(() => given.node.findChild("eni")).toThrow(/No child with id: 'eni'/);
    const t = stack();
    const turbo = new CceSecurityGroups(t, "turbo", { cluster: reference, model: "turbo" });
    // In a user's app the variable is named within the construct's scope.
    expect(resolve(t, turbo.eniSecurityGroupId)).toMatch(/^\$\{var\.turbo_eni_security_group_id_[0-9A-F]+\}$/);
    expect(new CceSecurityGroups(stack(), "vpc", { cluster: reference, model: "vpc" }).eniSecurityGroupId).toBeUndefined();
  });

  test("node, add-on and tier groups are ours; the master group is CCE's", () => {
    const s = stack();
    const sg = new CceSecurityGroups(s, "cce", { cluster: reference, model: "tunnel" });
    const ref = (tier: string) => `\${huaweicloud_networking_secgroup.${s.getLogicalId(sg.node.findChild(tier) as TerraformElement)}.id}`;
    expect(resolve(s, sg.nodeSecurityGroupId)).toBe(ref("node"));
    expect(resolve(s, sg.nodeAddonSecurityGroupId)).toBe(ref("node-addon"));
    expect(resolve(s, sg.controlPlaneSecurityGroupId)).toMatch(/^\$\{var\.cce_control_plane_security_group_id_[0-9A-F]+\}$/);
    expect(resolve(s, sg.tierSecurityGroupId("sessions"))).toBe(ref("sessions"));
    expect(Object.keys(sg.tierSecurityGroupIds)).not.toContain("node");
    expect(() => sg.tierSecurityGroupId("cache")).toThrow(/application tiers: .*sessions/);
  });
});
