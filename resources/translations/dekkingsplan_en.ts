<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>Berekend: aantal × tarief ({spec})</source>
        <translation>Calculated: quantity × rate ({spec})</translation>
    </message>
    <message>
        <source>Eenmalig: het bedrag valt in de startmaand</source>
        <translation>One-off: the amount falls in the start month</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Waar het geld voor is of vandaan komt, zoals een financier het herkent</source>
        <translation>What the money is for or where it comes from, as a funder would recognise it</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Het bedrag in euro&apos;s, per de gekozen basis; typ bijvoorbeeld 1.234,56 of € 850</source>
        <translation>The amount in euros, per the chosen basis; type for example 1,234.56 or € 850</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Eenmalig, per maand, per jaar (een deel van een jaar naar rato) of een totaal over de hele periode</source>
        <translation>Once, per month, per year (part of a year pro rata) or a total over the whole period</translation>
    </message>
    <message>
        <source>‘{name}’ begint in {month}, vóór {year}, het eerste jaar van het plan: alleen de bedragen in de planjaren tellen mee.</source>
        <translation>‘{name}’ starts in {month}, before {year}, the plan&apos;s first year: only the amounts in the plan&apos;s years count.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>De eerste maand, zoals sep 2026 of 2026-09; leeg is vanaf het begin van het plan</source>
        <translation>The first month, like Sep 2026 or 2026-09; empty is from the start of the plan</translation>
    </message>
    <message>
        <source>De laatste maand (meegeteld), zoals aug 2028 of 2028-08; leeg is doorlopend</source>
        <translation>The last month (included), like Aug 2028 or 2028-08; empty is ongoing</translation>
    </message>
    <message>
        <source>Indexatie</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Stijging per jaar in procenten, zoals 2,1; leeg is geen indexatie</source>
        <translation>Increase per year in percent, like 2.1; empty is no indexation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>(geen: exploitatie)</source>
        <translation>(none: running costs)</translation>
    </message>
    <message>
        <source>Het project waar de regel bij hoort; zonder project hoort hij bij de exploitatie</source>
        <translation>The project the line belongs to; without a project it belongs to the running costs</translation>
    </message>
    <message>
        <source>Specificatie</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Aantal × eenheid × tarief, zoals 160 uur × 35,00; het bedrag volgt daar dan uit</source>
        <translation>Quantity × unit × rate, like 160 hours × 35.00; the amount then follows from it</translation>
    </message>
    <message>
        <source>In natura</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Bijdrage in natura (zoals een gratis zaal): getoond, maar buiten de geldbedragen</source>
        <translation>Contribution in kind (like a free hall): shown, but outside the cash amounts</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Een toelichting voor uzelf, de volgende penningmeester of de financier</source>
        <translation>A note for yourself, the next treasurer or the funder</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Niets geplakt: kies eerst de cel waar het blok moet beginnen.</source>
        <translation>Nothing pasted: first choose the cell where the block should begin.</translation>
    </message>
    <message>
        <source>Niets geplakt: het blok is {rows} bij {columns} cellen en past niet vanaf de gekozen cel; er zijn daar {free_rows} regels en {free_columns} kolommen.</source>
        <translation>Nothing pasted: the block is {rows} by {columns} cells and does not fit from the chosen cell; there are {free_rows} lines and {free_columns} columns there.</translation>
    </message>
    <message>
        <source>{column} van ‘{name}’ kan niet worden geplakt</source>
        <translation>{column} of ‘{name}’ cannot be pasted into</translation>
    </message>
    <message>
        <source>{column} van ‘{name}’: {reason}</source>
        <translation>{column} of ‘{name}’: {reason}</translation>
    </message>
    <message>
        <source> en nog {n} cellen</source>
        <translation> and {n} more cells</translation>
    </message>
    <message>
        <source>Niets geplakt: {problems}.</source>
        <translation>Nothing pasted: {problems}.</translation>
    </message>
</context>
<context>
    <name>Adjustments</name>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <source>dekking</source>
        <translation>income</translation>
    </message>
    <message>
        <source>kosten</source>
        <translation>costs</translation>
    </message>
    <message>
        <source>Past de aanpassing de dekkingsbronnen aan of de kosten?</source>
        <translation>Does the adjustment change the sources of income or the costs?</translation>
    </message>
    <message>
        <source>Soort of categorie</source>
        <translation>Type or category</translation>
    </message>
    <message>
        <source>Bij dekking de soort (subsidie, fondsen ...), bij kosten de categorie</source>
        <translation>For income the type (subsidies, funds ...), for costs the category</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Alleen de bronnen van deze financier (alleen bij dekking)</source>
        <translation>Only the sources of this funder (income only)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Alleen de regels van dit project</source>
        <translation>Only the lines of this project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alleen de bronnen met deze status (alleen bij dekking)</source>
        <translation>Only the sources with this status (income only)</translation>
    </message>
    <message>
        <source>Eén regel</source>
        <translation>One line</translation>
    </message>
    <message>
        <source>Alleen deze ene regel</source>
        <translation>Only this one line</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>start</translation>
    </message>
    <message>
        <source>Het eerste jaar waarin de aanpassing geldt</source>
        <translation>The first year in which the adjustment applies</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>einde</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Het laatste jaar waarin de aanpassing geldt</source>
        <translation>The last year in which the adjustment applies</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hoeveel meer of minder, in procenten: −20% is een vijfde minder, +10% een tiende meer, −100% niets</source>
        <translation>How much more or less, in percent: −20% is a fifth less, +10% a tenth more, −100% nothing</translation>
    </message>
    <message>
        <source>Geldt voor</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Op hoeveel regels van het plan de aanpassing past</source>
        <translation>How many lines of the plan the adjustment applies to</translation>
    </message>
    <message>
        <source>geen regels</source>
        <translation>no lines</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 line</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} lines</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>(voorgesteld)</source>
        <translation>(suggested)</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>over {n} dagen</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>{n} dagen te laat</source>
        <translation>{n} days late</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>binnen {n} dagen</source>
        <translation>within {n} days</translation>
    </message>
    <message>
        <source>grijs: de status van de bron laat zien dat het al gedaan is</source>
        <translation>grey: the source&apos;s status shows it has been done</translation>
    </message>
    <message>
        <source>Er staan geen data in de agenda. Vul bij de dekkingsbronnen in wanneer u moet aanvragen, wanneer het besluit komt en wanneer de verantwoording moet worden ingeleverd.</source>
        <translation>There are no dates in the agenda. Fill in with the sources of income when to apply, when the decision comes and when the report is due.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Dekkingsbron</source>
        <translation>Source of income</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>done</translation>
    </message>
    <message>
        <source>{n} data in totaal</source>
        <translation>{n} dates in all</translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation>{n} late</translation>
    </message>
    <message>
        <source>{n} in de komende {days} dagen</source>
        <translation>{n} in the next {days} days</translation>
    </message>
    <message>
        <source>vandaag is het {day}</source>
        <translation>today is {day}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>bij het openen</source>
        <translation>when opened</translation>
    </message>
    <message>
        <source>dagelijks, tijdens het werken</source>
        <translation>daily, while working</translation>
    </message>
    <message>
        <source>vóór het bijwerken naar deze versie</source>
        <translation>before upgrading to this version</translation>
    </message>
    <message>
        <source>vóór het terugzetten van een reservekopie</source>
        <translation>before restoring a backup</translation>
    </message>
    <message>
        <source>vóór het overschrijven</source>
        <translation>before overwriting</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Dekkingsplan bewaart vanzelf een reservekopie van {name}: bij het openen, elke dag waarop u werkt en vóór het bijwerken of terugzetten. De nieuwste 20 blijven bewaard. Kies de versie die u terug wilt.</source>
        <translation>Dekkingsplan keeps a backup of {name} by itself: when it is opened, every day you work on it and before upgrading or restoring. The newest 20 are kept. Choose the version you want back.</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit plan.</source>
        <translation>There are no backups of this plan yet.</translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Het plan wordt teruggezet naar de versie van {when}. Wat u daarna hebt gewijzigd, staat dan niet meer in het plan.

De huidige versie wordt eerst zelf als reservekopie bewaard, zodat u ook dit weer kunt terugdraaien.

Terugzetten?</source>
        <translation>The plan goes back to the version of {when}. What you changed after that is then no longer in the plan.

The current version is first kept as a backup itself, so that this too can be undone.

Restore?</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Bankafschrift inlezen — {name}</source>
        <translation>Read bank statement — {name}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{name}: {format}, rekening {accounts}, {n} transacties</source>
        <translation>{name}: {format}, account {accounts}, {n} transactions</translation>
    </message>
    <message>
        <source>Saldo gecontroleerd: {text}</source>
        <translation>Balance checked: {text}</translation>
    </message>
    <message>
        <source>Let op, het saldo klopt niet: {text}</source>
        <translation>Note: the balance does not add up: {text}</translation>
    </message>
    <message>
        <source>— niet toewijzen —</source>
        <translation>— do not assign —</translation>
    </message>
    <message>
        <source>Kosten · {name}</source>
        <translation>Costs · {name}</translation>
    </message>
    <message>
        <source>Dekking · {name}</source>
        <translation>Coverage · {name}</translation>
    </message>
    <message>
        <source>&amp;Naar regel:</source>
        <translation>&amp;To line:</translation>
    </message>
    <message>
        <source>&amp;Onthoud dit</source>
        <translation>&amp;Remember this</translation>
    </message>
    <message>
        <source>Maak een regel: voortaan gaat zo&apos;n transactie vanzelf naar deze regel</source>
        <translation>Make a rule: from now on such a transaction goes to this line by itself</translation>
    </message>
    <message>
        <source>Kies een of meer transacties in de tabel en daarna de regel waar ze bij horen. Een afschrijving telt op bij een kostenregel, een bijschrijving bij een dekkingsbron; een terugbetaling gaat er weer af.</source>
        <translation>Choose one or more transactions in the table, then the line they belong to. A debit adds to a cost line, a credit to a source; a refund is subtracted again.</translation>
    </message>
    <message>
        <source>&amp;Verwerken</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>onthouden</source>
        <translation>remembered</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>al ingelezen: {line}</source>
        <translation>already read: {line}</translation>
    </message>
    <message>
        <source>al ingelezen</source>
        <translation>already read</translation>
    </message>
    <message>
        <source>buiten de planjaren</source>
        <translation>outside the plan&apos;s years</translation>
    </message>
    <message>
        <source>niet verwerkt: werkelijk bedrag zou negatief worden</source>
        <translation>not applied: the actual amount would become negative</translation>
    </message>
    <message>
        <source>niet toegewezen (eerder ingelezen)</source>
        <translation>unassigned (read before)</translation>
    </message>
    <message>
        <source>niet toegewezen</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tegenpartij</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Naar regel</source>
        <translation>To line</translation>
    </message>
    <message>
        <source>nog niets</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>{name} {year}: {before} → {after} ({change}, {n} transactie(s))</source>
        <translation>{name} {year}: {before} → {after} ({change}, {n} transaction(s))</translation>
    </message>
    <message>
        <source>{assigned} toegewezen, {unassigned} niet toegewezen, {known} al eerder ingelezen</source>
        <translation>{assigned} assigned, {unassigned} not assigned, {known} read before</translation>
    </message>
    <message>
        <source>, {n} buiten de planjaren</source>
        <translation>, {n} outside the plan&apos;s years</translation>
    </message>
    <message>
        <source>, {n} niet verwerkt</source>
        <translation>, {n} not applied</translation>
    </message>
    <message>
        <source>, {n} nieuwe regel(s) onthouden</source>
        <translation>, {n} new rule(s) remembered</translation>
    </message>
    <message>
        <source>Wat er verandert bij Verwerken:</source>
        <translation>What changes on Apply:</translation>
    </message>
    <message>
        <source>Er verandert geen werkelijk bedrag.</source>
        <translation>No actual amount changes.</translation>
    </message>
    <message>
        <source>Deze transactie is al eerder ingelezen; ze telt niet nog eens mee.</source>
        <translation>This transaction was read before; it does not count again.</translation>
    </message>
    <message>
        <source>rekening {value}</source>
        <translation>account {value}</translation>
    </message>
    <message>
        <source>tegenpartij ‘{value}’</source>
        <translation>counterparty ‘{value}’</translation>
    </message>
    <message>
        <source>omschrijving ‘{value}’</source>
        <translation>description ‘{value}’</translation>
    </message>
    <message>
        <source>Onthoud dit: voortaan gaat alles met {what} naar ‘{line}’.</source>
        <translation>Remember this: from now on everything with {what} goes to ‘{line}’.</translation>
    </message>
    <message>
        <source>bankafschrift ‘{name}’ inlezen</source>
        <translation>read bank statement ‘{name}’</translation>
    </message>
    <message>
        <source>Bankafschrift inlezen</source>
        <translation>Read bank statement</translation>
    </message>
    <message>
        <source>Bankafschriften (*.xml *.sta *.940 *.mt940 *.swi *.csv *.txt *.tab);;Alle bestanden (*)</source>
        <translation>Bank statements (*.xml *.sta *.940 *.mt940 *.swi *.csv *.txt *.tab);;All files (*)</translation>
    </message>
    <message>
        <source>Andere rekening</source>
        <translation>Another account</translation>
    </message>
    <message>
        <source>Dit afschrift is van rekening {accounts}, niet van het IBAN van de organisatie ({iban}). Toch inlezen?</source>
        <translation>This statement is of account {accounts}, not of the organisation&apos;s IBAN ({iban}). Read it all the same?</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>kies {choices}</source>
        <translation>choose {choices}</translation>
    </message>
    <message>
        <source>of</source>
        <translation>or</translation>
    </message>
    <message>
        <source>‘{typed}’ staat niet in de lijst; kies {choices}</source>
        <translation>‘{typed}’ is not in the list; choose {choices}</translation>
    </message>
    <message>
        <source>‘{typed}’ kan {choices} zijn; typ verder of kies uit de lijst</source>
        <translation>‘{typed}’ could be {choices}; type on or choose from the list</translation>
    </message>
</context>
<context>
    <name>CostsPrint</name>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld – begroting</source>
        <translation>Print preview – budget</translation>
    </message>
</context>
<context>
    <name>CostsScreen</name>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>De kosten van de organisatie en haar projecten. Dubbelklik of begin te typen om een cel te wijzigen; elke wijziging wordt meteen bewaard en kan met Ctrl+Z worden teruggedraaid.</source>
        <translation>The costs of the organisation and its projects. Double-click or start typing to change a cell; every change is saved at once and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>kostenregel</source>
        <translation>cost line</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Personeel, vrijwilligers, huisvesting, activiteiten, organisatie, communicatie of overig</source>
        <translation>Personnel, volunteers, housing, activities, organisation, communication or other</translation>
    </message>
    <message>
        <source>Categorie:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>(geen: exploitatie)</source>
        <translation>(none: running costs)</translation>
    </message>
    <message>
        <source>Nieuwe kostenregel</source>
        <translation>New cost line</translation>
    </message>
    <message>
        <source>Kosten (zonder in natura)</source>
        <translation>Costs (without in kind)</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Grafiek: inkomsten per soort tegen de kosten en de reserve</source>
        <translation>Chart: income by type against the costs and the reserve</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Reserve eind jaar</source>
        <translation>Reserve at year end</translation>
    </message>
    <message>
        <source>Jaar met tekort</source>
        <translation>Year with a shortfall</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Excel voor een fonds…</source>
        <translation>&amp;Excel for a funder…</translation>
    </message>
    <message>
        <source>Begroting en dekkingsplan als Excel-werkmap voor een aanvraag</source>
        <translation>Budget and coverage plan as an Excel workbook for an application</translation>
    </message>
    <message>
        <source>&amp;PDF-overzicht…</source>
        <translation>&amp;PDF overview…</translation>
    </message>
    <message>
        <source>Het financieringsoverzicht voor het bestuur of de gemeente als PDF</source>
        <translation>The funding overview for the board or the municipality as PDF</translation>
    </message>
    <message>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Het financieringsoverzicht bekijken zoals het wordt afgedrukt</source>
        <translation>See the funding overview as it will be printed</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Het financieringsoverzicht afdrukken</source>
        <translation>Print the funding overview</translation>
    </message>
    <message>
        <source>&amp;Agenda (iCalendar)…</source>
        <translation>&amp;Agenda (iCalendar)…</translation>
    </message>
    <message>
        <source>Alle deadlines als agenda-bestand voor telefoon of computer</source>
        <translation>All deadlines as a calendar file for phone or computer</translation>
    </message>
    <message>
        <source>Ve&amp;rantwoording…</source>
        <translation>Financial &amp;report…</translation>
    </message>
    <message>
        <source>Begroot tegen werkelijk van een jaar, met toelichting: voor gemeente of fonds (Excel of PDF)</source>
        <translation>Budget against actual figures of a year, with explanations: for the municipality or a fund (Excel or PDF)</translation>
    </message>
    <message>
        <source>Aanvraag&amp;samenvatting…</source>
        <translation>Application &amp;summary…</translation>
    </message>
    <message>
        <source>Eén A4-pagina bovenop een aanvraag bij een fonds, als PDF</source>
        <translation>One A4 page on top of an application to a fund, as PDF</translation>
    </message>
    <message>
        <source>&amp;Begroting afdrukken…</source>
        <translation>Print the &amp;budget…</translation>
    </message>
    <message>
        <source>De kostenregels van de Begroting met hun bedrag per jaar op papier, eerst in een afdrukvoorbeeld</source>
        <translation>The Budget&apos;s cost lines with their amount per year on paper, first in a print preview</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{name} is niet opgeslagen.

{reason}</source>
        <translation>{name} was not saved.

{reason}</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{name} is opgeslagen in {folder}.</source>
        <translation>{name} was saved in {folder}.</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Begroting en dekkingsplan {name}</source>
        <translation>Budget and coverage plan {name}</translation>
    </message>
    <message>
        <source>Excel voor een fonds opslaan</source>
        <translation>Save Excel for a funder</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Aanvraag {name}</source>
        <translation>Application {name}</translation>
    </message>
    <message>
        <source>Aanvraagsamenvatting opslaan</source>
        <translation>Save the application summary</translation>
    </message>
    <message>
        <source>PDF-overzicht opslaan</source>
        <translation>Save PDF overview</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Financieringsoverzicht {name}</source>
        <translation>Funding overview {name}</translation>
    </message>
    <message>
        <source>Verantwoording {year} {name}</source>
        <translation>Financial report {year} {name}</translation>
    </message>
    <message>
        <source>Verantwoording opslaan</source>
        <translation>Save financial report</translation>
    </message>
    <message>
        <source>Geen agenda gemaakt</source>
        <translation>No calendar made</translation>
    </message>
    <message>
        <source>Dit plan heeft nog geen data voor een agenda. Vul bij Dekking in wanneer u moet aanvragen, wanneer het besluit komt of wanneer de verantwoording moet worden ingeleverd.</source>
        <translation>This plan has no dates for a calendar yet. Fill in under Income when to apply, when the decision is due or when the report must be handed in.</translation>
    </message>
    <message>
        <source>Agenda opslaan</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Deadlines {name}</source>
        <translation>Deadlines {name}</translation>
    </message>
    <message>
        <source>Financieringsoverzicht</source>
        <translation>Funding overview</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld – financieringsoverzicht</source>
        <translation>Print preview – funding overview</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Alleen de regels van dit project, of alles</source>
        <translation>Only this project&apos;s lines, or everything</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>einde</source>
        <translation>end</translation>
    </message>
    <message>
        <source>indexatie</source>
        <translation>indexation</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>toelichting</source>
        <translation>note</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>eenheid</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>tarief</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>categorie</source>
        <translation>category</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>financier</source>
        <translation>funder</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kans</source>
        <translation>probability</translation>
    </message>
    <message>
        <source>aanvragen vóór</source>
        <translation>apply by</translation>
    </message>
    <message>
        <source>besluit verwacht</source>
        <translation>decision expected</translation>
    </message>
    <message>
        <source>verantwoording</source>
        <translation>report due</translation>
    </message>
    <message>
        <source>realisatie</source>
        <translation>actuals</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Een kopie van het plan onder een andere naam bewaren; u werkt verder in dit plan</source>
        <translation>Keep a copy of the plan under another name; you go on working in this plan</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Een automatische reservekopie van dit plan terugzetten</source>
        <translation>Put back an automatic backup of this plan</translation>
    </message>
    <message>
        <source>{name} (kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Dekkingsplan (*.dekkingsplan)</source>
        <translation>Dekkingsplan (*.dekkingsplan)</translation>
    </message>
    <message>
        <source>Geen kopie gemaakt</source>
        <translation>No copy made</translation>
    </message>
    <message>
        <source>{name} is het plan dat nu open is. Kies een andere naam voor de kopie.</source>
        <translation>{name} is the plan that is open now. Choose another name for the copy.</translation>
    </message>
    <message>
        <source>De kopie kon niet worden bewaard in {path}.

{reason}</source>
        <translation>The copy could not be saved in {path}.

{reason}</translation>
    </message>
    <message>
        <source>Kopie bewaard als {name}. U werkt verder in {current}.</source>
        <translation>Copy saved as {name}. You go on working in {current}.</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>De reservekopie is niet teruggezet; het plan is ongewijzigd.

{reason}</source>
        <translation>The backup was not restored; the plan is unchanged.

{reason}</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet. De vorige versie staat bij de reservekopieën.</source>
        <translation>Backup restored. The previous version is among the backups.</translation>
    </message>
</context>
<context>
    <name>LineDetails</name>
    <message>
        <source>Gekozen regel:</source>
        <translation>Chosen line:</translation>
    </message>
</context>
<context>
    <name>LinesScreen</name>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Een nieuwe regel toevoegen</source>
        <translation>Add a new line</translation>
    </message>
    <message>
        <source>Een kopie van de gekozen regel(s) maken</source>
        <translation>Make a copy of the chosen line(s)</translation>
    </message>
    <message>
        <source>De gekozen regel(s) verwijderen; Ctrl+Z zet ze terug</source>
        <translation>Delete the chosen line(s); Ctrl+Z puts them back</translation>
    </message>
    <message>
        <source>Alleen de regels tonen met deze {what}</source>
        <translation>Only show the lines with this {what}</translation>
    </message>
    <message>
        <source>Totaal per jaar van de getoonde regels</source>
        <translation>Total per year of the lines shown</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>line</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{field} van ‘{name}’ wijzigen</source>
        <translation>change {field} of ‘{name}’</translation>
    </message>
    <message>
        <source>{reason} — de vorige waarde is bewaard.</source>
        <translation>{reason} — the previous value was kept.</translation>
    </message>
    <message>
        <source>Dit plan is alleen-lezen geopend; er kan niets worden geplakt.</source>
        <translation>This plan is open read-only; nothing can be pasted.</translation>
    </message>
    <message>
        <source>{n} cellen plakken</source>
        <translation>paste {n} cells</translation>
    </message>
    <message>
        <source>Niets geplakt: {reason}</source>
        <translation>Nothing pasted: {reason}</translation>
    </message>
    <message>
        <source>{what} toevoegen</source>
        <translation>add {what}</translation>
    </message>
    <message>
        <source>{name} (kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>‘{name}’ dupliceren</source>
        <translation>duplicate ‘{name}’</translation>
    </message>
    <message>
        <source>{n} regels dupliceren</source>
        <translation>duplicate {n} lines</translation>
    </message>
    <message>
        <source>‘{name}’ verwijderen</source>
        <translation>delete ‘{name}’</translation>
    </message>
    <message>
        <source>{n} regels verwijderen</source>
        <translation>delete {n} lines</translation>
    </message>
    <message>
        <source>Verwijderd. Ctrl+Z zet het terug.</source>
        <translation>Deleted. Ctrl+Z puts it back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>Een nieuw plan maken</source>
        <translation>Make a new plan</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Een planbestand openen</source>
        <translation>Open a plan file</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Demoplan openen</source>
        <translation>Open &amp;demo plan</translation>
    </message>
    <message>
        <source>Een verse kopie van het voorbeeldplan openen</source>
        <translation>Open a fresh copy of the example plan</translation>
    </message>
    <message>
        <source>Plan &amp;sluiten</source>
        <translation>&amp;Close plan</translation>
    </message>
    <message>
        <source>Terug naar het startscherm; alles is al bewaard</source>
        <translation>Back to the start screen; everything is already saved</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Plannen &amp;vergelijken…</source>
        <translation>&amp;Compare plans…</translation>
    </message>
    <message>
        <source>Meerdere plannen naast elkaar: afhankelijkheid, reserve, nog te werven</source>
        <translation>Several plans side by side: dependence, reserve, still to raise</translation>
    </message>
    <message>
        <source>Een plan openen dat op een gedeelde PostgreSQL-server staat</source>
        <translation>Open a plan kept on a shared PostgreSQL server</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>De taal van het venster kiezen: Nederlands of English</source>
        <translation>Choose the language of the window: Nederlands or English</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Een korte handleiding en de woorden van een dekkingsplan uitgelegd</source>
        <translation>A short guide, and the words of a coverage plan explained</translation>
    </message>
    <message>
        <source>&amp;Over Dekkingsplan</source>
        <translation>&amp;About Dekkingsplan</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <source>O&amp;pnieuw: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <source>Op&amp;enen van server…</source>
        <translation>Op&amp;en from server…</translation>
    </message>
    <message>
        <source>Niet alles is bewaard</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <source>Dit klopt niet en is daarom niet bewaard:

{lines}

Toch sluiten? Kies Nee om het te verbeteren.</source>
        <translation>This is not right and so it is not saved:

{lines}

Close anyway? Choose No to correct it.</translation>
    </message>
    <message>
        <source>Dekkingsplan</source>
        <translation>Dekkingsplan</translation>
    </message>
    <message>
        <source>{plan} op {host}</source>
        <translation>{plan} on {host}</translation>
    </message>
    <message>
        <source>(alleen-lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Over Dekkingsplan</source>
        <translation>About Dekkingsplan</translation>
    </message>
    <message>
        <source>Dekkingsplan {version}

Begroting en dekkingsplan voor kleine welzijnsorganisaties. Werkt zonder internet; uw plan blijft op deze computer.</source>
        <translation>Dekkingsplan {version}

Budget and coverage plan for small welfare organisations. Works without internet; your plan stays on this computer.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Handleiding – Dekkingsplan</source>
        <translation>Guide – Dekkingsplan</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Plan maken</source>
        <translation>&amp;Make plan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Uw plan is gemaakt. Begin met de kosten.</source>
        <translation>Your plan is made. Start with the costs.</translation>
    </message>
    <message>
        <source>Zet in de Begroting wat de organisatie per jaar uitgeeft: de coördinator, de huur, de activiteiten. Daarna vult u bij Dekking in waar het geld vandaan komt; het Overzicht laat dan per jaar zien of alles gedekt is.</source>
        <translation>Enter in the Budget what the organisation spends per year: the coordinator, the rent, the activities. Then fill in under Income where the money comes from; the Overview then shows per year whether everything is covered.</translation>
    </message>
    <message>
        <source>&amp;Voeg uw eerste kosten toe</source>
        <translation>&amp;Add your first costs</translation>
    </message>
    <message>
        <source>Naar de Begroting, met een nieuwe kostenregel om in te typen</source>
        <translation>To the Budget, with a new cost line to type in</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gegevens van de organisatie</source>
        <translation>Details of the organisation</translation>
    </message>
    <message>
        <source>Stichting Buurtkamer De Wissel</source>
        <translation>Stichting Buurtkamer De Wissel</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation>NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <source>2511 AB</source>
        <translation>2511 AB</translation>
    </message>
    <message>
        <source>Gewenste reserve</source>
        <translation>Reserve target</translation>
    </message>
    <message>
        <source>(niet opgegeven)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>De organisatie heeft de ANBI-status</source>
        <translation>The organisation has ANBI status (public benefit)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Een plan beslaat 1 tot {n} jaar. Regels buiten deze jaren blijven bewaard; ze worden alleen niet getoond.</source>
        <translation>A plan covers 1 to {n} years. Lines outside these years are kept; they are only not shown.</translation>
    </message>
    <message>
        <source>bijvoorbeeld 8.500,00</source>
        <translation>for example 8,500.00</translation>
    </message>
    <message>
        <source>Het geld in kas aan het begin van het eerste jaar (mag negatief zijn).</source>
        <translation>The cash at the start of the first year (may be negative).</translation>
    </message>
    <message>
        <source>Beginreserve</source>
        <translation>Opening reserve</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>R&amp;SIN</source>
        <translation>&amp;RSIN</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>A&amp;dres</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>W&amp;ebsite</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Rechtsvorm</source>
        <translation>&amp;Legal form</translation>
    </message>
    <message>
        <source>&amp;ANBI</source>
        <translation>AN&amp;BI</translation>
    </message>
    <message>
        <source>&amp;Jaren</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <source>Be&amp;ginreserve</source>
        <translation>&amp;Opening reserve</translation>
    </message>
    <message>
        <source>bijvoorbeeld 15.000,00</source>
        <translation>for example 15,000.00</translation>
    </message>
    <message>
        <source>&amp;Zes maanden vaste lasten</source>
        <translation>&amp;Six months of fixed costs</translation>
    </message>
    <message>
        <source>Vult zes keer de maandelijkse kosten van de Begroting in</source>
        <translation>Fills in six times the Budget&apos;s monthly costs</translation>
    </message>
    <message>
        <source>De reserve die het bestuur wil aanhouden, bijvoorbeeld zes maanden vaste lasten. Het Overzicht zegt hoeveel er nog bij moet om die te houden.</source>
        <translation>The reserve the board wants to keep, for example six months of fixed costs. The Overview says how much more must come in to keep it.</translation>
    </message>
    <message>
        <source>Gewenste reser&amp;ve</source>
        <translation>Reserve tar&amp;get</translation>
    </message>
    <message>
        <source>Niet opgegeven — fondsen vragen het; kies een van de drie hieronder</source>
        <translation>Not given — funds ask for it; choose one of the three below</translation>
    </message>
    <message>
        <source>Inclusief btw — de organisatie kan de btw niet terugvragen: btw is een kostenpost (de meeste stichtingen)</source>
        <translation>Including VAT — the organisation cannot reclaim VAT: VAT is a cost (most foundations)</translation>
    </message>
    <message>
        <source>Exclusief btw — de organisatie is btw-plichtig en trekt de btw af als voorbelasting</source>
        <translation>Excluding VAT — the organisation is registered for VAT and deducts it</translation>
    </message>
    <message>
        <source>Exclusief btw, compensabel — de btw wordt gecompenseerd en is geen kostenpost</source>
        <translation>Excluding VAT, recoverable — VAT is compensated and is not a cost</translation>
    </message>
    <message>
        <source>Staat op elke werkmap en samenvatting voor een fonds.</source>
        <translation>Printed on every workbook and summary for a fund.</translation>
    </message>
    <message>
        <source>B&amp;tw</source>
        <translation>V&amp;AT</translation>
    </message>
    <message>
        <source>gewenste reserve wijzigen</source>
        <translation>change the reserve target</translation>
    </message>
    <message>
        <source>{field} ‘{typed}’: {why}</source>
        <translation>{field} ‘{typed}’: {why}</translation>
    </message>
    <message>
        <source>organisatiegegevens wijzigen</source>
        <translation>change organisation details</translation>
    </message>
    <message>
        <source>planjaren wijzigen</source>
        <translation>change plan years</translation>
    </message>
    <message>
        <source>beginreserve wijzigen</source>
        <translation>change opening reserve</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Zeker: alleen toegezegd en ontvangen geld. Verwacht: elke bron maal zijn kans. Maximaal: alles wat niet is afgewezen, voluit. Daarnaast de eigen scenario&apos;s van het plan.</source>
        <translation>Secured: only committed and received money. Expected: each source times its probability. Maximum: everything not rejected, in full. Besides these, the plan&apos;s own scenarios.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Klik op een jaar om de regels achter de cijfers te zien</source>
        <translation>Click a year to see the lines behind the figures</translation>
    </message>
    <message>
        <source>Cijfers per jaar</source>
        <translation>Figures per year</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Regels achter het gekozen jaar</source>
        <translation>Lines behind the chosen year</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Wat er in elk jaar nog bij moet om de gewenste reserve (Organisatie) te houden, zo laat mogelijk geworven</source>
        <translation>What must still come in each year to keep the reserve target (Organisation), raised as late as possible</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Inkomsten</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reserve eind jaar</source>
        <translation>Reserve at year end</translation>
    </message>
    <message>
        <source>Nog te werven</source>
        <translation>Still to raise</translation>
    </message>
    <message>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>   werkelijk uitgegeven</source>
        <translation>   actually spent</translation>
    </message>
    <message>
        <source>   werkelijk ontvangen</source>
        <translation>   actually received</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In {year} zijn de kosten hoger dan de inkomsten in dit scenario</source>
        <translation>In {year} the costs are higher than the income in this scenario</translation>
    </message>
    <message>
        <source>De reserve staat eind {year} onder nul</source>
        <translation>The reserve is below zero at the end of {year}</translation>
    </message>
    <message>
        <source>Nog niets ingevuld bij Realisatie voor {year}</source>
        <translation>Nothing entered under Actuals for {year} yet</translation>
    </message>
    <message>
        <source>Ingevuld bij Realisatie: {n} van {m} regels van {year}</source>
        <translation>Filled in under Actuals: {n} of {m} lines of {year}</translation>
    </message>
    <message>
        <source>Nog geen inkomsten in dit scenario.</source>
        <translation>No income yet in this scenario.</translation>
    </message>
    <message>
        <source>{name} levert {share} van de inkomsten.</source>
        <translation>{name} provides {share} of the income.</translation>
    </message>
    <message>
        <source>De grootste financier over alle jaren van het plan, in dit scenario</source>
        <translation>The largest funder over all years of the plan, in this scenario</translation>
    </message>
    <message>
        <source>Er zijn nog geen inkomsten om te beoordelen.</source>
        <translation>There is no income to assess yet.</translation>
    </message>
    <message>
        <source>{share} van de inkomsten is kortlopend: voor een jaar of korter toegezegd.</source>
        <translation>{share} of the income is short-term: committed for a year or less.</translation>
    </message>
    <message>
        <source>Eenmalige bedragen en bronnen met een looptijd van hoogstens 12 maanden</source>
        <translation>One-off amounts and sources running at most 12 months</translation>
    </message>
    <message>
        <source>De reserve is op in {year}.</source>
        <translation>The reserve runs out in {year}.</translation>
    </message>
    <message>
        <source>De reserve blijft positief tot en met {year} ({amount}).</source>
        <translation>The reserve stays positive up to and including {year} ({amount}).</translation>
    </message>
    <message>
        <source>Het eerste jaar waarin de reserve aan het eind van het jaar onder nul staat</source>
        <translation>The first year in which the reserve is below zero at the end of the year</translation>
    </message>
    <message>
        <source>Klik op een jaar om de regels achter de cijfers te zien.</source>
        <translation>Click a year to see the lines behind the figures.</translation>
    </message>
    <message>
        <source>De regels achter {year} ({scenario})</source>
        <translation>The lines behind {year} ({scenario})</translation>
    </message>
    <message>
        <source>en nog {count} regels</source>
        <translation>and {count} more lines</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Dit plan is alleen-lezen geopend; wijzigingen kunnen niet worden bewaard.</source>
        <translation>This plan is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Niet bewaard: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Eerdere stappen kunnen niet meer ongedaan worden gemaakt.</source>
        <translation>Earlier steps can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>PlanOpener</name>
    <message>
        <source>Plan openen</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Dekkingsplan (*.dekkingsplan);;Alle bestanden (*)</source>
        <translation>Dekkingsplan (*.dekkingsplan);;All files (*)</translation>
    </message>
    <message>
        <source>{name} is bijgewerkt voor deze versie van Dekkingsplan; het bestand zoals het was is bewaard als reservekopie (Bestand › Reservekopie terugzetten…).</source>
        <translation>{name} was upgraded for this version of Dekkingsplan; the file as it was is kept as a backup (File › Restore backup…).</translation>
    </message>
    <message>
        <source>Plan is al geopend</source>
        <translation>Plan is already open</translation>
    </message>
    <message>
        <source>{reason}

Wilt u het plan alleen-lezen openen? U kunt dan kijken, niet wijzigen.</source>
        <translation>{reason}

Do you want to open the plan read-only? You can then look, not change.</translation>
    </message>
    <message>
        <source>{name} wordt geopend…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>Demoplan.dekkingsplan</source>
        <translation>Demo plan.dekkingsplan</translation>
    </message>
    <message>
        <source>Plan niet geopend</source>
        <translation>Plan not opened</translation>
    </message>
    <message>
        <source>Het plan is bijgewerkt met wijzigingen van anderen.</source>
        <translation>The plan was updated with changes made by others.</translation>
    </message>
    <message>
        <source>Planbestand maken van {name}</source>
        <translation>Make a plan file from {name}</translation>
    </message>
    <message>
        <source>Dekkingsplan (*.dekkingsplan)</source>
        <translation>Dekkingsplan (*.dekkingsplan)</translation>
    </message>
    <message>
        <source>{name} kan niet worden geopend.

{reason}</source>
        <translation>{name} cannot be opened.

{reason}</translation>
    </message>
    <message>
        <source>Plan niet gemaakt</source>
        <translation>Plan not made</translation>
    </message>
    <message>
        <source>Het plan kon niet worden bewaard in {path}:
{reason}</source>
        <translation>The plan could not be saved in {path}:
{reason}</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Grootste financier</source>
        <translation>Largest funder</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Het aandeel van de grootste financier in alle inkomsten</source>
        <translation>The largest funder&apos;s share of all income</translation>
    </message>
    <message>
        <source>Subsidie</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <source>Het aandeel van subsidies in alle inkomsten: de afhankelijkheid van de gemeente</source>
        <translation>The share of subsidies in all income: the dependence on the municipality</translation>
    </message>
    <message>
        <source>Kortlopend</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>Het aandeel van inkomsten die hoogstens twaalf maanden lopen</source>
        <translation>The share of income that runs for at most twelve months</translation>
    </message>
    <message>
        <source>Reserve op in</source>
        <translation>Reserve runs out in</translation>
    </message>
    <message>
        <source>Jaren met tekort</source>
        <translation>Years with a gap</translation>
    </message>
    <message>
        <source>Nog te werven</source>
        <translation>Still to raise</translation>
    </message>
    <message>
        <source>Wat er nog bij moet om de reserve op het doel van elk plan te houden</source>
        <translation>What must still come in to keep each plan&apos;s reserve at its target</translation>
    </message>
    <message>
        <source>Plannen vergelijken</source>
        <translation>Compare plans</translation>
    </message>
    <message>
        <source>&amp;Map kiezen…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Bestanden kiezen…</source>
        <translation>Choose f&amp;iles…</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Kies een map met plannen of enkele planbestanden.</source>
        <translation>Choose a folder of plans or a few plan files.</translation>
    </message>
    <message>
        <source>Plan &amp;openen</source>
        <translation>&amp;Open plan</translation>
    </message>
    <message>
        <source>Map met plannen kiezen</source>
        <translation>Choose a folder of plans</translation>
    </message>
    <message>
        <source>Plannen kiezen</source>
        <translation>Choose plans</translation>
    </message>
    <message>
        <source>Plannen ({patterns})</source>
        <translation>Plans ({patterns})</translation>
    </message>
    <message>
        <source>Deze map bevat geen plannen (.dekkingsplan of .json).</source>
        <translation>This folder holds no plans (.dekkingsplan or .json).</translation>
    </message>
    <message>
        <source>{n} plannen; bij {k} raakt de reserve op; samen nog te werven: {total}. Dubbelklik op een plan om het te openen.</source>
        <translation>{n} plans; in {k} the reserve runs out; together still to raise: {total}. Double-click a plan to open it.</translation>
    </message>
    <message>
        <source>Niet te lezen:</source>
        <translation>Could not be read:</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>Een project heeft eigen kosten en eigen dekking, zoals een fonds ze wil zien. Regels zonder project horen bij de exploitatie (de lopende kosten).</source>
        <translation>A project has its own costs and its own income, as a funder wants to see them. Lines without a project belong to the running costs (exploitatie).</translation>
    </message>
    <message>
        <source>&amp;Nieuw project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Naam &amp;wijzigen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Nog geen projecten. Met ‘Nieuw project…’ maakt u er een; daarna kiest u in Begroting en Dekking bij elke regel het project.</source>
        <translation>No projects yet. ‘New project…’ makes one; then choose the project for each line in Budget and Income.</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>De naam van het project zoals een fonds hem kent</source>
        <translation>The name of the project as a funder knows it</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Waar het project over gaat (mag leeg blijven)</source>
        <translation>What the project is about (may stay empty)</translation>
    </message>
    <message>
        <source>Kostenregels</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <source>Dekkingsbronnen</source>
        <translation>Sources of income</translation>
    </message>
    <message>
        <source>{name}: kosten en inkomsten per jaar</source>
        <translation>{name}: costs and income per year</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>project ‘{name}’ wijzigen</source>
        <translation>change project ‘{name}’</translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Naam van het project:</source>
        <translation>Name of the project:</translation>
    </message>
    <message>
        <source>project ‘{name}’ toevoegen</source>
        <translation>add project ‘{name}’</translation>
    </message>
    <message>
        <source>project ‘{name}’ verwijderen</source>
        <translation>delete project ‘{name}’</translation>
    </message>
    <message>
        <source>Project verwijderd. Ctrl+Z zet het terug.</source>
        <translation>Project deleted. Ctrl+Z puts it back.</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <source>Verantwoording</source>
        <translation>Financial report</translation>
    </message>
    <message>
        <source>Begroting en werkelijke bedragen van één jaar, per regel met het verschil en de toelichting: voor de vaststelling door de gemeente of de afrekening met een fonds.</source>
        <translation>Budget and actual amounts of one year, per line with the difference and its explanation: for the municipality&apos;s final assessment or settling with a fund.</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Alle bronnen</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Alleen de bronnen van deze financier tegen de kosten, voor de afrekening met een fonds</source>
        <translation>Only this funder&apos;s sources against the costs, for settling with a fund</translation>
    </message>
    <message>
        <source>&amp;Financier:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <source>Excel-werkmap (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>PDF-document (.pdf)</source>
        <translation>PDF document (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
</context>
<context>
    <name>RealisationScreen</name>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Begroot en werkelijk per jaar (de jaren met ingevulde bedragen)</source>
        <translation>Budgeted and actual per year (the years with amounts filled in)</translation>
    </message>
    <message>
        <source>Realisatie</source>
        <translation>Actuals</translation>
    </message>
    <message>
        <source>Wat is er werkelijk uitgegeven en ontvangen? Typ per regel het werkelijke bedrag van het jaar in de gele kolom; de begroting staat ernaast. Licht een groot verschil toe in de kolom Toelichting. De begroting zelf verandert niet.</source>
        <translation>What was really spent and received? Type each line&apos;s actual amount of the year in the yellow column; the budget stands beside it. Explain a large difference in the Explanation column. The budget itself does not change.</translation>
    </message>
    <message>
        <source>Bankafschrift &amp;inlezen…</source>
        <translation>&amp;Read bank statement…</translation>
    </message>
    <message>
        <source>Lees de werkelijke bedragen uit een bankafschrift: CAMT.053, MT940 of de CSV van uw bank</source>
        <translation>Read the actual amounts from a bank statement: CAMT.053, MT940 or your bank&apos;s CSV</translation>
    </message>
    <message>
        <source>{reason} — de vorige waarde is bewaard.</source>
        <translation>{reason} — the previous value was kept.</translation>
    </message>
    <message>
        <source>Een verschil van meer dan {pct}% en meer dan {minimum} vraagt om een toelichting</source>
        <translation>A difference of more than {pct}% and more than {minimum} needs an explanation</translation>
    </message>
    <message>
        <source>Kostenregel</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <source>Dekkingsbron</source>
        <translation>Source of income</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Werkelijk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Wat er in dit jaar werkelijk is uitgegeven of ontvangen; leeg is nog niet bekend</source>
        <translation>What was really spent or received in this year; empty is not known yet</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Werkelijk min begroot</source>
        <translation>Actual minus budgeted</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>toelichting ontbreekt</source>
        <translation>explanation missing</translation>
    </message>
    <message>
        <source>Waarom het werkelijke bedrag afwijkt van de begroting, voor de verantwoording</source>
        <translation>Why the actual amount differs from the budget, for the financial report</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Inkomsten</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>{noun} {year}: begroot {budget}, werkelijk {actual}, verschil {difference} ({entered} van {lines} regels ingevuld)</source>
        <translation>{noun} {year}: budget {budget}, actual {actual}, difference {difference} ({entered} of {lines} lines entered)</translation>
    </message>
    <message>
        <source>en nog {n}</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>Eén verschil van meer dan {pct}% en meer dan {minimum} in {year} heeft nog geen toelichting: {names}. De verantwoording markeert het.</source>
        <translation>One difference of more than {pct}% and more than {minimum} in {year} has no explanation yet: {names}. The financial report marks it.</translation>
    </message>
    <message>
        <source>{n} verschillen van meer dan {pct}% en meer dan {minimum} in {year} hebben nog geen toelichting: {names}. De verantwoording markeert ze.</source>
        <translation>{n} differences of more than {pct}% and more than {minimum} in {year} have no explanation yet: {names}. The financial report marks them.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kosten
begroot</source>
        <translation>Costs
budget</translation>
    </message>
    <message>
        <source>Kosten
werkelijk</source>
        <translation>Costs
actual</translation>
    </message>
    <message>
        <source>Inkomsten
begroot</source>
        <translation>Income
budget</translation>
    </message>
    <message>
        <source>Inkomsten
werkelijk</source>
        <translation>Income
actual</translation>
    </message>
    <message>
        <source>Resultaat
begroot</source>
        <translation>Result
budget</translation>
    </message>
    <message>
        <source>Resultaat
werkelijk</source>
        <translation>Result
actual</translation>
    </message>
    <message>
        <source>Zonder
toelichting</source>
        <translation>Without
explanation</translation>
    </message>
    <message>
        <source>nog onvolledig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <source>Het resultaat volgt als alle regels van het jaar zijn ingevuld</source>
        <translation>The result follows when every line of the year is filled in</translation>
    </message>
    <message>
        <source>Ingevuld</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>{n} van {m}</source>
        <translation>{n} of {m}</translation>
    </message>
    <message>
        <source>Grote verschillen zonder toelichting</source>
        <translation>Large differences without an explanation</translation>
    </message>
    <message>
        <source>Dit plan is alleen-lezen geopend; er kan niets worden geplakt.</source>
        <translation>This plan is open read-only; nothing can be pasted.</translation>
    </message>
    <message>
        <source>{n} cellen plakken</source>
        <translation>paste {n} cells</translation>
    </message>
    <message>
        <source>Niets geplakt: {reason}</source>
        <translation>Nothing pasted: {reason}</translation>
    </message>
    <message>
        <source>toelichting {year} van ‘{name}’</source>
        <translation>explanation {year} of ‘{name}’</translation>
    </message>
    <message>
        <source>werkelijk bedrag {year} van ‘{name}’</source>
        <translation>actual amount {year} of ‘{name}’</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Naar de agenda</source>
        <translation>To the agenda</translation>
    </message>
    <message>
        <source>Herinnering sluiten</source>
        <translation>Close reminder</translation>
    </message>
    <message>
        <source>Te laat, of binnen {n} dagen te doen:</source>
        <translation>Late, or due within {n} days:</translation>
    </message>
    <message>
        <source>Binnen {n} dagen moet u iets doen:</source>
        <translation>Within {n} days you need to act:</translation>
    </message>
    <message>
        <source>en nog {n} meer</source>
        <translation>and {n} more</translation>
    </message>
</context>
<context>
    <name>RemoveProjectQuestion</name>
    <message>
        <source>Project verwijderen</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Bij project ‘{name}’ horen {costs} kostenregel(s) en {sources} dekkingsbron(nen). Wat moet er met die regels gebeuren?</source>
        <translation>Project ‘{name}’ has {costs} cost line(s) and {sources} source(s) of income. What should happen to those lines?</translation>
    </message>
    <message>
        <source>Naar de exploitatie: de regels blijven staan, zonder project. Ook verwijderen: de regels verdwijnen met het project. Ctrl+Z zet alles terug.</source>
        <translation>To the running costs: the lines stay, without a project. Delete too: the lines go with the project. Ctrl+Z puts everything back.</translation>
    </message>
    <message>
        <source>Naar de exploitatie</source>
        <translation>To the running costs</translation>
    </message>
    <message>
        <source>Ook verwijderen</source>
        <translation>Delete too</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <source>Zeker: alleen toegezegd en ontvangen. Verwacht: elke bron maal haar kans. Maximaal: alles wat niet is afgewezen. Of een eigen scenario.</source>
        <translation>Secured: only committed and received. Expected: each source times its probability. Maximum: everything not rejected. Or a scenario of your own.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
</context>
<context>
    <name>ScenariosScreen</name>
    <message>
        <source>Een scenario neemt Zeker, Verwacht of Maximaal als basis en past bedragen aan, zoals ‘de gemeente −20% vanaf 2027’. Het plan zelf verandert niet.</source>
        <translation>A scenario takes Secured, Expected or Maximum as its base and adjusts amounts, like ‘the municipality −20% from 2027’. The plan itself does not change.</translation>
    </message>
    <message>
        <source>&amp;Nieuw scenario…</source>
        <translation>&amp;New scenario…</translation>
    </message>
    <message>
        <source>Naam &amp;wijzigen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Tonen in het &amp;overzicht</source>
        <translation>Show in the &amp;overview</translation>
    </message>
    <message>
        <source>Het overzicht en de projecten tonen het plan onder dit scenario</source>
        <translation>The overview and the projects show the plan under this scenario</translation>
    </message>
    <message>
        <source>Aanpassing &amp;toevoegen</source>
        <translation>&amp;Add adjustment</translation>
    </message>
    <message>
        <source>Aanpassing ve&amp;rwijderen</source>
        <translation>&amp;Remove adjustment</translation>
    </message>
    <message>
        <source>Nog geen eigen scenario&apos;s. Met ‘Nieuw scenario…’ maakt u er een, bijvoorbeeld ‘Gemeente −20% vanaf 2027’.</source>
        <translation>No scenarios of your own yet. ‘New scenario…’ makes one, for example ‘Municipality −20% from 2027’.</translation>
    </message>
    <message>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Zoals u het scenario in het overzicht wilt zien</source>
        <translation>As you want to see the scenario in the overview</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Zeker, Verwacht of Maximaal: wat het scenario zonder aanpassingen telt</source>
        <translation>Secured, Expected or Maximum: what the scenario counts without adjustments</translation>
    </message>
    <message>
        <source>Aanpassingen</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Aanpassingen van ‘{name}’</source>
        <translation>Adjustments of ‘{name}’</translation>
    </message>
    <message>
        <source>{measure} (gelijk)</source>
        <translation>{measure} (the same)</translation>
    </message>
    <message>
        <source>{measure} · basis ({base})</source>
        <translation>{measure} · base ({base})</translation>
    </message>
    <message>
        <source>{measure} · dit scenario</source>
        <translation>{measure} · this scenario</translation>
    </message>
    <message>
        <source>‘{name}’ naast de basis ‘{base}’</source>
        <translation>‘{name}’ beside the base ‘{base}’</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In dit scenario blijft de reserve in alle jaren boven nul.</source>
        <translation>In this scenario the reserve stays above zero in every year.</translation>
    </message>
    <message>
        <source>In dit scenario raakt de reserve op in {year}; in ‘{base}’ niet.</source>
        <translation>In this scenario the reserve runs out in {year}; in ‘{base}’ it does not.</translation>
    </message>
    <message>
        <source>In dit scenario raakt de reserve op in {year}; in ‘{base}’ in {base_year}.</source>
        <translation>In this scenario the reserve runs out in {year}; in ‘{base}’ in {base_year}.</translation>
    </message>
    <message>
        <source>Nieuw scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Naam van het scenario, bijvoorbeeld ‘Gemeente −20% vanaf 2027’:</source>
        <translation>Name of the scenario, for example ‘Municipality −20% from 2027’:</translation>
    </message>
    <message>
        <source>scenario ‘{name}’ maken</source>
        <translation>make scenario ‘{name}’</translation>
    </message>
    <message>
        <source>{name} (kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>scenario ‘{name}’ dupliceren</source>
        <translation>duplicate scenario ‘{name}’</translation>
    </message>
    <message>
        <source>scenario ‘{name}’ verwijderen</source>
        <translation>delete scenario ‘{name}’</translation>
    </message>
    <message>
        <source>scenario ‘{name}’ wijzigen</source>
        <translation>change scenario ‘{name}’</translation>
    </message>
    <message>
        <source>aanpassing in ‘{name}’ wijzigen</source>
        <translation>change adjustment in ‘{name}’</translation>
    </message>
    <message>
        <source>aanpassing aan ‘{name}’ toevoegen</source>
        <translation>add adjustment to ‘{name}’</translation>
    </message>
    <message>
        <source>aanpassing uit ‘{name}’ verwijderen</source>
        <translation>remove adjustment from ‘{name}’</translation>
    </message>
</context>
<context>
    <name>ScreenStack</name>
    <message>
        <source>Onderdelen van het plan</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <source>Alleen-lezen: dit plan is elders geopend of staat in een map zonder schrijfrechten. U kunt alles bekijken en exporteren, maar niets wijzigen.</source>
        <translation>Read-only: this plan is open elsewhere or lies in a folder you cannot write to. You can view and export everything, but change nothing.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Plan openen van server</source>
        <translation>Open plan from server</translation>
    </message>
    <message>
        <source>bijvoorbeeld db.welzijn-oost.nl</source>
        <translation>for example db.welzijn-oost.nl</translation>
    </message>
    <message>
        <source>wordt niet bewaard</source>
        <translation>is not stored</translation>
    </message>
    <message>
        <source>De naam van het plan op de server; ‘Plannen ophalen’ toont welke er zijn</source>
        <translation>The plan&apos;s name on the server; ‘Fetch plans’ shows which there are</translation>
    </message>
    <message>
        <source>Plannen op&amp;halen</source>
        <translation>&amp;Fetch plans</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>Samen aan één plan werken: elke wijziging gaat meteen naar de server, en wat anderen wijzigen verschijnt hier binnen enkele seconden.</source>
        <translation>Working on one plan together: every change goes to the server at once, and what others change appears here within a few seconds.</translation>
    </message>
    <message>
        <source>Vul eerst de server en de database in.</source>
        <translation>Fill in the server and the database first.</translation>
    </message>
    <message>
        <source>{n} plannen op deze server.</source>
        <translation>{n} plans on this server.</translation>
    </message>
    <message>
        <source>Op deze server staan nog geen plannen.</source>
        <translation>This server holds no plans yet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bedragen en datums volgen de gekozen taal. Het plan zelf verandert niet.</source>
        <translation>Amounts and dates follow the chosen language. The plan itself does not change.</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Dekking</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Waar het geld vandaan komt: subsidies, fondsen, giften, verhuur, eigen inkomsten en opdrachten. De kans telt mee in het scenario Verwacht; afgewezen aanvragen tellen nergens mee.</source>
        <translation>Where the money comes from: subsidies, funds, gifts, rental, own income and contracts. The probability counts in the Expected scenario; rejected applications count nowhere.</translation>
    </message>
    <message>
        <source>dekkingsbron</source>
        <translation>source of income</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subsidie, fondsen, giften en donaties, verhuur, eigen inkomsten, opdrachten of overig</source>
        <translation>Subsidy, funds, gifts and donations, rental, own income, contracts or other</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Wie het geld geeft, zoals Gemeente Den Haag of Oranje Fonds</source>
        <translation>Who gives the money, like Gemeente Den Haag or Oranje Fonds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nog aan te vragen, aangevraagd, toegezegd, ontvangen of afgewezen</source>
        <translation>To apply for, applied, committed, received or rejected</translation>
    </message>
    <message>
        <source>Kans</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Standaard voor de status ‘{status}’; typ een eigen kans om die te gebruiken</source>
        <translation>Default for the status ‘{status}’; type a probability of your own to use it</translation>
    </message>
    <message>
        <source>De kans dat het geld komt, in procenten (zoals 60); leeg is de standaard voor de status</source>
        <translation>The probability that the money comes, in percent (like 60); empty is the default for the status</translation>
    </message>
    <message>
        <source>{date} (voorgesteld)</source>
        <translation>{date} (suggested)</translation>
    </message>
    <message>
        <source>Aanvragen vóór</source>
        <translation>Apply by</translation>
    </message>
    <message>
        <source>Voorgesteld: {n} maanden voor de start; typ een eigen datum als de financier er een noemt</source>
        <translation>Suggested: {n} months before the start; type a date of your own if the funder names one</translation>
    </message>
    <message>
        <source>De uiterste datum om aan te vragen, zoals 1 mrt 2026; leeg bij een fonds of subsidie die nog moet worden aangevraagd: voorgesteld, vier maanden voor de start</source>
        <translation>The last date to apply, such as 1 Mar 2026; left empty for a fund or subsidy still to apply for: suggested, four months before the start</translation>
    </message>
    <message>
        <source>Besluit verwacht</source>
        <translation>Decision expected</translation>
    </message>
    <message>
        <source>Wanneer de financier naar verwachting beslist</source>
        <translation>When the funder is expected to decide</translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>De data waarop verantwoording moet worden ingeleverd, gescheiden door komma&apos;s</source>
        <translation>The dates on which a report is due, separated by commas</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>(geen: exploitatie)</source>
        <translation>(none: running costs)</translation>
    </message>
    <message>
        <source>Nieuwe dekkingsbron</source>
        <translation>New source of income</translation>
    </message>
    <message>
        <source>Volle waarde (zonder afgewezen)</source>
        <translation>Full value (without rejected)</translation>
    </message>
    <message>
        <source>Verwacht (× kans)</source>
        <translation>Expected (× probability)</translation>
    </message>
    <message>
        <source>Zeker (toegezegd en ontvangen)</source>
        <translation>Secured (committed and received)</translation>
    </message>
</context>
<context>
    <name>SpecificationEditor</name>
    <message>
        <source>aantal</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>Aantal, bijvoorbeeld 160 of 2,5</source>
        <translation>Quantity, for example 160 or 2.5</translation>
    </message>
    <message>
        <source>eenheid</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Eenheid, bijvoorbeeld uur, dagdeel, maand</source>
        <translation>Unit, for example hour, half-day, month</translation>
    </message>
    <message>
        <source>tarief</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>Tarief per eenheid, bijvoorbeeld 35,00</source>
        <translation>Rate per unit, for example 35.00</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Dekkingsplan</source>
        <translation>Dekkingsplan</translation>
    </message>
    <message>
        <source>Begroting en dekkingsplan voor uw organisatie: welke jaren zijn gedekt, waar zit het tekort, en wat als een subsidie wegvalt?</source>
        <translation>Budget and coverage plan for your organisation: which years are covered, where is the shortfall, and what if a subsidy falls away?</translation>
    </message>
    <message>
        <source>Nieuw plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Begin een nieuw plan: naam, jaren, beginreserve (Ctrl+N)</source>
        <translation>Start a new plan: name, years, opening reserve (Ctrl+N)</translation>
    </message>
    <message>
        <source>Plan openen…</source>
        <translation>Open plan…</translation>
    </message>
    <message>
        <source>Open een .dekkingsplan-bestand (Ctrl+O)</source>
        <translation>Open a .dekkingsplan file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Demoplan bekijken</source>
        <translation>View demo plan</translation>
    </message>
    <message>
        <source>Open een kopie van het voorbeeldplan van een buurtkamer; het origineel blijft onaangeroerd</source>
        <translation>Open a copy of a neighbourhood living room&apos;s example plan; the original stays untouched</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>&amp;Recently opened</translation>
    </message>
    <message>
        <source>Dubbelklik of druk op Enter om een plan te openen</source>
        <translation>Double-click or press Enter to open a plan</translation>
    </message>
    <message>
        <source>Nog geen plannen geopend.</source>
        <translation>No plans opened yet.</translation>
    </message>
</context>
<context>
    <name>WorkbookDialog</name>
    <message>
        <source>Excel voor een fonds</source>
        <translation>Excel for a funder</translation>
    </message>
    <message>
        <source>Aanvraagsamenvatting</source>
        <translation>Application summary</translation>
    </message>
    <message>
        <source>Eén A4-pagina bovenop een aanvraag: wie vraagt wat van wie, wat het kost, wie nog meer betaalt en wat er nog te werven is.</source>
        <translation>One A4 page on top of an application: who asks what of whom, what it costs, who else pays and what is still to raise.</translation>
    </message>
    <message>
        <source>Een begroting en dekkingsplan om ongewijzigd bij een aanvraag te voegen. Alle bronnen tellen volledig mee, gegroepeerd naar status.</source>
        <translation>A budget and coverage plan to attach to an application unchanged. Every source counts in full, grouped by status.</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Jaren:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>(geen: het gewone werkboek)</source>
        <translation>(none: the ordinary workbook)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Het fonds waarbij u aanvraagt: wat dat fonds wordt gevraagd staat gemarkeerd, met de eigen bijdrage ernaast</source>
        <translation>The fund you apply to: what it is asked is highlighted, with the own contribution beside it</translation>
    </message>
    <message>
        <source>Aanvraag &amp;bij:</source>
        <translation>Application &amp;to:</translation>
    </message>
    <message>
        <source>Onvoorzien: een percentage van de kosten (fondsen aanvaarden meestal 10 tot 15 %), meegeteld in de totale kosten; 0 is zonder</source>
        <translation>Contingency: a percentage of the costs (funds usually accept 10 to 15%), counted in the total costs; 0 is none</translation>
    </message>
    <message>
        <source>&amp;Onvoorzien:</source>
        <translation>&amp;Contingency:</translation>
    </message>
    <message>
        <source>&amp;Taal van het werkblad:</source>
        <translation>&amp;Language of the workbook:</translation>
    </message>
    <message>
        <source>&amp;Taal van de pagina:</source>
        <translation>&amp;Language of the page:</translation>
    </message>
    <message>
        <source>Afgewezen aanvragen apart vermelden (tellen nooit mee)</source>
        <translation>List rejected applications separately (never counted)</translation>
    </message>
</context>
<context>
    <name>YearFigures</name>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Inkomsten</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Dekkingsgraad</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Reserve eind jaar</source>
        <translation>Reserve at year end</translation>
    </message>
</context>
<context>
    <name>_PlanPage</name>
    <message>
        <source>Uw organisatie en de jaren van het plan</source>
        <translation>Your organisation and the years of the plan</translation>
    </message>
    <message>
        <source>Dit kunt u later altijd nog wijzigen.</source>
        <translation>You can always change this later.</translation>
    </message>
    <message>
        <source>bijvoorbeeld Stichting Buurtkamer De Wissel</source>
        <translation>for example Stichting Buurtkamer De Wissel</translation>
    </message>
    <message>
        <source>De naam van de stichting of vereniging, zoals financiers hem kennen</source>
        <translation>The name of the foundation or association, as funders know it</translation>
    </message>
    <message>
        <source>Het eerste kalenderjaar van de begroting</source>
        <translation>The first calendar year of the budget</translation>
    </message>
    <message>
        <source>Het laatste kalenderjaar (hoogstens {n} jaar in totaal)</source>
        <translation>The last calendar year (at most {n} years in all)</translation>
    </message>
    <message>
        <source>Het geld op de bank aan het begin van het eerste jaar; typ bijvoorbeeld 8.500 of € 8.500,00 (mag 0 of negatief zijn)</source>
        <translation>The money in the bank at the start of the first year; type for example 8,500 or € 8,500.00 (may be 0 or negative)</translation>
    </message>
    <message>
        <source>&amp;Naam van de organisatie:</source>
        <translation>&amp;Name of the organisation:</translation>
    </message>
    <message>
        <source>&amp;Eerste jaar:</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <source>&amp;Laatste jaar:</source>
        <translation>&amp;Last year:</translation>
    </message>
    <message>
        <source>&amp;Beginreserve:</source>
        <translation>&amp;Opening reserve:</translation>
    </message>
    <message>
        <source>Jaren: {reason}</source>
        <translation>Years: {reason}</translation>
    </message>
    <message>
        <source>Beginreserve: {reason}</source>
        <translation>Opening reserve: {reason}</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <source>Waar bewaart u het plan?</source>
        <translation>Where do you keep the plan?</translation>
    </message>
    <message>
        <source>Het plan is één bestand. Elke wijziging wordt meteen bewaard; u kunt het bestand kopiëren, mailen en overdragen aan de volgende penningmeester.</source>
        <translation>The plan is one file. Every change is saved at once; you can copy the file, mail it and hand it over to the next treasurer.</translation>
    </message>
    <message>
        <source>De map en naam van het planbestand</source>
        <translation>The folder and name of the plan file</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Kies een map en naam</source>
        <translation>Choose a folder and name</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Dekkingsplan</source>
        <translation>Dekkingsplan</translation>
    </message>
    <message>
        <source>Plan bewaren als</source>
        <translation>Save plan as</translation>
    </message>
    <message>
        <source>Dekkingsplan (*.dekkingsplan)</source>
        <translation>Dekkingsplan (*.dekkingsplan)</translation>
    </message>
    <message>
        <source>Kies waar het plan bewaard wordt.</source>
        <translation>Choose where the plan is kept.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Er staat al een bestand {name} in die map; kies een andere naam.</source>
        <translation>There is already a file {name} in that folder; choose another name.</translation>
    </message>
</context>
</TS>
