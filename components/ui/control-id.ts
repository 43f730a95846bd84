/** The element id of a control from its name: "birthDate.day" → "birthDate", "a.0.b" → "a-0-b". */
export function controlId(name: string): string {
  return name.replace(/\.day$/, '').replace(/\./g, '-');
}
