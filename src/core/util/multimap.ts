/** Appends a value to the list kept under a key (creating the list). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Remembers a pure function of a string (bounded: forgets everything past `limit` entries). */
export function memoize<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      v = fn(key);
      cache.set(key, v);
    }
    return v as T;
  };
}
