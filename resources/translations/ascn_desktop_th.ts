<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- COMPLETE DRAFT: every entry translated by non-native speakers; draft translations awaiting review by native speakers, every entry marked type="unfinished" until a reviewer clears the flag. -->
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <source>in use</source>
        <translation type="unfinished">กำลังใช้งาน</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it, and there is no backup of it; keep the file for support.</source>
        <translation type="unfinished">ที่เก็บข้อมูล {0} เสียหาย จึงไม่ได้เขียนข้อมูลใดลงไป และไม่มีข้อมูลสำรองของไฟล์นี้ โปรดเก็บไฟล์ไว้ให้ฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">ออก</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it.</source>
        <translation type="unfinished">ที่เก็บข้อมูล {0} เสียหาย จึงไม่ได้เขียนข้อมูลใดลงไป</translation>
    </message>
    <message>
        <source>Restoring puts the backup in its place after checking it; the damaged file is kept next to it for support.</source>
        <translation type="unfinished">การกู้คืนจะนำข้อมูลสำรองมาแทนที่หลังจากตรวจสอบแล้ว ไฟล์ที่เสียหายจะเก็บไว้ข้างกันให้ฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>Restore the backup of {0}</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรองของ {0}</translation>
    </message>
    <message>
        <source>The backup of {0} was restored; the damaged store was kept as {1}.</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรองของ {0} แล้ว ที่เก็บข้อมูลที่เสียหายเก็บไว้เป็น {1}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The offline desktop application of the ASEAN Smart Cities Network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Profile folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;If something goes wrong, Help → Copy diagnostic information and the log folder&apos;s files are what support asks for.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;โปรแกรมเดสก์ท็อปแบบออฟไลน์ของเครือข่ายเมืองอัจฉริยะอาเซียน&lt;/p&gt;&lt;p&gt;&lt;b&gt;ที่เก็บข้อมูล:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;โฟลเดอร์โปรไฟล์:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;โฟลเดอร์บันทึกการทำงาน:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;หากเกิดปัญหา ฝ่ายสนับสนุนจะขอ ช่วยเหลือ → คัดลอกข้อมูลวินิจฉัย และไฟล์ในโฟลเดอร์บันทึกการทำงาน&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation type="unfinished">คัดลอกข้อมูลวินิจฉัยแล้ว: วางลงในข้อความถึงฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished">คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished">เกี่ยวกับ {0}(&amp;A)</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished">เกี่ยวกับ {0}</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished">คัดลอกข้อมูลวินิจฉัย(&amp;C)</translation>
    </message>
    <message>
        <source>Version, system, store schema and folders, for support (no keys, no passphrases)</source>
        <translation type="unfinished">รุ่น ระบบ โครงสร้างที่เก็บข้อมูลและโฟลเดอร์ สำหรับฝ่ายสนับสนุน (ไม่มีกุญแจ ไม่มีวลีรหัสผ่าน)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished">เปิดโฟลเดอร์บันทึกการทำงาน(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">เรียกดู…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished">เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished">รายงานประจำปี</translation>
    </message>
    <message>
        <source>Include local plans of cities that sent none</source>
        <translation type="unfinished">รวมแผนในเครื่องของเมืองที่ไม่ได้ส่งแผน</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">รอบการวางแผน</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished">ปีที่รายงาน</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">โฟลเดอร์</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished">เขียนรายงาน</translation>
    </message>
    <message>
        <source>Choose the folder for the report.</source>
        <translation type="unfinished">เลือกโฟลเดอร์สำหรับรายงาน</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation type="unfinished">กำลังเขียนรายงานประจำปี…</translation>
    </message>
    <message>
        <source>The annual report was written:
{0}
{1}</source>
        <translation type="unfinished">เขียนรายงานประจำปีแล้ว:
{0}
{1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished">งบประมาณ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">สกุลเงิน</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished">งบประมาณ(&amp;B)</translation>
    </message>
    <message>
        <source>Budget in US dollars (optional)</source>
        <translation type="unfinished">งบประมาณเป็นดอลลาร์สหรัฐ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>USD &amp;equivalent</source>
        <translation type="unfinished">เทียบเท่า USD(&amp;E)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ประเภท</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">จำนวนเงิน</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation type="unfinished">เพิ่มแหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">แหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Seeks a private-sector solution provider</source>
        <translation type="unfinished">ต้องการผู้ให้บริการโซลูชันจากภาคเอกชน</translation>
    </message>
    <message>
        <source>What the private sector is sought for</source>
        <translation type="unfinished">สิ่งที่ต้องการจากภาคเอกชน</translation>
    </message>
    <message>
        <source>What solution or service is sought, and on what terms</source>
        <translation type="unfinished">ต้องการโซลูชันหรือบริการใด และภายใต้เงื่อนไขใด</translation>
    </message>
    <message>
        <source>Private-sector &amp;need</source>
        <translation type="unfinished">ความต้องการจากภาคเอกชน(&amp;N)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">หุ้นส่วนภายนอก</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— ไม่มี —</translation>
    </message>
    <message>
        <source>External &amp;partner</source>
        <translation type="unfinished">หุ้นส่วนภายนอก(&amp;P)</translation>
    </message>
    <message>
        <source>Funding total: {0}</source>
        <translation type="unfinished">เงินทุนรวม: {0}</translation>
    </message>
    <message>
        <source> of a budget of {0}</source>
        <translation type="unfinished"> จากงบประมาณ {0}</translation>
    </message>
    <message>
        <source> — more than the budget</source>
        <translation type="unfinished"> — เกินงบประมาณ</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate national bundle</source>
        <translation type="unfinished">รวบรวมชุดข้อมูลระดับชาติ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished">ยังไม่มี</translation>
    </message>
    <message>
        <source>The accepted plans of {0} ({1}) go into one bundle signed by you, with the national summary (Excel and PDF) and your endorsement note.</source>
        <translation type="unfinished">แผนที่รับรองแล้วของ {0} ({1}) จะรวมอยู่ในชุดข้อมูลเดียวที่คุณลงนาม พร้อมสรุประดับชาติ (Excel และ PDF) และบันทึกการรับรองของคุณ</translation>
    </message>
    <message>
        <source>Endorsement note</source>
        <translation type="unfinished">บันทึกการรับรอง</translation>
    </message>
    <message>
        <source>Reading the accepted plans…</source>
        <translation type="unfinished">กำลังอ่านแผนที่รับรองแล้ว…</translation>
    </message>
    <message>
        <source>Folder for the national bundle</source>
        <translation type="unfinished">โฟลเดอร์สำหรับชุดข้อมูลระดับชาติ</translation>
    </message>
    <message>
        <source>Choose the folder for the national bundle.</source>
        <translation type="unfinished">เลือกโฟลเดอร์สำหรับชุดข้อมูลระดับชาติ</translation>
    </message>
    <message>
        <source>Endorsement note:</source>
        <translation type="unfinished">บันทึกการรับรอง:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished">บันทึกใน:</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation type="unfinished">ลงนามและบันทึก</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation type="unfinished">กำลังรวบรวม…</translation>
    </message>
</context>
<context>
    <name>EditorFeature</name>
    <message>
        <source>Project</source>
        <translation type="unfinished">ข้อมูลโครงการ</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished">ตรวจความพร้อม</translation>
    </message>
    <message>
        <source>Check &amp;readiness</source>
        <translation type="unfinished">ตรวจความพร้อม(&amp;R)</translation>
    </message>
    <message>
        <source>List what must be fixed before the plan can be marked final</source>
        <translation type="unfinished">แสดงรายการที่ต้องแก้ไขก่อนจะทำเครื่องหมายแผนเป็นฉบับสมบูรณ์ได้</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel — {0}</source>
        <translation type="unfinished">นำเข้าจาก Excel — {0}</translation>
    </message>
    <message>
        <source>The workbook has a problem. Fix this cell in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">สมุดงานมีปัญหา แก้ไขเซลล์นี้ในสมุดงานแล้วนำเข้าอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The workbook has {0} problems. Fix these cells in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">สมุดงานมีปัญหา {0} รายการ แก้ไขเซลล์เหล่านี้ในสมุดงานแล้วนำเข้าอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The workbook matches the plan; there is nothing to import.</source>
        <translation type="unfinished">สมุดงานตรงกับแผน ไม่มีสิ่งใดให้นำเข้า</translation>
    </message>
    <message>
        <source>Check the changes below, then apply them to the plan (Edit › Undo takes them back).</source>
        <translation type="unfinished">ตรวจสอบการเปลี่ยนแปลงด้านล่าง แล้วนำไปใช้กับแผน (แก้ไข › เลิกทำ เพื่อย้อนกลับ)</translation>
    </message>
    <message>
        <source>Problems in the workbook</source>
        <translation type="unfinished">ปัญหาในสมุดงาน</translation>
    </message>
    <message>
        <source>Problems (sheet!cell):</source>
        <translation type="unfinished">ปัญหา (ชีต!เซลล์):</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation type="unfinished">การเปลี่ยนแปลงที่การนำเข้าจะทำ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">หลัง</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished">หมายเหตุ:</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation type="unfinished">แปลงเป็น Unicode(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation type="unfinished">นำไปใช้กับแผน(&amp;A)</translation>
    </message>
    <message>
        <source>One text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {0}. Convert it to Unicode to import the workbook.</source>
        <translation type="unfinished">ข้อความหนึ่งรายการดูเหมือนภาษาพม่าที่พิมพ์ด้วยรหัส Zawgyi ซึ่งคอมพิวเตอร์อื่นและ PDF จะแสดงผิดเพี้ยน: {0} แปลงเป็น Unicode เพื่อนำเข้าสมุดงาน</translation>
    </message>
    <message>
        <source>{0} texts look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {1}. Convert them to Unicode to import the workbook.</source>
        <translation type="unfinished">ข้อความ {0} รายการดูเหมือนภาษาพม่าที่พิมพ์ด้วยรหัส Zawgyi ซึ่งคอมพิวเตอร์อื่นและ PDF จะแสดงผิดเพี้ยน: {1} แปลงเป็น Unicode เพื่อนำเข้าสมุดงาน</translation>
    </message>
    <message>
        <source>{0} added ({1})</source>
        <translation type="unfinished">{0} ที่เพิ่ม ({1})</translation>
    </message>
    <message>
        <source>{0} changed ({1})</source>
        <translation type="unfinished">{0} ที่แก้ไข ({1})</translation>
    </message>
    <message>
        <source>{0} removed ({1})</source>
        <translation type="unfinished">{0} ที่ลบ ({1})</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">รายละเอียดแผน</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>Export data for other systems</source>
        <translation type="unfinished">ส่งออกข้อมูลสำหรับระบบอื่น</translation>
    </message>
    <message>
        <source>JSON (one file)</source>
        <translation type="unfinished">JSON (ไฟล์เดียว)</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation type="unfinished">CSV (หนึ่งไฟล์ต่อตาราง)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">สมุดงาน Excel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">รูปแบบ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">โฟลเดอร์</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Choose the folder for the data files.</source>
        <translation type="unfinished">เลือกโฟลเดอร์สำหรับไฟล์ข้อมูล</translation>
    </message>
    <message>
        <source>Exporting data…</source>
        <translation type="unfinished">กำลังส่งออกข้อมูล…</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation type="unfinished">เขียน {0} ไปที่ {1} แล้ว</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed bundle</source>
        <translation type="unfinished">ส่งออกชุดข้อมูลที่ลงนาม</translation>
    </message>
    <message>
        <source>{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the PDF report, signed by {3}.</source>
        <translation type="unfinished">{0} — {1} รอบ {2} ชุดข้อมูลประกอบด้วย plan.json สมุดงาน Excel และรายงาน PDF ลงนามโดย {3}</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished">โฟลเดอร์สำหรับชุดข้อมูล</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle.</source>
        <translation type="unfinished">เลือกโฟลเดอร์สำหรับชุดข้อมูล</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">โฟลเดอร์</translation>
    </message>
    <message>
        <source>Export it as a &amp;draft anyway (receivers will see “Draft”)</source>
        <translation type="unfinished">ส่งออกเป็นฉบับร่างต่อไป(&amp;D) (ผู้รับจะเห็น “ฉบับร่าง”)</translation>
    </message>
    <message>
        <source>…and {0} more on the Readiness page.</source>
        <translation type="unfinished">…และอีก {0} รายการในหน้าความพร้อม</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished">โฟลเดอร์(&amp;F):</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">กำลังอ่านแผน…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Export as draft</source>
        <translation type="unfinished">ส่งออกเป็นฉบับร่าง</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านของกุญแจลงนามของคุณ</translation>
    </message>
    <message>
        <source>Tick “Export it as a draft anyway”, or mark the plan final first.</source>
        <translation type="unfinished">ทำเครื่องหมาย “ส่งออกเป็นฉบับร่างต่อไป” หรือทำเครื่องหมายแผนเป็นฉบับสมบูรณ์ก่อน</translation>
    </message>
    <message>
        <source>Exporting the signed bundle…</source>
        <translation type="unfinished">กำลังส่งออกชุดข้อมูลที่ลงนาม…</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Signed bundle saved</source>
        <translation type="unfinished">บันทึกชุดข้อมูลที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Revision {0} (new content).</source>
        <translation type="unfinished">ฉบับแก้ไขที่ {0} (เนื้อหาใหม่)</translation>
    </message>
    <message>
        <source>Revision {0} (content unchanged since the last export).</source>
        <translation type="unfinished">ฉบับแก้ไขที่ {0} (เนื้อหาไม่เปลี่ยนแปลงตั้งแต่การส่งออกครั้งก่อน)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">ไฟล์:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">ฉบับแก้ไข:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation type="unfinished">ลงนามด้วย:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished">SHA-256:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Validation message</source>
        <translation type="unfinished">ข้อความการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished">ยินดีต้อนรับสู่ {0}</translation>
    </message>
    <message>
        <source>Which ASCN city do you work for? The app opens that city&apos;s action plan. You can change this later; once you create a signing identity, it decides.</source>
        <translation type="unfinished">คุณทำงานให้เมืองใดใน ASCN โปรแกรมจะเปิดแผนปฏิบัติการของเมืองนั้น คุณเปลี่ยนได้ภายหลัง เมื่อสร้างข้อมูลประจำตัวผู้ลงนามแล้ว ข้อมูลนั้นจะเป็นตัวกำหนด</translation>
    </message>
    <message>
        <source>National Representative or Secretariat? Click Skip, then create your signing identity with Tools → Signing identity…; the app then shows your pages.</source>
        <translation type="unfinished">ผู้แทนระดับชาติหรือสำนักเลขาธิการ? คลิก ข้าม แล้วสร้างข้อมูลประจำตัวผู้ลงนามด้วย เครื่องมือ → ข้อมูลประจำตัวผู้ลงนาม… จากนั้นโปรแกรมจะแสดงหน้าของคุณ</translation>
    </message>
    <message>
        <source>Find a city</source>
        <translation type="unfinished">ค้นหาเมือง</translation>
    </message>
    <message>
        <source>Type a city name, e.g. da nang</source>
        <translation type="unfinished">พิมพ์ชื่อเมือง เช่น da nang</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">ประเทศสมาชิก</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">เมือง</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">ค้นหา(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation type="unfinished">ประเทศสมาชิก(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">เมือง(&amp;C):</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">ข้าม</translation>
    </message>
    <message>
        <source>No ASCN city matches &apos;{0}&apos;.</source>
        <translation type="unfinished">ไม่มีเมือง ASCN ที่ตรงกับ &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">เลือก…</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Project code</source>
        <translation type="unfinished">รหัสโครงการ</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished">รหัส(&amp;C)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished">ชื่อโครงการ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished">ชื่อ(&amp;T)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">รายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished">รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>— choose a focus area —</source>
        <translation type="unfinished">— เลือกด้านที่มุ่งเน้น —</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น(&amp;F)</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">ผลลัพธ์เชิงยุทธศาสตร์</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished">SDGs</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished">ปีเริ่มต้น</translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished">ปีสิ้นสุด</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">ถึง</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished">ปี(&amp;Y)</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished">สถานะโครงการ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished">หน่วยงานหลัก(&amp;L)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished">ความเสี่ยง</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished">ความเสี่ยง(&amp;R)</translation>
    </message>
    <message>
        <source>The end year is before the start year</source>
        <translation type="unfinished">ปีสิ้นสุดอยู่ก่อนปีเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your signing identity</source>
        <translation type="unfinished">ข้อมูลประจำตัวผู้ลงนามของคุณ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">ชื่อ:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">บทบาท:</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">ประเทศสมาชิก:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">เมือง:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished">ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">ส่งออกบัตรประจำตัว…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่านปัจจุบันของคุณ:</translation>
    </message>
    <message>
        <source>Choose a new passphrase:</source>
        <translation type="unfinished">เลือกวลีรหัสผ่านใหม่:</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>Export identity card</source>
        <translation type="unfinished">ส่งออกบัตรประจำตัว</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">บัตรประจำตัว (*.json)</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished">บัตรประจำตัว</translation>
    </message>
    <message>
        <source>Saved {0}. Send it to the receiver and read them the fingerprint by phone.</source>
        <translation type="unfinished">บันทึก {0} แล้ว ส่งให้ผู้รับและอ่านลายนิ้วมือกุญแจให้ฟังทางโทรศัพท์</translation>
    </message>
    <message>
        <source>Create your signing identity</source>
        <translation type="unfinished">สร้างข้อมูลประจำตัวผู้ลงนามของคุณ</translation>
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
        <translation type="unfinished">กำลังนำเข้าชุดข้อมูล…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished">ผลการนำเข้า</translation>
    </message>
    <message>
        <source>{0} imported, {1} already here, {2} refused.</source>
        <translation type="unfinished">นำเข้า {0} มีอยู่แล้ว {1} ปฏิเสธ {2}</translation>
    </message>
    <message>
        <source> {0} not imported because you cancelled.</source>
        <translation type="unfinished"> {0} ไม่ได้นำเข้าเพราะคุณยกเลิก</translation>
    </message>
    <message>
        <source>Import results, one line per bundle</source>
        <translation type="unfinished">ผลการนำเข้า หนึ่งบรรทัดต่อหนึ่งชุดข้อมูล</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">หน่วย</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">ปีฐาน</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished">ค่าฐาน</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">เพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">ตัวชี้วัดใหม่</translation>
    </message>
    <message>
        <source>Targets and actuals per year</source>
        <translation type="unfinished">เป้าหมายและผลจริงรายปี</translation>
    </message>
    <message>
        <source>Choose an indicator above to enter its targets and actuals.</source>
        <translation type="unfinished">เลือกตัวชี้วัดด้านบนเพื่อกรอกเป้าหมายและผลจริง</translation>
    </message>
    <message>
        <source>Targets and actuals of “{0}” ({1})</source>
        <translation type="unfinished">เป้าหมายและผลจริงของ “{0}” ({1})</translation>
    </message>
</context>
<context>
    <name>KeysFeature</name>
    <message>
        <source>Choose a plan first, then export it.</source>
        <translation type="unfinished">เลือกแผนก่อน แล้วจึงส่งออก</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished">ข้อมูลประจำตัวผู้ลงนาม</translation>
    </message>
    <message>
        <source>Create your signing identity now? You need it to sign the plans and reviews you send; it takes a minute. You can also do it later with Tools → Signing identity…</source>
        <translation type="unfinished">สร้างข้อมูลประจำตัวผู้ลงนามตอนนี้หรือไม่ คุณต้องใช้เพื่อลงนามแผนและผลการพิจารณาที่คุณส่ง ใช้เวลาประมาณหนึ่งนาที หรือทำภายหลังได้ที่ เครื่องมือ → ข้อมูลประจำตัวผู้ลงนาม…</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished">ข้อมูลประจำตัวผู้ลงนาม(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished">ส่งออกชุดข้อมูลที่ลงนามแล้ว(&amp;E)…</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">กุญแจที่เชื่อถือ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">หน้า</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished">แผน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished">เลิกทำ {0} (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished">ทำซ้ำ {0} (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished">เลือกทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation type="unfinished">ที่เก็บข้อมูล: {0}</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished">ตำแหน่งที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished">สถานะการบันทึก</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}: {1}</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation type="unfinished">ยังไม่ได้บันทึก — {0}</translation>
    </message>
    <message>
        <source>All changes saved · last save {0}</source>
        <translation type="unfinished">บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว · บันทึกล่าสุด {0}</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation type="unfinished">ปีที่ครบกำหนด</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished">ไตรมาส</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% เสร็จ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished">เพิ่มหมุดหมาย</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Due years must lie within the planning cycle.</source>
        <translation type="unfinished">ดับเบิลคลิกที่เซลล์เพื่อเปลี่ยน ปีที่ครบกำหนดต้องอยู่ในรอบการวางแผน</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished">หมุดหมายใหม่</translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished">การติดตามผล</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished">ข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished">รายงานประจำปี…</translation>
    </message>
    <message>
        <source>Write the ASCN annual progress report (PDF and Excel) from the imported plans</source>
        <translation type="unfinished">เขียนรายงานความคืบหน้าประจำปีของ ASCN (PDF และ Excel) จากแผนที่นำเข้า</translation>
    </message>
    <message>
        <source>Export data for other systems…</source>
        <translation type="unfinished">ส่งออกข้อมูลสำหรับระบบอื่น…</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished">ทุกประเทศ</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">ทุกด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Include local plans</source>
        <translation type="unfinished">รวมแผนในเครื่อง</translation>
    </message>
    <message>
        <source>Also count the local plan of cities that sent no plan (demo stores).</source>
        <translation type="unfinished">นับแผนในเครื่องของเมืองที่ไม่ได้ส่งแผนด้วย (ที่เก็บข้อมูลสาธิต)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">รอบ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">ปี</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">เมือง</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">ความครบถ้วน</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">โครงการ</translation>
    </message>
    <message>
        <source>Network growth</source>
        <translation type="unfinished">การเติบโตของเครือข่าย</translation>
    </message>
    <message>
        <source>Reported projects</source>
        <translation type="unfinished">โครงการที่รายงาน</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation type="unfinished">หมุดหมายที่เกินกำหนด</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">เงินทุน</translation>
    </message>
    <message>
        <source>Private partners sought</source>
        <translation type="unfinished">ต้องการหุ้นส่วนเอกชน</translation>
    </message>
    <message>
        <source>External partners</source>
        <translation type="unfinished">หุ้นส่วนภายนอก</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished">ทุกโครงการ</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished">ทุกเมือง</translation>
    </message>
    <message>
        <source>1 project seeks</source>
        <translation type="unfinished">1 โครงการต้องการ</translation>
    </message>
    <message>
        <source>{0:,} projects seek</source>
        <translation type="unfinished">{0:,} โครงการต้องการ</translation>
    </message>
    <message>
        <source>{0} of {1} reported on {2} ({3} on time, {4} late); {5}; {6} overdue on {7}; {8} of {9} behind target; {10} a private-sector partner.</source>
        <translation type="unfinished">{0} จาก {1} รายงานปี {2} (ตรงเวลา {3} ล่าช้า {4}); {5}; เกินกำหนด {6} ณ {7}; {8} จาก {9} ต่ำกว่าเป้าหมาย; {10}หุ้นส่วนภาคเอกชน</translation>
    </message>
    <message>
        <source>Cities by reporting state, per country</source>
        <translation type="unfinished">เมืองตามสถานะการรายงาน แยกตามประเทศ</translation>
    </message>
    <message>
        <source>Projects by focus area and status</source>
        <translation type="unfinished">โครงการตามด้านที่มุ่งเน้นและสถานะ</translation>
    </message>
    <message>
        <source>Milestones overdue, per country</source>
        <translation type="unfinished">หมุดหมายที่เกินกำหนด แยกตามประเทศ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">เกินกำหนด</translation>
    </message>
    <message>
        <source>Indicators on track and behind target, per country</source>
        <translation type="unfinished">ตัวชี้วัดที่ตามแผนและต่ำกว่าเป้าหมาย แยกตามประเทศ</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">ตามแผน</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished">ล่าช้า</translation>
    </message>
    <message>
        <source>Funding by type, USD equivalent (where given)</source>
        <translation type="unfinished">เงินทุนตามประเภท เทียบเท่า USD (หากระบุ)</translation>
    </message>
    <message>
        <source>Projects paired with each external partner</source>
        <translation type="unfinished">โครงการที่จับคู่กับหุ้นส่วนภายนอกแต่ละราย</translation>
    </message>
</context>
<context>
    <name>NationalResultDialog</name>
    <message>
        <source>National bundle saved</source>
        <translation type="unfinished">บันทึกชุดข้อมูลระดับชาติแล้ว</translation>
    </message>
    <message>
        <source>{0}, signed by you: {1}.</source>
        <translation type="unfinished">{0} ลงนามโดยคุณ: {1}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">ไฟล์:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่านใหม่(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">พิมพ์อีกครั้ง(&amp;R):</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished">สั้นเกินไป: อย่างน้อย {0} ตัวอักษร</translation>
    </message>
    <message>
        <source>Weak: too easy to guess; use several uncommon words.</source>
        <translation type="unfinished">อ่อน: เดาง่ายเกินไป ใช้คำที่ไม่ค่อยพบหลายคำ</translation>
    </message>
    <message>
        <source>Fair: a longer phrase is stronger.</source>
        <translation type="unfinished">พอใช้: วลีที่ยาวกว่าจะแข็งแรงกว่า</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">แข็งแรง</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">รอบการวางแผน</translation>
    </message>
    <message>
        <source>&amp;Planning cycle:</source>
        <translation type="unfinished">รอบการวางแผน(&amp;P):</translation>
    </message>
    <message>
        <source>Open readiness check</source>
        <translation type="unfinished">เปิดการตรวจความพร้อม</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished">สร้างแผน</translation>
    </message>
    <message>
        <source>Choose your city…</source>
        <translation type="unfinished">เลือกเมืองของคุณ…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished">ชื่อแผน</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished">ถ้อยแถลงวิสัยทัศน์</translation>
    </message>
    <message>
        <source>Blueprint the plan derives from</source>
        <translation type="unfinished">แผนแม่บทที่แผนนี้อ้างอิง</translation>
    </message>
    <message>
        <source>The city&apos;s existing blueprint or master plan</source>
        <translation type="unfinished">แผนแม่บทหรือผังแม่บทที่เมืองมีอยู่</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">สถานะของแผน</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">ฉบับร่าง</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ฉบับสมบูรณ์</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">ชื่อ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished">วิสัยทัศน์(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Blueprint:</source>
        <translation type="unfinished">แผนแม่บท(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">ผลลัพธ์เชิงยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Start plan for next cycle…</source>
        <translation type="unfinished">เริ่มแผนสำหรับรอบถัดไป…</translation>
    </message>
    <message>
        <source>No city chosen</source>
        <translation type="unfinished">ยังไม่ได้เลือกเมือง</translation>
    </message>
    <message>
        <source>Choose the city you work for to start its action plan. National Representatives and Secretariat staff: create your signing identity with Tools → Signing identity… instead.</source>
        <translation type="unfinished">เลือกเมืองที่คุณทำงานให้เพื่อเริ่มแผนปฏิบัติการ ผู้แทนระดับชาติและเจ้าหน้าที่สำนักเลขาธิการ: ให้สร้างข้อมูลประจำตัวผู้ลงนามด้วย เครื่องมือ → ข้อมูลประจำตัวผู้ลงนาม… แทน</translation>
    </message>
    <message>
        <source>{0} has no action plan yet for the {1} planning cycle.</source>
        <translation type="unfinished">{0} ยังไม่มีแผนปฏิบัติการสำหรับรอบการวางแผน {1}</translation>
    </message>
    <message>
        <source>Start from the {0} plan</source>
        <translation type="unfinished">เริ่มจากแผน {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation type="unfinished"> โดย {0}</translation>
    </message>
    <message>
        <source> · sample data</source>
        <translation type="unfinished"> · ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source> · started from the previous cycle&apos;s plan</source>
        <translation type="unfinished"> · เริ่มจากแผนของรอบก่อน</translation>
    </message>
    <message>
        <source>{0} · revision {1} · last edited {2}{3}{4}{5}</source>
        <translation type="unfinished">{0} · ฉบับแก้ไขที่ {1} · แก้ไขล่าสุด {2}{3}{4}{5}</translation>
    </message>
    <message>
        <source>Revision {0} was returned by {1}: {2}</source>
        <translation type="unfinished">ฉบับแก้ไขที่ {0} ถูกส่งคืนโดย {1}: {2}</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished">ผู้พิจารณา</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">ความพร้อม: {0}</translation>
    </message>
    <message>
        <source>A plan needs a title; the previous title is kept.</source>
        <translation type="unfinished">แผนต้องมีชื่อ จึงคงชื่อเดิมไว้</translation>
    </message>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">ยังไม่ได้บันทึก: แปลงข้อความ Zawgyi เป็น Unicode ก่อน</translation>
    </message>
    <message>
        <source>Start plan for next cycle</source>
        <translation type="unfinished">เริ่มแผนสำหรับรอบถัดไป</translation>
    </message>
    <message>
        <source>Start the {0} plan from this one? Projects that are not completed or cancelled are carried over and marked as such; this plan stays as it is.</source>
        <translation type="unfinished">เริ่มแผน {0} จากแผนนี้หรือไม่ โครงการที่ยังไม่เสร็จหรือไม่ได้ยกเลิกจะถูกยกไปและทำเครื่องหมายไว้ แผนนี้จะคงเดิม</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation type="unfinished">ภาพรวมแผน</translation>
    </message>
    <message>
        <source>Change my &amp;city…</source>
        <translation type="unfinished">เปลี่ยนเมืองของฉัน(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>{0} — plan {1}, revision {2} (read only)</source>
        <translation type="unfinished">{0} — แผน {1} ฉบับแก้ไขที่ {2} (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">ภาพรวม</translation>
    </message>
    <message>
        <source>Projects ({0})</source>
        <translation type="unfinished">โครงการ ({0})</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">ประวัติ</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished">เปิด &amp;PDF</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">กำลังอ่านแผน…</translation>
    </message>
    <message>
        <source>Open the PDF the city signed, exactly as it is in the bundle</source>
        <translation type="unfinished">เปิด PDF ที่เมืองลงนาม ตรงตามที่อยู่ในชุดข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">รับรอง(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">ส่งคืน(&amp;R)…</translation>
    </message>
    <message>
        <source>Draft: the city has not marked this plan final. Accepting a draft is your explicit choice.</source>
        <translation type="unfinished">ฉบับร่าง: เมืองยังไม่ได้ทำเครื่องหมายแผนนี้เป็นฉบับสมบูรณ์ การรับรองฉบับร่างเป็นการตัดสินใจของคุณเอง</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished">ยังไม่ได้พิจารณา</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">รับรองแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">ส่งคืนแล้ว</translation>
    </message>
    <message>
        <source>Review: {0}.</source>
        <translation type="unfinished">การพิจารณา: {0}</translation>
    </message>
    <message>
        <source>A newer revision has been imported; decide on that one.</source>
        <translation type="unfinished">มีการนำเข้าฉบับแก้ไขที่ใหม่กว่าแล้ว โปรดตัดสินใจกับฉบับนั้น</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ฉบับสมบูรณ์</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">ฉบับร่าง</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">เมือง:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished">ชื่อ:</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished">รอบ:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">ฉบับแก้ไข:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished">สถานะ:</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation type="unfinished">วิสัยทัศน์:</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation type="unfinished">อ้างอิงจาก:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น:</translation>
    </message>
    <message>
        <source>Strategic outcomes:</source>
        <translation type="unfinished">ผลลัพธ์เชิงยุทธศาสตร์:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished">โครงการ:</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished">1 โครงการ</translation>
    </message>
    <message>
        <source>{0} projects</source>
        <translation type="unfinished">{0} โครงการ</translation>
    </message>
    <message>
        <source>No projects: this plan is not ready.</source>
        <translation type="unfinished">ไม่มีโครงการ: แผนนี้ยังไม่พร้อม</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished">ลงนามโดย:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished">นำเข้าเมื่อ:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">ปี</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">งบประมาณ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ครบกำหนด</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">เสร็จ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">หน่วย</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">ค่าฐาน</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">เป้าหมาย</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation type="unfinished">ผลจริง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ประเภท</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">แหล่งที่มา</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">จำนวนเงิน</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">รายละเอียด</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">เงินทุน</translation>
    </message>
    <message>
        <source>This plan has no projects. A plan without projects is not ready; return it with a reason.</source>
        <translation type="unfinished">แผนนี้ไม่มีโครงการ แผนที่ไม่มีโครงการถือว่ายังไม่พร้อม โปรดส่งคืนพร้อมเหตุผล</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(ไม่มีรายละเอียด)</translation>
    </message>
    <message>
        <source>Lead agency: {0}</source>
        <translation type="unfinished">หน่วยงานหลัก: {0}</translation>
    </message>
    <message>
        <source>SDGs: {0}</source>
        <translation type="unfinished">SDGs: {0}</translation>
    </message>
    <message>
        <source>External partner: {0}</source>
        <translation type="unfinished">หุ้นส่วนภายนอก: {0}</translation>
    </message>
    <message>
        <source>Seeks a private-sector partner: {0}</source>
        <translation type="unfinished">ต้องการหุ้นส่วนภาคเอกชน: {0}</translation>
    </message>
    <message>
        <source>Risks: {0}</source>
        <translation type="unfinished">ความเสี่ยง: {0}</translation>
    </message>
    <message>
        <source>Budget in USD: {0}</source>
        <translation type="unfinished">งบประมาณเป็น USD: {0}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">นำเข้าเมื่อ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">การพิจารณา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">เปรียบเทียบฉบับแก้ไข(&amp;C)…</translation>
    </message>
    <message>
        <source>Every revision of this plan imported here, newest first.</source>
        <translation type="unfinished">ทุกฉบับแก้ไขของแผนนี้ที่นำเข้าที่นี่ ใหม่สุดก่อน</translation>
    </message>
    <message>
        <source>Only this revision has been imported; Compare needs two.</source>
        <translation type="unfinished">นำเข้าเฉพาะฉบับแก้ไขนี้ การเปรียบเทียบต้องมีสองฉบับ</translation>
    </message>
</context>
<context>
    <name>PlansBrowser</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished">แผน</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">โครงการ</translation>
    </message>
    <message>
        <source>No plans yet: import the bundles you received with File → Import bundles…, or drop them on this window.</source>
        <translation type="unfinished">ยังไม่มีแผน: นำเข้าชุดข้อมูลที่ได้รับด้วย แฟ้ม → นำเข้าชุดข้อมูล… หรือลากมาวางบนหน้าต่างนี้</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished">ฉบับสมบูรณ์</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished">ฉบับร่าง</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} · revision {4}</source>
        <translation type="unfinished">{0}
{1} · {2} · {3} · ฉบับแก้ไขที่ {4}</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished">แผนทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">ปี</translation>
    </message>
    <message>
        <source>What happened this year</source>
        <translation type="unfinished">สิ่งที่เกิดขึ้นในปีนี้</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">บันทึกความคืบหน้า</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished">เพิ่มบันทึกความคืบหน้า</translation>
    </message>
    <message>
        <source>One note per year of the cycle: what was done, what slipped and why.</source>
        <translation type="unfinished">หนึ่งบันทึกต่อปีของรอบ: สิ่งที่ทำแล้ว สิ่งที่ล่าช้า และเพราะเหตุใด</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Choose a project on the Projects page to edit it here.</source>
        <translation type="unfinished">เลือกโครงการในหน้าโครงการเพื่อแก้ไขที่นี่</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished">ลบโครงการ…</translation>
    </message>
    <message>
        <source>Delete this project</source>
        <translation type="unfinished">ลบโครงการนี้</translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished">ทั่วไป</translation>
    </message>
    <message>
        <source>Budget and partners</source>
        <translation type="unfinished">งบประมาณและหุ้นส่วน</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">บันทึกความคืบหน้า</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation type="unfinished">ผู้พิจารณา: {0}</translation>
    </message>
    <message>
        <source>Planning cycle {0}–{1}</source>
        <translation type="unfinished">รอบการวางแผน {0}–{1}</translation>
    </message>
    <message>
        <source>carried over from the previous cycle</source>
        <translation type="unfinished">ยกมาจากรอบก่อน</translation>
    </message>
    <message>
        <source>Readiness: {0} — {1}</source>
        <translation type="unfinished">ความพร้อม: {0} — {1}</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">ความพร้อม: {0}</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">ลบโครงการ</translation>
    </message>
    <message>
        <source>Delete the project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">ลบโครงการ &apos;{0}&apos; หรือไม่ คุณเลิกทำได้ด้วย แก้ไข → เลิกทำ</translation>
    </message>
</context>
<context>
    <name>ProjectEditorForm</name>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">ยังไม่ได้บันทึก: แปลงข้อความ Zawgyi เป็น Unicode ก่อน</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished">กรองโครงการ</translation>
    </message>
    <message>
        <source>Find projects (code, title, agency, description)…</source>
        <translation type="unfinished">ค้นหาโครงการ (รหัส ชื่อ หน่วยงาน รายละเอียด)…</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished">กรองตามด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">ทุกด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">กรองตามสถานะ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ทุกสถานะ</translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished">จากปี</translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished">ถึงปี</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">ต้องการหุ้นส่วนเอกชน</translation>
    </message>
    <message>
        <source>Only projects seeking a private partner</source>
        <translation type="unfinished">เฉพาะโครงการที่ต้องการหุ้นส่วนเอกชน</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished">ปี(&amp;Y):</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">โครงการ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished">ใดก็ได้</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">โครงการใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished">ลบโครงการ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation type="unfinished">ค้นหาโครงการ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished">เปิดโครงการ(&amp;O)</translation>
    </message>
    <message>
        <source>No plan open: create one on the Plan overview page.</source>
        <translation type="unfinished">ไม่มีแผนที่เปิดอยู่: สร้างแผนในหน้าภาพรวมแผน</translation>
    </message>
    <message>
        <source>Projects · {0}</source>
        <translation type="unfinished">โครงการ · {0}</translation>
    </message>
    <message>
        <source>{0:,} of {1}</source>
        <translation type="unfinished">{0:,} จาก {1}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished">โครงการใหม่</translation>
    </message>
    <message>
        <source>Delete project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">ลบโครงการ &apos;{0}&apos; หรือไม่ คุณเลิกทำได้ด้วย แก้ไข → เลิกทำ</translation>
    </message>
    <message>
        <source>Delete {0} projects? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">ลบ {0} โครงการหรือไม่ คุณเลิกทำได้ด้วย แก้ไข → เลิกทำ</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">ลบโครงการ</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">ปี</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">งบประมาณ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">ต้องการหุ้นส่วนเอกชน</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation type="unfinished">งบประมาณ (USD)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">หุ้นส่วนภายนอก</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished">ยกมา</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished">เลือกทั้งหมด(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished">เพิ่มขึ้น(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished">ลดลง(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ไม่(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished">ตรวจอีกครั้ง</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished">ผลการตรวจความพร้อม</translation>
    </message>
    <message>
        <source>Errors must be fixed before the plan can be marked final or exported; warnings are worth a look. Click a finding to go to the field.</source>
        <translation type="unfinished">ต้องแก้ไขข้อผิดพลาดก่อนจึงจะทำเครื่องหมายแผนเป็นฉบับสมบูรณ์หรือส่งออกได้ คำเตือนควรตรวจดู คลิกที่ผลการตรวจเพื่อไปยังช่องข้อมูล</translation>
    </message>
    <message>
        <source>No plan chosen yet.</source>
        <translation type="unfinished">ยังไม่ได้เลือกแผน</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation type="unfinished">กำลังตรวจแผน…</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished">{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">คำเตือน</translation>
    </message>
</context>
<context>
    <name>ReceiveFeature</name>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>ASCN bundles and reference packs (*.ascn *.ascnref);;All files (*)</source>
        <translation type="unfinished">ชุดข้อมูล ASCN และชุดข้อมูลอ้างอิง (*.ascn *.ascnref);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">นำเข้าชุดข้อมูล(&amp;I)…</translation>
    </message>
    <message>
        <source>Verify and import signed bundles: city plans, national bundles, review notes</source>
        <translation type="unfinished">ตรวจสอบและนำเข้าชุดข้อมูลที่ลงนาม: แผนของเมือง ชุดข้อมูลระดับชาติ บันทึกการพิจารณา</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">แผนที่ได้รับ</translation>
    </message>
    <message>
        <source>Consolidate national bundle…</source>
        <translation type="unfinished">รวบรวมชุดข้อมูลระดับชาติ…</translation>
    </message>
    <message>
        <source>Sign one bundle of the country&apos;s accepted city plans for the Secretariat</source>
        <translation type="unfinished">ลงนามชุดข้อมูลเดียวของแผนเมืองที่รับรองแล้วของประเทศ เพื่อส่งสำนักเลขาธิการ</translation>
    </message>
</context>
<context>
    <name>ReceivedPlansPage</name>
    <message>
        <source>City</source>
        <translation type="unfinished">เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">รอบ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">สถานะของแผน</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">ลงนามโดย</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">นำเข้าเมื่อ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">การพิจารณา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">ได้รับเมื่อ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">รับรองแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">ส่งคืนแล้ว</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">แผนที่ได้รับ</translation>
    </message>
    <message>
        <source>Plans imported from cities. Double-click one to read it; accept it or return it with a reason. Import bundles with File → Import bundles… or by dropping them here.</source>
        <translation type="unfinished">แผนที่นำเข้าจากเมืองต่าง ๆ ดับเบิลคลิกเพื่ออ่าน รับรองหรือส่งคืนพร้อมเหตุผล นำเข้าชุดข้อมูลด้วย แฟ้ม → นำเข้าชุดข้อมูล… หรือลากมาวางที่นี่</translation>
    </message>
    <message>
        <source>Show earlier revisions</source>
        <translation type="unfinished">แสดงฉบับแก้ไขก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;View plan…</source>
        <translation type="unfinished">ดูแผน(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">รับรอง(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo accept</source>
        <translation type="unfinished">ยกเลิกการรับรอง(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the acceptance; possible until the plan is in a national bundle</source>
        <translation type="unfinished">ถอนการรับรอง ทำได้จนกว่าแผนจะอยู่ในชุดข้อมูลระดับชาติ</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">ส่งคืน(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">เปรียบเทียบฉบับแก้ไข(&amp;C)…</translation>
    </message>
    <message>
        <source>No plan has been received yet.

Import the bundles the cities sent you with File → Import bundles… (Ctrl+I), or drop them on this window.</source>
        <translation type="unfinished">ยังไม่ได้รับแผนใด

นำเข้าชุดข้อมูลที่เมืองส่งมาด้วย แฟ้ม → นำเข้าชุดข้อมูล… (Ctrl+I) หรือลากมาวางบนหน้าต่างนี้</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"> (มีฉบับใหม่กว่าแล้ว)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">ฉบับร่าง</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ฉบับสมบูรณ์</translation>
    </message>
    <message>
        <source>The city has not marked this plan final</source>
        <translation type="unfinished">เมืองยังไม่ได้ทำเครื่องหมายแผนนี้เป็นฉบับสมบูรณ์</translation>
    </message>
    <message>
        <source>Accept revision {0} of the plan of {1}?</source>
        <translation type="unfinished">รับรองฉบับแก้ไขที่ {0} ของแผน {1} หรือไม่</translation>
    </message>
    <message>
        <source>Accepted plans go into your national bundle. You can undo this until you consolidate.</source>
        <translation type="unfinished">แผนที่รับรองแล้วจะรวมอยู่ในชุดข้อมูลระดับชาติของคุณ คุณยกเลิกได้จนกว่าจะรวบรวม</translation>
    </message>
    <message>
        <source>This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the plan of {1} anyway?</source>
        <translation type="unfinished">แผนนี้เป็นฉบับร่าง: เมืองยังไม่ได้ทำเครื่องหมายเป็นฉบับสมบูรณ์ รับรองฉบับแก้ไขที่ {0} ของแผน {1} ต่อไปหรือไม่</translation>
    </message>
    <message>
        <source>Accept the plan</source>
        <translation type="unfinished">รับรองแผน</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation type="unfinished">รับรองฉบับร่าง</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">รับรอง</translation>
    </message>
    <message>
        <source>Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.</source>
        <translation type="unfinished">รับรองฉบับแก้ไขที่ {0} ของแผน {1} แล้ว ใช้ ยกเลิกการรับรอง เพื่อถอนได้จนกว่าจะรวบรวม</translation>
    </message>
    <message>
        <source>The plan of {0} is no longer accepted; it waits for your decision again.</source>
        <translation type="unfinished">แผนของ {0} ไม่อยู่ในสถานะรับรองแล้ว และรอการตัดสินใจของคุณอีกครั้ง</translation>
    </message>
    <message>
        <source>Returning the plan…</source>
        <translation type="unfinished">กำลังส่งคืนแผน…</translation>
    </message>
    <message>
        <source>Returned the plan of {0}. The signed review note is {1}; send it to the city.</source>
        <translation type="unfinished">ส่งคืนแผนของ {0} แล้ว บันทึกการพิจารณาที่ลงนามคือ {1} โปรดส่งให้เมือง</translation>
    </message>
    <message>
        <source>Plan returned</source>
        <translation type="unfinished">ส่งคืนแผนแล้ว</translation>
    </message>
    <message>
        <source>The plan of {0} was returned. Send this signed review note to the city:</source>
        <translation type="unfinished">ส่งคืนแผนของ {0} แล้ว ส่งบันทึกการพิจารณาที่ลงนามนี้ให้เมือง:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished">ไม่มีไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished">ล้างรายการไฟล์ล่าสุด(&amp;C)</translation>
    </message>
    <message>
        <source>Excel workbook, imported</source>
        <translation type="unfinished">สมุดงาน Excel ที่นำเข้า</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished">เขียนแล้ว</translation>
    </message>
    <message>
        <source>{0} is no longer there: it was moved, renamed or deleted.</source>
        <translation type="unfinished">{0} ไม่อยู่ที่เดิมแล้ว: ถูกย้าย เปลี่ยนชื่อ หรือลบ</translation>
    </message>
    <message>
        <source>{0} cannot be opened in this window.</source>
        <translation type="unfinished">เปิด {0} ในหน้าต่างนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reading the reference data…</source>
        <translation type="unfinished">กำลังอ่านข้อมูลอ้างอิง…</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">เมือง</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">ประเทศสมาชิก</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">รอบการวางแผน</translation>
    </message>
    <message>
        <source>Partner or programme</source>
        <translation type="unfinished">หุ้นส่วนหรือโครงการความร่วมมือ</translation>
    </message>
    <message>
        <source>Changes in the next reference pack</source>
        <translation type="unfinished">การเปลี่ยนแปลงในชุดข้อมูลอ้างอิงถัดไป</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation type="unfinished">ลงนามและส่งออก…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished">ทิ้งฉบับร่าง</translation>
    </message>
    <message>
        <source>Draft of the next reference pack (preview):</source>
        <translation type="unfinished">ร่างชุดข้อมูลอ้างอิงถัดไป (ตัวอย่าง):</translation>
    </message>
    <message>
        <source>What is uncertain about the record (optional)</source>
        <translation type="unfinished">สิ่งที่ยังไม่แน่นอนในข้อมูลนี้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">ประเทศสมาชิก:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">ชื่อ:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished">ชื่อภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>Name in local script:</source>
        <translation type="unfinished">ชื่อในอักษรท้องถิ่น:</translation>
    </message>
    <message>
        <source>Joined in:</source>
        <translation type="unfinished">เข้าร่วมเมื่อ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">หมายเหตุ:</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation type="unfinished">เพิ่มเมือง</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished">รหัส:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished">สกุลเงิน:</translation>
    </message>
    <message>
        <source>Joined ASEAN in:</source>
        <translation type="unfinished">เข้าร่วมอาเซียนเมื่อ:</translation>
    </message>
    <message>
        <source>Add member state</source>
        <translation type="unfinished">เพิ่มประเทศสมาชิก</translation>
    </message>
    <message>
        <source>One per line: CODE = Label</source>
        <translation type="unfinished">บรรทัดละหนึ่งรายการ: รหัส = ป้ายชื่อ</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation type="unfinished">ปีแรก:</translation>
    </message>
    <message>
        <source>Last year:</source>
        <translation type="unfinished">ปีสุดท้าย:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished">ป้ายชื่อ:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">ด้านที่มุ่งเน้น:</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished">ผลลัพธ์:</translation>
    </message>
    <message>
        <source>Add cycle with its classification</source>
        <translation type="unfinished">เพิ่มรอบพร้อมการจัดหมวดหมู่</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">ชนิด:</translation>
    </message>
    <message>
        <source>Programme of:</source>
        <translation type="unfinished">โครงการความร่วมมือของ:</translation>
    </message>
    <message>
        <source>Add partner or programme</source>
        <translation type="unfinished">เพิ่มหุ้นส่วนหรือโครงการความร่วมมือ</translation>
    </message>
    <message>
        <source>This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. What you add below goes into version {4}, which you sign and send to every profile.</source>
        <translation type="unfinished">โปรไฟล์นี้มีข้อมูลอ้างอิงรุ่น {0}: ประเทศสมาชิก {1} ประเทศ เมือง {2} เมือง รอบการวางแผน {3} สิ่งที่คุณเพิ่มด้านล่างจะอยู่ในรุ่น {4} ซึ่งคุณลงนามและส่งให้ทุกโปรไฟล์</translation>
    </message>
    <message>
        <source>(not a programme)</source>
        <translation type="unfinished">(ไม่ใช่โครงการความร่วมมือ)</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation type="unfinished">ยังไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{0} added to the draft.</source>
        <translation type="unfinished">เพิ่ม {0} ลงในฉบับร่างแล้ว</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation type="unfinished">ทิ้งฉบับร่างแล้ว</translation>
    </message>
    <message>
        <source>Sign reference data</source>
        <translation type="unfinished">ลงนามข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished">วลีรหัสผ่านของกุญแจลงนามของคุณ:</translation>
    </message>
    <message>
        <source>Folder for the reference pack</source>
        <translation type="unfinished">โฟลเดอร์สำหรับชุดข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <source>Signing reference data…</source>
        <translation type="unfinished">กำลังลงนามข้อมูลอ้างอิง…</translation>
    </message>
    <message>
        <source>Reference data version {0} signed, applied here and written to {1}. Send it to every profile; it also travels inside your review notes.</source>
        <translation type="unfinished">ลงนามข้อมูลอ้างอิงรุ่น {0} ใช้ที่นี่และเขียนไปที่ {1} แล้ว ส่งให้ทุกโปรไฟล์ ข้อมูลนี้ยังแนบไปกับบันทึกการพิจารณาของคุณด้วย</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of {0}</source>
        <translation type="unfinished">ส่งคืนแผนของ {0}</translation>
    </message>
    <message>
        <source>Revision {0} of the plan of {1} goes back to the city with your reason. A signed review note is saved for you to send them.</source>
        <translation type="unfinished">ฉบับแก้ไขที่ {0} ของแผน {1} จะส่งคืนเมืองพร้อมเหตุผลของคุณ บันทึกการพิจารณาที่ลงนามจะถูกบันทึกไว้ให้คุณส่งไป</translation>
    </message>
    <message>
        <source>What the city should change, in a few sentences</source>
        <translation type="unfinished">สิ่งที่เมืองควรเปลี่ยน ในไม่กี่ประโยค</translation>
    </message>
    <message>
        <source>Reason for returning the plan</source>
        <translation type="unfinished">เหตุผลในการส่งคืนแผน</translation>
    </message>
    <message>
        <source>Folder for the review note</source>
        <translation type="unfinished">โฟลเดอร์สำหรับบันทึกการพิจารณา</translation>
    </message>
    <message>
        <source>Choose the folder for the review note.</source>
        <translation type="unfinished">เลือกโฟลเดอร์สำหรับบันทึกการพิจารณา</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished">เหตุผล:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished">ความเห็น:</translation>
    </message>
    <message>
        <source>Save the note in:</source>
        <translation type="unfinished">บันทึกบันทึกการพิจารณาใน:</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation type="unfinished">ส่งคืนแผน</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished">ความเห็นนี้เกี่ยวกับอะไร</translation>
    </message>
    <message>
        <source>A comment on the chosen field</source>
        <translation type="unfinished">ความเห็นต่อช่องข้อมูลที่เลือก</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">ความเห็น</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished">เพิ่มความเห็น(&amp;C)</translation>
    </message>
    <message>
        <source>Comments to send</source>
        <translation type="unfinished">ความเห็นที่จะส่ง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">นำออก</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation type="unfinished">แผน · {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">แผน</translation>
    </message>
    <message>
        <source>{0} (whole project)</source>
        <translation type="unfinished">{0} (ทั้งโครงการ)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">เงินทุน</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">บันทึกความคืบหน้า</translation>
    </message>
    <message>
        <source>Say why the plan is returned; the city will read your reason.</source>
        <translation type="unfinished">ระบุเหตุผลที่ส่งคืนแผน เมืองจะอ่านเหตุผลของคุณ</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsBox</name>
    <message>
        <source>Reviewer&apos;s comments: {0} open of {1}</source>
        <translation type="unfinished">ความเห็นของผู้พิจารณา: ค้างอยู่ {0} จาก {1}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished">ความเห็นของผู้พิจารณา</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished">คำตอบของคุณ</translation>
    </message>
    <message>
        <source>Answer to the comment on {0}</source>
        <translation type="unfinished">คำตอบต่อความเห็นเรื่อง {0}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished">ไปยังช่องข้อมูล</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Compare revisions — {0}</source>
        <translation type="unfinished">เปรียบเทียบฉบับแก้ไข — {0}</translation>
    </message>
    <message>
        <source>Revision {0} (imported {1})</source>
        <translation type="unfinished">ฉบับแก้ไขที่ {0} (นำเข้าเมื่อ {1})</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation type="unfinished">เก่ากว่า:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation type="unfinished">ใหม่กว่า:</translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation type="unfinished">กำลังอ่านฉบับแก้ไข…</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">รายการ</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished">ฉบับแก้ไขที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished">ฉบับแก้ไขที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation type="unfinished">การเปลี่ยนแปลงระหว่างสองฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Only one revision of this plan has been imported.</source>
        <translation type="unfinished">นำเข้าแผนนี้เพียงฉบับแก้ไขเดียว</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">รายละเอียดแผน</translation>
    </message>
    <message>
        <source>{0} {1}{2} — {3}</source>
        <translation type="unfinished">{0} {1}{2} — {3}</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished">ใหม่</translation>
    </message>
    <message>
        <source>was here</source>
        <translation type="unfinished">เคยอยู่ที่นี่</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">ข้อมูลโครงการ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">หมุดหมาย</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">เงินทุน</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished">บันทึกความคืบหน้า</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">ลบแล้ว</translation>
    </message>
    <message>
        <source>Your comments on revision {0}: {1} of {2} addressed</source>
        <translation type="unfinished">ความเห็นของคุณต่อฉบับแก้ไขที่ {0}: ดำเนินการแล้ว {1} จาก {2}</translation>
    </message>
    <message>
        <source>Addressed (changed)</source>
        <translation type="unfinished">ดำเนินการแล้ว (มีการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Not addressed (unchanged)</source>
        <translation type="unfinished">ยังไม่ดำเนินการ (ไม่เปลี่ยนแปลง)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke {0}&apos;s key</source>
        <translation type="unfinished">เพิกถอนกุญแจของ {0}</translation>
    </message>
    <message>
        <source>Bundles this computer received with this key before the date stay valid; a bundle signed or first received from then on is refused, whatever date it carries, except the last bundle known good chosen below.</source>
        <translation type="unfinished">ชุดข้อมูลที่คอมพิวเตอร์นี้ได้รับด้วยกุญแจนี้ก่อนวันดังกล่าวยังใช้ได้ ชุดข้อมูลที่ลงนามหรือได้รับครั้งแรกตั้งแต่วันนั้นจะถูกปฏิเสธไม่ว่าจะระบุวันใด ยกเว้นชุดข้อมูลล่าสุดที่ทราบว่าถูกต้องซึ่งเลือกไว้ด้านล่าง</translation>
    </message>
    <message>
        <source>Last bundle known good</source>
        <translation type="unfinished">ชุดข้อมูลล่าสุดที่ทราบว่าถูกต้อง</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">ไม่มี</translation>
    </message>
    <message>
        <source>, revision {0}</source>
        <translation type="unfinished"> ฉบับแก้ไขที่ {0}</translation>
    </message>
    <message>
        <source>{0}{1}, received {2:%Y-%m-%d}</source>
        <translation type="unfinished">{0}{1} ได้รับเมื่อ {2:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>e.g. laptop stolen, officer replaced</source>
        <translation type="unfinished">เช่น แล็ปท็อปถูกขโมย เปลี่ยนเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">เหตุผล(&amp;R):</translation>
    </message>
    <message>
        <source>Revoked &amp;from (UTC):</source>
        <translation type="unfinished">เพิกถอนตั้งแต่(&amp;F) (UTC):</translation>
    </message>
    <message>
        <source>&amp;Last bundle known good:</source>
        <translation type="unfinished">ชุดข้อมูลล่าสุดที่ทราบว่าถูกต้อง(&amp;L):</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">เพิกถอน</translation>
    </message>
</context>
<context>
    <name>RowsBlock</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">นำออก</translation>
    </message>
    <message>
        <source>Remove the chosen row of “{0}”</source>
        <translation type="unfinished">ลบแถวที่เลือกของ “{0}”</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>System language</source>
        <translation type="unfinished">ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Language of the interface and of new reports:</source>
        <translation type="unfinished">ภาษาของหน้าจอและรายงานใหม่:</translation>
    </message>
    <message>
        <source>ASCN Desktop speaks {0} from its next start.</source>
        <translation type="unfinished">ASCN Desktop จะใช้ภาษา{0}ตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished">ภาษา(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the language of the interface (default: the system&apos;s)</source>
        <translation type="unfinished">เลือกภาษาของหน้าจอ (ค่าเริ่มต้น: ภาษาของระบบ)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust this identity card?</source>
        <translation type="unfinished">เชื่อถือบัตรประจำตัวนี้หรือไม่</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}{3}</source>
        <translation type="unfinished">{0} — {1}, {2}{3}</translation>
    </message>
    <message>
        <source>Check this fingerprint with the sender by phone before you trust it.</source>
        <translation type="unfinished">ตรวจสอบลายนิ้วมือกุญแจนี้กับผู้ส่งทางโทรศัพท์ก่อนเชื่อถือ</translation>
    </message>
    <message>
        <source>Replaces key</source>
        <translation type="unfinished">แทนที่กุญแจ</translation>
    </message>
    <message>
        <source>(nothing: a new signer)</source>
        <translation type="unfinished">(ไม่มี: ผู้ลงนามใหม่)</translation>
    </message>
    <message>
        <source>This key replaces:</source>
        <translation type="unfinished">กุญแจนี้แทนที่:</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">เชื่อถือ</translation>
    </message>
    <message>
        <source>This card is of {0}, another member state than yours ({1}). Trust it only if you expect bundles signed by this person.</source>
        <translation type="unfinished">บัตรนี้เป็นของ {0} ซึ่งเป็นประเทศสมาชิกอื่นที่ไม่ใช่ของคุณ ({1}) เชื่อถือเฉพาะเมื่อคุณคาดว่าจะได้รับชุดข้อมูลที่บุคคลนี้ลงนาม</translation>
    </message>
    <message>
        <source>I trust a card of another member state</source>
        <translation type="unfinished">ฉันเชื่อถือบัตรของประเทศสมาชิกอื่น</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">บทบาท</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">เมือง</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Vouched for by</source>
        <translation type="unfinished">รับรองโดย</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">ทะเบียนความเชื่อถือ</translation>
    </message>
    <message>
        <source>Bundles and review notes are accepted only when signed by a key listed here. City keys “vouched for by” a National Representative came with that NR&apos;s national bundle; they are trusted as long as the NR&apos;s own key is.</source>
        <translation type="unfinished">ชุดข้อมูลและบันทึกการพิจารณาจะได้รับก็ต่อเมื่อลงนามด้วยกุญแจที่อยู่ในรายการนี้ กุญแจของเมืองที่ “รับรองโดย” ผู้แทนระดับชาติมาพร้อมชุดข้อมูลระดับชาติของผู้แทนนั้น และได้รับความเชื่อถือตราบที่กุญแจของผู้แทนระดับชาติยังได้รับความเชื่อถือ</translation>
    </message>
    <message>
        <source>Add identity card…</source>
        <translation type="unfinished">เพิ่มบัตรประจำตัว…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished">เพิกถอน…</translation>
    </message>
    <message>
        <source>revoked from {0:%Y-%m-%d %H:%M} UTC: {1}</source>
        <translation type="unfinished">เพิกถอนตั้งแต่ {0:%Y-%m-%d %H:%M} UTC: {1}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished">เชื่อถือ</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation type="unfinished">เพิ่มบัตรประจำตัว</translation>
    </message>
    <message>
        <source>Identity cards (*.json);;All files (*)</source>
        <translation type="unfinished">บัตรประจำตัว (*.json);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>untitled project</source>
        <translation type="unfinished">โครงการที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>edit “{0}” of “{1}”</source>
        <translation type="unfinished">แก้ไข “{0}” ของ “{1}”</translation>
    </message>
    <message>
        <source>add a row to “{0}” of “{1}”</source>
        <translation type="unfinished">เพิ่มแถวใน “{0}” ของ “{1}”</translation>
    </message>
    <message>
        <source>remove “{0}” from “{1}” of “{2}”</source>
        <translation type="unfinished">ลบ “{0}” ออกจาก “{1}” ของ “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” in “{1}” of “{2}”</source>
        <translation type="unfinished">แก้ไข “{0}” ใน “{1}” ของ “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” for {1} of indicator “{2}” of “{3}”</source>
        <translation type="unfinished">แก้ไข “{0}” ปี {1} ของตัวชี้วัด “{2}” ของ “{3}”</translation>
    </message>
    <message>
        <source>add project “{0}”</source>
        <translation type="unfinished">เพิ่มโครงการ “{0}”</translation>
    </message>
    <message>
        <source>delete project “{0}”</source>
        <translation type="unfinished">ลบโครงการ “{0}”</translation>
    </message>
    <message>
        <source>delete {0} projects</source>
        <translation type="unfinished">ลบ {0} โครงการ</translation>
    </message>
    <message>
        <source>edit “{0}” of the plan</source>
        <translation type="unfinished">แก้ไข “{0}” ของแผน</translation>
    </message>
    <message>
        <source>mark the plan final</source>
        <translation type="unfinished">ทำเครื่องหมายว่าแผนเป็นฉบับสุดท้าย</translation>
    </message>
    <message>
        <source>reopen the plan as a draft</source>
        <translation type="unfinished">เปิดแผนอีกครั้งเป็นฉบับร่าง</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished">เปิดโฟลเดอร์บันทึกการทำงาน</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation type="unfinished">คู่มือผู้ใช้ {0}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished">คู่มือผู้ใช้</translation>
    </message>
</context>
<context>
    <name>WorkbookFeature</name>
    <message>
        <source>Export Excel &amp;template…</source>
        <translation type="unfinished">ส่งออกแม่แบบ Excel(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook to fill in offline</source>
        <translation type="unfinished">เขียนแผนเป็นสมุดงาน Excel เพื่อกรอกแบบออฟไลน์</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation type="unfinished">นำเข้าจาก Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Read a filled-in plan workbook; you see every change before it is saved</source>
        <translation type="unfinished">อ่านสมุดงานแผนที่กรอกแล้ว คุณจะเห็นทุกการเปลี่ยนแปลงก่อนบันทึก</translation>
    </message>
    <message>
        <source>Choose a plan first (Plans page), then try again.</source>
        <translation type="unfinished">เลือกแผนก่อน (หน้าแผน) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">กำลังอ่านแผน…</translation>
    </message>
    <message>
        <source>Export Excel template</source>
        <translation type="unfinished">ส่งออกแม่แบบ Excel</translation>
    </message>
    <message>
        <source>Include the plan&apos;s {0} in the template, or write an empty template whose rows are added to the plan on import?</source>
        <translation type="unfinished">ใส่{0}ของแผนในแม่แบบ หรือเขียนแม่แบบว่างซึ่งแถวต่าง ๆ จะถูกเพิ่มลงในแผนเมื่อนำเข้า</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation type="unfinished">พร้อมแผน</translation>
    </message>
    <message>
        <source>Empty template</source>
        <translation type="unfinished">แม่แบบว่าง</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the Excel template {0}</source>
        <translation type="unfinished">เขียนแม่แบบ Excel {0} แล้ว</translation>
    </message>
    <message>
        <source>Writing the Excel template…</source>
        <translation type="unfinished">กำลังเขียนแม่แบบ Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished">นำเข้าจาก Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished">สมุดงาน Excel (*.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation type="unfinished">กำลังอ่านสมุดงาน…</translation>
    </message>
    <message>
        <source>Import from Excel ({0})</source>
        <translation type="unfinished">นำเข้าจาก Excel ({0})</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished">นำเข้า {0}: {1}</translation>
    </message>
    <message>
        <source>The plan was final and is a draft again; mark it final when it is ready.</source>
        <translation type="unfinished">แผนเคยเป็นฉบับสมบูรณ์และกลับเป็นฉบับร่างอีกครั้ง ทำเครื่องหมายเป็นฉบับสมบูรณ์เมื่อพร้อม</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation type="unfinished">กำลังนำเข้าสมุดงาน…</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>Burmese in the Zawgyi encoding</source>
        <translation type="unfinished">ภาษาพม่าในรหัส Zawgyi</translation>
    </message>
    <message>
        <source>This text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)</source>
        <translation type="unfinished">ข้อความนี้ดูเหมือนภาษาพม่าที่พิมพ์ด้วยรหัส Zawgyi ซึ่งคอมพิวเตอร์อื่นและ PDF จะแสดงผิดเพี้ยน แปลงเป็น Unicode หรือไม่ (บันทึกเป็น Unicode เท่านั้น)</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Your signing identity is ready</source>
        <translation type="unfinished">ข้อมูลประจำตัวผู้ลงนามของคุณพร้อมแล้ว</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Receivers will ask you to read it out by phone before they trust your bundles. Export your identity card (here, or later from Tools → Signing identity…) and send it to them.</source>
        <translation type="unfinished">นี่คือลายนิ้วมือกุญแจของคุณ ผู้รับจะขอให้คุณอ่านให้ฟังทางโทรศัพท์ก่อนเชื่อถือชุดข้อมูลของคุณ ส่งออกบัตรประจำตัวของคุณ (ที่นี่ หรือภายหลังจาก เครื่องมือ → ข้อมูลประจำตัวผู้ลงนาม…) แล้วส่งให้พวกเขา</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">ส่งออกบัตรประจำตัว…</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Protect your key</source>
        <translation type="unfinished">ปกป้องกุญแจของคุณ</translation>
    </message>
    <message>
        <source>Your private key is stored only encrypted with this passphrase. Nobody can recover it if you forget it.</source>
        <translation type="unfinished">กุญแจส่วนตัวของคุณถูกเก็บไว้โดยเข้ารหัสด้วยวลีรหัสผ่านนี้เท่านั้น ไม่มีใครกู้คืนได้หากคุณลืม</translation>
    </message>
    <message>
        <source>Creating your key…</source>
        <translation type="unfinished">กำลังสร้างกุญแจของคุณ…</translation>
    </message>
</context>
<context>
    <name>_WhoPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished">คุณคือใคร</translation>
    </message>
    <message>
        <source>Your identity card tells receivers who signed a bundle.</source>
        <translation type="unfinished">บัตรประจำตัวของคุณบอกผู้รับว่าใครลงนามชุดข้อมูล</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">ชื่อเต็ม</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished">ชื่อเต็ม(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">บทบาท(&amp;R):</translation>
    </message>
    <message>
        <source>Member &amp;state:</source>
        <translation type="unfinished">ประเทศสมาชิก(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">เมือง(&amp;C):</translation>
    </message>
    <message>
        <source>(none: national or secretariat role)</source>
        <translation type="unfinished">(ไม่มี: บทบาทระดับชาติหรือสำนักเลขาธิการ)</translation>
    </message>
</context>
</TS>
