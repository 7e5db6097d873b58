// CceSecurityGroups: the security groups and rules one cluster needs on Huawei Cloud CCE for one
// network model, as a construct usable in any cdktf app. src/spelling/cce.ts spells the blocks;
// this file makes them constructs.
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { NetworkingSecgroup, NetworkingSecgroupConfig } from "../../generated/providers/huaweicloud/networking-secgroup";
import { NetworkingSecgroupRule, NetworkingSecgroupRuleConfig } from "../../generated/providers/huaweicloud/networking-secgroup-rule";
import type { HuaweiGroupPlan } from "../rules/huawei";
import { CceSpellingProps, spellCce } from "../spelling/cce";
import type { Placement } from "../placement";
import { tokenExpressions } from "./token-expressions";

export type CceSecurityGroupsProps = CceSpellingProps;

export class CceSecurityGroups extends Construct {
  readonly plan: readonly HuaweiGroupPlan[];
  /** Security group ID per tier name (platform groups: control-plane, node, eni). */
  readonly groupIds: Readonly<Record<string, string>>;
  /** The interfaces and the groups they carry (keys of groupIds). */
  readonly placement: Placement;

  constructor(scope: Construct, id: string, props: CceSecurityGroupsProps) {
    super(scope, id);
    const spelled = spellCce(props, tokenExpressions, {
      securityGroup: (name, config) => new NetworkingSecgroup(this, name, config as unknown as NetworkingSecgroupConfig).id,
      rule: (name, config) => void new NetworkingSecgroupRule(this, name, config as unknown as NetworkingSecgroupRuleConfig),
      variable: (name, config) => new TerraformVariable(this, name, { type: "string", ...config }).stringValue,
    });
    this.plan = spelled.plan;
    this.groupIds = spelled.groupIds;
    this.placement = spelled.placement;
  }
}
