// What every stack of ours shares: readable addresses and machine-independent local state.
import { join, relative } from "node:path";
import { App, LocalBackend, TerraformElement, TerraformStack } from "cdktf";
import { Construct, Node } from "constructs";

export class ClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // cdktf's default state path is absolute (machine-specific output). Keep the same file, the
    // project root's terraform.<stack>.tfstate, but say it relative to the stack folder.
    const stackDir = join(App.of(this).outdir, "stacks", id);
    new LocalBackend(this, { path: relative(stackDir, join(process.cwd(), `terraform.${id}.tfstate`)) });
  }

  /** Names resources after their construct ID (tier and rule content), e.g. aws_security_group.web. */
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const id = element instanceof Node ? element.id : element.node.id;
    return id.replace(/[^A-Za-z0-9_-]/g, "_");
  }
}
