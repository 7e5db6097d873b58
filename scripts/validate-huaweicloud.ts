// Checks synthesized Terraform JSON, or Terraform HCL (generated modules), against the offline
// huaweicloud provider schema.
//   node scripts/run.js scripts/validate-huaweicloud.ts cdktf.out/stacks/<stack>/cdk.tf.json
//   node scripts/run.js scripts/validate-huaweicloud.ts modules/huaweicloud-cce-turbo
// Exit code: 0 no violations, 1 violations, 2 usage error or unreadable input.
import { runValidateHuaweicloud } from "../src/validate/cli";

void runValidateHuaweicloud(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
