/**
 * Whether bytes are a zip file: the test that tells a workbook given as CSV or JSON (or a CSV given as a workbook).
 *
 * @module
 */

/**
 * Whether `bytes` start with a zip file's local header signature, `PK\x03\x04` (50 4B 03 04): every `.xlsx` workbook
 * (Excel's, WPS's) is a zip that starts so, and no text does.
 *
 * @example
 * ```ts
 * hasZipSignature(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))
 * //=> true
 * hasZipSignature(new TextEncoder().encode('PK,村级代码'))
 * //=> false
 * ```
 * @category Input · 输入数据
 */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
