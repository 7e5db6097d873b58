// Quota preflight at synth time: a spec over a quota fails synthesis with one clear error.
import { QuotaError } from "../src/audit/quota";
import { synthSpec, variant } from "./support/synth";

test("six groups on one node group's interfaces fail synth, naming the node group and the excess", () => {
  const spec = variant((c) => {
    for (const n of [1, 2, 3, 4]) c.tiers.push({ name: `svc${n}`, kind: "app", servicePorts: [9000 + n] });
    c.rules = [];
    // Turbo pods would carry 6 groups too: a spec error of its own (test/pod-groups.test.ts).
    c.huawei.networkModels = ["vpc"];
  });
  expect(() => synthSpec(spec)).toThrow(QuotaError);
  expect(() => synthSpec(spec)).toThrow(/clusters\[0\]: security group quotas exceeded: node group apps puts 6 security groups on each network interface .*1 over AWS's 5/);
});

test("the reference spec is within every quota", () => {
  expect(() => synthSpec(variant(() => undefined))).not.toThrow();
});
