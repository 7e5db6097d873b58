// The stack `main.ts` synthesizes per cluster for AWS: provider, the EksSecurityGroups construct,
// and outputs that say which group attaches where (seed 003).
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Cluster } from "../spec/model";
import { EksSecurityGroups } from "./eks-security-groups";
import { eksOutputs } from "../spelling/outputs";
import { addOutputs } from "./outputs";
import { tokenExpressions } from "./token-expressions";
import { ClusterStack } from "./base-stack";
import { OFFLINE_AWS } from "../spelling/stack";

export interface StackOptions {
  /** Adds the provider's skip_* flags so `terraform plan` runs without credentials (tests, CI). */
  readonly offline?: boolean;
}

export class EksStack extends ClusterStack {
  readonly groups: EksSecurityGroups;

  constructor(scope: Construct, id: string, cluster: Cluster, options: StackOptions = {}) {
    super(scope, id);
    // Region and credentials come from the usual AWS environment (AWS_REGION, profiles, roles).
    new AwsProvider(this, "aws", options.offline ? OFFLINE_AWS : {});
    // The prebuilt binding says "aws"; the full source is what Terraform users read and expect.
    this.addOverride("terraform.required_providers.aws.source", "hashicorp/aws");
    this.groups = new EksSecurityGroups(this, "eks", { cluster });
    addOutputs(this, eksOutputs(this.groups, cluster, tokenExpressions));
  }
}
