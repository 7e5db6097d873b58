// Constraints the provider schema JSON does not encode, taken from the provider's Go schema
// (ConflictsWith/RequiredWith/ValidateFunc in resource_huaweicloud_networking_secgroup_rule.go), its
// docs (docs/resources/networking_secgroup_rule.md) and the VPC API reference. Values that are
// Terraform expressions are unknown until plan time, so only their presence is checked.
import * as ipaddr from "ipaddr.js";
import { isSet, type Report } from "./block-check";
import { isExpression } from "./cty-type";

const DIRECTIONS = ["ingress", "egress"];
const ETHERTYPES = ["IPv4", "IPv6"];
const ACTIONS = ["allow", "deny"];
/** Named protocols accepted by the provider; anything else must be an IP protocol number 0-255 (47 = GRE). */
const NAMED_PROTOCOLS = ["tcp", "udp", "icmp", "icmpv6"];
const PORT_PROTOCOLS = new Set(["tcp", "udp", "6", "17"]);
const REMOTES = ["remote_group_id", "remote_ip_prefix", "remote_address_group_id"] as const;
const PORT_RANGE = ["port_range_min", "port_range_max"] as const;

const literal = (v: unknown): v is string | number | boolean => isSet(v) && !isExpression(v);

/** Huawei Cloud descriptions: at most 255 characters, no angle brackets. */
export function checkDescription(body: Record<string, unknown>, report: Report): void {
  const d = body.description;
  if (typeof d !== "string" || isExpression(d)) return;
  if ([...d].length > 255) report("description", `must be at most 255 characters, got ${[...d].length}`);
  if (/[<>]/.test(d)) report("description", "must not contain '<' or '>'");
}

/** Returns null when `spec` is valid "22,80,1000-2000" syntax, else the reason. */
export function portsSpecError(spec: string): string | null {
  const items = spec.split(",").map((s) => s.trim());
  for (const item of items) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(item);
    if (!m) return `"${item}" is not a port or a range "from-to"`;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (const p of [from, to]) if (p < 1 || p > 65535) return `port ${p} is outside 1-65535`;
    if (from > to) return `range "${item}" has from > to`;
  }
  return null;
}

/** "a.b.c.d/n" or IPv6 "x::/n" as Go's net.ParseCIDR would accept it; returns the family or null. */
export function cidrFamily(text: string): 4 | 6 | null {
  const m = /^([^/]+)\/(0|[1-9]\d{0,2})$/.exec(text);
  if (!m) return null;
  const bits = Number(m[2]);
  if (ipaddr.IPv4.isValidFourPartDecimal(m[1])) return bits <= 32 ? 4 : null;
  if (!m[1].includes("%") && ipaddr.IPv6.isValid(m[1])) return bits <= 128 ? 6 : null;
  return null;
}

function isValidProtocol(p: string): boolean {
  return NAMED_PROTOCOLS.includes(p) || (/^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function oneOf(body: Record<string, unknown>, key: string, allowed: string[], report: Report): void {
  const v = body[key];
  if (literal(v) && !allowed.includes(String(v))) report(key, `must be one of ${allowed.join(", ")}, got ${JSON.stringify(v)}`);
}

function integerIn(body: Record<string, unknown>, key: string, min: number, max: number, report: Report): void {
  const v = body[key];
  if (typeof v === "number" && (!Number.isInteger(v) || v < min || v > max)) {
    report(key, `must be an integer from ${min} to ${max}, got ${v}`);
  }
}

export function checkSecgroupRule(body: Record<string, unknown>, report: Report): void {
  checkDescription(body, report);
  oneOf(body, "direction", DIRECTIONS, report);
  oneOf(body, "ethertype", ETHERTYPES, report);
  oneOf(body, "action", ACTIONS, report);
  const protocol = body.protocol;
  if (literal(protocol) && !isValidProtocol(String(protocol))) {
    report("protocol", `must be one of ${NAMED_PROTOCOLS.join(", ")} or an IP protocol number 0-255, got ${JSON.stringify(protocol)}`);
  }

  // ports vs port_range_*: alternatives; both need a protocol (RequiredWith in the Go schema).
  const rangeSet = PORT_RANGE.filter((k) => isSet(body[k]));
  if (isSet(body.ports) && rangeSet.length > 0) report("ports", `conflicts with ${rangeSet.join(", ")}`);
  for (const key of ["ports", ...PORT_RANGE]) {
    if (isSet(body[key]) && !isSet(body.protocol)) report(key, "requires protocol");
  }
  if (isSet(body.port_range_max) && !isSet(body.port_range_min)) report("port_range_max", "requires port_range_min");
  for (const key of ["action", "priority", "remote_address_group_id"]) {
    if (isSet(body[key]) && rangeSet.length > 0) report(key, `cannot be combined with ${rangeSet.join(", ")}`);
  }
  if (typeof body.ports === "string" && !isExpression(body.ports)) {
    const err = portsSpecError(body.ports);
    if (err) report("ports", err);
  }
  // For tcp/udp the range is a port range; for icmp it carries type/code, so only integrality is checked.
  const portProtocol = literal(protocol) && PORT_PROTOCOLS.has(String(protocol));
  for (const key of PORT_RANGE) integerIn(body, key, portProtocol ? 1 : 0, 65535, report);
  const { port_range_min: lo, port_range_max: hi } = body;
  if (portProtocol && typeof lo === "number" && typeof hi === "number" && lo > hi) {
    report("port_range_max", `must be >= port_range_min (${lo}), got ${hi}`);
  }

  integerIn(body, "priority", 1, 100, report);

  // An empty remote_ip_prefix is the provider's "0.0.0.0/0" default, i.e. not a second remote.
  const remotes = REMOTES.filter((k) => isSet(body[k]) && body[k] !== "");
  if (remotes.length > 1) report(remotes.join(","), `only one of ${REMOTES.join(", ")} may be set`);
  const prefix = body.remote_ip_prefix;
  if (typeof prefix === "string" && prefix !== "" && !isExpression(prefix)) {
    const family = cidrFamily(prefix);
    const ethertype = body.ethertype;
    if (family === null) report("remote_ip_prefix", `is not a valid CIDR: ${JSON.stringify(prefix)}`);
    else if (ethertype === "IPv4" || ethertype === "IPv6") {
      if (`IPv${family}` !== ethertype) report("remote_ip_prefix", `is an IPv${family} CIDR but ethertype is ${ethertype}`);
    }
  }
}

/** The VPC API: a security group name is 1-64 characters. */
export const MAX_NAME = 64;

export function checkSecgroup(body: Record<string, unknown>, report: Report): void {
  checkDescription(body, report);
  const name = body.name;
  if (typeof name === "string" && !isExpression(name) && [...name].length > MAX_NAME) {
    report("name", `must be at most ${MAX_NAME} characters, got ${[...name].length}`);
  }
}

/** CCE binds at most 5 security groups to a pod (pod_security_groups of a node pool). */
export function checkNodePool(body: Record<string, unknown>, report: Report): void {
  const groups = body.pod_security_groups;
  if (Array.isArray(groups) && groups.length > 5) report("pod_security_groups", `must list at most 5 security groups, got ${groups.length}`);
}

/** Extra checks per resource type (data sources only read, so they get none). */
export const EXTRA_RESOURCE_CHECKS: Record<string, (body: Record<string, unknown>, report: Report) => void> = {
  huaweicloud_networking_secgroup_rule: checkSecgroupRule,
  huaweicloud_networking_secgroup: checkSecgroup,
  huaweicloud_cce_node_pool: checkNodePool,
};
