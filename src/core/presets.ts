import type { Campaign, Unit } from "./campaign";

/**
 * The two campaigns of the seed plans. Both are plain data; any other campaign comes
 * from a JSON file of the same shape (see `parseCampaign`).
 */

const community = (name: string): Unit => ({ name, type: "community" });

/**
 * Thị xã Hương Thủy, 2017 (seed 004): week 02–08/10/2017, Mẫu 1 due 29/9, Mẫu 2 due 13/10.
 * The plan addresses "UBND các xã, phường, Trung tâm học tập cộng đồng … 12 xã phường";
 * these are the town's five wards and seven communes of that year.
 */
export const HUONG_THUY_2017: Campaign = {
  id: "huong-thuy-2017",
  year: 2017,
  theme: "Học tập để hoàn thiện nhân cách, phát triển bản thân",
  week: { start: "2017-10-02", end: "2017-10-08" },
  issuingBody: "Ủy ban nhân dân thị xã Hương Thủy",
  receivingOffice: "Phòng Giáo dục và Đào tạo Thị xã",
  deadlines: { mau1: "2017-09-29", mau2: "2017-10-13" },
  units: [
    "Phường Phú Bài",
    "Phường Thủy Dương",
    "Phường Thủy Phương",
    "Phường Thủy Châu",
    "Phường Thủy Lương",
    "Xã Thủy Vân",
    "Xã Thủy Thanh",
    "Xã Thủy Bằng",
    "Xã Thủy Phù",
    "Xã Thủy Tân",
    "Xã Phú Sơn",
    "Xã Dương Hòa",
  ].map(community),
};

/**
 * Quận Tân Bình, Thành phố Hồ Chí Minh, 2022 (seed 000): week 03–10/10/2022, online
 * reporting, Mẫu 2 due 16:00 on 13/10/2022; the plan sets no date for a schedule.
 */
export const TAN_BINH_2022: Campaign = {
  id: "tan-binh-2022",
  year: 2022,
  theme: "Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch COVID-19",
  week: { start: "2022-10-03", end: "2022-10-10" },
  issuingBody: "Ủy ban nhân dân quận Tân Bình",
  receivingOffice: "Phòng Giáo dục và Đào tạo quận Tân Bình",
  deadlines: { mau2: "2022-10-13T16:00" },
  units: Array.from({ length: 15 }, (_, i) => community(`Phường ${i + 1}`)),
};

export const PRESETS: Readonly<Record<string, Campaign>> = {
  [HUONG_THUY_2017.id]: HUONG_THUY_2017,
  [TAN_BINH_2022.id]: TAN_BINH_2022,
};

export const DEFAULT_PRESET_ID = HUONG_THUY_2017.id;
