export type { Citation, CloudGroup, Interface, InterfaceKind, Placement } from "./model";
export { cloudGroupsOf, placementOf, podGroupsOfPool } from "./placement";
export { checkPlacement } from "./dead-groups";
export { MAX_GROUPS_PER_POD } from "./pod-limits";
