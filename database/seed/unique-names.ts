/** Draws names until one is new (case-insensitively); the word lists make this end quickly. */
export function drawUnique(taken: Set<string>, draw: () => string): string {
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const name = draw();
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  throw new Error('The demo word lists ran out of unique names.');
}

/** `wanted`, or `wanted2`, `wanted3`, ... whichever is free first; the result is marked taken. */
export function withFreeSuffix(taken: Set<string>, wanted: string): string {
  let name = wanted;
  for (let suffix = 2; taken.has(name); suffix++) name = `${wanted}${suffix}`;
  taken.add(name);
  return name;
}
