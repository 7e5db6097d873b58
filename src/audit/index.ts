// The audit: risky rules in synthesized stacks (findings with control IDs, suppressible only in
// writing) and the quota preflight over rule plans. Nothing here imports cdktf.
export { auditStack, type AuditOptions, type StackAudit } from "./audit-stack";
export { auditStacks, type ClusterAudit, type SuppressionsOf } from "./audit-stacks";
export { auditMarkdown, auditJson, auditSummary, failsStrict, isOpen } from "./audit-report";
export type { Finding } from "./finding";
export { applySuppressions, checkSuppressions, type Suppression } from "./suppressions";
export { SEVERITIES, STRICT_FLOOR, atLeast, type Severity } from "./severity";
export { CONTROLS, type Control } from "./controls";
export { authorizedExposures, VENDOR_REQUIRED_ROWS, type Authorization } from "./authorized";
export { AuditError } from "./errors";
export { checkAwsQuotas, checkHuaweiQuotas, QuotaError, throwOnViolations, AWS_QUOTAS, HUAWEI_QUOTAS, type QuotaViolation } from "./quota";
