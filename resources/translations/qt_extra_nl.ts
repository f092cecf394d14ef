<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_nl.qm leaves in English (the file dialog's labels with their mnemonic, the print
     dialog's double-sided options, the file icons' kinds); loaded after qtbase_nl when the window speaks Dutch.
     Compile: pyside6-lrelease qt_extra_nl.ts -qm qt_extra_nl.qm -->
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>&amp;Zoeken in:</translation></message>
    <message><source>Files of &amp;type:</source><translation>Bestands&amp;type:</translation></message>
    <message><source>Cancel</source><translation>Annuleren</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>Map</translation></message>
    <message><source>Directory</source><translation>Map</translation></message>
    <message><source>Drive</source><translation>Station</translation></message>
    <message><source>File</source><translation>Bestand</translation></message>
</context>
<context>
    <name>QFileIconProvider</name>
    <message><source>Folder</source><translation>Map</translation></message>
    <message><source>Drive</source><translation>Station</translation></message>
    <message><source>File</source><translation>Bestand</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>%1 KB</source><translation>%1 kB</translation></message>
    <message><source>%1 bytes</source><translation>%1 bytes</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Double Sided Printing</source><translation>Dubbelzijdig afdrukken</translation></message>
    <message><source>Off</source><translation>Uit</translation></message>
    <message><source>Long side binding</source><translation>Binden aan de lange zijde</translation></message>
    <message><source>Short side binding</source><translation>Binden aan de korte zijde</translation></message>
    <message><source>Page &amp;Set:</source><translation>&amp;Pagina's:</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Page &amp;order:</source><translation>Pagina&amp;volgorde:</translation></message>
    <message><source>Pages &amp;per sheet:</source><translation>Pagina's &amp;per vel:</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>Help</source><translation>Help</translation></message>
    <message><source>Reset</source><translation>Herstellen</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>Close</source><translation>Sluiten</translation></message>
</context>
</TS>
