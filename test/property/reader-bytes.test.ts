/**
 * Property: whatever bytes arrive, `readWorkbook`, `returnFromBytes` and the CLI's
 * `loadReturn` answer with well-formed workbook data or with a rejection whose code is known
 * and whose message (vi and en) names the file; none of them throws, the reader never falls
 * back to `unreadable` (its own defect), and a merge of the answer holds together.
 * Inputs here are bytes: random, random behind a zip or OLE signature, and the example
 * returns and generated templates damaged at random places of their zip structure.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { loadReturn } from "../../src/cli/returns";
import { CFB_MAGIC } from "../../src/xlsx/read/cfb";
import {
  Outcomes,
  campaign,
  checkBytes,
  checkLoaded,
  loadBases,
  type Base,
} from "../helpers/reader-checks";
import { makeTempDir } from "../helpers/temp";
import { applyByteDamage, byteDamageArb } from "../helpers/zip-mutations";

let bases: Base[] = [];
const baseArb = fc.nat().map((i) => bases[i % bases.length]!);

beforeAll(async () => {
  bases = await loadBases();
  // Damage starts from good files: undamaged, each passes the same checks and reads whole,
  // but the example that is a text file, which is refused as one.
  for (const base of bases) {
    const expected = Object.keys(base.parts).length > 0 ? "ok" : "not_a_zip";
    expect([base.name, checkBytes(base.bytes, base.name)]).toEqual([base.name, expected]);
  }
});

describe("the reader on arbitrary bytes", () => {
  it("answers random bytes with a known rejection that names the file (1000 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048, size: "max" }), (bytes) =>
        outcomes.add(checkBytes(bytes))
      ),
      { numRuns: 1000, examples: [[new Uint8Array(0)], [new TextEncoder().encode("Kính gửi")]] }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["empty_file", "not_a_zip"]));
  });

  it("answers random bytes behind a zip signature with a known rejection (400 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(
        fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]),
        fc.uint8Array({ maxLength: 1024, size: "max" }),
        (signature, rest) => outcomes.add(checkBytes(new Uint8Array([...signature, ...rest])))
      ),
      { numRuns: 400 }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["truncated"]));
  });

  it("answers random OLE containers (.xls or encrypted) with a known rejection (300 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 504, maxLength: 2048, size: "max" }),
        fc.boolean(),
        (rest, plausible) => {
          const bytes = new Uint8Array([...CFB_MAGIC, ...rest]);
          if (plausible && bytes.length >= 1024) {
            // 512-byte sectors, one FAT sector, the directory at sector 0: the walk goes on.
            bytes.set([9, 0], 0x1e);
            bytes.set([1, 0, 0, 0], 0x2c);
            bytes.set([0, 0, 0, 0], 0x30);
            const name = "EncryptionInfo";
            for (let i = 0; i < name.length && 512 + i * 2 + 1 < bytes.length; i++)
              bytes.set([name.charCodeAt(i), 0], 512 + i * 2);
            if (bytes.length > 512 + 65) bytes.set([(name.length + 1) * 2, 0], 512 + 64);
          }
          outcomes.add(checkBytes(bytes));
        }
      ),
      { numRuns: 300 }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["legacy_xls", "encrypted"]));
  });
});

describe("the reader on damaged returns", () => {
  it("answers examples and templates damaged anywhere in their zip structure (1000 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(baseArb, byteDamageArb, (base, damage) =>
        outcomes.add(checkBytes(applyByteDamage(base.bytes, base.regions, damage), base.name))
      ),
      { numRuns: 1000 }
    );
    // The damage reaches past the zip into the XML: some files still read, others do not.
    expect(outcomes.kinds).toEqual(
      expect.arrayContaining(["ok", "corrupt_zip", "truncated", "malformed_xml"])
    );
  });

  it("answers damage inside the deflated data of the parts (600 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(baseArb, byteDamageArb, (base, damage) =>
        outcomes.add(
          checkBytes(
            applyByteDamage(base.bytes, base.regions, { ...damage, region: "data" }),
            base.name
          )
        )
      ),
      { numRuns: 600 }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["ok", "corrupt_zip"]));
  });

  it("answers damage inside the central directory and end record (600 runs)", () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(baseArb, byteDamageArb, fc.boolean(), (base, damage, central) =>
        outcomes.add(
          checkBytes(
            applyByteDamage(base.bytes, base.regions, {
              ...damage,
              region: central ? "central" : "end",
            }),
            base.name
          )
        )
      ),
      { numRuns: 600 }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["ok", "corrupt_zip", "truncated"]));
  });

  it("answers damaged files read from disk by the CLI's loadReturn (60 runs)", async () => {
    const dir = makeTempDir("property-load-return");
    let n = 0;
    await fc.assert(
      fc.asyncProperty(baseArb, byteDamageArb, async (base, damage) => {
        const file = path.join(dir, `${n++}-${base.name}`);
        await writeFile(file, applyByteDamage(base.bytes, base.regions, damage));
        checkLoaded(await loadReturn(file, campaign), file);
      }),
      { numRuns: 60 }
    );
    const missing = path.join(dir, "khong-co.xlsx");
    const loaded = await loadReturn(missing, campaign);
    expect(loaded).toMatchObject({ kind: "rejected", findings: [{ code: "file_unreadable" }] });
    checkLoaded(loaded, missing);
  });
});
