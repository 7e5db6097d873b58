// Bad-input fixtures state what they expect in header comments: `# expect: ...` and `# path: ...`.
export function header(text: string, key: "expect" | "path", file: string): string {
  const m = new RegExp(`^# ${key}: (.+)$`, "m").exec(text);
  if (!m) throw new Error(`${file} has no "# ${key}: ..." header line`);
  return m[1].trim();
}
