// A Terraform JSON document built without cdktf, in the shape cdktf synthesizes: blocks named
// after their construct IDs, each with cdktf's "//" metadata (path, uniqueId).
import type { OutputBlock } from "../spelling/outputs";

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

export interface TerraformJson {
  "//"?: Record<string, unknown>;
  data?: Blocks;
  output?: Record<string, { description: string; value: unknown }>;
  provider?: Record<string, unknown[]>;
  resource?: Blocks;
  terraform?: Record<string, unknown>;
  [section: string]: unknown;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A provider class config (camelCase, undefined for absent) as Terraform attributes, sorted by
 * name as cdktf's provider classes emit them.
 */
export function attributes(config: Record<string, unknown>): Record<string, unknown> {
  const named = Object.entries(config)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]): [string, unknown] => [snake(key), value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const out: Record<string, unknown> = {};
  // Maps (tags) keep their keys; meta-arguments are objects of attributes themselves.
  for (const [name, value] of named) out[name] = name === "lifecycle" ? attributes(value as Record<string, unknown>) : value;
  return out;
}

export class DocumentBuilder {
  readonly json: TerraformJson = {};

  /** `scope`: the construct path blocks sit under (stack/construct), for cdktf's metadata. */
  constructor(private readonly scope: string) {}

  resource(type: string, id: string, config: Record<string, unknown>): string {
    return `\${${type}.${this.add("resource", type, id, config)}.id}`;
  }

  /** Returns the data source's address, data.<type>.<name>. */
  data(type: string, id: string, config: Record<string, unknown>): string {
    return `data.${type}.${this.add("data", type, id, config)}`;
  }

  /** A variable as cdktf declares it (no metadata); returns its value. */
  variable(name: string, config: Record<string, unknown>): string {
    const section = ((this.json.variable as Record<string, unknown> | undefined) ??= {});
    section[name] = attributes(config);
    return `\${var.${name}}`;
  }

  outputs(outputs: readonly OutputBlock[]): void {
    const section = (this.json.output ??= {});
    for (const o of outputs) section[o.name] = { description: o.description, value: o.value };
  }

  /** Adds a block under its construct ID; returns its name (the ID as src/cdktf/base-stack.ts allocates it). */
  private add(section: "resource" | "data", type: string, id: string, config: Record<string, unknown>): string {
    const name = id.replace(/[^A-Za-z0-9_-]/g, "_");
    const blocks = ((this.json[section] as Blocks | undefined) ??= {});
    (blocks[type] ??= {})[name] = { ...attributes(config), "//": { metadata: { path: `${this.scope}/${id}`, uniqueId: name } } };
    return name;
  }
}
