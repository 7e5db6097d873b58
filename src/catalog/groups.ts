// Shorthands for catalog rows, so each row reads like its seed table line.
import { GroupRef } from "./row";

export const CLUSTER: GroupRef = { role: "cluster" };
export const CONTROL_PLANE: GroupRef = { role: "control-plane" };
export const NODE: GroupRef = { role: "node" };
export const NODE_ADDON: GroupRef = { role: "node-addon" };
export const NODE_APP: GroupRef = { role: "node-app" };
export const VPC_ENDPOINT: GroupRef = { role: "vpc-endpoint" };
export const LOAD_BALANCER: GroupRef = { role: "load-balancer" };
export const DATABASE: GroupRef = { role: "database" };
export const CACHE: GroupRef = { role: "cache" };
export const BASTION: GroupRef = { role: "bastion" };
export const ENI: GroupRef = { role: "eni" };
