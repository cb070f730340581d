<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- COMPLETE DRAFT: every entry translated by non-native speakers; draft translations awaiting review by native speakers, every entry marked type="unfinished" until a reviewer clears the flag. -->
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>in use</source>
        <translation type="unfinished">sedang dipakai</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it, and there is no backup of it; keep the file for support.</source>
        <translation type="unfinished">Penyimpanan {0} rusak sehingga tidak ada yang ditulis ke dalamnya, dan tidak ada cadangannya; simpan berkas ini untuk tim dukungan.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it.</source>
        <translation type="unfinished">Penyimpanan {0} rusak sehingga tidak ada yang ditulis ke dalamnya.</translation>
    </message>
    <message>
        <source>Restoring puts the backup in its place after checking it; the damaged file is kept next to it for support.</source>
        <translation type="unfinished">Pemulihan menaruh cadangan di tempatnya setelah memeriksanya; berkas yang rusak disimpan di sebelahnya untuk tim dukungan.</translation>
    </message>
    <message>
        <source>Restore the backup of {0}</source>
        <translation type="unfinished">Pulihkan cadangan {0}</translation>
    </message>
    <message>
        <source>The backup of {0} was restored; the damaged store was kept as {1}.</source>
        <translation type="unfinished">Cadangan {0} telah dipulihkan; penyimpanan yang rusak disimpan sebagai {1}.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The offline desktop application of the ASEAN Smart Cities Network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Profile folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;If something goes wrong, Help → Copy diagnostic information and the log folder&apos;s files are what support asks for.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Aplikasi desktop luring Jejaring Kota Cerdas ASEAN.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Penyimpanan:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Folder profil:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Folder log:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;Jika terjadi masalah, tim dukungan akan meminta hasil Bantuan → Salin informasi diagnostik dan berkas-berkas di folder log.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation type="unfinished">Informasi diagnostik telah disalin: tempelkan ke pesan Anda untuk tim dukungan.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished">&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished">&amp;Tentang {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished">Tentang {0}</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished">&amp;Salin informasi diagnostik</translation>
    </message>
    <message>
        <source>Version, system, store schema and folders, for support (no keys, no passphrases)</source>
        <translation type="unfinished">Versi, sistem, skema penyimpanan dan folder, untuk tim dukungan (tanpa kunci, tanpa frasa sandi)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished">Buka folder &amp;log</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Telusuri…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished">Pilih folder</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished">Laporan tahunan</translation>
    </message>
    <message>
        <source>Include local plans of cities that sent none</source>
        <translation type="unfinished">Sertakan rencana lokal kota yang belum mengirim rencana</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Siklus perencanaan</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished">Tahun pelaporan</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Folder</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished">Tulis laporan</translation>
    </message>
    <message>
        <source>Choose the folder for the report.</source>
        <translation type="unfinished">Pilih folder untuk laporan.</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation type="unfinished">Menulis laporan tahunan…</translation>
    </message>
    <message>
        <source>The annual report was written:
{0}
{1}</source>
        <translation type="unfinished">Laporan tahunan telah ditulis:
{0}
{1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished">Tidak ada data</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Anggaran</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">Mata uang</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished">&amp;Anggaran</translation>
    </message>
    <message>
        <source>Budget in US dollars (optional)</source>
        <translation type="unfinished">Anggaran dalam dolar AS (opsional)</translation>
    </message>
    <message>
        <source>USD &amp;equivalent</source>
        <translation type="unfinished">Setara &amp;USD</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Jumlah</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation type="unfinished">Tambah sumber pendanaan</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Sumber pendanaan</translation>
    </message>
    <message>
        <source>Seeks a private-sector solution provider</source>
        <translation type="unfinished">Mencari penyedia solusi dari sektor swasta</translation>
    </message>
    <message>
        <source>What the private sector is sought for</source>
        <translation type="unfinished">Untuk apa sektor swasta dicari</translation>
    </message>
    <message>
        <source>What solution or service is sought, and on what terms</source>
        <translation type="unfinished">Solusi atau layanan apa yang dicari, dan dengan syarat apa</translation>
    </message>
    <message>
        <source>Private-sector &amp;need</source>
        <translation type="unfinished">Kebutuhan sektor &amp;swasta</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">Mitra eksternal</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— tidak ada —</translation>
    </message>
    <message>
        <source>External &amp;partner</source>
        <translation type="unfinished">Mitra &amp;eksternal</translation>
    </message>
    <message>
        <source>Funding total: {0}</source>
        <translation type="unfinished">Total pendanaan: {0}</translation>
    </message>
    <message>
        <source> of a budget of {0}</source>
        <translation type="unfinished"> dari anggaran {0}</translation>
    </message>
    <message>
        <source> — more than the budget</source>
        <translation type="unfinished"> — melebihi anggaran</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate national bundle</source>
        <translation type="unfinished">Konsolidasi bundel nasional</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished">belum ada</translation>
    </message>
    <message>
        <source>The accepted plans of {0} ({1}) go into one bundle signed by you, with the national summary (Excel and PDF) and your endorsement note.</source>
        <translation type="unfinished">Rencana {0} ({1}) yang disetujui masuk ke satu bundel yang Anda tandatangani, bersama ringkasan nasional (Excel dan PDF) dan catatan pengesahan Anda.</translation>
    </message>
    <message>
        <source>Endorsement note</source>
        <translation type="unfinished">Catatan pengesahan</translation>
    </message>
    <message>
        <source>Reading the accepted plans…</source>
        <translation type="unfinished">Membaca rencana yang disetujui…</translation>
    </message>
    <message>
        <source>Folder for the national bundle</source>
        <translation type="unfinished">Folder untuk bundel nasional</translation>
    </message>
    <message>
        <source>Choose the folder for the national bundle.</source>
        <translation type="unfinished">Pilih folder untuk bundel nasional.</translation>
    </message>
    <message>
        <source>Endorsement note:</source>
        <translation type="unfinished">Catatan pengesahan:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished">Simpan di:</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation type="unfinished">Tandatangani dan simpan</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation type="unfinished">Mengonsolidasi…</translation>
    </message>
</context>
<context>
    <name>EditorFeature</name>
    <message>
        <source>Project</source>
        <translation type="unfinished">Rincian proyek</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished">Cek kesiapan</translation>
    </message>
    <message>
        <source>Check &amp;readiness</source>
        <translation type="unfinished">Periksa &amp;kesiapan</translation>
    </message>
    <message>
        <source>List what must be fixed before the plan can be marked final</source>
        <translation type="unfinished">Daftar hal yang harus diperbaiki sebelum rencana dapat ditandai final</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel — {0}</source>
        <translation type="unfinished">Impor dari Excel — {0}</translation>
    </message>
    <message>
        <source>The workbook has a problem. Fix this cell in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">Buku kerja memiliki satu masalah. Perbaiki sel ini di buku kerja lalu impor lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The workbook has {0} problems. Fix these cells in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">Buku kerja memiliki {0} masalah. Perbaiki sel-sel ini di buku kerja lalu impor lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The workbook matches the plan; there is nothing to import.</source>
        <translation type="unfinished">Buku kerja sama dengan rencana; tidak ada yang perlu diimpor.</translation>
    </message>
    <message>
        <source>Check the changes below, then apply them to the plan (Edit › Undo takes them back).</source>
        <translation type="unfinished">Periksa perubahan di bawah ini, lalu terapkan pada rencana (Sunting › Urungkan akan membatalkannya).</translation>
    </message>
    <message>
        <source>Problems in the workbook</source>
        <translation type="unfinished">Masalah dalam buku kerja</translation>
    </message>
    <message>
        <source>Problems (sheet!cell):</source>
        <translation type="unfinished">Masalah (lembar!sel):</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation type="unfinished">Perubahan yang dibuat oleh impor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Perubahan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">Sesudah</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished">Catatan:</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation type="unfinished">&amp;Ubah ke Unicode</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation type="unfinished">&amp;Terapkan pada rencana</translation>
    </message>
    <message>
        <source>One text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {0}. Convert it to Unicode to import the workbook.</source>
        <translation type="unfinished">Satu teks tampaknya bahasa Burma yang diketik dengan pengodean Zawgyi, yang tampil rusak di komputer lain dan di PDF: {0}. Ubah ke Unicode untuk mengimpor buku kerja.</translation>
    </message>
    <message>
        <source>{0} texts look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {1}. Convert them to Unicode to import the workbook.</source>
        <translation type="unfinished">{0} teks tampaknya bahasa Burma yang diketik dengan pengodean Zawgyi, yang tampil rusak di komputer lain dan di PDF: {1}. Ubah ke Unicode untuk mengimpor buku kerja.</translation>
    </message>
    <message>
        <source>{0} added ({1})</source>
        <translation type="unfinished">{0} ditambahkan ({1})</translation>
    </message>
    <message>
        <source>{0} changed ({1})</source>
        <translation type="unfinished">{0} diubah ({1})</translation>
    </message>
    <message>
        <source>{0} removed ({1})</source>
        <translation type="unfinished">{0} dihapus ({1})</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">Rincian rencana</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>Export data for other systems</source>
        <translation type="unfinished">Ekspor data untuk sistem lain</translation>
    </message>
    <message>
        <source>JSON (one file)</source>
        <translation type="unfinished">JSON (satu berkas)</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation type="unfinished">CSV (satu berkas per tabel)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Buku kerja Excel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Ekspor</translation>
    </message>
    <message>
        <source>Choose the folder for the data files.</source>
        <translation type="unfinished">Pilih folder untuk berkas data.</translation>
    </message>
    <message>
        <source>Exporting data…</source>
        <translation type="unfinished">Mengekspor data…</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation type="unfinished">{0} ditulis ke {1}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed bundle</source>
        <translation type="unfinished">Ekspor bundel bertanda tangan</translation>
    </message>
    <message>
        <source>{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the PDF report, signed by {3}.</source>
        <translation type="unfinished">{0} — {1}, siklus {2}. Bundel berisi plan.json, buku kerja Excel, dan laporan PDF, ditandatangani oleh {3}.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished">Folder untuk bundel</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle.</source>
        <translation type="unfinished">Pilih folder untuk bundel.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Folder</translation>
    </message>
    <message>
        <source>Export it as a &amp;draft anyway (receivers will see “Draft”)</source>
        <translation type="unfinished">Tetap ekspor sebagai &amp;draf (penerima akan melihat “Draf”)</translation>
    </message>
    <message>
        <source>…and {0} more on the Readiness page.</source>
        <translation type="unfinished">…dan {0} lagi di halaman Kesiapan.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished">&amp;Folder:</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Membaca rencana…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Ekspor</translation>
    </message>
    <message>
        <source>Export as draft</source>
        <translation type="unfinished">Ekspor sebagai draf</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished">Ketik frasa sandi kunci penandatanganan Anda.</translation>
    </message>
    <message>
        <source>Tick “Export it as a draft anyway”, or mark the plan final first.</source>
        <translation type="unfinished">Centang “Tetap ekspor sebagai draf”, atau tandai rencana sebagai final terlebih dahulu.</translation>
    </message>
    <message>
        <source>Exporting the signed bundle…</source>
        <translation type="unfinished">Mengekspor bundel bertanda tangan…</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Signed bundle saved</source>
        <translation type="unfinished">Bundel bertanda tangan tersimpan</translation>
    </message>
    <message>
        <source>Revision {0} (new content).</source>
        <translation type="unfinished">Revisi {0} (isi baru).</translation>
    </message>
    <message>
        <source>Revision {0} (content unchanged since the last export).</source>
        <translation type="unfinished">Revisi {0} (isi tidak berubah sejak ekspor terakhir).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">Berkas:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">Revisi:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation type="unfinished">Ditandatangani dengan:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished">SHA-256:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Buka folder</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Validation message</source>
        <translation type="unfinished">Pesan validasi</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished">Selamat datang di {0}</translation>
    </message>
    <message>
        <source>Which ASCN city do you work for? The app opens that city&apos;s action plan. You can change this later; once you create a signing identity, it decides.</source>
        <translation type="unfinished">Untuk kota ASCN mana Anda bekerja? Aplikasi membuka rencana aksi kota tersebut. Anda dapat mengubahnya nanti; setelah Anda membuat identitas penandatangan, identitas itulah yang menentukan.</translation>
    </message>
    <message>
        <source>National Representative or Secretariat? Click Skip, then create your signing identity with Tools → Signing identity…; the app then shows your pages.</source>
        <translation type="unfinished">Perwakilan Nasional atau Sekretariat? Klik Lewati, lalu buat identitas penandatangan Anda lewat Alat → Identitas penandatangan…; aplikasi lalu menampilkan halaman Anda.</translation>
    </message>
    <message>
        <source>Find a city</source>
        <translation type="unfinished">Cari kota</translation>
    </message>
    <message>
        <source>Type a city name, e.g. da nang</source>
        <translation type="unfinished">Ketik nama kota, mis. da nang</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">Negara anggota</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation type="unfinished">&amp;Negara anggota:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Kota:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Lewati</translation>
    </message>
    <message>
        <source>No ASCN city matches &apos;{0}&apos;.</source>
        <translation type="unfinished">Tidak ada kota ASCN yang cocok dengan &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Pilih…</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Project code</source>
        <translation type="unfinished">Kode proyek</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished">&amp;Kode</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished">Judul proyek</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished">&amp;Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Deskripsi</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;Deskripsi</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Bidang fokus</translation>
    </message>
    <message>
        <source>— choose a focus area —</source>
        <translation type="unfinished">— pilih bidang fokus —</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation type="unfinished">&amp;Bidang fokus</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">Hasil strategis</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished">SDG</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished">Tahun mulai</translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished">Tahun selesai</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">sampai</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished">&amp;Tahun</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished">Status proyek</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">&amp;Status</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">Instansi utama</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished">&amp;Instansi utama</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished">Risiko</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished">&amp;Risiko</translation>
    </message>
    <message>
        <source>The end year is before the start year</source>
        <translation type="unfinished">Tahun selesai lebih awal dari tahun mulai</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your signing identity</source>
        <translation type="unfinished">Identitas penandatangan Anda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Nama:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">Peran:</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">Negara anggota:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Kota:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished">Sidik jari:</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">Ekspor kartu identitas…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Ganti frasa sandi…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Ganti frasa sandi</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation type="unfinished">Frasa sandi Anda saat ini:</translation>
    </message>
    <message>
        <source>Choose a new passphrase:</source>
        <translation type="unfinished">Pilih frasa sandi baru:</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Frasa sandi telah diganti.</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>Export identity card</source>
        <translation type="unfinished">Ekspor kartu identitas</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">Kartu identitas (*.json)</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished">Kartu identitas</translation>
    </message>
    <message>
        <source>Saved {0}. Send it to the receiver and read them the fingerprint by phone.</source>
        <translation type="unfinished">{0} tersimpan. Kirimkan ke penerima dan bacakan sidik jarinya lewat telepon.</translation>
    </message>
    <message>
        <source>Create your signing identity</source>
        <translation type="unfinished">Buat identitas penandatangan Anda</translation>
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
        <translation type="unfinished">Mengimpor bundel…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished">Hasil impor</translation>
    </message>
    <message>
        <source>{0} imported, {1} already here, {2} refused.</source>
        <translation type="unfinished">{0} diimpor, {1} sudah ada, {2} ditolak.</translation>
    </message>
    <message>
        <source> {0} not imported because you cancelled.</source>
        <translation type="unfinished"> {0} tidak diimpor karena Anda membatalkan.</translation>
    </message>
    <message>
        <source>Import results, one line per bundle</source>
        <translation type="unfinished">Hasil impor, satu baris per bundel</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Satuan</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Tahun dasar</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished">Nilai dasar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Tambah indikator</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">Indikator baru</translation>
    </message>
    <message>
        <source>Targets and actuals per year</source>
        <translation type="unfinished">Target dan realisasi per tahun</translation>
    </message>
    <message>
        <source>Choose an indicator above to enter its targets and actuals.</source>
        <translation type="unfinished">Pilih indikator di atas untuk mengisi target dan realisasinya.</translation>
    </message>
    <message>
        <source>Targets and actuals of “{0}” ({1})</source>
        <translation type="unfinished">Target dan realisasi “{0}” ({1})</translation>
    </message>
</context>
<context>
    <name>KeysFeature</name>
    <message>
        <source>Choose a plan first, then export it.</source>
        <translation type="unfinished">Pilih rencana terlebih dahulu, lalu ekspor.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished">Identitas penandatangan</translation>
    </message>
    <message>
        <source>Create your signing identity now? You need it to sign the plans and reviews you send; it takes a minute. You can also do it later with Tools → Signing identity…</source>
        <translation type="unfinished">Buat identitas penandatangan sekarang? Anda memerlukannya untuk menandatangani rencana dan tinjauan yang Anda kirim; hanya butuh satu menit. Anda juga bisa melakukannya nanti lewat Alat → Identitas penandatangan…</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished">&amp;Identitas penandatangan…</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished">&amp;Ekspor bundel bertanda tangan…</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">Daftar kepercayaan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Halaman</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished">&amp;Rencana</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished">&amp;Urungkan {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished">&amp;Ulangi {0}</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">T&amp;empel</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished">&amp;Pilih semua</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation type="unfinished">Penyimpanan: {0}</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished">Lokasi penyimpanan</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">Semua perubahan tersimpan</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished">Status penyimpanan</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}: {1}</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation type="unfinished">Tidak disimpan — {0}</translation>
    </message>
    <message>
        <source>All changes saved · last save {0}</source>
        <translation type="unfinished">Semua perubahan tersimpan · terakhir disimpan {0}</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation type="unfinished">Tenggat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished">Kuartal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% selesai</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished">Tambah tonggak capaian</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Due years must lie within the planning cycle.</source>
        <translation type="unfinished">Klik dua kali sel untuk mengubahnya. Tahun jatuh tempo harus berada dalam siklus perencanaan.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished">Tonggak capaian baru</translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished">Pemantauan</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished">Data referensi</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished">Laporan tahunan…</translation>
    </message>
    <message>
        <source>Write the ASCN annual progress report (PDF and Excel) from the imported plans</source>
        <translation type="unfinished">Menulis laporan kemajuan tahunan ASCN (PDF dan Excel) dari rencana yang diimpor</translation>
    </message>
    <message>
        <source>Export data for other systems…</source>
        <translation type="unfinished">Ekspor data untuk sistem lain…</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished">Semua negara</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">Semua bidang fokus</translation>
    </message>
    <message>
        <source>Include local plans</source>
        <translation type="unfinished">Sertakan rencana lokal</translation>
    </message>
    <message>
        <source>Also count the local plan of cities that sent no plan (demo stores).</source>
        <translation type="unfinished">Hitung juga rencana lokal kota yang tidak mengirim rencana (penyimpanan demo).</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">Siklus</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Tahun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Bidang fokus</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">Kelengkapan</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Proyek</translation>
    </message>
    <message>
        <source>Network growth</source>
        <translation type="unfinished">Pertumbuhan jejaring</translation>
    </message>
    <message>
        <source>Reported projects</source>
        <translation type="unfinished">Proyek yang dilaporkan</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation type="unfinished">Tonggak capaian terlambat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Pendanaan</translation>
    </message>
    <message>
        <source>Private partners sought</source>
        <translation type="unfinished">Mitra swasta yang dicari</translation>
    </message>
    <message>
        <source>External partners</source>
        <translation type="unfinished">Mitra eksternal</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished">Semua proyek</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished">Semua kota</translation>
    </message>
    <message>
        <source>1 project seeks</source>
        <translation type="unfinished">1 proyek mencari</translation>
    </message>
    <message>
        <source>{0:,} projects seek</source>
        <translation type="unfinished">{0:,} proyek mencari</translation>
    </message>
    <message>
        <source>{0} of {1} reported on {2} ({3} on time, {4} late); {5}; {6} overdue on {7}; {8} of {9} behind target; {10} a private-sector partner.</source>
        <translation type="unfinished">{0} dari {1} melapor pada {2} ({3} tepat waktu, {4} terlambat); {5}; {6} terlambat per {7}; {8} dari {9} di bawah target; {10} mitra sektor swasta.</translation>
    </message>
    <message>
        <source>Cities by reporting state, per country</source>
        <translation type="unfinished">Kota menurut status pelaporan, per negara</translation>
    </message>
    <message>
        <source>Projects by focus area and status</source>
        <translation type="unfinished">Proyek menurut bidang fokus dan status</translation>
    </message>
    <message>
        <source>Milestones overdue, per country</source>
        <translation type="unfinished">Tonggak capaian terlambat, per negara</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Terlambat</translation>
    </message>
    <message>
        <source>Indicators on track and behind target, per country</source>
        <translation type="unfinished">Indikator sesuai dan di bawah target, per negara</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">Sesuai target</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished">Di bawah target</translation>
    </message>
    <message>
        <source>Funding by type, USD equivalent (where given)</source>
        <translation type="unfinished">Pendanaan menurut jenis, setara USD (jika ada)</translation>
    </message>
    <message>
        <source>Projects paired with each external partner</source>
        <translation type="unfinished">Proyek per mitra eksternal</translation>
    </message>
</context>
<context>
    <name>NationalResultDialog</name>
    <message>
        <source>National bundle saved</source>
        <translation type="unfinished">Bundel nasional tersimpan</translation>
    </message>
    <message>
        <source>{0}, signed by you: {1}.</source>
        <translation type="unfinished">{0}, ditandatangani oleh Anda: {1}.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">Berkas:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Buka folder</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Frasa sandi</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished">&amp;Frasa sandi baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished">Terlalu pendek: minimal {0} karakter.</translation>
    </message>
    <message>
        <source>Weak: too easy to guess; use several uncommon words.</source>
        <translation type="unfinished">Lemah: terlalu mudah ditebak; gunakan beberapa kata yang tidak umum.</translation>
    </message>
    <message>
        <source>Fair: a longer phrase is stronger.</source>
        <translation type="unfinished">Cukup: frasa yang lebih panjang lebih kuat.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">Kuat.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">Kedua frasa sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Siklus perencanaan</translation>
    </message>
    <message>
        <source>&amp;Planning cycle:</source>
        <translation type="unfinished">&amp;Siklus perencanaan:</translation>
    </message>
    <message>
        <source>Open readiness check</source>
        <translation type="unfinished">Buka pemeriksaan kesiapan</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished">Buat rencana</translation>
    </message>
    <message>
        <source>Choose your city…</source>
        <translation type="unfinished">Pilih kota Anda…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished">Judul rencana</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished">Pernyataan visi</translation>
    </message>
    <message>
        <source>Blueprint the plan derives from</source>
        <translation type="unfinished">Cetak biru yang menjadi dasar rencana</translation>
    </message>
    <message>
        <source>The city&apos;s existing blueprint or master plan</source>
        <translation type="unfinished">Cetak biru atau rencana induk kota yang sudah ada</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">Status rencana</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Draf</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Final</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished">&amp;Visi:</translation>
    </message>
    <message>
        <source>&amp;Blueprint:</source>
        <translation type="unfinished">&amp;Cetak biru:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished">Bidang fokus</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">Hasil strategis</translation>
    </message>
    <message>
        <source>Start plan for next cycle…</source>
        <translation type="unfinished">Mulai rencana siklus berikutnya…</translation>
    </message>
    <message>
        <source>No city chosen</source>
        <translation type="unfinished">Belum ada kota yang dipilih</translation>
    </message>
    <message>
        <source>Choose the city you work for to start its action plan. National Representatives and Secretariat staff: create your signing identity with Tools → Signing identity… instead.</source>
        <translation type="unfinished">Pilih kota tempat Anda bekerja untuk memulai rencana aksinya. Perwakilan Nasional dan staf Sekretariat: sebagai gantinya, buat identitas penandatangan lewat Alat → Identitas penandatangan….</translation>
    </message>
    <message>
        <source>{0} has no action plan yet for the {1} planning cycle.</source>
        <translation type="unfinished">{0} belum memiliki rencana aksi untuk siklus perencanaan {1}.</translation>
    </message>
    <message>
        <source>Start from the {0} plan</source>
        <translation type="unfinished">Mulai dari rencana {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation type="unfinished"> oleh {0}</translation>
    </message>
    <message>
        <source> · sample data</source>
        <translation type="unfinished"> · data contoh</translation>
    </message>
    <message>
        <source> · started from the previous cycle&apos;s plan</source>
        <translation type="unfinished"> · dimulai dari rencana siklus sebelumnya</translation>
    </message>
    <message>
        <source>{0} · revision {1} · last edited {2}{3}{4}{5}</source>
        <translation type="unfinished">{0} · revisi {1} · terakhir disunting {2}{3}{4}{5}</translation>
    </message>
    <message>
        <source>Revision {0} was returned by {1}: {2}</source>
        <translation type="unfinished">Revisi {0} dikembalikan oleh {1}: {2}</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished">peninjau</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">Kesiapan: {0}</translation>
    </message>
    <message>
        <source>A plan needs a title; the previous title is kept.</source>
        <translation type="unfinished">Rencana memerlukan judul; judul sebelumnya tetap dipakai.</translation>
    </message>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">Tidak disimpan: ubah teks Zawgyi ke Unicode terlebih dahulu.</translation>
    </message>
    <message>
        <source>Start plan for next cycle</source>
        <translation type="unfinished">Mulai rencana siklus berikutnya</translation>
    </message>
    <message>
        <source>Start the {0} plan from this one? Projects that are not completed or cancelled are carried over and marked as such; this plan stays as it is.</source>
        <translation type="unfinished">Mulai rencana {0} dari rencana ini? Proyek yang belum selesai atau dibatalkan dibawa ke rencana baru dan ditandai demikian; rencana ini tetap seperti apa adanya.</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation type="unfinished">Ikhtisar rencana</translation>
    </message>
    <message>
        <source>Change my &amp;city…</source>
        <translation type="unfinished">&amp;Ganti kota saya…</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>{0} — plan {1}, revision {2} (read only)</source>
        <translation type="unfinished">{0} — rencana {1}, revisi {2} (hanya baca)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Ikhtisar</translation>
    </message>
    <message>
        <source>Projects ({0})</source>
        <translation type="unfinished">Proyek ({0})</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished">Buka &amp;PDF</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Membaca rencana…</translation>
    </message>
    <message>
        <source>Open the PDF the city signed, exactly as it is in the bundle</source>
        <translation type="unfinished">Buka PDF yang ditandatangani kota, persis seperti di dalam bundel</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">&amp;Setujui…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>Draft: the city has not marked this plan final. Accepting a draft is your explicit choice.</source>
        <translation type="unfinished">Draf: kota belum menandai rencana ini final. Menyetujui draf adalah pilihan Anda secara sadar.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished">Belum ditinjau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">Disetujui</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">Dikembalikan</translation>
    </message>
    <message>
        <source>Review: {0}.</source>
        <translation type="unfinished">Tinjauan: {0}.</translation>
    </message>
    <message>
        <source>A newer revision has been imported; decide on that one.</source>
        <translation type="unfinished">Revisi yang lebih baru telah diimpor; putuskan pada revisi itu.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Draf</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Kota:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished">Judul:</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished">Siklus:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">Revisi:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation type="unfinished">Visi:</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation type="unfinished">Berdasarkan:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">Bidang fokus:</translation>
    </message>
    <message>
        <source>Strategic outcomes:</source>
        <translation type="unfinished">Hasil strategis:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished">Proyek:</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished">1 proyek</translation>
    </message>
    <message>
        <source>{0} projects</source>
        <translation type="unfinished">{0} proyek</translation>
    </message>
    <message>
        <source>No projects: this plan is not ready.</source>
        <translation type="unfinished">Tidak ada proyek: rencana ini belum siap.</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished">Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished">Diimpor:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(tidak ada)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Judul</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Bidang fokus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">Tahun</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Anggaran</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Tenggat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Satuan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Dasar</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Target</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation type="unfinished">Realisasi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Sumber</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Jumlah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Rincian</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Pendanaan</translation>
    </message>
    <message>
        <source>This plan has no projects. A plan without projects is not ready; return it with a reason.</source>
        <translation type="unfinished">Rencana ini tidak memiliki proyek. Rencana tanpa proyek belum siap; kembalikan dengan alasan.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(tanpa deskripsi)</translation>
    </message>
    <message>
        <source>Lead agency: {0}</source>
        <translation type="unfinished">Instansi utama: {0}</translation>
    </message>
    <message>
        <source>SDGs: {0}</source>
        <translation type="unfinished">SDG: {0}</translation>
    </message>
    <message>
        <source>External partner: {0}</source>
        <translation type="unfinished">Mitra eksternal: {0}</translation>
    </message>
    <message>
        <source>Seeks a private-sector partner: {0}</source>
        <translation type="unfinished">Mencari mitra sektor swasta: {0}</translation>
    </message>
    <message>
        <source>Risks: {0}</source>
        <translation type="unfinished">Risiko: {0}</translation>
    </message>
    <message>
        <source>Budget in USD: {0}</source>
        <translation type="unfinished">Anggaran dalam USD: {0}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">Revisi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Diimpor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Tinjauan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Alasan</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">&amp;Bandingkan revisi…</translation>
    </message>
    <message>
        <source>Every revision of this plan imported here, newest first.</source>
        <translation type="unfinished">Setiap revisi rencana ini yang diimpor ke sini, terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>Only this revision has been imported; Compare needs two.</source>
        <translation type="unfinished">Baru revisi ini yang diimpor; Bandingkan memerlukan dua revisi.</translation>
    </message>
</context>
<context>
    <name>PlansBrowser</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Proyek</translation>
    </message>
    <message>
        <source>No plans yet: import the bundles you received with File → Import bundles…, or drop them on this window.</source>
        <translation type="unfinished">Belum ada rencana: impor bundel yang Anda terima lewat Berkas → Impor bundel…, atau seret ke jendela ini.</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished">final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished">draf</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} · revision {4}</source>
        <translation type="unfinished">{0}
{1} · {2} · {3} · revisi {4}</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished">Semua rencana</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Tahun</translation>
    </message>
    <message>
        <source>What happened this year</source>
        <translation type="unfinished">Apa yang terjadi tahun ini</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Catatan kemajuan</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished">Tambah catatan kemajuan</translation>
    </message>
    <message>
        <source>One note per year of the cycle: what was done, what slipped and why.</source>
        <translation type="unfinished">Satu catatan per tahun siklus: apa yang sudah dikerjakan, apa yang tertunda, dan mengapa.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Choose a project on the Projects page to edit it here.</source>
        <translation type="unfinished">Pilih proyek di halaman Proyek untuk menyuntingnya di sini.</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished">Hapus proyek…</translation>
    </message>
    <message>
        <source>Delete this project</source>
        <translation type="unfinished">Hapus proyek ini</translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished">Umum</translation>
    </message>
    <message>
        <source>Budget and partners</source>
        <translation type="unfinished">Anggaran dan mitra</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Catatan kemajuan</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation type="unfinished">Peninjau: {0}</translation>
    </message>
    <message>
        <source>Planning cycle {0}–{1}</source>
        <translation type="unfinished">Siklus perencanaan {0}–{1}</translation>
    </message>
    <message>
        <source>carried over from the previous cycle</source>
        <translation type="unfinished">dibawa dari siklus sebelumnya</translation>
    </message>
    <message>
        <source>Readiness: {0} — {1}</source>
        <translation type="unfinished">Kesiapan: {0} — {1}</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">Kesiapan: {0}</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">Hapus proyek</translation>
    </message>
    <message>
        <source>Delete the project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Hapus proyek &apos;{0}&apos;? Anda dapat membatalkannya lewat Sunting → Urungkan.</translation>
    </message>
</context>
<context>
    <name>ProjectEditorForm</name>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">Tidak disimpan: ubah teks Zawgyi ke Unicode terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished">Saring proyek</translation>
    </message>
    <message>
        <source>Find projects (code, title, agency, description)…</source>
        <translation type="unfinished">Cari proyek (kode, judul, instansi, deskripsi)…</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished">Saring menurut bidang fokus</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">Semua bidang fokus</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Saring menurut status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Semua status</translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished">Dari tahun</translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished">Sampai tahun</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">Mencari mitra swasta</translation>
    </message>
    <message>
        <source>Only projects seeking a private partner</source>
        <translation type="unfinished">Hanya proyek yang mencari mitra swasta</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished">&amp;Tahun:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Proyek</translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished">Semua</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">Proyek &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished">&amp;Hapus proyek</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation type="unfinished">&amp;Cari proyek</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished">B&amp;uka proyek</translation>
    </message>
    <message>
        <source>No plan open: create one on the Plan overview page.</source>
        <translation type="unfinished">Tidak ada rencana yang terbuka: buat rencana di halaman Ikhtisar rencana.</translation>
    </message>
    <message>
        <source>Projects · {0}</source>
        <translation type="unfinished">Proyek · {0}</translation>
    </message>
    <message>
        <source>{0:,} of {1}</source>
        <translation type="unfinished">{0:,} dari {1}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished">Proyek baru</translation>
    </message>
    <message>
        <source>Delete project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Hapus proyek &apos;{0}&apos;? Anda dapat membatalkannya lewat Sunting → Urungkan.</translation>
    </message>
    <message>
        <source>Delete {0} projects? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">Hapus {0} proyek? Anda dapat membatalkannya lewat Sunting → Urungkan.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">Hapus proyek</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Judul</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">Bidang fokus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">Tahun</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Anggaran</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">Instansi utama</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">Mencari mitra swasta</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation type="unfinished">Anggaran (USD)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">Mitra eksternal</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished">Dibawa dari siklus sebelumnya</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished">&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished">&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished">&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">Sembunyikan rincian...</translation>
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
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Pilih semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished">Periksa lagi</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished">Temuan kesiapan</translation>
    </message>
    <message>
        <source>Errors must be fixed before the plan can be marked final or exported; warnings are worth a look. Click a finding to go to the field.</source>
        <translation type="unfinished">Kesalahan harus diperbaiki sebelum rencana dapat ditandai final atau diekspor; peringatan layak diperhatikan. Klik temuan untuk menuju ke isiannya.</translation>
    </message>
    <message>
        <source>No plan chosen yet.</source>
        <translation type="unfinished">Belum ada rencana yang dipilih.</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation type="unfinished">Memeriksa rencana…</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished">{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Peringatan</translation>
    </message>
</context>
<context>
    <name>ReceiveFeature</name>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">Impor bundel</translation>
    </message>
    <message>
        <source>ASCN bundles and reference packs (*.ascn *.ascnref);;All files (*)</source>
        <translation type="unfinished">Bundel ASCN dan paket referensi (*.ascn *.ascnref);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">&amp;Impor bundel…</translation>
    </message>
    <message>
        <source>Verify and import signed bundles: city plans, national bundles, review notes</source>
        <translation type="unfinished">Verifikasi dan impor bundel bertanda tangan: rencana kota, bundel nasional, catatan tinjauan</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">Rencana masuk</translation>
    </message>
    <message>
        <source>Consolidate national bundle…</source>
        <translation type="unfinished">Konsolidasi bundel nasional…</translation>
    </message>
    <message>
        <source>Sign one bundle of the country&apos;s accepted city plans for the Secretariat</source>
        <translation type="unfinished">Tandatangani satu bundel berisi rencana kota yang disetujui negara ini untuk Sekretariat</translation>
    </message>
</context>
<context>
    <name>ReceivedPlansPage</name>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">Siklus</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">Revisi</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">Status rencana</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Diimpor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Tinjauan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Alasan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">Disetujui</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">Dikembalikan</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">Rencana masuk</translation>
    </message>
    <message>
        <source>Plans imported from cities. Double-click one to read it; accept it or return it with a reason. Import bundles with File → Import bundles… or by dropping them here.</source>
        <translation type="unfinished">Rencana yang diimpor dari kota. Klik dua kali untuk membacanya; setujui atau kembalikan dengan alasan. Impor bundel lewat Berkas → Impor bundel… atau seret ke sini.</translation>
    </message>
    <message>
        <source>Show earlier revisions</source>
        <translation type="unfinished">Tampilkan revisi sebelumnya</translation>
    </message>
    <message>
        <source>&amp;View plan…</source>
        <translation type="unfinished">&amp;Lihat rencana…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">&amp;Setujui…</translation>
    </message>
    <message>
        <source>&amp;Undo accept</source>
        <translation type="unfinished">Batalkan &amp;persetujuan</translation>
    </message>
    <message>
        <source>Take back the acceptance; possible until the plan is in a national bundle</source>
        <translation type="unfinished">Tarik kembali persetujuan; bisa dilakukan sampai rencana masuk ke bundel nasional</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">&amp;Bandingkan revisi…</translation>
    </message>
    <message>
        <source>No plan has been received yet.

Import the bundles the cities sent you with File → Import bundles… (Ctrl+I), or drop them on this window.</source>
        <translation type="unfinished">Belum ada rencana yang diterima.

Impor bundel yang dikirim kota-kota lewat Berkas → Impor bundel… (Ctrl+I), atau seret ke jendela ini.</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"> (sudah digantikan)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Draf</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Final</translation>
    </message>
    <message>
        <source>The city has not marked this plan final</source>
        <translation type="unfinished">Kota belum menandai rencana ini final</translation>
    </message>
    <message>
        <source>Accept revision {0} of the plan of {1}?</source>
        <translation type="unfinished">Setujui revisi {0} rencana {1}?</translation>
    </message>
    <message>
        <source>Accepted plans go into your national bundle. You can undo this until you consolidate.</source>
        <translation type="unfinished">Rencana yang disetujui masuk ke bundel nasional Anda. Anda dapat membatalkannya sampai Anda melakukan konsolidasi.</translation>
    </message>
    <message>
        <source>This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the plan of {1} anyway?</source>
        <translation type="unfinished">Rencana ini masih DRAF: kota belum menandainya final. Tetap setujui revisi {0} rencana {1}?</translation>
    </message>
    <message>
        <source>Accept the plan</source>
        <translation type="unfinished">Setujui rencana</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation type="unfinished">Setujui draf</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Setujui</translation>
    </message>
    <message>
        <source>Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.</source>
        <translation type="unfinished">Revisi {0} rencana {1} disetujui. Batalkan persetujuan dapat menariknya kembali sampai Anda melakukan konsolidasi.</translation>
    </message>
    <message>
        <source>The plan of {0} is no longer accepted; it waits for your decision again.</source>
        <translation type="unfinished">Rencana {0} tidak lagi disetujui; rencana itu kembali menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Returning the plan…</source>
        <translation type="unfinished">Mengembalikan rencana…</translation>
    </message>
    <message>
        <source>Returned the plan of {0}. The signed review note is {1}; send it to the city.</source>
        <translation type="unfinished">Rencana {0} telah dikembalikan. Catatan tinjauan bertanda tangan adalah {1}; kirimkan ke kota tersebut.</translation>
    </message>
    <message>
        <source>Plan returned</source>
        <translation type="unfinished">Rencana dikembalikan</translation>
    </message>
    <message>
        <source>The plan of {0} was returned. Send this signed review note to the city:</source>
        <translation type="unfinished">Rencana {0} telah dikembalikan. Kirimkan catatan tinjauan bertanda tangan ini ke kota tersebut:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Buka folder</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;Buka berkas terbaru</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished">Tidak ada berkas terbaru</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished">&amp;Hapus daftar berkas terbaru</translation>
    </message>
    <message>
        <source>Excel workbook, imported</source>
        <translation type="unfinished">Buku kerja Excel, diimpor</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">diimpor</translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished">ditulis</translation>
    </message>
    <message>
        <source>{0} is no longer there: it was moved, renamed or deleted.</source>
        <translation type="unfinished">{0} sudah tidak ada di sana: berkas dipindahkan, diganti namanya, atau dihapus.</translation>
    </message>
    <message>
        <source>{0} cannot be opened in this window.</source>
        <translation type="unfinished">{0} tidak dapat dibuka di jendela ini.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reading the reference data…</source>
        <translation type="unfinished">Membaca data referensi…</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">Negara anggota</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">Siklus perencanaan</translation>
    </message>
    <message>
        <source>Partner or programme</source>
        <translation type="unfinished">Mitra atau program</translation>
    </message>
    <message>
        <source>Changes in the next reference pack</source>
        <translation type="unfinished">Perubahan dalam paket referensi berikutnya</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation type="unfinished">Tandatangani dan ekspor…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished">Buang draf</translation>
    </message>
    <message>
        <source>Draft of the next reference pack (preview):</source>
        <translation type="unfinished">Draf paket referensi berikutnya (pratinjau):</translation>
    </message>
    <message>
        <source>What is uncertain about the record (optional)</source>
        <translation type="unfinished">Hal yang belum pasti tentang catatan ini (opsional)</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">Negara anggota:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Nama:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished">Nama dalam bahasa Inggris:</translation>
    </message>
    <message>
        <source>Name in local script:</source>
        <translation type="unfinished">Nama dalam aksara lokal:</translation>
    </message>
    <message>
        <source>Joined in:</source>
        <translation type="unfinished">Bergabung pada:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">Catatan:</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation type="unfinished">Tambah kota</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished">Kode:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished">Mata uang:</translation>
    </message>
    <message>
        <source>Joined ASEAN in:</source>
        <translation type="unfinished">Bergabung dengan ASEAN pada:</translation>
    </message>
    <message>
        <source>Add member state</source>
        <translation type="unfinished">Tambah negara anggota</translation>
    </message>
    <message>
        <source>One per line: CODE = Label</source>
        <translation type="unfinished">Satu per baris: KODE = Label</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation type="unfinished">Tahun pertama:</translation>
    </message>
    <message>
        <source>Last year:</source>
        <translation type="unfinished">Tahun terakhir:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished">Label:</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">Bidang fokus:</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished">Hasil:</translation>
    </message>
    <message>
        <source>Add cycle with its classification</source>
        <translation type="unfinished">Tambah siklus beserta klasifikasinya</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">Jenis:</translation>
    </message>
    <message>
        <source>Programme of:</source>
        <translation type="unfinished">Program dari:</translation>
    </message>
    <message>
        <source>Add partner or programme</source>
        <translation type="unfinished">Tambah mitra atau program</translation>
    </message>
    <message>
        <source>This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. What you add below goes into version {4}, which you sign and send to every profile.</source>
        <translation type="unfinished">Profil ini menyimpan data referensi versi {0}: {1} negara anggota, {2} kota, siklus perencanaan {3}. Yang Anda tambahkan di bawah masuk ke versi {4}, yang Anda tandatangani dan kirim ke setiap profil.</translation>
    </message>
    <message>
        <source>(not a programme)</source>
        <translation type="unfinished">(bukan program)</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation type="unfinished">Belum ada perubahan.</translation>
    </message>
    <message>
        <source>{0} added to the draft.</source>
        <translation type="unfinished">{0} ditambahkan ke draf.</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation type="unfinished">Draf telah dibuang.</translation>
    </message>
    <message>
        <source>Sign reference data</source>
        <translation type="unfinished">Tandatangani data referensi</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished">Frasa sandi kunci penandatanganan:</translation>
    </message>
    <message>
        <source>Folder for the reference pack</source>
        <translation type="unfinished">Folder untuk paket referensi</translation>
    </message>
    <message>
        <source>Signing reference data…</source>
        <translation type="unfinished">Menandatangani data referensi…</translation>
    </message>
    <message>
        <source>Reference data version {0} signed, applied here and written to {1}. Send it to every profile; it also travels inside your review notes.</source>
        <translation type="unfinished">Data referensi versi {0} telah ditandatangani, diterapkan di sini, dan ditulis ke {1}. Kirimkan ke setiap profil; data ini juga ikut di dalam catatan tinjauan Anda.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of {0}</source>
        <translation type="unfinished">Kembalikan rencana {0}</translation>
    </message>
    <message>
        <source>Revision {0} of the plan of {1} goes back to the city with your reason. A signed review note is saved for you to send them.</source>
        <translation type="unfinished">Revisi {0} rencana {1} dikembalikan ke kota beserta alasan Anda. Catatan tinjauan bertanda tangan disimpan untuk Anda kirimkan kepada mereka.</translation>
    </message>
    <message>
        <source>What the city should change, in a few sentences</source>
        <translation type="unfinished">Apa yang harus diubah kota, dalam beberapa kalimat</translation>
    </message>
    <message>
        <source>Reason for returning the plan</source>
        <translation type="unfinished">Alasan mengembalikan rencana</translation>
    </message>
    <message>
        <source>Folder for the review note</source>
        <translation type="unfinished">Folder untuk catatan tinjauan</translation>
    </message>
    <message>
        <source>Choose the folder for the review note.</source>
        <translation type="unfinished">Pilih folder untuk catatan tinjauan.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished">Alasan:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished">Komentar:</translation>
    </message>
    <message>
        <source>Save the note in:</source>
        <translation type="unfinished">Simpan catatan di:</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation type="unfinished">Kembalikan rencana</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished">Hal yang dikomentari</translation>
    </message>
    <message>
        <source>A comment on the chosen field</source>
        <translation type="unfinished">Komentar pada isian yang dipilih</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Komentar</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished">Tambah &amp;komentar</translation>
    </message>
    <message>
        <source>Comments to send</source>
        <translation type="unfinished">Komentar yang akan dikirim</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation type="unfinished">Rencana · {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <source>{0} (whole project)</source>
        <translation type="unfinished">{0} (seluruh proyek)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Pendanaan</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">Catatan kemajuan</translation>
    </message>
    <message>
        <source>Say why the plan is returned; the city will read your reason.</source>
        <translation type="unfinished">Jelaskan mengapa rencana dikembalikan; kota akan membaca alasan Anda.</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsBox</name>
    <message>
        <source>Reviewer&apos;s comments: {0} open of {1}</source>
        <translation type="unfinished">Komentar peninjau: {0} terbuka dari {1}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished">Komentar peninjau</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished">Jawaban Anda</translation>
    </message>
    <message>
        <source>Answer to the comment on {0}</source>
        <translation type="unfinished">Jawaban atas komentar tentang {0}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">Selesai ditangani</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished">Ke isian</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Compare revisions — {0}</source>
        <translation type="unfinished">Bandingkan revisi — {0}</translation>
    </message>
    <message>
        <source>Revision {0} (imported {1})</source>
        <translation type="unfinished">Revisi {0} (diimpor {1})</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation type="unfinished">Lebih lama:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation type="unfinished">Lebih baru:</translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation type="unfinished">Membaca revisi…</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Apa</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished">Revisi lebih lama</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished">Revisi lebih baru</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation type="unfinished">Perubahan antara kedua revisi</translation>
    </message>
    <message>
        <source>Only one revision of this plan has been imported.</source>
        <translation type="unfinished">Baru satu revisi rencana ini yang diimpor.</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">Rincian rencana</translation>
    </message>
    <message>
        <source>{0} {1}{2} — {3}</source>
        <translation type="unfinished">{0} {1}{2} — {3}</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished">baru</translation>
    </message>
    <message>
        <source>was here</source>
        <translation type="unfinished">ada di sini</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">Rincian proyek</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Tonggak capaian</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">Pendanaan</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished">Catatan kemajuan</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">dihapus</translation>
    </message>
    <message>
        <source>Your comments on revision {0}: {1} of {2} addressed</source>
        <translation type="unfinished">Komentar Anda atas revisi {0}: {1} dari {2} ditangani</translation>
    </message>
    <message>
        <source>Addressed (changed)</source>
        <translation type="unfinished">Ditangani (berubah)</translation>
    </message>
    <message>
        <source>Not addressed (unchanged)</source>
        <translation type="unfinished">Belum ditangani (tidak berubah)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke {0}&apos;s key</source>
        <translation type="unfinished">Cabut kunci {0}</translation>
    </message>
    <message>
        <source>Bundles this computer received with this key before the date stay valid; a bundle signed or first received from then on is refused, whatever date it carries, except the last bundle known good chosen below.</source>
        <translation type="unfinished">Bundel yang diterima komputer ini dengan kunci ini sebelum tanggal tersebut tetap sah; bundel yang ditandatangani atau pertama kali diterima sejak tanggal itu ditolak, apa pun tanggal yang tertera, kecuali bundel terakhir yang diketahui baik yang dipilih di bawah.</translation>
    </message>
    <message>
        <source>Last bundle known good</source>
        <translation type="unfinished">Bundel terakhir yang diketahui baik</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Tidak ada</translation>
    </message>
    <message>
        <source>, revision {0}</source>
        <translation type="unfinished">, revisi {0}</translation>
    </message>
    <message>
        <source>{0}{1}, received {2:%Y-%m-%d}</source>
        <translation type="unfinished">{0}{1}, diterima {2:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Alasan</translation>
    </message>
    <message>
        <source>e.g. laptop stolen, officer replaced</source>
        <translation type="unfinished">mis. laptop dicuri, petugas diganti</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Alasan:</translation>
    </message>
    <message>
        <source>Revoked &amp;from (UTC):</source>
        <translation type="unfinished">Dicabut &amp;sejak (UTC):</translation>
    </message>
    <message>
        <source>&amp;Last bundle known good:</source>
        <translation type="unfinished">&amp;Bundel terakhir yang diketahui baik:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Cabut</translation>
    </message>
</context>
<context>
    <name>RowsBlock</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>Remove the chosen row of “{0}”</source>
        <translation type="unfinished">Hapus baris yang dipilih dari “{0}”</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>System language</source>
        <translation type="unfinished">Bahasa sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Language of the interface and of new reports:</source>
        <translation type="unfinished">Bahasa antarmuka dan laporan baru:</translation>
    </message>
    <message>
        <source>ASCN Desktop speaks {0} from its next start.</source>
        <translation type="unfinished">ASCN Desktop memakai {0} mulai dari saat dibuka berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished">&amp;Bahasa…</translation>
    </message>
    <message>
        <source>Choose the language of the interface (default: the system&apos;s)</source>
        <translation type="unfinished">Pilih bahasa antarmuka (bawaan: bahasa sistem)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust this identity card?</source>
        <translation type="unfinished">Percayai kartu identitas ini?</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}{3}</source>
        <translation type="unfinished">{0} — {1}, {2}{3}</translation>
    </message>
    <message>
        <source>Check this fingerprint with the sender by phone before you trust it.</source>
        <translation type="unfinished">Cocokkan sidik jari ini dengan pengirim lewat telepon sebelum Anda mempercayainya.</translation>
    </message>
    <message>
        <source>Replaces key</source>
        <translation type="unfinished">Menggantikan kunci</translation>
    </message>
    <message>
        <source>(nothing: a new signer)</source>
        <translation type="unfinished">(tidak ada: penanda tangan baru)</translation>
    </message>
    <message>
        <source>This key replaces:</source>
        <translation type="unfinished">Kunci ini menggantikan:</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">Percayai</translation>
    </message>
    <message>
        <source>This card is of {0}, another member state than yours ({1}). Trust it only if you expect bundles signed by this person.</source>
        <translation type="unfinished">Kartu ini milik {0}, negara anggota selain negara Anda ({1}). Percayai hanya jika Anda memang menantikan bundel yang ditandatangani orang ini.</translation>
    </message>
    <message>
        <source>I trust a card of another member state</source>
        <translation type="unfinished">Saya mempercayai kartu dari negara anggota lain</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Sidik jari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Vouched for by</source>
        <translation type="unfinished">Dijamin oleh</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">Daftar kepercayaan</translation>
    </message>
    <message>
        <source>Bundles and review notes are accepted only when signed by a key listed here. City keys “vouched for by” a National Representative came with that NR&apos;s national bundle; they are trusted as long as the NR&apos;s own key is.</source>
        <translation type="unfinished">Bundel dan catatan tinjauan hanya diterima jika ditandatangani dengan kunci yang tercantum di sini. Kunci kota yang “dijamin oleh” seorang Perwakilan Nasional datang bersama bundel nasional Perwakilan itu; kunci tersebut dipercaya selama kunci Perwakilan itu sendiri dipercaya.</translation>
    </message>
    <message>
        <source>Add identity card…</source>
        <translation type="unfinished">Tambah kartu identitas…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished">Cabut…</translation>
    </message>
    <message>
        <source>revoked from {0:%Y-%m-%d %H:%M} UTC: {1}</source>
        <translation type="unfinished">dicabut sejak {0:%Y-%m-%d %H:%M} UTC: {1}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished">dipercaya</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation type="unfinished">Tambah kartu identitas</translation>
    </message>
    <message>
        <source>Identity cards (*.json);;All files (*)</source>
        <translation type="unfinished">Kartu identitas (*.json);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>untitled project</source>
        <translation type="unfinished">proyek tanpa judul</translation>
    </message>
    <message>
        <source>edit “{0}” of “{1}”</source>
        <translation type="unfinished">ubah “{0}” dari “{1}”</translation>
    </message>
    <message>
        <source>add a row to “{0}” of “{1}”</source>
        <translation type="unfinished">tambah baris ke “{0}” dari “{1}”</translation>
    </message>
    <message>
        <source>remove “{0}” from “{1}” of “{2}”</source>
        <translation type="unfinished">hapus “{0}” dari “{1}” milik “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” in “{1}” of “{2}”</source>
        <translation type="unfinished">ubah “{0}” di “{1}” milik “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” for {1} of indicator “{2}” of “{3}”</source>
        <translation type="unfinished">ubah “{0}” untuk {1} pada indikator “{2}” dari “{3}”</translation>
    </message>
    <message>
        <source>add project “{0}”</source>
        <translation type="unfinished">tambah proyek “{0}”</translation>
    </message>
    <message>
        <source>delete project “{0}”</source>
        <translation type="unfinished">hapus proyek “{0}”</translation>
    </message>
    <message>
        <source>delete {0} projects</source>
        <translation type="unfinished">hapus {0} proyek</translation>
    </message>
    <message>
        <source>edit “{0}” of the plan</source>
        <translation type="unfinished">ubah “{0}” rencana</translation>
    </message>
    <message>
        <source>mark the plan final</source>
        <translation type="unfinished">tandai rencana sebagai final</translation>
    </message>
    <message>
        <source>reopen the plan as a draft</source>
        <translation type="unfinished">buka kembali rencana sebagai draf</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished">Buka folder log</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation type="unfinished">Panduan pengguna {0}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished">Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>WorkbookFeature</name>
    <message>
        <source>Export Excel &amp;template…</source>
        <translation type="unfinished">Ekspor &amp;templat Excel…</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook to fill in offline</source>
        <translation type="unfinished">Tulis rencana sebagai buku kerja Excel untuk diisi secara luring</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation type="unfinished">Impor dari E&amp;xcel…</translation>
    </message>
    <message>
        <source>Read a filled-in plan workbook; you see every change before it is saved</source>
        <translation type="unfinished">Baca buku kerja rencana yang sudah diisi; Anda melihat setiap perubahan sebelum disimpan</translation>
    </message>
    <message>
        <source>Choose a plan first (Plans page), then try again.</source>
        <translation type="unfinished">Pilih rencana terlebih dahulu (halaman Rencana), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">Membaca rencana…</translation>
    </message>
    <message>
        <source>Export Excel template</source>
        <translation type="unfinished">Ekspor templat Excel</translation>
    </message>
    <message>
        <source>Include the plan&apos;s {0} in the template, or write an empty template whose rows are added to the plan on import?</source>
        <translation type="unfinished">Sertakan {0} rencana dalam templat, atau tulis templat kosong yang barisnya ditambahkan ke rencana saat diimpor?</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation type="unfinished">Dengan rencana</translation>
    </message>
    <message>
        <source>Empty template</source>
        <translation type="unfinished">Templat kosong</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the Excel template {0}</source>
        <translation type="unfinished">Templat Excel {0} telah ditulis</translation>
    </message>
    <message>
        <source>Writing the Excel template…</source>
        <translation type="unfinished">Menulis templat Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished">Impor dari Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished">Buku kerja Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation type="unfinished">Membaca buku kerja…</translation>
    </message>
    <message>
        <source>Import from Excel ({0})</source>
        <translation type="unfinished">Impor dari Excel ({0})</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished">{0} diimpor: {1}</translation>
    </message>
    <message>
        <source>The plan was final and is a draft again; mark it final when it is ready.</source>
        <translation type="unfinished">Rencana tadinya final dan kini kembali menjadi draf; tandai final bila sudah siap.</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation type="unfinished">Mengimpor buku kerja…</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>Burmese in the Zawgyi encoding</source>
        <translation type="unfinished">Bahasa Burma dalam pengodean Zawgyi</translation>
    </message>
    <message>
        <source>This text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)</source>
        <translation type="unfinished">Teks ini tampaknya bahasa Burma yang diketik dengan pengodean Zawgyi, yang tampil rusak di komputer lain dan di PDF. Ubah ke Unicode? (Teks hanya disimpan dalam Unicode.)</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Your signing identity is ready</source>
        <translation type="unfinished">Identitas penandatangan Anda sudah siap</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Receivers will ask you to read it out by phone before they trust your bundles. Export your identity card (here, or later from Tools → Signing identity…) and send it to them.</source>
        <translation type="unfinished">Ini sidik jari kunci Anda. Penerima akan meminta Anda membacakannya lewat telepon sebelum mempercayai bundel Anda. Ekspor kartu identitas Anda (di sini, atau nanti lewat Alat → Identitas penandatangan…) dan kirimkan kepada mereka.</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">Ekspor kartu identitas…</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Protect your key</source>
        <translation type="unfinished">Lindungi kunci Anda</translation>
    </message>
    <message>
        <source>Your private key is stored only encrypted with this passphrase. Nobody can recover it if you forget it.</source>
        <translation type="unfinished">Kunci privat Anda hanya disimpan dalam bentuk terenkripsi dengan frasa sandi ini. Tidak ada yang dapat memulihkannya jika Anda lupa.</translation>
    </message>
    <message>
        <source>Creating your key…</source>
        <translation type="unfinished">Membuat kunci Anda…</translation>
    </message>
</context>
<context>
    <name>_WhoPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished">Siapa Anda</translation>
    </message>
    <message>
        <source>Your identity card tells receivers who signed a bundle.</source>
        <translation type="unfinished">Kartu identitas Anda memberi tahu penerima siapa yang menandatangani bundel.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nama lengkap</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished">&amp;Nama lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Peran:</translation>
    </message>
    <message>
        <source>Member &amp;state:</source>
        <translation type="unfinished">Negara &amp;anggota:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Kota:</translation>
    </message>
    <message>
        <source>(none: national or secretariat role)</source>
        <translation type="unfinished">(tidak ada: peran nasional atau sekretariat)</translation>
    </message>
</context>
</TS>
