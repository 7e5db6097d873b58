# Region and credentials come from the environment (HW_REGION_NAME, HW_ACCESS_KEY, HW_SECRET_KEY).
provider "huaweicloud" {
}

variable "vpc_id" {
  type        = string
  description = "VPC of the cluster"
}

variable "subnet_id" {
  type        = string
  description = "Subnet of the cluster nodes"
}

module "cce_sg" {
  source             = "../.."
  cluster_name       = "prod"
  vpc_cidrs          = ["10.0.0.0/16"]
  pod_cidr           = "172.16.0.0/16"
  control_plane_cidr = "10.0.0.0/24"
  admin_cidrs        = ["203.0.113.0/24"]
  jump_ssh_cidrs     = ["203.0.113.0/24"]
  tags = {
    team = "platform"
  }
}

# The node group goes on the cluster; node pools add their app tiers' groups (node_pool_security_group_ids).
resource "huaweicloud_cce_cluster" "prod" {
  name                   = "prod"
  flavor_id              = "cce.s2.small"
  vpc_id                 = var.vpc_id
  subnet_id              = var.subnet_id
  container_network_type = module.cce_sg.container_network_type
  service_network_cidr   = "10.247.0.0/16"
  security_group_id      = module.cce_sg.cce_cluster_security_group_id
  container_network_cidr = "172.16.0.0/16"
}

output "node_pool_security_group_ids" {
  description = "huaweicloud_cce_node_pool security_groups per node group"
  value       = module.cce_sg.node_pool_security_group_ids
}
