<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../about.py" line="22"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="41"/>
        <source>Approved campaign posters and leaflets with your area&apos;s contact details, ready for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="44"/>
        <source>Fonts: Noto Sans, SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="45"/>
        <source>Colour profiles: FOGRA39L (free, built with ArgyllCMS) and sRGB, zlib licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="46"/>
        <source>designer itself: MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="51"/>
        <source>About designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="52"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="69"/>
        <source>Choose template {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="76"/>
        <source>Choose area {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="82"/>
        <source>Choose size {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="88"/>
        <source>Choose printer {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="95"/>
        <source>Proof only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="95"/>
        <source>Print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="71"/>
        <source>1  Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="80"/>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="80"/>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="80"/>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="86"/>
        <source>2  Fill in your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="93"/>
        <source>3  Check the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="100"/>
        <source>4  Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="104"/>
        <source>5  Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTools</name>
    <message>
        <location filename="../area_tools.py" line="50"/>
        <source>&amp;Verify contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="52"/>
        <source>&amp;Edit contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="74"/>
        <source>Recorded the check of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="87"/>
        <location filename="../area_tools.py" line="114"/>
        <source>The area file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="91"/>
        <source>Saved the new details of {name}; they are not verified until someone checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="98"/>
        <source>The area file cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch_dialog.py" line="63"/>
        <source>Export for several areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="79"/>
        <source>Areas to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="80"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="82"/>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="85"/>
        <source>Make proofs for areas whose contact details are not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="88"/>
        <source>Otherwise those areas are skipped: only verified numbers go to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="90"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="93"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="95"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="95"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="95"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="97"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="101"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="121"/>
        <source>Areas (a warning sign marks contact details that are not verified yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="140"/>
        <source>Contact details not verified: a proof, not a print file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="162"/>
        <source>Save the files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="167"/>
        <source>Save in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="189"/>
        <source>Choose at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="199"/>
        <source>Exporting {n} area(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="217"/>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="218"/>
        <source>{n} file(s) for these areas already exist in {folder}. Replace them?
(No keeps the existing files and skips those areas.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="226"/>
        <source>Cancelling after the current area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="233"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="233"/>
        <source>Print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="235"/>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="246"/>
        <source>The export stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="254"/>
        <source>{written} file(s) written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="257"/>
        <source>{n} area(s) failed: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="259"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../export.py" line="68"/>
        <source>Export print-ready PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="71"/>
        <source>Export proof PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="82"/>
        <location filename="../export.py" line="101"/>
        <source>Choose a template, an area and a size first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="84"/>
        <source>“Proof only” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="92"/>
        <location filename="../export.py" line="107"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="95"/>
        <source>Not print-ready: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="124"/>
        <source>Export proof PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="124"/>
        <source>Export print-ready PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="130"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="138"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="139"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="146"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="147"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="153"/>
        <source>proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="153"/>
        <source>print-ready file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export.py" line="154"/>
        <source>Saved {kind} {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../form.py" line="44"/>
        <source>Approved wording (cannot be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../form.py" line="47"/>
        <source>Approved wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../form.py" line="85"/>
        <source>This template has nothing to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../guide.py" line="21"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="24"/>
        <source>Getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="36"/>
        <source>Five steps from the template to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="37"/>
        <source>1. Choose a template: click the poster or leaflet you need. Then choose your area, the paper size and the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="39"/>
        <source>2. Fill in your details: only the lines your organisation may change can be typed in. The approved wording is shown underneath and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="42"/>
        <source>3. Check the poster: the picture in the middle is exactly what will be printed. A leaflet has a page for each side: choose it above the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="45"/>
        <source>4. Checks: anything that stops a file for the printer is listed on the right, with what to do about it. Click a line to see its place on the poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="48"/>
        <source>5. Export: save a print-ready file for the printer, or a proof to show someone first. You can also make the same poster for several areas at once, or save a print pack for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="52"/>
        <source>Checking the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="53"/>
        <source>Phone numbers, web addresses and e-mail addresses print exactly as they are stored for your area. Before anything goes to the printer, someone must check them with the service itself: phone the number, or compare it with the service&apos;s published page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="57"/>
        <source>Until that check is recorded, the area is marked as not verified and only proofs can be made. Record the check with &quot;Verify contact details…&quot;: who checked, how, and when to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="61"/>
        <source>Adding areas from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="62"/>
        <source>Areas and their contact details can come from a spreadsheet saved as CSV. Use File &gt; Import areas from CSV, or drag the file onto the window. Nothing is added if any row is wrong; the message says which row and which column to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="67"/>
        <source>What a proof is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="68"/>
        <source>A proof is a copy for checking, not for printing: every page is marked PROOF. Send it to whoever needs to approve the poster. A proof can always be made, even while something still needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide.py" line="72"/>
        <source>A print-ready file has no such mark. It can only be saved once the checks find nothing in the way and the contact details have been verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../region_import_dialog.py" line="42"/>
        <source>Import areas from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="45"/>
        <source>A CSV file (saved from a spreadsheet as “CSV UTF-8”) can add areas or replace their contact details. Its first row names the columns, in any order. Every column must be there; a row whose id is already in the list replaces that area, a new id adds one. If any row has a problem, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="49"/>
        <source>Must be filled in: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="52"/>
        <source>May be left empty: {columns}. Give a phone, web address or e-mail for the local service; empty helpline columns mean the national helpline; dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="58"/>
        <source>Save a starter CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="60"/>
        <source>All current areas in these columns: edit your own rows and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="61"/>
        <source>Choose a CSV file to import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="75"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="94"/>
        <source>{name} was not imported, nothing was changed. Fix {what} and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="95"/>
        <source>this problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import_dialog.py" line="96"/>
        <source>these {n} problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Export for several areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79"/>
        <location filename="../main_window.py" line="153"/>
        <source>designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Recent outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;About designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>The log folder could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>{folder}

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Nothing on this computer could open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>No program opened {name}. It is here:

{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSaver</name>
    <message>
        <location filename="../print_pack.py" line="46"/>
        <source>Save print pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="47"/>
        <source>The PDF with a job sheet, a proof image and a manifest, in one folder for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="69"/>
        <source>Save the print pack in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="76"/>
        <source>Replace print pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="77"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="80"/>
        <source>Saving the print pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="86"/>
        <source>Print pack not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="91"/>
        <source>Print pack saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../canvas.py" line="43"/>
        <source>Poster preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../preflight_panel.py" line="51"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="58"/>
        <source>Show notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="67"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="89"/>
        <source>Until this is fixed you can export a proof for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="95"/>
        <source>Show notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="111"/>
        <source>Correct the value to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="113"/>
        <source>Cannot check this poster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="132"/>
        <source>Ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="133"/>
        <source>Ready to print; one warning to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="134"/>
        <source>Ready to print; {n} warnings to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="137"/>
        <source>One thing to fix before a print-ready file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="138"/>
        <source>{n} things to fix before a print-ready file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="141"/>
        <source>The design passes its checks; proofs only for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../preview.py" line="54"/>
        <source>Poster preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="66"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="71"/>
        <source>Zoom: 100% is the printed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="86"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="88"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="90"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="92"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="95"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="98"/>
        <source>Trim line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="98"/>
        <source>Bleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="99"/>
        <source>Safe area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="99"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="100"/>
        <source>Where the printer cuts the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="101"/>
        <source>Fade the edge that is cut off (the bleed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="102"/>
        <source>Keep important text inside this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="103"/>
        <source>Where a leaflet is folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="110"/>
        <source>Printer&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="111"/>
        <source>Show the whole sheet: crop marks and job line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="137"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="174"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="215"/>
        <source>The preview is not up to date: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview.py" line="220"/>
        <source>Page {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPicker</name>
    <message>
        <location filename="../pickers.py" line="53"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofCheck</name>
    <message>
        <location filename="../pickers.py" line="86"/>
        <source>Proof only (marked PROOF, for checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="87"/>
        <source>Proof only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionEditor</name>
    <message>
        <location filename="../region_editor.py" line="51"/>
        <source>Edit contact details: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_editor.py" line="55"/>
        <source>Saving a change means these details are no longer verified: posters for this area are proofs until someone checks the new details and records it (Areas &gt; Verify contact details…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_editor.py" line="58"/>
        <source>Local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_editor.py" line="60"/>
        <source>Helpline (leave a box empty to use the national helpline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_editor.py" line="67"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionImporter</name>
    <message>
        <location filename="../region_import.py" line="54"/>
        <source>Import areas from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="56"/>
        <source>Save a starter CSV of all areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="75"/>
        <source>Import areas from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="83"/>
        <source>Save a starter CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="90"/>
        <source>Starter CSV not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="92"/>
        <source>Saved {n} areas to {path}. Edit your own rows, delete the others, and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="123"/>
        <source>Imported {name}: {added} added, {replaced} replaced; {n} areas in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="132"/>
        <source>Import the areas in {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="133"/>
        <source>will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="134"/>
        <source>will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="136"/>
        <source>{count} in the file already say exactly this and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="138"/>
        <source>The change goes into {target} and its change log. Every poster made afterwards carries the new details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="145"/>
        <source>Areas not imported: see the list of problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_import.py" line="112"/>
        <source>Import areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../region_picker.py" line="43"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="46"/>
        <source>Type an area, e.g. Fife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="108"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="111"/>
        <source>Sample contact details, not verified: files are proofs until someone confirms the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="115"/>
        <source>Verified by {by} on {when}, but past its review date: files are proofs until it is checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="117"/>
        <source>Verified by {by} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionWatch</name>
    <message>
        <location filename="../region_watch.py" line="80"/>
        <source>The area file changed but cannot be read, so the list is as it was: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_watch.py" line="89"/>
        <source>The area list was updated from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizePicker</name>
    <message>
        <location filename="../pickers.py" line="24"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="37"/>
        <source>{name}  ({w:g} × {h:g} mm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../gallery.py" line="122"/>
        <location filename="../gallery.py" line="123"/>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery.py" line="128"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery.py" line="130"/>
        <source>No template matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../gallery.py" line="93"/>
        <source>version {version}, approved by {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery.py" line="96"/>
        <source>version {version}, not approved: proofs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery.py" line="98"/>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../verify_dialog.py" line="63"/>
        <source>Verify contact details: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="67"/>
        <source>Check each value below with the service itself, exactly as it will be printed. Posters for this area are print-ready only while a check is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="77"/>
        <source>Record the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="100"/>
        <source>Your name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="110"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="111"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="112"/>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="113"/>
        <source>Check again by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../verify_dialog.py" line="129"/>
        <source>Give the name of the person who checked the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="107"/>
        <source>Some files could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Something went wrong inside designer: {error}

Your files are safe. The details are in {path}; please send that file with a note of what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crash.py" line="62"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../area_tools.py" line="126"/>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="131"/>
        <source>Verify details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="132"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
