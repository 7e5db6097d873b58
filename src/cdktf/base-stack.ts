// What our stacks share: readable addresses, and (deployable stacks) a state backend.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { App, LocalBackend, TerraformBackend, TerraformElement, TerraformRemoteState, TerraformStack } from "cdktf";
import { Construct, Node } from "constructs";

/** Names resources after their construct ID (tier and rule content), e.g. aws_security_group.web. */
export class ReadableStack extends TerraformStack {
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const id = element instanceof Node ? element.id : element.node.id;
    return id.replace(/[^A-Za-z0-9_-]/g, "_");
  }
}

/** Environment variable naming a JSON file such as {"s3": {"bucket": "...", "key": "...", "region": "..."}}. */
export const BACKEND_ENV = "CLUSTER_SG_BACKEND_CONFIG";

export class ClusterStack extends ReadableStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const file = process.env[BACKEND_ENV];
    if (file) {
      // One backend for every stack; `{stack}` in a string value becomes the stack name.
      const config = JSON.parse(readFileSync(file, "utf8").replace(/\{stack\}/g, id)) as Record<string, Record<string, unknown>>;
      const [type, attributes] = Object.entries(config)[0];
      new ConfiguredBackend(this, type, attributes);
      return;
    }
    // cdktf's default state path is absolute (machine-specific output). Keep the same file, the
    // project root's terraform.<stack>.tfstate, but say it relative to the stack folder.
    const stackDir = join(App.of(this).outdir, "stacks", id);
    new LocalBackend(this, { path: relative(stackDir, join(process.cwd(), `terraform.${id}.tfstate`)) });
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
