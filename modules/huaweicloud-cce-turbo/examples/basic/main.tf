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

variable "eni_subnet_id" {
  type        = string
  description = "IPv4 subnet ID of the subnet where pod ENIs are created"
}

variable "control_plane_security_group_id" {
  type        = string
  description = "ID of the master node group CCE created ({cluster}-cce-control-{id}), once the cluster exists"
}

variable "eni_security_group_id" {
  type        = string
  description = "ID of the ENI group CCE Turbo created ({cluster}-cce-eni-{id}), once the cluster exists"
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
  control_plane_security_group_id = var.control_plane_security_group_id
  eni_security_group_id           = var.eni_security_group_id
}

# The node group goes on the cluster; each node pool carries the groups its placement lists.
resource "huaweicloud_cce_cluster" "prod" {
  name                   = "prod"
  flavor_id              = "cce.s2.small"
  vpc_id                 = var.vpc_id
  subnet_id              = var.subnet_id
  container_network_type = module.cce_sg.container_network_type
  service_network_cidr   = "10.247.0.0/16"
  security_group_id      = module.cce_sg.cce_cluster_security_group_id
  eni_subnet_id          = var.eni_subnet_id
}

# Turbo: the pool's pods carry the ENI group and its app tiers' groups (pod_security_groups, ForceNew).
resource "huaweicloud_cce_node_pool" "apps" {
  cluster_id          = huaweicloud_cce_cluster.prod.id
  name                = "apps"
  flavor_id           = "c7.large.2"
  initial_node_count  = 2
  security_groups     = module.cce_sg.node_pool_security_group_ids["apps"]
  pod_security_groups = module.cce_sg.node_pool_pod_security_group_ids["apps"]

  root_volume {
    size       = 40
    volumetype = "SSD"
  }

  data_volumes {
    size       = 100
    volumetype = "SSD"
  }
}

resource "huaweicloud_cce_node_pool" "system" {
  cluster_id         = huaweicloud_cce_cluster.prod.id
  name               = "system"
  flavor_id          = "c7.large.2"
  initial_node_count = 2
  security_groups    = module.cce_sg.node_pool_security_group_ids["system"]

  root_volume {
    size       = 40
    volumetype = "SSD"
  }

  data_volumes {
    size       = 100
    volumetype = "SSD"
  }
}

output "placement" {
  description = "Per interface (control plane, node pools, pods, tiers): the security group IDs it carries"
  value       = module.cce_sg.placement
}
