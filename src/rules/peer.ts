// The far side of a rule, as security group rules name it.
import type { Endpoint } from "../flows/flow";

export type RulePeer = Endpoint;

/** An address-safe name for a peer: "node", "0-0-0-0_0", "cloudfront". */
export function peerKey(peer: RulePeer, self: string): string {
  switch (peer.kind) {
    case "group":
      return peer.tier === self ? "self" : peer.tier;
    case "cidr":
      return peer.cidr.replace(/[.:]/g, "-").replace("/", "_");
    case "prefix-list":
      return peer.name;
  }
}
