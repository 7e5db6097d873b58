// Spec text that Terraform would evaluate if a sink wrote it as it is: interpolations and
// directives (a local file's contents, a loop), an escape that must survive as written, an
// unterminated interpolation, quotes, backslashes, and a newline followed by what would end a
// heredoc. Every string here must reach Terraform as a literal.
import { variant, SpecObject } from "./synth";

/** Tag keys and values (AWS allows any of these characters in tags). */
export const HOSTILE_TAGS: Readonly<Record<string, string>> = {
  team: '${file("/etc/passwd")}',
  loop: "%{ for x in [1] }x%{ endfor }",
  escaped: "$${x} and %%{y}",
  open: "left ${ open",
  quoted: 'say "hi" \\ back\\slash a\\b',
  heredoc: "line one\nEOF\n  injected = file(\"/etc/passwd\")\nEOF",
  '${file("/etc/hostname")}': "key with an interpolation",
  '%{ if true }k%{ endif }': "key with a directive",
  'k"q\\': "key with a quote and a backslash",
};

/** Rule descriptions may use only AWS's description characters, which include $ { } ( ) = ;. */
export const HOSTILE_DESCRIPTION = "${jsonencode({a=1})} ${terraform.workspace} $${x} and ${ unterminated";

export const HOSTILE_JUSTIFICATION = '${file("/etc/passwd")} %{ for x in [1] }x%{ endfor } "quoted" \\ and ${ open';

/** The reference spec with hostile tags (both clouds), rule description and suppression. */
export function hostileSpec(): SpecObject {
  return variant((c) => {
    c.aws.tags = { ...HOSTILE_TAGS };
    c.huawei.tags = { ...HOSTILE_TAGS };
    c.rules[0].description = HOSTILE_DESCRIPTION;
    c.audit = { suppressions: [{ id: "listener-from-anywhere", group: "edge", justification: HOSTILE_JUSTIFICATION }] };
  });
}
