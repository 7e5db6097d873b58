// Our stacks name Terraform resources after their construct ID alone (tier and rule content), so
// addresses read like `aws_security_group.web` and do not shift when the spec is reordered.
import { TerraformElement, TerraformStack } from "cdktf";
import { Node } from "constructs";

export class ReadableStack extends TerraformStack {
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const id = element instanceof Node ? element.id : element.node.id;
    return id.replace(/[^A-Za-z0-9_-]/g, "_");
  }
}
