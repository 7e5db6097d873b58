// Mermaid diagrams of the reference stacks, drawn between interfaces (each node an interface with
// the groups it carries): the edges the rules allow (and none they do not), the
// same text however often it is drawn and in whatever order the document lists its rules, and
// module stacks drawn from their Terraform JSON plus the spec's values as inputs.
import { App } from "cdktf";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ModuleStack } from "../src/cdktf/module-stack";
import { diagramCommand } from "../src/cli/verify-diagram";
import { bindableSettings } from "../src/flows/bindings";
import type { Target } from "../src/flows/target";
import { loadOptionsOf, stackName, targetsOf } from "../src/verify/cluster-context";
import { diagramForTerraformJson, stackDiagram } from "../src/verify/diagram";
import { loadStack } from "../src/verify/load-stack";
import type { TfJson } from "../src/verify/terraform-json";
import { REFERENCE, referenceSpec, synthSpec } from "./support/synth";

const ref = synthSpec(referenceSpec());
const [cluster] = ref.clusters;
const targetOf = (name: string): Target => targetsOf(cluster).find((t) => stackName(cluster, t) === name)!;
const diagramOf = (name: string, doc: TfJson = ref.stacks[name]) => diagramForTerraformJson(doc, { cluster, target: targetOf(name) });

/** "from -> to: label" for every edge line. */
function edges(mermaid: string): string[] {
  return [...mermaid.matchAll(/^ {2}(\w+) -->\|"([^"]*)"\| (\w+)$/gm)].map((m) => `${m[1]} -> ${m[3]}: ${m[2]}`);
}

describe("prod-aws-eks", () => {
  const text = diagramOf("prod-aws-eks");

  test("a flowchart with every interface and the groups it carries (tier and role), inside the stack's box", () => {
    expect(text.startsWith('flowchart LR\n  subgraph stack_prod_aws_eks["prod-aws-eks"]\n')).toBe(true);
    expect(text).toContain('    if_node_pool_apps["node-pool:apps<br/>node (node), web (node-app)"]\n');
    expect(text).toContain('    if_node_pool_system["node-pool:system<br/>node (node), node-addon (node-addon)"]\n');
    expect(text).toContain('    if_tier_orders_db["tier:orders-db<br/>orders-db (database)"]\n');
    expect(text).toContain('    if_control_plane["control-plane<br/>cluster (cluster, not managed here), control-plane (control-plane)"]\n');
    expect(text).toContain('    if_fargate["fargate<br/>cluster (cluster, not managed here)"]\n');
    expect(text).not.toContain("sg_");
    expect(text).toContain('  net_internet(("internet<br/>0.0.0.0/0"))\n');
    expect(text).toContain('  net_203_0_113_0_24(["admin, jump SSH<br/>203.0.113.0/24"])\n');
  });

  test("the allowed flows as labelled edges: service and health-check ports stay apart", () => {
    expect(edges(text)).toEqual(
      expect.arrayContaining([
        "net_internet -> if_tier_edge: TCP 443",
        "if_tier_edge -> if_node_pool_apps: TCP 8080, TCP 8081",
        "if_node_pool_apps -> if_tier_orders_db: TCP 5432",
        "if_node_pool_apps -> if_tier_sessions: TCP 6379",
        "net_203_0_113_0_24 -> if_tier_jump: TCP 22",
        "if_control_plane -> if_node_pool_apps: TCP 443, TCP 1025-65535",
        "if_control_plane -> if_node_pool_system: TCP 443, TCP 1025-65535",
        "if_node_pool_apps -> if_node_pool_system: ALL",
        "if_node_pool_system -> if_tier_endpoints: TCP 443",
        "if_node_pool_system -> net_internet: ALL",
      ]),
    );
  });

  test("nothing reaches the database but its client's pool, and the internet reaches only the load balancer", () => {
    expect(edges(text).filter((e) => e.includes("-> if_tier_orders_db"))).toEqual(["if_node_pool_apps -> if_tier_orders_db: TCP 5432"]);
    expect(edges(text).filter((e) => e.startsWith("net_internet ->"))).toEqual(["net_internet -> if_tier_edge: TCP 443"]);
  });
});

test("prod-cce-tunnel: VXLAN from anywhere to the masters and both node pools, NodePort only from the VPC and pods", () => {
  const e = edges(diagramOf("prod-cce-tunnel"));
  expect(e).toEqual(
    expect.arrayContaining([
      "net_internet -> if_node_pool_apps: UDP 4789",
      "net_internet -> if_node_pool_system: UDP 4789",
      // Seed 004 Table 4: CCE's master group admits 5443 and 4789 from 0.0.0.0/0 (CCE's own rules).
      "net_internet -> if_control_plane: TCP 5443, UDP 4789",
      "net_10_0_0_0_16 -> if_node_pool_apps: TCP 30000-32767, UDP 30000-32767",
      "net_172_16_0_0_16 -> if_node_pool_system: TCP 30000-32767, UDP 30000-32767",
      "if_tier_edge -> if_node_pool_apps: TCP 8080, TCP 8081",
    ]),
  );
  expect(e.filter((x) => x.startsWith("net_internet ->")).length).toBe(4);
  expect(e.filter((x) => x.includes("-> if_tier_orders_db"))).toEqual(["if_node_pool_apps -> if_tier_orders_db: TCP 5432"]);
});

test("prod-cce-turbo: app pods reach the database and cache; the default pods reach neither", () => {
  const text = diagramOf("prod-cce-turbo");
  expect(text).toContain('    if_pods_web["pods:web<br/>eni (eni');
  const e = edges(text);
  expect(e).toEqual(expect.arrayContaining(["if_pods_web -> if_tier_orders_db: TCP 5432", "if_pods_web -> if_tier_sessions: TCP 6379"]));
  // The load balancer listens to everyone on 443; the stores and endpoints admit no default pod.
  expect(e.filter((x) => x.startsWith("if_pods_default -> if_tier_"))).toEqual(["if_pods_default -> if_tier_edge: TCP 443"]);
});

test("deterministic: the same text every time, whatever order the rules are listed in", () => {
  for (const name of Object.keys(ref.stacks)) {
    const reversed: TfJson = JSON.parse(JSON.stringify(ref.stacks[name]));
    for (const [type, blocks] of Object.entries(reversed.resource!)) reversed.resource![type] = Object.fromEntries(Object.entries(blocks).reverse());
    expect(diagramOf(name, reversed)).toBe(diagramOf(name));
    expect(diagramOf(name)).toBe(diagramOf(name));
  }
});

test("stackDiagram on a loaded stack gives the same diagram, bare CIDRs unless labels are passed", () => {
  const name = "prod-cce-vpc";
  const stack = loadStack(ref.stacks[name], loadOptionsOf(cluster, targetOf(name)));
  const bare = stackDiagram(stack);
  expect(bare).toContain('  net_10_0_0_0_16(["10.0.0.0/16"])\n');
  expect(edges(bare)).toEqual(edges(diagramOf(name)));
});

describe("module stacks: diagramForTerraformJson with the spec's values as inputs", () => {
  const inputs = {
    ...Object.fromEntries(bindableSettings(cluster).map((s) => [s.variable, s.value])),
    cluster_name: cluster.name,
    cluster_security_group_id: cluster.aws!.clusterSecurityGroupId!,
  };
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), "cluster-sg-diagram-modules-")), skipValidation: true });

  test.each(["prod-aws-eks", "prod-cce-turbo"])("%s: the module draws the same flows as the stack", (name) => {
    const doc = new ModuleStack(app, `module-${name}`, cluster, targetOf(name)).toTerraform() as TfJson;
    expect(diagramForTerraformJson(doc, { inputs, cluster, target: targetOf(name) })).toBe(diagramOf(name));
    // Without the spec, blocks are named after the inputs that hold them.
    expect(diagramForTerraformJson(doc, { inputs, title: "module" })).toContain('(["admin cidrs<br/>203.0.113.0/24"])');
  });
});

test("the diagram command with --stacks and --out: one <stack>.mmd file per stack, paths on stdout", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cluster-sg-diagram-out-")), "diagrams");
  const printed: string[] = [];
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => (printed.push(String(chunk)), true));
  try {
    expect(diagramCommand({ spec: REFERENCE, stacks: ref.outdir, out })).toBe(0);
  } finally {
    write.mockRestore();
  }
  expect(readdirSync(out).sort()).toEqual(["prod-aws-eks.mmd", "prod-cce-tunnel.mmd", "prod-cce-turbo.mmd", "prod-cce-vpc.mmd"]);
  expect(printed.join("")).toBe(["prod-aws-eks", "prod-cce-vpc", "prod-cce-tunnel", "prod-cce-turbo"].map((n) => `${join(out, `${n}.mmd`)}\n`).join(""));
  expect(readFileSync(join(out, "prod-cce-tunnel.mmd"), "utf8")).toBe(diagramOf("prod-cce-tunnel"));
});
