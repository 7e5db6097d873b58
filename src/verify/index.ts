// The flow checker: proves from synthesized Terraform what the security groups let through,
// between the interfaces (node pools, pods, control plane, tier instances) that carry them.
export { loadStack, type LoadOptions } from "./load-stack";
export { allows, allowsPort, pieceText, type FlowQuery, type FlowResult, type Piece, type RuleRef } from "./allows";
export { Endpoints, type Endpoint } from "./endpoint";
export type { SgGroup, SgInterface, SgRule, SgStack, Peer } from "./model";
export { runCheck, type Check, type CheckResult, type Allowance } from "./check";
export { requiredChecks } from "./required-suite";
export { leastPrivilegeChecks, POLICIES, type PolicyName } from "./least-privilege-suite";
export { internetAllowances } from "./internet-exceptions";
export { verifyStack, verifyStacks, interfaceRows, type InterfaceRow, type StackReport } from "./verify-stacks";
export { placementProblems } from "./placement-check";
export { verifyMarkdown, verifyJson } from "./verify-report";
export { parity, type ParityTable, type ParityRow, type ParityCell } from "./parity";
export { parityMarkdown, parityJson } from "./parity-report";
export { readStackDocs } from "./stack-files";
export { groupAddressesOf, internetOf, stackName, targetsOf } from "./cluster-context";
export { VerifyError } from "./errors";
export type { TfJson } from "./terraform-json";
