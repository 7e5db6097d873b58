// How a spelling combines values that may be Terraform expressions (module variables) rather than
// literals. Two implementations: cdktf tokens (src/cdktf/token-expressions.ts) and plain Terraform
// strings (src/terraform-json/string-expressions.ts), held to the same output by a test.

export interface Expressions {
  /** True for an expression (a variable or function of one), false for a literal. */
  isExpression(value: unknown): boolean;
  merge(parts: readonly unknown[]): Record<string, string>;
  zipmap(keys: readonly string[], values: readonly string[]): unknown;
  format(pattern: string, args: readonly string[]): string;
  coalesce(values: readonly string[]): string;
  /** can(cidrnetmask(cidr)): true when the CIDR is IPv4. */
  isIpv4Cidr(cidr: string): string;
  /** yamlencode(value): the value's strings are literals or whole expressions (IDs). */
  yamlencode(value: unknown): string;
  /** `condition ? then : otherwise`; null stands for Terraform's null. */
  conditional(condition: string, then: string | null, otherwise: string | null): string;
}

/** One rule per element of a list variable (`for_each`). */
export interface Iteration {
  /** What the resource's for_each takes. */
  readonly forEach: unknown;
  /** each.value */
  readonly value: string;
}

/** A module's variables, as a spelling needs them. Stacks built from a spec have none. */
export interface ModuleValues {
  /** The variable's value (a scalar CIDR or port, a name, an ID). */
  scalar(variable: string): string;
  /** The variable's whole value (a map such as tags). */
  whole(variable: string): unknown;
  /** An iteration over a list variable, for `for_each`. */
  iterate(variable: string): Iteration;
}
