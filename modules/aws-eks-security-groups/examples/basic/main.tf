# Region and credentials come from the environment (AWS_REGION, AWS_PROFILE, ...).
provider "aws" {
}

module "eks_sg" {
  source                            = "../.."
  cluster_name                      = "prod"
  vpc_id                            = "vpc-0123456789abcdef0"
  cluster_primary_security_group_id = "sg-0123456789abcdef0"
  jump_ssh_cidrs                    = ["203.0.113.0/24"]
  tags = {
    team = "platform"
    env  = "prod"
  }
}

output "node_group_security_group_ids" {
  description = "Launch template vpc_security_group_ids per node group"
  value       = module.eks_sg.node_group_security_group_ids
}

output "control_plane_security_group_ids" {
  description = "aws_eks_cluster vpc_config.security_group_ids"
  value       = module.eks_sg.control_plane_security_group_ids
}

output "placement" {
  description = "Per interface (control plane, node pools, pods, tiers): the security group IDs it carries"
  value       = module.eks_sg.placement
}
