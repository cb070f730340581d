<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>About</name>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="60"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The offline desktop application of the ASEAN Smart Cities Network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Profile folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {4}&lt;/p&gt;&lt;p&gt;If something goes wrong, Help → Copy diagnostic information and the log folder&apos;s files are what support asks for.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="78"/>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="84"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="96"/>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="100"/>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="108"/>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="110"/>
        <source>Version, system, store schema and folders, for support (no keys, no passphrases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="113"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="52"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="55"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="69"/>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="80"/>
        <source>Include local plans of cities that sent none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="84"/>
        <source>Planning cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="85"/>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="87"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="89"/>
        <source>Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="107"/>
        <source>Choose the folder for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="117"/>
        <source>Writing the annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="125"/>
        <source>The annual report was written:
{0}
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/charts.py" line="114"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="35"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="37"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="43"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="49"/>
        <source>Budget in US dollars (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="52"/>
        <source>USD &amp;equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="60"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="66"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="71"/>
        <source>Add funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="79"/>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="83"/>
        <source>Seeks a private-sector solution provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="89"/>
        <source>What the private sector is sought for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="90"/>
        <source>What solution or service is sought, and on what terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="93"/>
        <source>Private-sector &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="98"/>
        <source>External partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="99"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="102"/>
        <source>External &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="164"/>
        <source>Funding total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="166"/>
        <source> of a budget of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_budget.py" line="169"/>
        <source> — more than the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="72"/>
        <source>Consolidate national bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="75"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="77"/>
        <source>The accepted plans of {0} ({1}) go into one bundle signed by you, with the national summary (Excel and PDF) and your endorsement note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="85"/>
        <source>Endorsement note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="87"/>
        <source>Folder for the national bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="88"/>
        <source>Choose the folder for the national bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="93"/>
        <source>Endorsement note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="94"/>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="97"/>
        <source>Sign and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="126"/>
        <source>Consolidating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorFeature</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/editor_feature.py" line="37"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/editor_feature.py" line="38"/>
        <source>Readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/editor_feature.py" line="42"/>
        <source>Check &amp;readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/editor_feature.py" line="44"/>
        <source>List what must be fixed before the plan can be marked final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="45"/>
        <source>Import from Excel — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="51"/>
        <source>The workbook has {0} problem(s). Fix these cells in the workbook and import it again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="54"/>
        <source>The workbook matches the plan; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="56"/>
        <source>Check the changes below, then apply them to the plan (Edit › Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="64"/>
        <source>Problems in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="68"/>
        <source>Problems (sheet!cell):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="79"/>
        <source>Changes the import makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="80"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="80"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="80"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="93"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="99"/>
        <source>&amp;Convert to Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="107"/>
        <source>&amp;Apply to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="122"/>
        <source>{0} text(s) look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled: {1}. Convert them to Unicode to import the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/excel_import_dialog.py" line="138"/>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="136"/>
        <source>Export data for other systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="141"/>
        <source>JSON (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="141"/>
        <source>CSV (one file per table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="142"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="146"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="147"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="149"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="157"/>
        <source>Choose the folder for the data files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="165"/>
        <source>Exporting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/annual_report_dialog.py" line="172"/>
        <source>{0} file(s) written to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="85"/>
        <source>Export signed bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="86"/>
        <source>{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the PDF report, signed by {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="90"/>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="91"/>
        <source>Choose the folder for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="93"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="101"/>
        <source>Export it as a &amp;draft anyway (receivers will see “Draft”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="107"/>
        <source>…and {0} more on the Readiness page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="115"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="121"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="124"/>
        <source>Export as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="150"/>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="154"/>
        <source>Tick “Export it as a draft anyway”, or mark the plan final first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="164"/>
        <source>Exporting the signed bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="46"/>
        <source>Signed bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="47"/>
        <source>Revision {0} (new content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="48"/>
        <source>Revision {0} (content unchanged since the last export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="53"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="54"/>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="55"/>
        <source>Signed with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="56"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/export_dialog.py" line="57"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/widgets_fields.py" line="26"/>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="32"/>
        <source>Welcome to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="34"/>
        <source>Which ASCN city do you work for? The app opens that city&apos;s action plan. You can change this later; once you create a signing identity, it decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="38"/>
        <source>National Representative or Secretariat? Click Skip, then create your signing identity with Tools → Signing identity…; the app then shows your pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="43"/>
        <source>Find a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="44"/>
        <source>Type a city name, e.g. da nang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="46"/>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="51"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="55"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="56"/>
        <source>&amp;Member state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="57"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="59"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/first_run.py" line="103"/>
        <source>No ASCN city matches &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../ascn_desktop/gui/folder_field.py" line="52"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="40"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="43"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="48"/>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="51"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="55"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="58"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="63"/>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="64"/>
        <source>— choose a focus area —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="68"/>
        <source>&amp;Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="81"/>
        <source>Strategic outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="97"/>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="100"/>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="102"/>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="107"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="112"/>
        <source>&amp;Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="117"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="121"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="125"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="128"/>
        <source>&amp;Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="134"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="137"/>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_general.py" line="195"/>
        <source>The end year is before the start year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="213"/>
        <source>Your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="217"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="218"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="219"/>
        <source>Member state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="220"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="221"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="222"/>
        <source>Export identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="223"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="238"/>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="241"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="238"/>
        <source>Your current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="241"/>
        <source>Choose a new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="250"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="69"/>
        <source>Export identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="71"/>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="77"/>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="79"/>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="80"/>
        <source>Saved {0}. Send it to the receiver and read them the fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="170"/>
        <source>Create your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="199"/>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/import_dialog.py" line="95"/>
        <source>Importing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/import_dialog.py" line="41"/>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/import_dialog.py" line="46"/>
        <source>{0} imported, {1} already here, {2} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/import_dialog.py" line="48"/>
        <source> {0} not imported because you cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/import_dialog.py" line="54"/>
        <source>Import results, one line per bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="64"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="64"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="116"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="120"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="122"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="126"/>
        <source>Baseline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="131"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="132"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="138"/>
        <source>Targets and actuals per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="143"/>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="166"/>
        <source>Choose an indicator above to enter its targets and actuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_indicators.py" line="170"/>
        <source>Targets and actuals of “{0}” ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysFeature</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="28"/>
        <source>Choose a plan first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="61"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="62"/>
        <source>Create your signing identity now? You need it to sign the plans and reviews you send; it takes a minute. You can also do it later with Tools → Signing identity….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="71"/>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="76"/>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/keys_feature.py" line="91"/>
        <source>Trust registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="77"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="114"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="115"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="116"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="117"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="119"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="124"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="127"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="165"/>
        <source>Store: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="166"/>
        <source>Store location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="168"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="169"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/main_window.py" line="182"/>
        <source>All changes saved · last save {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="32"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="36"/>
        <source>Due year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="39"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="45"/>
        <source>% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="50"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="53"/>
        <source>Double-click a cell to change it. Due years must lie within the planning cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="61"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_feature.py" line="32"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_feature.py" line="35"/>
        <source>Annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_feature.py" line="37"/>
        <source>Write the ASCN annual progress report (PDF and Excel) from the imported plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_feature.py" line="39"/>
        <source>Export data for other systems…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="111"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="116"/>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="119"/>
        <source>Include local plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="120"/>
        <source>Also count the local plan of cities that sent no plan (demo stores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="132"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="132"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="133"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="133"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="134"/>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="142"/>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="143"/>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="315"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="144"/>
        <source>Network and breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="146"/>
        <source>Milestones overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="147"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="148"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="149"/>
        <source>Private partners sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="150"/>
        <source>External partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="151"/>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="209"/>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="269"/>
        <source>{0} of {1} cities reported on {2} ({3} on time, {4} late); {5} projects; {6} milestones overdue on {7}; {8} of {9} indicators behind target; {10} projects seek a private-sector partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="281"/>
        <source>Cities by reporting state, per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="291"/>
        <source>Projects by focus area and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="296"/>
        <source>Milestones overdue, per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="297"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="303"/>
        <source>Indicators on track and behind target, per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="304"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="304"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="308"/>
        <source>Funding by type, USD equivalent (where given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/secretariat/monitoring_page.py" line="315"/>
        <source>Projects paired with each external partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalResultDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="40"/>
        <source>National bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="41"/>
        <source>{0} city plans, signed by you: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="51"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/consolidate_dialog.py" line="52"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="27"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="31"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="36"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="36"/>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="38"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="48"/>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="49"/>
        <source>Weak: use more different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="50"/>
        <source>Fair: a longer phrase is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="51"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/passphrase_dialog.py" line="54"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="153"/>
        <source>Planning cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="154"/>
        <source>&amp;Planning cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="175"/>
        <source>Open readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="184"/>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="189"/>
        <source>Choose your city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="204"/>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="209"/>
        <source>Vision statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="214"/>
        <source>Blueprint the plan derives from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="215"/>
        <source>The city&apos;s existing blueprint or master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="217"/>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="218"/>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="403"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="219"/>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="403"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="222"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="224"/>
        <source>&amp;Vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="225"/>
        <source>&amp;Blueprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="229"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="233"/>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="235"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="234"/>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="239"/>
        <source>Strategic outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="247"/>
        <source>Start plan for next cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="347"/>
        <source>No city chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="348"/>
        <source>Choose the city you work for to start its action plan. National Representatives and Secretariat staff: create your signing identity with Tools → Signing identity… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="359"/>
        <source>{0} has no action plan yet for the {1} planning cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="378"/>
        <source>Start from the {0} plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="402"/>
        <source> by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="404"/>
        <source> · sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="405"/>
        <source> · started from the previous cycle&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="406"/>
        <source>{0} · revision {1} · last edited {2}{3}{4}{5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="437"/>
        <source>Revision {0} was returned by {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="438"/>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="466"/>
        <source>Readiness: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="488"/>
        <source>A plan needs a title; the previous title is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="493"/>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="616"/>
        <source>Start plan for next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="617"/>
        <source>Start the {0} plan from this one? Projects that are not completed or cancelled are carried over and marked as such; this plan stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="650"/>
        <source>Plan overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/plan_overview.py" line="653"/>
        <source>Change my &amp;city…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="106"/>
        <source>{0} — plan {1}, revision {2} (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="117"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="118"/>
        <source>Projects ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="119"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="121"/>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="123"/>
        <source>Open the PDF the city signed, exactly as it is in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="125"/>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="127"/>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="156"/>
        <source>Draft: the city has not marked this plan final. Accepting a draft is your explicit choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="159"/>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="159"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="160"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="161"/>
        <source>Review: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="163"/>
        <source>A newer revision has been imported; decide on that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="181"/>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="286"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="181"/>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="286"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="183"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="184"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="185"/>
        <source>Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="186"/>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="187"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="188"/>
        <source>Vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="189"/>
        <source>Derived from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="190"/>
        <source>Focus areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="191"/>
        <source>Strategic outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="192"/>
        <source>Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="192"/>
        <source>1 project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="193"/>
        <source>{0} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="194"/>
        <source>No projects: this plan is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="198"/>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="199"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="201"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="212"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="212"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="212"/>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="212"/>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="225"/>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="284"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="213"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="213"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="225"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="225"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="225"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="227"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="227"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="227"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="227"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="228"/>
        <source>Actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="229"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="229"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="229"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="230"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="230"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="231"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="231"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="238"/>
        <source>This plan has no projects. A plan without projects is not ready; return it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="253"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="255"/>
        <source>Lead agency: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="257"/>
        <source>SDGs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="259"/>
        <source>External partner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="262"/>
        <source>Seeks a private-sector partner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="264"/>
        <source>Risks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="266"/>
        <source>Budget in USD: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="284"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="284"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="284"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="285"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="289"/>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="293"/>
        <source>Every revision of this plan imported here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plan_viewer.py" line="294"/>
        <source>Only this revision has been imported; Compare needs two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansBrowser</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="25"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="32"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="67"/>
        <source>No plans yet: import the bundles you received with File → Import bundles…, or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="91"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="91"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="92"/>
        <source>{0}
{1} · {2} · {3} · revision {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/plans_browser.py" line="104"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="77"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="79"/>
        <source>What happened this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="84"/>
        <source>Add progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_milestones.py" line="86"/>
        <source>One note per year of the cycle: what was done, what slipped and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="75"/>
        <source>Choose a project on the Projects page to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="87"/>
        <source>Delete project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="88"/>
        <source>Delete this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="99"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="100"/>
        <source>Budget and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="101"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="102"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="103"/>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="201"/>
        <source>Reviewer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="211"/>
        <source>Planning cycle {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="213"/>
        <source>carried over from the previous cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="221"/>
        <source>Readiness: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="226"/>
        <source>Readiness: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="284"/>
        <source>{0} of &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="300"/>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor.py" line="301"/>
        <source>Delete the project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditorForm</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_form.py" line="137"/>
        <source>Not saved: convert the Zawgyi text to Unicode first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="107"/>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="108"/>
        <source>Find projects (code, title, agency, description)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="112"/>
        <source>Filter by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="113"/>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="117"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="118"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="123"/>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="124"/>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="125"/>
        <source>Seeks private partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="126"/>
        <source>Only projects seeking a private partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="139"/>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="148"/>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="509"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="201"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="211"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="214"/>
        <source>&amp;Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="220"/>
        <source>&amp;Find projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="223"/>
        <source>&amp;Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="313"/>
        <source>No plan open: create one on the Plan overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="315"/>
        <source>Projects · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="322"/>
        <source>{0:,} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="324"/>
        <source>{0:,} of {1:,} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="440"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="464"/>
        <source>Delete project &apos;{0}&apos;? You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="466"/>
        <source>Delete {0} projects? You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="467"/>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_page.py" line="491"/>
        <source>delete {0} projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_model.py" line="255"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/projects_model.py" line="263"/>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="56"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="59"/>
        <source>Readiness findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="64"/>
        <source>Errors must be fixed before the plan can be marked final or exported; warnings are worth a look. Click a finding to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="102"/>
        <source>No plan chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="118"/>
        <source>Checking the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="132"/>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="141"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/readiness_panel.py" line="141"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveFeature</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="81"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="81"/>
        <source>ASCN bundles (*.ascn);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="87"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="90"/>
        <source>Verify and import signed bundles: city plans, national bundles, review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="106"/>
        <source>Received plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="112"/>
        <source>Consolidate national bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/receive_feature.py" line="114"/>
        <source>Sign one bundle of the country&apos;s accepted city plans for the Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedPlansPage</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="69"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="69"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="70"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="72"/>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="90"/>
        <source>Received plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="74"/>
        <source>Plans imported from cities. Double-click one to read it; accept it or return it with a reason. Import bundles with File → Import bundles… or by dropping them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="78"/>
        <source>Show earlier revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="91"/>
        <source>&amp;View plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="95"/>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="97"/>
        <source>&amp;Undo accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="99"/>
        <source>Take back the acceptance; possible until the plan is in a national bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="110"/>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="112"/>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="130"/>
        <source>No plan has been received yet.

Import the bundles the cities sent you with File → Import bundles… (Ctrl+I), or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="146"/>
        <source> (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="148"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="148"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="160"/>
        <source>The city has not marked this plan final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="208"/>
        <source>Accept revision {0} of the plan of {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="209"/>
        <source>Accepted plans go into your national bundle. You can undo this until you consolidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="211"/>
        <source>This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the plan of {1} anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="213"/>
        <source>Accept the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="217"/>
        <source>Accept draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="217"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="238"/>
        <source>Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="252"/>
        <source>The plan of {0} is no longer accepted; it waits for your decision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="289"/>
        <source>Returning the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="294"/>
        <source>Returned the plan of {0}. The signed review note is {1}; send it to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="296"/>
        <source>Plan returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="297"/>
        <source>The plan of {0} was returned. Send this signed review note to the city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/received_plans_page.py" line="302"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="39"/>
        <source>Return the plan of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="40"/>
        <source>Revision {0} of the plan of {1} goes back to the city with your reason. A signed review note is saved for you to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="45"/>
        <source>What the city should change, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="46"/>
        <source>Reason for returning the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="48"/>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="51"/>
        <source>Folder for the review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="49"/>
        <source>Choose the folder for the review note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="56"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="58"/>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="59"/>
        <source>Save the note in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="62"/>
        <source>Return plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="80"/>
        <source>What the comment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="86"/>
        <source>A comment on the chosen field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="87"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="89"/>
        <source>Add &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="94"/>
        <source>Comments to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="96"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/review_dialogs.py" line="137"/>
        <source>Say why the plan is returned; the city will read your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommentsBox</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="70"/>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="131"/>
        <source>Reviewer&apos;s comments: {0} open of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="71"/>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="78"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="79"/>
        <source>Answer to the comment on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="82"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/editor/review_comments_box.py" line="91"/>
        <source>Go to field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="53"/>
        <source>Compare revisions — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="60"/>
        <source>Revision {0} (imported {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="68"/>
        <source>Older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="70"/>
        <source>Newer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="77"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="77"/>
        <source>Older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="77"/>
        <source>Newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="85"/>
        <source>Changes between the two revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="103"/>
        <source>Only one revision of this plan has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="110"/>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="122"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="124"/>
        <source>was here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="140"/>
        <source>Your comments on revision {0}: {1} of {2} addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="144"/>
        <source>Addressed (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/receiving/revision_compare.py" line="144"/>
        <source>Not addressed (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="120"/>
        <source>Revoke {0}&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="121"/>
        <source>Bundles this computer received with this key before the date stay valid; a bundle signed or first received from then on is refused, whatever date it carries, except the last bundle known good chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="126"/>
        <source>Last bundle known good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="127"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="129"/>
        <source>, revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="130"/>
        <source>{0}{1}, received {2:%Y-%m-%d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="133"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="134"/>
        <source>e.g. laptop stolen, officer replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="139"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="140"/>
        <source>Revoked &amp;from (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="141"/>
        <source>&amp;Last bundle known good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="143"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsBlock</name>
    <message>
        <location filename="../../ascn_desktop/gui/editor/project_editor_form.py" line="212"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ascn_desktop/gui/tasks.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="51"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="55"/>
        <location filename="../../ascn_desktop/gui/translation.py" line="62"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="56"/>
        <source>Language of the interface and of new reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="63"/>
        <source>ASCN Desktop speaks {0} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="67"/>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/translation.py" line="69"/>
        <source>Choose the language of the interface (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="61"/>
        <source>Trust this identity card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="66"/>
        <source>{0} — {1}, {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="69"/>
        <source>Check this fingerprint with the sender by phone before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="73"/>
        <source>Replaces key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="74"/>
        <source>(nothing: a new signer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="79"/>
        <source>This key replaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="81"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="93"/>
        <source>This card is of {0}, another member state than yours ({1}). Trust it only if you expect bundles signed by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="97"/>
        <source>I trust a card of another member state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="179"/>
        <source>Trust registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="181"/>
        <source>Bundles and review notes are accepted only when signed by a key listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="190"/>
        <source>Add identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="191"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="212"/>
        <source>revoked from {0:%Y-%m-%d %H:%M} UTC: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="213"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="236"/>
        <source>Add identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/trust_page.py" line="237"/>
        <source>Identity cards (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/failure.py" line="53"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="41"/>
        <source>{0} user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/about.py" line="44"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookFeature</name>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="38"/>
        <source>Export Excel &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="40"/>
        <source>Write the plan as an Excel workbook to fill in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="42"/>
        <source>Import from E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="44"/>
        <source>Read a filled-in plan workbook; you see every change before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="62"/>
        <source>Choose a plan first (Plans page), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="65"/>
        <source>This is a plan received from another city; only your city&apos;s own plan can be filled in from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="76"/>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="87"/>
        <source>Export Excel template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="77"/>
        <source>Include the plan&apos;s {0} projects in the template, or write an empty template whose rows are added to the plan on import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="80"/>
        <source>With the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="81"/>
        <source>Empty template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="88"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="105"/>
        <source>Wrote the Excel template {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="107"/>
        <source>Writing the Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="117"/>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="118"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="136"/>
        <source>Reading the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="167"/>
        <source>Import from Excel ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="169"/>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/workbook/workbook_feature.py" line="171"/>
        <source>The plan was final and is a draft again; mark it final when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <location filename="../../ascn_desktop/gui/zawgyi_prompt.py" line="24"/>
        <source>Burmese in the Zawgyi encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/zawgyi_prompt.py" line="25"/>
        <source>This text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="148"/>
        <source>Your signing identity is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="152"/>
        <source>This is your key&apos;s fingerprint. Receivers will ask you to read it out by phone before they trust your bundles. Export your identity card (here, or later from Tools → Signing identity…) and send it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="156"/>
        <source>Export identity card…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="123"/>
        <source>Protect your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="124"/>
        <source>Your private key is stored only encrypted with this passphrase. Nobody can recover it if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WhoPage</name>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="88"/>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="89"/>
        <source>Your identity card tells receivers who signed a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="91"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="100"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="101"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="102"/>
        <source>Member &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="103"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ascn_desktop/gui/signing/identity_wizard.py" line="112"/>
        <source>(none: national or secretariat role)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
