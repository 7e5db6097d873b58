// Unit tests for the huaweicloud schema validator (src/validate), driven by the shared provider schema.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import {
  checkHuaweicloudConfig,
  formatViolation,
  validateHuaweicloudConfig,
  type SchemaViolation,
} from "../src/validate/huaweicloud-schema";
import { runValidateHuaweicloud } from "../src/validate/cli";
import { huaweicloudSchemaPath, loadHuaweicloudSchema, SCHEMA_ENV_VAR } from "../src/validate/schema-file";
import { HuaweicloudProvider } from "../generated/providers/huaweicloud/provider";
import { NetworkingSecgroup } from "../generated/providers/huaweicloud/networking-secgroup";
import { NetworkingSecgroupRule } from "../generated/providers/huaweicloud/networking-secgroup-rule";
import { VpcAddressGroup } from "../generated/providers/huaweicloud/vpc-address-group";
import { DataHuaweicloudVpc } from "../generated/providers/huaweicloud/data-huaweicloud-vpc";

const schemaFile = huaweicloudSchemaPath();
const haveSchema = fs.existsSync(schemaFile);
// Every test here needs the schema; without it the whole suite is reported as skipped, with the reason.
const suite = haveSchema ? describe : describe.skip;
const skipNote = haveSchema ? "" : ` [SKIPPED: schema not found at ${schemaFile}; set ${SCHEMA_ENV_VAR}]`;

const RULE = "huaweicloud_networking_secgroup_rule";
const ADDRESS = `${RULE}.foo`;
const VALID_RULE = {
  security_group_id: "${huaweicloud_networking_secgroup.sg.id}",
  direction: "ingress",
  ethertype: "IPv4",
  protocol: "tcp",
  ports: "22,443,8000-8080",
  remote_ip_prefix: "10.0.0.0/8",
  description: "ssh and web from the office",
};

const doc = (type: string, body: unknown, kind: "resource" | "data" = "resource") => ({ [kind]: { [type]: { foo: body } } });
const ruleViolations = (body: Record<string, unknown>) => validateHuaweicloudConfig(doc(RULE, body));
const omit = (o: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const attrs = (vs: SchemaViolation[]) => vs.map((v) => v.attribute).sort();

suite(`huaweicloud schema validator${skipNote}`, () => {
  describe("schema checks", () => {
    test("a valid ports rule and a valid port-range rule pass", () => {
      expect(ruleViolations(VALID_RULE)).toEqual([]);
      const rangeRule = { ...omit(VALID_RULE, "ports", "remote_ip_prefix"), port_range_min: 80, port_range_max: 81, remote_group_id: "sg-1" };
      expect(ruleViolations(rangeRule)).toEqual([]);
    });

    test("unknown attribute", () => {
      expect(ruleViolations({ ...VALID_RULE, prots: "22" })).toEqual([
        { address: ADDRESS, attribute: "prots", message: "unknown attribute or block" },
      ]);
    });

    test("wrong types are reported per attribute", () => {
      const v = ruleViolations({ ...omit(VALID_RULE, "ports"), port_range_min: "22", port_range_max: 22, description: 5 });
      expect(attrs(v)).toEqual(["description", "port_range_min"]);
      expect(v[0].message).toMatch(/expected/);
      const sg = validateHuaweicloudConfig(doc("huaweicloud_networking_secgroup", { name: "a", delete_default_rules: "yes", tags: ["x"] }));
      expect(attrs(sg)).toEqual(["delete_default_rules", "tags"]);
    });

    test("missing required attributes follow the schema", () => {
      const required = Object.entries(loadHuaweicloudSchema().resource_schemas![RULE].block.attributes!)
        .filter(([, a]) => a.required)
        .map(([k]) => k)
        .sort();
      expect(required).toEqual(["direction", "ethertype", "security_group_id"]);
      const v = ruleViolations({});
      expect(v).toEqual(required.map((attribute) => ({ address: ADDRESS, attribute, message: "is required" })));
      // JSON null is "unset" to Terraform, so it does not satisfy a required attribute.
      expect(attrs(ruleViolations({ ...VALID_RULE, direction: null }))).toEqual(["direction"]);
    });

    test("computed-only attributes cannot be set", () => {
      const v = validateHuaweicloudConfig(doc("huaweicloud_networking_secgroup", { name: "a", id: "x", rules: [] }));
      expect(attrs(v)).toEqual(["id", "rules"]);
      expect(v[0].message).toMatch(/read-only/);
      const data = validateHuaweicloudConfig(doc("huaweicloud_vpc", { name: "x", description: "d" }, "data"));
      expect(data).toEqual([{ address: "data.huaweicloud_vpc.foo", attribute: "description", message: expect.stringMatching(/read-only/) }]);
    });

    test("unknown resource and data source types", () => {
      expect(validateHuaweicloudConfig(doc("huaweicloud_nope", {}))).toEqual([
        { address: "huaweicloud_nope.foo", attribute: "", message: "unknown resource type huaweicloud_nope" },
      ]);
      expect(validateHuaweicloudConfig(doc("huaweicloud_nope", {}, "data"))[0].address).toBe("data.huaweicloud_nope.foo");
    });

    test("nested blocks: nesting, max_items and nested required attributes", () => {
      const cce = {
        name: "c", flavor_id: "f", vpc_id: "v", subnet_id: "s", container_network_type: "overlay_l2",
        masters: [{ availability_zone: "a" }, { availability_zone: "b" }, { availability_zone: "c" }, { availability_zone: "d" }],
        encryption_config: [{ mode: "Default" }, { mode: "KMS" }],
        component_configurations: { name: "kube-apiserver", bogus: 1 },
      };
      const v = validateHuaweicloudConfig(doc("huaweicloud_cce_cluster", cce));
      expect(v.map(formatViolation)).toEqual([
        "huaweicloud_cce_cluster.foo: masters: allows at most 3 block(s), got 4",
        "huaweicloud_cce_cluster.foo: encryption_config: allows at most 1 block(s), got 2",
        "huaweicloud_cce_cluster.foo: component_configurations.bogus: unknown attribute or block",
      ]);
      const group = validateHuaweicloudConfig(doc("huaweicloud_vpc_address_group", { name: "g", ip_extra_set: [{ remarks: "r" }] }));
      expect(group.map(formatViolation)).toEqual(["huaweicloud_vpc_address_group.foo: ip_extra_set[0].ip: is required"]);
    });

    test("expressions are accepted for any type, including lists", () => {
      const expr = "${aws_security_group.x.id}";
      expect(ruleViolations({ ...omit(VALID_RULE, "ports"), security_group_id: expr, priority: expr, protocol: "${var.p}" })).toEqual([]);
      expect(ruleViolations({ ...omit(VALID_RULE, "ports", "remote_ip_prefix"), port_range_min: expr, port_range_max: expr, remote_group_id: expr })).toEqual([]);
      const group = { name: "g", addresses: "${aws_vpc.x.cidr_block_list}", ip_version: "${var.v}", force_destroy: "${var.f}" };
      expect(validateHuaweicloudConfig(doc("huaweicloud_vpc_address_group", group))).toEqual([]);
      expect(validateHuaweicloudConfig(doc("huaweicloud_vpc_address_group", { name: "g", addresses: ["10.0.0.0/8", expr] }))).toEqual([]);
    });

    test("meta-arguments and cdktf metadata are allowed; other providers are ignored", () => {
      const body = {
        ...VALID_RULE,
        "//": { metadata: { path: "s/foo" } },
        count: 2,
        depends_on: ["huaweicloud_networking_secgroup.sg"],
        lifecycle: { create_before_destroy: true },
        provider: "huaweicloud.alt",
      };
      const tf = { ...doc(RULE, body), resource: { ...doc(RULE, body).resource, aws_security_group: { x: { nonsense: 1 } } } };
      expect(validateHuaweicloudConfig(tf)).toEqual([]);
    });

    test("provider block is checked against the provider schema", () => {
      const tf = { provider: { huaweicloud: [{ region: "cn-north-4" }, { alias: "eu", region: "eu-west-101", max_retries: "3", regoin: "x" }] } };
      const result = checkHuaweicloudConfig(tf);
      expect(result.blocksChecked).toBe(2);
      expect(result.violations.map(formatViolation)).toEqual([
        "provider.huaweicloud.eu: max_retries: expected number, got string",
        "provider.huaweicloud.eu: regoin: unknown attribute or block",
      ]);
    });
  });

  describe("security group rule constraints", () => {
    test("ports conflicts with port_range_min/port_range_max", () => {
      const v = ruleViolations({ ...VALID_RULE, port_range_min: 22, port_range_max: 22 });
      expect(v).toContainEqual({ address: ADDRESS, attribute: "ports", message: "conflicts with port_range_min, port_range_max" });
    });

    test("ports and port ranges need a protocol; port_range_max needs port_range_min", () => {
      expect(attrs(ruleViolations(omit(VALID_RULE, "protocol")))).toEqual(["ports"]);
      const v = ruleViolations({ ...omit(VALID_RULE, "protocol", "ports"), port_range_max: 22 });
      expect(v.map(formatViolation)).toEqual([
        `${ADDRESS}: port_range_max: requires protocol`,
        `${ADDRESS}: port_range_max: requires port_range_min`,
      ]);
    });

    test("action, priority and remote_address_group_id cannot combine with a port range", () => {
      const rule = { ...omit(VALID_RULE, "ports", "remote_ip_prefix"), port_range_min: 22, action: "allow", priority: 5, remote_address_group_id: "ag-1" };
      expect(attrs(ruleViolations(rule))).toEqual(["action", "priority", "remote_address_group_id"]);
    });

    test("at most one remote", () => {
      const v = ruleViolations({ ...VALID_RULE, remote_group_id: "sg-2" });
      expect(v).toEqual([
        { address: ADDRESS, attribute: "remote_group_id,remote_ip_prefix", message: expect.stringMatching(/only one of/) },
      ]);
      expect(attrs(ruleViolations({ ...omit(VALID_RULE, "remote_ip_prefix"), remote_group_id: "a", remote_address_group_id: "b" }))).toHaveLength(1);
      // The empty prefix is the provider's 0.0.0.0/0 default, not a second remote.
      expect(ruleViolations({ ...VALID_RULE, remote_ip_prefix: "", remote_group_id: "sg-2" })).toEqual([]);
    });

    test.each([0, 101, 2.5, -1])("priority %p is rejected", (priority) => {
      expect(ruleViolations({ ...VALID_RULE, priority })).toEqual([
        { address: ADDRESS, attribute: "priority", message: `must be an integer from 1 to 100, got ${priority}` },
      ]);
    });

    test.each([1, 100])("priority %p is accepted", (priority) => {
      expect(ruleViolations({ ...VALID_RULE, priority })).toEqual([]);
    });

    test("descriptions: at most 255 characters and no angle brackets, on rules and groups", () => {
      expect(ruleViolations({ ...VALID_RULE, description: "a".repeat(255) })).toEqual([]);
      expect(ruleViolations({ ...VALID_RULE, description: "a".repeat(256) })).toEqual([
        { address: ADDRESS, attribute: "description", message: "must be at most 255 characters, got 256" },
      ]);
      expect(ruleViolations({ ...VALID_RULE, description: "allow <all>" }).map((v) => v.message)).toEqual(["must not contain '<' or '>'"]);
      expect(ruleViolations({ ...VALID_RULE, description: "a > b" })).toHaveLength(1);
      // Escaped spec text ("$${" reads as "${") is literal text, measured as Terraform reads it.
      expect(ruleViolations({ ...VALID_RULE, description: `$\${x} ${"a".repeat(250)}` })).toEqual([]);
      expect(ruleViolations({ ...VALID_RULE, description: `$\${x} ${"a".repeat(249)} <` }).map((v) => v.message)).toEqual([
        "must be at most 255 characters, got 256",
        "must not contain '<' or '>'",
      ]);
      const sg = validateHuaweicloudConfig(doc("huaweicloud_networking_secgroup", { name: "a", description: `<${"x".repeat(300)}` }));
      expect(sg.map(formatViolation)).toEqual([
        "huaweicloud_networking_secgroup.foo: description: must be at most 255 characters, got 301",
        "huaweicloud_networking_secgroup.foo: description: must not contain '<' or '>'",
      ]);
    });

    test.each([
      ["0", "port 0 is outside 1-65535"],
      ["70000", "port 70000 is outside 1-65535"],
      ["10-5", 'range "10-5" has from > to'],
      ["22,,80", '"" is not a port or a range "from-to"'],
      ["ssh", '"ssh" is not a port or a range "from-to"'],
      ["1-2-3", '"1-2-3" is not a port or a range "from-to"'],
    ])("ports %p is rejected", (ports, message) => {
      expect(ruleViolations({ ...VALID_RULE, ports })).toEqual([{ address: ADDRESS, attribute: "ports", message }]);
    });

    test.each(["80", "1-65535", "22, 80, 1000-2000", "5-5"])("ports %p is accepted", (ports) => {
      expect(ruleViolations({ ...VALID_RULE, ports })).toEqual([]);
    });

    test("enumerated values: direction, ethertype, protocol, action", () => {
      const bad = ruleViolations({ ...VALID_RULE, direction: "inbound", ethertype: "ipv4", protocol: "gre", action: "permit" });
      expect(attrs(bad)).toEqual(["action", "direction", "ethertype", "protocol"]);
      // "ipv4" is also not a family of the IPv4 prefix check, so only the enum complaint appears.
      for (const protocol of ["udp", "icmp", "47", "0", "255"]) expect(ruleViolations({ ...omit(VALID_RULE, "ports"), protocol })).toEqual([]);
      for (const protocol of ["256", "TCP", "-1", "06"]) expect(attrs(ruleViolations({ ...VALID_RULE, protocol }))).toEqual(["protocol"]);
      expect(ruleViolations({ ...omit(VALID_RULE, "ports", "remote_ip_prefix"), ethertype: "IPv6", protocol: "icmpv6", remote_ip_prefix: "::/0" })).toEqual([]);
    });

    test("port ranges for tcp/udp are 1-65535 with min <= max", () => {
      const base = omit(VALID_RULE, "ports");
      expect(attrs(ruleViolations({ ...base, port_range_min: 0, port_range_max: 70000 }))).toEqual(["port_range_max", "port_range_min"]);
      expect(ruleViolations({ ...base, port_range_min: 90, port_range_max: 80 }).map((v) => v.message)).toEqual(["must be >= port_range_min (90), got 80"]);
      // For icmp the fields carry ICMP type/code, where 0 is meaningful.
      expect(ruleViolations({ ...base, protocol: "icmp", port_range_min: 8, port_range_max: 0 })).toEqual([]);
    });

    test("remote_ip_prefix must be a CIDR of the rule's ethertype", () => {
      expect(ruleViolations({ ...VALID_RULE, remote_ip_prefix: "10.0.0.0/33" }).map((v) => v.message)).toEqual(['is not a valid CIDR: "10.0.0.0/33"']);
      expect(ruleViolations({ ...VALID_RULE, remote_ip_prefix: "10.0.0.1" })).toHaveLength(1);
      expect(ruleViolations({ ...VALID_RULE, remote_ip_prefix: "fd00::/8" }).map((v) => v.message)).toEqual(["is an IPv6 CIDR but ethertype is IPv4"]);
    });
  });

  describe("formatting and CLI", () => {
    test("formatViolation renders one line per violation", () => {
      expect(formatViolation({ address: ADDRESS, attribute: "ports", message: "bad" })).toBe(`${ADDRESS}: ports: bad`);
      expect(formatViolation({ address: ADDRESS, attribute: "", message: "bad" })).toBe(`${ADDRESS}: bad`);
    });

    test("runValidateHuaweicloud exits 0 on clean input and 1 on violations", async () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hw-validate-"));
      try {
        const good = path.join(tmp, "good.tf.json");
        const bad = path.join(tmp, "bad.tf.json");
        fs.writeFileSync(good, JSON.stringify(doc(RULE, VALID_RULE)));
        fs.writeFileSync(bad, JSON.stringify(doc(RULE, { ...VALID_RULE, priority: 0 })));
        const lines: string[] = [];
        const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };

        expect(await runValidateHuaweicloud([good], io)).toBe(0);
        expect(lines).toEqual(["1 blocks checked, 0 violations"]);
        lines.length = 0;
        expect(await runValidateHuaweicloud([good, bad], io)).toBe(1);
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/bad\.tf\.json: huaweicloud_networking_secgroup_rule\.foo: priority: must be an integer/);
        expect(lines[1]).toBe("2 blocks checked, 1 violation");
        lines.length = 0;
        expect(await runValidateHuaweicloud([path.join(tmp, "missing.tf.json")], io)).toBe(2);
        expect(await runValidateHuaweicloud([], io)).toBe(2);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });

    // @cdktf/hcl2json is HashiCorp's HCL parser (WebAssembly), not cdktf: the validator reads module HCL with it.
    test("the validator stays free of cdktf imports", () => {
      const dir = path.resolve(__dirname, "..", "src", "validate");
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
        expect([file, /from ["'](cdktf|@cdktf\/(?!hcl2json["'])[^"']*|constructs)["']/.test(fs.readFileSync(path.join(dir, file), "utf8"))]).toEqual([file, false]);
      }
    });
  });

  describe("synthesized bindings", () => {
    function synthDoc(build: (stack: TerraformStack) => void): unknown {
      const app = Testing.app();
      const stack = new TerraformStack(app, "validate");
      // cdktf refuses to synthesize resources without their provider construct.
      new HuaweicloudProvider(stack, "hw", { region: "cn-north-4" });
      build(stack);
      const outdir = Testing.fullSynth(stack);
      return JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "validate", "cdk.tf.json"), "utf8"));
    }

    test("output of the generated bindings passes the validator", () => {
      const tf = synthDoc((stack) => {
        const vpc = new DataHuaweicloudVpc(stack, "vpc", { name: "main" });
        const sg = new NetworkingSecgroup(stack, "sg", { name: "workers", description: "cluster workers", deleteDefaultRules: true });
        const group = new VpcAddressGroup(stack, "office", { name: "office", addresses: ["192.0.2.0/24"] });
        new NetworkingSecgroupRule(stack, "ssh", {
          securityGroupId: sg.id, direction: "ingress", ethertype: "IPv4", protocol: "tcp", ports: "22", remoteAddressGroupId: group.id, priority: 1, action: "allow",
        });
        new NetworkingSecgroupRule(stack, "https", {
          securityGroupId: sg.id, direction: "ingress", ethertype: "IPv4", protocol: "tcp", portRangeMin: 443, portRangeMax: 443, remoteIpPrefix: vpc.cidr,
        });
      });
      const result = checkHuaweicloudConfig(tf);
      expect(result.violations).toEqual([]);
      expect(result.blocksChecked).toBe(6);
    });

    test("a bad value that compiles against the bindings is caught", () => {
      const tf = synthDoc((stack) => {
        const sg = new NetworkingSecgroup(stack, "sg", { name: "workers" });
        new NetworkingSecgroupRule(stack, "bad", {
          securityGroupId: sg.id, direction: "ingress", ethertype: "IPv4", protocol: "tcp", ports: "10-5", portRangeMin: 1, priority: 0,
        });
      });
      expect(attrs(validateHuaweicloudConfig(tf))).toEqual(["ports", "ports", "priority", "priority"]);
    });
  });
});
