<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- COMPLETE DRAFT: every entry translated by non-native speakers; draft translations awaiting review by native speakers, every entry marked type="unfinished" until a reviewer clears the flag. -->
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>in use</source>
        <translation type="unfinished">đang dùng</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it, and there is no backup of it; keep the file for support.</source>
        <translation type="unfinished">Kho dữ liệu {0} bị hỏng nên không có gì được ghi vào đó, và không có bản sao lưu; hãy giữ tệp này để gửi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Thoát</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it.</source>
        <translation type="unfinished">Kho dữ liệu {0} bị hỏng nên không có gì được ghi vào đó.</translation>
    </message>
    <message>
        <source>Restoring puts the backup in its place after checking it; the damaged file is kept next to it for support.</source>
        <translation type="unfinished">Khôi phục sẽ đặt bản sao lưu vào chỗ của nó sau khi kiểm tra; tệp bị hỏng được giữ bên cạnh để gửi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Restore the backup of {0}</source>
        <translation type="unfinished">Khôi phục bản sao lưu của {0}</translation>
    </message>
    <message>
        <source>The backup of {0} was restored; the damaged store was kept as {1}.</source>
        <translation type="unfinished">Đã khôi phục bản sao lưu của {0}; kho dữ liệu bị hỏng được giữ lại với tên {1}.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The offline desktop application of the ASEAN Smart Cities Network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Profile folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;If something goes wrong, Help → Copy diagnostic information and the log folder&apos;s files are what support asks for.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Ứng dụng máy tính ngoại tuyến của Mạng lưới Đô thị thông minh ASEAN.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kho dữ liệu:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Thư mục hồ sơ:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Thư mục nhật ký:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;Nếu có sự cố, bộ phận hỗ trợ sẽ cần thông tin từ Trợ giúp → Sao chép thông tin chẩn đoán và các tệp trong thư mục nhật ký.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation type="unfinished">Đã sao chép thông tin chẩn đoán: hãy dán vào thư gửi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished">&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished">&amp;Giới thiệu {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished">Giới thiệu {0}</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished">&amp;Sao chép thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Version, system, store schema and folders, for support (no keys, no passphrases)</source>
        <translation type="unfinished">Phiên bản, hệ thống, lược đồ kho dữ liệu và các thư mục, để gửi bộ phận hỗ trợ (không có khóa, không có cụm mật khẩu)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished">Mở thư mục &amp;nhật ký</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Duyệt…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished">Chọn thư mục</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished">Báo cáo hằng năm</translation>
    </message>
    <message>
        <source>Include local plans of cities that sent none</source>
        <translation type="unfinished">Gồm cả kế hoạch địa phương của các thành phố chưa gửi kế hoạch</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Chu kỳ kế hoạch</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished">Năm báo cáo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Thư mục</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished">Lập báo cáo</translation>
    </message>
    <message>
        <source>Choose the folder for the report.</source>
        <translation type="unfinished">Hãy chọn thư mục lưu báo cáo.</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation type="unfinished">Đang lập báo cáo hằng năm…</translation>
    </message>
    <message>
        <source>The annual report was written:
{0}
{1}</source>
        <translation type="unfinished">Đã lập báo cáo hằng năm:
{0}
{1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished">Không có dữ liệu</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Ngân sách</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">Tiền tệ</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished">&amp;Ngân sách</translation>
    </message>
    <message>
        <source>Budget in US dollars (optional)</source>
        <translation type="unfinished">Ngân sách quy ra đô la Mỹ (không bắt buộc)</translation>
    </message>
    <message>
        <source>USD &amp;equivalent</source>
        <translation type="unfinished">&amp;Quy đổi USD</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Số tiền</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation type="unfinished">Thêm nguồn vốn</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Nguồn vốn</translation>
    </message>
    <message>
        <source>Seeks a private-sector solution provider</source>
        <translation type="unfinished">Tìm nhà cung cấp giải pháp thuộc khu vực tư nhân</translation>
    </message>
    <message>
        <source>What the private sector is sought for</source>
        <translation type="unfinished">Khu vực tư nhân được tìm cho việc gì</translation>
    </message>
    <message>
        <source>What solution or service is sought, and on what terms</source>
        <translation type="unfinished">Tìm giải pháp hay dịch vụ nào, với điều kiện gì</translation>
    </message>
    <message>
        <source>Private-sector &amp;need</source>
        <translation type="unfinished">Nhu cầu với khu vực &amp;tư nhân</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">Đối tác bên ngoài</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— không có —</translation>
    </message>
    <message>
        <source>External &amp;partner</source>
        <translation type="unfinished">Đối tác &amp;bên ngoài</translation>
    </message>
    <message>
        <source>Funding total: {0}</source>
        <translation type="unfinished">Tổng nguồn vốn: {0}</translation>
    </message>
    <message>
        <source> of a budget of {0}</source>
        <translation type="unfinished"> trên ngân sách {0}</translation>
    </message>
    <message>
        <source> — more than the budget</source>
        <translation type="unfinished"> — vượt ngân sách</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate national bundle</source>
        <translation type="unfinished">Tổng hợp gói quốc gia</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished">chưa có</translation>
    </message>
    <message>
        <source>The accepted plans of {0} ({1}) go into one bundle signed by you, with the national summary (Excel and PDF) and your endorsement note.</source>
        <translation type="unfinished">Các kế hoạch đã chấp nhận của {0} ({1}) được gộp vào một gói do bạn ký, kèm báo cáo tổng hợp quốc gia (Excel và PDF) và ghi chú xác nhận của bạn.</translation>
    </message>
    <message>
        <source>Endorsement note</source>
        <translation type="unfinished">Ghi chú xác nhận</translation>
    </message>
    <message>
        <source>Reading the accepted plans…</source>
        <translation type="unfinished">Đang đọc các kế hoạch đã chấp nhận…</translation>
    </message>
    <message>
        <source>Folder for the national bundle</source>
        <translation type="unfinished">Thư mục lưu gói quốc gia</translation>
    </message>
    <message>
        <source>Choose the folder for the national bundle.</source>
        <translation type="unfinished">Hãy chọn thư mục lưu gói quốc gia.</translation>
    </message>
    <message>
        <source>Endorsement note:</source>
        <translation type="unfinished">Ghi chú xác nhận:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished">Lưu vào:</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation type="unfinished">Ký và lưu</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation type="unfinished">Đang tổng hợp…</translation>
    </message>
</context>
<context>
    <name>EditorFeature</name>
    <message>
        <source>Project</source>
        <translation type="unfinished">Chi tiết dự án</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished">Mức sẵn sàng</translation>
    </message>
    <message>
        <source>Check &amp;readiness</source>
        <translation type="unfinished">Kiểm tra mức &amp;sẵn sàng</translation>
    </message>
    <message>
        <source>List what must be fixed before the plan can be marked final</source>
        <translation type="unfinished">Liệt kê những gì phải sửa trước khi kế hoạch có thể được đánh dấu là bản cuối</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel — {0}</source>
        <translation type="unfinished">Nhập từ Excel — {0}</translation>
    </message>
    <message>
        <source>The workbook has a problem. Fix this cell in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">Sổ tính có một lỗi. Hãy sửa ô này trong sổ tính rồi nhập lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The workbook has {0} problems. Fix these cells in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">Sổ tính có {0} lỗi. Hãy sửa các ô này trong sổ tính rồi nhập lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The workbook matches the plan; there is nothing to import.</source>
        <translation type="unfinished">Sổ tính khớp với kế hoạch; không có gì để nhập.</translation>
    </message>
    <message>
        <source>Check the changes below, then apply them to the plan (Edit › Undo takes them back).</source>
        <translation type="unfinished">Hãy kiểm tra các thay đổi dưới đây rồi áp dụng vào kế hoạch (Sửa › Hoàn tác sẽ hủy chúng).</translation>
    </message>
    <message>
        <source>Problems in the workbook</source>
        <translation type="unfinished">Lỗi trong sổ tính</translation>
    </message>
    <message>
        <source>Problems (sheet!cell):</source>
        <translation type="unfinished">Lỗi (trang!ô):</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation type="unfinished">Các thay đổi do việc nhập tạo ra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Thay đổi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">Sau</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished">Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation type="unfinished">&amp;Chuyển sang Unicode</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation type="unfinished">Á&amp;p dụng vào kế hoạch</translation>
    </message>
    <message>
        <source>One text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {0}. Convert it to Unicode to import the workbook.</source>
        <translation type="unfinished">Một văn bản có vẻ là tiếng Miến Điện gõ bằng mã Zawgyi, vốn hiển thị sai trên máy khác và trong PDF: {0}. Hãy chuyển nó sang Unicode để nhập sổ tính.</translation>
    </message>
    <message>
        <source>{0} texts look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {1}. Convert them to Unicode to import the workbook.</source>
        <translation type="unfinished">{0} văn bản có vẻ là tiếng Miến Điện gõ bằng mã Zawgyi, vốn hiển thị sai trên máy khác và trong PDF: {1}. Hãy chuyển chúng sang Unicode để nhập sổ tính.</translation>
    </message>
    <message>
        <source>{0} added ({1})</source>
        <translation type="unfinished">{0} đã thêm ({1})</translation>
    </message>
    <message>
        <source>{0} changed ({1})</source>
        <translation type="unfinished">{0} đã sửa ({1})</translation>
    </message>
    <message>
        <source>{0} removed ({1})</source>
        <translation type="unfinished">{0} đã xóa ({1})</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">Thông tin kế hoạch</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>Export data for other systems</source>
        <translation type="unfinished">Xuất dữ liệu cho hệ thống khác</translation>
    </message>
    <message>
        <source>JSON (one file)</source>
        <translation type="unfinished">JSON (một tệp)</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation type="unfinished">CSV (mỗi bảng một tệp)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Sổ tính Excel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Định dạng</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Thư mục</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Xuất</translation>
    </message>
    <message>
        <source>Choose the folder for the data files.</source>
        <translation type="unfinished">Hãy chọn thư mục lưu các tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Exporting data…</source>
        <translation type="unfinished">Đang xuất dữ liệu…</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation type="unfinished">Đã ghi {0} vào {1}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed bundle</source>
        <translation type="unfinished">Xuất gói đã ký</translation>
    </message>
    <message>
        <source>{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the PDF report, signed by {3}.</source>
        <translation type="unfinished">{0} — {1}, chu kỳ {2}. Gói gồm plan.json, sổ tính Excel và báo cáo PDF, do {3} ký.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished">Thư mục lưu gói</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle.</source>
        <translation type="unfinished">Hãy chọn thư mục lưu gói.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Thư mục</translation>
    </message>
    <message>
        <source>Export it as a &amp;draft anyway (receivers will see “Draft”)</source>
        <translation type="unfinished">Vẫn xuất dưới dạng bản &amp;nháp (bên nhận sẽ thấy “Bản nháp”)</translation>
    </message>
    <message>
        <source>…and {0} more on the Readiness page.</source>
        <translation type="unfinished">…và {0} mục nữa trên trang Mức sẵn sàng.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished">&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Đang đọc kế hoạch…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Xuất</translation>
    </message>
    <message>
        <source>Export as draft</source>
        <translation type="unfinished">Xuất dạng bản nháp</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished">Hãy nhập cụm mật khẩu của khóa ký.</translation>
    </message>
    <message>
        <source>Tick “Export it as a draft anyway”, or mark the plan final first.</source>
        <translation type="unfinished">Hãy đánh dấu “Vẫn xuất dưới dạng bản nháp”, hoặc đánh dấu kế hoạch là bản cuối trước.</translation>
    </message>
    <message>
        <source>Exporting the signed bundle…</source>
        <translation type="unfinished">Đang xuất gói đã ký…</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Signed bundle saved</source>
        <translation type="unfinished">Đã lưu gói đã ký</translation>
    </message>
    <message>
        <source>Revision {0} (new content).</source>
        <translation type="unfinished">Lần sửa đổi {0} (nội dung mới).</translation>
    </message>
    <message>
        <source>Revision {0} (content unchanged since the last export).</source>
        <translation type="unfinished">Lần sửa đổi {0} (nội dung không đổi từ lần xuất trước).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">Tệp:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">Lần sửa đổi:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation type="unfinished">Ký bằng:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished">SHA-256:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Mở thư mục</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Validation message</source>
        <translation type="unfinished">Thông báo kiểm tra hợp lệ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished">Chào mừng đến với {0}</translation>
    </message>
    <message>
        <source>Which ASCN city do you work for? The app opens that city&apos;s action plan. You can change this later; once you create a signing identity, it decides.</source>
        <translation type="unfinished">Bạn làm việc cho thành phố ASCN nào? Ứng dụng sẽ mở kế hoạch hành động của thành phố đó. Bạn có thể đổi sau; khi đã tạo danh tính ký, danh tính đó sẽ quyết định.</translation>
    </message>
    <message>
        <source>National Representative or Secretariat? Click Skip, then create your signing identity with Tools → Signing identity…; the app then shows your pages.</source>
        <translation type="unfinished">Đại diện Quốc gia hay Ban Thư ký? Hãy bấm Bỏ qua, rồi tạo danh tính ký bằng Công cụ → Danh tính ký…; ứng dụng sẽ hiện các trang của bạn.</translation>
    </message>
    <message>
        <source>Find a city</source>
        <translation type="unfinished">Tìm thành phố</translation>
    </message>
    <message>
        <source>Type a city name, e.g. da nang</source>
        <translation type="unfinished">Gõ tên thành phố, ví dụ: da nang</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">Quốc gia thành viên</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Thành phố</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation type="unfinished">&amp;Quốc gia thành viên:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">Thành &amp;phố:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Bỏ qua</translation>
    </message>
    <message>
        <source>No ASCN city matches &apos;{0}&apos;.</source>
        <translation type="unfinished">Không có thành phố ASCN nào khớp với &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Project code</source>
        <translation type="unfinished">Mã dự án</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished">&amp;Mã</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished">Tiêu đề dự án</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished">T&amp;iêu đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Mô tả</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished">Mô &amp;tả</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>— choose a focus area —</source>
        <translation type="unfinished">— chọn lĩnh vực trọng tâm —</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation type="unfinished">&amp;Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">Kết quả chiến lược</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished">Các SDG</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished">Năm bắt đầu</translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished">Năm kết thúc</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">đến</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished">&amp;Năm</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished">Trạng thái dự án</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">Trạn&amp;g thái</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished">&amp;Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished">Rủi ro</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished">&amp;Rủi ro</translation>
    </message>
    <message>
        <source>The end year is before the start year</source>
        <translation type="unfinished">Năm kết thúc sớm hơn năm bắt đầu</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your signing identity</source>
        <translation type="unfinished">Danh tính ký của bạn</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">Vai trò:</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">Quốc gia thành viên:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Thành phố:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished">Dấu vân tay:</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">Xuất thẻ danh tính…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation type="unfinished">Cụm mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>Choose a new passphrase:</source>
        <translation type="unfinished">Chọn cụm mật khẩu mới:</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Đã đổi cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>Export identity card</source>
        <translation type="unfinished">Xuất thẻ danh tính</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">Thẻ danh tính (*.json)</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished">Thẻ danh tính</translation>
    </message>
    <message>
        <source>Saved {0}. Send it to the receiver and read them the fingerprint by phone.</source>
        <translation type="unfinished">Đã lưu {0}. Hãy gửi cho bên nhận và đọc dấu vân tay cho họ qua điện thoại.</translation>
    </message>
    <message>
        <source>Create your signing identity</source>
        <translation type="unfinished">Tạo danh tính ký của bạn</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished">{0}, {1}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished">Đang nhập các gói…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished">Kết quả nhập</translation>
    </message>
    <message>
        <source>{0} imported, {1} already here, {2} refused.</source>
        <translation type="unfinished">Đã nhập {0}, {1} đã có sẵn, {2} bị từ chối.</translation>
    </message>
    <message>
        <source> {0} not imported because you cancelled.</source>
        <translation type="unfinished"> {0} chưa được nhập vì bạn đã hủy.</translation>
    </message>
    <message>
        <source>Import results, one line per bundle</source>
        <translation type="unfinished">Kết quả nhập, mỗi gói một dòng</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Đơn vị</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Năm cơ sở</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished">Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Thêm chỉ số</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">Chỉ số mới</translation>
    </message>
    <message>
        <source>Targets and actuals per year</source>
        <translation type="unfinished">Mục tiêu và thực tế theo năm</translation>
    </message>
    <message>
        <source>Choose an indicator above to enter its targets and actuals.</source>
        <translation type="unfinished">Chọn một chỉ số ở trên để nhập mục tiêu và thực tế của nó.</translation>
    </message>
    <message>
        <source>Targets and actuals of “{0}” ({1})</source>
        <translation type="unfinished">Mục tiêu và thực tế của “{0}” ({1})</translation>
    </message>
</context>
<context>
    <name>KeysFeature</name>
    <message>
        <source>Choose a plan first, then export it.</source>
        <translation type="unfinished">Hãy chọn một kế hoạch trước, rồi xuất.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished">Danh tính ký</translation>
    </message>
    <message>
        <source>Create your signing identity now? You need it to sign the plans and reviews you send; it takes a minute. You can also do it later with Tools → Signing identity…</source>
        <translation type="unfinished">Tạo danh tính ký ngay bây giờ? Bạn cần nó để ký các kế hoạch và ý kiến xem xét bạn gửi đi; chỉ mất một phút. Bạn cũng có thể làm sau bằng Công cụ → Danh tính ký…</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished">&amp;Danh tính ký…</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished">Xuất &amp;gói đã ký…</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">Sổ đăng ký tin cậy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Trang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished">&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished">&amp;Hoàn tác {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished">&amp;Làm lại {0}</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Dán</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished">Chọn tất &amp;cả</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation type="unfinished">Kho dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished">Vị trí kho dữ liệu</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished">Trạng thái lưu</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}: {1}</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation type="unfinished">Chưa lưu — {0}</translation>
    </message>
    <message>
        <source>All changes saved · last save {0}</source>
        <translation type="unfinished">Đã lưu mọi thay đổi · lần lưu cuối {0}</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation type="unfinished">Năm đến hạn</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished">Quý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% hoàn thành</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished">Thêm mốc tiến độ</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Due years must lie within the planning cycle.</source>
        <translation type="unfinished">Nhấp đúp vào một ô để sửa. Năm đến hạn phải nằm trong chu kỳ kế hoạch.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished">Mốc tiến độ mới</translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished">Theo dõi</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished">Dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished">Báo cáo hằng năm…</translation>
    </message>
    <message>
        <source>Write the ASCN annual progress report (PDF and Excel) from the imported plans</source>
        <translation type="unfinished">Lập báo cáo tiến độ hằng năm của ASCN (PDF và Excel) từ các kế hoạch đã nhập</translation>
    </message>
    <message>
        <source>Export data for other systems…</source>
        <translation type="unfinished">Xuất dữ liệu cho hệ thống khác…</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished">Mọi quốc gia</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">Mọi lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Include local plans</source>
        <translation type="unfinished">Gồm cả kế hoạch địa phương</translation>
    </message>
    <message>
        <source>Also count the local plan of cities that sent no plan (demo stores).</source>
        <translation type="unfinished">Tính cả kế hoạch địa phương của các thành phố chưa gửi kế hoạch (kho dữ liệu mẫu).</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">Chu kỳ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Năm</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Thành phố</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">Mức đầy đủ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Dự án</translation>
    </message>
    <message>
        <source>Network growth</source>
        <translation type="unfinished">Mở rộng mạng lưới</translation>
    </message>
    <message>
        <source>Reported projects</source>
        <translation type="unfinished">Dự án đã báo cáo</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation type="unfinished">Mốc tiến độ quá hạn</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Nguồn vốn</translation>
    </message>
    <message>
        <source>Private partners sought</source>
        <translation type="unfinished">Tìm đối tác tư nhân</translation>
    </message>
    <message>
        <source>External partners</source>
        <translation type="unfinished">Đối tác bên ngoài</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished">Mọi dự án</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished">Mọi thành phố</translation>
    </message>
    <message>
        <source>1 project seeks</source>
        <translation type="unfinished">1 dự án tìm</translation>
    </message>
    <message>
        <source>{0:,} projects seek</source>
        <translation type="unfinished">{0:,} dự án tìm</translation>
    </message>
    <message>
        <source>{0} of {1} reported on {2} ({3} on time, {4} late); {5}; {6} overdue on {7}; {8} of {9} behind target; {10} a private-sector partner.</source>
        <translation type="unfinished">{0} trên {1} đã báo cáo vào {2} ({3} đúng hạn, {4} trễ hạn); {5}; {6} quá hạn tính đến {7}; {8} trên {9} chậm so với mục tiêu; {10} đối tác khu vực tư nhân.</translation>
    </message>
    <message>
        <source>Cities by reporting state, per country</source>
        <translation type="unfinished">Thành phố theo tình trạng báo cáo, theo quốc gia</translation>
    </message>
    <message>
        <source>Projects by focus area and status</source>
        <translation type="unfinished">Dự án theo lĩnh vực trọng tâm và trạng thái</translation>
    </message>
    <message>
        <source>Milestones overdue, per country</source>
        <translation type="unfinished">Mốc tiến độ quá hạn, theo quốc gia</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Quá hạn</translation>
    </message>
    <message>
        <source>Indicators on track and behind target, per country</source>
        <translation type="unfinished">Chỉ số đạt và chậm so với mục tiêu, theo quốc gia</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">Đúng tiến độ</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished">Chậm</translation>
    </message>
    <message>
        <source>Funding by type, USD equivalent (where given)</source>
        <translation type="unfinished">Nguồn vốn theo loại, quy ra USD (nếu có)</translation>
    </message>
    <message>
        <source>Projects paired with each external partner</source>
        <translation type="unfinished">Dự án gắn với từng đối tác bên ngoài</translation>
    </message>
</context>
<context>
    <name>NationalResultDialog</name>
    <message>
        <source>National bundle saved</source>
        <translation type="unfinished">Đã lưu gói quốc gia</translation>
    </message>
    <message>
        <source>{0}, signed by you: {1}.</source>
        <translation type="unfinished">{0}, do bạn ký: {1}.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">Tệp:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Mở thư mục</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished">Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished">Quá ngắn: cần ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <source>Weak: too easy to guess; use several uncommon words.</source>
        <translation type="unfinished">Yếu: quá dễ đoán; hãy dùng vài từ ít gặp.</translation>
    </message>
    <message>
        <source>Fair: a longer phrase is stronger.</source>
        <translation type="unfinished">Tạm được: cụm dài hơn sẽ mạnh hơn.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">Mạnh.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Chu kỳ kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Planning cycle:</source>
        <translation type="unfinished">&amp;Chu kỳ kế hoạch:</translation>
    </message>
    <message>
        <source>Open readiness check</source>
        <translation type="unfinished">Mở kiểm tra mức sẵn sàng</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished">Tạo kế hoạch</translation>
    </message>
    <message>
        <source>Choose your city…</source>
        <translation type="unfinished">Chọn thành phố của bạn…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished">Tiêu đề kế hoạch</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished">Tuyên bố tầm nhìn</translation>
    </message>
    <message>
        <source>Blueprint the plan derives from</source>
        <translation type="unfinished">Quy hoạch gốc mà kế hoạch dựa vào</translation>
    </message>
    <message>
        <source>The city&apos;s existing blueprint or master plan</source>
        <translation type="unfinished">Quy hoạch gốc hoặc quy hoạch tổng thể hiện có của thành phố</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">Trạng thái kế hoạch</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Bản cuối</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished">Tầm &amp;nhìn:</translation>
    </message>
    <message>
        <source>&amp;Blueprint:</source>
        <translation type="unfinished">&amp;Quy hoạch gốc:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished">Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">Kết quả chiến lược</translation>
    </message>
    <message>
        <source>Start plan for next cycle…</source>
        <translation type="unfinished">Bắt đầu kế hoạch cho chu kỳ sau…</translation>
    </message>
    <message>
        <source>No city chosen</source>
        <translation type="unfinished">Chưa chọn thành phố</translation>
    </message>
    <message>
        <source>Choose the city you work for to start its action plan. National Representatives and Secretariat staff: create your signing identity with Tools → Signing identity… instead.</source>
        <translation type="unfinished">Hãy chọn thành phố bạn làm việc để bắt đầu kế hoạch hành động của thành phố đó. Đại diện Quốc gia và cán bộ Ban Thư ký: hãy tạo danh tính ký bằng Công cụ → Danh tính ký… thay vì việc này.</translation>
    </message>
    <message>
        <source>{0} has no action plan yet for the {1} planning cycle.</source>
        <translation type="unfinished">{0} chưa có kế hoạch hành động cho chu kỳ kế hoạch {1}.</translation>
    </message>
    <message>
        <source>Start from the {0} plan</source>
        <translation type="unfinished">Bắt đầu từ kế hoạch {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation type="unfinished"> bởi {0}</translation>
    </message>
    <message>
        <source> · sample data</source>
        <translation type="unfinished"> · dữ liệu mẫu</translation>
    </message>
    <message>
        <source> · started from the previous cycle&apos;s plan</source>
        <translation type="unfinished"> · bắt đầu từ kế hoạch của chu kỳ trước</translation>
    </message>
    <message>
        <source>{0} · revision {1} · last edited {2}{3}{4}{5}</source>
        <translation type="unfinished">{0} · lần sửa đổi {1} · sửa lần cuối {2}{3}{4}{5}</translation>
    </message>
    <message>
        <source>Revision {0} was returned by {1}: {2}</source>
        <translation type="unfinished">Lần sửa đổi {0} đã bị {1} trả lại: {2}</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished">người xem xét</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">Mức sẵn sàng: {0}</translation>
    </message>
    <message>
        <source>A plan needs a title; the previous title is kept.</source>
        <translation type="unfinished">Kế hoạch cần có tiêu đề; tiêu đề trước được giữ nguyên.</translation>
    </message>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">Chưa lưu: hãy chuyển văn bản Zawgyi sang Unicode trước.</translation>
    </message>
    <message>
        <source>Start plan for next cycle</source>
        <translation type="unfinished">Bắt đầu kế hoạch cho chu kỳ sau</translation>
    </message>
    <message>
        <source>Start the {0} plan from this one? Projects that are not completed or cancelled are carried over and marked as such; this plan stays as it is.</source>
        <translation type="unfinished">Bắt đầu kế hoạch {0} từ kế hoạch này? Các dự án chưa hoàn thành hoặc chưa hủy sẽ được chuyển sang và đánh dấu như vậy; kế hoạch này giữ nguyên.</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation type="unfinished">Tổng quan kế hoạch</translation>
    </message>
    <message>
        <source>Change my &amp;city…</source>
        <translation type="unfinished">Đổi thành &amp;phố của tôi…</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>{0} — plan {1}, revision {2} (read only)</source>
        <translation type="unfinished">{0} — kế hoạch {1}, lần sửa đổi {2} (chỉ đọc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Tổng quan</translation>
    </message>
    <message>
        <source>Projects ({0})</source>
        <translation type="unfinished">Dự án ({0})</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Lịch sử</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished">Mở tệp &amp;PDF</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Đang đọc kế hoạch…</translation>
    </message>
    <message>
        <source>Open the PDF the city signed, exactly as it is in the bundle</source>
        <translation type="unfinished">Mở tệp PDF mà thành phố đã ký, đúng như trong gói</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">&amp;Chấp nhận…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">&amp;Trả lại…</translation>
    </message>
    <message>
        <source>Draft: the city has not marked this plan final. Accepting a draft is your explicit choice.</source>
        <translation type="unfinished">Bản nháp: thành phố chưa đánh dấu kế hoạch này là bản cuối. Chấp nhận một bản nháp là lựa chọn rõ ràng của bạn.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished">Chưa xem xét</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">Đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">Đã trả lại</translation>
    </message>
    <message>
        <source>Review: {0}.</source>
        <translation type="unfinished">Xem xét: {0}.</translation>
    </message>
    <message>
        <source>A newer revision has been imported; decide on that one.</source>
        <translation type="unfinished">Đã nhập một lần sửa đổi mới hơn; hãy quyết định trên bản đó.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Bản cuối</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Thành phố:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished">Tiêu đề:</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished">Chu kỳ:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">Lần sửa đổi:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished">Trạng thái:</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation type="unfinished">Tầm nhìn:</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation type="unfinished">Dựa trên:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">Lĩnh vực trọng tâm:</translation>
    </message>
    <message>
        <source>Strategic outcomes:</source>
        <translation type="unfinished">Kết quả chiến lược:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished">Dự án:</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished">1 dự án</translation>
    </message>
    <message>
        <source>{0} projects</source>
        <translation type="unfinished">{0} dự án</translation>
    </message>
    <message>
        <source>No projects: this plan is not ready.</source>
        <translation type="unfinished">Không có dự án: kế hoạch này chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished">Người ký:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished">Đã nhập:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(không có)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Tiêu đề</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">Năm</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Ngân sách</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Xong</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Đơn vị</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Cơ sở</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Mục tiêu</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation type="unfinished">Thực tế</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Nguồn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Số tiền</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Chi tiết</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Nguồn vốn</translation>
    </message>
    <message>
        <source>This plan has no projects. A plan without projects is not ready; return it with a reason.</source>
        <translation type="unfinished">Kế hoạch này không có dự án. Kế hoạch không có dự án thì chưa sẵn sàng; hãy trả lại kèm lý do.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(không có mô tả)</translation>
    </message>
    <message>
        <source>Lead agency: {0}</source>
        <translation type="unfinished">Cơ quan chủ trì: {0}</translation>
    </message>
    <message>
        <source>SDGs: {0}</source>
        <translation type="unfinished">Các SDG: {0}</translation>
    </message>
    <message>
        <source>External partner: {0}</source>
        <translation type="unfinished">Đối tác bên ngoài: {0}</translation>
    </message>
    <message>
        <source>Seeks a private-sector partner: {0}</source>
        <translation type="unfinished">Tìm đối tác khu vực tư nhân: {0}</translation>
    </message>
    <message>
        <source>Risks: {0}</source>
        <translation type="unfinished">Rủi ro: {0}</translation>
    </message>
    <message>
        <source>Budget in USD: {0}</source>
        <translation type="unfinished">Ngân sách quy ra USD: {0}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">Lần sửa đổi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Đã nhập</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Xem xét</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">&amp;So sánh các lần sửa đổi…</translation>
    </message>
    <message>
        <source>Every revision of this plan imported here, newest first.</source>
        <translation type="unfinished">Mọi lần sửa đổi của kế hoạch này đã được nhập vào đây, mới nhất trước.</translation>
    </message>
    <message>
        <source>Only this revision has been imported; Compare needs two.</source>
        <translation type="unfinished">Mới chỉ nhập lần sửa đổi này; cần hai lần để so sánh.</translation>
    </message>
</context>
<context>
    <name>PlansBrowser</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished">Kế hoạch</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Dự án</translation>
    </message>
    <message>
        <source>No plans yet: import the bundles you received with File → Import bundles…, or drop them on this window.</source>
        <translation type="unfinished">Chưa có kế hoạch: hãy nhập các gói bạn đã nhận bằng Tệp → Nhập gói…, hoặc kéo thả chúng vào cửa sổ này.</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished">bản cuối</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished">bản nháp</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} · revision {4}</source>
        <translation type="unfinished">{0}
{1} · {2} · {3} · lần sửa đổi {4}</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished">Tất cả kế hoạch</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Năm</translation>
    </message>
    <message>
        <source>What happened this year</source>
        <translation type="unfinished">Những gì đã diễn ra trong năm</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished">Thêm ghi chú tiến độ</translation>
    </message>
    <message>
        <source>One note per year of the cycle: what was done, what slipped and why.</source>
        <translation type="unfinished">Mỗi năm của chu kỳ một ghi chú: những gì đã làm, những gì bị chậm và vì sao.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Choose a project on the Projects page to edit it here.</source>
        <translation type="unfinished">Chọn một dự án trên trang Dự án để sửa tại đây.</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished">Xóa dự án…</translation>
    </message>
    <message>
        <source>Delete this project</source>
        <translation type="unfinished">Xóa dự án này</translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished">Chung</translation>
    </message>
    <message>
        <source>Budget and partners</source>
        <translation type="unfinished">Ngân sách và đối tác</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation type="unfinished">Người xem xét: {0}</translation>
    </message>
    <message>
        <source>Planning cycle {0}–{1}</source>
        <translation type="unfinished">Chu kỳ kế hoạch {0}–{1}</translation>
    </message>
    <message>
        <source>carried over from the previous cycle</source>
        <translation type="unfinished">chuyển từ chu kỳ trước</translation>
    </message>
    <message>
        <source>Readiness: {0} — {1}</source>
        <translation type="unfinished">Mức sẵn sàng: {0} — {1}</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">Mức sẵn sàng: {0}</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">Xóa dự án</translation>
    </message>
    <message>
        <source>Delete the project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Xóa dự án &apos;{0}&apos;? Bạn có thể hoàn tác bằng Sửa → Hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ProjectEditorForm</name>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">Chưa lưu: hãy chuyển văn bản Zawgyi sang Unicode trước.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished">Lọc dự án</translation>
    </message>
    <message>
        <source>Find projects (code, title, agency, description)…</source>
        <translation type="unfinished">Tìm dự án (mã, tiêu đề, cơ quan, mô tả)…</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished">Lọc theo lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">Mọi lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Mọi trạng thái</translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished">Từ năm</translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished">Đến năm</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">Tìm đối tác tư nhân</translation>
    </message>
    <message>
        <source>Only projects seeking a private partner</source>
        <translation type="unfinished">Chỉ các dự án đang tìm đối tác tư nhân</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished">&amp;Năm:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Dự án</translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished">Bất kỳ</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">Dự án &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished">&amp;Xóa dự án</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation type="unfinished">Tì&amp;m dự án</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished">Mở &amp;dự án</translation>
    </message>
    <message>
        <source>No plan open: create one on the Plan overview page.</source>
        <translation type="unfinished">Chưa mở kế hoạch nào: hãy tạo kế hoạch ở trang Tổng quan kế hoạch.</translation>
    </message>
    <message>
        <source>Projects · {0}</source>
        <translation type="unfinished">Dự án · {0}</translation>
    </message>
    <message>
        <source>{0:,} of {1}</source>
        <translation type="unfinished">{0:,} trên {1}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished">Dự án mới</translation>
    </message>
    <message>
        <source>Delete project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Xóa dự án &apos;{0}&apos;? Bạn có thể hoàn tác bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete {0} projects? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Xóa {0} dự án? Bạn có thể hoàn tác bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">Xóa dự án</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Tiêu đề</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">Năm</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Ngân sách</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">Tìm đối tác tư nhân</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation type="unfinished">Ngân sách (USD)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">Đối tác bên ngoài</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Có</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished">Chuyển từ chu kỳ trước</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished">Chọn tất &amp;cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished">&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished">&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Không</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished">Kiểm tra lại</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished">Kết quả kiểm tra mức sẵn sàng</translation>
    </message>
    <message>
        <source>Errors must be fixed before the plan can be marked final or exported; warnings are worth a look. Click a finding to go to the field.</source>
        <translation type="unfinished">Phải sửa các lỗi trước khi kế hoạch có thể được đánh dấu là bản cuối hoặc được xuất; các cảnh báo đáng xem qua. Bấm vào một kết quả để đến trường tương ứng.</translation>
    </message>
    <message>
        <source>No plan chosen yet.</source>
        <translation type="unfinished">Chưa chọn kế hoạch nào.</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation type="unfinished">Đang kiểm tra kế hoạch…</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished">{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
</context>
<context>
    <name>ReceiveFeature</name>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">Nhập gói</translation>
    </message>
    <message>
        <source>ASCN bundles and reference packs (*.ascn *.ascnref);;All files (*)</source>
        <translation type="unfinished">Gói ASCN và gói dữ liệu tham chiếu (*.ascn *.ascnref);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>Verify and import signed bundles: city plans, national bundles, review notes</source>
        <translation type="unfinished">Xác minh và nhập các gói đã ký: kế hoạch thành phố, gói quốc gia, ý kiến xem xét</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">Kế hoạch đã nhận</translation>
    </message>
    <message>
        <source>Consolidate national bundle…</source>
        <translation type="unfinished">Tổng hợp gói quốc gia…</translation>
    </message>
    <message>
        <source>Sign one bundle of the country&apos;s accepted city plans for the Secretariat</source>
        <translation type="unfinished">Ký một gói gồm các kế hoạch thành phố đã được chấp nhận của quốc gia để gửi Ban Thư ký</translation>
    </message>
</context>
<context>
    <name>ReceivedPlansPage</name>
    <message>
        <source>City</source>
        <translation type="unfinished">Thành phố</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">Chu kỳ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">Lần sửa đổi</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">Trạng thái kế hoạch</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Người ký</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Đã nhập</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Xem xét</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Đã nhận</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">Đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">Đã trả lại</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">Kế hoạch đã nhận</translation>
    </message>
    <message>
        <source>Plans imported from cities. Double-click one to read it; accept it or return it with a reason. Import bundles with File → Import bundles… or by dropping them here.</source>
        <translation type="unfinished">Các kế hoạch nhập từ thành phố. Nhấp đúp vào một kế hoạch để đọc; chấp nhận hoặc trả lại kèm lý do. Nhập gói bằng Tệp → Nhập gói… hoặc kéo thả vào đây.</translation>
    </message>
    <message>
        <source>Show earlier revisions</source>
        <translation type="unfinished">Hiện các lần sửa đổi trước</translation>
    </message>
    <message>
        <source>&amp;View plan…</source>
        <translation type="unfinished">&amp;Xem kế hoạch…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">&amp;Chấp nhận…</translation>
    </message>
    <message>
        <source>&amp;Undo accept</source>
        <translation type="unfinished">&amp;Bỏ chấp nhận</translation>
    </message>
    <message>
        <source>Take back the acceptance; possible until the plan is in a national bundle</source>
        <translation type="unfinished">Rút lại việc chấp nhận; có thể làm cho đến khi kế hoạch được đưa vào gói quốc gia</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">&amp;Trả lại…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">&amp;So sánh các lần sửa đổi…</translation>
    </message>
    <message>
        <source>No plan has been received yet.

Import the bundles the cities sent you with File → Import bundles… (Ctrl+I), or drop them on this window.</source>
        <translation type="unfinished">Chưa nhận được kế hoạch nào.

Hãy nhập các gói mà các thành phố gửi cho bạn bằng Tệp → Nhập gói… (Ctrl+I), hoặc kéo thả chúng vào cửa sổ này.</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"> (đã bị thay thế)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Bản cuối</translation>
    </message>
    <message>
        <source>The city has not marked this plan final</source>
        <translation type="unfinished">Thành phố chưa đánh dấu kế hoạch này là bản cuối</translation>
    </message>
    <message>
        <source>Accept revision {0} of the plan of {1}?</source>
        <translation type="unfinished">Chấp nhận lần sửa đổi {0} của kế hoạch của {1}?</translation>
    </message>
    <message>
        <source>Accepted plans go into your national bundle. You can undo this until you consolidate.</source>
        <translation type="unfinished">Các kế hoạch đã chấp nhận sẽ vào gói quốc gia của bạn. Bạn có thể hoàn tác cho đến khi tổng hợp.</translation>
    </message>
    <message>
        <source>This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the plan of {1} anyway?</source>
        <translation type="unfinished">Kế hoạch này là BẢN NHÁP: thành phố chưa đánh dấu là bản cuối. Vẫn chấp nhận lần sửa đổi {0} của kế hoạch của {1}?</translation>
    </message>
    <message>
        <source>Accept the plan</source>
        <translation type="unfinished">Chấp nhận kế hoạch</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation type="unfinished">Chấp nhận bản nháp</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Chấp nhận</translation>
    </message>
    <message>
        <source>Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.</source>
        <translation type="unfinished">Đã chấp nhận lần sửa đổi {0} của kế hoạch của {1}. Bỏ chấp nhận sẽ rút lại cho đến khi bạn tổng hợp.</translation>
    </message>
    <message>
        <source>The plan of {0} is no longer accepted; it waits for your decision again.</source>
        <translation type="unfinished">Kế hoạch của {0} không còn được chấp nhận; kế hoạch lại chờ bạn quyết định.</translation>
    </message>
    <message>
        <source>Returning the plan…</source>
        <translation type="unfinished">Đang trả lại kế hoạch…</translation>
    </message>
    <message>
        <source>Returned the plan of {0}. The signed review note is {1}; send it to the city.</source>
        <translation type="unfinished">Đã trả lại kế hoạch của {0}. Ý kiến xem xét đã ký là {1}; hãy gửi cho thành phố.</translation>
    </message>
    <message>
        <source>Plan returned</source>
        <translation type="unfinished">Đã trả lại kế hoạch</translation>
    </message>
    <message>
        <source>The plan of {0} was returned. Send this signed review note to the city:</source>
        <translation type="unfinished">Kế hoạch của {0} đã được trả lại. Hãy gửi ý kiến xem xét đã ký này cho thành phố:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Mở thư mục</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Mở &amp;lại tệp gần đây</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished">Không có tệp gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished">&amp;Xóa danh sách tệp gần đây</translation>
    </message>
    <message>
        <source>Excel workbook, imported</source>
        <translation type="unfinished">Sổ tính Excel, đã nhập</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">đã nhập</translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished">đã ghi</translation>
    </message>
    <message>
        <source>{0} is no longer there: it was moved, renamed or deleted.</source>
        <translation type="unfinished">{0} không còn ở đó: tệp đã bị di chuyển, đổi tên hoặc xóa.</translation>
    </message>
    <message>
        <source>{0} cannot be opened in this window.</source>
        <translation type="unfinished">Không thể mở {0} trong cửa sổ này.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reading the reference data…</source>
        <translation type="unfinished">Đang đọc dữ liệu tham chiếu…</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Thành phố</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">Quốc gia thành viên</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Chu kỳ kế hoạch</translation>
    </message>
    <message>
        <source>Partner or programme</source>
        <translation type="unfinished">Đối tác hoặc chương trình</translation>
    </message>
    <message>
        <source>Changes in the next reference pack</source>
        <translation type="unfinished">Thay đổi trong gói dữ liệu tham chiếu tiếp theo</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation type="unfinished">Ký và xuất…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished">Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Draft of the next reference pack (preview):</source>
        <translation type="unfinished">Bản nháp của gói dữ liệu tham chiếu tiếp theo (xem trước):</translation>
    </message>
    <message>
        <source>What is uncertain about the record (optional)</source>
        <translation type="unfinished">Những điểm chưa chắc chắn về bản ghi (không bắt buộc)</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">Quốc gia thành viên:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Tên:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished">Tên tiếng Anh:</translation>
    </message>
    <message>
        <source>Name in local script:</source>
        <translation type="unfinished">Tên bằng chữ địa phương:</translation>
    </message>
    <message>
        <source>Joined in:</source>
        <translation type="unfinished">Gia nhập năm:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">Ghi chú:</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation type="unfinished">Thêm thành phố</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished">Mã:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished">Tiền tệ:</translation>
    </message>
    <message>
        <source>Joined ASEAN in:</source>
        <translation type="unfinished">Gia nhập ASEAN năm:</translation>
    </message>
    <message>
        <source>Add member state</source>
        <translation type="unfinished">Thêm quốc gia thành viên</translation>
    </message>
    <message>
        <source>One per line: CODE = Label</source>
        <translation type="unfinished">Mỗi dòng một mục: MÃ = Nhãn</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation type="unfinished">Năm đầu:</translation>
    </message>
    <message>
        <source>Last year:</source>
        <translation type="unfinished">Năm cuối:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished">Nhãn:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">Lĩnh vực trọng tâm:</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished">Kết quả:</translation>
    </message>
    <message>
        <source>Add cycle with its classification</source>
        <translation type="unfinished">Thêm chu kỳ cùng bảng phân loại</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">Loại:</translation>
    </message>
    <message>
        <source>Programme of:</source>
        <translation type="unfinished">Chương trình của:</translation>
    </message>
    <message>
        <source>Add partner or programme</source>
        <translation type="unfinished">Thêm đối tác hoặc chương trình</translation>
    </message>
    <message>
        <source>This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. What you add below goes into version {4}, which you sign and send to every profile.</source>
        <translation type="unfinished">Hồ sơ này có dữ liệu tham chiếu phiên bản {0}: {1} quốc gia thành viên, {2} thành phố, chu kỳ kế hoạch {3}. Những gì bạn thêm dưới đây sẽ vào phiên bản {4}, do bạn ký và gửi đến mọi hồ sơ.</translation>
    </message>
    <message>
        <source>(not a programme)</source>
        <translation type="unfinished">(không phải chương trình)</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation type="unfinished">Chưa có thay đổi.</translation>
    </message>
    <message>
        <source>{0} added to the draft.</source>
        <translation type="unfinished">Đã thêm {0} vào bản nháp.</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation type="unfinished">Đã bỏ bản nháp.</translation>
    </message>
    <message>
        <source>Sign reference data</source>
        <translation type="unfinished">Ký dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished">Cụm mật khẩu của khóa ký:</translation>
    </message>
    <message>
        <source>Folder for the reference pack</source>
        <translation type="unfinished">Thư mục lưu gói dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Signing reference data…</source>
        <translation type="unfinished">Đang ký dữ liệu tham chiếu…</translation>
    </message>
    <message>
        <source>Reference data version {0} signed, applied here and written to {1}. Send it to every profile; it also travels inside your review notes.</source>
        <translation type="unfinished">Dữ liệu tham chiếu phiên bản {0} đã được ký, áp dụng tại đây và ghi vào {1}. Hãy gửi đến mọi hồ sơ; gói này cũng đi kèm trong các ý kiến xem xét của bạn.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of {0}</source>
        <translation type="unfinished">Trả lại kế hoạch của {0}</translation>
    </message>
    <message>
        <source>Revision {0} of the plan of {1} goes back to the city with your reason. A signed review note is saved for you to send them.</source>
        <translation type="unfinished">Lần sửa đổi {0} của kế hoạch của {1} được trả về thành phố kèm lý do của bạn. Một ý kiến xem xét đã ký được lưu lại để bạn gửi cho họ.</translation>
    </message>
    <message>
        <source>What the city should change, in a few sentences</source>
        <translation type="unfinished">Thành phố cần thay đổi những gì, trong vài câu</translation>
    </message>
    <message>
        <source>Reason for returning the plan</source>
        <translation type="unfinished">Lý do trả lại kế hoạch</translation>
    </message>
    <message>
        <source>Folder for the review note</source>
        <translation type="unfinished">Thư mục lưu ý kiến xem xét</translation>
    </message>
    <message>
        <source>Choose the folder for the review note.</source>
        <translation type="unfinished">Hãy chọn thư mục lưu ý kiến xem xét.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished">Lý do:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished">Góp ý:</translation>
    </message>
    <message>
        <source>Save the note in:</source>
        <translation type="unfinished">Lưu ý kiến vào:</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation type="unfinished">Trả lại kế hoạch</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished">Góp ý nói về điều gì</translation>
    </message>
    <message>
        <source>A comment on the chosen field</source>
        <translation type="unfinished">Góp ý cho trường đã chọn</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Góp ý</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished">Thêm &amp;góp ý</translation>
    </message>
    <message>
        <source>Comments to send</source>
        <translation type="unfinished">Các góp ý sẽ gửi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation type="unfinished">Kế hoạch · {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Kế hoạch</translation>
    </message>
    <message>
        <source>{0} (whole project)</source>
        <translation type="unfinished">{0} (toàn dự án)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Nguồn vốn</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>Say why the plan is returned; the city will read your reason.</source>
        <translation type="unfinished">Hãy nêu lý do trả lại kế hoạch; thành phố sẽ đọc lý do của bạn.</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsBox</name>
    <message>
        <source>Reviewer&apos;s comments: {0} open of {1}</source>
        <translation type="unfinished">Góp ý của người xem xét: {0} chưa xử lý trên {1}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished">Góp ý của người xem xét</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished">Trả lời của bạn</translation>
    </message>
    <message>
        <source>Answer to the comment on {0}</source>
        <translation type="unfinished">Trả lời góp ý về {0}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">Đã xử lý</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished">Đến trường</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Compare revisions — {0}</source>
        <translation type="unfinished">So sánh các lần sửa đổi — {0}</translation>
    </message>
    <message>
        <source>Revision {0} (imported {1})</source>
        <translation type="unfinished">Lần sửa đổi {0} (nhập ngày {1})</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation type="unfinished">Cũ hơn:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation type="unfinished">Mới hơn:</translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation type="unfinished">Đang đọc các lần sửa đổi…</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished">Lần sửa đổi cũ hơn</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished">Lần sửa đổi mới hơn</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation type="unfinished">Thay đổi giữa hai lần sửa đổi</translation>
    </message>
    <message>
        <source>Only one revision of this plan has been imported.</source>
        <translation type="unfinished">Mới chỉ nhập một lần sửa đổi của kế hoạch này.</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">Thông tin kế hoạch</translation>
    </message>
    <message>
        <source>{0} {1}{2} — {3}</source>
        <translation type="unfinished">{0} {1}{2} — {3}</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished">mới</translation>
    </message>
    <message>
        <source>was here</source>
        <translation type="unfinished">đã có ở đây</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">Chi tiết dự án</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Nguồn vốn</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished">Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">đã thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">đã sửa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">đã xóa</translation>
    </message>
    <message>
        <source>Your comments on revision {0}: {1} of {2} addressed</source>
        <translation type="unfinished">Góp ý của bạn về lần sửa đổi {0}: đã xử lý {1} trên {2}</translation>
    </message>
    <message>
        <source>Addressed (changed)</source>
        <translation type="unfinished">Đã xử lý (có thay đổi)</translation>
    </message>
    <message>
        <source>Not addressed (unchanged)</source>
        <translation type="unfinished">Chưa xử lý (không đổi)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke {0}&apos;s key</source>
        <translation type="unfinished">Thu hồi khóa của {0}</translation>
    </message>
    <message>
        <source>Bundles this computer received with this key before the date stay valid; a bundle signed or first received from then on is refused, whatever date it carries, except the last bundle known good chosen below.</source>
        <translation type="unfinished">Các gói máy tính này đã nhận bằng khóa này trước ngày đó vẫn hợp lệ; gói nào được ký hoặc nhận lần đầu từ ngày đó trở đi sẽ bị từ chối, dù mang ngày nào, trừ gói cuối cùng được biết là tốt chọn dưới đây.</translation>
    </message>
    <message>
        <source>Last bundle known good</source>
        <translation type="unfinished">Gói cuối cùng được biết là tốt</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Không có</translation>
    </message>
    <message>
        <source>, revision {0}</source>
        <translation type="unfinished">, lần sửa đổi {0}</translation>
    </message>
    <message>
        <source>{0}{1}, received {2:%Y-%m-%d}</source>
        <translation type="unfinished">{0}{1}, nhận ngày {2:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>e.g. laptop stolen, officer replaced</source>
        <translation type="unfinished">ví dụ: mất máy tính xách tay, thay cán bộ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Lý do:</translation>
    </message>
    <message>
        <source>Revoked &amp;from (UTC):</source>
        <translation type="unfinished">Thu hồi &amp;từ (UTC):</translation>
    </message>
    <message>
        <source>&amp;Last bundle known good:</source>
        <translation type="unfinished">Gói &amp;cuối cùng được biết là tốt:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Thu hồi</translation>
    </message>
</context>
<context>
    <name>RowsBlock</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <source>Remove the chosen row of “{0}”</source>
        <translation type="unfinished">Xóa dòng đã chọn của “{0}”</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>System language</source>
        <translation type="unfinished">Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the interface and of new reports:</source>
        <translation type="unfinished">Ngôn ngữ của giao diện và của các báo cáo mới:</translation>
    </message>
    <message>
        <source>ASCN Desktop speaks {0} from its next start.</source>
        <translation type="unfinished">ASCN Desktop sẽ dùng {0} từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished">&amp;Ngôn ngữ…</translation>
    </message>
    <message>
        <source>Choose the language of the interface (default: the system&apos;s)</source>
        <translation type="unfinished">Chọn ngôn ngữ của giao diện (mặc định: ngôn ngữ của hệ thống)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust this identity card?</source>
        <translation type="unfinished">Tin cậy thẻ danh tính này?</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}{3}</source>
        <translation type="unfinished">{0} — {1}, {2}{3}</translation>
    </message>
    <message>
        <source>Check this fingerprint with the sender by phone before you trust it.</source>
        <translation type="unfinished">Hãy đối chiếu dấu vân tay này với người gửi qua điện thoại trước khi tin cậy.</translation>
    </message>
    <message>
        <source>Replaces key</source>
        <translation type="unfinished">Thay thế khóa</translation>
    </message>
    <message>
        <source>(nothing: a new signer)</source>
        <translation type="unfinished">(không có: người ký mới)</translation>
    </message>
    <message>
        <source>This key replaces:</source>
        <translation type="unfinished">Khóa này thay thế:</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">Tin cậy</translation>
    </message>
    <message>
        <source>This card is of {0}, another member state than yours ({1}). Trust it only if you expect bundles signed by this person.</source>
        <translation type="unfinished">Thẻ này là của {0}, một quốc gia thành viên khác với của bạn ({1}). Chỉ tin cậy nếu bạn chờ các gói do người này ký.</translation>
    </message>
    <message>
        <source>I trust a card of another member state</source>
        <translation type="unfinished">Tôi tin cậy thẻ của một quốc gia thành viên khác</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Vai trò</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Thành phố</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Dấu vân tay</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Vouched for by</source>
        <translation type="unfinished">Được bảo đảm bởi</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">Sổ đăng ký tin cậy</translation>
    </message>
    <message>
        <source>Bundles and review notes are accepted only when signed by a key listed here. City keys “vouched for by” a National Representative came with that NR&apos;s national bundle; they are trusted as long as the NR&apos;s own key is.</source>
        <translation type="unfinished">Gói và ý kiến xem xét chỉ được chấp nhận khi được ký bằng một khóa có trong danh sách này. Khóa của thành phố “được bảo lãnh bởi” một Đại diện Quốc gia đến cùng gói quốc gia của Đại diện đó; chúng được tin cậy chừng nào khóa của chính Đại diện đó còn được tin cậy.</translation>
    </message>
    <message>
        <source>Add identity card…</source>
        <translation type="unfinished">Thêm thẻ danh tính…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished">Thu hồi…</translation>
    </message>
    <message>
        <source>revoked from {0:%Y-%m-%d %H:%M} UTC: {1}</source>
        <translation type="unfinished">bị thu hồi từ {0:%Y-%m-%d %H:%M} UTC: {1}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished">được tin cậy</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation type="unfinished">Thêm thẻ danh tính</translation>
    </message>
    <message>
        <source>Identity cards (*.json);;All files (*)</source>
        <translation type="unfinished">Thẻ danh tính (*.json);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>untitled project</source>
        <translation type="unfinished">dự án chưa có tên</translation>
    </message>
    <message>
        <source>edit “{0}” of “{1}”</source>
        <translation type="unfinished">sửa “{0}” của “{1}”</translation>
    </message>
    <message>
        <source>add a row to “{0}” of “{1}”</source>
        <translation type="unfinished">thêm một dòng vào “{0}” của “{1}”</translation>
    </message>
    <message>
        <source>remove “{0}” from “{1}” of “{2}”</source>
        <translation type="unfinished">xóa “{0}” khỏi “{1}” của “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” in “{1}” of “{2}”</source>
        <translation type="unfinished">sửa “{0}” trong “{1}” của “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” for {1} of indicator “{2}” of “{3}”</source>
        <translation type="unfinished">sửa “{0}” năm {1} của chỉ số “{2}” thuộc “{3}”</translation>
    </message>
    <message>
        <source>add project “{0}”</source>
        <translation type="unfinished">thêm dự án “{0}”</translation>
    </message>
    <message>
        <source>delete project “{0}”</source>
        <translation type="unfinished">xóa dự án “{0}”</translation>
    </message>
    <message>
        <source>delete {0} projects</source>
        <translation type="unfinished">xóa {0} dự án</translation>
    </message>
    <message>
        <source>edit “{0}” of the plan</source>
        <translation type="unfinished">sửa “{0}” của kế hoạch</translation>
    </message>
    <message>
        <source>mark the plan final</source>
        <translation type="unfinished">đánh dấu kế hoạch là bản cuối</translation>
    </message>
    <message>
        <source>reopen the plan as a draft</source>
        <translation type="unfinished">mở lại kế hoạch dưới dạng bản nháp</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished">Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation type="unfinished">Hướng dẫn sử dụng {0}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished">Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>WorkbookFeature</name>
    <message>
        <source>Export Excel &amp;template…</source>
        <translation type="unfinished">Xuất &amp;mẫu Excel…</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook to fill in offline</source>
        <translation type="unfinished">Ghi kế hoạch thành sổ tính Excel để điền khi không có mạng</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation type="unfinished">Nhập từ E&amp;xcel…</translation>
    </message>
    <message>
        <source>Read a filled-in plan workbook; you see every change before it is saved</source>
        <translation type="unfinished">Đọc sổ tính kế hoạch đã điền; bạn sẽ thấy mọi thay đổi trước khi lưu</translation>
    </message>
    <message>
        <source>Choose a plan first (Plans page), then try again.</source>
        <translation type="unfinished">Hãy chọn một kế hoạch trước (trang Kế hoạch), rồi thử lại.</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Đang đọc kế hoạch…</translation>
    </message>
    <message>
        <source>Export Excel template</source>
        <translation type="unfinished">Xuất mẫu Excel</translation>
    </message>
    <message>
        <source>Include the plan&apos;s {0} in the template, or write an empty template whose rows are added to the plan on import?</source>
        <translation type="unfinished">Đưa {0} của kế hoạch vào mẫu, hay ghi một mẫu trống mà các dòng sẽ được thêm vào kế hoạch khi nhập?</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation type="unfinished">Kèm kế hoạch</translation>
    </message>
    <message>
        <source>Empty template</source>
        <translation type="unfinished">Mẫu trống</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the Excel template {0}</source>
        <translation type="unfinished">Đã ghi mẫu Excel {0}</translation>
    </message>
    <message>
        <source>Writing the Excel template…</source>
        <translation type="unfinished">Đang ghi mẫu Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished">Nhập từ Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished">Sổ tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation type="unfinished">Đang đọc sổ tính…</translation>
    </message>
    <message>
        <source>Import from Excel ({0})</source>
        <translation type="unfinished">Nhập từ Excel ({0})</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished">Đã nhập {0}: {1}</translation>
    </message>
    <message>
        <source>The plan was final and is a draft again; mark it final when it is ready.</source>
        <translation type="unfinished">Kế hoạch từng là bản cuối nay trở lại bản nháp; hãy đánh dấu bản cuối khi đã sẵn sàng.</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation type="unfinished">Đang nhập sổ tính…</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>Burmese in the Zawgyi encoding</source>
        <translation type="unfinished">Tiếng Miến Điện mã hóa Zawgyi</translation>
    </message>
    <message>
        <source>This text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)</source>
        <translation type="unfinished">Văn bản này có vẻ là tiếng Miến Điện gõ bằng mã Zawgyi, vốn hiển thị sai trên máy khác và trong PDF. Chuyển sang Unicode? (Văn bản chỉ được lưu ở dạng Unicode.)</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Your signing identity is ready</source>
        <translation type="unfinished">Danh tính ký của bạn đã sẵn sàng</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Receivers will ask you to read it out by phone before they trust your bundles. Export your identity card (here, or later from Tools → Signing identity…) and send it to them.</source>
        <translation type="unfinished">Đây là dấu vân tay khóa của bạn. Bên nhận sẽ đề nghị bạn đọc nó qua điện thoại trước khi tin cậy các gói của bạn. Hãy xuất thẻ danh tính (tại đây, hoặc sau này từ Công cụ → Danh tính ký…) và gửi cho họ.</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">Xuất thẻ danh tính…</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Protect your key</source>
        <translation type="unfinished">Bảo vệ khóa của bạn</translation>
    </message>
    <message>
        <source>Your private key is stored only encrypted with this passphrase. Nobody can recover it if you forget it.</source>
        <translation type="unfinished">Khóa riêng của bạn chỉ được lưu ở dạng mã hóa bằng cụm mật khẩu này. Không ai khôi phục được nếu bạn quên nó.</translation>
    </message>
    <message>
        <source>Creating your key…</source>
        <translation type="unfinished">Đang tạo khóa của bạn…</translation>
    </message>
</context>
<context>
    <name>_WhoPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished">Bạn là ai</translation>
    </message>
    <message>
        <source>Your identity card tells receivers who signed a bundle.</source>
        <translation type="unfinished">Thẻ danh tính cho bên nhận biết ai đã ký một gói.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Họ và tên</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished">Họ và &amp;tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Member &amp;state:</source>
        <translation type="unfinished">&amp;Quốc gia thành viên:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">Thành &amp;phố:</translation>
    </message>
    <message>
        <source>(none: national or secretariat role)</source>
        <translation type="unfinished">(không có: vai trò cấp quốc gia hoặc Ban Thư ký)</translation>
    </message>
</context>
</TS>
