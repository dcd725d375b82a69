/** One file of a zip archive, as its central directory describes it. */
export type ZipEntry = {
  /** The part name, e.g. `xl/worksheets/sheet1.xml` (no leading slash). */
  name: string;
  /** The name exactly as stored, so a copied entry keeps its bytes. */
  nameBytes: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose bit flags; bit 3 (data descriptor) is cleared when an entry is copied. */
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
  dosTime: number;
  dosDate: number;
};
