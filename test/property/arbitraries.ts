// fast-check arbitraries for topology specs (the object form of the YAML, `version: 1`):
//
//  - validTopologySpec: random specs the loader must accept — 1-3 clusters, every profile, both
//    egress modes, IPv4 (IPv6 now and then), disjoint VPC / pod / service CIDRs without host bits,
//    node groups, any mix of tiers, add-ons, extra rules, an aws and/or a huawei section. "Valid"
//    includes the quota preflight synth runs: a CloudFront load balancer listens on one port and an
//    app node group carries at most 4 app tiers (see the load-balancer tier and nodeGroupsArb).
//  - invalidTopologySpec: a valid spec with exactly one thing wrong (one random mutation), the
//    YAML text to write, and the spec path the error must name.
//
// Also the run settings every property file shares: PROPERTY_RUNS scales numRuns (the opt-in long
// run, scripts/property-long.ts), FC_SEED / FC_PATH replay a failure fast-check reported.
import fc from "fast-check";
import { stringify } from "yaml";
import { PLATFORM_TIERS } from "../../src/spec/platform-tiers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpecObject = any;

// ---------------------------------------------------------------------------------------------
// Run settings

/** numRuns the default (CI) run of the property files was tuned for; PROPERTY_RUNS is relative to it. */
export const BASE_RUNS = 20;

/**
 * A property's numRuns: its default, or scaled so that PROPERTY_RUNS=N gives the main properties N
 * runs and the expensive ones (CLI processes) the same share of N as they have of BASE_RUNS.
 */
export function propertyRuns(defaultRuns: number, cap = Infinity): number {
  const requested = Number(process.env.PROPERTY_RUNS);
  if (!Number.isFinite(requested) || requested <= 0) return defaultRuns;
  return Math.max(1, Math.min(cap, Math.round((requested * defaultRuns) / BASE_RUNS)));
}

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name}=${raw} is not an integer`);
  return n;
}

/**
 * One seed per test file: random unless FC_SEED is set, so every property in a file draws the same
 * specs (the synth property file synthesizes each spec once and checks every invariant on it).
 * fast-check prints the seed (and path) of any failure; rerun with FC_SEED=<seed> [FC_PATH=<path>].
 */
export const SEED: number = envInt("FC_SEED") ?? (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0;

export function fcParams<T>(numRuns: number): fc.Parameters<T> {
  const path = process.env.FC_PATH;
  return { numRuns, seed: SEED, ...(path ? { path } : {}) };
}

/**
 * The fixed draws every run starts with (CI's `npm test` included), so the same specs are checked
 * every time besides this run's random ones.
 */
export const SMOKE_SEED = 20251201;
const SMOKE_RUNS = 5;

/**
 * fc.assert on the fixed smoke draws, then on this run's seed (only the latter when FC_SEED
 * replays a failure). A failure's message starts with the command line that replays it.
 */
export function assertProperty<T>(property: fc.IProperty<T>, numRuns: number): void {
  const runs: Array<fc.Parameters<T>> = [...(process.env.FC_SEED ? [] : [{ numRuns: Math.min(SMOKE_RUNS, numRuns), seed: SMOKE_SEED }]), fcParams<T>(numRuns)];
  for (const params of runs) {
    try {
      fc.assert(property, params);
    } catch (e) {
      // A fresh error: jest prints the stack, which an edited message would not reach.
      throw new Error(`replay: FC_SEED=${params.seed} (and FC_PATH from the report below)\n${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** A jest timeout that grows with numRuns (the default run stays far below jest's 120 s). */
export function timeoutFor(numRuns: number, msPerRun: number): number {
  return Math.max(120_000, numRuns * msPerRun + 60_000);
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** `arb` or absent (undefined), in the ratio present : absent; shrinks towards absent. */
const opt = <T>(arb: fc.Arbitrary<T>, present = 1, absent = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });

/** Drops keys whose value is undefined, so optional fields are really absent (as in YAML). */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const WORDS = ["web", "api", "edge", "orders-db", "sessions", "jump", "endpoints", "workers", "system", "apps", "prod", "stage", "cache", "db", "lb", "svc"];

/** Names the schema accepts: mostly readable words, sometimes anything NAME allows (up to 32 chars). */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined, freq: 2 })).map(([w, n]) => (n === undefined ? w : `${w}-${n}`)) },
  { weight: 1, arbitrary: fc.stringMatching(NAME) },
);

const tierNameArb = nameArb.filter((n) => !(PLATFORM_TIERS as readonly string[]).includes(n));

const WELL_KNOWN_PORTS = [22, 53, 80, 443, 1433, 1521, 3000, 3306, 5432, 5443, 6379, 8080, 8081, 8443, 9090, 9443, 10250, 11211, 15017, 30080];
export const portArb: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...WELL_KNOWN_PORTS), fc.integer({ min: 1, max: 65535 }));

/** Characters the schema allows in descriptions (AWS's charset). */
const DESCRIPTION_CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789. _-:/()#,@[]+=&;{}!$*"];
export const descriptionArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Bastion - debug access", "Metrics scrape", "Partner API (v2)", "Batch jobs: nightly", "a") },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...DESCRIPTION_CHARS), minLength: 1, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...DESCRIPTION_CHARS), minLength: 180, maxLength: 200 }) },
);

/** Tag text, sometimes with what Terraform would evaluate or a string writer must escape. */
const tagText = (min: number) =>
  fc.string({ unit: fc.constantFrom(..."ab$%{}\"\\\n -"), minLength: min, maxLength: 12 });

export const tagsArb = fc.dictionary(
  fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), tagText(1)),
  fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,12}$/), tagText(0)),
  { maxKeys: 2 },
);

// ---------------------------------------------------------------------------------------------
// CIDRs

export function ipv4Text(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

export function ipv4Number(text: string): number {
  return text.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
}

/** A network of prefix minPrefix..maxPrefix inside base/basePrefix, never with host bits. */
function cidrWithin(base: string, basePrefix: number, minPrefix: number, maxPrefix: number): fc.Arbitrary<string> {
  const start = ipv4Number(base);
  return fc
    .integer({ min: Math.max(minPrefix, basePrefix), max: maxPrefix })
    .chain((p) => fc.integer({ min: 0, max: 2 ** (p - basePrefix) - 1 }).map((k) => `${ipv4Text(start + k * 2 ** (32 - p))}/${p}`));
}

/** Client networks (admin, load balancer sources, SSH sources, extra-rule sources): never 0.0.0.0/0. */
function clientCidrArb(ipv6: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24", "198.51.100.7/32") },
    { weight: 2, arbitrary: cidrWithin("0.0.0.0", 0, 8, 32) },
    { weight: ipv6 ? 1 : 0, arbitrary: fc.integer({ min: 1, max: 0xffff }).map((n) => `2001:db8:${n.toString(16)}::/48`) },
  );
}

interface Network {
  vpcCidrs: string[];
  podCidr: string;
  serviceCidr: string;
  controlPlaneCidr: string;
  adminCidrs?: string[];
}

/**
 * VPC CIDRs in 10.0.0.0/8 (distinct second octets, so disjoint), pods in 172.16-31.x, services in
 * 192.168.x, the control plane inside the first VPC CIDR; an IPv6 cluster may add an IPv6 VPC block.
 */
export function networkArb(ipv6: boolean): fc.Arbitrary<Network> {
  const vpcs = fc
    .uniqueArray(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 2 })
    .chain((octets) => fc.tuple(...octets.map((o) => cidrWithin(`10.${o}.0.0`, 16, 16, 24))));
  return vpcs.chain((vpcCidrs) => {
    const [first, firstPrefix] = vpcCidrs[0].split("/");
    return fc
      .record({
        v6: ipv6 ? opt(fc.integer({ min: 1, max: 0xffff }).map((n) => `fd00:${n.toString(16)}::/48`)) : fc.constant(undefined),
        podCidr: fc.integer({ min: 16, max: 31 }).chain((o) => cidrWithin(`172.${o}.0.0`, 16, 16, 24)),
        serviceCidr: cidrWithin("192.168.0.0", 16, 16, 24),
        controlPlaneCidr: cidrWithin(first, Number(firstPrefix), 22, 28),
        adminCidrs: opt(fc.array(clientCidrArb(ipv6), { maxLength: 2 })),
      })
      .map(({ v6, ...rest }) => compact({ vpcCidrs: v6 ? [...vpcCidrs, v6] : vpcCidrs, ...rest }));
  });
}

function withoutCceCidrs(n: Network): Partial<Network> {
  const { podCidr: _pod, serviceCidr: _service, controlPlaneCidr: _master, ...rest } = n;
  return rest;
}

// ---------------------------------------------------------------------------------------------
// Tiers

type Kind = "load-balancer" | "app" | "database" | "cache" | "vpc-endpoint" | "bastion";
const KINDS: Kind[] = ["load-balancer", "app", "database", "cache", "vpc-endpoint", "bastion"];

export function tierArb(name: string, kind: Kind, apps: string[], huawei: boolean, ipv6: boolean): fc.Arbitrary<SpecObject> {
  const description = opt(descriptionArb);
  const appSubset = opt(fc.subarray(apps));
  switch (kind) {
    case "load-balancer":
      return fc
        .record({
          internet: opt(fc.boolean(), 1),
          // Huawei Cloud has no CloudFront prefix list: a spec with a huawei section must not ask for it.
          cloudfront: huawei ? fc.constant(undefined) : opt(fc.boolean(), 1),
          cidrs: opt(fc.array(clientCidrArb(ipv6), { maxLength: 2 }), 1),
        })
        .filter((s) => s.internet === true || s.cloudfront === true || (s.cidrs?.length ?? 0) > 0)
        .chain((sources) =>
          fc.record({
            description,
            type: opt(fc.constantFrom("alb", "nlb")),
            // Each rule naming the CloudFront prefix list counts as 55 of AWS's 60 inbound rules per
            // group (the quota preflight rejects more): a CloudFront load balancer listens on one port.
            listenerPorts: opt(fc.uniqueArray(portArb, { minLength: 1, maxLength: sources.cloudfront ? 1 : 2 })),
            sources: fc.constant(compact(sources)),
            targets: appSubset,
          }),
        )
        .map((t) => compact({ name, kind, ...t }));
    case "app":
      return fc
        .uniqueArray(portArb, { minLength: 1, maxLength: 2 })
        .chain((servicePorts) =>
          fc.record({
            description,
            servicePorts: fc.constant(servicePorts),
            healthCheckPort: opt(fc.oneof(portArb, fc.constantFrom(...servicePorts))),
            awsApis: opt(fc.boolean()),
          }),
        )
        .map((t) => compact({ name, kind, ...t }));
    case "database":
    case "cache": {
      const engine =
        kind === "database"
          ? fc.constantFrom("mysql", "mariadb", "aurora-mysql", "postgresql", "aurora-postgresql", "oracle", "sqlserver")
          : fc.constantFrom("redis", "memcached");
      return fc
        .record({
          description,
          // An engine, an explicit port, or both (the port wins).
          store: fc.oneof(
            engine.map((e) => ({ engine: e, port: undefined as number | undefined })),
            portArb.map((p) => ({ engine: undefined as string | undefined, port: p })),
            fc.tuple(engine, portArb).map(([e, p]) => ({ engine: e, port: p as number | undefined })),
          ),
          clients: appSubset,
        })
        .map(({ store, ...t }) => compact({ name, kind, ...t, ...store }));
    }
    case "vpc-endpoint":
      return description.map((d) => compact({ name, kind, description: d }));
    case "bastion":
      return fc
        .record({ description, sshFrom: opt(fc.array(clientCidrArb(ipv6), { maxLength: 2 }), 4) })
        .map((t) => compact({ name, kind, ...t }));
  }
}

export function tiersArb(huawei: boolean, ipv6: boolean): fc.Arbitrary<SpecObject[]> {
  return fc
    .uniqueArray(fc.record({ name: tierNameArb, kind: fc.constantFrom(...KINDS) }), { maxLength: 6, selector: (t) => t.name })
    .chain((list) => {
      const apps = list.filter((t) => t.kind === "app").map((t) => t.name);
      return list.length === 0 ? fc.constant([]) : fc.tuple(...list.map((t) => tierArb(t.name, t.kind, apps, huawei, ipv6)));
    });
}

// ---------------------------------------------------------------------------------------------
// Clusters

function portEntryArb(): fc.Arbitrary<number | string> {
  return fc.oneof(
    { weight: 3, arbitrary: portArb },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: 2000 })).map(([a, w]) => `${a}-${Math.min(65535, a + w)}`) },
  );
}

/**
 * `closed` tiers are never a rule's destination: a CloudFront load balancer's prefix-list rule
 * counts 55 of AWS's 60 inbound rules, its listener sources (internet, up to two CIDRs) take 3
 * more, and an extra rule to it (up to 3 ports) would push it over the quota.
 */
export function ruleArb(tierNames: string[], ipv6: boolean, closed: readonly string[] = []): fc.Arbitrary<SpecObject> {
  const peers = [...tierNames, ...PLATFORM_TIERS];
  const destinations = peers.filter((p) => !closed.includes(p));
  return fc
    .record({
      from: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...peers).map((tier) => ({ tier })) }, { weight: 1, arbitrary: clientCidrArb(ipv6).map((cidr) => ({ cidr })) }),
      to: fc.constantFrom(...destinations).map((tier) => ({ tier })),
      shape: fc.oneof(
        { weight: 4, arbitrary: fc.record({ protocol: opt(fc.constantFrom("tcp", "udp"), 3), ports: fc.array(portEntryArb(), { minLength: 1, maxLength: 3 }) }) },
        { weight: 1, arbitrary: fc.record({ protocol: fc.constantFrom("icmp", "all"), ports: fc.constant(undefined) }) },
      ),
      description: descriptionArb,
    })
    .map(({ shape, ...r }) => compact({ from: r.from, to: r.to, protocol: shape.protocol, ports: shape.ports, description: r.description }));
}

/**
 * AWS allows 5 security groups per network interface and an app node group's nodes carry the
 * general node group plus one group per app tier (the quota preflight rejects more), so an app
 * node group carries at most 4 app tiers: it lists them when the cluster has more.
 */
const MAX_APP_TIERS_PER_NODE_GROUP = 4;

export function nodeGroupsArb(apps: string[]): fc.Arbitrary<SpecObject[]> {
  const appTiers = fc.subarray(apps, { maxLength: Math.min(apps.length, MAX_APP_TIERS_PER_NODE_GROUP) });
  return fc
    .uniqueArray(fc.record({ name: nameArb, role: fc.constantFrom("addon", "app") }), { minLength: 1, maxLength: 3, selector: (g) => g.name })
    .chain((groups) =>
      fc.tuple(
        ...groups.map((g) =>
          g.role === "app"
            ? (apps.length > MAX_APP_TIERS_PER_NODE_GROUP ? appTiers : opt(appTiers)).map((list) => compact({ ...g, appTiers: list }))
            : fc.constant(g),
        ),
      ),
    );
}

/**
 * Every app tier must run on some node group (a group no interface carries is an error): app
 * tiers the random node groups leave out get node groups of their own, 4 tiers each.
 */
function carryEveryApp(groups: SpecObject[], apps: string[]): SpecObject[] {
  const carried = new Set(groups.filter((g) => g.role === "app").flatMap((g) => g.appTiers ?? apps));
  const left = apps.filter((a) => !carried.has(a));
  const names = new Set(groups.map((g) => g.name));
  const extra: SpecObject[] = [];
  for (let i = 0, k = 0; i < left.length; i += MAX_APP_TIERS_PER_NODE_GROUP) {
    while (names.has(`carry-${k}-apps`)) k++;
    names.add(`carry-${k}-apps`);
    extra.push({ name: `carry-${k}-apps`, role: "app", appTiers: left.slice(i, i + MAX_APP_TIERS_PER_NODE_GROUP) });
  }
  return [...groups, ...extra];
}

export const awsArb = fc
  .record({
    vpcId: fc.stringMatching(/^vpc-[0-9a-f]{8,17}$/),
    clusterSecurityGroupId: opt(fc.stringMatching(/^sg-[0-9a-f]{8,17}$/), 3),
    namePrefix: opt(fc.stringMatching(/^[a-zA-Z0-9._-]{0,20}$/), 1, 3),
    tags: opt(tagsArb),
  })
  .map(compact);

export const huaweiArb = fc
  .record({
    networkModels: opt(fc.shuffledSubarray(["vpc", "tunnel", "turbo"], { minLength: 1 }), 4),
    profile: opt(fc.constantFrom("narrowed", "cce-default")),
    egress: opt(fc.constantFrom("open", "restricted")),
    subnetDnsServers: opt(fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }).map((n) => `100.125.${n >>> 8}.${n & 255}/32`), { minLength: 1, maxLength: 2 }), 1, 3),
    nameSuffix: opt(fc.stringMatching(/^[a-z0-9-]{1,8}$/), 1, 3),
    tags: opt(tagsArb),
  })
  .map(compact);

/** One cluster named `name`: at least one of aws/huawei, everything else random. */
export function clusterArb(name: string): fc.Arbitrary<SpecObject> {
  return fc
    .record({
      clouds: fc.constantFrom("aws", "huawei", "both"),
      // With no tiers: leave the key out, or write `tiers: []`.
      explicitNoTiers: fc.boolean(),
      ipFamily: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 6, arbitrary: fc.constant("ipv4") }, { weight: 2, arbitrary: fc.constant("ipv6") }),
    })
    .chain(({ clouds, explicitNoTiers, ipFamily }) => {
      const huawei = clouds !== "aws";
      const ipv6 = ipFamily === "ipv6";
      return tiersArb(huawei, ipv6).chain((tiers) => {
        const names: string[] = tiers.map((t: SpecObject) => t.name);
        const apps = tiers.filter((t: SpecObject) => t.kind === "app").map((t: SpecObject) => t.name as string);
        const cloudfrontTiers = tiers.filter((t: SpecObject) => t.kind === "load-balancer" && t.sources.cloudfront === true).map((t: SpecObject) => t.name as string);
        return fc
          .record({
            profile: opt(fc.constantFrom("minimum", "recommended", "hardened"), 6),
            egress: opt(fc.constantFrom("open", "restricted")),
            // An EKS-only cluster need not give the CCE-only CIDRs: leave them out half the time.
            network: networkArb(ipv6).chain((n) => (huawei ? fc.constant(n) : fc.boolean().map((drop) => (drop ? withoutCceCidrs(n) : n)))),
            nodeGroups: nodeGroupsArb(apps),
            addons: opt(
              fc
                .record({ istio: opt(fc.boolean(), 1), knative: opt(fc.boolean(), 1), admissionWebhookPorts: opt(fc.uniqueArray(portArb, { maxLength: 2 }), 1) })
                .map(compact),
            ),
            rules: opt(fc.array(ruleArb(names, ipv6, cloudfrontTiers), { maxLength: 2 })),
            aws: clouds === "huawei" ? fc.constant(undefined) : awsArb,
            huawei: clouds === "aws" ? fc.constant(undefined) : huaweiArb,
          })
          .map((c) =>
            compact({
              name, ipFamily, profile: c.profile, egress: c.egress, network: c.network, nodeGroups: carryEveryApp(c.nodeGroups, apps),
              tiers: tiers.length > 0 || explicitNoTiers ? tiers : undefined, addons: c.addons, rules: c.rules, aws: c.aws, huawei: c.huawei,
            }),
          );
      });
    });
}

/** A random valid spec: `version: 1` and 1-3 clusters with unique names. */
export const validTopologySpec: fc.Arbitrary<SpecObject> = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map(clusterArb)))
  .map((clusters) => ({ version: 1, clusters }));

// ---------------------------------------------------------------------------------------------
// Invalid specs: one mutation of a valid spec

export interface InvalidCase {
  /** Which mutation made it invalid, and where (for the failure report). */
  readonly mutation: string;
  /** The YAML text to write to the spec file. */
  readonly text: string;
  /** The spec path the SpecError must name ("" = the root); a RegExp for YAML syntax errors. */
  readonly path: string | RegExp;
  /** Something the problem text must say, when the mutation pins it down. */
  readonly says?: RegExp;
}

/** YAML errors name a position instead of a spec path. */
export const YAML_POSITION = /^line \d+ column \d+$/;

type Mutation = (spec: SpecObject) => fc.Arbitrary<InvalidCase>;
type Path = Array<string | number>;

const clone = (spec: SpecObject): SpecObject => structuredClone(spec);
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

export function formatSpecPath(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${p}`)).join("");
}

function getAt(obj: SpecObject, path: Path): SpecObject {
  return path.reduce((o, k) => (o === undefined ? undefined : o[k]), obj);
}

function setAt(obj: SpecObject, path: Path, value: unknown): void {
  getAt(obj, path.slice(0, -1))[path[path.length - 1]] = value;
}

function deleteAt(obj: SpecObject, path: Path): void {
  delete getAt(obj, path.slice(0, -1))[path[path.length - 1]];
}

/** A case whose spec object is written as YAML. */
function objectCase(mutation: string, spec: SpecObject, path: Path | string, says?: RegExp): InvalidCase {
  return { mutation, text: stringify(spec), path: typeof path === "string" ? path : formatSpecPath(path), says };
}

/** Picks a cluster, then builds the case from a fresh copy of the spec. */
function perCluster(
  build: (spec: SpecObject, ci: number, c: SpecObject, n: number, m: number) => InvalidCase,
): Mutation {
  return (spec) =>
    fc.tuple(fc.nat({ max: spec.clusters.length - 1 }), fc.nat(), fc.nat()).map(([ci, n, m]) => {
      const copy = clone(spec);
      return build(copy, ci, copy.clusters[ci], n, m);
    });
}

function tierIndexes(c: SpecObject, test: (t: SpecObject) => boolean): number[] {
  return (c.tiers ?? []).flatMap((t: SpecObject, j: number) => (test(t) ? [j] : []));
}

/** Appends a tier (fresh name) and returns its index. */
function addTier(c: SpecObject, tier: SpecObject): number {
  c.tiers = c.tiers ?? [];
  const taken = new Set<string>(c.tiers.map((t: SpecObject) => t.name));
  let name = tier.name;
  for (let i = 2; taken.has(name); i++) name = `${tier.name}-${i}`;
  c.tiers.push({ ...tier, name });
  return c.tiers.length - 1;
}

/** Appends a rule (node -> node, otherwise valid) and returns its index. */
function addRule(c: SpecObject, rule: Partial<SpecObject>): number {
  c.rules = c.rules ?? [];
  c.rules.push({ from: { tier: "node" }, to: { tier: "node" }, protocol: "tcp", ports: [443], description: "added by the mutation", ...rule });
  return c.rules.length - 1;
}

/** Fills in the CCE-only CIDRs an EKS-only cluster may leave out, so a mutation can break them. */
function withCceNetwork(net: SpecObject): SpecObject {
  if (net.podCidr === undefined) Object.assign(net, { podCidr: "172.16.0.0/16", serviceCidr: "192.168.0.0/16", controlPlaneCidr: net.vpcCidrs[0] });
  return net;
}

/** IPv4 CIDRs of a cluster with room for a host bit (prefix < 32), by spec path. */
function ipv4Cidrs(c: SpecObject, ci: number): Path[] {
  const at: Path = ["clusters", ci];
  const out: Path[] = [];
  const add = (p: Path) => {
    const v = getAt(c, p.slice(2));
    if (typeof v === "string" && !v.includes(":") && Number(v.split("/")[1]) < 32) out.push(p);
  };
  const n = c.network;
  n.vpcCidrs.forEach((_: unknown, j: number) => add([...at, "network", "vpcCidrs", j]));
  for (const k of ["podCidr", "serviceCidr", "controlPlaneCidr"]) add([...at, "network", k]);
  (n.adminCidrs ?? []).forEach((_: unknown, j: number) => add([...at, "network", "adminCidrs", j]));
  (c.tiers ?? []).forEach((t: SpecObject, j: number) => {
    (t.sources?.cidrs ?? []).forEach((_: unknown, k: number) => add([...at, "tiers", j, "sources", "cidrs", k]));
    (t.sshFrom ?? []).forEach((_: unknown, k: number) => add([...at, "tiers", j, "sshFrom", k]));
  });
  (c.rules ?? []).forEach((r: SpecObject, j: number) => r.from.cidr !== undefined && add([...at, "rules", j, "from", "cidr"]));
  return out;
}

/** Every single port value in a cluster (not port ranges), by spec path. */
function portPaths(c: SpecObject, ci: number): Path[] {
  const at: Path = ["clusters", ci];
  const out: Path[] = [];
  (c.tiers ?? []).forEach((t: SpecObject, j: number) => {
    for (const list of ["listenerPorts", "servicePorts"]) (t[list] ?? []).forEach((_: unknown, k: number) => out.push([...at, "tiers", j, list, k]));
    if (t.healthCheckPort !== undefined) out.push([...at, "tiers", j, "healthCheckPort"]);
    if (t.port !== undefined) out.push([...at, "tiers", j, "port"]);
  });
  (c.addons?.admissionWebhookPorts ?? []).forEach((_: unknown, k: number) => out.push([...at, "addons", "admissionWebhookPorts", k]));
  (c.rules ?? []).forEach((r: SpecObject, j: number) =>
    (r.ports ?? []).forEach((p: unknown, k: number) => typeof p === "number" && out.push([...at, "rules", j, "ports", k])),
  );
  return out;
}

const UNKNOWN_KEYS = ["colour", "egres", "servicePort", "vpcCidr", "profiles", "enabled", "x-extra"];

export const MUTATIONS: Record<string, Mutation> = {
  "cidr-host-bits": perCluster((spec, ci, c, n) => {
    const path = pick(ipv4Cidrs(c, ci), n); // vpcCidrs[0] is always IPv4 with prefix <= 24
    const [addr, prefix] = (getAt(spec, path) as string).split("/");
    setAt(spec, path, `${ipv4Text(ipv4Number(addr) + 1)}/${prefix}`);
    return objectCase("cidr-host-bits", spec, path, /host bits/);
  }),

  "cidr-not-canonical": perCluster((spec, ci, c, n) => {
    // A leading zero in the prefix length: AWS would store "/16", so every plan would differ.
    const path = pick(ipv4Cidrs(c, ci), n);
    const [addr, prefix] = (getAt(spec, path) as string).split("/");
    setAt(spec, path, `${addr}/0${prefix}`);
    return objectCase("cidr-not-canonical", spec, path, new RegExp(`did you mean ${addr.replace(/\./g, "\\.")}/${prefix}\\?`));
  }),

  "control-plane-overlaps-pods": perCluster((spec, ci, c) => {
    const net = withCceNetwork(c.network);
    net.controlPlaneCidr = net.podCidr;
    return objectCase("control-plane-overlaps-pods", spec, ["clusters", ci, "network", "controlPlaneCidr"], /overlaps the pod CIDR/);
  }),

  "cidr-not-a-cidr": perCluster((spec, ci, c, n, m) => {
    const path = pick(ipv4Cidrs(c, ci), n);
    setAt(spec, path, pick(["10.0.0.0", "10.0.0/16", "300.1.0.0/16", "010.0.0.0/8", "167772160/8", "10.0.0.0/33", "any"], m));
    return objectCase("cidr-not-a-cidr", spec, path, /not a CIDR block/);
  }),

  "cidr-ipv6-in-ipv4-cluster": perCluster((spec, ci, c, n) => {
    if (c.ipFamily === "ipv6") {
      // Not wrong in an IPv6 cluster: make the service CIDR overlap the pod CIDR instead.
      withCceNetwork(c.network).serviceCidr = c.network.podCidr;
      return objectCase("service-overlaps-pods", spec, ["clusters", ci, "network", "serviceCidr"], /overlaps/);
    }
    const path = pick(ipv4Cidrs(c, ci), n);
    setAt(spec, path, "2001:db8::/32");
    return objectCase("cidr-ipv6-in-ipv4-cluster", spec, path, /IPv6/);
  }),

  "network-overlap": perCluster((spec, ci, c, n) => {
    const net = withCceNetwork(c.network);
    const at: Path = ["clusters", ci, "network"];
    switch (n % (c.huawei ? 3 : 2)) {
      case 0:
        net.serviceCidr = net.vpcCidrs[0];
        return objectCase("service-overlaps-vpc", spec, [...at, "serviceCidr"], /overlaps a VPC CIDR/);
      case 1:
        net.serviceCidr = net.podCidr;
        return objectCase("service-overlaps-pods", spec, [...at, "serviceCidr"], /overlaps the pod CIDR/);
      default:
        // CCE needs the container CIDR outside the VPC.
        net.podCidr = net.vpcCidrs[0];
        return objectCase("pod-overlaps-vpc-huawei", spec, [...at, "podCidr"], /overlaps a VPC CIDR/);
    }
  }),

  "port-out-of-range": (spec) =>
    fc.tuple(fc.nat({ max: spec.clusters.length - 1 }), fc.nat(), fc.constantFrom(0, -443, 65536, 70000, 8080.5)).map(([ci, n, bad]) => {
      const copy = clone(spec);
      const c = copy.clusters[ci];
      const paths = portPaths(c, ci);
      if (paths.length === 0) {
        c.addons = { ...(c.addons ?? {}), admissionWebhookPorts: [bad] };
        return objectCase("port-out-of-range", copy, ["clusters", ci, "addons", "admissionWebhookPorts", 0]);
      }
      const path = pick(paths, n);
      setAt(copy, path, bad);
      return objectCase("port-out-of-range", copy, path);
    }),

  "port-range-invalid": (spec) =>
    fc.tuple(fc.nat({ max: spec.clusters.length - 1 }), fc.nat(), fc.constantFrom("200-100", "0-10", "1-70000", "99999-100000", "1-2-3", "80 - 90", "http")).map(([ci, n, bad]) => {
      const copy = clone(spec);
      const c = copy.clusters[ci];
      const ported: number[] = (c.rules ?? []).flatMap((r: SpecObject, j: number) => (r.ports ? [j] : []));
      const j = ported.length > 0 ? pick(ported, n) : addRule(c, {});
      c.rules[j].ports = [...c.rules[j].ports, bad];
      return objectCase("port-range-invalid", copy, ["clusters", ci, "rules", j, "ports", c.rules[j].ports.length - 1]);
    }),

  "unknown-enum-value": perCluster((spec, ci, c, n, m) => {
    const at: Path = ["clusters", ci];
    const options: Array<() => InvalidCase> = [
      () => (c.profile = "paranoid", objectCase("unknown-profile", spec, [...at, "profile"], /must be one of/)),
      () => (c.egress = "closed", objectCase("unknown-egress", spec, [...at, "egress"], /must be one of/)),
      () => (c.ipFamily = "dual", objectCase("unknown-ip-family", spec, [...at, "ipFamily"], /must be one of/)),
      () => {
        const k = n % c.nodeGroups.length;
        c.nodeGroups[k].role = "gpu";
        return objectCase("unknown-node-role", spec, [...at, "nodeGroups", k, "role"], /must be one of/);
      },
      () => {
        const stores = tierIndexes(c, (t) => t.kind === "database" || t.kind === "cache");
        const j = stores.length > 0 ? pick(stores, n) : addTier(c, { name: "store", kind: "database", engine: "mysql" });
        c.tiers[j].engine = "mongodb";
        return objectCase("unknown-engine", spec, [...at, "tiers", j, "engine"], /must be one of/);
      },
      () => {
        const lbs = tierIndexes(c, (t) => t.kind === "load-balancer");
        const j = lbs.length > 0 ? pick(lbs, n) : addTier(c, { name: "front", kind: "load-balancer", sources: { internet: true } });
        c.tiers[j].type = "clb";
        return objectCase("unknown-lb-type", spec, [...at, "tiers", j, "type"], /must be one of/);
      },
      () => {
        const j = (c.rules ?? []).length > 0 ? n % c.rules.length : addRule(c, {});
        c.rules[j].protocol = "sctp";
        return objectCase("unknown-rule-protocol", spec, [...at, "rules", j, "protocol"], /must be one of/);
      },
      () => {
        // A huawei: section of its own also needs the CCE CIDRs, else those errors come first.
        if (!c.huawei) withCceNetwork(c.network);
        c.huawei = c.huawei ?? {};
        const models: string[] = c.huawei.networkModels ?? ["vpc", "tunnel", "turbo"];
        const k = n % models.length;
        c.huawei.networkModels = models.map((m, i) => (i === k ? "overlay" : m));
        return objectCase("unknown-network-model", spec, [...at, "huawei", "networkModels", k], /must be one of/);
      },
      () => {
        c.huawei = { ...(c.huawei ?? {}), profile: "wide-open" };
        return objectCase("unknown-huawei-profile", spec, [...at, "huawei", "profile"], /must be one of/);
      },
    ];
    return pick(options, m)();
  }),

  "tier-name-duplicate": perCluster((spec, ci, c, n) => {
    const tiers: SpecObject[] = c.tiers ?? [];
    let k: number;
    if (tiers.length >= 2) {
      k = 1 + (n % (tiers.length - 1));
      tiers[k].name = tiers[n % k].name;
    } else if (tiers.length === 1) {
      k = 1;
      tiers.push(structuredClone(tiers[0]));
    } else {
      c.tiers = [{ name: "twin", kind: "vpc-endpoint" }, { name: "twin", kind: "vpc-endpoint" }];
      k = 1;
    }
    return objectCase("tier-name-duplicate", spec, ["clusters", ci, "tiers", k, "name"], /defined twice/);
  }),

  "tier-name-reserved": perCluster((spec, ci, c, n, m) => {
    const j = (c.tiers ?? []).length > 0 ? n % c.tiers.length : addTier(c, { name: "placeholder", kind: "vpc-endpoint" });
    c.tiers[j].name = pick(PLATFORM_TIERS, m);
    return objectCase("tier-name-reserved", spec, ["clusters", ci, "tiers", j, "name"], /reserved/);
  }),

  "cluster-name-duplicate": (spec) =>
    fc.nat().map((n) => {
      const copy = clone(spec);
      const cs: SpecObject[] = copy.clusters;
      let k: number;
      if (cs.length >= 2) {
        k = 1 + (n % (cs.length - 1));
        cs[k].name = cs[n % k].name;
      } else {
        cs.push(structuredClone(cs[0]));
        k = 1;
      }
      return objectCase("cluster-name-duplicate", copy, ["clusters", k, "name"], /defined twice/);
    }),

  "node-group-name-duplicate": perCluster((spec, ci, c, n) => {
    const gs: SpecObject[] = c.nodeGroups;
    let k: number;
    if (gs.length >= 2) {
      k = 1 + (n % (gs.length - 1));
      gs[k].name = gs[n % k].name;
    } else {
      gs.push({ name: gs[0].name, role: "addon" });
      k = 1;
    }
    return objectCase("node-group-name-duplicate", spec, ["clusters", ci, "nodeGroups", k, "name"], /defined twice/);
  }),

  "bad-name": perCluster((spec, ci, c, n, m) => {
    const bad = pick(["", "Prod", "-edge", "edge-", "a", "x".repeat(33), "my_tier", "web 2", "9lives"], m);
    const at: Path = ["clusters", ci];
    switch (n % 3) {
      case 0:
        c.name = bad;
        return objectCase("bad-cluster-name", spec, [...at, "name"], /2-32 characters/);
      case 1: {
        const k = n % c.nodeGroups.length;
        c.nodeGroups[k].name = bad;
        return objectCase("bad-node-group-name", spec, [...at, "nodeGroups", k, "name"], /2-32 characters/);
      }
      default: {
        const j = (c.tiers ?? []).length > 0 ? n % c.tiers.length : addTier(c, { name: "placeholder", kind: "vpc-endpoint" });
        c.tiers[j].name = bad;
        return objectCase("bad-tier-name", spec, [...at, "tiers", j, "name"], /2-32 characters/);
      }
    }
  }),

  "reference-to-missing-tier": perCluster((spec, ci, c, n, m) => {
    const at: Path = ["clusters", ci];
    const taken = new Set((c.tiers ?? []).map((t: SpecObject) => t.name));
    let name = "ghost";
    while (taken.has(name)) name += "-x";
    switch (m % 4) {
      case 0: {
        const j = (c.rules ?? []).length > 0 ? n % c.rules.length : addRule(c, {});
        c.rules[j].to = { tier: name };
        return objectCase("rule-to-missing-tier", spec, [...at, "rules", j, "to", "tier"], /no tier named/);
      }
      case 1: {
        const j = addRule(c, { from: { tier: name } });
        return objectCase("rule-from-missing-tier", spec, [...at, "rules", j, "from", "tier"], /no tier named/);
      }
      case 2: {
        const stores = tierIndexes(c, (t) => t.kind === "database" || t.kind === "cache");
        const j = stores.length > 0 ? pick(stores, n) : addTier(c, { name: "store", kind: "cache", engine: "redis" });
        const list = [...(c.tiers[j].clients ?? []), name];
        c.tiers[j].clients = list;
        return objectCase("client-not-an-app", spec, [...at, "tiers", j, "clients", list.length - 1], /not an app tier/);
      }
      default: {
        const lbs = tierIndexes(c, (t) => t.kind === "load-balancer");
        const j = lbs.length > 0 ? pick(lbs, n) : addTier(c, { name: "front", kind: "load-balancer", sources: { internet: true } });
        const list = [...(c.tiers[j].targets ?? []), name];
        c.tiers[j].targets = list;
        return objectCase("target-not-an-app", spec, [...at, "tiers", j, "targets", list.length - 1], /not an app tier/);
      }
    }
  }),

  "bad-description": perCluster((spec, ci, c, n, m) => {
    const bad = pick(["<script>alert(1)</script>", "a < b", "ports > 1024", 'say "hi"', "caf\u00e9", "tab\there", "x".repeat(201), ""], m);
    const at: Path = ["clusters", ci];
    const tiers = (c.tiers ?? []).length;
    const rules = (c.rules ?? []).length;
    if (tiers + rules === 0 || n % 2 === 0) {
      const j = rules > 0 ? n % rules : addRule(c, {});
      c.rules[j].description = bad;
      return objectCase("bad-rule-description", spec, [...at, "rules", j, "description"]);
    }
    const j = tiers > 0 ? n % tiers : addTier(c, { name: "placeholder", kind: "vpc-endpoint" });
    c.tiers[j].description = bad;
    return objectCase("bad-tier-description", spec, [...at, "tiers", j, "description"]);
  }),

  "wrong-type": perCluster((spec, ci, c, n) => {
    const at: Path = ["clusters", ci];
    const options: Array<[Path, unknown, RegExp]> = [
      [["network", "vpcCidrs"], c.network.vpcCidrs[0], /expected array, received string/],
      [["nodeGroups"], "workers", /expected array, received string/],
      [["tiers"], "web", /expected array, received string/],
      [["rules"], "allow everything", /expected array, received string/],
      [["network"], "10.0.0.0/16", /expected object, received string/],
      [["name"], 42, /expected string, received number/],
      [["addons"], ["istio"], /expected object, received array/],
    ];
    const apps = tierIndexes(c, (t) => t.kind === "app");
    if (apps.length > 0) {
      const j = pick(apps, n);
      options.push([["tiers", j, "servicePorts"], c.tiers[j].servicePorts[0], /expected array, received number/]);
      options.push([["tiers", j, "servicePorts", 0], String(c.tiers[j].servicePorts[0]), /expected number, received string/]);
    }
    const lbs = tierIndexes(c, (t) => t.kind === "load-balancer");
    if (lbs.length > 0) options.push([["tiers", pick(lbs, n), "sources", "internet"], "yes", /expected boolean, received string/]);
    if (c.aws) options.push([["aws", "tags"], ["team"], /expected record, received array/]);
    if (c.huawei) options.push([["huawei", "networkModels"], "vpc", /expected array, received string/]);
    const [rel, value, says] = pick(options, n);
    setAt(c, rel, value);
    return objectCase("wrong-type", spec, [...at, ...rel], says);
  }),

  "wrong-type-top-level": (spec) =>
    fc.nat().map((n) => {
      const copy = clone(spec);
      const [key, value, path, says] = pick(
        [
          ["clusters", copy.clusters[0].name, "clusters", /expected array, received string/],
          ["clusters", { [copy.clusters[0].name]: copy.clusters[0] }, "clusters", /expected array, received object/],
          ["version", "1", "version", /unsupported spec version "1"/],
          ["version", 2, "version", /unsupported spec version 2/],
        ] as Array<[string, unknown, string, RegExp]>,
        n,
      );
      copy[key] = value;
      return objectCase("wrong-type-top-level", copy, path, says);
    }),

  "unknown-key": perCluster((spec, ci, c, n, m) => {
    const key = pick(UNKNOWN_KEYS, m);
    const at: Path = ["clusters", ci];
    const targets: Path[] = [[], [...at], [...at, "network"], [...at, "nodeGroups", n % c.nodeGroups.length]];
    (c.tiers ?? []).forEach((t: SpecObject, j: number) => {
      targets.push([...at, "tiers", j]);
      if (t.sources) targets.push([...at, "tiers", j, "sources"]);
    });
    (c.rules ?? []).forEach((_: unknown, j: number) => targets.push([...at, "rules", j], [...at, "rules", j, "to"]));
    for (const section of ["addons", "aws", "huawei"]) if (c[section]) targets.push([...at, section]);
    const path = pick(targets, n);
    getAt(spec, path)[key] = "x";
    return objectCase("unknown-key", spec, path, new RegExp(`unknown key "${key}"`));
  }),

  "missing-required": perCluster((spec, ci, c, n) => {
    const at: Path = ["clusters", ci];
    const options: Path[] = [["name"], ["network"], ["network", "vpcCidrs"], ["nodeGroups"], ["nodeGroups", 0, "role"]];
    // The container, service and master CIDRs are required only for CCE (a huawei: section).
    if (c.huawei) options.push(["network", "podCidr"], ["network", "serviceCidr"], ["network", "controlPlaneCidr"]);
    tierIndexes(c, (t) => t.kind === "app").forEach((j) => options.push(["tiers", j, "servicePorts"]));
    (c.rules ?? []).forEach((_: unknown, j: number) => options.push(["rules", j, "description"], ["rules", j, "to"]));
    if (c.aws) options.push(["aws", "vpcId"]);
    const rel = pick(options, n);
    deleteAt(c, rel);
    // zod reports a missing enum value (role) as an invalid option rather than a missing key.
    return objectCase("missing-required", spec, [...at, ...rel], rel[rel.length - 1] === "role" ? /is required|must be one of/ : /is required/);
  }),

  "empty-list": perCluster((spec, ci, c, n) => {
    const at: Path = ["clusters", ci];
    const options: Path[] = [["network", "vpcCidrs"], ["nodeGroups"]];
    tierIndexes(c, (t) => t.kind === "app").forEach((j) => options.push(["tiers", j, "servicePorts"]));
    tierIndexes(c, (t) => t.kind === "load-balancer").forEach((j) => options.push(["tiers", j, "listenerPorts"]));
    (c.rules ?? []).forEach((r: SpecObject, j: number) => r.ports && options.push(["rules", j, "ports"]));
    if (c.huawei) options.push(["huawei", "networkModels"]);
    const rel = pick(options, n);
    setAt(c, rel, []);
    return objectCase("empty-list", spec, [...at, ...rel]);
  }),

  "no-clusters": (spec) => fc.constant(objectCase("no-clusters", { ...clone(spec), clusters: [] }, "clusters", /at least one cluster/)),

  "nothing-to-render": perCluster((spec, ci, c) => {
    delete c.aws;
    delete c.huawei;
    return objectCase("nothing-to-render", spec, ["clusters", ci], /nothing to render/);
  }),

  "semantic": perCluster((spec, ci, c, n, m) => {
    const at: Path = ["clusters", ci];
    switch (m % 7) {
      case 0: {
        const lbs = tierIndexes(c, (t) => t.kind === "load-balancer");
        const j = lbs.length > 0 ? pick(lbs, n) : addTier(c, { name: "front", kind: "load-balancer", sources: { internet: true } });
        c.tiers[j].sources = n % 2 ? {} : { internet: false, cidrs: [] };
        return objectCase("load-balancer-without-source", spec, [...at, "tiers", j, "sources"], /needs a source/);
      }
      case 1: {
        const stores = tierIndexes(c, (t) => t.kind === "database" || t.kind === "cache");
        const j = stores.length > 0 ? pick(stores, n) : addTier(c, { name: "store", kind: "database", engine: "mysql" });
        delete c.tiers[j].engine;
        delete c.tiers[j].port;
        return objectCase("store-without-engine-or-port", spec, [...at, "tiers", j, "engine"], /needs an engine or an explicit port/);
      }
      case 2: {
        const addons: number[] = c.nodeGroups.flatMap((g: SpecObject, k: number) => (g.role === "addon" ? [k] : []));
        const k: number = addons.length > 0 ? pick(addons, n) : c.nodeGroups.push({ name: "addon-pool", role: "addon" }) - 1;
        if (c.nodeGroups.filter((g: SpecObject) => g.name === c.nodeGroups[k].name).length > 1) c.nodeGroups[k].name = "addon-pool-x";
        c.nodeGroups[k].appTiers = [];
        return objectCase("app-tiers-on-addon-group", spec, [...at, "nodeGroups", k, "appTiers"], /only node groups with role: app/);
      }
      case 3: {
        const j = addRule(c, { protocol: n % 2 ? "udp" : "tcp" });
        delete c.rules[j].ports;
        return objectCase("rule-without-ports", spec, [...at, "rules", j, "ports"], /needs ports/);
      }
      case 4: {
        const j = addRule(c, { protocol: n % 2 ? "icmp" : "all", ports: [443] });
        return objectCase("rule-with-ports-it-cannot-take", spec, [...at, "rules", j, "ports"], /takes no ports/);
      }
      case 5: {
        // A huawei: section of its own also needs the CCE CIDRs, else those errors come first.
        if (!c.huawei) withCceNetwork(c.network);
        c.huawei = c.huawei ?? {};
        const models: string[] = c.huawei.networkModels ?? ["vpc", "tunnel", "turbo"];
        c.huawei.networkModels = [...models, models[n % models.length]];
        return objectCase("network-model-twice", spec, [...at, "huawei", "networkModels", models.length], /listed twice/);
      }
      default: {
        if (c.aws) {
          c.aws.vpcId = pick(["vpc-123", "vpc-XYZ0123456789", "0123456789abcdef0", "sg-0123456789abcdef0"], n);
          return objectCase("aws-vpc-id-malformed", spec, [...at, "aws", "vpcId"], /VPC id looks like/);
        }
        c.aws = { vpcId: "vpc-0123456789abcdef0", clusterSecurityGroupId: "sg-1" };
        return objectCase("aws-sg-id-malformed", spec, [...at, "aws", "clusterSecurityGroupId"], /security group id looks like/);
      }
    }
  }),

  // The YAML text itself is broken: the error names a line and column instead of a spec path.
  "yaml-syntax": (spec) =>
    fc.nat().map((n) => {
      const text = stringify(spec);
      const lines = text.split("\n");
      const variants: Array<[string, string]> = [
        ["yaml-duplicate-key", `${text}version: 1\n`],
        ["yaml-unclosed-flow-sequence", `${text}extra: [1, 2\n`],
        ["yaml-unclosed-flow-mapping", `${text}extra: {a: 1\n`],
        ["yaml-unterminated-quote", `${text}extra: "abc\n`],
        ["yaml-compact-nested-mapping", `oops: a: b\n${text}`],
        // The first indented line indented with a tab instead.
        ["yaml-tab-indentation", lines.map((l, i) => (i === lines.findIndex((x) => x.startsWith("  ")) ? l.replace(/^ +/, "\t") : l)).join("\n")],
      ];
      const [mutation, broken] = pick(variants, n);
      return { mutation, text: broken, path: YAML_POSITION };
    }),

  "yaml-not-a-mapping": (spec) =>
    fc.constantFrom("list", "scalar").map((kind) => ({
      mutation: `yaml-top-level-${kind}`,
      text: kind === "list" ? stringify(spec.clusters) : "just a string\n",
      path: "",
      says: /must be a YAML mapping/,
    })),
};

/** A valid spec with one random mutation: the case to write and the error it must produce. */
export const invalidTopologySpec: fc.Arbitrary<InvalidCase> = validTopologySpec.chain((spec) =>
  fc.oneof(...Object.values(MUTATIONS).map((m) => m(spec))),
);
