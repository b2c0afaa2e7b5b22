<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CoreMessage</name>
    <message>
        <source>required value is missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;,&apos; as decimal mark)</source>
        <translation>keine Zahl (diese Datei verwendet &apos;,&apos; als Dezimalzeichen)</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;.&apos; as decimal mark)</source>
        <translation>keine Zahl (diese Datei verwendet &apos;.&apos; als Dezimalzeichen)</translation>
    </message>
    <message>
        <source>not a valid date (expected %1)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>kein gültiges Datum (erwartet: %1)</translation>
    </message>
    <message>
        <source>not a valid date-time (expected %1 with optional HH:MM[:SS] and offset)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>keine gültige Datums-/Zeitangabe (erwartet: %1 mit optionalem HH:MM[:SS] und Zeitversatz)</translation>
    </message>
    <message>
        <source>the site&apos;s time zone &apos;%1&apos; is unknown; correct the site or give the time with an offset</source>
        <extracomment>%1 time zone name</extracomment>
        <translation>die Zeitzone „%1“ des Standorts ist unbekannt; korrigieren Sie den Standort oder geben Sie die Zeit mit Zeitversatz an</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <extracomment>%1 the choices, separated by spaces</extracomment>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>unknown site (import sites first)</source>
        <translation>unbekannter Standort (zuerst Standorte importieren)</translation>
    </message>
    <message>
        <source>unknown item (import items first)</source>
        <translation>unbekannter Artikel (zuerst Artikel importieren)</translation>
    </message>
    <message>
        <source>location needs a valid site on the same row</source>
        <translation>Lagerplatz benötigt einen gültigen Standort in derselben Zeile</translation>
    </message>
    <message>
        <source>unknown location at this site (import locations first)</source>
        <translation>unbekannter Lagerplatz an diesem Standort (zuerst Lagerplätze importieren)</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2 (wrong delimiter or unquoted text?)</source>
        <extracomment>%1 fields in the row, %2 fields in the header</extracomment>
        <translation>Zeile hat %1 Felder, die Kopfzeile aber %2 (falsches Trennzeichen oder Text ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>not a known IANA time zone (e.g. Europe/Berlin, America/Chicago, UTC)</source>
        <translation>keine bekannte IANA-Zeitzone (z. B. Europe/Berlin, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>expected a local time HH:MM, e.g. 15:00</source>
        <translation>erwartet eine Ortszeit HH:MM, z. B. 15:00</translation>
    </message>
    <message>
        <source>more than 24 hours for one employee on one day</source>
        <translation>mehr als 24 Stunden für einen Mitarbeiter an einem Tag</translation>
    </message>
    <message>
        <source>negative book quantity imported as-is</source>
        <translation>negativer Buchbestand unverändert importiert</translation>
    </message>
    <message>
        <source>negative balance imported as-is; it will be flagged</source>
        <translation>negativer Bestand unverändert importiert; er wird markiert</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (e.g. 0.95)</source>
        <translation>muss zwischen 0 und 1 liegen (z. B. 0.95)</translation>
    </message>
    <message>
        <source>minimum is above maximum</source>
        <translation>Minimum liegt über dem Maximum</translation>
    </message>
    <message>
        <source>due before the order date</source>
        <translation>fällig vor dem Bestelldatum</translation>
    </message>
    <message>
        <source>put away before it arrived</source>
        <translation>eingelagert, bevor es angekommen ist</translation>
    </message>
    <message>
        <source>shipped before it was ordered</source>
        <translation>geliefert, bevor es bestellt wurde</translation>
    </message>
    <message>
        <source>more shipped than ordered</source>
        <extracomment>The header row (exchange/column_matching.cpp)</extracomment>
        <translation>mehr geliefert als bestellt</translation>
    </message>
    <message>
        <source>mapped to &apos;%1&apos;, which is not a field of %2</source>
        <extracomment>%1 field name given, %2 record type</extracomment>
        <translation>zugeordnet zu „%1“, das kein Feld von %2 ist</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>unbekannte Spalte, ignoriert</translation>
    </message>
    <message>
        <source>column %1 already provides %2</source>
        <extracomment>%1 earlier column number, %2 field</extracomment>
        <translation>Spalte %1 liefert bereits %2</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <extracomment>%1 field</extracomment>
        <translation>Pflichtspalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>dates could be DD/MM/YYYY or MM/DD/YYYY; choose the date format</source>
        <translation>Datumsangaben könnten DD/MM/YYYY oder MM/DD/YYYY sein; wählen Sie das Datumsformat</translation>
    </message>
    <message>
        <source>the same file was imported on %1</source>
        <extracomment>%1 time of the earlier import</extracomment>
        <translation>dieselbe Datei wurde am %1 importiert</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>duplicate key: same as an earlier row</source>
        <translation>doppelter Schlüssel: wie eine frühere Zeile</translation>
    </message>
    <message>
        <source>duplicate key: same as line %1</source>
        <extracomment>%1 line of the earlier row</extracomment>
        <translation>doppelter Schlüssel: wie Zeile %1</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark found, but CP1252 was requested</source>
        <translation>UTF-8-Byte-Order-Mark gefunden, aber CP1252 wurde angefordert</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8 („CSV UTF-8“ in Excel)</translation>
    </message>
    <message>
        <source>sep= line used: delimiter %1</source>
        <extracomment>%1 delimiter name</extracomment>
        <translation>sep=-Zeile verwendet: Trennzeichen %1</translation>
    </message>
    <message>
        <source>sep= line says %1 but %2 was requested; using %2</source>
        <extracomment>%1 sep= delimiter, %2 requested delimiter (used)</extracomment>
        <translation>sep=-Zeile gibt %1 an, angefordert wurde aber %2; %2 wird verwendet</translation>
    </message>
    <message>
        <source>NUL byte (is the file UTF-16 or binary?)</source>
        <translation>NUL-Byte (ist die Datei UTF-16 oder binär?)</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>Feld in Anführungszeichen nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after closing quote</source>
        <extracomment>%1 the character</extracomment>
        <translation>unerwartetes Zeichen „%1“ nach schließendem Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected character (byte %1) after closing quote</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>unerwartetes Zeichen (Byte %1) nach schließendem Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1)</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>ungültiges UTF-8 (Byte %1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) although the file starts with a UTF-8 byte order mark</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>ungültiges UTF-8 (Byte %1), obwohl die Datei mit einer UTF-8-Byte-Order-Mark beginnt</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1); earlier text was UTF-8, so the file mixes encodings</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>ungültiges UTF-8 (Byte %1); der Text davor war UTF-8, die Datei mischt also Kodierungen</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8, CP1252 assumed (Windows-1252, what Excel writes without a byte order mark)</source>
        <extracomment>%1 line</extracomment>
        <translation>Zeile %1: kein gültiges UTF-8, CP1252 angenommen (Windows-1252, das Excel ohne Byte Order Mark schreibt)</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>auf Wunsch schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <extracomment>%1 SQLite&apos;s reason</extracomment>
        <translation>die Datei ist nicht beschreibbar (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer StockTower (workspace format %1; this version knows up to %2). Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>von einer neueren StockTower-Version geschrieben (Arbeitsbereichsformat %1; diese Version kennt bis %2). Aktualisieren Sie StockTower, um den Arbeitsbereich zu bearbeiten.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer StockTower (workspace format %1; this version knows up to %2); it is opened read-only. Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>Dieser Arbeitsbereich wurde von einer neueren StockTower-Version geschrieben (Arbeitsbereichsformat %1; diese Version kennt bis %2); er wird schreibgeschützt geöffnet. Aktualisieren Sie StockTower, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Upgraded the workspace format from %1 to %2; the previous file was saved as &apos;%3&apos;.</source>
        <extracomment>%1 old format, %2 new format, %3 backup file</extracomment>
        <translation>Das Arbeitsbereichsformat wurde von %1 auf %2 aktualisiert; die bisherige Datei wurde als „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>Write-ahead logging is not available for this folder; using a rollback journal (slower, still safe).</source>
        <translation>Write-Ahead-Logging ist für diesen Ordner nicht verfügbar; es wird ein Rollback-Journal verwendet (langsamer, aber weiterhin sicher).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name.</source>
        <extracomment>%1 path</extracomment>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: folder &apos;%2&apos; does not exist.</source>
        <extracomment>%1 path, %2 folder</extracomment>
        <translation>„%1“ kann nicht erstellt werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 reason</extracomment>
        <translation>„%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <extracomment>%1 path</extracomment>
        <translation>Der Arbeitsbereich „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>„%1“ ist ein Ordner, kein Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a StockTower workspace (not an SQLite database).</source>
        <extracomment>%1 path</extracomment>
        <translation>„%1“ ist kein StockTower-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a StockTower workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein StockTower-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s finding</extracomment>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is shorter than an SQLite header</source>
        <extracomment>%1 path</extracomment>
        <translation>„%1“ ist beschädigt: Die Datei ist kürzer als ein SQLite-Header</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is cut off (%2 of %3 bytes); restore it from a backup</source>
        <extracomment>%1 path, %2 bytes present, %3 bytes expected</extracomment>
        <translation>„%1“ ist beschädigt: Die Datei ist abgeschnitten (%2 von %3 Bytes); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <extracomment>%1 path</extracomment>
        <translation>Der Datenträger mit „%1“ ist voll.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Backup to &apos;%1&apos; failed: %2</source>
        <extracomment>%1 target path, %2 reason</extracomment>
        <translation>Sicherung nach „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>short %1 within the %2-day lead time: available %3 + open POs due %4 − demand %5</source>
        <extracomment>%1 units short, %2 lead time in days, %3 available, %4 open purchase orders due, %5 demand over the lead time</extracomment>
        <translation>%1 fehlen innerhalb der WBZ von %2 Tagen: verfügbar %3 + fällige offene Bestellungen %4 − Bedarf %5</translation>
    </message>
    <message>
        <source>available %1 below safety stock %2</source>
        <extracomment>%1 available units, %2 safety stock</extracomment>
        <translation>verfügbar %1 unter Sicherheitsbestand %2</translation>
    </message>
    <message>
        <source>%1 days of supply (on hand %2, demand %3/day); %4 above %5 days</source>
        <extracomment>%1 days of supply, %2 on hand, %3 daily demand, %4 units in excess, %5 the excess threshold in days</extracomment>
        <translation>Reichweite %1 Tage (Bestand %2, Bedarf %3/Tag); %4 über %5 Tagen</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, %3)</source>
        <extracomment>%1 quantity, %2 stock status code, %3 location</extracomment>
        <translation>negativer Bestand %1 (%2, %3)</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, no location)</source>
        <extracomment>%1 quantity, %2 stock status code</extracomment>
        <translation>negativer Bestand %1 (%2, ohne Lagerplatz)</translation>
    </message>
    <message>
        <source>fractional balance %1 of an item counted in EA</source>
        <extracomment>%1 quantity</extracomment>
        <translation>Bruchmenge %1 bei einem Artikel in Stück (EA)</translation>
    </message>
    <message>
        <source>%1 units in blocked location %2</source>
        <extracomment>%1 quantity, %2 location</extracomment>
        <translation>%1 Einheiten auf gesperrtem Lagerplatz %2</translation>
    </message>
    <message>
        <source>lot %1 expired %2 (%3 days ago), %4 units %5</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>Charge %1 abgelaufen am %2 (vor %3 Tagen), %4 Einheiten %5</translation>
    </message>
    <message>
        <source>lot %1 expires %2 (in %3 days), %4 units %5: pick first</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>Charge %1 läuft am %2 ab (in %3 Tagen), %4 Einheiten %5: zuerst kommissionieren</translation>
    </message>
    <message>
        <source>no demand recorded; %1 units on hand</source>
        <extracomment>%1 quantity</extracomment>
        <translation>kein Bedarf erfasst; %1 Einheiten am Lager</translation>
    </message>
    <message>
        <source>slow mover: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>Langsamdreher: kein Bedarf seit %1 (%2 Tage); %3 Einheiten am Lager</translation>
    </message>
    <message>
        <source>dead stock: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>Ladenhüter: kein Bedarf seit %1 (%2 Tage); %3 Einheiten am Lager</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from %4</source>
        <extracomment>%1 quantity, %2 due date, %3 days late, %4 supplier</extracomment>
        <translation>%1 Einheiten fällig am %2 (%3 Tage überfällig) von %4</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from unknown supplier</source>
        <extracomment>%1 quantity, %2 due date, %3 days late</extracomment>
        <translation>%1 Einheiten fällig am %2 (%3 Tage überfällig) von unbekanntem Lieferanten</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival</extracomment>
        <translation>eingegangen %1 %2, nach %3 h nicht eingelagert</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h (at %4)</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival, %4 location</extracomment>
        <translation>eingegangen %1 %2, nach %3 h nicht eingelagert (auf %4)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>default for ABC class %1</source>
        <extracomment>%1 ABC class</extracomment>
        <translation>Standardwert für ABC-Klasse %1</translation>
    </message>
    <message>
        <source>change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change as the command line writes it</extracomment>
        <translation>Änderung %1 (%2)</translation>
    </message>
    <message>
        <source>fixed by the planner</source>
        <translation>vom Disponenten festgelegt</translation>
    </message>
    <message>
        <source>scenario change</source>
        <translation>Szenarioänderung</translation>
    </message>
    <message>
        <source>converted: ÷ %1 days per planning period</source>
        <extracomment>%1 days in a planning period</extracomment>
        <translation>umgerechnet: ÷ %1 Tage pro Planungsperiode</translation>
    </message>
    <message>
        <source>%1 planning periods per year</source>
        <extracomment>%1 planning periods in a year</extracomment>
        <translation>%1 Planungsperioden pro Jahr</translation>
    </message>
    <message>
        <source>on_hand: available on the latest as-of date</source>
        <translation>on_hand: verfügbar zum letzten Stichtag</translation>
    </message>
    <message>
        <source>purchase_order_line: open, due within %1 days</source>
        <extracomment>%1 days</extracomment>
        <translation>purchase_order_line: offen, fällig innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>order_line: ordered − shipped, not shipped</source>
        <translation>order_line: bestellt − versandt, nicht versandt</translation>
    </message>
    <message>
        <source>forecast run %1: mean over the protection interval of %2 days ÷ its length</source>
        <extracomment>%1 forecast run, %2 days in the protection interval</extracomment>
        <translation>Prognoselauf %1: Mittelwert über den Absicherungszeitraum von %2 Tagen ÷ dessen Länge</translation>
    </message>
    <message>
        <source>forecast run %1: σ of the error over the protection interval (%2) ÷ √%3</source>
        <extracomment>%1 forecast run, %2 interval method, %3 periods in the protection interval</extracomment>
        <translation>Prognoselauf %1: σ des Fehlers über den Absicherungszeitraum (%2) ÷ √%3</translation>
    </message>
    <message>
        <source>demand history: mean of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>Bedarfshistorie: Mittelwert der letzten %1 Wochen</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>Bedarfshistorie: empirische Standardabweichung der letzten %1 Wochen</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks (forecast run %2 has no error estimate)</source>
        <extracomment>%1 weeks, %2 forecast run</extracomment>
        <translation>Bedarfshistorie: empirische Standardabweichung der letzten %1 Wochen (Prognoselauf %2 hat keine Fehlerschätzung)</translation>
    </message>
    <message>
        <source>demand history: inactive, no demand in the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>Bedarfshistorie: inaktiv, kein Bedarf in den letzten %1 Wochen</translation>
    </message>
    <message>
        <source>policy %1</source>
        <extracomment>%1 policy kind</extracomment>
        <translation>Bestellpolitik %1</translation>
    </message>
    <message>
        <source>demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>Bedarf %1</translation>
    </message>
    <message>
        <source>lead-time demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>Bedarf in der Wiederbeschaffungszeit %1</translation>
    </message>
    <message>
        <source>demand per period %1; Zheng–Federgruen (1991)</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>Bedarf pro Periode %1; Zheng–Federgruen (1991)</translation>
    </message>
    <message>
        <source>service type: cycle service level (csl)</source>
        <translation>Servicetyp: Zyklus-Servicegrad (csl)</translation>
    </message>
    <message>
        <source>service type: fill rate (fill-rate)</source>
        <translation>Servicetyp: Füllrate (fill-rate)</translation>
    </message>
    <message>
        <source>service type set by change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change</extracomment>
        <translation>Servicetyp durch Änderung %1 (%2) gesetzt</translation>
    </message>
    <message>
        <source>ABC %1 / XYZ %2, demand class %3</source>
        <extracomment>%1 ABC class, %2 XYZ class, %3 demand class</extracomment>
        <translation>ABC %1 / XYZ %2, Bedarfsklasse %3</translation>
    </message>
    <message>
        <source>order date: %1</source>
        <extracomment>%1 date</extracomment>
        <translation>Bestelldatum: %1</translation>
    </message>
    <message>
        <source>no demand expected: no stock, no order</source>
        <translation>kein Bedarf erwartet: kein Bestand, keine Bestellung</translation>
    </message>
    <message>
        <source>a cycle may begin short (%1): counting that shortage once lowers the %2 from %3 to %4</source>
        <extracomment>%1 formula, %2 level name, %3 level before, %4 level after</extracomment>
        <translation>ein Zyklus kann mit Fehlmenge beginnen (%1): diese Fehlmenge einmal zu zählen senkt %2 von %3 auf %4</translation>
    </message>
    <message>
        <source>safety stock capped at max_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>Sicherheitsbestand begrenzt auf max_cover × demand_mean = %1 Einheiten</translation>
    </message>
    <message>
        <source>safety stock raised to min_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>Sicherheitsbestand angehoben auf min_cover × demand_mean = %1 Einheiten</translation>
    </message>
    <message>
        <source>target cycle service level %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>Ziel-Zyklus-Servicegrad %1 nicht erreicht: %2 beim begrenzten Niveau</translation>
    </message>
    <message>
        <source>target fill rate %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>Ziel-Füllrate %1 nicht erreicht: %2 beim begrenzten Niveau</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4 lies beyond the band; the next band is cheaper</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ</extracomment>
        <translation>Staffel %1 (ab %2 zu %3): EOQ %4 liegt außerhalb der Staffel; die nächste Staffel ist günstiger</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4, order %5, annual cost %6</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ, %5 order quantity, %6 annual cost</extracomment>
        <translation>Staffel %1 (ab %2 zu %3): EOQ %4, Bestellung %5, Jahreskosten %6</translation>
    </message>
    <message>
        <source>order quantity %1 rounded to %2 (MOQ first, then up to a multiple of %3)</source>
        <extracomment>%1 quantity, %2 rounded quantity, %3 multiple</extracomment>
        <translation>Bestellmenge %1 gerundet auf %2 (zuerst MOQ, dann auf ein Vielfaches von %3 aufgerundet)</translation>
    </message>
    <message>
        <source>%1 chosen by the planner</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>%1 vom Disponenten gewählt</translation>
    </message>
    <message>
        <source>normal: %1 demand, mean %2 ≥ %3 over the protection interval</source>
        <extracomment>%1 demand class, %2 mean, %3 slow-mover threshold</extracomment>
        <translation>normal: Bedarf %1, Mittelwert %2 ≥ %3 im Absicherungszeitraum</translation>
    </message>
    <message>
        <source>gamma: slow mover (mean %1 &lt; %2 over the protection interval), continuous quantities</source>
        <extracomment>%1 mean, %2 slow-mover threshold</extracomment>
        <translation>gamma: Langsamdreher (Mittelwert %1 &lt; %2 im Absicherungszeitraum), stetige Mengen</translation>
    </message>
    <message>
        <source>gamma: %1 demand, continuous quantities</source>
        <extracomment>%1 demand class</extracomment>
        <translation>gamma: Bedarf %1, stetige Mengen</translation>
    </message>
    <message>
        <source>poisson: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 ≤ %4 × mean</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>poisson: Langsamdreher (Mittelwert %1 &lt; %2 im Absicherungszeitraum), Varianz %3 ≤ %4 × Mittelwert</translation>
    </message>
    <message>
        <source>poisson: %1 demand, variance %2 ≤ %3 × mean</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>poisson: Bedarf %1, Varianz %2 ≤ %3 × Mittelwert</translation>
    </message>
    <message>
        <source>negbin: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 &gt; %4 × mean (over-dispersed)</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>negbin: Langsamdreher (Mittelwert %1 &lt; %2 im Absicherungszeitraum), Varianz %3 &gt; %4 × Mittelwert (überdispers)</translation>
    </message>
    <message>
        <source>negbin: %1 demand, variance %2 &gt; %3 × mean (over-dispersed)</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>negbin: Bedarf %1, Varianz %2 &gt; %3 × Mittelwert (überdispers)</translation>
    </message>
    <message>
        <source>No on-hand snapshot on or before %1: stock rules skipped.</source>
        <extracomment>%1 date</extracomment>
        <translation>Kein Bestands-Snapshot am oder vor dem %1: Bestandsregeln übersprungen.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); order cut-off %6.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone, %6 cut-off time</extracomment>
        <translation>ISO-Woche %1 = %2 bis %3 Ortszeit in %4 (%5); Bestellschluss %6.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); no order cut-off set.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone</extracomment>
        <translation>ISO-Woche %1 = %2 bis %3 Ortszeit in %4 (%5); kein Bestellschluss festgelegt.</translation>
    </message>
    <message>
        <source>Service KPIs judge order lines due in the week (promised date, else requested date, else order day with the cut-off); a line counts once shipped or past due. OTIF window %1 day(s) early to %2 day(s) late, in full within %3 % of the quantity; measured at shipment (no delivery dates).</source>
        <extracomment>%1 days early, %2 days late, %3 percent</extracomment>
        <translation>Service-KPIs bewerten in der Woche fällige Auftragszeilen (zugesagtes Datum, sonst Wunschdatum, sonst Auftragstag mit Bestellschluss); eine Zeile zählt, sobald sie versandt oder überfällig ist. OTIF-Fenster %1 Tag(e) zu früh bis %2 Tag(e) zu spät, vollständig innerhalb von %3 % der Menge; gemessen beim Versand (keine Lieferdaten).</translation>
    </message>
    <message>
        <source>Record accuracy tolerance A ±%1 %, B ±%2 %, C ±%3 % of book quantity, classes by usage value (%4/%5 %); variances are never netted.</source>
        <extracomment>%1 %2 %3 tolerances of classes A, B, C in percent, %4 %5 ABC class shares in percent</extracomment>
        <translation>Toleranz der Bestandsgenauigkeit A ±%1 %, B ±%2 %, C ±%3 % der Buchmenge, Klassen nach Verbrauchswert (%4/%5 %); Differenzen werden nie saldiert.</translation>
    </message>
    <message>
        <source>Inventory KPIs use the on-hand snapshot %1 and shipments of the trailing %2 days; carrying cost rate %3 % a year.</source>
        <extracomment>%1 snapshot date, %2 days, %3 percent a year</extracomment>
        <translation>Bestands-KPIs nutzen den Bestands-Snapshot %1 und die Versände der letzten %2 Tage; Lagerhaltungskostensatz %3 % pro Jahr.</translation>
    </message>
    <message>
        <source>Inventory KPIs use no on-hand snapshot (none found) and shipments of the trailing %1 days; carrying cost rate %2 % a year.</source>
        <extracomment>%1 days, %2 percent a year</extracomment>
        <translation>Bestands-KPIs nutzen keinen Bestands-Snapshot (keiner gefunden) und die Versände der letzten %1 Tage; Lagerhaltungskostensatz %2 % pro Jahr.</translation>
    </message>
    <message>
        <source>Minimum samples (n/a below): %1.</source>
        <extracomment>%1 the list: KPI, minimum, unit; …</extracomment>
        <translation>Mindeststichproben (darunter n/a): %1.</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; a status changes only when the value passes a band edge by the hysteresis margin.</source>
        <translation>Status: ● grün Ziel erreicht, ◆ gelb innerhalb des Bands, ■ rot außerhalb; ein Status ändert sich nur, wenn der Wert eine Bandgrenze um die Hysteresemarge überschreitet.</translation>
    </message>
    <message>
        <source>ISO 8601 week %1: Monday %2 to Sunday %3, local time at %4 (%5); week 1 of a year is the week with its first Thursday.</source>
        <extracomment>%1 ISO week, %2 Monday, %3 Sunday, %4 site, %5 time zone</extracomment>
        <translation>Woche %1 nach ISO 8601: Montag %2 bis Sonntag %3, Ortszeit in %4 (%5); Woche 1 eines Jahres ist die Woche mit dessen erstem Donnerstag.</translation>
    </message>
    <message>
        <source>No order cut-off is set for %1: an order line with neither a promised nor a requested date is due on the day it was received.</source>
        <extracomment>%1 site</extracomment>
        <translation>Für %1 ist kein Bestellschluss festgelegt: Eine Auftragszeile ohne zugesagtes und ohne Wunschdatum ist am Tag ihres Eingangs fällig.</translation>
    </message>
    <message>
        <source>Order cut-off %1 local time: an order line with neither a promised nor a requested date is due on the day it was received, or on the next day when received at %1 or later.</source>
        <extracomment>%1 cut-off time (twice)</extracomment>
        <translation>Bestellschluss %1 Ortszeit: Eine Auftragszeile ohne zugesagtes und ohne Wunschdatum ist am Tag ihres Eingangs fällig, bei Eingang um %1 oder später am Folgetag.</translation>
    </message>
    <message>
        <source>Trends: none.</source>
        <translation>Trends: keine.</translation>
    </message>
    <message>
        <source>Trend: the %1 weeks %2 to %3, each KPI on one scale spanning its values and its target; a gap is an n/a week.</source>
        <extracomment>%1 number of weeks, %2 first week, %3 last week</extracomment>
        <translation>Trend: die %1 Wochen %2 bis %3, jeder KPI auf einer eigenen Skala über seine Werte und sein Ziel; eine Lücke ist eine n/a-Woche.</translation>
    </message>
    <message>
        <source>n/a: no value for the week, because its sample is below the KPI&apos;s minimum (given with its definition) or the data it needs is missing; the row says which. A KPI without a target or a value is not rated (–).</source>
        <translation>n/a: kein Wert für die Woche, weil die Stichprobe unter dem Minimum des KPI liegt (bei seiner Definition angegeben) oder die benötigten Daten fehlen; die Zeile nennt den Grund. Ein KPI ohne Ziel oder Wert wird nicht bewertet (–).</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; – not rated (no target or n/a).</source>
        <translation>Status: ● grün Ziel erreicht, ◆ gelb innerhalb des Bands, ■ rot außerhalb; – nicht bewertet (kein Ziel oder n/a).</translation>
    </message>
    <message>
        <source>▲ higher is better, ▼ lower is better. Change = this week − last week, in percentage points (pp) for percentages.</source>
        <translation>▲ höher ist besser, ▼ niedriger ist besser. Änderung = diese Woche − letzte Woche, bei Prozentwerten in Prozentpunkten (pp).</translation>
    </message>
    <message>
        <source>%1%2: %3.</source>
        <extracomment>%1 KPI name, %2 unit and minimum sample, %3 formula</extracomment>
        <translation>%1%2: %3.</translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <extracomment>%1 source and year, %2 the KPIs and levels cited</extracomment>
        <translation>Benchmarks, %1: %2.</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (on-hand snapshot %3), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site, %3 snapshot date</extracomment>
        <translation>Ausnahmen vom %1 in %2 (Bestands-Snapshot %3), über alle Warteschlangen nach gefährdetem Wert sortiert: betroffene Einheiten zu Kosten (entgangene Verkäufe zum Preis bei prognostizierten Fehlbeständen).</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (no on-hand snapshot on or before that day: the stock rules were skipped), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site</extracomment>
        <translation>Ausnahmen vom %1 in %2 (kein Bestands-Snapshot an oder vor diesem Tag: die Bestandsregeln wurden übersprungen), über alle Warteschlangen nach gefährdetem Wert sortiert: betroffene Einheiten zu Kosten (entgangene Verkäufe zum Preis bei prognostizierten Fehlbeständen).</translation>
    </message>
    <message>
        <source>no receipt put away in the week</source>
        <translation>kein Wareneingang in der Woche eingelagert</translation>
    </message>
    <message>
        <source>no order shipped in the week</source>
        <translation>kein Auftrag in der Woche versandt</translation>
    </message>
    <message>
        <source>no pick checks recorded (the orders&apos; pick_errors column is empty)</source>
        <translation>keine Kommissionierprüfungen erfasst (die Spalte pick_errors der Aufträge ist leer)</translation>
    </message>
    <message>
        <source>no picking labour hours imported for the week</source>
        <translation>keine Kommissionier-Arbeitsstunden für die Woche importiert</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the demand window</source>
        <translation>kein Bestandsstand im Bedarfszeitraum</translation>
    </message>
    <message>
        <source>no inventory value at cost</source>
        <translation>kein Bestandswert zu Kosten</translation>
    </message>
    <message>
        <source>nothing shipped in the demand window</source>
        <translation>im Bedarfszeitraum nichts versandt</translation>
    </message>
    <message>
        <source>no stock at cost in the week&apos;s snapshot</source>
        <translation>kein Bestand zu Kosten im Bestandsstand der Woche</translation>
    </message>
    <message>
        <source>includes stock older than the receipt history (%1% of value), aged from the first recorded receipt</source>
        <extracomment>%1 percent of value</extracomment>
        <translation>enthält Bestand, der älter ist als die Wareneingangshistorie (%1 % des Werts), gealtert ab dem ersten erfassten Wareneingang</translation>
    </message>
    <message>
        <source>no usable storage locations at the site</source>
        <translation>keine nutzbaren Lagerplätze am Standort</translation>
    </message>
    <message>
        <source>the week has not started</source>
        <translation>die Woche hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>no on-hand snapshot within %1 days of the week</source>
        <extracomment>%1 days</extracomment>
        <translation>kein Bestandsstand innerhalb von %1 Tagen um die Woche</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>no on-hand snapshot on or before %1</source>
        <extracomment>%1 date</extracomment>
        <translation>kein Bestandsstand am oder vor dem %1</translation>
    </message>
    <message>
        <source>no cycle counts in the week</source>
        <translation>keine Zykluszählungen in der Woche</translation>
    </message>
    <message>
        <source>the counted items have no book value (no cost or zero book quantity)</source>
        <translation>die gezählten Artikel haben keinen Buchwert (keine Kosten oder Buchbestand null)</translation>
    </message>
    <message>
        <source>no order lines due in the week</source>
        <translation>keine Auftragspositionen in der Woche fällig</translation>
    </message>
    <message>
        <source>no orders due in the week</source>
        <translation>keine Aufträge in der Woche fällig</translation>
    </message>
    <message>
        <source>no active items planned at the site</source>
        <translation>keine aktiven Artikel am Standort geplant</translation>
    </message>
    <message>
        <source>sample %1 %2 is below the minimum of %3</source>
        <extracomment>%1 sample, %2 what the sample counts, %3 minimum</extracomment>
        <translation>Stichprobe %1 %2 liegt unter dem Minimum von %3</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>no data in the week</source>
        <translation>keine Daten in der Woche</translation>
    </message>
</context>
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
        <translation>Mittlere Wiederbeschaffungszeit des Lieferanten (Tage)</translation>
    </message>
    <message>
        <source>Lead time standard deviation (days)</source>
        <translation>Standardabweichung der Wiederbeschaffungszeit (Tage)</translation>
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
        <translation>Mittlere Wiederbeschaffungszeit zu diesem Standort (Tage)</translation>
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
        <translation>Lagerzone</translation>
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
    <message>
        <source>Order cut-off time, local HH:MM (optional)</source>
        <translation>Bestellschluss, Ortszeit HH:MM (optional)</translation>
    </message>
    <message>
        <source>Errors found when the line was checked (wrong item or quantity, damage); empty = not checked</source>
        <translation>Bei der Prüfung der Position gefundene Fehler (falscher Artikel oder Menge, Beschädigung); leer = nicht geprüft</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Zykluszählungen</translation>
    </message>
    <message>
        <source>Counted against book quantity per item and location, for inventory record accuracy.</source>
        <translation>Gegen den Buchbestand gezählt, je Artikel und Lagerplatz, für die Bestandsgenauigkeit.</translation>
    </message>
    <message>
        <source>Count document or task number</source>
        <translation>Zählbeleg- oder Auftragsnummer</translation>
    </message>
    <message>
        <source>Location counted (optional)</source>
        <translation>Gezählter Lagerplatz (optional)</translation>
    </message>
    <message>
        <source>When it was counted (local time or with offset)</source>
        <translation>Zeitpunkt der Zählung (Ortszeit oder mit Zeitversatz)</translation>
    </message>
    <message>
        <source>Quantity on the books before the count</source>
        <translation>Buchbestand vor der Zählung</translation>
    </message>
    <message>
        <source>Quantity counted</source>
        <translation>Gezählte Menge</translation>
    </message>
    <message>
        <source>Cost per unit for the value-based accuracy (default: the item&apos;s cost)</source>
        <translation>Kosten je Einheit für die wertbasierte Genauigkeit (Standard: die Kosten des Artikels)</translation>
    </message>
    <message>
        <source>A, B or C (default: ranked by usage value)</source>
        <translation>A, B oder C (Standard: nach Verbrauchswert eingestuft)</translation>
    </message>
    <message>
        <source>Who counted (optional)</source>
        <translation>Wer gezählt hat (optional)</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>Direct labour hours per site, day and activity (optionally per employee).</source>
        <translation>Direkte Arbeitsstunden je Standort, Tag und Tätigkeit (optional je Mitarbeiter).</translation>
    </message>
    <message>
        <source>Working day (local)</source>
        <translation>Arbeitstag (Ortszeit)</translation>
    </message>
    <message>
        <source>picking, packing, receiving, put_away, replenishment, counting, shipping or other</source>
        <translation>picking, packing, receiving, put_away, replenishment, counting, shipping oder other</translation>
    </message>
    <message>
        <source>Employee or team (optional)</source>
        <translation>Mitarbeiter oder Team (optional)</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Geleistete Stunden</translation>
    </message>
</context>
<context>
    <name>DemandClass</name>
    <message>
        <source>smooth</source>
        <translation>glatt</translation>
    </message>
    <message>
        <source>erratic</source>
        <translation>erratisch</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>sporadisch</translation>
    </message>
    <message>
        <source>lumpy</source>
        <translation>klumpig</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>a series with too little history to classify</extracomment>
        <translation>neu</translation>
    </message>
    <message>
        <source>inactive</source>
        <extracomment>a series without demand in the recent window</extracomment>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>ExplainName</name>
    <message>
        <source>Cycle service level achieved</source>
        <translation>Erreichter Zyklus-Servicegrad</translation>
    </message>
    <message>
        <source>Fill rate achieved</source>
        <translation>Erreichte Füllrate</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <source>Annual cost at the rounded quantity</source>
        <translation>Jährliche Kosten bei gerundeter Menge</translation>
    </message>
    <message>
        <source>Annual demand</source>
        <translation>Jahresbedarf</translation>
    </message>
    <message>
        <source>Average inventory</source>
        <translation>Durchschnittlicher Bestand</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <source>Committed to customer orders</source>
        <translation>Für Kundenaufträge reserviert</translation>
    </message>
    <message>
        <source>Critical ratio</source>
        <translation>Kritisches Verhältnis</translation>
    </message>
    <message>
        <source>Cycle service level</source>
        <translation>Zyklus-Servicegrad</translation>
    </message>
    <message>
        <source>Cycle stock</source>
        <translation>Zyklusbestand</translation>
    </message>
    <message>
        <source>Mean demand</source>
        <translation>Mittlerer Bedarf</translation>
    </message>
    <message>
        <source>Demand rate</source>
        <translation>Bedarfsrate</translation>
    </message>
    <message>
        <source>Demand standard deviation</source>
        <translation>Standardabweichung des Bedarfs</translation>
    </message>
    <message>
        <source>Density at the level</source>
        <translation>Dichte beim Niveau</translation>
    </message>
    <message>
        <source>Economic order quantity</source>
        <translation>Wirtschaftliche Bestellmenge</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Erwartete Kosten</translation>
    </message>
    <message>
        <source>Expected shortage per cycle</source>
        <translation>Erwartete Fehlmenge pro Zyklus</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <source>Holding cost</source>
        <translation>Lagerhaltungskosten</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Lagerhaltungskosten pro Jahr</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Lagerhaltungskostensatz</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Kapitalbindung im Bestand</translation>
    </message>
    <message>
        <source>Safety factor k (fill rate)</source>
        <translation>Sicherheitsfaktor k (Füllrate)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <source>Lead time standard deviation</source>
        <translation>Standardabweichung der Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>Bestandsniveau</translation>
    </message>
    <message>
        <source>Expected shortage (loss function)</source>
        <translation>Erwartete Fehlmenge (Verlustfunktion)</translation>
    </message>
    <message>
        <source>Standard loss G(k)</source>
        <translation>Standardverlust G(k)</translation>
    </message>
    <message>
        <source>Shortage allowed per cycle</source>
        <translation>Zulässige Fehlmenge pro Zyklus</translation>
    </message>
    <message>
        <source>Standard loss allowed</source>
        <translation>Zulässiger Standardverlust</translation>
    </message>
    <message>
        <source>Maximum cover</source>
        <translation>Maximale Reichweite</translation>
    </message>
    <message>
        <source>Maximum level</source>
        <translation>Höchstbestand</translation>
    </message>
    <message>
        <source>Mean demand over the protection interval</source>
        <translation>Mittlerer Bedarf im Absicherungszeitraum</translation>
    </message>
    <message>
        <source>Minimum cover</source>
        <translation>Minimale Reichweite</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Mindestbestellmenge</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Open receipts due within the horizon</source>
        <translation>Im Horizont fällige offene Zugänge</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <source>Order multiple</source>
        <translation>Bestellvielfaches</translation>
    </message>
    <message>
        <source>Order quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Order-up-to level</source>
        <translation>Bestellniveau</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Bestellkosten pro Jahr</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Bestellungen pro Jahr</translation>
    </message>
    <message>
        <source>Planning periods per year</source>
        <translation>Planungsperioden pro Jahr</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>Voraussichtlich verfügbar</translation>
    </message>
    <message>
        <source>Proposed order quantity</source>
        <translation>Vorgeschlagene Bestellmenge</translation>
    </message>
    <message>
        <source>Protection interval</source>
        <translation>Absicherungszeitraum</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Überprüfungsintervall</translation>
    </message>
    <message>
        <source>Rounded order quantity</source>
        <translation>Gerundete Bestellmenge</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Safety stock before the cover bounds</source>
        <translation>Sicherheitsbestand vor den Reichweitengrenzen</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Wert des Sicherheitsbestands</translation>
    </message>
    <message>
        <source>Service factor</source>
        <translation>Servicefaktor</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Ziel-Servicegrad</translation>
    </message>
    <message>
        <source>Shortage cost</source>
        <translation>Fehlmengenkosten</translation>
    </message>
    <message>
        <source>Shortage cost per year</source>
        <translation>Fehlmengenkosten pro Jahr</translation>
    </message>
    <message>
        <source>Standard deviation over the protection interval</source>
        <translation>Standardabweichung im Absicherungszeitraum</translation>
    </message>
    <message>
        <source>Rounding step</source>
        <translation>Rundungsschritt</translation>
    </message>
    <message>
        <source>Stockout cost</source>
        <translation>Fehlbestandskosten</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Gesamtkosten pro Jahr</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Lagerumschlag</translation>
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
        <source>Safety factor z (cycle service level)</source>
        <translation>Sicherheitsfaktor z (Zyklus-Servicegrad)</translation>
    </message>
</context>
<context>
    <name>ExplainUnit</name>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a unit of time as the calculation was given it</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>yr</source>
        <extracomment>year, abbreviated</extracomment>
        <translation>J</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>Umschläge</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>ausgelaufen</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>KpiHelp</name>
    <message>
        <source>share of orders due in the week that shipped on time (every line within the commit-date window) and in full (within the quantity tolerance)</source>
        <translation>Anteil der in der Woche fälligen Aufträge, geliefert pünktlich (jede Position innerhalb des Zusagetermin-Fensters) und vollständig (innerhalb der Mengentoleranz)</translation>
    </message>
    <message>
        <source>% of orders</source>
        <translation>% der Aufträge</translation>
    </message>
    <message>
        <source>share of ordered units shipped from stock (up to the quantity ordered), on the order lines due in the week</source>
        <translation>Anteil der bestellten Menge, die ab Lager geliefert wurde (bis zur bestellten Menge), über die in der Woche fälligen Auftragspositionen</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% der Menge</translation>
    </message>
    <message>
        <source>share of order lines due in the week that shipped complete</source>
        <translation>Anteil der in der Woche fälligen Auftragspositionen, die vollständig geliefert wurden</translation>
    </message>
    <message>
        <source>% of lines</source>
        <translation>% der Positionen</translation>
    </message>
    <message>
        <source>share of orders due in the week whose every line shipped complete</source>
        <translation>Anteil der in der Woche fälligen Aufträge, deren Positionen alle vollständig geliefert wurden</translation>
    </message>
    <message>
        <source>share of orders due in the week whose lines all shipped on or before the commit date</source>
        <translation>Anteil der in der Woche fälligen Aufträge, deren Positionen alle am oder vor dem Zusagetermin geliefert wurden</translation>
    </message>
    <message>
        <source>share of SKU-days of the week on which an active item planned at the site had no available stock (daily balances rolled from the nearest on-hand snapshot)</source>
        <translation>Anteil der Artikel-Tage der Woche, an denen ein aktiver, am Standort geplanter Artikel keinen verfügbaren Bestand hatte (Tagesbestände fortgeschrieben vom nächstgelegenen Bestandsstichtag)</translation>
    </message>
    <message>
        <source>% of SKU-days</source>
        <translation>% der Artikel-Tage</translation>
    </message>
    <message>
        <source>mean time from a receipt&apos;s arrival at the dock to its put-away confirmed, over the receipt lines put away in the week</source>
        <translation>mittlere Zeit von der Ankunft eines Wareneingangs an der Rampe bis zur bestätigten Einlagerung, über die in der Woche eingelagerten Wareneingangspositionen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>mean time from receiving a customer order to its last shipment, over the orders shipped in the week</source>
        <translation>mittlere Zeit vom Eingang eines Kundenauftrags bis zu seiner letzten Lieferung, über die in der Woche gelieferten Aufträge</translation>
    </message>
    <message>
        <source>share of the orders checked in the week whose lines had no pick error</source>
        <translation>Anteil der in der Woche geprüften Aufträge, deren Positionen keinen Kommissionierfehler hatten</translation>
    </message>
    <message>
        <source>% of orders checked</source>
        <translation>% der geprüften Aufträge</translation>
    </message>
    <message>
        <source>share of the week&apos;s cycle counts within tolerance (A ±1 %, B ±3 %, C ±5 % of the book quantity); each count judged on its own, variances never netted</source>
        <translation>Anteil der Inventurzählungen der Woche innerhalb der Toleranz (A ±1 %, B ±3 %, C ±5 % des Buchbestands); jede Zählung wird einzeln bewertet, Abweichungen werden nie verrechnet</translation>
    </message>
    <message>
        <source>% of counts</source>
        <translation>% der Zählungen</translation>
    </message>
    <message>
        <source>1 − the sum of |count variance| × unit cost ÷ the sum of book quantity × unit cost, over the week&apos;s cycle counts</source>
        <translation>1 − Summe von |Zählabweichung| × Stückkosten ÷ Summe von Buchbestand × Stückkosten, über die Inventurzählungen der Woche</translation>
    </message>
    <message>
        <source>% of book value</source>
        <translation>% des Buchwerts</translation>
    </message>
    <message>
        <source>order lines shipped in the week ÷ picking labour hours booked in the week</source>
        <translation>in der Woche gelieferte Auftragspositionen ÷ in der Woche gebuchte Kommissionier-Arbeitsstunden</translation>
    </message>
    <message>
        <source>lines per labour hour</source>
        <translation>Positionen je Arbeitsstunde</translation>
    </message>
    <message>
        <source>share of usable storage locations (forward and reserve) holding stock at the week&apos;s on-hand snapshot</source>
        <translation>Anteil der nutzbaren Lagerplätze (Kommissionier- und Reservelager), die zum Bestandsstichtag der Woche Bestand enthalten</translation>
    </message>
    <message>
        <source>% of locations</source>
        <translation>% der Lagerplätze</translation>
    </message>
    <message>
        <source>cost of goods shipped over the trailing demand window, annualised, ÷ average inventory at cost</source>
        <translation>Kosten der gelieferten Ware im zurückliegenden Bedarfszeitraum, auf ein Jahr hochgerechnet, ÷ durchschnittlicher Bestand zu Kosten</translation>
    </message>
    <message>
        <source>turns per year</source>
        <translation>Umschläge pro Jahr</translation>
    </message>
    <message>
        <source>365 ÷ inventory turns: how many days the average inventory lasts at the yearly rate of shipments</source>
        <translation>365 ÷ Lagerumschlag: wie viele Tage der durchschnittliche Bestand beim jährlichen Liefervolumen reicht</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>inventory at cost ÷ average daily cost of goods shipped over the trailing demand window</source>
        <translation>Bestand zu Kosten ÷ durchschnittliche tägliche Kosten der gelieferten Ware im zurückliegenden Bedarfszeitraum</translation>
    </message>
    <message>
        <source>average inventory at cost × the carrying cost rate (capital, storage, service and risk) for one year</source>
        <translation>durchschnittlicher Bestand zu Kosten × Lagerkostensatz (Kapital, Lagerung, Service und Risiko) für ein Jahr</translation>
    </message>
    <message>
        <source>currency per year</source>
        <translation>Währung pro Jahr</translation>
    </message>
    <message>
        <source>share of inventory value held in receipt layers (first in, first out) older than 90 days</source>
        <translation>Anteil des Bestandswerts in Zugangsschichten (First In, First Out), die älter als 90 Tage sind</translation>
    </message>
    <message>
        <source>% of inventory value</source>
        <translation>% des Bestandswerts</translation>
    </message>
</context>
<context>
    <name>KpiHelpText</name>
    <message>
        <source>%1: %2. Unit: %3; %4.</source>
        <translation>%1: %2. Einheit: %3; %4.</translation>
    </message>
</context>
<context>
    <name>KpiNames</name>
    <message>
        <source>OTIF</source>
        <translation>OTIF</translation>
    </message>
    <message>
        <source>Unit fill rate</source>
        <translation>Lieferbereitschaft (Menge)</translation>
    </message>
    <message>
        <source>Line fill rate</source>
        <translation>Lieferbereitschaft (Positionen)</translation>
    </message>
    <message>
        <source>Order fill rate</source>
        <translation>Lieferbereitschaft (Aufträge)</translation>
    </message>
    <message>
        <source>On-time shipment</source>
        <translation>Termintreue (Versand)</translation>
    </message>
    <message>
        <source>Stockout rate</source>
        <translation>Fehlbestandsquote</translation>
    </message>
    <message>
        <source>Dock-to-stock</source>
        <translation>Dock-to-Stock</translation>
    </message>
    <message>
        <source>Internal order cycle time</source>
        <translation>Interne Auftragsdurchlaufzeit</translation>
    </message>
    <message>
        <source>Order picking accuracy</source>
        <translation>Kommissioniergenauigkeit</translation>
    </message>
    <message>
        <source>Inventory record accuracy</source>
        <translation>Bestandsgenauigkeit</translation>
    </message>
    <message>
        <source>Record accuracy by value</source>
        <translation>Bestandsgenauigkeit (Wert)</translation>
    </message>
    <message>
        <source>Lines picked per labour hour</source>
        <translation>Positionen je Arbeitsstunde</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Kapazitätsauslastung</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <source>Days on hand</source>
        <translation>Lagerdauer (Tage)</translation>
    </message>
    <message>
        <source>Days of supply</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Carrying cost (annual)</source>
        <translation>Lagerhaltungskosten (jährlich)</translation>
    </message>
    <message>
        <source>Stock aged over 90 days</source>
        <translation>Bestand älter als 90 Tage</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>lines/h</source>
        <translation>Pos./h</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> lines/h</source>
        <translation> Pos./h</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> Umschläge</translation>
    </message>
    <message>
        <source>Projected stockouts within lead time</source>
        <translation>Drohende Fehlbestände innerhalb der Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Unter Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Negative or odd balances</source>
        <translation>Negative oder auffällige Bestände</translation>
    </message>
    <message>
        <source>Slow movers and dead stock</source>
        <translation>Langsamdreher und Ladenhüter</translation>
    </message>
    <message>
        <source>Excess (days of supply)</source>
        <translation>Überbestand (Reichweite)</translation>
    </message>
    <message>
        <source>Lots expiring (FEFO)</source>
        <translation>Ablaufende Chargen (FEFO)</translation>
    </message>
    <message>
        <source>Late purchase orders</source>
        <translation>Überfällige Bestellungen</translation>
    </message>
    <message>
        <source>Stale receipts (not put away)</source>
        <translation>Liegende Wareneingänge (nicht eingelagert)</translation>
    </message>
    <message>
        <source>Projected stockouts</source>
        <translation>Drohende Fehlbestände</translation>
    </message>
    <message>
        <source>Slow movers, dead stock</source>
        <translation>Langsamdreher, Ladenhüter</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <source>Expiring lots (FEFO)</source>
        <translation>Ablaufende Chargen (FEFO)</translation>
    </message>
    <message>
        <source>Stale receipts</source>
        <translation>Liegende Wareneingänge</translation>
    </message>
    <message>
        <source>Available stock plus open purchase orders due within the lead time, minus the demand over the lead time, is below zero. Value at risk: the units short at the selling price.</source>
        <translation>Verfügbarer Bestand plus offene Bestellungen, die innerhalb der Wiederbeschaffungszeit eintreffen, abzüglich des Bedarfs in der Wiederbeschaffungszeit liegt unter null. Risikowert: die fehlende Menge zum Verkaufspreis.</translation>
    </message>
    <message>
        <source>Available stock is below the item-site&apos;s safety (minimum) stock. Value at risk: the gap at cost.</source>
        <translation>Der verfügbare Bestand liegt unter dem Sicherheitsbestand (Mindestbestand) des Artikel-Standorts. Risikowert: die Differenz zu Kosten.</translation>
    </message>
    <message>
        <source>Negative balances, fractional balances of items counted in each, and stock in blocked locations. Value at risk: the units at cost.</source>
        <translation>Negative Bestände, gebrochene Bestände bei Artikeln, die in Stück gezählt werden, und Bestand auf gesperrten Lagerplätzen. Risikowert: die Menge zu Kosten.</translation>
    </message>
    <message>
        <source>Stock without demand for the slow-mover threshold (dead stock after the dead-stock threshold; see the KPI settings). Value at risk: the stock at cost.</source>
        <translation>Bestand ohne Bedarf seit der Langsamdreher-Schwelle (Ladenhüter nach der Ladenhüter-Schwelle; siehe die Kennzahl-Einstellungen). Risikowert: der Bestand zu Kosten.</translation>
    </message>
    <message>
        <source>Stock covering more days of demand than the excess threshold. Value at risk: the units above the threshold at cost.</source>
        <translation>Bestand, der mehr Bedarfstage deckt als die Überbestandsschwelle. Risikowert: die Menge über der Schwelle zu Kosten.</translation>
    </message>
    <message>
        <source>Lots that expire within the expiry window (or have expired): pick them first (FEFO). Value at risk: the lot at cost.</source>
        <translation>Chargen, die innerhalb des Ablauffensters verfallen (oder verfallen sind): zuerst entnehmen (FEFO). Risikowert: die Charge zu Kosten.</translation>
    </message>
    <message>
        <source>Open purchase order lines past their due date. Value at risk: the open quantity at cost.</source>
        <translation>Offene Bestellpositionen nach ihrem Liefertermin. Risikowert: die offene Menge zu Kosten.</translation>
    </message>
    <message>
        <source>Receipts that arrived but are not put away after the stale-receipt threshold. Value at risk: the quantity at cost.</source>
        <translation>Wareneingänge, die angekommen, aber nach der Liegezeit-Schwelle noch nicht eingelagert sind. Risikowert: die Menge zu Kosten.</translation>
    </message>
    <message>
        <source>SKU-days</source>
        <translation>SKU-Tage</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>orders checked</source>
        <translation>geprüfte Aufträge</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>picking hours</source>
        <translation>Kommissionierstunden</translation>
    </message>
    <message>
        <source>best in class</source>
        <translation>Spitzenwert</translation>
    </message>
    <message>
        <source>advantage</source>
        <translation>überdurchschnittlich</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>disadvantage</source>
        <translation>unterdurchschnittlich</translation>
    </message>
    <message>
        <source>major opportunity</source>
        <translation>großer Handlungsbedarf</translation>
    </message>
    <message>
        <source>typical target</source>
        <translation>übliches Ziel</translation>
    </message>
    <message>
        <source>receipt lines</source>
        <translation>Wareneingangspositionen</translation>
    </message>
</context>
<context>
    <name>KpiWeeks</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PlanningPeriod</name>
    <message>
        <source>per month</source>
        <translation>je Monat</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>je Woche</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>je %1</translation>
    </message>
</context>
<context>
    <name>PolicyExplainText</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Weekly KPI report</source>
        <translation>Wöchentlicher Kennzahlenbericht</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Preparing the weekly KPI report of %1, %2</source>
        <translation>Wöchentlicher Kennzahlenbericht für %1, %2 wird erstellt</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>kpi-report-%1-%2.pdf</source>
        <translation>kennzahlen-bericht-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message numerus="yes">
        <source>%n more note(s): see the report as text or JSON.</source>
        <translation>
            <numerusform>%n weiterer Hinweis: siehe den Bericht als Text oder JSON.</numerusform>
            <numerusform>%n weitere Hinweise: siehe den Bericht als Text oder JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportText</name>
    <message>
        <source>Top exceptions</source>
        <translation>Wichtigste Ausnahmen</translation>
    </message>
    <message>
        <source>%1 of %2 rows over all queues, ranked by value at risk; value at risk of all rows %3</source>
        <translation>%1 von %2 Zeilen über alle Listen, nach Risikowert sortiert; Risikowert aller Zeilen %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Was und warum</translation>
    </message>
    <message>
        <source>No exceptions found.</source>
        <translation>Keine Ausnahmen gefunden.</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Note, n/a reason, comment</source>
        <translation>Hinweis, Grund für n. v., Kommentar</translation>
    </message>
    <message>
        <source>Weekly KPI report %1 %2</source>
        <translation>Wöchentlicher Kennzahlenbericht %1 %2</translation>
    </message>
    <message>
        <source>Print weekly KPI report</source>
        <translation>Wöchentlichen Kennzahlenbericht drucken</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is connected and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden: Prüfen Sie, ob er angeschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Weekly KPI report: print preview</source>
        <translation>Wöchentlicher Kennzahlenbericht: Druckvorschau</translation>
    </message>
    <message>
        <source>Save weekly KPI report as PDF</source>
        <translation>Wöchentlichen Kennzahlenbericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Das PDF wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2, %3</source>
        <translation>Montag %1 bis Sonntag %2, %3</translation>
    </message>
    <message>
        <source>no order cut-off</source>
        <translation>kein Annahmeschluss</translation>
    </message>
    <message>
        <source>order cut-off %1</source>
        <translation>Annahmeschluss %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>on-hand snapshot %1</source>
        <translation>Bestandsstichtag %1</translation>
    </message>
    <message>
        <source>exceptions found %1</source>
        <translation>Ausnahmen vom %1</translation>
    </message>
    <message>
        <source>Projected stockout</source>
        <translation>Drohender Fehlbestand</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Unter Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Odd balance</source>
        <translation>Auffälliger Bestand</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Langsamdreher</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <source>Expiring lot</source>
        <translation>Ablaufende Charge</translation>
    </message>
    <message>
        <source>Late purchase order</source>
        <translation>Überfällige Bestellung</translation>
    </message>
    <message>
        <source>Stale receipt</source>
        <translation>Liegender Wareneingang</translation>
    </message>
    <message>
        <source>min %1 %2</source>
        <translation>mind. %1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <translation>Benchmarks, %1: %2.</translation>
    </message>
    <message>
        <source>Weekly KPI report</source>
        <translation>Wöchentlicher Kennzahlenbericht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inventory planning and control tower.</source>
        <translation>Bestandsplanung und Control Tower.</translation>
    </message>
    <message>
        <source>Workspace file (.stdb) to open.</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (.stdb).</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ControlTowerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>The last complete week is the default: a week in progress is judged on the orders due so far, which early in the week are too few to compare with a weekly target.</source>
        <translation>Standard ist die letzte vollständige Woche: Eine laufende Woche wird nach den bisher fälligen Aufträgen beurteilt, und das sind zu Wochenbeginn zu wenige für einen Vergleich mit einem Wochenziel.</translation>
    </message>
    <message>
        <source>Compute the KPIs and exception queues again</source>
        <translation>Kennzahlen und Ausnahmelisten neu berechnen</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Berechnung anhalten; die Anzeige bleibt</translation>
    </message>
    <message>
        <source>Exception queues</source>
        <translation>Ausnahmelisten</translation>
    </message>
    <message>
        <source>Exceptions, highest value at risk first</source>
        <translation>Ausnahmen, höchster Risikowert zuerst</translation>
    </message>
    <message>
        <source>Exceptions to act on today</source>
        <translation>Heute zu bearbeitende Ausnahmen</translation>
    </message>
    <message>
        <source>Ranked by value at risk; double-click a row (or press Enter) to open its item</source>
        <translation>Nach Risikowert sortiert; Doppelklick auf eine Zeile (oder Eingabetaste) öffnet ihren Artikel</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the control tower needs the KPI tables.</source>
        <translation>Dieser Arbeitsbereich stammt aus der Zeit vor den Kennzahlen (Format %1) und ist schreibgeschützt geöffnet. Öffnen Sie ihn einmal mit Schreibzugriff, um ihn zu aktualisieren; der Control Tower braucht die Kennzahlentabellen.</translation>
    </message>
    <message>
        <source>Open a workspace to see its control tower: the week&apos;s KPIs against target and the exceptions to act on today.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Control Tower zu sehen: die Kennzahlen der Woche gegen ihr Ziel und die heute zu bearbeitenden Ausnahmen.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites, items and orders (File → Import…) to see KPIs and exceptions here.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Standorte. Importieren Sie Standorte, Artikel und Aufträge (Datei → Importieren…), um hier Kennzahlen und Ausnahmen zu sehen.</translation>
    </message>
    <message>
        <source>The control tower is computed when you open this page.</source>
        <translation>Der Control Tower wird berechnet, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last complete week: %1</source>
        <translation>Letzte vollständige Woche: %1</translation>
    </message>
    <message>
        <source>This week so far: %1</source>
        <translation>Diese Woche bisher: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Computing the control tower of %1</source>
        <translation>Control Tower von %1 wird berechnet</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 von %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the control tower.</source>
        <translation>Abgebrochen. Klicken Sie auf „Aktualisieren“, um den Control Tower zu berechnen.</translation>
    </message>
    <message>
        <source>The control tower could not be computed: %1</source>
        <translation>Der Control Tower konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>the %1 weeks up to %2</source>
        <translation>die %1 Wochen bis %2</translation>
    </message>
    <message>
        <source>No KPI data and no exceptions at %1 in %2: import orders, receipts, cycle counts and on-hand snapshots (File → Import…).</source>
        <translation>Keine Kennzahlendaten und keine Ausnahmen für %1 in %2: Importieren Sie Aufträge, Wareneingänge, Inventurzählungen und Bestandsstichtage (Datei → Importieren…).</translation>
    </message>
    <message>
        <source>No KPI data at %1 in %2.</source>
        <translation>Keine Kennzahlendaten für %1 in %2.</translation>
    </message>
    <message>
        <source>No orders were due at %1 in %2: the service KPIs are n/a.</source>
        <translation>Für %1 waren in %2 keine Aufträge fällig: Die Service-Kennzahlen sind n. v.</translation>
    </message>
    <message>
        <source>Read-only workspace: the KPI weeks were computed in memory and not stored.</source>
        <translation>Schreibgeschützter Arbeitsbereich: Die Kennzahlenwochen wurden im Speicher berechnet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Top exceptions over all queues</source>
        <translation>Wichtigste Ausnahmen über alle Listen</translation>
    </message>
    <message>
        <source>The %1 rows with the highest value at risk today (%2). Double-click a row or press Enter to open its item.</source>
        <translation>Die %1 Zeilen mit dem heute höchsten Risikowert (%2). Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um ihren Artikel zu öffnen.</translation>
    </message>
    <message>
        <source>No exceptions at %1 today.</source>
        <translation>Heute keine Ausnahmen für %1.</translation>
    </message>
    <message>
        <source>No exceptions found at %1 today, but some rules had no data to check (see the notes above).</source>
        <translation>Heute keine Ausnahmen für %1, aber einige Regeln hatten keine Daten zum Prüfen (siehe die Hinweise oben).</translation>
    </message>
    <message>
        <source>%1 — %2 rows, value at risk %3</source>
        <translation>%1 — %2 Zeilen, Risikowert %3</translation>
    </message>
    <message>
        <source> (the %1 highest shown)</source>
        <translation> (die %1 höchsten angezeigt)</translation>
    </message>
    <message>
        <source>Nothing in “%1” at %2 today.</source>
        <translation>Heute nichts in „%1“ für %2.</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Woche &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;, in progress</source>
        <translation>Woche &lt;b&gt;%1&lt;/b&gt;, laufend</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>stock from the on-hand snapshot of %1</source>
        <translation>Bestand vom Bestandsstichtag %1</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the week</source>
        <translation>kein Bestandsstichtag in der Woche</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;wird neu berechnet…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click (or press Enter) to open the KPI scorecard of this site and week</source>
        <translation>Klicken (oder Eingabetaste drücken), um die Kennzahlen-Scorecard dieses Standorts und dieser Woche zu öffnen</translation>
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
    <name>stocktower::ui::ExceptionQueueModel</name>
    <message>
        <source>Value at risk: %1</source>
        <translation>Risikowert: %1</translation>
    </message>
    <message>
        <source>%1 — %2, quantity %3. Double-click or press Enter to open it on the Items page.</source>
        <translation>%1 — %2, Menge %3. Doppelklicken oder Eingabetaste drücken, um ihn auf der Seite „Artikel“ zu öffnen.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1 on the Items page</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um %1 auf der Seite „Artikel“ zu öffnen</translation>
    </message>
    <message>
        <source>Value at risk in the workspace&apos;s currency: what ranks the rows</source>
        <translation>Risikowert in der Währung des Arbeitsbereichs: danach werden die Zeilen sortiert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExceptionSummaryModel</name>
    <message>
        <source>Top exceptions, all queues</source>
        <translation>Wichtigste Ausnahmen, alle Listen</translation>
    </message>
    <message>
        <source>The rows with the highest value at risk over all queues. An item can be in more than one queue, so the totals may count its value more than once.</source>
        <translation>Die Zeilen mit dem höchsten Risikowert über alle Listen. Ein Artikel kann in mehreren Listen stehen, daher können die Summen seinen Wert mehrfach zählen.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Risikowert</translation>
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
        <translation>D&amp;urchsuchen…</translation>
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
    <message>
        <source>Record type: which records to write, with the same columns as the import templates.</source>
        <translation>Datensatzart: welche Datensätze geschrieben werden, mit denselben Spalten wie die Importvorlagen.</translation>
    </message>
    <message>
        <source>Layout: standard is comma-separated with a decimal point; European is semicolon-separated with a decimal comma, as spreadsheets in most of Europe expect.</source>
        <translation>Format: Standard ist durch Komma getrennt mit Dezimalpunkt; Europäisch ist durch Semikolon getrennt mit Dezimalkomma, wie es Tabellenkalkulationen in den meisten Ländern Europas erwarten.</translation>
    </message>
    <message>
        <source>Byte order mark: three bytes at the start that tell Excel the file is UTF-8, so accented names read right.</source>
        <translation>Byte Order Mark: drei Bytes am Dateianfang, die Excel mitteilen, dass die Datei UTF-8 ist, damit Namen mit Akzenten richtig gelesen werden.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastChart</name>
    <message>
        <source>Forecast chart</source>
        <translation>Prognosediagramm</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Wählen Sie eine Zeile, um ihre Historie und Prognose zu sehen.</translation>
    </message>
    <message>
        <source>The run stored no forecast for %1.</source>
        <translation>Der Lauf hat für %1 keine Prognose gespeichert.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Final (with overrides)</source>
        <translation>Endwert (mit Korrekturen)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80-%-Intervall</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Units per month</source>
        <translation>Einheiten je Monat</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Einheiten je Woche</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastModelPanel</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Demand:</source>
        <translation>Bedarf:</translation>
    </message>
    <message>
        <source>Backtest:</source>
        <translation>Backtest:</translation>
    </message>
    <message>
        <source>Intervals:</source>
        <translation>Intervalle:</translation>
    </message>
    <message>
        <source>Models considered for this series, best first (lower scores are better)</source>
        <translation>Für diese Zeitreihe geprüfte Modelle, bestes zuerst (niedrigere Bewertung ist besser)</translation>
    </message>
    <message>
        <source>The run&apos;s method failed on this series, so the naive forecast (the last value) was used.</source>
        <translation>Die Methode des Laufs ist bei dieser Zeitreihe gescheitert, daher wurde die naive Prognose (der letzte Wert) verwendet.</translation>
    </message>
    <message>
        <source>Chosen by rolling-origin backtest: the lowest mean absolute scaled error among the candidates listed.</source>
        <translation>Per Backtest mit rollierendem Ursprung gewählt: der niedrigste mittlere absolute skalierte Fehler unter den aufgeführten Kandidaten.</translation>
    </message>
    <message>
        <source>The run used one method for every series: %1.</source>
        <translation>Der Lauf hat für jede Zeitreihe dieselbe Methode verwendet: %1.</translation>
    </message>
    <message>
        <source>Regular demand (%1): the equal-weight mean of ETS (the lowest AICc among the candidates listed), Theta and damped trend — the combination that was most robust in the M4 competition.</source>
        <translation>Regelmäßiger Bedarf (%1): der gleichgewichtete Mittelwert aus ETS (das niedrigste AICc unter den aufgeführten Kandidaten), Theta und gedämpftem Trend – die Kombination, die sich im M4-Wettbewerb als am robustesten erwies.</translation>
    </message>
    <message>
        <source>Intermittent demand (%1: demand in only some periods%2): SBA, Croston&apos;s method with the Syntetos–Boylan bias correction, forecasts the demand rate per period.</source>
        <translation>Sporadischer Bedarf (%1: Bedarf nur in einigen Perioden%2): SBA, die Croston-Methode mit der Bias-Korrektur nach Syntetos–Boylan, prognostiziert die Bedarfsrate je Periode.</translation>
    </message>
    <message>
        <source>, ADI %1 ≥ 1.32</source>
        <translation>, ADI %1 ≥ 1,32</translation>
    </message>
    <message>
        <source>New item: too little history to choose a model, so the mean of the periods there are.</source>
        <translation>Neuer Artikel: zu wenig Historie für eine Modellwahl, daher der Mittelwert der vorhandenen Perioden.</translation>
    </message>
    <message>
        <source>No demand in the most recent periods: the moving average over them, which is 0 unless demand returns.</source>
        <translation>Kein Bedarf in den jüngsten Perioden: der gleitende Durchschnitt über diese, der 0 ist, solange kein Bedarf zurückkehrt.</translation>
    </message>
    <message>
        <source>Analytical: from the model&apos;s error variance (normal).</source>
        <translation>Analytisch: aus der Fehlervarianz des Modells (normalverteilt).</translation>
    </message>
    <message numerus="yes">
        <source>Empirical: quantiles of the method&apos;s own errors in a rolling-origin backtest (%n errors or more per period ahead).</source>
        <translation>
            <numerusform>Empirisch: Quantile der eigenen Fehler der Methode in einem Backtest mit rollierendem Ursprung (%n Fehler oder mehr je Prognoseschritt).</numerusform>
            <numerusform>Empirisch: Quantile der eigenen Fehler der Methode in einem Backtest mit rollierendem Ursprung (%n Fehler oder mehr je Prognoseschritt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal approximation from the in-sample error: the history is too short for a backtest of its errors.</source>
        <translation>Normalapproximation aus dem In-Sample-Fehler: Die Historie ist zu kurz für einen Backtest ihrer Fehler.</translation>
    </message>
    <message>
        <source>Not recorded (a run from an earlier version).</source>
        <translation>Nicht erfasst (ein Lauf aus einer früheren Version).</translation>
    </message>
    <message>
        <source>%1 · ADI %2 · CV² %3 · demand in %4 of %5 periods</source>
        <translation>%1 · ADI %2 · CV² %3 · Bedarf in %4 von %5 Perioden</translation>
    </message>
    <message>
        <source>MASE %1 · sMAPE %2% · bias %3 per period</source>
        <translation>MASE %1 · sMAPE %2% · Bias %3 je Periode</translation>
    </message>
    <message>
        <source>Not scored: the history is too short to hold out a backtest.</source>
        <translation>Nicht bewertet: Die Historie ist zu kurz, um einen Backtest zurückzuhalten.</translation>
    </message>
    <message>
        <source>The demand history has changed since this run: the fitted values are refitted to today&apos;s history, the forecast is the run&apos;s. Run the forecast again to update it.</source>
        <translation>Die Bedarfshistorie hat sich seit diesem Lauf geändert: Die angepassten Werte beruhen auf der heutigen Historie, die Prognose ist die des Laufs. Starten Sie die Prognose erneut, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Fitted values are not available: %1</source>
        <translation>Angepasste Werte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Backtest MASE</source>
        <translation>Backtest-MASE</translation>
    </message>
    <message>
        <source>AICc</source>
        <translation>AICc</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastOverrideEditor</name>
    <message>
        <source>Overrides cannot be changed: this workspace is read-only because %1</source>
        <translation>Korrekturen können nicht geändert werden: Dieser Arbeitsbereich ist schreibgeschützt, weil %1</translation>
    </message>
    <message>
        <source>An override must be a quantity of 0 or more.</source>
        <translation>Eine Korrektur muss eine Menge von 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>The override could not be read: %1</source>
        <translation>Die Korrektur konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remove override of %1</source>
        <translation>Korrektur von %1 entfernen</translation>
    </message>
    <message>
        <source>Comment on override of %1</source>
        <translation>Kommentar zur Korrektur von %1</translation>
    </message>
    <message>
        <source>Override %1 with %2</source>
        <translation>%1 auf %2 korrigieren</translation>
    </message>
    <message>
        <source>The override could not be saved: %1</source>
        <translation>Die Korrektur konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastPage</name>
    <message>
        <source>Run forecast…</source>
        <translation>Prognose starten…</translation>
    </message>
    <message>
        <source>&amp;Run forecast…</source>
        <translation>Prognose &amp;starten…</translation>
    </message>
    <message>
        <source>Forecast every item and site in the background</source>
        <translation>Jeden Artikel und Standort im Hintergrund prognostizieren</translation>
    </message>
    <message>
        <source>E&amp;xport forecasts…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this run&apos;s forecasts, overrides and intervals to a CSV file</source>
        <translation>Prognosen, Korrekturen und Intervalle dieses Laufs in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Search SKU, name, site or model</source>
        <translation>Artikelnr., Name, Standort oder Modell suchen</translation>
    </message>
    <message>
        <source>Forecast search</source>
        <translation>Prognosesuche</translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation>Bedarfsklasse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Forecast series</source>
        <translation>Prognose-Zeitreihen</translation>
    </message>
    <message>
        <source>Forecast periods</source>
        <translation>Prognoseperioden</translation>
    </message>
    <message>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Prognose &amp;&amp; Korrekturen</translation>
    </message>
    <message>
        <source>Model &amp;&amp; accuracy</source>
        <translation>Modell &amp;&amp; Genauigkeit</translation>
    </message>
    <message>
        <source>Loading forecasts</source>
        <translation>Prognosen werden geladen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>1 series</source>
        <translation>1 Zeitreihe</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 Zeitreihen</translation>
    </message>
    <message>
        <source>%1 of %2 series</source>
        <translation>%1 von %2 Zeitreihen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No forecast run yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch kein Prognoselauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3, %4 periods ahead · method %5 · %6 series</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; · %2 · %3, %4 Perioden · Methode %5 · %6 Reihen</translation>
    </message>
    <message>
        <source> · history to %1</source>
        <translation> · Historie bis %1</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Import demand history first</source>
        <translation>Importieren Sie zuerst eine Bedarfshistorie</translation>
    </message>
    <message>
        <source>This workspace is read-only (%1): overrides cannot be changed.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt (%1): Korrekturen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Type a quantity in &lt;b&gt;Override&lt;/b&gt; to replace a period&apos;s forecast, and say why in &lt;b&gt;Comment&lt;/b&gt;. Clear the cell to use the forecast again.</source>
        <translation>Geben Sie unter &lt;b&gt;Korrektur&lt;/b&gt; eine Menge ein, um die Prognose einer Periode zu ersetzen, und begründen Sie sie unter &lt;b&gt;Kommentar&lt;/b&gt;. Leeren Sie die Zelle, um wieder die Prognose zu verwenden.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No workspace is open. Open one from File → Open Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet. Öffnen Sie einen über Datei → Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Cannot read the forecasts: %1</source>
        <translation>Die Prognosen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading forecasts…</source>
        <translation>Prognosen werden geladen…</translation>
    </message>
    <message>
        <source>No forecast has been run for this workspace yet. Run one to see every item and site with its demand class, model, accuracy and forecast.</source>
        <translation>Für diesen Arbeitsbereich wurde noch keine Prognose gerechnet. Starten Sie eine, um jeden Artikel und Standort mit Bedarfsklasse, Modell, Genauigkeit und Prognose zu sehen.</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…), then run a forecast.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Bedarfshistorie. Importieren Sie Bedarf (Datei → Importieren…) und starten Sie dann eine Prognose.</translation>
    </message>
    <message>
        <source>The latest forecast run (%1) found no item and site with sales in its history.</source>
        <translation>Der letzte Prognoselauf (%1) hat keinen Artikel und Standort mit Verkäufen in der Historie gefunden.</translation>
    </message>
    <message>
        <source>This workspace has no demand history: the latest run (%1) forecast nothing.</source>
        <translation>Dieser Arbeitsbereich hat keine Bedarfshistorie: Der letzte Lauf (%1) hat nichts prognostiziert.</translation>
    </message>
    <message>
        <source>Cannot run a forecast: this workspace is read-only because %1</source>
        <translation>Prognose nicht möglich: Dieser Arbeitsbereich ist schreibgeschützt, weil %1</translation>
    </message>
    <message>
        <source>A forecast run is already under way.</source>
        <translation>Es läuft bereits ein Prognoselauf.</translation>
    </message>
    <message>
        <source>Cannot run the forecast: %1</source>
        <translation>Die Prognose kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation>Prognose läuft</translation>
    </message>
    <message>
        <source>Forecast run %1 stored: %2 series in %3 s.</source>
        <translation>Prognoselauf %1 gespeichert: %2 Zeitreihen in %3 s.</translation>
    </message>
    <message>
        <source>The forecast run was cancelled; nothing was stored.</source>
        <translation>Der Prognoselauf wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The forecast run failed: %1</source>
        <translation>Der Prognoselauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export forecasts</source>
        <translation>Prognosen exportieren</translation>
    </message>
    <message>
        <source>forecast-run-%1.csv</source>
        <translation>prognoselauf-%1.csv</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exporting forecasts</source>
        <translation>Prognosen werden exportiert</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot read the series back: %1</source>
        <translation>Die Zeitreihe kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Wählen Sie eine Zeile, um ihre Historie und Prognose zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the series: %1</source>
        <translation>Die Zeitreihe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The run has no forecast for this series.</source>
        <translation>Der Lauf hat keine Prognose für diese Zeitreihe.</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 · %2 @ %3</source>
        <translation>%1 · %2 @ %3</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastPeriodsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · W%2</source>
        <translation>%1 · KW%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type another quantity, or clear the cell to use the forecast again</source>
        <translation>Andere Menge eingeben oder die Zelle leeren, um wieder die Prognose zu verwenden</translation>
    </message>
    <message>
        <source>Type a quantity to replace the forecast of this period</source>
        <translation>Menge eingeben, die die Prognose dieser Periode ersetzt</translation>
    </message>
    <message>
        <source>Set an override first; the comment says why</source>
        <translation>Zuerst eine Korrektur setzen; der Kommentar begründet sie</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The statistical forecast of the run</source>
        <translation>Die statistische Prognose des Laufs</translation>
    </message>
    <message>
        <source>80% prediction interval: demand falls inside in 8 periods out of 10</source>
        <translation>80-%-Prognoseintervall: Der Bedarf liegt in 8 von 10 Perioden darin</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>95-%-Prognoseintervall</translation>
    </message>
    <message>
        <source>Your quantity, which replaces the forecast in plans</source>
        <translation>Ihre Menge, die in Plänen die Prognose ersetzt</translation>
    </message>
    <message>
        <source>What plans use: the override, else the forecast</source>
        <translation>Was Pläne verwenden: die Korrektur, sonst die Prognose</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>80%</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>95%</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastRunDialog</name>
    <message>
        <source>Run forecast</source>
        <translation>Prognose starten</translation>
    </message>
    <message>
        <source>Weeks (ISO, Monday to Sunday)</source>
        <translation>Wochen (ISO, Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>Kalendermonate</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket</source>
        <translation>Als Zeitraster des Arbeitsbereichs festlegen</translation>
    </message>
    <message>
        <source>auto (recommended)</source>
        <translation>auto (empfohlen)</translation>
    </message>
    <message>
        <source>Same as the horizon</source>
        <translation>Wie der Horizont</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Zeitraster:</translation>
    </message>
    <message>
        <source>&amp;Horizon (periods):</source>
        <translation>&amp;Horizont (Perioden):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Bac&amp;ktest periods:</source>
        <translation>Bac&amp;ktest-Perioden:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Forecasts every item and site with sales and stores the run in the workspace. Earlier runs are kept.</source>
        <translation>Prognostiziert jeden Artikel und Standort mit Verkäufen und speichert den Lauf im Arbeitsbereich. Frühere Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>By demand class: a combination of ETS, Theta and damped trend for regular demand, SBA for intermittent demand, a moving average for new and inactive items.</source>
        <translation>Nach Bedarfsklasse: eine Kombination aus ETS, Theta und gedämpftem Trend für regelmäßigen Bedarf, SBA für sporadischen Bedarf, ein gleitender Durchschnitt für neue und inaktive Artikel.</translation>
    </message>
    <message>
        <source>The best of the combination, ETS, Theta and damped trend in a rolling-origin backtest (slower).</source>
        <translation>Das Beste aus Kombination, ETS, Theta und gedämpftem Trend in einem Backtest mit rollierendem Ursprung (langsamer).</translation>
    </message>
    <message>
        <source>The equal-weight mean of ETS, Theta and damped trend.</source>
        <translation>Der gleichgewichtete Mittelwert aus ETS, Theta und gedämpftem Trend.</translation>
    </message>
    <message>
        <source>Exponential smoothing, the model chosen by AICc.</source>
        <translation>Exponentielle Glättung, Modell nach AICc gewählt.</translation>
    </message>
    <message>
        <source>The Theta method (SES with drift).</source>
        <translation>Die Theta-Methode (SES mit Drift).</translation>
    </message>
    <message>
        <source>Damped-trend exponential smoothing.</source>
        <translation>Exponentielle Glättung mit gedämpftem Trend.</translation>
    </message>
    <message>
        <source>Simple exponential smoothing: a level, no trend or season.</source>
        <translation>Einfache exponentielle Glättung: ein Niveau, kein Trend und keine Saison.</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend.</source>
        <translation>Linearer Trend nach Holt.</translation>
    </message>
    <message>
        <source>Holt-Winters with trend and season.</source>
        <translation>Holt-Winters mit Trend und Saison.</translation>
    </message>
    <message>
        <source>The last period&apos;s demand.</source>
        <translation>Der Bedarf der letzten Periode.</translation>
    </message>
    <message>
        <source>The demand of the same period a year before.</source>
        <translation>Der Bedarf derselben Periode im Vorjahr.</translation>
    </message>
    <message>
        <source>The mean of the last 6 periods.</source>
        <translation>Der Mittelwert der letzten 6 Perioden.</translation>
    </message>
    <message>
        <source>An intermittent-demand method: size and interval (or probability) of demand.</source>
        <translation>Ein Verfahren für sporadischen Bedarf: Größe und Abstand (oder Wahrscheinlichkeit) des Bedarfs.</translation>
    </message>
    <message>
        <source>Bucket: the period demand is summed into before forecasting, ISO weeks (Monday to Sunday) or calendar months. Every quantity of the run is per bucket.</source>
        <translation>Zeitraster: die Periode, in der der Bedarf vor der Prognose summiert wird, ISO-Wochen (Montag bis Sonntag) oder Kalendermonate. Alle Mengen des Laufs gelten je Periode.</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket: stored in the workspace, so later runs and the nightly command line use it too.</source>
        <translation>Als Zeitraster des Arbeitsbereichs festlegen: wird im Arbeitsbereich gespeichert, sodass spätere Läufe und die nächtliche Kommandozeile es ebenfalls verwenden.</translation>
    </message>
    <message>
        <source>Horizon: how far ahead to forecast, from the period after the last history. Unit: periods of the bucket (weeks or months).</source>
        <translation>Horizont: wie weit im Voraus prognostiziert wird, ab der Periode nach der letzten Historie. Einheit: Perioden des Zeitrasters (Wochen oder Monate).</translation>
    </message>
    <message>
        <source>Method: the forecasting model for every item and site. auto lets the demand class decide: intermittent methods for intermittent and lumpy demand, else a combination of ETS, Theta and damped trend. Hover over a method for its description.</source>
        <translation>Methode: das Prognosemodell für alle Artikel und Standorte. auto lässt die Bedarfsklasse entscheiden: Verfahren für sporadischen Bedarf bei sporadischem und klumpigem Bedarf, sonst eine Kombination aus ETS, Theta und gedämpftem Trend. Zeigen Sie auf eine Methode, um ihre Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Backtest periods: periods held out at the end of each history to score the method (MASE, sMAPE, bias) before it is refitted on all of it. Unit: periods of the bucket.</source>
        <translation>Backtest-Perioden: Perioden, die am Ende jeder Historie zurückgehalten werden, um die Methode zu bewerten (MASE, sMAPE, Bias), bevor sie auf der gesamten Historie neu angepasst wird. Einheit: Perioden des Zeitrasters.</translation>
    </message>
    <message>
        <source>Threads: how many processor cores the run uses; results do not depend on it. Unit: threads.</source>
        <translation>Threads: wie viele Prozessorkerne der Lauf verwendet; die Ergebnisse hängen nicht davon ab. Einheit: Threads.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastTableModel</name>
    <message>
        <source>Naive (fallback)</source>
        <translation>Naiv (Rückfall)</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Saisonal naiv</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>Naiv</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) overridden by a planner</source>
        <translation>
            <numerusform>%n Periode von einem Planer korrigiert</numerusform>
            <numerusform>%n Perioden von einem Planer korrigiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistical forecast: %1</source>
        <translation>Statistische Prognose: %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>sMAPE %</source>
        <translation>sMAPE %</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächste Per.</translation>
    </message>
    <message>
        <source>Horizon total</source>
        <translation>Σ Horizont</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Demand class (Syntetos–Boylan–Croston, plus new and inactive items)</source>
        <translation>Bedarfsklasse (Syntetos–Boylan–Croston, dazu neue und inaktive Artikel)</translation>
    </message>
    <message>
        <source>Mean absolute scaled error of the hold-out backtest: below 1 beats the seasonal naive forecast</source>
        <translation>Mittlerer absoluter skalierter Fehler im Hold-out-Backtest: unter 1 schlägt die saisonal naive Prognose</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error of the hold-out backtest (0–200)</source>
        <translation>Symmetrischer mittlerer absoluter prozentualer Fehler im Hold-out-Backtest (0–200)</translation>
    </message>
    <message>
        <source>Mean of forecast − actual in the hold-out backtest: positive means over-forecasting</source>
        <translation>Mittelwert von Prognose − Ist im Hold-out-Backtest: positiv bedeutet Überprognose</translation>
    </message>
    <message>
        <source>Forecast of the first period, with overrides</source>
        <translation>Prognose der ersten Periode, mit Korrekturen</translation>
    </message>
    <message>
        <source>Total forecast over the horizon, with overrides</source>
        <translation>Gesamtprognose über den Horizont, mit Korrekturen</translation>
    </message>
    <message>
        <source>Periods a planner has overridden</source>
        <translation>Perioden, die ein Planer korrigiert hat</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::GuideLauncher</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide at the page you are on</source>
        <translation>Das Benutzerhandbuch auf der Seite, auf der Sie sich befinden</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::HelpWindow</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>StockTower user guide</source>
        <translation>StockTower-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Keeps the pages that hold every word in the contents and marks the words on the page. Enter: next match, Shift+Enter: previous.</source>
        <translation>Behält im Inhaltsverzeichnis die Seiten, die jedes Wort enthalten, und markiert die Wörter auf der Seite. Eingabe: nächster Treffer, Umschalt+Eingabe: vorheriger.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 — StockTower user guide</source>
        <translation>%1 — StockTower-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
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
    <message>
        <source>Delimiter: the character between fields. Detect reads it from the first lines (a first line sep=; is honoured).</source>
        <translation>Trennzeichen: das Zeichen zwischen den Feldern. „Erkennen“ liest es aus den ersten Zeilen (eine erste Zeile sep=; wird beachtet).</translation>
    </message>
    <message>
        <source>Decimal mark: what separates whole and fractional parts of numbers in the file; Detect finds a decimal comma in ;-separated files.</source>
        <translation>Dezimalzeichen: was in der Datei ganze Zahl und Nachkommastellen trennt; „Erkennen“ findet ein Dezimalkomma in durch ; getrennten Dateien.</translation>
    </message>
    <message>
        <source>Encoding: how the file&apos;s characters are stored. Detect takes UTF-8 (with or without byte order mark) and falls back to Windows-1252.</source>
        <translation>Kodierung: wie die Zeichen der Datei gespeichert sind. „Erkennen“ nimmt UTF-8 (mit oder ohne Byte Order Mark) an und weicht sonst auf Windows-1252 aus.</translation>
    </message>
    <message>
        <source>Date format: how dates are written in the file. Detect refuses a column whose dates fit both DD/MM and MM/DD: choose one then.</source>
        <translation>Datumsformat: wie Datumsangaben in der Datei geschrieben sind. „Erkennen“ lehnt eine Spalte ab, deren Daten sowohl zu DD/MM als auch zu MM/DD passen: Wählen Sie dann eines aus.</translation>
    </message>
    <message>
        <source>Replace: for transactions (demand, purchase orders, receipts, orders), a row whose key is already in the workspace replaces the stored one; off, it is skipped.</source>
        <translation>Ersetzen: Bei Bewegungsdaten (Bedarf, Bestellungen, Wareneingänge, Aufträge) ersetzt eine Zeile, deren Schlüssel bereits im Arbeitsbereich vorhanden ist, die gespeicherte; ist die Option aus, wird sie übersprungen.</translation>
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
        <source>Errors in the file: %1, warnings: %2. Nothing was written.</source>
        <translation>Fehler in der Datei: %1, Warnungen: %2. Es wurde nichts geschrieben.</translation>
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
        <translation>D&amp;urchsuchen…</translation>
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
    <message>
        <source>Record type: what the file holds. Master data (sites, items, item-sites, locations, on-hand) is updated by key; transactions are appended.</source>
        <translation>Datensatzart: was die Datei enthält. Stammdaten (Standorte, Artikel, Artikel-Standorte, Lagerplätze, Lagerbestände) werden per Schlüssel aktualisiert; Bewegungsdaten werden angehängt.</translation>
    </message>
    <message>
        <source>File: a CSV or text file, one record per line with a header line.</source>
        <translation>Datei: eine CSV- oder Textdatei, ein Datensatz je Zeile, mit einer Kopfzeile.</translation>
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
        <translation>WBZ (Tage)</translation>
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
        <translation>Wiederbeschaffungszeit:</translation>
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
    <name>stocktower::ui::KpiBenchmarkDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Benchmarks of %1</source>
        <translation>Benchmarks von %1</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>e.g. WERC DC Measures</source>
        <translation>z. B. WERC DC Measures</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>what exactly was measured, caveats</source>
        <translation>was genau gemessen wurde, Einschränkungen</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>The workspace is read-only: benchmarks can be read but not changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: Benchmarks können gelesen, aber nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::KpiTile</name>
    <message>
        <source>13 weeks, oldest first; dashed: the target; dot: the week shown</source>
        <translation>13 Wochen, älteste zuerst; gestrichelt: das Ziel; Punkt: die angezeigte Woche</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Kein Ziel festgelegt</translation>
    </message>
    <message>
        <source>No data this week</source>
        <translation>Keine Daten in dieser Woche</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>No value in %1</source>
        <translation>Kein Wert in %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
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
        <translation>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Bestandsplanung und Control Tower.&lt;/p&gt;&lt;p&gt;Prognosen, Bestellpolitiken und Lagerplatzvergabe aus Ihren eigenen Daten, in einer Arbeitsbereichsdatei.&lt;/p&gt;</translation>
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
    <message>
        <source>Control tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Bestellpolitik</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>The items are still loading; try again in a moment.</source>
        <translation>Die Artikel werden noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>That item is not in the item list.</source>
        <translation>Dieser Artikel ist nicht in der Artikelliste.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The new language takes effect when StockTower restarts.</source>
        <translation>Die neue Sprache wird nach einem Neustart von StockTower wirksam.</translation>
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
        <translation>Kum. Anteil (%)</translation>
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
    <name>stocktower::ui::PolicyDefaultsBar</name>
    <message>
        <source>Service target</source>
        <translation>Ziel-Servicegrad</translation>
    </message>
    <message>
        <source>Service target for class %1</source>
        <translation>Ziel-Servicegrad für Klasse %1</translation>
    </message>
    <message>
        <source>service target of class %1</source>
        <translation>Ziel-Servicegrad der Klasse %1</translation>
    </message>
    <message>
        <source>cycle service level</source>
        <translation>Alpha-Servicegrad</translation>
    </message>
    <message>
        <source>fill rate</source>
        <translation>Lieferbereitschaft (Menge)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Servicegrad-Art</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/Jahr</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Lagerkostensatz</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Lagerkosten</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>Servicegrad-Art</translation>
    </message>
    <message>
        <source>holding rate</source>
        <translation>Lagerkostensatz</translation>
    </message>
    <message>
        <source>order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <source>Service target of class %1: the default service level for class %1 item-sites, read as the service type beside it (an item-site&apos;s own value wins). Unit: % (cycle service level: % of replenishment cycles without a stock-out; fill rate: % of demanded units filled from stock).</source>
        <translation>Ziel-Servicegrad der Klasse %1: der Standard-Servicegrad für Artikel-Standorte der Klasse %1, gelesen als die daneben gewählte Servicegrad-Art (der eigene Wert eines Artikel-Standorts hat Vorrang). Einheit: % (Alpha-Servicegrad: % der Wiederbeschaffungszyklen ohne Fehlbestand; Lieferbereitschaft (Menge): % der nachgefragten Menge, die ab Lager geliefert wird).</translation>
    </message>
    <message>
        <source>Service type: what the targets mean. Cycle service level: probability of no stock-out in a replenishment cycle (unit: % of cycles). Fill rate: share of demanded units filled from stock (unit: % of units).</source>
        <translation>Servicegrad-Art: was die Ziele bedeuten. Alpha-Servicegrad: Wahrscheinlichkeit, dass in einem Wiederbeschaffungszyklus kein Fehlbestand auftritt (Einheit: % der Zyklen). Lieferbereitschaft (Menge): Anteil der nachgefragten Menge, die ab Lager geliefert wird (Einheit: % der Menge).</translation>
    </message>
    <message>
        <source>Holding rate: the yearly cost of keeping one unit in stock (capital, storage, shrinkage) as a share of its unit cost. Unit: % of unit cost per year.</source>
        <translation>Lagerkostensatz: die jährlichen Kosten, eine Einheit auf Lager zu halten (Kapital, Lagerung, Schwund), als Anteil ihrer Stückkosten. Einheit: % der Stückkosten pro Jahr.</translation>
    </message>
    <message>
        <source>Order cost: the fixed cost of placing one purchase order (buying, receiving, invoice), whatever its quantity; used by the EOQ. Unit: currency per order.</source>
        <translation>Bestellkosten: die fixen Kosten einer Bestellung (Einkauf, Wareneingang, Rechnung), unabhängig von ihrer Menge; wird für die optimale Bestellmenge (EOQ) verwendet. Einheit: Währung je Bestellung.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyPage</name>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Proposals only</source>
        <translation>Nur &amp;Vorschläge</translation>
    </message>
    <message>
        <source>Recompute the policy of every item-site with the current defaults</source>
        <translation>Die Bestellpolitik jedes Artikel-Standorts mit den aktuellen Standardwerten neu berechnen</translation>
    </message>
    <message>
        <source>Filter by SKU or site</source>
        <translation>Artikelnr./Standort filtern</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>Bestellpolitik-Filter</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Only item-sites whose projected stock is at or below the reorder point today</source>
        <translation>Nur Artikel-Standorte, deren disponibler Bestand heute am oder unter dem Meldebestand liegt</translation>
    </message>
    <message>
        <source>Item-site policies</source>
        <translation>Bestellpolitiken der Artikel-Standorte</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>Wie die Zahlen entstehen</translation>
    </message>
    <message>
        <source>Select a row to see how its numbers were computed.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, wie ihre Zahlen berechnet wurden.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>Open a workspace to see its stock policies.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Bestellpolitiken zu sehen.</translation>
    </message>
    <message>
        <source>The policies are computed when you open this page.</source>
        <translation>Die Bestellpolitiken werden berechnet, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <source>The workspace is read-only: defaults cannot be changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: Standardwerte können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Policy defaults</source>
        <translation>Standardwerte der Bestellpolitik</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>The defaults could not be saved: %1</source>
        <translation>Die Standardwerte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Computing stock policies</source>
        <translation>Bestellpolitiken werden berechnet</translation>
    </message>
    <message>
        <source>No item-site has demand, parameters or stock yet. Import items and demand (File → Import…) to compute policies.</source>
        <translation>Noch kein Artikel-Standort hat Bedarf, Parameter oder Bestand. Importieren Sie Artikel und Bedarf (Datei → Importieren…), um Bestellpolitiken zu berechnen.</translation>
    </message>
    <message>
        <source>The policy run failed: %1</source>
        <translation>Die Berechnung der Bestellpolitiken ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Computing the stock policies…</source>
        <translation>Die Bestellpolitiken werden berechnet…</translation>
    </message>
    <message>
        <source>The inputs of this row are no longer at hand; recompute to explain it.</source>
        <translation>Die Eingaben dieser Zeile liegen nicht mehr vor; berechnen Sie neu, um sie zu erklären.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>No explanation is available for this row.</source>
        <translation>Für diese Zeile ist keine Erklärung verfügbar.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>Die Erklärung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 Artikel-Standorte</translation>
    </message>
    <message>
        <source>%1 of %2 item-sites</source>
        <translation>%1 von %2 Artikel-Standorten</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Investment &lt;b&gt;%1&lt;/b&gt; (safety %2, cycle %3)</source>
        <translation>Kapitalbindung &lt;b&gt;%1&lt;/b&gt; (Sicherheitsbestand %2, Losgrößenbestand %3)</translation>
    </message>
    <message>
        <source>fill rate &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lieferbereitschaft &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSL %1</source>
        <translation>Alpha-Servicegrad %1</translation>
    </message>
    <message>
        <source>cost %1/yr</source>
        <translation>Kosten %1/Jahr</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposals worth %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Vorschläge im Wert von %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 not computed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 nicht berechnet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>demand from forecast run %1</source>
        <translation>Bedarf aus Prognoselauf %1</translation>
    </message>
    <message>
        <source>demand from history</source>
        <translation>Bedarf aus der Historie</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;wird neu berechnet…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the policies</source>
        <translation>Bestellpolitiken werden exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export the policies</source>
        <translation>Bestellpolitiken exportieren</translation>
    </message>
    <message>
        <source>%1, today %2</source>
        <translation>%1, heute %2</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyTableModel</name>
    <message>
        <source>fill</source>
        <translation>β</translation>
    </message>
    <message>
        <source>CSL</source>
        <translation>α</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1, Ziel %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>SiBe</translation>
    </message>
    <message>
        <source>Reorder pt</source>
        <translation>Meldebest.</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Losgröße</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Disponibel</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when StockTower restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von StockTower wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
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
    <name>stocktower::ui::SaveDialogs</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioChangesEditor</name>
    <message>
        <source>&amp;Add change</source>
        <translation>Änderung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
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
        <source>Scenario changes</source>
        <translation>Szenario-Änderungen</translation>
    </message>
    <message>
        <source>Scope: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NAME&lt;/i&gt;, &lt;i&gt;category:NAME&lt;/i&gt; or &lt;i&gt;item:SKU&lt;/i&gt;. Later rows win.</source>
        <translation>Geltungsbereich: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NAME&lt;/i&gt;, &lt;i&gt;category:NAME&lt;/i&gt; oder &lt;i&gt;item:SKU&lt;/i&gt;. Spätere Zeilen haben Vorrang.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>service: the service target for the scope, read as the service type (cycle service level or fill rate). Unit: a fraction strictly between 0 and 1 (0.98 = 98 %).</source>
        <translation>service: der Ziel-Servicegrad für den Geltungsbereich, gelesen als die Servicegrad-Art (Alpha-Servicegrad oder Lieferbereitschaft). Einheit: ein Anteil größer als 0 und kleiner als 1 (0.98 = 98 %).</translation>
    </message>
    <message>
        <source>service-type: what the target means. csl = cycle service level (share of replenishment cycles without a stock-out); fill-rate = share of demanded units filled from stock. No unit.</source>
        <translation>service-type: was das Ziel bedeutet. csl = Alpha-Servicegrad (Anteil der Wiederbeschaffungszyklen ohne Fehlbestand); fill-rate = Anteil der nachgefragten Menge, die ab Lager geliefert wird. Keine Einheit.</translation>
    </message>
    <message>
        <source>lead-time-factor: multiplies the lead time (after lead-time, when both are given). Unit: a factor greater than 0 (1.2 = 20 % longer).</source>
        <translation>lead-time-factor: multipliziert die Wiederbeschaffungszeit (nach lead-time, wenn beide angegeben sind). Einheit: ein Faktor größer als 0 (1.2 = 20 % länger).</translation>
    </message>
    <message>
        <source>lead-time: replaces the supplier lead time, from order to receipt. Unit: days, greater than 0.</source>
        <translation>lead-time: ersetzt die Wiederbeschaffungszeit des Lieferanten, von der Bestellung bis zum Wareneingang. Einheit: Tage, größer als 0.</translation>
    </message>
    <message>
        <source>lead-time-sd: the standard deviation of the lead time. Unit: days, 0 or more.</source>
        <translation>lead-time-sd: die Standardabweichung der Wiederbeschaffungszeit. Einheit: Tage, 0 oder mehr.</translation>
    </message>
    <message>
        <source>demand-factor: scales the demand level; its standard deviation scales with it, keeping the coefficient of variation. Unit: a factor greater than 0 (1.1 = 10 % more demand).</source>
        <translation>demand-factor: skaliert das Bedarfsniveau; seine Standardabweichung skaliert mit, der Variationskoeffizient bleibt gleich. Einheit: ein Faktor größer als 0 (1.1 = 10 % mehr Bedarf).</translation>
    </message>
    <message>
        <source>error-factor: scales the standard deviation of the forecast error alone (better or worse forecasts). Unit: a factor greater than 0 (0.8 = 20 % smaller error).</source>
        <translation>error-factor: skaliert nur die Standardabweichung des Prognosefehlers (bessere oder schlechtere Prognosen). Einheit: ein Faktor größer als 0 (0.8 = 20 % kleinerer Fehler).</translation>
    </message>
    <message>
        <source>review-period: the time between reviews of stock; 0 = continuous review, (s,Q); more = periodic review, (R,S). Unit: days, 0 or more.</source>
        <translation>review-period: die Zeit zwischen zwei Bestandsüberprüfungen; 0 = kontinuierliche Überprüfung, (s,Q); mehr = periodische Überprüfung, (R,S). Einheit: Tage, 0 oder mehr.</translation>
    </message>
    <message>
        <source>holding-rate: the yearly cost of keeping one unit in stock as a share of its unit cost. Unit: a fraction per year (0.25 = 25 %/yr).</source>
        <translation>holding-rate: die jährlichen Kosten, eine Einheit auf Lager zu halten, als Anteil ihrer Stückkosten. Einheit: ein Anteil pro Jahr (0.25 = 25 %/Jahr).</translation>
    </message>
    <message>
        <source>order-cost: the fixed cost of placing one purchase order, used by the EOQ. Unit: currency per order.</source>
        <translation>order-cost: die fixen Kosten einer Bestellung, verwendet für die optimale Bestellmenge (EOQ). Einheit: Währung je Bestellung.</translation>
    </message>
    <message>
        <source>Scope: which item-sites the change applies to: all, abc:A, xyz:Z, site:CODE, supplier:NAME, category:NAME or item:SKU. Blank means all.</source>
        <translation>Geltungsbereich: für welche Artikel-Standorte die Änderung gilt: all, abc:A, xyz:Z, site:CODE, supplier:NAME, category:NAME oder item:SKU. Leer bedeutet all.</translation>
    </message>
    <message>
        <source>Parameter: what the change sets; hover over a parameter in the list for its meaning and unit.</source>
        <translation>Parameter: was die Änderung setzt; zeigen Sie in der Liste auf einen Parameter, um Bedeutung und Einheit zu sehen.</translation>
    </message>
    <message>
        <source>Value: the new value, in the parameter&apos;s unit (fractions for service and holding rate, days for lead times and the review period, factors for the *-factor parameters, currency for the order cost).</source>
        <translation>Wert: der neue Wert in der Einheit des Parameters (Anteile für service und holding-rate, Tage für Wiederbeschaffungszeiten und das Überprüfungsintervall, Faktoren für die *-factor-Parameter, Währung für order-cost).</translation>
    </message>
    <message>
        <source>Problem: why the row cannot be saved, if it cannot.</source>
        <translation>Problem: warum die Zeile nicht gespeichert werden kann, falls sie es nicht kann.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioComparisonModel</name>
    <message>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <source>Worse than the base</source>
        <translation>Schlechter als die Basis</translation>
    </message>
    <message>
        <source>Not computed yet: recompute this scenario</source>
        <translation>Noch nicht berechnet: Berechnen Sie dieses Szenario neu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1 − base</source>
        <translation>%1 − Basis</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Berechnet %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>Safety stock value: the sum over item-sites of safety stock × unit cost. Unit: currency.</source>
        <translation>Wert Sicherheitsbestand: Summe über die Artikel-Standorte von Sicherheitsbestand × Stückkosten. Einheit: Währung.</translation>
    </message>
    <message>
        <source>Cycle stock value: the sum over item-sites of half the order quantity × unit cost, the average stock between receipts. Unit: currency.</source>
        <translation>Wert Losgrößenbestand: Summe über die Artikel-Standorte von halber Bestellmenge × Stückkosten, der durchschnittliche Bestand zwischen Wareneingängen. Einheit: Währung.</translation>
    </message>
    <message>
        <source>Inventory investment: safety stock value + cycle stock value, the average stock at cost. Unit: currency.</source>
        <translation>Kapitalbindung: Wert Sicherheitsbestand + Wert Losgrößenbestand, der durchschnittliche Bestand zu Kosten. Einheit: Währung.</translation>
    </message>
    <message>
        <source>Expected CSL: the cycle service level the policies promise (probability of no stock-out in a replenishment cycle), weighted by each item-site&apos;s demand. Unit: %.</source>
        <translation>Erwarteter Alpha-Servicegrad: der Alpha-Servicegrad, den die Bestellpolitiken zusagen (Wahrscheinlichkeit, dass in einem Wiederbeschaffungszyklus kein Fehlbestand auftritt), gewichtet mit dem Bedarf jedes Artikel-Standorts. Einheit: %.</translation>
    </message>
    <message>
        <source>Expected fill rate: the share of demanded units the policies are expected to fill from stock, weighted by each item-site&apos;s demand. Unit: % of units.</source>
        <translation>Erwartete Lieferbereitschaft: der Anteil der nachgefragten Menge, den die Bestellpolitiken voraussichtlich ab Lager liefern, gewichtet mit dem Bedarf jedes Artikel-Standorts. Einheit: % der Menge.</translation>
    </message>
    <message>
        <source>Expected stockout units: units short per cycle × cycles per year, summed over item-sites. Unit: units per year.</source>
        <translation>Erwartete Fehlmengen: fehlende Menge je Zyklus × Zyklen pro Jahr, summiert über die Artikel-Standorte. Einheit: Einheiten pro Jahr.</translation>
    </message>
    <message>
        <source>Holding cost: holding rate × unit cost × average stock (safety stock + half the order quantity), summed. Unit: currency per year.</source>
        <translation>Lagerkosten: Lagerkostensatz × Stückkosten × durchschnittlicher Bestand (Sicherheitsbestand + halbe Bestellmenge), summiert. Einheit: Währung pro Jahr.</translation>
    </message>
    <message>
        <source>Ordering cost: order cost × orders a year (annual demand ÷ order quantity), summed. Unit: currency per year.</source>
        <translation>Bestellkosten: Kosten je Bestellung × Bestellungen pro Jahr (Jahresbedarf ÷ Bestellmenge), summiert. Einheit: Währung pro Jahr.</translation>
    </message>
    <message>
        <source>Total cost: holding cost + ordering cost. Unit: currency per year.</source>
        <translation>Gesamtkosten: Lagerkosten + Bestellkosten. Einheit: Währung pro Jahr.</translation>
    </message>
    <message>
        <source>Turns: annual demand at cost ÷ inventory investment. Unit: turns per year.</source>
        <translation>Umschlag: Jahresbedarf zu Kosten ÷ Kapitalbindung. Einheit: Umschläge pro Jahr.</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites the scenario computed. Unit: item-sites.</source>
        <translation>Artikel-Standorte: wie viele Artikel-Standorte das Szenario berechnet hat. Einheit: Artikel-Standorte.</translation>
    </message>
    <message>
        <source>Item-sites not computed: item-sites whose inputs were missing or invalid (see the Policy page). Unit: item-sites.</source>
        <translation>Nicht berechnete Artikel-Standorte: Artikel-Standorte, deren Eingaben fehlten oder ungültig waren (siehe die Seite Bestellpolitik). Einheit: Artikel-Standorte.</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Wert des Sicherheitsbestands</translation>
    </message>
    <message>
        <source>Cycle stock value</source>
        <translation>Wert des Zyklusbestands</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Kapitalbindung im Bestand</translation>
    </message>
    <message>
        <source>Expected CSL (demand-weighted)</source>
        <translation>Erwarteter Alpha-Servicegrad (nach Bedarf gewichtet)</translation>
    </message>
    <message>
        <source>Expected fill rate (demand-weighted)</source>
        <translation>Erwarteter Beta-Servicegrad (nach Bedarf gewichtet)</translation>
    </message>
    <message>
        <source>Expected stockout units per year</source>
        <translation>Erwartete Fehlmengen je Jahr</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Lagerhaltungskosten je Jahr</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Bestellkosten je Jahr</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Gesamtkosten je Jahr</translation>
    </message>
    <message>
        <source>Turns per year</source>
        <translation>Umschläge je Jahr</translation>
    </message>
    <message>
        <source>Item-sites</source>
        <translation>Artikel-Standorte</translation>
    </message>
    <message>
        <source>Item-sites not computed</source>
        <translation>Nicht berechnete Artikel-Standorte</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Promote to base…</source>
        <translation>Als &amp;Basis übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>Neu be&amp;rechnen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;int / PDF…</source>
        <translation>Druc&amp;ken / PDF…</translation>
    </message>
    <message>
        <source>Compute &amp;trade-off</source>
        <translation>&amp;Trade-off berechnen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Tick scenarios to compare them with the base</source>
        <translation>Szenarien ankreuzen, um sie mit der Basis zu vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Szenarien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recompute the current scenario&apos;s policies in the background</source>
        <translation>Die Bestellpolitiken des aktuellen Szenarios im Hintergrund neu berechnen</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>Δ = scenario − base; red: worse service than the base</source>
        <translation>Δ = Szenario − Basis; rot: schlechterer Service als die Basis</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Trade-off</translation>
    </message>
    <message>
        <source>Simulation check</source>
        <translation>Simulationsprüfung</translation>
    </message>
    <message>
        <source>Open a workspace to plan what-if scenarios.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Was-wäre-wenn-Szenarien zu planen.</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>Die Trade-off-Kurve wird auf Anforderung berechnet.</translation>
    </message>
    <message>
        <source>base (current parameters)</source>
        <translation>Basis (aktuelle Parameter)</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Berechnet %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>berechnet %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;not computed yet&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;noch nicht berechnet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;base&lt;/b&gt; — the workspace parameters (promoted changes); %1</source>
        <translation>&lt;b&gt;Basis&lt;/b&gt; — die Parameter des Arbeitsbereichs (übernommene Änderungen); %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts without changes):</source>
        <translation>Name des neuen Szenarios (es beginnt ohne Änderungen):</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Name der Kopie von %1:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the scenario &lt;b&gt;%1&lt;/b&gt; with its changes and results? This cannot be undone.</source>
        <translation>Das Szenario &lt;b&gt;%1&lt;/b&gt; mit seinen Änderungen und Ergebnissen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Promote scenario</source>
        <translation>Szenario als Basis übernehmen</translation>
    </message>
    <message>
        <source>Make the parameters of &lt;b&gt;%1&lt;/b&gt; the new base? Every page computes from the base afterwards; the scenario itself stays.</source>
        <translation>Die Parameter von &lt;b&gt;%1&lt;/b&gt; zur neuen Basis machen? Alle Seiten rechnen danach mit der Basis; das Szenario selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Scenario changes</source>
        <translation>Szenario-Änderungen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Recomputing scenario %1</source>
        <translation>Szenario %1 wird neu berechnet</translation>
    </message>
    <message>
        <source>Recompute failed</source>
        <translation>Neuberechnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Computing the trade-off curve</source>
        <translation>Trade-off-Kurve wird berechnet</translation>
    </message>
    <message>
        <source>Computing the trade-off curve…</source>
        <translation>Die Trade-off-Kurve wird berechnet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The trade-off failed: %1</source>
        <translation>Der Trade-off ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <source>Print the scenario comparison</source>
        <translation>Den Szenariovergleich drucken</translation>
    </message>
    <message>
        <source>Scenario comparison — %1</source>
        <translation>Szenariovergleich — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>&amp;Benchmarks…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-Woche</translation>
    </message>
    <message>
        <source>Compute the scorecard again</source>
        <translation>Scorecard neu berechnen</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Berechnung anhalten; die Anzeige bleibt</translation>
    </message>
    <message>
        <source>Benchmark values of the selected KPI, with their source and year</source>
        <translation>Benchmark-Werte der gewählten Kennzahl mit Quelle und Jahr</translation>
    </message>
    <message>
        <source>Weekly &amp;report</source>
        <translation>Wochenberich&amp;t</translation>
    </message>
    <message>
        <source>The one-page weekly KPI report of this site and week: print preview, print or PDF</source>
        <translation>Der einseitige wöchentliche Kennzahlenbericht dieses Standorts und dieser Woche: Druckvorschau, Drucken oder PDF</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Kennzahlen-Scorecard</translation>
    </message>
    <message>
        <source>KPI details</source>
        <translation>Kennzahl-Details</translation>
    </message>
    <message>
        <source>Select a KPI to see its formula, data, sample and benchmarks.</source>
        <translation>Wählen Sie eine Kennzahl, um Formel, Daten, Stichprobe und Benchmarks zu sehen.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the scorecard needs the KPI tables.</source>
        <translation>Dieser Arbeitsbereich stammt aus der Zeit vor den Kennzahlen (Format %1) und ist schreibgeschützt geöffnet. Öffnen Sie ihn einmal mit Schreibzugriff, um ihn zu aktualisieren; die Scorecard braucht die Kennzahlentabellen.</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPI scorecard.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Kennzahlen-Scorecard zu sehen.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites and orders (File → Import…) to see their KPIs.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Standorte. Importieren Sie Standorte und Aufträge (Datei → Importieren…), um ihre Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>The scorecard is computed when you open this page.</source>
        <translation>Die Scorecard wird berechnet, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (laufend)</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Computing the KPI scorecard of %1</source>
        <translation>Kennzahlen-Scorecard von %1 wird berechnet</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 von %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the scorecard.</source>
        <translation>Abgebrochen. Klicken Sie auf „Aktualisieren“, um die Scorecard zu berechnen.</translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation>Die Scorecard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Computing the scorecard of %1 for %2…</source>
        <translation>Scorecard von %1 für %2 wird berechnet…</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Woche &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, order cut-off %2</source>
        <translation>%1, Annahmeschluss %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed and stored</source>
        <translation>
            <numerusform>%n Woche berechnet und gespeichert</numerusform>
            <numerusform>%n Wochen berechnet und gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed in memory (read-only workspace)</source>
        <translation>
            <numerusform>%n Woche im Speicher berechnet (schreibgeschützter Arbeitsbereich)</numerusform>
            <numerusform>%n Wochen im Speicher berechnet (schreibgeschützter Arbeitsbereich)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only workspace: targets, tolerances, owners, comments and benchmarks cannot be changed.</source>
        <translation>Schreibgeschützter Arbeitsbereich: Ziele, Toleranzen, Zuständige, Kommentare und Benchmarks können nicht geändert werden.</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;wird neu berechnet…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 days: %2 (%3 %)</source>
        <translation>%1 Tage: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Stock by age (FIFO receipt layers):</source>
        <translation>Bestand nach Alter (FIFO-Zugangsschichten):</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>%1 %2 this week (minimum %3)</source>
        <translation>%1 %2 in dieser Woche (Minimum %3)</translation>
    </message>
    <message>
        <source>; %1 of %2</source>
        <translation>; %1 von %2</translation>
    </message>
    <message>
        <source>Data needed:</source>
        <translation>Benötigte Daten:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Why n/a:</source>
        <translation>Warum n. v.:</translation>
    </message>
    <message>
        <source>set for %1</source>
        <translation>festgelegt für %1</translation>
    </message>
    <message>
        <source>workspace default</source>
        <translation>Standard des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>%1 (%2), amber band %3, hysteresis %4</source>
        <translation>%1 (%2), Gelbbereich %3, Hysterese %4</translation>
    </message>
    <message>
        <source>none, so the KPI is not rated</source>
        <translation>keins, daher wird die Kennzahl nicht bewertet</translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation>Benchmarks:</translation>
    </message>
    <message>
        <source>none (double-click the Benchmark cell to add one)</source>
        <translation>keine (Doppelklick auf die Benchmark-Zelle fügt einen hinzu)</translation>
    </message>
    <message>
        <source>&amp;Reset to the workspace default target</source>
        <translation>Auf das Standardziel des Arbeitsbereichs &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drop this site&apos;s own target, band, hysteresis and owner</source>
        <translation>Eigenes Ziel, Band, Hysterese und Zuständigkeit dieses Standorts verwerfen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This workspace is read-only, so KPI targets, tolerances, owners, comments and benchmarks cannot be changed. It is read-only because %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt, daher können Kennzahlziele, Toleranzen, Zuständige, Kommentare und Benchmarks nicht geändert werden. Er ist schreibgeschützt, weil %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Enter the target of %1 in percent, from 0 to 100 (or leave it blank: not rated).</source>
        <translation>Geben Sie das Ziel von %1 in Prozent ein, von 0 bis 100 (oder lassen Sie es leer: nicht bewertet).</translation>
    </message>
    <message>
        <source>Enter the target of %1 as a number of zero or more (or leave it blank: not rated).</source>
        <translation>Geben Sie das Ziel von %1 als Zahl von null oder mehr ein (oder lassen Sie es leer: nicht bewertet).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Enter the amber band of %1 as a number of zero or more%2.</source>
        <translation>Geben Sie den Gelbbereich von %1 als Zahl von null oder mehr ein%2.</translation>
    </message>
    <message>
        <source>Enter the hysteresis of %1 as a number of zero or more%2.</source>
        <translation>Geben Sie die Hysterese von %1 als Zahl von null oder mehr ein%2.</translation>
    </message>
    <message>
        <source>, in percentage points</source>
        <translation>, in Prozentpunkten</translation>
    </message>
    <message>
        <source>amber band</source>
        <translation>Gelbbereich</translation>
    </message>
    <message>
        <source>hysteresis</source>
        <translation>Hysterese</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Wählen Sie zuerst einen Standort.</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>Die Ziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tolerances must be numbers of zero or more.</source>
        <translation>Toleranzen müssen Zahlen von null oder mehr sein.</translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Reset the target of %1</source>
        <translation>Ziel von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Choose a site and week first.</source>
        <translation>Wählen Sie zuerst Standort und Woche.</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Die Kommentare konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Comment on %1 for %2</source>
        <translation>Kommentar zu %1 für %2</translation>
    </message>
    <message>
        <source>A benchmark needs a level (such as “best in class” or “median”) and a source.</source>
        <translation>Ein Benchmark braucht eine Stufe (etwa „Spitzenwert“ oder „Median“) und eine Quelle.</translation>
    </message>
    <message>
        <source>A benchmark value must be a number of zero or more.</source>
        <translation>Ein Benchmark-Wert muss eine Zahl von null oder mehr sein.</translation>
    </message>
    <message>
        <source>The year of a benchmark must be between 1900 and 2100, or not given.</source>
        <translation>Das Jahr eines Benchmarks muss zwischen 1900 und 2100 liegen oder leer bleiben.</translation>
    </message>
    <message>
        <source>%1 already has a “%2” benchmark from “%3”. Change that one instead.</source>
        <translation>%1 hat bereits einen Benchmark „%2“ aus „%3“. Ändern Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>That benchmark no longer exists.</source>
        <translation>Dieser Benchmark existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Change a benchmark of %1</source>
        <translation>Benchmark von %1 ändern</translation>
    </message>
    <message>
        <source>Add a benchmark to %1</source>
        <translation>Benchmark zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>The benchmarks could not be read: %1</source>
        <translation>Die Benchmarks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remove a benchmark of %1</source>
        <translation>Benchmark von %1 entfernen</translation>
    </message>
    <message>
        <source>Select a KPI in the table first.</source>
        <translation>Wählen Sie zuerst eine Kennzahl in der Tabelle.</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardTableModel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>The site&apos;s own target.</source>
        <translation>Das eigene Ziel des Standorts.</translation>
    </message>
    <message>
        <source>The workspace default target.</source>
        <translation>Das Standardziel des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Blank means not rated.</source>
        <translation>Leer bedeutet: nicht bewertet.</translation>
    </message>
    <message>
        <source>How far on the wrong side of the target is still amber (%1).</source>
        <translation>Wie weit auf der falschen Seite des Ziels noch gelb gilt (%1).</translation>
    </message>
    <message>
        <source>How far past a band edge a value must go before the status changes.</source>
        <translation>Wie weit ein Wert eine Bandgrenze überschreiten muss, bevor sich der Status ändert.</translation>
    </message>
    <message>
        <source>Needs both weeks.</source>
        <translation>Braucht beide Wochen.</translation>
    </message>
    <message>
        <source>Better than or as good as last week (%1)</source>
        <translation>Besser als oder so gut wie letzte Woche (%1)</translation>
    </message>
    <message>
        <source>Worse than last week (%1)</source>
        <translation>Schlechter als letzte Woche (%1)</translation>
    </message>
    <message>
        <source>13 weeks, oldest first; the dashed line is the target, the dot this week.</source>
        <translation>13 Wochen, älteste zuerst; die gestrichelte Linie ist das Ziel, der Punkt diese Woche.</translation>
    </message>
    <message>
        <source>No benchmark. Double-click to add one.</source>
        <translation>Kein Benchmark. Doppelklicken, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>This week&apos;s comment.</source>
        <translation>Kommentar dieser Woche.</translation>
    </message>
    <message>
        <source>Standing comment on the target: %1</source>
        <translation>Dauerkommentar zum Ziel: %1</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Sample this week: %1 %2 (minimum %3)</source>
        <translation>Stichprobe dieser Woche: %1 %2 (Minimum %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Not rated: no target is set.</source>
        <translation>Nicht bewertet: Es ist kein Ziel festgelegt.</translation>
    </message>
    <message>
        <source>● green at or above %1, ◆ amber down to %2, ■ red below</source>
        <translation>● grün ab %1, ◆ gelb bis %2, ■ rot darunter</translation>
    </message>
    <message>
        <source>● green at or below %1, ◆ amber up to %2, ■ red above</source>
        <translation>● grün bis %1, ◆ gelb bis %2, ■ rot darüber</translation>
    </message>
    <message>
        <source>A status changes only when the value passes a band edge by %1.</source>
        <translation>Ein Status ändert sich erst, wenn der Wert eine Bandgrenze um %1 überschreitet.</translation>
    </message>
    <message>
        <source>Last week: %1 %2</source>
        <translation>Letzte Woche: %1 %2</translation>
    </message>
    <message>
        <source>13 weeks ending with this week, on one scale with the target (dashed)</source>
        <translation>13 Wochen bis einschließlich dieser Woche, auf einer Skala mit dem Ziel (gestrichelt)</translation>
    </message>
    <message>
        <source>● green target met, ◆ amber within the band, ■ red beyond, – not rated</source>
        <translation>● grün Ziel erreicht, ◆ gelb innerhalb des Bands, ■ rot darüber hinaus, – nicht bewertet</translation>
    </message>
    <message>
        <source>Published benchmark values; double-click to edit them</source>
        <translation>Veröffentlichte Benchmark-Werte; Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>This week&apos;s comment (the target&apos;s standing comment in italics)</source>
        <translation>Kommentar dieser Woche (der Dauerkommentar zum Ziel kursiv)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amber
band</source>
        <translation>Gelb-
bereich</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Hysterese</translation>
    </message>
    <message>
        <source>This
week</source>
        <translation>Diese
Woche</translation>
    </message>
    <message>
        <source>Last
week</source>
        <translation>Vor-
woche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>13 weeks</source>
        <translation>13 Wochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>KPI: the measure, grouped by area; ▲ higher is better, ▼ lower is better. Hover over a KPI for its definition and unit.</source>
        <translation>Kennzahl: die Messgröße, gruppiert nach Bereich; ▲ höher ist besser, ▼ niedriger ist besser. Zeigen Sie auf eine Kennzahl, um Definition und Einheit zu sehen.</translation>
    </message>
    <message>
        <source>Unit: what the KPI is measured in; ratios show as % of what they count.</source>
        <translation>Einheit: worin die Kennzahl gemessen wird; Quoten werden als % dessen angezeigt, was sie zählen.</translation>
    </message>
    <message>
        <source>Target: the value a KPI is judged against, in its unit; the site&apos;s own or the workspace default. Double-click to edit.</source>
        <translation>Ziel: der Wert, an dem eine Kennzahl gemessen wird, in ihrer Einheit; das eigene Ziel des Standorts oder der Standard des Arbeitsbereichs. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <source>This week: the KPI over the ISO week shown (Monday to Sunday, site time), in its unit; n/a below the minimum sample.</source>
        <translation>Diese Woche: die Kennzahl über die angezeigte ISO-Woche (Montag bis Sonntag, Ortszeit des Standorts), in ihrer Einheit; k. A. unterhalb der Mindeststichprobe.</translation>
    </message>
    <message>
        <source>Last week: the KPI over the ISO week before, in its unit.</source>
        <translation>Vorwoche: die Kennzahl über die vorherige ISO-Woche, in ihrer Einheit.</translation>
    </message>
    <message>
        <source>Owner: who answers for the KPI at this site.</source>
        <translation>Zuständig: wer für die Kennzahl an diesem Standort verantwortlich ist.</translation>
    </message>
    <message>
        <source>Amber band: how far on the wrong side of the target is still amber. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Gelbbereich: wie weit auf der falschen Seite des Ziels noch gelb gilt. Einheit: Prozentpunkte bei Quoten, sonst die Einheit der Kennzahl.</translation>
    </message>
    <message>
        <source>Hysteresis: the margin past a band edge before the status changes, so that it does not flicker. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Hysterese: wie weit ein Wert eine Bandgrenze überschreiten muss, bevor sich der Status ändert, damit er nicht flackert. Einheit: Prozentpunkte bei Quoten, sonst die Einheit der Kennzahl.</translation>
    </message>
    <message>
        <source>Change: this week minus last week. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Änderung: diese Woche minus Vorwoche. Einheit: Prozentpunkte bei Quoten, sonst die Einheit der Kennzahl.</translation>
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
        <source>&amp;Closed ISO weeks:</source>
        <translation>&amp;Geschlossene ISO-Wochen:</translation>
    </message>
    <message>
        <source>e.g. 52, 53, 1</source>
        <translation>z. B. 52, 53, 1</translation>
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
    <message>
        <source>Counts a year of class %1: how often each class %1 item-site is counted, spread evenly over the working weeks (0: not counted). Unit: counts per year.</source>
        <translation>Zählungen pro Jahr für Klasse %1: wie oft jeder Artikel-Standort der Klasse %1 gezählt wird, gleichmäßig über die Arbeitswochen verteilt (0: nicht gezählt). Einheit: Zählungen pro Jahr.</translation>
    </message>
    <message>
        <source>First week: the plan runs 52 weeks from the Monday on or after this day (counting weeks start on Mondays). Unit: a date.</source>
        <translation>Erste Woche: Der Plan läuft 52 Wochen ab dem Montag an oder nach diesem Tag (Zählwochen beginnen montags). Einheit: ein Datum.</translation>
    </message>
    <message>
        <source>Closed ISO weeks: weeks without counting (stocktaking, holidays); their counts go to the other weeks. Unit: ISO week numbers 1–53, separated by commas.</source>
        <translation>Geschlossene ISO-Wochen: Wochen ohne Zählungen (Inventur, Feiertage); ihre Zählungen werden auf die anderen Wochen verteilt. Einheit: ISO-Wochennummern 1–53, durch Kommas getrennt.</translation>
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
        <translation>1 Art.-Standort</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 Art.-Standorte</translation>
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
        <source>ABC cut-offs</source>
        <translation>ABC-Grenzen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
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
        <source> weeks</source>
        <translation> Wochen</translation>
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
    <message>
        <source>Site: the scope of the ranking. Each site ranks its item-sites on their own; all sites together ranks items with their usage summed; or one site only.</source>
        <translation>Standort: der Geltungsbereich der Rangfolge. Jeder Standort reiht seine Artikel-Standorte für sich; alle Standorte zusammen reihen Artikel mit summiertem Verbrauch; oder nur ein Standort.</translation>
    </message>
    <message>
        <source>Rank by: what ABC ranks by, summed over the window. Usage value = units × unit cost (currency); units (units); picks (order lines); margin = (price − cost) × units (currency).</source>
        <translation>Reihen nach: wonach ABC reiht, summiert über den Zeitraum. Verbrauchswert = Menge × Stückkosten (Währung); Menge (Einheiten); Picks (Auftragspositionen); Marge = (Preis − Kosten) × Menge (Währung).</translation>
    </message>
    <message>
        <source>A/B/C cut-offs: the shares of the ranking basis held by A, B and C, adding up to 100. The item that crosses a cut-off belongs to the upper class. Unit: % of the basis.</source>
        <translation>A/B/C-Grenzen: die Anteile der Rangfolge-Grundlage, die auf A, B und C entfallen, zusammen 100. Der Artikel, der eine Grenze überschreitet, gehört zur oberen Klasse. Einheit: % der Grundlage.</translation>
    </message>
    <message>
        <source>XYZ thresholds on the coefficient of variation (CV = standard deviation ÷ mean of demand per period, zeros included): X up to the first, Y up to the second, Z above. Items without demand in the window are Z. Unit: a ratio (0.25 = 25 %).</source>
        <translation>XYZ-Schwellen für den Variationskoeffizienten (VK = Standardabweichung ÷ Mittelwert des Bedarfs je Periode, Nullen eingeschlossen): X bis zur ersten, Y bis zur zweiten, Z darüber. Artikel ohne Bedarf im Zeitraum sind Z. Einheit: ein Verhältnis (0.25 = 25 %).</translation>
    </message>
    <message>
        <source>X threshold: an item-site whose CV of demand per period is at or below it is X (steady). Unit: a ratio (0.25 = 25 %).</source>
        <translation>X-Schwelle: ein Artikel-Standort, dessen VK des Bedarfs je Periode höchstens so groß ist, ist X (gleichmäßig). Einheit: ein Verhältnis (0.25 = 25 %).</translation>
    </message>
    <message>
        <source>Y threshold: an item-site whose CV is above the X threshold and at or below this one is Y (variable); above it, Z (erratic). Unit: a ratio (0.50 = 50 %).</source>
        <translation>Y-Schwelle: ein Artikel-Standort, dessen VK über der X-Schwelle und höchstens bei dieser liegt, ist Y (schwankend); darüber Z (unregelmäßig). Einheit: ein Verhältnis (0.50 = 50 %).</translation>
    </message>
    <message>
        <source>CV period: the demand bucket the CV is computed on. Weeks: 7-day blocks counted back from the last day. Months: whole calendar months inside the window.</source>
        <translation>VK-Periode: das Zeitraster, über das der VK berechnet wird. Wochen: 7-Tage-Blöcke, vom letzten Tag zurückgezählt. Monate: ganze Kalendermonate innerhalb des Zeitraums.</translation>
    </message>
    <message>
        <source>Window: the history ranked and measured, ending on the workspace&apos;s last demand day. Unit: weeks.</source>
        <translation>Zeitraum: die gereihte und gemessene Historie, endend am letzten Bedarfstag des Arbeitsbereichs. Einheit: Wochen.</translation>
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
        <translation>Artikelnr.</translation>
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
    <name>stocktower::ui::SimulationCheckModel</name>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>%1 points below the target: beyond the ±%2 points the closed form should hold by</source>
        <translation>%1 Punkte unter dem Ziel: außerhalb der ±%2 Punkte, die die Formel einhalten sollte</translation>
    </message>
    <message>
        <source>No item-site of this class has a target of this service type</source>
        <translation>Kein Artikel-Standort dieser Klasse hat ein Ziel dieser Servicegrad-Art</translation>
    </message>
    <message>
        <source>Demand
class</source>
        <translation>Bedarfs-
klasse</translation>
    </message>
    <message>
        <source>Item-
sites</source>
        <translation>Artikel-
Standorte</translation>
    </message>
    <message>
        <source>Target
%</source>
        <translation>Ziel
%</translation>
    </message>
    <message>
        <source>CSL %
closed form</source>
        <translation>α %
Formel</translation>
    </message>
    <message>
        <source>CSL %
simulated</source>
        <translation>α %
simuliert</translation>
    </message>
    <message>
        <source>CSL gap
pp</source>
        <translation>α-Abw.
Pp.</translation>
    </message>
    <message>
        <source>Fill rate %
closed form</source>
        <translation>β %
Formel</translation>
    </message>
    <message>
        <source>Fill rate %
simulated</source>
        <translation>β %
simuliert</translation>
    </message>
    <message>
        <source>Fill rate
gap pp</source>
        <translation>β-Abw.
Pp.</translation>
    </message>
    <message>
        <source>Demand class: smooth, erratic, intermittent or lumpy, from the average interval between demands and the CV² of demand sizes (Syntetos–Boylan).</source>
        <translation>Bedarfsklasse: smooth (regelmäßig), erratic (schwankend), intermittent (sporadisch) oder lumpy (klumpig), nach dem durchschnittlichen Abstand zwischen Bedarfen und dem CV² der Bedarfsmengen (Syntetos–Boylan).</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites of the class were simulated. Unit: item-sites.</source>
        <translation>Artikel-Standorte: wie viele Artikel-Standorte der Klasse simuliert wurden. Einheit: Artikel-Standorte.</translation>
    </message>
    <message>
        <source>Target: mean service target of the class&apos;s item-sites. Unit: %.</source>
        <translation>Ziel: mittlerer Ziel-Servicegrad der Artikel-Standorte der Klasse. Einheit: %.</translation>
    </message>
    <message>
        <source>CSL, closed form: the cycle service level the policy formulas promise, P(demand over the protection interval ≤ reorder point). Unit: % of replenishment cycles.</source>
        <translation>Alpha-Servicegrad, Formel: der Alpha-Servicegrad, den die Formeln der Bestellpolitik zusagen, P(Bedarf im Schutzintervall ≤ Meldebestand). Einheit: % der Wiederbeschaffungszyklen.</translation>
    </message>
    <message>
        <source>CSL, simulated: share of replenishment cycles (receipt to next receipt) without a stock-out. Unit: % of cycles.</source>
        <translation>Alpha-Servicegrad, simuliert: Anteil der Wiederbeschaffungszyklen (Wareneingang bis nächster Wareneingang) ohne Fehlbestand. Einheit: % der Zyklen.</translation>
    </message>
    <message>
        <source>CSL gap: simulated CSL minus target, over the item-sites with a cycle-service target. Unit: percentage points.</source>
        <translation>Abweichung Alpha-Servicegrad: simulierter Alpha-Servicegrad minus Ziel, über die Artikel-Standorte mit einem Alpha-Servicegrad-Ziel. Einheit: Prozentpunkte.</translation>
    </message>
    <message>
        <source>Fill rate, closed form: 1 − expected units short per cycle ÷ order quantity. Unit: % of units.</source>
        <translation>Lieferbereitschaft, Formel: 1 − erwartete Fehlmenge je Zyklus ÷ Bestellmenge. Einheit: % der Menge.</translation>
    </message>
    <message>
        <source>Fill rate, simulated: units filled from stock when demanded ÷ units demanded. Unit: % of units.</source>
        <translation>Lieferbereitschaft, simuliert: bei Bedarf ab Lager gelieferte Menge ÷ nachgefragte Menge. Einheit: % der Menge.</translation>
    </message>
    <message>
        <source>Fill rate gap: simulated fill rate minus target, over the item-sites with a fill-rate target. Unit: percentage points.</source>
        <translation>Abweichung Lieferbereitschaft: simulierte Lieferbereitschaft minus Ziel, über die Artikel-Standorte mit einem Lieferbereitschaftsziel. Einheit: Prozentpunkte.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SimulationCheckView</name>
    <message>
        <source>Receipts in order (one lane)</source>
        <translation>Eingänge in Bestellreihenfolge (eine Spur)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>Si&amp;mulieren</translation>
    </message>
    <message>
        <source>Simulate the selected scenario&apos;s policy in the background</source>
        <translation>Die Bestellpolitik des gewählten Szenarios im Hintergrund simulieren</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>Läu&amp;fe:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioden:</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Vorlauf:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Simulated service per demand class</source>
        <translation>Simulierter Service je Bedarfsklasse</translation>
    </message>
    <message>
        <source>Gap = simulated − target. ▼ red: short of the target by more than 1.5 points (3 for intermittent and lumpy demand).</source>
        <translation>Abw. = simuliert − Ziel. ▼ rot: mehr als 1,5 Punkte unter dem Ziel (3 bei sporadischem und klumpigem Bedarf).</translation>
    </message>
    <message>
        <source>Simulates the selected scenario&apos;s policy and compares the service it achieves with its targets.</source>
        <translation>Simuliert die Bestellpolitik des gewählten Szenarios und vergleicht den erreichten Service mit den Zielen.</translation>
    </message>
    <message>
        <source>Open a workspace to simulate its policy.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Bestellpolitik zu simulieren.</translation>
    </message>
    <message>
        <source>Not simulated yet: %1.</source>
        <translation>Noch nicht simuliert: %1.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>The warm-up must be shorter than the simulated periods.</source>
        <translation>Der Vorlauf muss kürzer sein als die simulierten Perioden.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Simulating %1</source>
        <translation>%1 wird simuliert</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>%1 wird simuliert…</translation>
    </message>
    <message>
        <source>%1: %2 item-sites, %3 %4s (%5 warm-up) × %6 runs, seed %7, %8; %9 s.</source>
        <translation>%1: %2 Artikel-Standorte, %3 Perioden (%4; %5 Vorlauf) × %6 Läufe, Startwert %7, %8; %9 s.</translation>
    </message>
    <message>
        <source>receipts in order</source>
        <translation>Eingänge in Bestellreihenfolge</translation>
    </message>
    <message>
        <source>independent lead times</source>
        <translation>unabhängige Wiederbeschaffungszeiten</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Runs: independent replications per item-site; the figures are their means, with standard errors that shrink as runs grow. Unit: runs.</source>
        <translation>Läufe: unabhängige Wiederholungen je Artikel-Standort; die Werte sind deren Mittelwerte, mit Standardfehlern, die mit der Zahl der Läufe kleiner werden. Einheit: Läufe.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Periods: the length of one run, warm-up included. Unit: weekly periods.</source>
        <translation>Perioden: die Länge eines Laufs, einschließlich Vorlauf. Einheit: Wochenperioden.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Warm-up: leading periods left out of every statistic, so that runs are not judged on their starting stock. Unit: weekly periods.</source>
        <translation>Vorlauf: die ersten Perioden, die aus jeder Statistik herausgelassen werden, damit Läufe nicht nach ihrem Anfangsbestand bewertet werden. Einheit: Wochenperioden.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed: the random seed; the same seed gives the same figures on every computer and for any number of threads. No unit.</source>
        <translation>Startwert: der Startwert des Zufallsgenerators; derselbe Startwert liefert auf jedem Computer und bei jeder Anzahl von Threads dieselben Werte. Keine Einheit.</translation>
    </message>
    <message>
        <source>Receipts in order: on, an order that would overtake an earlier one waits for it (one lane). Off: each order arrives after its own lead time, drawn from the recorded mean and σ (in days), as the closed form assumes.</source>
        <translation>Eingänge in Bestellreihenfolge: Ist die Option an, wartet eine Bestellung, die eine frühere überholen würde, auf diese (eine Spur). Aus: Jede Bestellung kommt nach ihrer eigenen Wiederbeschaffungszeit an, gezogen aus dem erfassten Mittelwert und σ (in Tagen), wie es die Formel annimmt.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::Task</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error of unknown kind.</source>
        <translation>Unerwarteter Fehler unbekannter Art.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::TradeoffChart</name>
    <message>
        <source>Investment against fill rate</source>
        <translation>Kapitalbindung gegen Lieferbereitschaft</translation>
    </message>
    <message>
        <source>Inventory investment (safety + cycle stock value)</source>
        <translation>Kapitalbindung (Wert von Sicherheits- und Losgrößenbestand)</translation>
    </message>
    <message>
        <source>Expected fill rate %</source>
        <translation>Erwartete Lieferbereitschaft %</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>Die Trade-off-Kurve wird auf Anforderung berechnet.</translation>
    </message>
    <message>
        <source>All item-sites</source>
        <translation>Alle Artikel-Standorte</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Nothing to plot: no item-site could be computed.</source>
        <translation>Nichts darzustellen: Kein Artikel-Standort konnte berechnet werden.</translation>
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
