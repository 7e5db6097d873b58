// The published modules: generated from the reference spec, committed, formatted, consumable from
// plain Terraform (init/validate/plan with the real AWS provider), schema-valid for huaweicloud.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { generateModules } from "../src/modules/generate";
import { buildFlows } from "../src/flows";
import { planAwsRules } from "../src/rules/aws";
import { loadSpecFile } from "../src/spec/load";
import { checkHuaweicloudConfig, formatViolations } from "../src/validate/huaweicloud-schema";
import { hclAsTfJson } from "./support/hcl";
import { initCopy, plan, terraform, terraformEnv } from "./support/terraform";
import { REFERENCE, ROOT } from "./support/synth";

const MODULES = join(ROOT, "modules");
const clusters = loadSpecFile(REFERENCE);
const generated = generateModules(clusters);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("generation", () => {
  test("committed modules/ match a fresh generation (run `npm run modules`)", () => {
    const expected: Record<string, string> = {};
    for (const m of generated) for (const [f, text] of Object.entries(m.files)) expected[`${m.name}/${f}`] = text;
    // The marker lets `npm run modules` replace the folder; it is not part of any module.
    const files = filesUnder(MODULES).filter((f) => relative(MODULES, f) !== ".cluster-sg-output");
    const committed = Object.fromEntries(files.map((f) => [relative(MODULES, f), readFileSync(f, "utf8")]));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(expected).sort());
    for (const f of Object.keys(expected)) expect({ f, text: committed[f] }).toEqual({ f, text: expected[f] });
  });

  test("modules/ holds the marker that lets `npm run modules` replace it", () => {
    expect(readFileSync(join(MODULES, ".cluster-sg-output"), "utf8")).toMatch(/^cluster-sg modules output/);
  });

  test("generation is deterministic", () => {
    expect(JSON.stringify(generateModules(clusters))).toBe(JSON.stringify(generated));
  });

  test("one module per rendering, with the standard structure and no provider or backend", () => {
    expect(generated.map((m) => m.name)).toEqual(["aws-eks-security-groups", "huaweicloud-cce-vpc", "huaweicloud-cce-tunnel", "huaweicloud-cce-turbo"]);
    for (const m of generated) {
      expect(Object.keys(m.files).sort()).toEqual(["README.md", "examples/basic/main.tf", "examples/basic/versions.tf", "main.tf", "outputs.tf", "tests/rules.tftest.hcl", "variables.tf", "versions.tf"]);
      const body = m.files["main.tf"] + m.files["variables.tf"] + m.files["outputs.tf"];
      expect(body).not.toMatch(/^\s*(provider|backend)\s/m);
      expect(body).not.toContain('"//"');
      expect(body).not.toContain("metadata");
      expect(m.files["versions.tf"]).toMatch(/required_version = ">= 1\.\d+\.\d+"/);
      expect(m.files["versions.tf"]).toMatch(/version = ">= [\d.]+, < [\d.]+"/);
    }
  });

  test("README tables list every variable and output, and the seed rows of every rule", () => {
    for (const m of generated) {
      const readme = m.files["README.md"];
      for (const [, name] of m.files["variables.tf"].matchAll(/^variable "([^"]+)"/gm)) expect(readme).toContain(`| \`${name}\` |`);
      for (const [, name] of m.files["outputs.tf"].matchAll(/^output "([^"]+)"/gm)) expect(readme).toContain(`| \`${name}\` |`);
      // The spec's rules; `<group>_additional*` blocks hold the consumer's *_additional_rules.
      const rules = (m.files["main.tf"].match(/^resource "(aws_vpc_security_group_\w+_rule|huaweicloud_networking_secgroup_rule)" "(?!\w+_additional(_cidr|_group)?")/gm) ?? []).length;
      const rows = readme.split("## Rules and the seed rows they implement")[1].split("\n").filter((l) => /^\| [a-z]/.test(l) && !l.startsWith("| group |"));
      expect(rows).toHaveLength(rules);
      for (const row of rows) expect(row).toMatch(/seed 00\d `s00|spec `/);
    }
  });

  test("terraform fmt -check passes on every module and example", () => {
    const dir = mkdtempSync(join(tmpdir(), "cluster-sg-fmt-"));
    expect(() => execFileSync("terraform", ["fmt", "-check", "-recursive", MODULES], { env: terraformEnv(dir), stdio: "pipe" })).not.toThrow();
  });
});

describe("aws-eks-security-groups from plain Terraform", () => {
  const layout = mkdtempSync(join(tmpdir(), "cluster-sg-module-"));
  cpSync(MODULES, join(layout, "modules"), { recursive: true });
  cpSync(join(ROOT, "test", "fixtures", "modules", "aws-root"), join(layout, "root"), { recursive: true });
  let root: string;
  let changes: ReturnType<typeof plan>;

  beforeAll(() => {
    root = initCopy(layout, "root");
    changes = plan(root);
  });

  test("init, validate and an offline plan create exactly the groups and rules the spec implies", () => {
    expect(terraform(root, ["validate"])).toContain("Success");
    const addresses = changes.map((c) => c.address).sort();
    const model = planAwsRules(buildFlows(clusters[0], { cloud: "aws" }, { keepBoundPorts: true }), { bindings: true });
    const ssh = ["198.51.100.0/24", "203.0.113.0/24"];
    const expected = model.flatMap((g) => [
      ...(g.created ? [`module.eks_sg.aws_security_group.${g.tier.replace(/-/g, "_")}`] : []),
      ...g.rules.flatMap((r) => {
        const address = `module.eks_sg.aws_vpc_security_group_${r.direction}_rule.${`${g.tier}_${r.key}`.replace(/-/g, "_")}`;
        return r.forEach ? ssh.map((c) => `${address}["${c}"]`) : [address];
      }),
    ]);
    expect(addresses).toEqual(expected.sort());
    // The same plan against a hand-written list (seed rows + examples/reference.yaml + the root
    // module's variables): rule address -> [ip_protocol, from_port, to_port].
    const written: Record<string, [string, number | null, number | null]> = {
      "egress_rule.control_plane_egress_tcp_443_to_node": ["tcp", 443, 443],
      "egress_rule.control_plane_egress_tcp_1025_65535_to_node": ["tcp", 1025, 65535],
      "egress_rule.control_plane_egress_tcp_admission_webhook_port_to_node": ["tcp", 9443, 9443],
      "ingress_rule.control_plane_ingress_tcp_443_from_jump": ["tcp", 443, 443],
      "ingress_rule.control_plane_ingress_tcp_443_from_node": ["tcp", 443, 443],
      "egress_rule.node_egress_all_to_0_0_0_0_0": ["-1", null, null],
      "egress_rule.node_egress_all_to_self": ["-1", null, null],
      "egress_rule.node_egress_tcp_443_to_control_plane": ["tcp", 443, 443],
      "ingress_rule.node_ingress_all_from_self": ["-1", null, null],
      "ingress_rule.node_ingress_tcp_443_from_control_plane": ["tcp", 443, 443],
      "ingress_rule.node_ingress_tcp_1025_65535_from_control_plane": ["tcp", 1025, 65535],
      "ingress_rule.node_ingress_tcp_admission_webhook_port_from_control_plane": ["tcp", 9443, 9443],
      "egress_rule.node_addon_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
      "egress_rule.edge_egress_tcp_web_health_check_port_to_web": ["tcp", 8081, 8081],
      "egress_rule.edge_egress_tcp_web_service_port_to_web": ["tcp", 8080, 8080],
      "ingress_rule.edge_ingress_tcp_edge_listener_port_from_0_0_0_0_0": ["tcp", 443, 443],
      "ingress_rule.endpoints_ingress_tcp_443_from_jump": ["tcp", 443, 443],
      "ingress_rule.endpoints_ingress_tcp_443_from_node_addon": ["tcp", 443, 443],
      "ingress_rule.endpoints_ingress_tcp_443_from_web": ["tcp", 443, 443],
      "egress_rule.jump_egress_tcp_443_to_control_plane": ["tcp", 443, 443],
      "egress_rule.jump_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
      "egress_rule.jump_egress_tcp_8080_to_web": ["tcp", 8080, 8080],
      'ingress_rule.jump_ingress_tcp_22_from_jump_ssh_cidrs["198.51.100.0/24"]': ["tcp", 22, 22],
      'ingress_rule.jump_ingress_tcp_22_from_jump_ssh_cidrs["203.0.113.0/24"]': ["tcp", 22, 22],
      "ingress_rule.orders_db_ingress_tcp_orders_db_port_from_web": ["tcp", 5433, 5433],
      "ingress_rule.sessions_ingress_tcp_sessions_port_from_web": ["tcp", 6379, 6379],
      "egress_rule.web_egress_tcp_443_to_endpoints": ["tcp", 443, 443],
      "egress_rule.web_egress_tcp_orders_db_port_to_orders_db": ["tcp", 5433, 5433],
      "egress_rule.web_egress_tcp_sessions_port_to_sessions": ["tcp", 6379, 6379],
      "ingress_rule.web_ingress_tcp_8080_from_jump": ["tcp", 8080, 8080],
      "ingress_rule.web_ingress_tcp_web_health_check_port_from_edge": ["tcp", 8081, 8081],
      "ingress_rule.web_ingress_tcp_web_service_port_from_edge": ["tcp", 8080, 8080],
    };
    const groups = ["control_plane", "edge", "endpoints", "jump", "node", "node_addon", "orders_db", "sessions", "web"];
    const address = (key: string) => `module.eks_sg.aws_vpc_security_group_${key}`;
    expect(addresses).toEqual([...groups.map((g) => `module.eks_sg.aws_security_group.${g}`), ...Object.keys(written).map(address)].sort());
    for (const [key, [ip_protocol, from_port, to_port]] of Object.entries(written)) {
      const after = changes.find((c) => c.address === address(key))?.after;
      expect({ key, ...after }).toMatchObject({ key, ip_protocol, from_port, to_port });
    }
  });

  test("variables reach the rules: the database port, the cluster name and the tags", () => {
    const db = changes.find((c) => c.address.endsWith("orders_db_ingress_tcp_orders_db_port_from_web"));
    expect(db?.after).toMatchObject({ from_port: 5433, to_port: 5433 });
    const node = changes.find((c) => c.address === "module.eks_sg.aws_security_group.node");
    expect(node?.after.tags).toMatchObject({ team: "platform", "kubernetes.io/cluster/staging": "owned", "cluster-sg-role": "node", Name: "staging-node" });
  });

  test("node_security_group_additional_rules adds the consumer's rules to the node group, and only those", () => {
    const extra = '{ nodeport = { type = "ingress", protocol = "tcp", from_port = 30000, to_port = 32767, cidr_ipv4 = "10.0.0.0/16", description = "NodePort services" }, peers = { type = "egress", protocol = "-1", self = true } }';
    const added = plan(root, { node_security_group_additional_rules: extra }).filter((c) => !changes.some((d) => d.address === c.address));
    expect(added.map((c) => c.address).sort()).toEqual([
      'module.eks_sg.aws_vpc_security_group_egress_rule.node_additional["peers"]',
      'module.eks_sg.aws_vpc_security_group_ingress_rule.node_additional["nodeport"]',
    ]);
    expect(added.find((c) => c.address.includes("nodeport"))?.after).toMatchObject({ ip_protocol: "tcp", from_port: 30000, to_port: 32767, cidr_ipv4: "10.0.0.0/16", description: "NodePort services" });
    expect(() => plan(root, { cluster_security_group_additional_rules: '{ x = { type = "inbound", protocol = "tcp" } }' })).toThrow(/Every rule in cluster_security_group_additional_rules must have type =\s+"ingress" or "egress"/);
  });

  test("a bad CIDR fails plan with the module's own message", () => {
    expect(() => plan(root, { jump_ssh_cidrs: '["10.0.0.1/16"]' })).toThrow(/The jump_ssh_cidrs must be a list of IPv4 CIDR blocks without host bits/);
    expect(() => plan(root, { orders_db_port: "70000" })).toThrow(/The orders_db_port must be a whole port number from 1 to 65535/);
  });

  test("the module's examples/basic plans offline: the EKS cluster and each node group's launch template take the module's outputs", () => {
    const example = initCopy(layout, "modules/aws-eks-security-groups/examples/basic");
    // What a user adds to plan without credentials (an override file leaves the example as written).
    writeFileSync(join(example, "offline_override.tf"), 'provider "aws" {\n  region                      = "us-east-1"\n  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n}\n');
    expect(terraform(example, ["validate"])).toContain("Success");
    const planned = plan(example).map((c) => c.address);
    const pools = clusters[0].nodeGroups.map((p) => p.name.replace(/-/g, "_"));
    expect(planned).toEqual(expect.arrayContaining(["aws_eks_cluster.this", ...pools.flatMap((p) => [`aws_launch_template.${p}`, `aws_eks_node_group.${p}`]), "module.eks_sg.aws_security_group.control_plane"]));
    const config = JSON.parse(terraform(example, ["show", "-json", "plan.bin"])).configuration.root_module;
    const resource = (address: string) => config.resources.find((r: { address: string }) => r.address === address).expressions;
    expect(resource("aws_eks_cluster.this").vpc_config[0].security_group_ids.references).toContain("module.eks_sg.control_plane_security_group_ids");
    for (const pool of clusters[0].nodeGroups) {
      const refs: string[] = resource(`aws_launch_template.${pool.name.replace(/-/g, "_")}`).vpc_security_group_ids.references;
      expect(refs).toContain(`module.eks_sg.node_group_security_group_ids["${pool.name}"]`);
      expect(resource(`aws_eks_node_group.${pool.name.replace(/-/g, "_")}`).launch_template[0].id.references).toContain(`aws_launch_template.${pool.name.replace(/-/g, "_")}.id`);
    }
    // The module takes the group EKS created from the cluster it was wired into.
    expect(config.module_calls.eks_sg.expressions.cluster_primary_security_group_id.references).toContain("aws_eks_cluster.this");
  });
});

describe.each(generated.filter((m) => m.name.startsWith("huaweicloud-")).map((m) => m.name))("%s", (name) => {
  test("every resource block in main.tf and examples/basic passes the provider schema", async () => {
    for (const file of ["main.tf", "examples/basic/main.tf"]) {
      const result = checkHuaweicloudConfig(await hclAsTfJson(join(MODULES, name, file)));
      expect({ file, violations: formatViolations(result.violations) }).toEqual({ file, violations: "" });
      expect(result.blocksChecked).toBeGreaterThan(0);
    }
  });

  test("the example wires the outputs into huaweicloud_cce_cluster", () => {
    const example = readFileSync(join(MODULES, name, "examples", "basic", "main.tf"), "utf8");
    expect(example).toContain("security_group_id      = module.cce_sg.cce_cluster_security_group_id");
    expect(example).toContain("container_network_type = module.cce_sg.container_network_type");
  });
});
