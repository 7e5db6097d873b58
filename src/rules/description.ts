// Rule descriptions must survive both clouds: AWS allows a small charset, Huawei forbids < and >,
// and both stop at 255 characters.
const AWS_FORBIDDEN = /[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g;
export const MAX_DESCRIPTION = 255;

export function safeDescription(text: string): string {
  return text.replace(AWS_FORBIDDEN, " ").replace(/\s+/g, " ").trim().slice(0, MAX_DESCRIPTION);
}
