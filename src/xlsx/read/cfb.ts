/**
 * Just enough of the OLE compound file format (CFB) to tell a password-protected OOXML
 * workbook (Excel wraps it in a CFB with `EncryptionInfo` and `EncryptedPackage` streams)
 * from an old binary .xls.
 */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfb(b: Uint8Array): boolean {
  if (b.length < 512) return false;
  for (let i = 0; i < 8; i++) if (b[i] !== CFB_MAGIC[i]) return false;
  return true;
}

const END_OF_CHAIN = 0xfffffffa; // ids at or above this are special markers
const MAX_DIRECTORY_SECTORS = 4096;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/**
 * Names of the directory entries (streams and storages). Follows the directory chain through
 * the FAT sectors listed in the header; a damaged chain ends the walk early.
 */
export function listCfbNames(b: Uint8Array): string[] {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const offsetOf = (sid: number): number => (sid + 1) * sectorSize;
  const fatSectors: number[] = [];
  const fatCount = Math.min(u32(b, 0x2c), 109);
  for (let i = 0; i < fatCount; i++) fatSectors.push(u32(b, 0x4c + i * 4));
  const perSector = sectorSize / 4;
  const nextSector = (sid: number): number => {
    const fs = fatSectors[Math.floor(sid / perSector)];
    if (fs === undefined || fs >= END_OF_CHAIN) return END_OF_CHAIN;
    const at = offsetOf(fs) + (sid % perSector) * 4;
    return at + 4 <= b.length ? u32(b, at) : END_OF_CHAIN;
  };
  const names: string[] = [];
  let sid = u32(b, 0x30);
  for (let n = 0; sid < END_OF_CHAIN && n < MAX_DIRECTORY_SECTORS; n++) {
    const start = offsetOf(sid);
    if (start + sectorSize > b.length) break;
    for (let e = start; e < start + sectorSize; e += 128) {
      const len = u16(b, e + 64);
      if (len < 2 || len > 64) continue;
      let name = "";
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, e + i));
      names.push(name);
    }
    sid = nextSector(sid);
  }
  return names;
}

/** An OLE container is an encrypted OOXML package when it holds these streams. */
export function isEncryptedPackage(b: Uint8Array): boolean {
  const names = listCfbNames(b);
  return names.includes("EncryptionInfo") || names.includes("EncryptedPackage");
}
