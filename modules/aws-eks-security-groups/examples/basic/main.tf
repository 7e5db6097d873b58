# Region and credentials come from the environment (AWS_REGION, AWS_PROFILE, ...).
provider "aws" {
}

variable "subnet_ids" {
  type        = list(string)
  description = "Subnets of the cluster and its nodes"
  default     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

variable "cluster_role_arn" {
  type        = string
  description = "IAM role of the EKS cluster"
  default     = "arn:aws:iam::123456789012:role/eks-cluster"
}

variable "node_role_arn" {
  type        = string
  description = "IAM role of the managed node groups"
  default     = "arn:aws:iam::123456789012:role/eks-node"
}

# The control-plane ENIs carry the EKS-created group plus the module's control-plane group.
resource "aws_eks_cluster" "this" {
  name     = "prod"
  role_arn = var.cluster_role_arn

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = module.eks_sg.control_plane_security_group_ids
  }
}

resource "aws_launch_template" "apps" {
  name_prefix            = "prod-apps-"
  vpc_security_group_ids = module.eks_sg.node_group_security_group_ids["apps"]
}

resource "aws_eks_node_group" "apps" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "apps"
  node_role_arn   = var.node_role_arn
  subnet_ids      = var.subnet_ids

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.apps.id
    version = aws_launch_template.apps.latest_version
  }
}

resource "aws_launch_template" "system" {
  name_prefix            = "prod-system-"
  vpc_security_group_ids = module.eks_sg.node_group_security_group_ids["system"]
}

resource "aws_eks_node_group" "system" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "system"
  node_role_arn   = var.node_role_arn
  subnet_ids      = var.subnet_ids

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.system.id
    version = aws_launch_template.system.latest_version
  }
}

module "eks_sg" {
  source         = "../.."
  cluster_name   = "prod"
  vpc_id         = "vpc-0123456789abcdef0"
  jump_ssh_cidrs = ["203.0.113.0/24"]
  tags = {
    team = "platform"
    env  = "prod"
  }
  cluster_primary_security_group_id = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
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
