// Entry point of the model: one synthesized stack (cdk.tf.json shape) in, interfaces, groups and
// rules out.
import type { Target } from "../flows/target";
import type { IpFamily } from "../net/cidr";
import type { Cluster } from "../spec/model";
import { readAwsRules } from "./aws-rules";
import { CCE_CREATED_ROLES, cceCreatedDefaults, eksClusterDefaults, huaweiDefaults } from "./default-rules";
import { ExternalGroups, GroupIndex } from "./group-index";
import { AddressGroups, readHuaweiRules } from "./huawei-rules";
import { InterfaceAddresses, readInterfaces } from "./interfaces";
import type { SgStack } from "./model";
import { PrefixLists, prefixListName } from "./prefix-lists";
import { fromList } from "./address-set";
import type { TfJson } from "./terraform-json";
import type { Inputs } from "./terraform-refs";

export interface LoadOptions {
  readonly name?: string;
  /** Values for ${var.X} (a module's inputs); variable defaults in the document fill the rest. */
  readonly inputs?: Inputs;
  /** Groups the document references by literal ID: ID -> tier (role "cluster" marks the EKS cluster SG). */
  readonly externalGroups?: ExternalGroups;
  /** Entries of managed prefix lists, by name ("cloudfront" or the AWS name), when known. */
  readonly prefixLists?: Readonly<Record<string, readonly string[]>>;
  /** Entries of Huawei address groups referenced by literal ID. */
  readonly addressGroups?: AddressGroups;
  /** The cluster's IP family: an IPv6 EKS cluster SG also opens ::/0 outbound. */
  readonly ipFamily?: IpFamily;
  /**
   * Where each tier's members take their addresses from (e.g. every group in the VPC CIDRs), so
   * CIDR rules can be judged for group endpoints. Without it a group may be anywhere.
   */
  readonly placement?: Readonly<Record<string, readonly string[]>>;
  /** Where each interface of the `placement` output takes its addresses from (else: anywhere). */
  readonly interfaceAddresses?: InterfaceAddresses;
  /** The spec's cluster and target: the rules of the groups CCE creates need its CIDRs. */
  readonly cluster?: Cluster;
  readonly target?: Target;
}

export function loadStack(doc: TfJson, options: LoadOptions = {}): SgStack {
  const inputs = options.inputs ?? {};
  const groups = new GroupIndex(doc, inputs, options.externalGroups);
  const rules = [
    ...readAwsRules(doc, inputs, groups, new PrefixLists(doc, inputs, options.prefixLists)),
    ...readHuaweiRules(doc, inputs, groups, options.addressGroups),
  ];
  const interfaces = readInterfaces(doc, groups, options.interfaceAddresses);
  const all = groups.all();
  const { cluster, target } = options;
  const cceCreated = all.filter((g) => !g.managed && g.cloud === "huawei" && (CCE_CREATED_ROLES as readonly string[]).includes(g.role));
  const defaults = [
    ...[...groups.eksClusterGroups].flatMap((id) => eksClusterDefaults(groups.get(id), options.ipFamily ?? "ipv4")),
    ...huaweiDefaults(doc, all),
    ...(cluster && target ? cceCreated.flatMap((g) => cceCreatedDefaults(g, cluster, target)) : []),
  ];
  return {
    name: options.name,
    groups: all,
    rules: [...rules, ...defaults],
    interfaces,
    placement: mapValues(options.placement ?? {}, fromList),
    prefixLists: Object.fromEntries(Object.entries(options.prefixLists ?? {}).map(([k, v]) => [prefixListName(k), fromList(v)])),
  };
}

function mapValues<T, U>(o: Readonly<Record<string, T>>, fn: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fn(v)]));
}
