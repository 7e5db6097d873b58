// Rules and groups without a description: reviewers (and CKV_AWS_23 on AWS) need one to tell why
// a rule exists. Cloud defaults are not in the document, so they are not judged.
import type { SgStack } from "../verify/model";
import type { TfJson } from "../verify/terraform-json";
import type { Finding } from "./finding";

const GROUP_TYPES = { aws: "aws_security_group", huawei: "huaweicloud_networking_secgroup" } as const;

export function describeFindings(doc: TfJson, stack: SgStack): Finding[] {
  const cloudOf = new Map(stack.groups.map((g) => [g.id, g.cloud]));
  const tierOf = new Map(stack.groups.map((g) => [g.id, g.tier]));
  const seen = new Set<string>();
  const rules: Finding[] = [];
  for (const r of stack.rules) {
    // One Huawei rule with a ports list becomes several model rules with the same address.
    if (r.cloudDefault || seen.has(r.address) || (r.description ?? "").trim()) continue;
    seen.add(r.address);
    rules.push({
      id: "rule-without-description",
      severity: "low",
      controls: cloudOf.get(r.group) === "aws" ? ["CKV_AWS_23"] : [],
      group: tierOf.get(r.group) ?? r.group,
      rule: r.address,
      message: `${r.direction} rule has no description; say which flow it serves`,
      origin: [],
    });
  }
  const groups = stack.groups
    .filter((g) => g.managed && !String(doc.resource?.[GROUP_TYPES[g.cloud]]?.[g.tier]?.description ?? "").trim())
    .map((g): Finding => ({
      id: "group-without-description",
      severity: "low",
      controls: g.cloud === "aws" ? ["CKV_AWS_23"] : [],
      group: g.tier,
      rule: g.id,
      message: "security group has no description",
      origin: [],
    }));
  return [...rules, ...groups];
}
