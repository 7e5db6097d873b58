// The construct library as users get it: `npm pack`, the tarball installed offline into a fresh
// cdktf app, a user's TypeScript file using both constructs type-checked against the shipped
// .d.ts, compiled and synthesized; the rules seed rows demand must be in the synthesized stack.
// Also the package's bin, run from the installed package.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { installOffline } from "./support/offline-install";

const ROOT = join(__dirname, "..");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
// Build output and local state stay behind: the copy packs from the sources alone.
const NOT_COPIED = new Set(["node_modules", ".git", "lib", "dist", "cdktf.out", ".scratch", "scratch", "coverage", "tmp"]);

// A spec of the user's own: one app tier, one database, an app node group, CCE tunnel model.
const SPEC = `version: 1
clusters:
  - name: payments
    network:
      vpcCidrs: [10.40.0.0/16]
      podCidr: 172.20.0.0/16
      serviceCidr: 10.250.0.0/16
      controlPlaneCidr: 10.40.0.0/24
    nodeGroups:
      - name: general
        role: app
    tiers:
      - name: api
        kind: app
        servicePorts: [8443]
      - name: ledger-db
        kind: database
        engine: postgresql
    aws:
      vpcId: vpc-0fedcba9876543210
    huawei:
      networkModels: [tunnel]
`;

// What a user writes: both constructs, the typed group IDs wired into the resources that carry them.
const MAIN_TS = `import { App, TerraformOutput, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { HuaweicloudProvider } from "cdktf-cluster-sg/huaweicloud/provider";
import { CceCluster } from "cdktf-cluster-sg/huaweicloud/cce-cluster";
import { CceSecurityGroups, EksSecurityGroups, loadSpecFile } from "cdktf-cluster-sg";

const [cluster] = loadSpecFile("cluster.yaml");
const app = new App();
const stack = new TerraformStack(app, "platform");
new AwsProvider(stack, "aws", { region: "eu-west-1" });
new HuaweicloudProvider(stack, "huaweicloud", {});

const eks = new EksSecurityGroups(stack, "eks", { cluster, clusterSecurityGroupId: "sg-0aaaabbbbccccdddd" });
new LaunchTemplate(stack, "general", { namePrefix: "general-", vpcSecurityGroupIds: eks.nodeGroupSecurityGroupIds("general") });
const db: string = eks.tierSecurityGroupId("ledger-db");
new TerraformOutput(stack, "ledger_db_sg", { value: db });
new TerraformOutput(stack, "control_plane_sgs", { value: eks.controlPlaneSecurityGroupIds });
new TerraformOutput(stack, "node_sg_by_record", { value: eks.groupIds.node });

const cce = new CceSecurityGroups(stack, "cce", { cluster, model: "tunnel" });
new CceCluster(stack, "cce_cluster", {
  name: "payments", flavorId: "cce.s1.small", vpcId: "vpc-id", subnetId: "subnet-id",
  containerNetworkType: "overlay_l2", securityGroupId: cce.nodeSecurityGroupId,
});
new TerraformOutput(stack, "cce_api_sg", { value: cce.tierSecurityGroupIds["api"] });
app.synth();
`;

// cdktf init's TypeScript settings (CommonJS, no moduleResolution: subpaths resolve by typesVersions).
const TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true, declaration: false, experimentalDecorators: true, lib: ["es2018"], module: "CommonJS",
    noEmitOnError: true, noImplicitAny: true, noImplicitReturns: true, strict: true, target: "ES2018", skipLibCheck: true,
  },
};

type Block = Record<string, unknown>;
type Doc = { resource: Record<string, Record<string, Block>>; output: Record<string, { value: unknown }> };

let tmp: string;
let app: string;
let tarball: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "cluster-sg-package-"));
  // `npm pack` runs prepack: the library build (lib/) and the bundled command (dist/). It runs in a
  // copy of the project, so tests that use this checkout's dist/ at the same time are undisturbed.
  const project = join(tmp, "project");
  cpSync(ROOT, project, { recursive: true, filter: (p) => !NOT_COPIED.has(relative(ROOT, p).split(sep)[0]) });
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  execFileSync("npm", ["pack", "--pack-destination", tmp, "--loglevel=error"], { cwd: project, stdio: "pipe" });
  tarball = join(tmp, readdirSync(tmp).find((f) => f.endsWith(".tgz"))!);
  app = join(tmp, "app");
  mkdirSync(app);
  copyFileSync(tarball, join(app, "cdktf-cluster-sg.tgz"));
  installOffline(app, join(app, "cdktf-cluster-sg.tgz"));
  writeFileSync(join(app, "cluster.yaml"), SPEC);
  writeFileSync(join(app, "main.ts"), MAIN_TS);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, include: ["main.ts"] }));
}, 600000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  const files = () => execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));

  test("ships compiled JS, declarations and the huaweicloud bindings, no TypeScript sources or tests", () => {
    const list = files();
    for (const f of ["lib/src/cdktf/index.js", "lib/src/cdktf/index.d.ts", "lib/src/spec/index.js",
      "lib/generated/providers/huaweicloud/networking-secgroup-rule/index.js", "lib/generated/providers/huaweicloud/provider/index.d.ts",
      "bin/cluster-sg-synth.js", "dist/cluster-sg-synth.js", "LICENSE", "README.md", "CHANGELOG.md"]) {
      expect(list).toContain(f);
    }
    expect(list.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    expect(list.filter((f) => f.startsWith("test/") || f.startsWith("src/") || f.endsWith(".v8-cache"))).toEqual([]);
  });

  test("is publishable, MPL-2.0, and takes cdktf, constructs and the AWS provider as peers", () => {
    const manifest = JSON.parse(readFileSync(join(app, "node_modules", "cdktf-cluster-sg", "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe("MPL-2.0");
    for (const peer of ["cdktf", "constructs", "@cdktf/provider-aws"]) {
      expect(manifest.peerDependencies[peer]).toBeDefined();
      expect(manifest.dependencies[peer]).toBeUndefined();
    }
  });
});

describe("a cdktf app using the installed package", () => {
  let doc: Doc;
  beforeAll(() => {
    execFileSync(process.execPath, [TSC, "-p", app], { cwd: app, stdio: "pipe" });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CDKTF_")));
    execFileSync(process.execPath, ["main.js"], { cwd: app, stdio: "pipe", env: { ...env, CHECKPOINT_DISABLE: "1" } });
    doc = JSON.parse(readFileSync(join(app, "cdktf.out", "stacks", "platform", "cdk.tf.json"), "utf8"));
  }, 300000);

  test("the typed group IDs are typed: a misuse fails to compile against the shipped declarations", () => {
    writeFileSync(join(app, "misuse.ts"), `import { EksSecurityGroups } from "cdktf-cluster-sg";\n` +
      `export const n = (sg: EksSecurityGroups): number => sg.nodeSecurityGroupId;\n`);
    writeFileSync(join(app, "tsconfig.misuse.json"), JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, noEmit: true }, include: ["misuse.ts"] }));
    const r = spawnSync(process.execPath, [TSC, "-p", join(app, "tsconfig.misuse.json")], { cwd: app, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("TS2322");
  });

  const groupByName = (type: string, attr: string, name: string) => {
    const found = Object.entries(doc.resource[type]).filter(([, b]) => (attr === "Name" ? (b.tags as Record<string, string>)?.Name : b[attr]) === name);
    expect(found).toHaveLength(1);
    return `\${${type}.${found[0][0]}.id}`;
  };
  const blocks = (type: string) => Object.values(doc.resource[type] ?? {});

  test("EKS: seed 001 control plane <-> node 443 and kubelet, seed 000 app -> database 5432", () => {
    const node = groupByName("aws_security_group", "Name", "payments-node");
    const cp = groupByName("aws_security_group", "Name", "payments-control-plane");
    const api = groupByName("aws_security_group", "Name", "payments-api");
    const db = groupByName("aws_security_group", "Name", "payments-ledger-db");
    const ingress = blocks("aws_vpc_security_group_ingress_rule");
    const admits = (r: Block, on: string, from: string, port: number) =>
      r.security_group_id === on && r.referenced_security_group_id === from && r.ip_protocol === "tcp" && (r.from_port as number) <= port && port <= (r.to_port as number);
    expect(ingress.some((r) => admits(r, cp, node, 443))).toBe(true);
    expect(ingress.some((r) => admits(r, node, cp, 443))).toBe(true);
    expect(ingress.some((r) => admits(r, node, cp, 10250))).toBe(true);
    expect(ingress.some((r) => admits(r, db, api, 5432))).toBe(true);
    // The database admits nothing else.
    expect(ingress.filter((r) => r.security_group_id === db)).toHaveLength(1);
    // Typed results reach the user's resources.
    expect(blocks("aws_launch_template")[0].vpc_security_group_ids).toContain(node);
    expect(doc.output.ledger_db_sg.value).toBe(db);
    expect(doc.output.control_plane_sgs.value).toEqual([cp]);
    expect(doc.output.node_sg_by_record.value).toBe(node);
  });

  test("CCE tunnel: seed 004 Table 3 UDP 4789 and kubelet 10250 from the master CIDR on the worker node group", () => {
    const node = groupByName("huaweicloud_networking_secgroup", "name", "payments-cce-node-sg");
    const api = groupByName("huaweicloud_networking_secgroup", "name", "payments-cce-api-sg");
    const ingress = blocks("huaweicloud_networking_secgroup_rule").filter((r) => r.direction === "ingress" && r.security_group_id === node);
    const hasPort = (r: Block, port: string) => String(r.ports).split(",").includes(port);
    expect(ingress.some((r) => r.protocol === "udp" && hasPort(r, "4789") && r.remote_ip_prefix === "0.0.0.0/0")).toBe(true);
    expect(ingress.some((r) => r.protocol === "tcp" && hasPort(r, "10250") && r.remote_ip_prefix === "10.40.0.0/24")).toBe(true);
    expect(blocks("huaweicloud_cce_cluster")[0].security_group_id).toBe(node);
    expect(doc.output.cce_api_sg.value).toBe(api);
  });
});

test("the installed bin writes the stacks", () => {
  const out = join(tmp, "bin-out");
  const r = spawnSync(join(app, "node_modules", ".bin", "cluster-sg-synth"), ["--spec", "cluster.yaml", "--out", out], { cwd: app, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const stack = JSON.parse(readFileSync(join(out, "stacks", "payments-aws-eks", "cdk.tf.json"), "utf8")) as Doc;
  const db = Object.entries(stack.resource.aws_security_group).find(([, b]) => (b.tags as Record<string, string>).Name === "payments-ledger-db")![0];
  expect(rules(stack, "aws_vpc_security_group_ingress_rule").some((r) => r.security_group_id === `\${aws_security_group.${db}.id}` && r.from_port === 5432)).toBe(true);
});

function rules(doc: Doc, type: string): Block[] {
  return Object.values(doc.resource[type] ?? {});
}
