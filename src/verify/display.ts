// Terraform strings read back from a document keep its escapes: `$${` and `%%{` stand for the
// literal `${` and `%{`. Reports show what the value is, not how it is escaped.
export function displayText(text: string): string {
  return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
