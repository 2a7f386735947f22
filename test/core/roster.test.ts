import { guessUnitType, parseUnitType, rosterFromRows, rosterFromText } from "../../src/core";

describe("guessUnitType", () => {
  it.each([
    ["Trường Mầm non Hoa Sen", "school"],
    ["Mầm non Sơn Ca", "school"],
    ["THCS Phú Bài", "school"],
    ["Trường TH số 1 Phú Bài", "school"],
    ["TTHTCĐ phường Thủy Dương", "community"],
    ["Phường Phú Bài", "community"],
    ["Xã Thủy Vân", "community"],
    ["Thị trấn Phong Điền", "community"],
    ["Trung tâm GDNN-GDTX Hương Thủy", "vocational_centre"],
    ["Phòng GD&ĐT thị xã Hương Thủy", "district"],
    ["Hội Khuyến học", "other"],
  ])("%s is %s", (name, type) => {
    expect(guessUnitType(name)).toBe(type);
    // NFD (as macOS and some keyboards type it) changes nothing.
    expect(guessUnitType(name.normalize("NFD"))).toBe(type);
  });
});

describe("parseUnitType", () => {
  it("reads the Vietnamese words of the Loại column, their short forms and the JSON codes", () => {
    expect(parseUnitType("Trường")).toBe("school");
    expect(parseUnitType("trung tâm htcđ / xã / phường")).toBe("community");
    expect(parseUnitType("Xã, phường")).toBe("community");
    expect(parseUnitType("TT GDNN-GDTX")).toBe("vocational_centre");
    expect(parseUnitType("Khác")).toBe("other");
    expect(parseUnitType("school")).toBe("school");
    expect(parseUnitType("hợp tác xã")).toBeUndefined();
    expect(parseUnitType("")).toBeUndefined();
  });
});

describe("rosterFromText", () => {
  it("takes a Notepad list in stride: BOM, CRLF, blank lines, stray spaces, NFD, duplicates", () => {
    const text =
      "\uFEFFTrường MN Hoa Sen\r\n\r\n   Phường  Phú Bài  \r\nTHCS Phú Bài\r\n" +
      "Phường Phú Bài\r\n" +
      "Trường Tiểu học số 1".normalize("NFD") +
      "\r\n";
    const { units, notices } = rosterFromText(text);
    expect(units.map((u) => [u.name, u.type])).toEqual([
      ["Trường MN Hoa Sen", "school"],
      ["Phường Phú Bài", "community"],
      ["THCS Phú Bài", "school"],
      ["Trường Tiểu học số 1", "school"],
    ]);
    expect(units[3]!.name).toBe("Trường Tiểu học số 1".normalize("NFC"));
    expect(notices).toEqual([{ code: "duplicate_dropped", line: 5, name: "Phường Phú Bài" }]);
  });

  it("reads a paste from Excel with a header, STT numbers, a type column and contacts", () => {
    const paste = [
      "STT\tTên đơn vị\tLoại\tEmail\tĐiện thoại",
      "1\tTrường MN Hoa Sen\tTrường\thoasen@example.edu.vn\t0234 3861 111",
      "2\tPhú Bài\tTrung tâm HTCĐ / xã / phường\t\t",
      "3\tHội Khuyến học\tnhà văn hóa\t\t",
    ].join("\n");
    const { units, notices } = rosterFromText(paste);
    expect(units).toEqual([
      {
        name: "Trường MN Hoa Sen",
        type: "school",
        email: "hoasen@example.edu.vn",
        phone: "0234 3861 111",
      },
      { name: "Phú Bài", type: "community" },
      { name: "Hội Khuyến học", type: "other" },
    ]);
    expect(notices).toEqual([
      { code: "header_skipped", line: 1 },
      { code: "type_unknown", line: 4, value: "nhà văn hóa" },
    ]);
  });

  it("takes the title above the header for a title, not a unit", () => {
    const { units, notices } = rosterFromText(
      "DANH SÁCH ĐƠN VỊ\n\nSTT\tTên đơn vị\n1\tTrường MN Hoa Sen\n"
    );
    expect(units).toEqual([{ name: "Trường MN Hoa Sen", type: "school" }]);
    expect(notices.map((n) => n.code)).toEqual(["header_skipped", "header_skipped"]);
  });

  it("reads a CSV saved by Vietnamese Excel (semicolons, quotes)", () => {
    const csv = 'Tên đơn vị;Loại\r\n"Trường THCS Nguyễn Du; cơ sở 2";Trường\r\nXã Thủy Vân;\r\n';
    expect(rosterFromText(csv).units).toEqual([
      { name: "Trường THCS Nguyễn Du; cơ sở 2", type: "school" },
      { name: "Xã Thủy Vân", type: "community" },
    ]);
  });

  it("pairs a name with a type word in the next column of a paste without header", () => {
    expect(
      rosterFromRows([
        ["Hoa Sen", "Trường"],
        ["Thủy Vân", "xã"],
      ]).units
    ).toEqual([
      { name: "Hoa Sen", type: "school" },
      { name: "Thủy Vân", type: "community" },
    ]);
  });
});
