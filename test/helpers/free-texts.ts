/**
 * What a commune's community learning centre writes in the three free-text sections of its
 * Mẫu 2: realistic paragraphs about its Tuần lễ, each exactly 1,000 characters (NFC), the
 * most a section is laid out to hold (`FREE_TEXT_CHARS`).
 */
import type { Mau2Data } from "../../src/core";

export const THOUSAND_CHARACTER_TEXTS: Readonly<Required<Mau2Data["texts"]>> = {
  direction:
    "Thực hiện Kế hoạch số 125/KH-UBND ngày 20/9/2017 của Ủy ban nhân dân thị xã Hương Thủy " +
    "về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2017, Trung tâm học tập cộng đồng xã " +
    "Dương Hòa đã tham mưu Đảng ủy, Ủy ban nhân dân xã ban hành kế hoạch tổ chức Tuần lễ, " +
    "thành lập Ban chỉ đạo do đồng chí Phó Chủ tịch Ủy ban nhân dân xã làm Trưởng ban và phân " +
    "công nhiệm vụ cụ thể cho từng thành viên. Trung tâm đã phối hợp với Hội Khuyến học, Đoàn " +
    "Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và các trường mầm " +
    "non, tiểu học, trung học cơ sở trên địa bàn triển khai kế hoạch đến các thôn, tổ dân cư. " +
    "Các hoạt động được lồng ghép với phong trào xây dựng gia đình học tập, dòng họ học tập, " +
    "cộng đồng học tập; tin bài tuyên truyền được phát trên loa truyền thanh của xã sáng và " +
    "chiều hằng ngày trong suốt Tuần lễ. Ban chỉ đạo họp giao ban vào cuối Tuần lễ để đánh " +
    "giá kết quả, rút kinh nghiệm và đề ra phương hướng duy trì các hoạt động học tập thường " +
    "xuyên tại cộng đồng trong thời gian tới.",
  difficulties:
    "Thuận lợi: Tuần lễ được cấp ủy, chính quyền xã quan tâm chỉ đạo sát sao; các ban, ngành, " +
    "đoàn thể phối hợp chặt chẽ; đội ngũ cán bộ, giáo viên và báo cáo viên nhiệt tình, có " +
    "kinh nghiệm; nhân dân đồng tình hưởng ứng, nhiều hộ gia đình đăng ký danh hiệu gia đình " +
    "học tập. Cơ sở vật chất Trung tâm học tập cộng đồng được bổ sung, nhà văn hóa các thôn " +
    "đủ chỗ cho các lớp chuyên đề và buổi sinh hoạt văn nghệ. Khó khăn: Tuần lễ diễn ra vào " +
    "đúng thời điểm thu hoạch lúa vụ hè thu nên một bộ phận người dân chưa tham gia đầy đủ " +
    "các buổi học; kinh phí dành cho hoạt động còn hạn hẹp, chủ yếu dựa vào nguồn xã hội hóa; " +
    "tài liệu tuyên truyền chưa đa dạng, một số thôn xa trung tâm chưa có điểm truy cập " +
    "internet công cộng để người dân học trực tuyến. Cán bộ phụ trách Trung tâm đều kiêm " +
    "nhiệm nên thời gian đầu tư cho công tác tổ chức, theo dõi và tổng hợp số liệu còn ít; " +
    "việc thống kê số lượt người tham gia ở một số thôn chưa chính xác, còn ước tính theo " +
    "danh sách đăng ký ban đầu của các chi hội đoàn thể.",
  proposals:
    "Đề nghị Ủy ban nhân dân thị xã và Phòng Giáo dục và Đào tạo tiếp tục quan tâm hỗ trợ " +
    "kinh phí cho hoạt động của Trung tâm học tập cộng đồng, nhất là kinh phí mua sắm sách " +
    "báo, tài liệu, máy tính và thiết bị trình chiếu phục vụ các lớp chuyên đề; sớm ban hành " +
    "văn bản hướng dẫn thống nhất cách đánh giá, công nhận các danh hiệu gia đình học tập, " +
    "dòng họ học tập, cộng đồng học tập và đơn vị học tập cấp xã. Đề nghị Trung tâm Giáo dục " +
    "nghề nghiệp - Giáo dục thường xuyên thị xã phối hợp mở thêm các lớp dạy nghề ngắn hạn " +
    "phù hợp với nhu cầu của người lao động nông thôn: trồng nấm rơm, chăn nuôi gia cầm an " +
    "toàn sinh học, sửa chữa điện dân dụng. Đề nghị các cơ quan chuyên môn mở lớp tập huấn " +
    "cho cán bộ quản lý Trung tâm ứng dụng công nghệ thông tin trong tổ chức học tập trực " +
    "tuyến và thống kê báo cáo; tổ chức Tuần lễ vào lúc phù hợp với mùa vụ của địa phương để " +
    "người dân tham gia đông đủ; đồng thời biểu dương, khen thưởng kịp thời các tập thể, cá " +
    "nhân tiêu biểu trong phong trào học tập suốt đời.",
};
