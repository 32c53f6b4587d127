/** SHA-256's initial hash and round constants, worked out on first use (see {@link sha256Head}). */
let constants: { readonly h: readonly number[]; readonly k: readonly number[] } | undefined;

/**
 * The first 32 bits of the fractional parts of the square roots (initial hash)
 * and cube roots (round constants) of the first primes, as FIPS 180-4 defines
 * them; computed, not listed, to keep the code small (a test compares the
 * digests with node:crypto).
 */
function sha256Constants(): { readonly h: readonly number[]; readonly k: readonly number[] } {
  if (constants !== undefined) return constants;
  const h: number[] = [];
  const k: number[] = [];
  const fraction = (x: number) => ((x - Math.floor(x)) * 2 ** 32) | 0;
  for (let candidate = 2; k.length < 64; candidate += 1) {
    let prime = true;
    for (let d = 2; d * d <= candidate; d += 1) if (candidate % d === 0) prime = false;
    if (!prime) continue;
    if (h.length < 8) h.push(fraction(candidate ** (1 / 2)));
    k.push(fraction(candidate ** (1 / 3)));
  }
  constants = { h, k };
  return constants;
}

/** The first 64 bits of the SHA-256 digest of `bytes` (FIPS 180-4), as two 32-bit words. */
function sha256Head(bytes: Uint8Array): [number, number] {
  const { h: initial, k } = sha256Constants();
  const data = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  view.setUint32(data.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(data.length - 4, (bytes.length * 8) >>> 0);
  const hash = [...initial];
  const w: number[] = [];
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < data.length; offset += 64) {
    const [a0 = 0, b0 = 0, c0 = 0, d0 = 0, e0 = 0, f0 = 0, g0 = 0, h0 = 0] = hash;
    let [a, b, c, d, e, f, g, hh] = [a0, b0, c0, d0, e0, f0, g0, h0];
    for (let i = 0; i < 64; i += 1) {
      if (i < 16) w[i] = view.getUint32(offset + i * 4);
      else {
        const x = w[i - 15] ?? 0;
        const y = w[i - 2] ?? 0;
        w[i] =
          ((w[i - 16] ?? 0) +
            (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) +
            (w[i - 7] ?? 0) +
            (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10))) |
          0;
      }
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (k[i] ?? 0) + (w[i] ?? 0)) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i += 1) hash[i] = ((hash[i] ?? 0) + (next[i] ?? 0)) | 0;
  }
  return [hash[0] ?? 0, hash[1] ?? 0];
}

/**
 * A short, stable key for an English text: the first 64 bits of the SHA-256
 * digest of its UTF-8 bytes, as 16 hex digits. The translation tables are
 * keyed by it, so a record's translation is found from the record's own
 * English text (a text that has changed since it was translated finds
 * nothing and falls back to English), and a locale table carries no English.
 * A cryptographic hash, so no text can be made to take a shipped text's key
 * (a 32-bit FNV-1a key could be matched in a fraction of a second); the build
 * also checks that no two translated texts share one.
 */
export function textKey(text: string): string {
  const [a, b] = sha256Head(new TextEncoder().encode(text));
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
