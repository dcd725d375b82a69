/**
 * CRC-32 (IEEE 802.3, the zip checksum), continued from a previous value. fflate computes it inside its own zip
 * writer but does not export it, and the package writer needs it for parts it deflates itself (see `ZipWriter`).
 * Slicing by 8 (eight tables, eight bytes a step): every part read or written is checksummed, ≈ 4 % of a
 * consolidation's CPU time with the one-table loop.
 */
const TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let t = 1; t < 8; t++) {
      const previous = tables[(t - 1) * 256 + n];
      tables[t * 256 + n] = tables[previous & 0xff] ^ (previous >>> 8);
    }
  return tables;
})();

export function crc32(data: Uint8Array, previous = 0): number {
  const t = TABLES;
  let crc = ~previous;
  let i = 0;
  const fast = data.length - 8;
  for (; i <= fast; i += 8) {
    const low = crc ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    crc =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}
