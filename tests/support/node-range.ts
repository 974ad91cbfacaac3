/**
 * Whether a Node.js version satisfies a package's `engines.node` range, for the forms npm packages
 * actually declare (`>=22.12.0`, `>= 22.12`, `^20.19.0 || >=22.12.0`, `>= 12.22.0 < 13`). A range
 * in any other form throws, so the floor test cannot pass by misreading one.
 */

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const parts = text.replace(/^v/, '').split('.');
  if (parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) throw new Error(`Not a version: ${text}`);
  const [major = 0, minor = 0, patch = 0] = parts.map(Number);
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function meets(version: Version, comparator: string): boolean {
  const match = /^(\^|~|>=|<=|>|<|=)?(v?\d+(?:\.\d+){0,2})$/.exec(comparator);
  if (!match) throw new Error(`Unsupported engines comparator: ${comparator}`);
  const [, operator = '=', text = ''] = match;
  const bound = parseVersion(text);
  const order = compare(version, bound);
  switch (operator) {
    case '^':
      // Node's majors are never 0, so a caret range is "this major, from the bound on".
      return order >= 0 && version[0] === bound[0];
    case '~':
      return order >= 0 && version[0] === bound[0] && version[1] === bound[1];
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    default:
      return order === 0;
  }
}

/** True when `version` satisfies `range` (a missing range accepts every version). */
export function satisfiesNodeRange(version: string, range: string | undefined): boolean {
  if (range === undefined || range.trim() === '' || range.trim() === '*') return true;
  const parsed = parseVersion(version);
  return range.split('||').some((alternative) => {
    // ">= 22.12" is one comparator written with a space.
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
    return comparators.every((comparator) => meets(parsed, comparator));
  });
}

/** The lowest version a range of the form `>=X.Y.Z` (or `>= X.Y`) names. */
export function floorOf(range: string): string {
  const match = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(range);
  if (!match?.[1]) throw new Error(`Not a plain floor: ${range}`);
  return parseVersion(match[1]).join('.');
}
