// Code-point order for generated text: unlike localeCompare it does not depend on the machine's
// locale, so reports and diagrams come out byte-identical everywhere.
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
