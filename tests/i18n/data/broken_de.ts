<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Unfinished text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %3</translation>
    </message>
    <message>
        <source>Total %L1</source>
        <translation>Summe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>eine Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Text nobody uses any more</source>
        <translation>Text, den niemand mehr braucht</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="obsolete">Alter Text</translation>
    </message>
    <message>
        <source>Gone text</source>
        <translation type="vanished">Verschwundener Text</translation>
    </message>
</context>
</TS>
