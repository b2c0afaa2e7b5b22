<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DataDictionary</name>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Warehouses and distribution centres.</source>
        <translation>Lager und Distributionszentren.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item master: one row per SKU.</source>
        <translation>Artikelstamm: eine Zeile je Artikelnummer.</translation>
    </message>
    <message>
        <source>Item-site parameters</source>
        <translation>Artikel-Standort-Parameter</translation>
    </message>
    <message>
        <source>Per item and site planning parameters (override the item&apos;s).</source>
        <translation>Planungsparameter je Artikel und Standort (ersetzen die des Artikels).</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>Warehouse storage locations with coordinates.</source>
        <translation>Lagerplätze im Lager mit Koordinaten.</translation>
    </message>
    <message>
        <source>Demand history</source>
        <translation>Bedarfshistorie</translation>
    </message>
    <message>
        <source>Daily demand (sales or shipments) per item and site.</source>
        <translation>Täglicher Bedarf (Verkäufe oder Auslieferungen) je Artikel und Standort.</translation>
    </message>
    <message>
        <source>On-hand balances</source>
        <translation>Lagerbestände</translation>
    </message>
    <message>
        <source>Stock on hand per item, site, location, lot and status at a date.</source>
        <translation>Lagerbestand je Artikel, Standort, Lagerplatz, Charge und Status zu einem Stichtag.</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Purchase order lines, open or closed.</source>
        <translation>Bestellpositionen, offen oder abgeschlossen.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Wareneingänge</translation>
    </message>
    <message>
        <source>Goods received: arrival and put-away confirmation.</source>
        <translation>Wareneingang: Anlieferung und Einlagerungsbestätigung.</translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation>Kundenaufträge</translation>
    </message>
    <message>
        <source>Customer order lines with dates and shipped quantities.</source>
        <translation>Kundenauftragspositionen mit Terminen und gelieferten Mengen.</translation>
    </message>
    <message>
        <source>Site code (must exist)</source>
        <translation>Standortcode (muss vorhanden sein)</translation>
    </message>
    <message>
        <source>Item SKU (must exist)</source>
        <translation>Artikelnummer (muss vorhanden sein)</translation>
    </message>
    <message>
        <source>Unique site code</source>
        <translation>Eindeutiger Standortcode</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>IANA time zone of local timestamps</source>
        <translation>IANA-Zeitzone der lokalen Zeitangaben</translation>
    </message>
    <message>
        <source>Unique item code</source>
        <translation>Eindeutige Artikelnummer</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Artikelbezeichnung</translation>
    </message>
    <message>
        <source>GTIN/EAN/UPC, kept as text</source>
        <translation>GTIN/EAN/UPC, als Text gespeichert</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>Unit of measure (default EA)</source>
        <translation>Mengeneinheit (Standard EA)</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten je Einheit</translation>
    </message>
    <message>
        <source>Selling price per unit</source>
        <translation>Verkaufspreis je Einheit</translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation>Einheiten je Karton</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Länge (cm)</translation>
    </message>
    <message>
        <source>Width (cm)</source>
        <translation>Breite (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Höhe (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>Handling class (e.g. standard, fragile, hazmat, cold)</source>
        <translation>Handhabungsklasse (z. B. standard, fragile, hazmat, cold)</translation>
    </message>
    <message>
        <source>Main supplier code</source>
        <translation>Code des Hauptlieferanten</translation>
    </message>
    <message>
        <source>Mean supplier lead time (days)</source>
        <translation>Mittlere Lieferzeit des Lieferanten (Tage)</translation>
    </message>
    <message>
        <source>Lead time standard deviation (days)</source>
        <translation>Standardabweichung der Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Mindestbestellmenge</translation>
    </message>
    <message>
        <source>Order in multiples of</source>
        <translation>Bestellung in Vielfachen von</translation>
    </message>
    <message>
        <source>active, new, discontinued or inactive</source>
        <translation>active, new, discontinued oder inactive</translation>
    </message>
    <message>
        <source>Mean lead time to this site (days)</source>
        <translation>Mittlere Lieferzeit zu diesem Standort (Tage)</translation>
    </message>
    <message>
        <source>Target service level, between 0 and 1</source>
        <translation>Ziel-Servicegrad, zwischen 0 und 1</translation>
    </message>
    <message>
        <source>Review period (days)</source>
        <translation>Überprüfungsintervall (Tage)</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>Maximum stock</source>
        <translation>Höchstbestand</translation>
    </message>
    <message>
        <source>Location code, unique within the site</source>
        <translation>Lagerplatzcode, eindeutig innerhalb des Standorts</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Bay number</source>
        <translation>Feldnummer</translation>
    </message>
    <message>
        <source>Level (0 = floor)</source>
        <translation>Ebene (0 = Boden)</translation>
    </message>
    <message>
        <source>Position within the bay level</source>
        <translation>Position innerhalb der Feldebene</translation>
    </message>
    <message>
        <source>X coordinate (m)</source>
        <translation>X-Koordinate (m)</translation>
    </message>
    <message>
        <source>Y coordinate (m)</source>
        <translation>Y-Koordinate (m)</translation>
    </message>
    <message>
        <source>Z coordinate (m)</source>
        <translation>Z-Koordinate (m)</translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation>Tiefe (cm)</translation>
    </message>
    <message>
        <source>Maximum load (kg)</source>
        <translation>Maximale Traglast (kg)</translation>
    </message>
    <message>
        <source>forward, reserve, dock or pack</source>
        <translation>forward, reserve, dock oder pack</translation>
    </message>
    <message>
        <source>1 if usable for storage, 0 if blocked (default 1)</source>
        <translation>1, wenn zur Lagerung nutzbar, 0, wenn gesperrt (Standard 1)</translation>
    </message>
    <message>
        <source>Demand date</source>
        <translation>Bedarfsdatum</translation>
    </message>
    <message>
        <source>Units demanded</source>
        <translation>Nachgefragte Einheiten</translation>
    </message>
    <message>
        <source>Number of order lines</source>
        <translation>Anzahl der Auftragspositionen</translation>
    </message>
    <message>
        <source>Sales channel (optional)</source>
        <translation>Vertriebskanal (optional)</translation>
    </message>
    <message>
        <source>Location code within the site (optional)</source>
        <translation>Lagerplatzcode innerhalb des Standorts (optional)</translation>
    </message>
    <message>
        <source>Lot or batch (optional)</source>
        <translation>Los oder Charge (optional)</translation>
    </message>
    <message>
        <source>Expiry date (optional)</source>
        <translation>Verfallsdatum (optional)</translation>
    </message>
    <message>
        <source>available, hold, qc, returns or consigned</source>
        <translation>available, hold, qc, returns oder consigned</translation>
    </message>
    <message>
        <source>Units on hand (negative balances are flagged)</source>
        <translation>Bestand in Einheiten (negative Bestände werden markiert)</translation>
    </message>
    <message>
        <source>Date of the balance</source>
        <translation>Stichtag des Bestands</translation>
    </message>
    <message>
        <source>Purchase order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Positionsnummer</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>Lieferantencode</translation>
    </message>
    <message>
        <source>Date the order was placed</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Expected receipt date</source>
        <translation>Erwartetes Eingangsdatum</translation>
    </message>
    <message>
        <source>Quantity ordered</source>
        <translation>Bestellte Menge</translation>
    </message>
    <message>
        <source>Quantity received so far</source>
        <translation>Bisher eingegangene Menge</translation>
    </message>
    <message>
        <source>Quantity still to receive (default ordered − received)</source>
        <translation>Noch offene Menge (Standard: bestellt − eingegangen)</translation>
    </message>
    <message>
        <source>open, closed or cancelled</source>
        <translation>open, closed oder cancelled</translation>
    </message>
    <message>
        <source>Receipt document number</source>
        <translation>Belegnummer des Wareneingangs</translation>
    </message>
    <message>
        <source>Purchase order (optional)</source>
        <translation>Bestellung (optional)</translation>
    </message>
    <message>
        <source>Units received</source>
        <translation>Eingegangene Einheiten</translation>
    </message>
    <message>
        <source>Arrival at the dock (local time or with offset)</source>
        <translation>Ankunft an der Rampe (Ortszeit oder mit Zeitversatz)</translation>
    </message>
    <message>
        <source>Put-away confirmed (empty while pending)</source>
        <translation>Einlagerung bestätigt (leer, solange ausstehend)</translation>
    </message>
    <message>
        <source>Put-away location (optional)</source>
        <translation>Einlagerplatz (optional)</translation>
    </message>
    <message>
        <source>Customer order number</source>
        <translation>Kundenauftragsnummer</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Kundencode</translation>
    </message>
    <message>
        <source>Quantity shipped</source>
        <translation>Gelieferte Menge</translation>
    </message>
    <message>
        <source>Order received (date and time)</source>
        <translation>Auftragseingang (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>Date the customer asked for</source>
        <translation>Vom Kunden gewünschtes Datum</translation>
    </message>
    <message>
        <source>Date committed to the customer</source>
        <translation>Dem Kunden zugesagtes Datum</translation>
    </message>
    <message>
        <source>Shipped (empty while open)</source>
        <translation>Versendet (leer, solange offen)</translation>
    </message>
    <message>
        <source>Location picked from (optional)</source>
        <translation>Entnahmeplatz (optional)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>Standortcode</translation>
    </message>
    <message>
        <source>item SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>Lagerplatzcode</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DataExchangePage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped (already imported)</source>
        <translation>Übersprungen (bereits importiert)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Import a CSV file into this workspace</source>
        <translation>Eine CSV-Datei in diesen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Export records of this workspace to a CSV file</source>
        <translation>Datensätze dieses Arbeitsbereichs in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>Every import attempt is recorded, including rejected ones. Nothing is written unless the whole file is valid.</source>
        <translation>Jeder Importversuch wird protokolliert, auch abgelehnte. Es wird nur geschrieben, wenn die ganze Datei gültig ist.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>File layouts</source>
        <translation>Dateiaufbau</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Daten&amp;satzart:</translation>
    </message>
    <message>
        <source>&amp;Copy header line</source>
        <translation>Kopfzeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the column names as a CSV header line to the clipboard</source>
        <translation>Die Spaltennamen als CSV-Kopfzeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation>Ebenfalls erkannt</translation>
    </message>
    <message>
        <source>Columns of the record type</source>
        <translation>Spalten der Datensatzart</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the import log: %1</source>
        <translation>Das Importprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>In diesen Arbeitsbereich wurde noch nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes (key)</source>
        <translation>ja (Schlüssel)</translation>
    </message>
    <message>
        <source>no (key)</source>
        <translation>nein (Schlüssel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DemandChart</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Einheiten je Woche</translation>
    </message>
    <message>
        <source>Weekly demand chart</source>
        <translation>Diagramm des Wochenbedarfs</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Wählen Sie einen Artikel, um seinen Wochenbedarf zu sehen.</translation>
    </message>
    <message>
        <source>No demand history for %1.</source>
        <translation>Keine Bedarfshistorie für %1.</translation>
    </message>
    <message>
        <source>Weekly demand</source>
        <translation>Wochenbedarf</translation>
    </message>
    <message>
        <source>Weekly demand — %1</source>
        <translation>Wochenbedarf — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExportDialog</name>
    <message>
        <source>Exporting %1</source>
        <translation>%1 werden exportiert</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Standard: comma-separated, decimal point</source>
        <translation>Standard: durch Komma getrennt, Dezimalpunkt</translation>
    </message>
    <message>
        <source>European: semicolon-separated, decimal comma</source>
        <translation>Europäisch: durch Semikolon getrennt, Dezimalkomma</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel (byte order mark)</source>
        <translation>Datei für Excel als UTF-8 kennzeichnen (Byte Order Mark)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Daten&amp;satzart:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportMappingPage</name>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>known synonym</source>
        <translation>bekanntes Synonym</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Check the file layout</source>
        <translation>Dateiaufbau prüfen</translation>
    </message>
    <message>
        <source>The first rows as read with these settings, and the field each column goes to.</source>
        <translation>Die ersten Zeilen, so wie sie mit diesen Einstellungen gelesen werden, und das Feld, in das jede Spalte geht.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Point ( 1.5 )</source>
        <translation>Punkt ( 1.5 )</translation>
    </message>
    <message>
        <source>Comma ( 1,5 )</source>
        <translation>Komma ( 1,5 )</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>De&amp;zimalzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet durch</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>&amp;Replace rows whose key exists already (instead of keeping the earlier ones)</source>
        <translation>Zeilen mit bereits vorhandenem Schlüssel &amp;ersetzen (statt die früheren zu behalten)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read as: %1-separated, decimal %2, %3</source>
        <translation>Gelesen als: getrennt durch %1, Dezimalzeichen %2, %3</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each of them.</source>
        <translation>Pflichtfelder ohne Spalte: %1. Wählen Sie für jedes die Spalte, die es enthält.</translation>
    </message>
    <message>
        <source>More than one column goes to: %1 (highlighted).</source>
        <translation>Mehr als eine Spalte geht in: %1 (hervorgehoben).</translation>
    </message>
    <message>
        <source>1 column will be ignored.</source>
        <translation>1 Spalte wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 columns will be ignored.</source>
        <translation>%1 Spalten werden ignoriert.</translation>
    </message>
    <message>
        <source>All required fields have a column. Next checks every row of the file.</source>
        <translation>Alle Pflichtfelder haben eine Spalte. „Weiter“ prüft jede Zeile der Datei.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportResultPage</name>
    <message>
        <source>Import &amp;anyway</source>
        <translation>&amp;Trotzdem importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: either the whole file or nothing.</source>
        <translation>Alle Zeilen werden in einer Transaktion geschrieben: entweder die ganze Datei oder nichts.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 werden importiert</translation>
    </message>
    <message>
        <source>The import failed: %1
Nothing was written.</source>
        <translation>Der Import ist fehlgeschlagen: %1
Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported %1 from %2: read %3 rows, wrote %4.</source>
        <translation>%1 aus %2 importiert: %3 Zeilen gelesen, %4 geschrieben.</translation>
    </message>
    <message>
        <source>%1 rows were already present from earlier imports and were left as they were.</source>
        <translation>%1 Zeilen waren aus früheren Importen bereits vorhanden und blieben unverändert.</translation>
    </message>
    <message>
        <source>Warnings noted in the import log: %1.</source>
        <translation>Im Importprotokoll vermerkte Warnungen: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>This very file was imported into this workspace before, so nothing was written. Import it anyway if that is what you want.</source>
        <translation>Genau diese Datei wurde bereits in diesen Arbeitsbereich importiert, daher wurde nichts geschrieben. Importieren Sie sie trotzdem, wenn Sie das wünschen.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import rejected</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>Errors in the file: %1. Nothing was written.</source>
        <translation>Fehler in der Datei: %1. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Auswählen, was importiert wird</translation>
    </message>
    <message>
        <source>Pick the kind of records the file holds and the CSV file itself.</source>
        <translation>Wählen Sie die Art der Datensätze in der Datei und die CSV-Datei selbst.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Pfad einer .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Daten&amp;satzart:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The next page shows the first rows of the file and how its columns match the fields. Nothing is written before the last step.</source>
        <translation>Die nächste Seite zeigt die ersten Zeilen der Datei und wie ihre Spalten den Feldern zugeordnet werden. Vor dem letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 Required columns: %2.</source>
        <translation>%1 Pflichtspalten: %2.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportValidationPage</name>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with errors block the import; warnings do not.</source>
        <translation>Noch wird nichts geschrieben. Zeilen mit Fehlern verhindern den Import, Warnungen nicht.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Double-click a problem to see its line in the file</source>
        <translation>Doppelklicken Sie auf ein Problem, um seine Zeile in der Datei zu sehen</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Read the file again, for example after correcting it</source>
        <translation>Die Datei erneut lesen, zum Beispiel nach einer Korrektur</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Press &quot;Check again&quot; to restart it.</source>
        <translation>Die Prüfung wurde abgebrochen. Klicken Sie auf „Erneut prüfen“, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>The file cannot be read as it is set up: errors %1, warnings %2. Settings such as the delimiter, the date format and the column mapping are on the previous page.</source>
        <translation>Die Datei kann mit diesen Einstellungen nicht gelesen werden: Fehler %1, Warnungen %2. Einstellungen wie Trennzeichen, Datumsformat und Spaltenzuordnung finden Sie auf der vorigen Seite.</translation>
    </message>
    <message>
        <source>%1 rows checked: errors %2, warnings %3. Correct the file and press &quot;Check again&quot;; nothing can be imported while errors remain. Double-click a problem to see its line.</source>
        <translation>%1 Zeilen geprüft: Fehler %2, Warnungen %3. Korrigieren Sie die Datei und klicken Sie auf „Erneut prüfen“; solange Fehler bestehen, kann nichts importiert werden. Doppelklicken Sie auf ein Problem, um seine Zeile zu sehen.</translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Nur die ersten %1 Probleme werden aufgeführt.</translation>
    </message>
    <message>
        <source>All %1 rows are valid, but this workspace is read-only: %2</source>
        <translation>Alle %1 Zeilen sind gültig, aber dieser Arbeitsbereich ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>All %1 rows can be imported (warnings: %2). Press Import to write them.</source>
        <translation>Alle %1 Zeilen können importiert werden (Warnungen: %2). Klicken Sie auf „Importieren“, um sie zu schreiben.</translation>
    </message>
    <message>
        <source>All %1 rows are valid. Press Import to write them.</source>
        <translation>Alle %1 Zeilen sind gültig. Klicken Sie auf „Importieren“, um sie zu schreiben.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportWizard</name>
    <message>
        <source>Import CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Open PO</source>
        <translation>Offene Best.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemsPage</name>
    <message>
        <source>SKU:</source>
        <translation>Artikelnr.:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Warengruppe:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Lieferant:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Mengeneinheit:</translation>
    </message>
    <message>
        <source>Handling class:</source>
        <translation>Handhabungsklasse:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Stückkosten:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Stückpreis:</translation>
    </message>
    <message>
        <source>Case pack:</source>
        <translation>Kartoninhalt:</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>Lieferzeit:</translation>
    </message>
    <message>
        <source>Minimum order qty:</source>
        <translation>Mindestbestellmenge:</translation>
    </message>
    <message>
        <source>Order multiple:</source>
        <translation>Bestellvielfaches:</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Open purchase orders:</source>
        <translation>Offene Bestellungen:</translation>
    </message>
    <message>
        <source>Filter by SKU, description, supplier or category</source>
        <translation>Nach Artikelnummer, Bezeichnung, Lieferant oder Warengruppe filtern</translation>
    </message>
    <message>
        <source>Item filter</source>
        <translation>Artikelfilter</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the items: %1</source>
        <translation>Die Artikel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>This workspace has no items yet. Import an item master from File → Import…</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Artikel. Importieren Sie einen Artikelstamm über Datei → Importieren…</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Wählen Sie einen Artikel, um seinen Wochenbedarf zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 days (± %2)</source>
        <translation>%1 Tage (± %2)</translation>
    </message>
    <message>
        <source>Cannot read the demand history: %1</source>
        <translation>Die Bedarfshistorie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Loading items</source>
        <translation>Artikel werden geladen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Loading items…</source>
        <translation>Artikel werden geladen…</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::LineViewDialog</name>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text as in the file</source>
        <translation>Text wie in der Datei</translation>
    </message>
    <message>
        <source>Lines of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>1 …</source>
        <translation>1 …</translation>
    </message>
    <message>
        <source>The header line</source>
        <translation>Die Kopfzeile</translation>
    </message>
    <message>
        <source>The file can no longer be read at this line.</source>
        <translation>Die Datei kann an dieser Zeile nicht mehr gelesen werden.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::MainWindow</name>
    <message>
        <source>Creating the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird erstellt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Datenaustausch</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sicherung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About StockTower</source>
        <translation>&amp;Über StockTower</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Creating the demo workspace; this takes a moment the first time…</source>
        <translation>Der Demo-Arbeitsbereich wird erstellt; das dauert beim ersten Mal einen Moment…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Demo workspace not created.</source>
        <translation>Demo-Arbeitsbereich nicht erstellt.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1)</source>
        <translation>StockTower-Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1);;All files (*)</source>
        <translation>StockTower-Arbeitsbereiche (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>1 Zeile nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1-backup-%2.stdb</source>
        <translation>%1-sicherung-%2.stdb</translation>
    </message>
    <message>
        <source>Back up workspace to</source>
        <translation>Arbeitsbereich sichern nach</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>%1 wird gesichert</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>About StockTower</source>
        <translation>Über StockTower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Inventory planning and control tower.&lt;/p&gt;&lt;p&gt;Forecasts, stock policies and warehouse slotting from your own data, kept in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Bestandsplanung und Control Tower.&lt;/p&gt;&lt;p&gt;Prognosen, Bestandsstrategien und Lagerplatzvergabe aus Ihren eigenen Daten, in einer Arbeitsbereichsdatei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — StockTower</source>
        <translation>%1 — StockTower</translation>
    </message>
    <message>
        <source>StockTower</source>
        <translation>StockTower</translation>
    </message>
    <message>
        <source>No workspace is open. Use &lt;b&gt;File → New Workspace&lt;/b&gt; or &lt;b&gt;File → Open Workspace&lt;/b&gt;, or drop a .stdb file here.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Verwenden Sie &lt;b&gt;Datei → Neuer Arbeitsbereich&lt;/b&gt; oder &lt;b&gt;Datei → Arbeitsbereich öffnen&lt;/b&gt;, oder ziehen Sie eine .stdb-Datei hierher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is read-only&lt;/b&gt; because %1 You can look at everything, but imports and changes are disabled.</source>
        <translation>&lt;b&gt;Dieser Arbeitsbereich ist schreibgeschützt&lt;/b&gt;, Grund: %1 Sie können alles ansehen, aber Importe und Änderungen sind gesperrt.</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 Standort</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 Standorte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace check could not start: %1</source>
        <translation>Die Prüfung des Arbeitsbereichs konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Checking workspace…</source>
        <translation>Arbeitsbereich wird geprüft…</translation>
    </message>
    <message>
        <source>Workspace check cancelled.</source>
        <translation>Prüfung des Arbeitsbereichs abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace check could not run: %1</source>
        <translation>Die Prüfung des Arbeitsbereichs konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Workspace check passed.</source>
        <translation>Prüfung des Arbeitsbereichs ohne Befund.</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>ohne nähere Angaben</translation>
    </message>
    <message>
        <source>the workspace check found damage in the file (%1)</source>
        <translation>die Prüfung hat Schäden in der Datei gefunden (%1)</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The check of &lt;b&gt;%1&lt;/b&gt; found damage in the file.&lt;/p&gt;&lt;p&gt;The workspace stays open &lt;b&gt;read-only&lt;/b&gt;: you can look at it and export what you need, but nothing will be written to it. Nothing in the file has been changed.&lt;/p&gt;&lt;p&gt;Restore the workspace from a backup, or export its data and import it into a new workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Prüfung von &lt;b&gt;%1&lt;/b&gt; hat Schäden in der Datei gefunden.&lt;/p&gt;&lt;p&gt;Der Arbeitsbereich bleibt &lt;b&gt;schreibgeschützt&lt;/b&gt; geöffnet: Sie können ihn ansehen und exportieren, was Sie brauchen, aber es wird nichts mehr hineingeschrieben. An der Datei wurde nichts verändert.&lt;/p&gt;&lt;p&gt;Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her, oder exportieren Sie seine Daten und importieren Sie sie in einen neuen Arbeitsbereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation>Meldung von SQLite: %1</translation>
    </message>
    <message>
        <source>Opening %1 — StockTower</source>
        <translation>%1 wird geöffnet — StockTower</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird geöffnet…</translation>
    </message>
    <message>
        <source>loading items…</source>
        <translation>Artikel werden geladen…</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ParetoChart</name>
    <message>
        <source>ABC Pareto chart</source>
        <translation>ABC-Pareto-Diagramm</translation>
    </message>
    <message>
        <source>Share of ranked items (%)</source>
        <translation>Anteil der gereihten Artikel (%)</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Kumulierter Anteil (%)</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Nichts darzustellen.</translation>
    </message>
    <message>
        <source>usage value</source>
        <translation>Verbrauchswert</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>picks</source>
        <translation>Picks</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>%1: %2 % of items</source>
        <translation>%1: %2 % der Artikel</translation>
    </message>
    <message>
        <source>A: %1 %</source>
        <translation>A: %1 %</translation>
    </message>
    <message>
        <source>A+B: %1 %</source>
        <translation>A+B: %1 %</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>A %1 %</source>
        <translation>A %1 %</translation>
    </message>
    <message>
        <source>A+B %1 %</source>
        <translation>A+B %1 %</translation>
    </message>
    <message>
        <source>Cumulative share of %1</source>
        <translation>Kumulierter Anteil am %1</translation>
    </message>
    <message>
        <source>Items, largest first (%)</source>
        <translation>Artikel, größte zuerst (%)</translation>
    </message>
    <message>
        <source>Item-sites, largest first (%)</source>
        <translation>Artikel-Standorte, größte zuerst (%)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationCountTab</name>
    <message>
        <source>Export count &amp;schedule…</source>
        <translation>&amp;Zählplan exportieren…</translation>
    </message>
    <message>
        <source>Counts a year:</source>
        <translation>Zählungen pro Jahr:</translation>
    </message>
    <message>
        <source>Counts a year of class %1</source>
        <translation>Zählungen pro Jahr für Klasse %1</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>&amp;First week:</source>
        <translation>&amp;Erste Woche:</translation>
    </message>
    <message>
        <source>Counting weeks start on Mondays: the plan starts on the Monday on or after this day</source>
        <translation>Zählwochen beginnen montags: der Plan beginnt am Montag an oder nach diesem Tag</translation>
    </message>
    <message>
        <source>&amp;Closed ISO weeks:</source>
        <translation>&amp;Geschlossene ISO-Wochen:</translation>
    </message>
    <message>
        <source>e.g. 52, 53, 1</source>
        <translation>z. B. 52, 53, 1</translation>
    </message>
    <message>
        <source>Weeks without counting (stocktaking, holidays); the counts go to the other weeks</source>
        <translation>Wochen ohne Zählung (Inventur, Feiertage); die Zählungen verteilen sich auf die übrigen Wochen</translation>
    </message>
    <message>
        <source>Weekly count workload</source>
        <translation>Wöchentlicher Zählaufwand</translation>
    </message>
    <message>
        <source>Enter the closed weeks as ISO week numbers 1–53, like 52, 53, 1.</source>
        <translation>Geben Sie die geschlossenen Wochen als ISO-Wochennummern 1–53 ein, etwa 52, 53, 1.</translation>
    </message>
    <message>
        <source>No count plan.</source>
        <translation>Kein Zählplan.</translation>
    </message>
    <message>
        <source>A every %1 weeks</source>
        <translation>A alle %1 Wochen</translation>
    </message>
    <message>
        <source>A not counted</source>
        <translation>A wird nicht gezählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 counts a year&lt;/b&gt; (A %2, B %3, C %4 item-sites × their frequency) over %5 working weeks: &lt;b&gt;%6 a week&lt;/b&gt; on average, at most %7. Each item is counted at even intervals (%8); neighbouring locations fall in the same weeks. Usual count tolerances: A ±1 %, B ±3 %, C ±5 %.</source>
        <translation>&lt;b&gt;%1 Zählungen pro Jahr&lt;/b&gt; (A %2, B %3, C %4 Artikel-Standorte × ihre Häufigkeit) über %5 Arbeitswochen: im Mittel &lt;b&gt;%6 pro Woche&lt;/b&gt;, höchstens %7. Jeder Artikel wird in gleichen Abständen gezählt (%8); benachbarte Lagerplätze fallen in dieselben Wochen. Übliche Zähltoleranzen: A ±1 %, B ±3 %, C ±5 %.</translation>
    </message>
    <message>
        <source>Item-site counts per week</source>
        <translation>Zählungen von Artikel-Standorten je Woche</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationMatrix</name>
    <message>
        <source>ABC–XYZ matrix</source>
        <translation>ABC-XYZ-Matrix</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>1 item-site</source>
        <translation>1 Artikel-Standort</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 Artikel-Standorte</translation>
    </message>
    <message>
        <source>%1
%2
%3 of value</source>
        <translation>%1
%2
%3 des Werts</translation>
    </message>
    <message>
        <source>All
%1</source>
        <translation>Alle
%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Alle Zeilen zeigen</translation>
    </message>
    <message>
        <source>Show class %1 only</source>
        <translation>Nur Klasse %1 zeigen</translation>
    </message>
    <message>
        <source>%1
%2
%3 · %4</source>
        <translation>%1
%2
%3 · %4</translation>
    </message>
    <message>
        <source>
%1 without usage</source>
        <translation>
%1 ohne Verbrauch</translation>
    </message>
    <message>
        <source>%1: %2, usage value %3 (%4 of all), %5 of the ranking basis. Click to list them.</source>
        <translation>%1: %2, Verbrauchswert %3 (%4 des Gesamtwerts), %5 der Reihungsgrundlage. Klicken, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationPage</name>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Filter by SKU, description or site</source>
        <translation>Nach Artikelnummer, Bezeichnung oder Standort filtern</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Segmentfilter</translation>
    </message>
    <message>
        <source>Clear the matrix selection</source>
        <translation>Auswahl in der Matrix aufheben</translation>
    </message>
    <message>
        <source>Segmented items</source>
        <translation>Segmentierte Artikel</translation>
    </message>
    <message>
        <source>ABC / XYZ</source>
        <translation>ABC / XYZ</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Permanente Inventur</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>Open a workspace to see its ABC/XYZ segmentation.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine ABC/XYZ-Segmentierung zu sehen.</translation>
    </message>
    <message>
        <source>The segmentation is computed when you open this page.</source>
        <translation>Die Segmentierung wird berechnet, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Segmenting items</source>
        <translation>Artikel werden segmentiert</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…) to rank items by usage and variability.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Bedarfshistorie. Importieren Sie Bedarf (Datei → Importieren…), um Artikel nach Verbrauch und Schwankung zu reihen.</translation>
    </message>
    <message>
        <source>Nothing to segment: no item-site has demand, parameters or stock here.</source>
        <translation>Nichts zu segmentieren: kein Artikel-Standort hat hier Bedarf, Parameter oder Bestand.</translation>
    </message>
    <message>
        <source>The segmentation failed: %1</source>
        <translation>Die Segmentierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Segmenting the items…</source>
        <translation>Die Artikel werden segmentiert…</translation>
    </message>
    <message>
        <source>Planning cycle counts</source>
        <translation>Zählplan wird erstellt</translation>
    </message>
    <message>
        <source>class %1%2: </source>
        <translation>Klasse %1%2: </translation>
    </message>
    <message>
        <source>%1%2 rows</source>
        <translation>%1%2 Zeilen</translation>
    </message>
    <message>
        <source>%1%2 of %3 rows</source>
        <translation>%1%2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Window &lt;b&gt;%1 – %2&lt;/b&gt; (%3 weeks; CV over %4 %5 periods)</source>
        <translation>Zeitraum &lt;b&gt;%1 – %2&lt;/b&gt; (%3 Wochen; VK über %4 %5 Perioden)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentliche</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatliche</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 Artikel-Standorte</translation>
    </message>
    <message>
        <source>%1 without usage (class C)</source>
        <translation>%1 ohne Verbrauch (Klasse C)</translation>
    </message>
    <message>
        <source>%1 without a unit cost (value 0)</source>
        <translation>%1 ohne Stückkosten (Wert 0)</translation>
    </message>
    <message>
        <source>the item crossing a cut-off belongs to the upper class; no demand → Z</source>
        <translation>der Artikel, der eine Grenze überschreitet, gehört zur oberen Klasse; kein Bedarf → Z</translation>
    </message>
    <message>
        <source>&lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;wird neu berechnet…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the segmentation</source>
        <translation>Segmentierung wird exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting the count schedule</source>
        <translation>Zählplan wird exportiert</translation>
    </message>
    <message>
        <source>Export the segmentation</source>
        <translation>Segmentierung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the count schedule</source>
        <translation>Zählplan exportieren</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationSettingsBar</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Rank each site&apos;s item-sites on their own, all items across sites together, or one site</source>
        <translation>Die Artikel-Standorte jedes Standorts für sich reihen, alle Artikel standortübergreifend zusammen, oder einen Standort</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Verbrauchswert</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Picks</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>What ABC ranks by, over the window: units × unit cost, units, order lines, or (price − cost) × units</source>
        <translation>Wonach ABC über den Zeitraum reiht: Menge × Stückkosten, Menge, Auftragspositionen oder (Preis − Kosten) × Menge</translation>
    </message>
    <message>
        <source>ABC cut-offs</source>
        <translation>ABC-Grenzen</translation>
    </message>
    <message>
        <source>Shares of the basis for A/B/C in percent, adding up to 100. The item that crosses a cut-off belongs to the upper class.</source>
        <translation>Anteile an der Grundlage für A/B/C in Prozent, zusammen 100. Der Artikel, der eine Grenze überschreitet, gehört zur oberen Klasse.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Thresholds on the coefficient of variation: X up to the first, Y up to the second, Z above. Items without demand in the window are Z.</source>
        <translation>Schwellen für den Variationskoeffizienten: X bis zur ersten, Y bis zur zweiten, darüber Z. Artikel ohne Bedarf im Zeitraum sind Z.</translation>
    </message>
    <message>
        <source>X threshold</source>
        <translation>X-Schwelle</translation>
    </message>
    <message>
        <source>Y threshold</source>
        <translation>Y-Schwelle</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Weeks: 7-day blocks back from the last day. Months: whole calendar months inside the window.</source>
        <translation>Wochen: 7-Tage-Blöcke rückwärts ab dem letzten Tag. Monate: ganze Kalendermonate im Zeitraum.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>History up to the workspace&apos;s last demand day</source>
        <translation>Historie bis zum letzten Bedarfstag des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Reihen nach:</translation>
    </message>
    <message>
        <source>A/B/C &amp;%:</source>
        <translation>A/B/C &amp;%:</translation>
    </message>
    <message>
        <source>&amp;XYZ:</source>
        <translation>&amp;XYZ:</translation>
    </message>
    <message>
        <source>X ≤</source>
        <translation>X ≤</translation>
    </message>
    <message>
        <source>Y ≤</source>
        <translation>Y ≤</translation>
    </message>
    <message>
        <source>CV per</source>
        <translation>VK je</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Each site, ranked apart</source>
        <translation>Jeder Standort für sich</translation>
    </message>
    <message>
        <source>All sites together (per item)</source>
        <translation>Alle Standorte zusammen (je Artikel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the A/B/C cut-offs as three percentages, like 80/15/5.</source>
        <translation>Geben Sie die A/B/C-Grenzen als drei Prozentwerte ein, etwa 80/15/5.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationTableModel</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>keine Kosten</translation>
    </message>
    <message>
        <source>C (no usage)</source>
        <translation>C (kein Verbrauch)</translation>
    </message>
    <message>
        <source>No demand in the window: the coefficient of variation is undefined (class Z).</source>
        <translation>Kein Bedarf im Zeitraum: der Variationskoeffizient ist nicht definiert (Klasse Z).</translation>
    </message>
    <message>
        <source>The item has no unit cost: its usage value counts as 0.</source>
        <translation>Der Artikel hat keine Stückkosten: sein Verbrauchswert zählt als 0.</translation>
    </message>
    <message>
        <source>Nothing on the ranking basis in the window: class C.</source>
        <translation>Nichts auf der Reihungsgrundlage im Zeitraum: Klasse C.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Verbrauchswert</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Picks</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cum. share</source>
        <translation>Kum. Anteil</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Rank by the ABC basis within the site (or across all sites)</source>
        <translation>Rang nach der ABC-Grundlage im Standort (oder über alle Standorte)</translation>
    </message>
    <message>
        <source>Units × unit cost over the window</source>
        <translation>Menge × Stückkosten im Zeitraum</translation>
    </message>
    <message>
        <source>Order lines over the window</source>
        <translation>Auftragspositionen im Zeitraum</translation>
    </message>
    <message>
        <source>Share of the ABC basis total</source>
        <translation>Anteil an der Summe der ABC-Grundlage</translation>
    </message>
    <message>
        <source>Cumulative share of the ABC basis, this row included</source>
        <translation>Kumulierter Anteil an der ABC-Grundlage, diese Zeile eingeschlossen</translation>
    </message>
    <message>
        <source>Coefficient of variation of demand per period (population σ ÷ mean)</source>
        <translation>Variationskoeffizient des Bedarfs je Periode (σ der Grundgesamtheit ÷ Mittelwert)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationWorkloadModel</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::WorkspaceSession</name>
    <message>
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
</TS>
