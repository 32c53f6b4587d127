/**
 * A membership test for a fixed list of codes that costs little both cold and warm: the first
 * few checks search the lists (building a Set of a few hundred codes costs about 0.1 ms in code
 * that has not run yet, more than a search), and the tenth builds the Set that answers every
 * later check in constant time.
 *
 * @param lists - The code lists, read when the Set is built.
 */
export function codeCheck(...lists: readonly (readonly unknown[])[]): (value: unknown) => boolean {
  let codes: ReadonlySet<unknown> | undefined;
  let checks = 0;
  return (value) => {
    if (codes !== undefined) return codes.has(value);
    checks += 1;
    if (checks >= 10) codes = new Set(lists.flat());
    // An index loop: a for-of loop's iterator costs more on a first call than the lists' own search.
    for (let i = 0; i < lists.length; i += 1) if ((lists[i] as readonly unknown[]).includes(value)) return true;
    return false;
  };
}
