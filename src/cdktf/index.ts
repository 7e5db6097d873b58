// The package's entry point (`import { EksSecurityGroups } from "cdktf-cluster-sg"`): the two
// constructs, and the spec loader that turns a topology spec into the clusters they take.
export { EksSecurityGroups, ROLE_TAG } from "./eks-security-groups";
export type { EksSecurityGroupsProps } from "./eks-security-groups";
export { CceSecurityGroups } from "./cce-security-groups";
export type { CceSecurityGroupsProps } from "./cce-security-groups";
export type { AwsAttachments } from "../spelling/aws-attachments";
export { loadSpec, loadSpecFile, SpecError, PLATFORM_TIERS } from "../spec";
export type { Cluster, Tier, TopologySpec, ClusterSpec, TierSpec, NetworkModelName } from "../spec";
