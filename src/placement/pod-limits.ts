// CCE Turbo binds at most 5 security groups to one pod (SecurityGroup custom resource; the same
// limit holds for a node pool's pod_security_groups).
export const MAX_GROUPS_PER_POD = 5;
