// How CCE uses the groups: huaweicloud_cce_cluster takes the node group as security_group_id and
// the network model as container_network_type; node pools take the groups their placement lists.
import type { NetworkModelName } from "../spec/schema";

export const CONTAINER_NETWORK_TYPE: Record<NetworkModelName, string> = {
  vpc: "vpc-router",
  tunnel: "overlay_l2",
  turbo: "eni",
};
