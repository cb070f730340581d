<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- COMPLETE DRAFT: every entry translated by non-native speakers; draft translations awaiting review by native speakers, every entry marked type="unfinished" until a reviewer clears the flag. -->
<TS version="2.1" language="km_KH">
<context>
    <name></name>
    <message>
        <source>in use</source>
        <translation type="unfinished">កំពុងប្រើ</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it, and there is no backup of it; keep the file for support.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យ {0} ខូច ដូច្នេះគ្មានអ្វីត្រូវបានសរសេរចូលទេ ហើយគ្មានច្បាប់បម្រុងទុកទេ។ សូមរក្សាឯកសារនេះទុកសម្រាប់ផ្នែកគាំទ្រ។</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">ចាកចេញ</translation>
    </message>
    <message>
        <source>The store {0} is damaged, so nothing was written to it.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យ {0} ខូច ដូច្នេះគ្មានអ្វីត្រូវបានសរសេរចូលទេ។</translation>
    </message>
    <message>
        <source>Restoring puts the backup in its place after checking it; the damaged file is kept next to it for support.</source>
        <translation type="unfinished">ការស្ដារនឹងដាក់ច្បាប់បម្រុងទុកជំនួសវា ក្រោយពីពិនិត្យរួច។ ឯកសារដែលខូចត្រូវបានរក្សាទុកនៅក្បែរនោះសម្រាប់ផ្នែកគាំទ្រ។</translation>
    </message>
    <message>
        <source>Restore the backup of {0}</source>
        <translation type="unfinished">ស្ដារច្បាប់បម្រុងទុករបស់ {0}</translation>
    </message>
    <message>
        <source>The backup of {0} was restored; the damaged store was kept as {1}.</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុករបស់ {0} ត្រូវបានស្ដារ។ ឃ្លាំងទិន្នន័យដែលខូចត្រូវបានរក្សាទុកជា {1}។</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The offline desktop application of the ASEAN Smart Cities Network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Profile folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;If something goes wrong, Help → Copy diagnostic information and the log folder&apos;s files are what support asks for.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;កម្មវិធីកុំព្យូទ័រក្រៅបណ្ដាញរបស់បណ្ដាញទីក្រុងឆ្លាតវៃអាស៊ាន។&lt;/p&gt;&lt;p&gt;&lt;b&gt;ឃ្លាំងទិន្នន័យ៖&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;ថតប្រវត្តិរូប៖&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;ថតកំណត់ហេតុ៖&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;ប្រសិនបើមានបញ្ហា ផ្នែកគាំទ្រនឹងសុំ ជំនួយ → ចម្លងព័ត៌មានវិនិច្ឆ័យ និងឯកសារក្នុងថតកំណត់ហេតុ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation type="unfinished">បានចម្លងព័ត៌មានវិនិច្ឆ័យ៖ សូមបិទភ្ជាប់វាក្នុងសាររបស់អ្នកទៅផ្នែកគាំទ្រ។</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished">សៀវភៅណែនាំអ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished">អំពី {0}(&amp;A)</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished">អំពី {0}</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished">ចម្លងព័ត៌មានវិនិច្ឆ័យ(&amp;C)</translation>
    </message>
    <message>
        <source>Version, system, store schema and folders, for support (no keys, no passphrases)</source>
        <translation type="unfinished">កំណែ ប្រព័ន្ធ គ្រោងឃ្លាំងទិន្នន័យ និងថត សម្រាប់ផ្នែកគាំទ្រ (គ្មានកូនសោ គ្មានឃ្លាសម្ងាត់)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished">បើកថតកំណត់ហេតុ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">រកមើល…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished">ជ្រើសថត</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished">របាយការណ៍ប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <source>Include local plans of cities that sent none</source>
        <translation type="unfinished">រួមបញ្ចូលផែនការក្នុងម៉ាស៊ីនរបស់ទីក្រុងដែលមិនបានផ្ញើ</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">វដ្តផែនការ</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished">ឆ្នាំរបាយការណ៍</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">ថត</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished">សរសេររបាយការណ៍</translation>
    </message>
    <message>
        <source>Choose the folder for the report.</source>
        <translation type="unfinished">សូមជ្រើសថតសម្រាប់របាយការណ៍។</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation type="unfinished">កំពុងសរសេររបាយការណ៍ប្រចាំឆ្នាំ…</translation>
    </message>
    <message>
        <source>The annual report was written:
{0}
{1}</source>
        <translation type="unfinished">របាយការណ៍ប្រចាំឆ្នាំត្រូវបានសរសេរ៖
{0}
{1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished">គ្មានទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished">ថវិកា</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished">ថវិកា(&amp;B)</translation>
    </message>
    <message>
        <source>Budget in US dollars (optional)</source>
        <translation type="unfinished">ថវិកាជាដុល្លារអាមេរិក (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>USD &amp;equivalent</source>
        <translation type="unfinished">សមមូល USD(&amp;E)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation type="unfinished">បន្ថែមប្រភពមូលនិធិ</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">ប្រភពមូលនិធិ</translation>
    </message>
    <message>
        <source>Seeks a private-sector solution provider</source>
        <translation type="unfinished">ស្វែងរកអ្នកផ្ដល់ដំណោះស្រាយពីវិស័យឯកជន</translation>
    </message>
    <message>
        <source>What the private sector is sought for</source>
        <translation type="unfinished">អ្វីដែលត្រូវការពីវិស័យឯកជន</translation>
    </message>
    <message>
        <source>What solution or service is sought, and on what terms</source>
        <translation type="unfinished">ដំណោះស្រាយ ឬសេវាអ្វីដែលត្រូវការ និងតាមលក្ខខណ្ឌអ្វី</translation>
    </message>
    <message>
        <source>Private-sector &amp;need</source>
        <translation type="unfinished">តម្រូវការពីវិស័យឯកជន(&amp;N)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">ដៃគូខាងក្រៅ</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— គ្មាន —</translation>
    </message>
    <message>
        <source>External &amp;partner</source>
        <translation type="unfinished">ដៃគូខាងក្រៅ(&amp;P)</translation>
    </message>
    <message>
        <source>Funding total: {0}</source>
        <translation type="unfinished">មូលនិធិសរុប៖ {0}</translation>
    </message>
    <message>
        <source> of a budget of {0}</source>
        <translation type="unfinished"> នៃថវិកា {0}</translation>
    </message>
    <message>
        <source> — more than the budget</source>
        <translation type="unfinished"> — លើសថវិកា</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate national bundle</source>
        <translation type="unfinished">បង្រួបបង្រួមកញ្ចប់ជាតិ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished">មិនទាន់មាន</translation>
    </message>
    <message>
        <source>The accepted plans of {0} ({1}) go into one bundle signed by you, with the national summary (Excel and PDF) and your endorsement note.</source>
        <translation type="unfinished">ផែនការដែលបានទទួលយករបស់ {0} ({1}) ត្រូវបញ្ចូលក្នុងកញ្ចប់តែមួយដែលអ្នកចុះហត្ថលេខា រួមជាមួយសេចក្ដីសង្ខេបជាតិ (Excel និង PDF) និងកំណត់សម្គាល់គាំទ្ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>Endorsement note</source>
        <translation type="unfinished">កំណត់សម្គាល់គាំទ្រ</translation>
    </message>
    <message>
        <source>Reading the accepted plans…</source>
        <translation type="unfinished">កំពុងអានផែនការដែលបានទទួលយក…</translation>
    </message>
    <message>
        <source>Folder for the national bundle</source>
        <translation type="unfinished">ថតសម្រាប់កញ្ចប់ជាតិ</translation>
    </message>
    <message>
        <source>Choose the folder for the national bundle.</source>
        <translation type="unfinished">សូមជ្រើសថតសម្រាប់កញ្ចប់ជាតិ។</translation>
    </message>
    <message>
        <source>Endorsement note:</source>
        <translation type="unfinished">កំណត់សម្គាល់គាំទ្រ៖</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished">រក្សាទុកក្នុង៖</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation type="unfinished">ចុះហត្ថលេខា និងរក្សាទុក</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation type="unfinished">កំពុងបង្រួបបង្រួម…</translation>
    </message>
</context>
<context>
    <name>EditorFeature</name>
    <message>
        <source>Project</source>
        <translation type="unfinished">ព័ត៌មានគម្រោង</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished">ភាពត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Check &amp;readiness</source>
        <translation type="unfinished">ពិនិត្យភាពត្រៀមខ្លួន(&amp;R)</translation>
    </message>
    <message>
        <source>List what must be fixed before the plan can be marked final</source>
        <translation type="unfinished">រាយអ្វីដែលត្រូវកែ មុនពេលអាចសម្គាល់ផែនការថាចុងក្រោយ</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel — {0}</source>
        <translation type="unfinished">នាំចូលពី Excel — {0}</translation>
    </message>
    <message>
        <source>The workbook has a problem. Fix this cell in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">សៀវភៅបញ្ជីមានបញ្ហា។ សូមកែក្រឡានេះក្នុងសៀវភៅបញ្ជី ហើយនាំចូលម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The workbook has {0} problems. Fix these cells in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished">សៀវភៅបញ្ជីមានបញ្ហា {0}។ សូមកែក្រឡាទាំងនេះក្នុងសៀវភៅបញ្ជី ហើយនាំចូលម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The workbook matches the plan; there is nothing to import.</source>
        <translation type="unfinished">សៀវភៅបញ្ជីដូចគ្នានឹងផែនការ។ គ្មានអ្វីត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <source>Check the changes below, then apply them to the plan (Edit › Undo takes them back).</source>
        <translation type="unfinished">សូមពិនិត្យការផ្លាស់ប្ដូរខាងក្រោម រួចអនុវត្តវាលើផែនការ (កែសម្រួល › មិនធ្វើវិញ ដើម្បីដកវាវិញ)។</translation>
    </message>
    <message>
        <source>Problems in the workbook</source>
        <translation type="unfinished">បញ្ហាក្នុងសៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <source>Problems (sheet!cell):</source>
        <translation type="unfinished">បញ្ហា (សន្លឹក!ក្រឡា)៖</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation type="unfinished">ការផ្លាស់ប្ដូរដែលការនាំចូលនឹងធ្វើ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">មុន</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">ក្រោយ</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished">កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation type="unfinished">បម្លែងទៅជា Unicode(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation type="unfinished">អនុវត្តលើផែនការ(&amp;A)</translation>
    </message>
    <message>
        <source>One text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {0}. Convert it to Unicode to import the workbook.</source>
        <translation type="unfinished">អត្ថបទមួយមើលទៅដូចជាភាសាភូមាដែលវាយក្នុងការអ៊ិនកូដ Zawgyi ដែលកុំព្យូទ័រផ្សេង និង PDF បង្ហាញខុស៖ {0}។ សូមបម្លែងវាទៅជា Unicode ដើម្បីនាំចូលសៀវភៅបញ្ជី។</translation>
    </message>
    <message>
        <source>{0} texts look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {1}. Convert them to Unicode to import the workbook.</source>
        <translation type="unfinished">អត្ថបទ {0} មើលទៅដូចជាភាសាភូមាដែលវាយក្នុងការអ៊ិនកូដ Zawgyi ដែលកុំព្យូទ័រផ្សេង និង PDF បង្ហាញខុស៖ {1}។ សូមបម្លែងពួកវាទៅជា Unicode ដើម្បីនាំចូលសៀវភៅបញ្ជី។</translation>
    </message>
    <message>
        <source>{0} added ({1})</source>
        <translation type="unfinished">{0} បានបន្ថែម ({1})</translation>
    </message>
    <message>
        <source>{0} changed ({1})</source>
        <translation type="unfinished">{0} បានផ្លាស់ប្ដូរ ({1})</translation>
    </message>
    <message>
        <source>{0} removed ({1})</source>
        <translation type="unfinished">{0} បានលុប ({1})</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិតផែនការ</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>Export data for other systems</source>
        <translation type="unfinished">នាំចេញទិន្នន័យសម្រាប់ប្រព័ន្ធផ្សេង</translation>
    </message>
    <message>
        <source>JSON (one file)</source>
        <translation type="unfinished">JSON (ឯកសារមួយ)</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation type="unfinished">CSV (ឯកសារមួយក្នុងមួយតារាង)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">សៀវភៅបញ្ជី Excel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ទម្រង់</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">ថត</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">នាំចេញ</translation>
    </message>
    <message>
        <source>Choose the folder for the data files.</source>
        <translation type="unfinished">សូមជ្រើសថតសម្រាប់ឯកសារទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Exporting data…</source>
        <translation type="unfinished">កំពុងនាំចេញទិន្នន័យ…</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation type="unfinished">បានសរសេរ {0} ទៅ {1}។</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed bundle</source>
        <translation type="unfinished">នាំចេញកញ្ចប់ដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the PDF report, signed by {3}.</source>
        <translation type="unfinished">{0} — {1} វដ្ត {2}។ កញ្ចប់មាន plan.json សៀវភៅបញ្ជី Excel និងរបាយការណ៍ PDF ដែលចុះហត្ថលេខាដោយ {3}។</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished">ថតសម្រាប់កញ្ចប់</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle.</source>
        <translation type="unfinished">សូមជ្រើសថតសម្រាប់កញ្ចប់។</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">ថត</translation>
    </message>
    <message>
        <source>Export it as a &amp;draft anyway (receivers will see “Draft”)</source>
        <translation type="unfinished">នាំចេញជាសេចក្ដីព្រាងទោះជាយ៉ាងណា(&amp;D) (អ្នកទទួលនឹងឃើញ “សេចក្ដីព្រាង”)</translation>
    </message>
    <message>
        <source>…and {0} more on the Readiness page.</source>
        <translation type="unfinished">…និង {0} ទៀតនៅទំព័រភាពត្រៀមខ្លួន។</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished">ថត(&amp;F)៖</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">កំពុងអានផែនការ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">នាំចេញ</translation>
    </message>
    <message>
        <source>Export as draft</source>
        <translation type="unfinished">នាំចេញជាសេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished">សូមវាយឃ្លាសម្ងាត់នៃកូនសោចុះហត្ថលេខារបស់អ្នក។</translation>
    </message>
    <message>
        <source>Tick “Export it as a draft anyway”, or mark the plan final first.</source>
        <translation type="unfinished">សូមធីក “នាំចេញជាសេចក្ដីព្រាងទោះជាយ៉ាងណា” ឬសម្គាល់ផែនការថាចុងក្រោយជាមុនសិន។</translation>
    </message>
    <message>
        <source>Exporting the signed bundle…</source>
        <translation type="unfinished">កំពុងនាំចេញកញ្ចប់ដែលបានចុះហត្ថលេខា…</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Signed bundle saved</source>
        <translation type="unfinished">បានរក្សាទុកកញ្ចប់ដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Revision {0} (new content).</source>
        <translation type="unfinished">ការកែប្រែលើកទី {0} (ខ្លឹមសារថ្មី)។</translation>
    </message>
    <message>
        <source>Revision {0} (content unchanged since the last export).</source>
        <translation type="unfinished">ការកែប្រែលើកទី {0} (ខ្លឹមសារមិនផ្លាស់ប្ដូរតាំងពីការនាំចេញចុងក្រោយ)។</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">ឯកសារ៖</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">ការកែប្រែ៖</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation type="unfinished">ចុះហត្ថលេខាដោយប្រើ៖</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished">SHA-256៖</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">បើកថត</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Validation message</source>
        <translation type="unfinished">សារផ្ទៀងផ្ទាត់</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished">សូមស្វាគមន៍មកកាន់ {0}</translation>
    </message>
    <message>
        <source>Which ASCN city do you work for? The app opens that city&apos;s action plan. You can change this later; once you create a signing identity, it decides.</source>
        <translation type="unfinished">តើអ្នកធ្វើការឱ្យទីក្រុង ASCN មួយណា? កម្មវិធីនឹងបើកផែនការសកម្មភាពរបស់ទីក្រុងនោះ។ អ្នកអាចប្ដូរវានៅពេលក្រោយ។ នៅពេលអ្នកបង្កើតអត្តសញ្ញាណចុះហត្ថលេខា អត្តសញ្ញាណនោះជាអ្នកកំណត់។</translation>
    </message>
    <message>
        <source>National Representative or Secretariat? Click Skip, then create your signing identity with Tools → Signing identity…; the app then shows your pages.</source>
        <translation type="unfinished">តំណាងជាតិ ឬលេខាធិការដ្ឋាន? ចុច រំលង រួចបង្កើតអត្តសញ្ញាណចុះហត្ថលេខារបស់អ្នកតាម ឧបករណ៍ → អត្តសញ្ញាណចុះហត្ថលេខា… បន្ទាប់មកកម្មវិធីនឹងបង្ហាញទំព័ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>Find a city</source>
        <translation type="unfinished">ស្វែងរកទីក្រុង</translation>
    </message>
    <message>
        <source>Type a city name, e.g. da nang</source>
        <translation type="unfinished">វាយឈ្មោះទីក្រុង ឧ. da nang</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">ទីក្រុង</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">ស្វែងរក(&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក(&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">ទីក្រុង(&amp;C)៖</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">រំលង</translation>
    </message>
    <message>
        <source>No ASCN city matches &apos;{0}&apos;.</source>
        <translation type="unfinished">គ្មានទីក្រុង ASCN ណាត្រូវនឹង &apos;{0}&apos; ទេ។</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើស…</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Project code</source>
        <translation type="unfinished">កូដគម្រោង</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished">កូដ(&amp;C)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished">ចំណងជើងគម្រោង</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished">ចំណងជើង(&amp;T)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished">ការពិពណ៌នា(&amp;D)</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">វិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>— choose a focus area —</source>
        <translation type="unfinished">— ជ្រើសវិស័យអាទិភាព —</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation type="unfinished">វិស័យអាទិភាព(&amp;F)</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">លទ្ធផលយុទ្ធសាស្ត្រ</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished">SDGs</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished">ឆ្នាំចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished">ឆ្នាំបញ្ចប់</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">ដល់</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished">ឆ្នាំ(&amp;Y)</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished">ស្ថានភាពគម្រោង</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">ស្ថានភាព(&amp;S)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">ស្ថាប័នដឹកនាំ</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished">ស្ថាប័នដឹកនាំ(&amp;L)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished">ហានិភ័យ</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished">ហានិភ័យ(&amp;R)</translation>
    </message>
    <message>
        <source>The end year is before the start year</source>
        <translation type="unfinished">ឆ្នាំបញ្ចប់នៅមុនឆ្នាំចាប់ផ្ដើម</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your signing identity</source>
        <translation type="unfinished">អត្តសញ្ញាណចុះហត្ថលេខារបស់អ្នក</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">តួនាទី៖</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក៖</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">ទីក្រុង៖</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished">ស្នាមម្រាមដៃកូនសោ៖</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">នាំចេញប័ណ្ណអត្តសញ្ញាណ…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">ប្ដូរឃ្លាសម្ងាត់…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Choose a new passphrase:</source>
        <translation type="unfinished">ជ្រើសឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ត្រូវបានប្ដូរ។</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>Export identity card</source>
        <translation type="unfinished">នាំចេញប័ណ្ណអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">ប័ណ្ណអត្តសញ្ញាណ (*.json)</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished">ប័ណ្ណអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Saved {0}. Send it to the receiver and read them the fingerprint by phone.</source>
        <translation type="unfinished">បានរក្សាទុក {0}។ សូមផ្ញើវាទៅអ្នកទទួល ហើយអានស្នាមម្រាមដៃកូនសោឱ្យគេស្ដាប់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>Create your signing identity</source>
        <translation type="unfinished">បង្កើតអត្តសញ្ញាណចុះហត្ថលេខារបស់អ្នក</translation>
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
        <translation type="unfinished">កំពុងនាំចូលកញ្ចប់…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished">លទ្ធផលនាំចូល</translation>
    </message>
    <message>
        <source>{0} imported, {1} already here, {2} refused.</source>
        <translation type="unfinished">បាននាំចូល {0} មានរួចហើយ {1} បដិសេធ {2}។</translation>
    </message>
    <message>
        <source> {0} not imported because you cancelled.</source>
        <translation type="unfinished"> {0} មិនបាននាំចូលទេ ព្រោះអ្នកបានបោះបង់។</translation>
    </message>
    <message>
        <source>Import results, one line per bundle</source>
        <translation type="unfinished">លទ្ធផលនាំចូល មួយបន្ទាត់ក្នុងមួយកញ្ចប់</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">ឯកតា</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">ឆ្នាំមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished">តម្លៃមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">បន្ថែមសូចនាករ</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">សូចនាករថ្មី</translation>
    </message>
    <message>
        <source>Targets and actuals per year</source>
        <translation type="unfinished">គោលដៅ និងលទ្ធផលជាក់ស្ដែងតាមឆ្នាំ</translation>
    </message>
    <message>
        <source>Choose an indicator above to enter its targets and actuals.</source>
        <translation type="unfinished">សូមជ្រើសសូចនាករខាងលើ ដើម្បីបញ្ចូលគោលដៅ និងលទ្ធផលជាក់ស្ដែងរបស់វា។</translation>
    </message>
    <message>
        <source>Targets and actuals of “{0}” ({1})</source>
        <translation type="unfinished">គោលដៅ និងលទ្ធផលជាក់ស្ដែងនៃ “{0}” ({1})</translation>
    </message>
</context>
<context>
    <name>KeysFeature</name>
    <message>
        <source>Choose a plan first, then export it.</source>
        <translation type="unfinished">សូមជ្រើសផែនការជាមុនសិន រួចនាំចេញវា។</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished">អត្តសញ្ញាណចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Create your signing identity now? You need it to sign the plans and reviews you send; it takes a minute. You can also do it later with Tools → Signing identity…</source>
        <translation type="unfinished">បង្កើតអត្តសញ្ញាណចុះហត្ថលេខារបស់អ្នកឥឡូវនេះ? អ្នកត្រូវការវាដើម្បីចុះហត្ថលេខាលើផែនការ និងការពិនិត្យដែលអ្នកផ្ញើ។ វាចំណាយពេលមួយនាទី។ អ្នកក៏អាចធ្វើវានៅពេលក្រោយតាម ឧបករណ៍ → អត្តសញ្ញាណចុះហត្ថលេខា…</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished">អត្តសញ្ញាណចុះហត្ថលេខា(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished">នាំចេញកញ្ចប់ដែលបានចុះហត្ថលេខា(&amp;E)…</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">បញ្ជីទំនុកចិត្ត</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">ទំព័រ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">មើល(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished">ផែនការ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">ឧបករណ៍(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">របារឧបករណ៍មេ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished">មិនធ្វើវិញ {0} (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished">ធ្វើវិញ {0} (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished">ជ្រើសទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យ៖ {0}</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished">ទីតាំងឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">បានរក្សាទុកការផ្លាស់ប្ដូរទាំងអស់</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished">ស្ថានភាពរក្សាទុក</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}៖ {1}</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation type="unfinished">មិនបានរក្សាទុក — {0}</translation>
    </message>
    <message>
        <source>All changes saved · last save {0}</source>
        <translation type="unfinished">បានរក្សាទុកការផ្លាស់ប្ដូរទាំងអស់ · រក្សាទុកចុងក្រោយ {0}</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation type="unfinished">ឆ្នាំកំណត់</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished">ត្រីមាស</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% រួចរាល់</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished">បន្ថែមដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Due years must lie within the planning cycle.</source>
        <translation type="unfinished">ចុចពីរដងលើក្រឡាដើម្បីប្ដូរវា។ ឆ្នាំកំណត់ត្រូវស្ថិតក្នុងវដ្តផែនការ។</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់ថ្មី</translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished">ការតាមដាន</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished">ទិន្នន័យយោង</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished">របាយការណ៍ប្រចាំឆ្នាំ…</translation>
    </message>
    <message>
        <source>Write the ASCN annual progress report (PDF and Excel) from the imported plans</source>
        <translation type="unfinished">សរសេររបាយការណ៍វឌ្ឍនភាពប្រចាំឆ្នាំរបស់ ASCN (PDF និង Excel) ពីផែនការដែលបាននាំចូល</translation>
    </message>
    <message>
        <source>Export data for other systems…</source>
        <translation type="unfinished">នាំចេញទិន្នន័យសម្រាប់ប្រព័ន្ធផ្សេង…</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished">ប្រទេសទាំងអស់</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">វិស័យអាទិភាពទាំងអស់</translation>
    </message>
    <message>
        <source>Include local plans</source>
        <translation type="unfinished">រួមបញ្ចូលផែនការក្នុងម៉ាស៊ីន</translation>
    </message>
    <message>
        <source>Also count the local plan of cities that sent no plan (demo stores).</source>
        <translation type="unfinished">រាប់ផែនការក្នុងម៉ាស៊ីនរបស់ទីក្រុងដែលមិនបានផ្ញើផែនការផងដែរ (ឃ្លាំងទិន្នន័យសាកល្បង)។</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">វដ្ត</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">ឆ្នាំ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ប្រទេស</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">ទីក្រុង</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">វិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">ភាពពេញលេញ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">គម្រោង</translation>
    </message>
    <message>
        <source>Network growth</source>
        <translation type="unfinished">កំណើនបណ្ដាញ</translation>
    </message>
    <message>
        <source>Reported projects</source>
        <translation type="unfinished">គម្រោងបានរាយការណ៍</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់ហួសកំណត់</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">មូលនិធិ</translation>
    </message>
    <message>
        <source>Private partners sought</source>
        <translation type="unfinished">ត្រូវការដៃគូឯកជន</translation>
    </message>
    <message>
        <source>External partners</source>
        <translation type="unfinished">ដៃគូខាងក្រៅ</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished">គម្រោងទាំងអស់</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished">ទីក្រុងទាំងអស់</translation>
    </message>
    <message>
        <source>1 project seeks</source>
        <translation type="unfinished">គម្រោង 1 កំពុងស្វែងរក</translation>
    </message>
    <message>
        <source>{0:,} projects seek</source>
        <translation type="unfinished">គម្រោង {0:,} កំពុងស្វែងរក</translation>
    </message>
    <message>
        <source>{0} of {1} reported on {2} ({3} on time, {4} late); {5}; {6} overdue on {7}; {8} of {9} behind target; {10} a private-sector partner.</source>
        <translation type="unfinished">{0} ក្នុងចំណោម {1} បានរាយការណ៍សម្រាប់ឆ្នាំ {2} ({3} ទាន់ពេល {4} យឺត); {5}; {6} ហួសកំណត់នៅ {7}; {8} ក្នុងចំណោម {9} ក្រោមគោលដៅ; {10}ដៃគូវិស័យឯកជន។</translation>
    </message>
    <message>
        <source>Cities by reporting state, per country</source>
        <translation type="unfinished">ទីក្រុងតាមស្ថានភាពរាយការណ៍ តាមប្រទេស</translation>
    </message>
    <message>
        <source>Projects by focus area and status</source>
        <translation type="unfinished">គម្រោងតាមវិស័យអាទិភាព និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Milestones overdue, per country</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់ហួសកំណត់ តាមប្រទេស</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">ហួសកំណត់</translation>
    </message>
    <message>
        <source>Indicators on track and behind target, per country</source>
        <translation type="unfinished">សូចនាករតាមផែនការ និងក្រោមគោលដៅ តាមប្រទេស</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">តាមផែនការ</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished">យឺត</translation>
    </message>
    <message>
        <source>Funding by type, USD equivalent (where given)</source>
        <translation type="unfinished">មូលនិធិតាមប្រភេទ សមមូល USD (បើមាន)</translation>
    </message>
    <message>
        <source>Projects paired with each external partner</source>
        <translation type="unfinished">គម្រោងដែលផ្គូផ្គងនឹងដៃគូខាងក្រៅនីមួយៗ</translation>
    </message>
</context>
<context>
    <name>NationalResultDialog</name>
    <message>
        <source>National bundle saved</source>
        <translation type="unfinished">បានរក្សាទុកកញ្ចប់ជាតិ</translation>
    </message>
    <message>
        <source>{0}, signed by you: {1}.</source>
        <translation type="unfinished">{0} ចុះហត្ថលេខាដោយអ្នក៖ {1}។</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished">ឯកសារ៖</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">បើកថត</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">វាយឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ថ្មី(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">វាយម្ដងទៀត(&amp;R)៖</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished">ខ្លីពេក៖ យ៉ាងហោចណាស់ {0} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Weak: too easy to guess; use several uncommon words.</source>
        <translation type="unfinished">ខ្សោយ៖ ងាយទាយពេក។ សូមប្រើពាក្យមិនសូវប្រើច្រើនពាក្យ។</translation>
    </message>
    <message>
        <source>Fair: a longer phrase is stronger.</source>
        <translation type="unfinished">មធ្យម៖ ឃ្លាវែងជាងនឹងខ្លាំងជាង។</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">ខ្លាំង។</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នា។</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">វដ្តផែនការ</translation>
    </message>
    <message>
        <source>&amp;Planning cycle:</source>
        <translation type="unfinished">វដ្តផែនការ(&amp;P)៖</translation>
    </message>
    <message>
        <source>Open readiness check</source>
        <translation type="unfinished">បើកការពិនិត្យភាពត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished">បង្កើតផែនការ</translation>
    </message>
    <message>
        <source>Choose your city…</source>
        <translation type="unfinished">ជ្រើសទីក្រុងរបស់អ្នក…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished">ចំណងជើងផែនការ</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished">សេចក្ដីថ្លែងចក្ខុវិស័យ</translation>
    </message>
    <message>
        <source>Blueprint the plan derives from</source>
        <translation type="unfinished">ប្លង់មេដែលផែនការនេះផ្អែកលើ</translation>
    </message>
    <message>
        <source>The city&apos;s existing blueprint or master plan</source>
        <translation type="unfinished">ប្លង់មេ ឬផែនការមេដែលទីក្រុងមានស្រាប់</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">ស្ថានភាពផែនការ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ចុងក្រោយ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished">ចក្ខុវិស័យ(&amp;V)៖</translation>
    </message>
    <message>
        <source>&amp;Blueprint:</source>
        <translation type="unfinished">ប្លង់មេ(&amp;B)៖</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">ស្ថានភាព(&amp;S)៖</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished">វិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>Strategic outcomes</source>
        <translation type="unfinished">លទ្ធផលយុទ្ធសាស្ត្រ</translation>
    </message>
    <message>
        <source>Start plan for next cycle…</source>
        <translation type="unfinished">ចាប់ផ្ដើមផែនការសម្រាប់វដ្តបន្ទាប់…</translation>
    </message>
    <message>
        <source>No city chosen</source>
        <translation type="unfinished">មិនទាន់បានជ្រើសទីក្រុង</translation>
    </message>
    <message>
        <source>Choose the city you work for to start its action plan. National Representatives and Secretariat staff: create your signing identity with Tools → Signing identity… instead.</source>
        <translation type="unfinished">សូមជ្រើសទីក្រុងដែលអ្នកធ្វើការឱ្យ ដើម្បីចាប់ផ្ដើមផែនការសកម្មភាពរបស់វា។ តំណាងជាតិ និងបុគ្គលិកលេខាធិការដ្ឋាន៖ សូមបង្កើតអត្តសញ្ញាណចុះហត្ថលេខាតាម ឧបករណ៍ → អត្តសញ្ញាណចុះហត្ថលេខា… ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>{0} has no action plan yet for the {1} planning cycle.</source>
        <translation type="unfinished">{0} មិនទាន់មានផែនការសកម្មភាពសម្រាប់វដ្តផែនការ {1} នៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Start from the {0} plan</source>
        <translation type="unfinished">ចាប់ផ្ដើមពីផែនការ {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation type="unfinished"> ដោយ {0}</translation>
    </message>
    <message>
        <source> · sample data</source>
        <translation type="unfinished"> · ទិន្នន័យគំរូ</translation>
    </message>
    <message>
        <source> · started from the previous cycle&apos;s plan</source>
        <translation type="unfinished"> · ចាប់ផ្ដើមពីផែនការវដ្តមុន</translation>
    </message>
    <message>
        <source>{0} · revision {1} · last edited {2}{3}{4}{5}</source>
        <translation type="unfinished">{0} · ការកែប្រែលើកទី {1} · កែចុងក្រោយ {2}{3}{4}{5}</translation>
    </message>
    <message>
        <source>Revision {0} was returned by {1}: {2}</source>
        <translation type="unfinished">ការកែប្រែលើកទី {0} ត្រូវបានប្រគល់ត្រឡប់ដោយ {1}៖ {2}</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished">អ្នកពិនិត្យ</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">ភាពត្រៀមខ្លួន៖ {0}</translation>
    </message>
    <message>
        <source>A plan needs a title; the previous title is kept.</source>
        <translation type="unfinished">ផែនការត្រូវការចំណងជើង។ ចំណងជើងមុនត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">មិនបានរក្សាទុក៖ សូមបម្លែងអត្ថបទ Zawgyi ទៅជា Unicode ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Start plan for next cycle</source>
        <translation type="unfinished">ចាប់ផ្ដើមផែនការសម្រាប់វដ្តបន្ទាប់</translation>
    </message>
    <message>
        <source>Start the {0} plan from this one? Projects that are not completed or cancelled are carried over and marked as such; this plan stays as it is.</source>
        <translation type="unfinished">ចាប់ផ្ដើមផែនការ {0} ពីផែនការនេះ? គម្រោងដែលមិនទាន់បញ្ចប់ ឬមិនបានលុបចោល នឹងត្រូវផ្ទេរបន្ត ហើយសម្គាល់ដូច្នោះ។ ផែនការនេះនៅដដែល។</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation type="unfinished">ទិដ្ឋភាពផែនការ</translation>
    </message>
    <message>
        <source>Change my &amp;city…</source>
        <translation type="unfinished">ប្ដូរទីក្រុងរបស់ខ្ញុំ(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>{0} — plan {1}, revision {2} (read only)</source>
        <translation type="unfinished">{0} — ផែនការ {1} ការកែប្រែលើកទី {2} (អានប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Projects ({0})</source>
        <translation type="unfinished">គម្រោង ({0})</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished">បើក &amp;PDF</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">កំពុងអានផែនការ…</translation>
    </message>
    <message>
        <source>Open the PDF the city signed, exactly as it is in the bundle</source>
        <translation type="unfinished">បើក PDF ដែលទីក្រុងបានចុះហត្ថលេខា ដូចដែលមានក្នុងកញ្ចប់</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">ទទួលយក(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">ប្រគល់ត្រឡប់(&amp;R)…</translation>
    </message>
    <message>
        <source>Draft: the city has not marked this plan final. Accepting a draft is your explicit choice.</source>
        <translation type="unfinished">សេចក្ដីព្រាង៖ ទីក្រុងមិនទាន់សម្គាល់ផែនការនេះថាចុងក្រោយទេ។ ការទទួលយកសេចក្ដីព្រាងគឺជាជម្រើសច្បាស់លាស់របស់អ្នក។</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished">មិនទាន់បានពិនិត្យ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">បានទទួលយក</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">បានប្រគល់ត្រឡប់</translation>
    </message>
    <message>
        <source>Review: {0}.</source>
        <translation type="unfinished">ការពិនិត្យ៖ {0}។</translation>
    </message>
    <message>
        <source>A newer revision has been imported; decide on that one.</source>
        <translation type="unfinished">ការកែប្រែថ្មីជាងត្រូវបាននាំចូលហើយ។ សូមសម្រេចលើការកែប្រែនោះ។</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ចុងក្រោយ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">ទីក្រុង៖</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished">ចំណងជើង៖</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished">វដ្ត៖</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished">ការកែប្រែ៖</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished">ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation type="unfinished">ចក្ខុវិស័យ៖</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation type="unfinished">ផ្អែកលើ៖</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">វិស័យអាទិភាព៖</translation>
    </message>
    <message>
        <source>Strategic outcomes:</source>
        <translation type="unfinished">លទ្ធផលយុទ្ធសាស្ត្រ៖</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished">គម្រោង៖</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished">គម្រោង 1</translation>
    </message>
    <message>
        <source>{0} projects</source>
        <translation type="unfinished">គម្រោង {0}</translation>
    </message>
    <message>
        <source>No projects: this plan is not ready.</source>
        <translation type="unfinished">គ្មានគម្រោង៖ ផែនការនេះមិនទាន់ត្រៀមរួចរាល់ទេ។</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished">ចុះហត្ថលេខាដោយ៖</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished">បាននាំចូល៖</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(គ្មាន)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">កូដ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">ចំណងជើង</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">វិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">ឆ្នាំ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">ថវិកា</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">កាលកំណត់</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">ឯកតា</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">គោលដៅ</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation type="unfinished">លទ្ធផលជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">ប្រភព</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">មូលនិធិ</translation>
    </message>
    <message>
        <source>This plan has no projects. A plan without projects is not ready; return it with a reason.</source>
        <translation type="unfinished">ផែនការនេះគ្មានគម្រោង។ ផែនការដែលគ្មានគម្រោងមិនទាន់ត្រៀមរួចរាល់ទេ។ សូមប្រគល់វាត្រឡប់វិញជាមួយហេតុផល។</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(គ្មានការពិពណ៌នា)</translation>
    </message>
    <message>
        <source>Lead agency: {0}</source>
        <translation type="unfinished">ស្ថាប័នដឹកនាំ៖ {0}</translation>
    </message>
    <message>
        <source>SDGs: {0}</source>
        <translation type="unfinished">SDGs៖ {0}</translation>
    </message>
    <message>
        <source>External partner: {0}</source>
        <translation type="unfinished">ដៃគូខាងក្រៅ៖ {0}</translation>
    </message>
    <message>
        <source>Seeks a private-sector partner: {0}</source>
        <translation type="unfinished">ស្វែងរកដៃគូវិស័យឯកជន៖ {0}</translation>
    </message>
    <message>
        <source>Risks: {0}</source>
        <translation type="unfinished">ហានិភ័យ៖ {0}</translation>
    </message>
    <message>
        <source>Budget in USD: {0}</source>
        <translation type="unfinished">ថវិកាជា USD៖ {0}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">ការកែប្រែ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">បាននាំចូល</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">ការពិនិត្យ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">ហេតុផល</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">ប្រៀបធៀបការកែប្រែ(&amp;C)…</translation>
    </message>
    <message>
        <source>Every revision of this plan imported here, newest first.</source>
        <translation type="unfinished">រាល់ការកែប្រែនៃផែនការនេះដែលបាននាំចូលនៅទីនេះ ថ្មីបំផុតមុន។</translation>
    </message>
    <message>
        <source>Only this revision has been imported; Compare needs two.</source>
        <translation type="unfinished">មានតែការកែប្រែនេះប៉ុណ្ណោះដែលបាននាំចូល។ ការប្រៀបធៀបត្រូវការពីរ។</translation>
    </message>
</context>
<context>
    <name>PlansBrowser</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished">ផែនការ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">គម្រោង</translation>
    </message>
    <message>
        <source>No plans yet: import the bundles you received with File → Import bundles…, or drop them on this window.</source>
        <translation type="unfinished">មិនទាន់មានផែនការ៖ សូមនាំចូលកញ្ចប់ដែលអ្នកបានទទួលតាម ឯកសារ → នាំចូលកញ្ចប់… ឬទម្លាក់វានៅលើបង្អួចនេះ។</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished">ចុងក្រោយ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished">សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} · revision {4}</source>
        <translation type="unfinished">{0}
{1} · {2} · {3} · ការកែប្រែលើកទី {4}</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished">ផែនការទាំងអស់</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">ឆ្នាំ</translation>
    </message>
    <message>
        <source>What happened this year</source>
        <translation type="unfinished">អ្វីដែលបានកើតឡើងក្នុងឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">កំណត់ត្រាវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished">បន្ថែមកំណត់ត្រាវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>One note per year of the cycle: what was done, what slipped and why.</source>
        <translation type="unfinished">កំណត់ត្រាមួយក្នុងមួយឆ្នាំនៃវដ្ត៖ អ្វីដែលបានធ្វើ អ្វីដែលយឺតយ៉ាវ និងមូលហេតុ។</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Choose a project on the Projects page to edit it here.</source>
        <translation type="unfinished">សូមជ្រើសគម្រោងនៅទំព័រគម្រោង ដើម្បីកែសម្រួលវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished">លុបគម្រោង…</translation>
    </message>
    <message>
        <source>Delete this project</source>
        <translation type="unfinished">លុបគម្រោងនេះ</translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished">ទូទៅ</translation>
    </message>
    <message>
        <source>Budget and partners</source>
        <translation type="unfinished">ថវិកា និងដៃគូ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">កំណត់ត្រាវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation type="unfinished">អ្នកពិនិត្យ៖ {0}</translation>
    </message>
    <message>
        <source>Planning cycle {0}–{1}</source>
        <translation type="unfinished">វដ្តផែនការ {0}–{1}</translation>
    </message>
    <message>
        <source>carried over from the previous cycle</source>
        <translation type="unfinished">ផ្ទេរពីវដ្តមុន</translation>
    </message>
    <message>
        <source>Readiness: {0} — {1}</source>
        <translation type="unfinished">ភាពត្រៀមខ្លួន៖ {0} — {1}</translation>
    </message>
    <message>
        <source>Readiness: {0}</source>
        <translation type="unfinished">ភាពត្រៀមខ្លួន៖ {0}</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">លុបគម្រោង</translation>
    </message>
    <message>
        <source>Delete the project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">លុបគម្រោង &apos;{0}&apos;? អ្នកអាចមិនធ្វើវិញតាម កែសម្រួល → មិនធ្វើវិញ។</translation>
    </message>
</context>
<context>
    <name>ProjectEditorForm</name>
    <message>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished">មិនបានរក្សាទុក៖ សូមបម្លែងអត្ថបទ Zawgyi ទៅជា Unicode ជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished">ត្រងគម្រោង</translation>
    </message>
    <message>
        <source>Find projects (code, title, agency, description)…</source>
        <translation type="unfinished">ស្វែងរកគម្រោង (កូដ ចំណងជើង ស្ថាប័ន ការពិពណ៌នា)…</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation type="unfinished">ត្រងតាមវិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished">វិស័យអាទិភាពទាំងអស់</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">ត្រងតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ស្ថានភាពទាំងអស់</translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished">ពីឆ្នាំ</translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished">ដល់ឆ្នាំ</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">ស្វែងរកដៃគូឯកជន</translation>
    </message>
    <message>
        <source>Only projects seeking a private partner</source>
        <translation type="unfinished">តែគម្រោងដែលស្វែងរកដៃគូឯកជន</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished">ឆ្នាំ(&amp;Y)៖</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">គម្រោង</translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished">ណាមួយ</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">គម្រោងថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished">លុបគម្រោង(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation type="unfinished">ស្វែងរកគម្រោង(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished">បើកគម្រោង(&amp;O)</translation>
    </message>
    <message>
        <source>No plan open: create one on the Plan overview page.</source>
        <translation type="unfinished">គ្មានផែនការបើក៖ សូមបង្កើតមួយនៅទំព័រទិដ្ឋភាពទូទៅនៃផែនការ។</translation>
    </message>
    <message>
        <source>Projects · {0}</source>
        <translation type="unfinished">គម្រោង · {0}</translation>
    </message>
    <message>
        <source>{0:,} of {1}</source>
        <translation type="unfinished">{0:,} ក្នុងចំណោម {1}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished">គម្រោងថ្មី</translation>
    </message>
    <message>
        <source>Delete project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">លុបគម្រោង &apos;{0}&apos;? អ្នកអាចមិនធ្វើវិញតាម កែសម្រួល → មិនធ្វើវិញ។</translation>
    </message>
    <message>
        <source>Delete {0} projects? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">លុបគម្រោង {0}? អ្នកអាចមិនធ្វើវិញតាម កែសម្រួល → មិនធ្វើវិញ។</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">លុបគម្រោង</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">កូដ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">ចំណងជើង</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished">វិស័យអាទិភាព</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished">ឆ្នាំ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">ថវិកា</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">ស្ថាប័នដឹកនាំ</translation>
    </message>
    <message>
        <source>Seeks private partner</source>
        <translation type="unfinished">ស្វែងរកដៃគូឯកជន</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation type="unfinished">ថវិកា (USD)</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished">ដៃគូខាងក្រៅ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">មាន</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished">បានផ្ទេរ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished">ជ្រើសទាំងអស់(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished">បង្កើន(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished">បន្ថយ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">បាទ/ចាស(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ទេ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">បន្ទាប់(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">បន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">បញ្ចប់(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished">ពិនិត្យម្ដងទៀត</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished">លទ្ធផលពិនិត្យភាពត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Errors must be fixed before the plan can be marked final or exported; warnings are worth a look. Click a finding to go to the field.</source>
        <translation type="unfinished">កំហុសត្រូវតែកែ មុនពេលអាចសម្គាល់ផែនការថាចុងក្រោយ ឬនាំចេញ។ ការព្រមានគួរពិនិត្យមើល។ ចុចលើលទ្ធផលដើម្បីទៅកាន់វាល។</translation>
    </message>
    <message>
        <source>No plan chosen yet.</source>
        <translation type="unfinished">មិនទាន់បានជ្រើសផែនការ។</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation type="unfinished">កំពុងពិនិត្យផែនការ…</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished">{0} ({1})៖ {2}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">កំហុស</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">ការព្រមាន</translation>
    </message>
</context>
<context>
    <name>ReceiveFeature</name>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">នាំចូលកញ្ចប់</translation>
    </message>
    <message>
        <source>ASCN bundles and reference packs (*.ascn *.ascnref);;All files (*)</source>
        <translation type="unfinished">កញ្ចប់ ASCN និងកញ្ចប់ទិន្នន័យយោង (*.ascn *.ascnref);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">នាំចូលកញ្ចប់(&amp;I)…</translation>
    </message>
    <message>
        <source>Verify and import signed bundles: city plans, national bundles, review notes</source>
        <translation type="unfinished">ផ្ទៀងផ្ទាត់ និងនាំចូលកញ្ចប់ដែលបានចុះហត្ថលេខា៖ ផែនការទីក្រុង កញ្ចប់ជាតិ កំណត់ត្រាពិនិត្យ</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">ផែនការបានទទួល</translation>
    </message>
    <message>
        <source>Consolidate national bundle…</source>
        <translation type="unfinished">បង្រួបបង្រួមកញ្ចប់ជាតិ…</translation>
    </message>
    <message>
        <source>Sign one bundle of the country&apos;s accepted city plans for the Secretariat</source>
        <translation type="unfinished">ចុះហត្ថលេខាលើកញ្ចប់តែមួយនៃផែនការទីក្រុងដែលបានទទួលយករបស់ប្រទេស សម្រាប់លេខាធិការដ្ឋាន</translation>
    </message>
</context>
<context>
    <name>ReceivedPlansPage</name>
    <message>
        <source>City</source>
        <translation type="unfinished">ទីក្រុង</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ប្រទេស</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">វដ្ត</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished">ការកែប្រែ</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished">ស្ថានភាពផែនការ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">ចុះហត្ថលេខាដោយ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">បាននាំចូល</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">ការពិនិត្យ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">ហេតុផល</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">បានទទួល</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">បានទទួលយក</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished">បានប្រគល់ត្រឡប់</translation>
    </message>
    <message>
        <source>Received plans</source>
        <translation type="unfinished">ផែនការដែលបានទទួល</translation>
    </message>
    <message>
        <source>Plans imported from cities. Double-click one to read it; accept it or return it with a reason. Import bundles with File → Import bundles… or by dropping them here.</source>
        <translation type="unfinished">ផែនការដែលបាននាំចូលពីទីក្រុង។ ចុចពីរដងលើផែនការមួយដើម្បីអាន។ ទទួលយកវា ឬប្រគល់ត្រឡប់វិញជាមួយហេតុផល។ នាំចូលកញ្ចប់តាម ឯកសារ → នាំចូលកញ្ចប់… ឬដោយទម្លាក់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Show earlier revisions</source>
        <translation type="unfinished">បង្ហាញការកែប្រែមុនៗ</translation>
    </message>
    <message>
        <source>&amp;View plan…</source>
        <translation type="unfinished">មើលផែនការ(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished">ទទួលយក(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo accept</source>
        <translation type="unfinished">ដកការទទួលយកវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the acceptance; possible until the plan is in a national bundle</source>
        <translation type="unfinished">ដកការទទួលយកវិញ។ អាចធ្វើបានរហូតដល់ផែនការស្ថិតក្នុងកញ្ចប់ជាតិ</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished">ប្រគល់ត្រឡប់(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished">ប្រៀបធៀបការកែប្រែ(&amp;C)…</translation>
    </message>
    <message>
        <source>No plan has been received yet.

Import the bundles the cities sent you with File → Import bundles… (Ctrl+I), or drop them on this window.</source>
        <translation type="unfinished">មិនទាន់បានទទួលផែនការណាមួយនៅឡើយទេ។

សូមនាំចូលកញ្ចប់ដែលទីក្រុងបានផ្ញើមកអ្នកតាម ឯកសារ → នាំចូលកញ្ចប់… (Ctrl+I) ឬទម្លាក់វានៅលើបង្អួចនេះ។</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"> (ត្រូវបានជំនួស)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">ចុងក្រោយ</translation>
    </message>
    <message>
        <source>The city has not marked this plan final</source>
        <translation type="unfinished">ទីក្រុងមិនទាន់សម្គាល់ផែនការនេះថាចុងក្រោយទេ</translation>
    </message>
    <message>
        <source>Accept revision {0} of the plan of {1}?</source>
        <translation type="unfinished">ទទួលយកការកែប្រែលើកទី {0} នៃផែនការរបស់ {1}?</translation>
    </message>
    <message>
        <source>Accepted plans go into your national bundle. You can undo this until you consolidate.</source>
        <translation type="unfinished">ផែនការដែលបានទទួលយកនឹងចូលក្នុងកញ្ចប់ជាតិរបស់អ្នក។ អ្នកអាចមិនធ្វើវិញបានរហូតដល់អ្នកបង្រួបបង្រួម។</translation>
    </message>
    <message>
        <source>This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the plan of {1} anyway?</source>
        <translation type="unfinished">ផែនការនេះជាសេចក្ដីព្រាង៖ ទីក្រុងមិនទាន់សម្គាល់វាថាចុងក្រោយទេ។ ទទួលយកការកែប្រែលើកទី {0} នៃផែនការរបស់ {1} ទោះជាយ៉ាងណា?</translation>
    </message>
    <message>
        <source>Accept the plan</source>
        <translation type="unfinished">ទទួលយកផែនការ</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation type="unfinished">ទទួលយកសេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">ទទួលយក</translation>
    </message>
    <message>
        <source>Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.</source>
        <translation type="unfinished">បានទទួលយកការកែប្រែលើកទី {0} នៃផែនការរបស់ {1}។ ដកការទទួលយកវិញ អាចដកវាវិញបានរហូតដល់អ្នកបង្រួបបង្រួម។</translation>
    </message>
    <message>
        <source>The plan of {0} is no longer accepted; it waits for your decision again.</source>
        <translation type="unfinished">ផែនការរបស់ {0} លែងត្រូវបានទទួលយកហើយ។ វារង់ចាំការសម្រេចរបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Returning the plan…</source>
        <translation type="unfinished">កំពុងប្រគល់ផែនការត្រឡប់…</translation>
    </message>
    <message>
        <source>Returned the plan of {0}. The signed review note is {1}; send it to the city.</source>
        <translation type="unfinished">បានប្រគល់ផែនការរបស់ {0} ត្រឡប់វិញ។ កំណត់ត្រាពិនិត្យដែលបានចុះហត្ថលេខាគឺ {1}។ សូមផ្ញើវាទៅទីក្រុង។</translation>
    </message>
    <message>
        <source>Plan returned</source>
        <translation type="unfinished">បានប្រគល់ផែនការត្រឡប់</translation>
    </message>
    <message>
        <source>The plan of {0} was returned. Send this signed review note to the city:</source>
        <translation type="unfinished">ផែនការរបស់ {0} ត្រូវបានប្រគល់ត្រឡប់។ សូមផ្ញើកំណត់ត្រាពិនិត្យដែលបានចុះហត្ថលេខានេះទៅទីក្រុង៖</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">បើកថត</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">បើកថ្មីៗ(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished">គ្មានឯកសារថ្មីៗ</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished">សម្អាតឯកសារថ្មីៗ(&amp;C)</translation>
    </message>
    <message>
        <source>Excel workbook, imported</source>
        <translation type="unfinished">សៀវភៅបញ្ជី Excel បាននាំចូល</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">បាននាំចូល</translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished">បានសរសេរ</translation>
    </message>
    <message>
        <source>{0} is no longer there: it was moved, renamed or deleted.</source>
        <translation type="unfinished">{0} លែងនៅទីនោះហើយ៖ វាត្រូវបានផ្លាស់ទី ប្ដូរឈ្មោះ ឬលុប។</translation>
    </message>
    <message>
        <source>{0} cannot be opened in this window.</source>
        <translation type="unfinished">មិនអាចបើក {0} ក្នុងបង្អួចនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reading the reference data…</source>
        <translation type="unfinished">កំពុងអានទិន្នន័យយោង…</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">ទីក្រុង</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក</translation>
    </message>
    <message>
        <source>Planning cycle</source>
        <translation type="unfinished">វដ្តផែនការ</translation>
    </message>
    <message>
        <source>Partner or programme</source>
        <translation type="unfinished">ដៃគូ ឬកម្មវិធី</translation>
    </message>
    <message>
        <source>Changes in the next reference pack</source>
        <translation type="unfinished">ការផ្លាស់ប្ដូរក្នុងកញ្ចប់ទិន្នន័យយោងបន្ទាប់</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation type="unfinished">ចុះហត្ថលេខា និងនាំចេញ…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished">បោះបង់សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Draft of the next reference pack (preview):</source>
        <translation type="unfinished">សេចក្ដីព្រាងកញ្ចប់ទិន្នន័យយោងបន្ទាប់ (មើលជាមុន)៖</translation>
    </message>
    <message>
        <source>What is uncertain about the record (optional)</source>
        <translation type="unfinished">អ្វីដែលមិនទាន់ច្បាស់អំពីកំណត់ត្រា (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Member state:</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក៖</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished">ឈ្មោះជាភាសាអង់គ្លេស៖</translation>
    </message>
    <message>
        <source>Name in local script:</source>
        <translation type="unfinished">ឈ្មោះជាអក្សរក្នុងស្រុក៖</translation>
    </message>
    <message>
        <source>Joined in:</source>
        <translation type="unfinished">ចូលរួមនៅ៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation type="unfinished">បន្ថែមទីក្រុង</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished">កូដ៖</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished">រូបិយប័ណ្ណ៖</translation>
    </message>
    <message>
        <source>Joined ASEAN in:</source>
        <translation type="unfinished">ចូលជាសមាជិកអាស៊ាននៅ៖</translation>
    </message>
    <message>
        <source>Add member state</source>
        <translation type="unfinished">បន្ថែមរដ្ឋជាសមាជិក</translation>
    </message>
    <message>
        <source>One per line: CODE = Label</source>
        <translation type="unfinished">មួយក្នុងមួយបន្ទាត់៖ កូដ = ស្លាក</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation type="unfinished">ឆ្នាំដំបូង៖</translation>
    </message>
    <message>
        <source>Last year:</source>
        <translation type="unfinished">ឆ្នាំចុងក្រោយ៖</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished">ស្លាក៖</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation type="unfinished">វិស័យអាទិភាព៖</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished">លទ្ធផល៖</translation>
    </message>
    <message>
        <source>Add cycle with its classification</source>
        <translation type="unfinished">បន្ថែមវដ្តជាមួយចំណាត់ថ្នាក់របស់វា</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Programme of:</source>
        <translation type="unfinished">កម្មវិធីរបស់៖</translation>
    </message>
    <message>
        <source>Add partner or programme</source>
        <translation type="unfinished">បន្ថែមដៃគូ ឬកម្មវិធី</translation>
    </message>
    <message>
        <source>This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. What you add below goes into version {4}, which you sign and send to every profile.</source>
        <translation type="unfinished">ប្រវត្តិរូបនេះមានទិន្នន័យយោងកំណែ {0}៖ រដ្ឋជាសមាជិក {1} ទីក្រុង {2} វដ្តផែនការ {3}។ អ្វីដែលអ្នកបន្ថែមខាងក្រោមនឹងចូលក្នុងកំណែ {4} ដែលអ្នកចុះហត្ថលេខា និងផ្ញើទៅគ្រប់ប្រវត្តិរូប។</translation>
    </message>
    <message>
        <source>(not a programme)</source>
        <translation type="unfinished">(មិនមែនជាកម្មវិធី)</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation type="unfinished">មិនទាន់មានការផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>{0} added to the draft.</source>
        <translation type="unfinished">បានបន្ថែម {0} ទៅសេចក្ដីព្រាង។</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation type="unfinished">សេចក្ដីព្រាងត្រូវបានបោះចោល។</translation>
    </message>
    <message>
        <source>Sign reference data</source>
        <translation type="unfinished">ចុះហត្ថលេខាលើទិន្នន័យយោង</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់នៃកូនសោចុះហត្ថលេខារបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Folder for the reference pack</source>
        <translation type="unfinished">ថតសម្រាប់កញ្ចប់ទិន្នន័យយោង</translation>
    </message>
    <message>
        <source>Signing reference data…</source>
        <translation type="unfinished">កំពុងចុះហត្ថលេខាលើទិន្នន័យយោង…</translation>
    </message>
    <message>
        <source>Reference data version {0} signed, applied here and written to {1}. Send it to every profile; it also travels inside your review notes.</source>
        <translation type="unfinished">ទិន្នន័យយោងកំណែ {0} ត្រូវបានចុះហត្ថលេខា អនុវត្តនៅទីនេះ និងសរសេរទៅ {1}។ សូមផ្ញើវាទៅគ្រប់ប្រវត្តិរូប។ វាក៏ភ្ជាប់ទៅជាមួយកំណត់ត្រាពិនិត្យរបស់អ្នកផងដែរ។</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of {0}</source>
        <translation type="unfinished">ប្រគល់ផែនការរបស់ {0} ត្រឡប់វិញ</translation>
    </message>
    <message>
        <source>Revision {0} of the plan of {1} goes back to the city with your reason. A signed review note is saved for you to send them.</source>
        <translation type="unfinished">ការកែប្រែលើកទី {0} នៃផែនការរបស់ {1} ត្រឡប់ទៅទីក្រុងវិញជាមួយហេតុផលរបស់អ្នក។ កំណត់ត្រាពិនិត្យដែលបានចុះហត្ថលេខាត្រូវបានរក្សាទុកសម្រាប់អ្នកផ្ញើទៅពួកគេ។</translation>
    </message>
    <message>
        <source>What the city should change, in a few sentences</source>
        <translation type="unfinished">អ្វីដែលទីក្រុងគួរផ្លាស់ប្ដូរ ក្នុងប៉ុន្មានប្រយោគ</translation>
    </message>
    <message>
        <source>Reason for returning the plan</source>
        <translation type="unfinished">ហេតុផលនៃការប្រគល់ផែនការត្រឡប់</translation>
    </message>
    <message>
        <source>Folder for the review note</source>
        <translation type="unfinished">ថតសម្រាប់កំណត់ត្រាពិនិត្យ</translation>
    </message>
    <message>
        <source>Choose the folder for the review note.</source>
        <translation type="unfinished">សូមជ្រើសថតសម្រាប់កំណត់ត្រាពិនិត្យ។</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished">ហេតុផល៖</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished">មតិយោបល់៖</translation>
    </message>
    <message>
        <source>Save the note in:</source>
        <translation type="unfinished">រក្សាទុកកំណត់ត្រាក្នុង៖</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation type="unfinished">ប្រគល់ផែនការត្រឡប់</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished">មតិយោបល់នេះអំពីអ្វី</translation>
    </message>
    <message>
        <source>A comment on the chosen field</source>
        <translation type="unfinished">មតិយោបល់លើវាលដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">មតិយោបល់</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished">បន្ថែមមតិយោបល់(&amp;C)</translation>
    </message>
    <message>
        <source>Comments to send</source>
        <translation type="unfinished">មតិយោបល់ដែលត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ដកចេញ</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation type="unfinished">ផែនការ · {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">ផែនការ</translation>
    </message>
    <message>
        <source>{0} (whole project)</source>
        <translation type="unfinished">{0} (គម្រោងទាំងមូល)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">មូលនិធិ</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">កំណត់ត្រាវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Say why the plan is returned; the city will read your reason.</source>
        <translation type="unfinished">សូមប្រាប់ពីមូលហេតុដែលផែនការត្រូវប្រគល់ត្រឡប់។ ទីក្រុងនឹងអានហេតុផលរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsBox</name>
    <message>
        <source>Reviewer&apos;s comments: {0} open of {1}</source>
        <translation type="unfinished">មតិយោបល់របស់អ្នកពិនិត្យ៖ នៅបើក {0} ក្នុងចំណោម {1}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished">មតិយោបល់របស់អ្នកពិនិត្យ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished">ចម្លើយរបស់អ្នក</translation>
    </message>
    <message>
        <source>Answer to the comment on {0}</source>
        <translation type="unfinished">ចម្លើយចំពោះមតិយោបល់លើ {0}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">បានដោះស្រាយ</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished">ទៅកាន់វាល</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Compare revisions — {0}</source>
        <translation type="unfinished">ប្រៀបធៀបការកែប្រែ — {0}</translation>
    </message>
    <message>
        <source>Revision {0} (imported {1})</source>
        <translation type="unfinished">ការកែប្រែលើកទី {0} (នាំចូល {1})</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation type="unfinished">ចាស់ជាង៖</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation type="unfinished">ថ្មីជាង៖</translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation type="unfinished">កំពុងអានការកែប្រែ…</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished">ការកែប្រែចាស់ជាង</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished">ការកែប្រែថ្មីជាង</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation type="unfinished">ការផ្លាស់ប្ដូររវាងការកែប្រែទាំងពីរ</translation>
    </message>
    <message>
        <source>Only one revision of this plan has been imported.</source>
        <translation type="unfinished">មានតែការកែប្រែមួយនៃផែនការនេះដែលបាននាំចូល។</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិតផែនការ</translation>
    </message>
    <message>
        <source>{0} {1}{2} — {3}</source>
        <translation type="unfinished">{0} {1}{2} — {3}</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished">ថ្មី</translation>
    </message>
    <message>
        <source>was here</source>
        <translation type="unfinished">ធ្លាប់នៅទីនេះ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">ព័ត៌មានគម្រោង</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">ដំណាក់កាលសំខាន់</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">សូចនាករ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished">មូលនិធិ</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished">កំណត់ចំណាំវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished">បានបន្ថែម</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <source>Your comments on revision {0}: {1} of {2} addressed</source>
        <translation type="unfinished">មតិយោបល់របស់អ្នកលើការកែប្រែលើកទី {0}៖ បានឆ្លើយតប {1} ក្នុងចំណោម {2}</translation>
    </message>
    <message>
        <source>Addressed (changed)</source>
        <translation type="unfinished">បានឆ្លើយតប (បានផ្លាស់ប្ដូរ)</translation>
    </message>
    <message>
        <source>Not addressed (unchanged)</source>
        <translation type="unfinished">មិនទាន់ឆ្លើយតប (មិនផ្លាស់ប្ដូរ)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke {0}&apos;s key</source>
        <translation type="unfinished">ដកហូតកូនសោរបស់ {0}</translation>
    </message>
    <message>
        <source>Bundles this computer received with this key before the date stay valid; a bundle signed or first received from then on is refused, whatever date it carries, except the last bundle known good chosen below.</source>
        <translation type="unfinished">កញ្ចប់ដែលកុំព្យូទ័រនេះបានទទួលជាមួយកូនសោនេះមុនកាលបរិច្ឆេទនោះនៅតែមានសុពលភាព។ កញ្ចប់ដែលចុះហត្ថលេខា ឬទទួលលើកដំបូងចាប់ពីពេលនោះត្រូវបដិសេធ ទោះមានកាលបរិច្ឆេទណាក៏ដោយ លើកលែងតែកញ្ចប់ល្អចុងក្រោយដែលបានជ្រើសខាងក្រោម។</translation>
    </message>
    <message>
        <source>Last bundle known good</source>
        <translation type="unfinished">កញ្ចប់ល្អចុងក្រោយដែលដឹង</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">គ្មាន</translation>
    </message>
    <message>
        <source>, revision {0}</source>
        <translation type="unfinished">, ការកែប្រែលើកទី {0}</translation>
    </message>
    <message>
        <source>{0}{1}, received {2:%Y-%m-%d}</source>
        <translation type="unfinished">{0}{1}, បានទទួល {2:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">ហេតុផល</translation>
    </message>
    <message>
        <source>e.g. laptop stolen, officer replaced</source>
        <translation type="unfinished">ឧ. កុំព្យូទ័រយួរដៃត្រូវគេលួច មន្ត្រីត្រូវបានជំនួស</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">ហេតុផល(&amp;R)៖</translation>
    </message>
    <message>
        <source>Revoked &amp;from (UTC):</source>
        <translation type="unfinished">ដកហូតចាប់ពី(&amp;F) (UTC)៖</translation>
    </message>
    <message>
        <source>&amp;Last bundle known good:</source>
        <translation type="unfinished">កញ្ចប់ល្អចុងក្រោយដែលដឹង(&amp;L)៖</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">ដកហូត</translation>
    </message>
</context>
<context>
    <name>RowsBlock</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ដកចេញ</translation>
    </message>
    <message>
        <source>Remove the chosen row of “{0}”</source>
        <translation type="unfinished">លុបជួរដែលបានជ្រើសរបស់ “{0}”</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>System language</source>
        <translation type="unfinished">ភាសារបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Language of the interface and of new reports:</source>
        <translation type="unfinished">ភាសានៃផ្ទៃប្រើប្រាស់ និងរបាយការណ៍ថ្មី៖</translation>
    </message>
    <message>
        <source>ASCN Desktop speaks {0} from its next start.</source>
        <translation type="unfinished">ASCN Desktop នឹងប្រើ{0} ចាប់ពីការបើកលើកក្រោយ។</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished">ភាសា(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the language of the interface (default: the system&apos;s)</source>
        <translation type="unfinished">ជ្រើសភាសានៃផ្ទៃប្រើប្រាស់ (លំនាំដើម៖ ភាសារបស់ប្រព័ន្ធ)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust this identity card?</source>
        <translation type="unfinished">ទុកចិត្តប័ណ្ណអត្តសញ្ញាណនេះ?</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}{3}</source>
        <translation type="unfinished">{0} — {1}, {2}{3}</translation>
    </message>
    <message>
        <source>Check this fingerprint with the sender by phone before you trust it.</source>
        <translation type="unfinished">សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃនេះជាមួយអ្នកផ្ញើតាមទូរស័ព្ទ មុនពេលអ្នកទុកចិត្តវា។</translation>
    </message>
    <message>
        <source>Replaces key</source>
        <translation type="unfinished">ជំនួសកូនសោ</translation>
    </message>
    <message>
        <source>(nothing: a new signer)</source>
        <translation type="unfinished">(គ្មាន៖ អ្នកចុះហត្ថលេខាថ្មី)</translation>
    </message>
    <message>
        <source>This key replaces:</source>
        <translation type="unfinished">កូនសោនេះជំនួស៖</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">ទុកចិត្ត</translation>
    </message>
    <message>
        <source>This card is of {0}, another member state than yours ({1}). Trust it only if you expect bundles signed by this person.</source>
        <translation type="unfinished">ប័ណ្ណនេះជារបស់ {0} ដែលជារដ្ឋជាសមាជិកផ្សេងពីរបស់អ្នក ({1})។ សូមទុកចិត្តវាលុះត្រាតែអ្នករំពឹងកញ្ចប់ដែលចុះហត្ថលេខាដោយបុគ្គលនេះ។</translation>
    </message>
    <message>
        <source>I trust a card of another member state</source>
        <translation type="unfinished">ខ្ញុំទុកចិត្តប័ណ្ណរបស់រដ្ឋជាសមាជិកផ្សេង</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ប្រទេស</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">ទីក្រុង</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">ស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Vouched for by</source>
        <translation type="unfinished">បានធានាដោយ</translation>
    </message>
    <message>
        <source>Trust registry</source>
        <translation type="unfinished">បញ្ជីទំនុកចិត្ត</translation>
    </message>
    <message>
        <source>Bundles and review notes are accepted only when signed by a key listed here. City keys “vouched for by” a National Representative came with that NR&apos;s national bundle; they are trusted as long as the NR&apos;s own key is.</source>
        <translation type="unfinished">កញ្ចប់ និងកំណត់ត្រាពិនិត្យត្រូវបានទទួលយក លុះត្រាតែចុះហត្ថលេខាដោយកូនសោដែលមានក្នុងបញ្ជីនេះ។ កូនសោទីក្រុងដែល “ធានាដោយ” តំណាងជាតិ បានមកជាមួយកញ្ចប់ជាតិរបស់តំណាងជាតិនោះ។ វាត្រូវបានទុកចិត្ត ដរាបណាកូនសោផ្ទាល់របស់តំណាងជាតិនៅតែត្រូវបានទុកចិត្ត។</translation>
    </message>
    <message>
        <source>Add identity card…</source>
        <translation type="unfinished">បន្ថែមប័ណ្ណអត្តសញ្ញាណ…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished">ដកហូត…</translation>
    </message>
    <message>
        <source>revoked from {0:%Y-%m-%d %H:%M} UTC: {1}</source>
        <translation type="unfinished">ដកហូតចាប់ពី {0:%Y-%m-%d %H:%M} UTC៖ {1}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished">ទុកចិត្ត</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation type="unfinished">បន្ថែមប័ណ្ណអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Identity cards (*.json);;All files (*)</source>
        <translation type="unfinished">ប័ណ្ណអត្តសញ្ញាណ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>untitled project</source>
        <translation type="unfinished">គម្រោងគ្មានចំណងជើង</translation>
    </message>
    <message>
        <source>edit “{0}” of “{1}”</source>
        <translation type="unfinished">កែ “{0}” នៃ “{1}”</translation>
    </message>
    <message>
        <source>add a row to “{0}” of “{1}”</source>
        <translation type="unfinished">បន្ថែមជួរមួយទៅ “{0}” នៃ “{1}”</translation>
    </message>
    <message>
        <source>remove “{0}” from “{1}” of “{2}”</source>
        <translation type="unfinished">លុប “{0}” ចេញពី “{1}” នៃ “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” in “{1}” of “{2}”</source>
        <translation type="unfinished">កែ “{0}” ក្នុង “{1}” នៃ “{2}”</translation>
    </message>
    <message>
        <source>edit “{0}” for {1} of indicator “{2}” of “{3}”</source>
        <translation type="unfinished">កែ “{0}” សម្រាប់ឆ្នាំ {1} នៃសូចនាករ “{2}” នៃ “{3}”</translation>
    </message>
    <message>
        <source>add project “{0}”</source>
        <translation type="unfinished">បន្ថែមគម្រោង “{0}”</translation>
    </message>
    <message>
        <source>delete project “{0}”</source>
        <translation type="unfinished">លុបគម្រោង “{0}”</translation>
    </message>
    <message>
        <source>delete {0} projects</source>
        <translation type="unfinished">លុបគម្រោងចំនួន {0}</translation>
    </message>
    <message>
        <source>edit “{0}” of the plan</source>
        <translation type="unfinished">កែ “{0}” នៃផែនការ</translation>
    </message>
    <message>
        <source>mark the plan final</source>
        <translation type="unfinished">សម្គាល់ផែនការថាជាចុងក្រោយ</translation>
    </message>
    <message>
        <source>reopen the plan as a draft</source>
        <translation type="unfinished">បើកផែនការឡើងវិញជាសេចក្ដីព្រាង</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished">បើកថតកំណត់ហេតុ</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation type="unfinished">សៀវភៅណែនាំអ្នកប្រើ {0}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished">សៀវភៅណែនាំអ្នកប្រើ</translation>
    </message>
</context>
<context>
    <name>WorkbookFeature</name>
    <message>
        <source>Export Excel &amp;template…</source>
        <translation type="unfinished">នាំចេញគំរូ Excel(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook to fill in offline</source>
        <translation type="unfinished">សរសេរផែនការជាសៀវភៅបញ្ជី Excel ដើម្បីបំពេញក្រៅបណ្ដាញ</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation type="unfinished">នាំចូលពី Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Read a filled-in plan workbook; you see every change before it is saved</source>
        <translation type="unfinished">អានសៀវភៅបញ្ជីផែនការដែលបានបំពេញ។ អ្នកឃើញរាល់ការផ្លាស់ប្ដូរ មុនពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>Choose a plan first (Plans page), then try again.</source>
        <translation type="unfinished">សូមជ្រើសផែនការជាមុន (ទំព័រផែនការ) រួចសាកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished">កំពុងអានផែនការ…</translation>
    </message>
    <message>
        <source>Export Excel template</source>
        <translation type="unfinished">នាំចេញគំរូ Excel</translation>
    </message>
    <message>
        <source>Include the plan&apos;s {0} in the template, or write an empty template whose rows are added to the plan on import?</source>
        <translation type="unfinished">បញ្ចូល{0}របស់ផែនការក្នុងគំរូ ឬសរសេរគំរូទទេដែលជួរដេករបស់វានឹងត្រូវបន្ថែមទៅផែនការនៅពេលនាំចូល?</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation type="unfinished">ជាមួយផែនការ</translation>
    </message>
    <message>
        <source>Empty template</source>
        <translation type="unfinished">គំរូទទេ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">សៀវភៅបញ្ជី Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the Excel template {0}</source>
        <translation type="unfinished">បានសរសេរគំរូ Excel {0}</translation>
    </message>
    <message>
        <source>Writing the Excel template…</source>
        <translation type="unfinished">កំពុងសរសេរគំរូ Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished">នាំចូលពី Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished">សៀវភៅបញ្ជី Excel (*.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation type="unfinished">កំពុងអានសៀវភៅបញ្ជី…</translation>
    </message>
    <message>
        <source>Import from Excel ({0})</source>
        <translation type="unfinished">នាំចូលពី Excel ({0})</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished">បាននាំចូល {0}៖ {1}</translation>
    </message>
    <message>
        <source>The plan was final and is a draft again; mark it final when it is ready.</source>
        <translation type="unfinished">ផែនការធ្លាប់ជាចុងក្រោយ ហើយឥឡូវជាសេចក្ដីព្រាងវិញ។ សូមសម្គាល់វាថាចុងក្រោយនៅពេលរួចរាល់។</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation type="unfinished">កំពុងនាំចូលសៀវភៅបញ្ជី…</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>Burmese in the Zawgyi encoding</source>
        <translation type="unfinished">ភាសាភូមាក្នុងការអ៊ិនកូដ Zawgyi</translation>
    </message>
    <message>
        <source>This text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)</source>
        <translation type="unfinished">អត្ថបទនេះមើលទៅដូចជាភាសាភូមាដែលវាយក្នុងការអ៊ិនកូដ Zawgyi ដែលកុំព្យូទ័រផ្សេង និង PDF បង្ហាញខុស។ បម្លែងវាទៅជា Unicode? (វាត្រូវបានរក្សាទុកតែជា Unicode ប៉ុណ្ណោះ។)</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Your signing identity is ready</source>
        <translation type="unfinished">អត្តសញ្ញាណចុះហត្ថលេខារបស់អ្នករួចរាល់ហើយ</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Receivers will ask you to read it out by phone before they trust your bundles. Export your identity card (here, or later from Tools → Signing identity…) and send it to them.</source>
        <translation type="unfinished">នេះជាស្នាមម្រាមដៃនៃកូនសោរបស់អ្នក។ អ្នកទទួលនឹងសុំឱ្យអ្នកអានវាតាមទូរស័ព្ទ មុនពេលពួកគេទុកចិត្តកញ្ចប់របស់អ្នក។ សូមនាំចេញប័ណ្ណអត្តសញ្ញាណរបស់អ្នក (នៅទីនេះ ឬពេលក្រោយពី ឧបករណ៍ → អត្តសញ្ញាណចុះហត្ថលេខា…) ហើយផ្ញើវាទៅពួកគេ។</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation type="unfinished">នាំចេញប័ណ្ណអត្តសញ្ញាណ…</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Protect your key</source>
        <translation type="unfinished">ការពារកូនសោរបស់អ្នក</translation>
    </message>
    <message>
        <source>Your private key is stored only encrypted with this passphrase. Nobody can recover it if you forget it.</source>
        <translation type="unfinished">កូនសោឯកជនរបស់អ្នកត្រូវបានរក្សាទុកតែក្នុងទម្រង់អ៊ិនគ្រីបដោយឃ្លាសម្ងាត់នេះប៉ុណ្ណោះ។ គ្មាននរណាអាចសង្គ្រោះវាបានទេ ប្រសិនបើអ្នកភ្លេចវា។</translation>
    </message>
    <message>
        <source>Creating your key…</source>
        <translation type="unfinished">កំពុងបង្កើតកូនសោរបស់អ្នក…</translation>
    </message>
</context>
<context>
    <name>_WhoPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished">អ្នកជានរណា</translation>
    </message>
    <message>
        <source>Your identity card tells receivers who signed a bundle.</source>
        <translation type="unfinished">ប័ណ្ណអត្តសញ្ញាណរបស់អ្នកប្រាប់អ្នកទទួលថា នរណាបានចុះហត្ថលេខាលើកញ្ចប់។</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished">ឈ្មោះពេញ(&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">តួនាទី(&amp;R)៖</translation>
    </message>
    <message>
        <source>Member &amp;state:</source>
        <translation type="unfinished">រដ្ឋជាសមាជិក(&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">ទីក្រុង(&amp;C)៖</translation>
    </message>
    <message>
        <source>(none: national or secretariat role)</source>
        <translation type="unfinished">(គ្មាន៖ តួនាទីថ្នាក់ជាតិ ឬលេខាធិការដ្ឋាន)</translation>
    </message>
</context>
</TS>
