// Module HCL conventions: underscored resource names reach every reference, never spec text.
import { conventionalDocument, mapInterpolations } from "../src/modules/conventions";

test("references to a renamed group are rewritten inside expressions only; literal text stays", () => {
  const doc = conventionalDocument({
    resource: {
      aws_security_group: { "orders-db": { name: "x" }, "node-addon": { name: "y" }, node: { name: "z" } },
      aws_vpc_security_group_ingress_rule: {
        "orders-db_ingress_from_node-addon": {
          security_group_id: "${aws_security_group.orders-db.id}",
          referenced_security_group_id: "${aws_security_group.node-addon.id}",
          description: "see $${aws_security_group.orders-db.id} and aws_security_group.node-addon.id",
        },
      },
    },
    output: { control_plane_security_group_id: { value: "${aws_security_group.node.id}" }, cluster_security_group_id: { value: "${var.x}" } },
  }, { cloud: "aws" });
  const rule = doc.resource!.aws_vpc_security_group_ingress_rule.orders_db_ingress_from_node_addon;
  expect(Object.keys(doc.resource!.aws_security_group).sort()).toEqual(["node", "node_addon", "orders_db"]);
  expect(rule.security_group_id).toBe("${aws_security_group.orders_db.id}");
  expect(rule.referenced_security_group_id).toBe("${aws_security_group.node_addon.id}");
  expect(rule.description).toBe("see $${aws_security_group.orders-db.id} and aws_security_group.node-addon.id");
  // terraform-aws-modules/eks names: the group we create is cluster_security_group_id.
  expect(Object.keys(doc.output!).sort()).toEqual(["cluster_primary_security_group_id", "cluster_security_group_id"]);
  expect(doc.output!.cluster_security_group_id.value).toBe("${aws_security_group.node.id}");
});

test("interpolations with strings and maps inside are found whole", () => {
  expect(mapInterpolations('a ${merge(var.t, { "k}" = "v" })} b ${x}', (e) => `<${e}>`)).toBe('a ${<merge(var.t, { "k}" = "v" })>} b ${<x>}');
});
