// Writes spec.schema.json from the zod definition, so editors complete and check spec files
// (`# yaml-language-server: $schema=../spec.schema.json`). Deterministic; written atomically.
import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { TopologySpec } from "../src/spec/schema";

const target = resolve(process.argv[2] ?? "spec.schema.json");
const schema = {
  ...z.toJSONSchema(TopologySpec, { io: "input", unrepresentable: "any" }),
  title: "cdktf-cluster-sg topology spec",
};
const tmp = `${target}.tmp-${process.pid}`;
writeFileSync(tmp, `${JSON.stringify(schema, null, 2)}\n`);
renameSync(tmp, target);
process.stdout.write(`wrote ${target}\n`);
