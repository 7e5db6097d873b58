// Checks synthesized Terraform JSON against the offline huaweicloud provider schema.
//   node scripts/run.js scripts/validate-huaweicloud.ts cdktf.out/stacks/<stack>/cdk.tf.json
// Exit code: 0 no violations, 1 violations, 2 usage error or unreadable input.
import { runValidateHuaweicloud } from "../src/validate/cli";

process.exitCode = runValidateHuaweicloud(process.argv.slice(2));
