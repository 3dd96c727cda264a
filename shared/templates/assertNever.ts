/** Exhaustiveness guard for `switch` over a union: a new member fails the type check here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
