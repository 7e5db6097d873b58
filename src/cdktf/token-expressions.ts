// The spelling's expressions as cdktf tokens (the constructs' side of src/spelling/expressions.ts).
import { Fn, Token } from "cdktf";
import type { Expressions } from "../spelling/expressions";

export const tokenExpressions: Expressions = {
  isExpression: (value) => Token.isUnresolved(value),
  merge: (parts) => Fn.merge([...parts]) as unknown as Record<string, string>,
  zipmap: (keys, values) => Fn.zipmap([...keys], [...values]),
  format: (pattern, args) => Fn.format(pattern, [...args]),
  coalesce: (values) => Fn.coalesce([...values]),
  isIpv4Cidr: (cidr) => Token.asString(Fn.can(Fn.cidrnetmask(cidr))),
  yamlencode: (value) => Token.asString(Fn.yamlencode(value)),
  conditional: (condition, then, otherwise) =>
    Token.asString(Fn.conditional(condition, then ?? Token.nullValue(), otherwise ?? Token.nullValue())),
};
