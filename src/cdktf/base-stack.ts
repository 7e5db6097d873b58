// What our stacks share: readable addresses, and (deployable stacks) a state backend.
import { stackBackend } from "../spelling/stack";
import { App, LocalBackend, TerraformBackend, TerraformElement, TerraformRemoteState, TerraformStack } from "cdktf";
import { Construct, Node } from "constructs";

/** Names resources after their construct ID (tier and rule content), e.g. aws_security_group.web. */
export class ReadableStack extends TerraformStack {
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const id = element instanceof Node ? element.id : element.node.id;
    return id.replace(/[^A-Za-z0-9_-]/g, "_");
  }
}

export { BACKEND_ENV } from "../spelling/stack";

export class ClusterStack extends ReadableStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const backend = stackBackend(id, App.of(this).outdir);
    if (backend.type === "local") new LocalBackend(this, { path: backend.attributes.path as string });
    else new ConfiguredBackend(this, backend.type, backend.attributes);
  }
}

/** Any Terraform backend, given as its type and attributes (s3, gcs, azurerm, remote, ...). */
class ConfiguredBackend extends TerraformBackend {
  constructor(scope: Construct, type: string, private readonly attributes: Record<string, unknown>) {
    super(scope, "backend", type);
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return this.attributes;
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return this.attributes;
  }

  getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error(`cross-stack references through the ${this.name} backend are not supported`);
  }
}
