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
        <location filename="../commands.py" line="54"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="71"/>
        <source>Choose template {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="78"/>
        <source>Choose area {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="84"/>
        <source>Choose size {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="91"/>
        <source>Choose printer: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="98"/>
        <source>Proof only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands.py" line="98"/>
        <source>Print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="89"/>
        <source>1  Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="98"/>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="98"/>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="98"/>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="104"/>
        <source>2  Fill in your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="111"/>
        <source>3  Check the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="118"/>
        <source>4  Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels.py" line="122"/>
        <source>5  Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="81"/>
        <location filename="../plain_words.py" line="229"/>
        <source>the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="84"/>
        <source>the “{label}” text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="85"/>
        <source>the {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="100"/>
        <source>{Part} does not fit in its space, even at the smallest size allowed: it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="102"/>
        <source>Shorten the text you typed for this part of the poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="106"/>
        <source>{Part} was printed a little smaller so that it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="107"/>
        <source>Nothing to do; shorten it if you want it at full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="113"/>
        <source>The typeface cannot print the character “{char}” in {part}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="114"/>
        <source>Type it without that character, or ask the template&apos;s owner for a typeface that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="119"/>
        <source>{Part} would print too small to read clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="120"/>
        <source>Shorten the text so it can print larger; if it is already short, ask the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="125"/>
        <source>{Part} prints smaller than people with low vision can read easily at this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="127"/>
        <source>Shorten the text so it can print larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="131"/>
        <source>The small text in {part} is printed in a mix of inks, which blurs if the press is slightly out of line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="136"/>
        <source>{Part} is too faint against its background to read easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="142"/>
        <source>The QR code has nothing to point to: this area has no web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="143"/>
        <source>Add the web address to this area&apos;s contact details, or ask the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="146"/>
        <source>The QR code prints too small for phones to scan it from a distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="147"/>
        <source>A shorter web address makes a simpler code; otherwise ask the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="150"/>
        <source>Something runs into the QR code or the white space it needs around it, so phones may not scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="152"/>
        <source>Shorten the text if it runs into the code; otherwise ask the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="155"/>
        <source>The QR code has too little white space around it for phones to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="157"/>
        <source>The QR code may not scan once the poster is scuffed or dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="161"/>
        <source>A line in the design is too thin and may break up in print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="166"/>
        <source>The picture in {part} will look blurred in print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="168"/>
        <source>The picture in {part} will look slightly soft in print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="170"/>
        <source>Ask the template&apos;s owner for a larger original picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="175"/>
        <source>{Part} lies too close to a fold, which cracks and hides what is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="177"/>
        <source>{Part} reaches past the edge that the printer cuts away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="179"/>
        <source>{Part} comes too close to the edge of the sheet, where it can be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="181"/>
        <source>Shorten the text if it is too long for its space; otherwise ask the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="187"/>
        <source>The colour “{colour}” uses more ink than this printer allows; it would smudge and dry badly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="197"/>
        <source>A line of {part} is left out because this area&apos;s contact details have no {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="199"/>
        <source>Add the missing detail to the area&apos;s contact details if the service has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="203"/>
        <source>“{label}” is empty, so its line is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="204"/>
        <source>{Part} has an empty value, so a line is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="206"/>
        <source>Nothing to do if that is intended; otherwise fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="211"/>
        <source>this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="213"/>
        <source>The contact details for {area} are past their review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="215"/>
        <source>The contact details for {area} have not been verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="217"/>
        <source>Check the numbers with the services themselves and record it with “Verify contact details…”; until then you can make proofs for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="222"/>
        <source>This template is not approved for print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="223"/>
        <source>Ask the campaign&apos;s approver to sign the current version of the template; until then you can make proofs for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="231"/>
        <source>Part of the finished file uses more ink than this printer allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="233"/>
        <source>The finished file has a problem that a printer&apos;s own check would reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="235"/>
        <source>Export it again; if this stays, send the details for the printer (below) to the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="241"/>
        <source>Something in the design would not print correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="243"/>
        <source>Send the details for the printer (below) to the template&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="297"/>
        <source>Printer that needs the older PDF standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="299"/>
        <source>Printer “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="307"/>
        <source>Choose this only when your printer asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="308"/>
        <source>Cut marks are added around the poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="309"/>
        <source>No cut marks are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plain_words.py" line="311"/>
        <source>Colours use less ink, as this paper needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wording.py" line="35"/>
        <source>({label}: not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wording.py" line="38"/>
        <source>(the area&apos;s {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wording.py" line="43"/>
        <source>({area} has no {detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTools</name>
    <message>
        <location filename="../area_tools.py" line="47"/>
        <source>&amp;Verify contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="49"/>
        <source>&amp;Edit contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="71"/>
        <source>Recorded the check of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="84"/>
        <location filename="../area_tools.py" line="111"/>
        <source>The area file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="88"/>
        <source>Saved the new details of {name}; they are not verified until someone checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../area_tools.py" line="95"/>
        <source>The area file cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch_dialog.py" line="79"/>
        <source>Export for several areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="100"/>
        <source>What will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="102"/>
        <source>Areas to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="105"/>
        <source>Show ticked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="107"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="109"/>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="112"/>
        <source>Make proofs for areas whose contact details are not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="115"/>
        <source>Otherwise those areas are skipped: only verified numbers go to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="118"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="121"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="123"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="123"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="123"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="125"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="130"/>
        <location filename="../batch_dialog.py" line="228"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="153"/>
        <source>Areas (a warning sign marks contact details that are not verified yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="176"/>
        <source>Contact details not verified: a proof, not a print file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="189"/>
        <source>(no template chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="190"/>
        <source>{name} ({w:g} × {h:g} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="192"/>
        <source>(no size chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="193"/>
        <source>Template: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="194"/>
        <source>Size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="195"/>
        <source>Printer: {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="197"/>
        <source>Kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="205"/>
        <source>proofs only (“Proof only” is ticked): every file is marked PROOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="207"/>
        <source>proofs only: the template is not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="209"/>
        <source>print-ready files where the contact details are verified; proofs (marked PROOF) for the other areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="211"/>
        <source>print-ready files; areas whose contact details are not verified are not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="225"/>
        <source>{n} of {total} areas ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="227"/>
        <source>Export {n} area(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="252"/>
        <source>Save the files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="257"/>
        <source>Save in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="279"/>
        <source>Choose at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="293"/>
        <source>Exporting {n} area(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="320"/>
        <source>Kept: the existing file was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="331"/>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="332"/>
        <source>{n} file(s) for these areas already exist in {folder}. Replace them?
(No keeps the existing files and skips those areas.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="340"/>
        <source>Cancelling after the current area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="347"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="347"/>
        <source>Print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="350"/>
        <source>it could not be made as asked (point here for the details for the printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="351"/>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="362"/>
        <source>The export stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="372"/>
        <source>{written} file(s) written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="375"/>
        <source>{n} area(s) kept their existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="377"/>
        <source>{n} area(s) failed: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="379"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <location filename="../export_result.py" line="123"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="124"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="125"/>
        <source>Copy the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="153"/>
        <source>In the folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="167"/>
        <source>Saved the print-ready PDF “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="169"/>
        <source>Saved a proof “{name}”: marked PROOF on every page, for checking, not for print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="172"/>
        <source>Saved the print pack “{name}”: a folder with the PDF, a job sheet, a proof picture and a list of its contents, for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="178"/>
        <source>Saved {n} file(s): {finals} print-ready, {proofs} proof(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="181"/>
        <source>Kept {n} existing file(s) as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="184"/>
        <source>{n} area(s) failed: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_result.py" line="207"/>
        <source>This computer has no program that can show folders, so nothing opened. The file is here (select it or use “Copy the path”): {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../exporter.py" line="88"/>
        <source>Export print-ready PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="91"/>
        <source>Export proof PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="102"/>
        <location filename="../exporter.py" line="128"/>
        <source>Choose a template, an area and a size first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="104"/>
        <source>“Proof only” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="112"/>
        <location filename="../exporter.py" line="134"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="117"/>
        <source>Not print-ready. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="119"/>
        <source>Not print-ready. {reason} One more thing: see the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="121"/>
        <source>Not print-ready. {reason} {n} more things: see the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="151"/>
        <source>Export proof PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="151"/>
        <source>Export print-ready PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="159"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="167"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="168"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="175"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="176"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="182"/>
        <source>proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="182"/>
        <source>print-ready file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../exporter.py" line="183"/>
        <source>Saved {kind} {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../form.py" line="45"/>
        <source>Approved wording (cannot be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../form.py" line="48"/>
        <source>Approved wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../form.py" line="93"/>
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
        <location filename="../main_window.py" line="69"/>
        <source>Export for several areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <location filename="../main_window.py" line="174"/>
        <source>designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Recent outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>&amp;About designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>Verify details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210"/>
        <source>The log folder could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>{folder}

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Nothing on this computer could open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>This computer has no program that can show folders, so nothing opened. It is here:

{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSaver</name>
    <message>
        <location filename="../print_pack.py" line="53"/>
        <source>Save print pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="54"/>
        <source>The PDF with a job sheet, a proof image and a manifest, in one folder for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="80"/>
        <source>Save the print pack in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="87"/>
        <source>Replace print pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="88"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="91"/>
        <source>Saving the print pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="97"/>
        <source>Print pack not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_pack.py" line="102"/>
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
        <location filename="../preflight_panel.py" line="57"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="64"/>
        <source>Show notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="67"/>
        <location filename="../preflight_panel.py" line="75"/>
        <source>Details for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="88"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="116"/>
        <source>Show notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="132"/>
        <source>Change what you typed under “Fill in your details”; the checks run again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="136"/>
        <source>Cannot check this poster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="150"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="151"/>
        <source>Printer settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="170"/>
        <source>Ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="171"/>
        <source>Ready to print; one warning to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="172"/>
        <source>Ready to print; {n} warnings to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="175"/>
        <source>One thing to fix before a print-ready file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="176"/>
        <source>{n} things to fix before a print-ready file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight_panel.py" line="179"/>
        <source>The design passes its checks; proofs only for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../preview_panel.py" line="54"/>
        <source>Poster preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="66"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="71"/>
        <source>Zoom: 100% is the printed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="86"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="88"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="90"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="92"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="95"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="98"/>
        <source>Trim line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="98"/>
        <source>Bleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="99"/>
        <source>Safe area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="99"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="100"/>
        <source>Where the printer cuts the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="101"/>
        <source>Fade the edge that is cut off (the bleed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="102"/>
        <source>Keep important text inside this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="103"/>
        <source>Where a leaflet is folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="110"/>
        <source>Printer&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="111"/>
        <source>Show the whole sheet: crop marks and job line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="137"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="174"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="215"/>
        <source>The preview is not up to date: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preview_panel.py" line="220"/>
        <source>Page {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOrderDialog</name>
    <message>
        <location filename="../print_order.py" line="30"/>
        <source>Print order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="31"/>
        <source>These go on the job sheet in the print pack, so the printer does not have to ask. Leave a line empty if you do not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="35"/>
        <source>for example 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="36"/>
        <source>for example 170 gsm silk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="37"/>
        <source>for example matt laminate, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="39"/>
        <source>your name, phone or e-mail, for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="41"/>
        <source>delivery address, date needed by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="45"/>
        <source>How many copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="46"/>
        <source>Paper (stock):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="47"/>
        <source>Finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="48"/>
        <source>Contact for the printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="49"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_order.py" line="51"/>
        <source>Choose folder and save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPicker</name>
    <message>
        <location filename="../pickers.py" line="57"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofCheck</name>
    <message>
        <location filename="../pickers.py" line="90"/>
        <source>Proof only (marked PROOF, for checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="91"/>
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
        <location filename="../region_picker.py" line="109"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="112"/>
        <source>Sample contact details, not verified: files are proofs until someone confirms the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="116"/>
        <source>Verified by {by} on {when}, but past its review date: files are proofs until it is checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../region_picker.py" line="118"/>
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
        <location filename="../pickers.py" line="28"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="41"/>
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
</TS>
