// Growing the typed arrays that hot loops keep from call to call (token scratch, option tables).

type Typed = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** A copy of `a` with room for `size` elements (its contents first, zeros after). */
export function widened<T extends Typed>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
