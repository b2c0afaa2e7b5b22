<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CoreMessage</name>
    <message>
        <source>required value is missing</source>
        <translation>falta un valor obligatorio</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;,&apos; as decimal mark)</source>
        <translation>no es un número (este archivo usa «,» como marca decimal)</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;.&apos; as decimal mark)</source>
        <translation>no es un número (este archivo usa «.» como marca decimal)</translation>
    </message>
    <message>
        <source>not a valid date (expected %1)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>no es una fecha válida (se esperaba %1)</translation>
    </message>
    <message>
        <source>not a valid date-time (expected %1 with optional HH:MM[:SS] and offset)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>no es una fecha y hora válida (se esperaba %1 con HH:MM[:SS] y desfase horario opcionales)</translation>
    </message>
    <message>
        <source>the site&apos;s time zone &apos;%1&apos; is unknown; correct the site or give the time with an offset</source>
        <extracomment>%1 time zone name</extracomment>
        <translation>la zona horaria «%1» del centro es desconocida; corrija el centro o indique la hora con un desfase horario</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <extracomment>%1 the choices, separated by spaces</extracomment>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>unknown site (import sites first)</source>
        <translation>centro desconocido (importe primero los centros)</translation>
    </message>
    <message>
        <source>unknown item (import items first)</source>
        <translation>artículo desconocido (importe primero los artículos)</translation>
    </message>
    <message>
        <source>location needs a valid site on the same row</source>
        <translation>la ubicación necesita un centro válido en la misma fila</translation>
    </message>
    <message>
        <source>unknown location at this site (import locations first)</source>
        <translation>ubicación desconocida en este centro (importe primero las ubicaciones)</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2 (wrong delimiter or unquoted text?)</source>
        <extracomment>%1 fields in the row, %2 fields in the header</extracomment>
        <translation>la fila tiene %1 campos pero la cabecera tiene %2 (¿separador incorrecto o texto sin comillas?)</translation>
    </message>
    <message>
        <source>not a known IANA time zone (e.g. Europe/Berlin, America/Chicago, UTC)</source>
        <translation>no es una zona horaria IANA conocida (p. ej. Europe/Berlin, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>expected a local time HH:MM, e.g. 15:00</source>
        <translation>se esperaba una hora local HH:MM, p. ej. 15:00</translation>
    </message>
    <message>
        <source>more than 24 hours for one employee on one day</source>
        <translation>más de 24 horas para un empleado en un mismo día</translation>
    </message>
    <message>
        <source>negative book quantity imported as-is</source>
        <translation>cantidad contable negativa importada tal cual</translation>
    </message>
    <message>
        <source>negative balance imported as-is; it will be flagged</source>
        <translation>saldo negativo importado tal cual; se marcará</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (e.g. 0.95)</source>
        <translation>debe estar entre 0 y 1 (p. ej. 0.95)</translation>
    </message>
    <message>
        <source>minimum is above maximum</source>
        <translation>el mínimo es mayor que el máximo</translation>
    </message>
    <message>
        <source>due before the order date</source>
        <translation>fecha de vencimiento anterior a la fecha del pedido</translation>
    </message>
    <message>
        <source>put away before it arrived</source>
        <translation>almacenado antes de su llegada</translation>
    </message>
    <message>
        <source>shipped before it was ordered</source>
        <translation>enviado antes de pedirse</translation>
    </message>
    <message>
        <source>more shipped than ordered</source>
        <extracomment>The header row (exchange/column_matching.cpp)</extracomment>
        <translation>se envió más de lo pedido</translation>
    </message>
    <message>
        <source>mapped to &apos;%1&apos;, which is not a field of %2</source>
        <extracomment>%1 field name given, %2 record type</extracomment>
        <translation>asignado a «%1», que no es un campo de %2</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>columna desconocida, se ignora</translation>
    </message>
    <message>
        <source>column %1 already provides %2</source>
        <extracomment>%1 earlier column number, %2 field</extracomment>
        <translation>la columna %1 ya aporta %2</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <extracomment>%1 field</extracomment>
        <translation>falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <source>dates could be DD/MM/YYYY or MM/DD/YYYY; choose the date format</source>
        <translation>las fechas podrían ser DD/MM/AAAA o MM/DD/AAAA; elija el formato de fecha</translation>
    </message>
    <message>
        <source>the same file was imported on %1</source>
        <extracomment>%1 time of the earlier import</extracomment>
        <translation>el mismo archivo se importó el %1</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>el archivo está vacío (sin línea de cabecera)</translation>
    </message>
    <message>
        <source>duplicate key: same as an earlier row</source>
        <translation>clave duplicada: igual que una fila anterior</translation>
    </message>
    <message>
        <source>duplicate key: same as line %1</source>
        <extracomment>%1 line of the earlier row</extracomment>
        <translation>clave duplicada: igual que la línea %1</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark found, but CP1252 was requested</source>
        <translation>se encontró una marca de orden de bytes UTF-8, pero se pidió CP1252</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>el archivo es UTF-16; guárdelo como UTF-8 («CSV UTF-8» en Excel)</translation>
    </message>
    <message>
        <source>sep= line used: delimiter %1</source>
        <extracomment>%1 delimiter name</extracomment>
        <translation>se usó la línea sep=: separador %1</translation>
    </message>
    <message>
        <source>sep= line says %1 but %2 was requested; using %2</source>
        <extracomment>%1 sep= delimiter, %2 requested delimiter (used)</extracomment>
        <translation>la línea sep= indica %1 pero se pidió %2; se usa %2</translation>
    </message>
    <message>
        <source>NUL byte (is the file UTF-16 or binary?)</source>
        <translation>byte NUL (¿el archivo es UTF-16 o binario?)</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>campo entre comillas sin cerrar</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after closing quote</source>
        <extracomment>%1 the character</extracomment>
        <translation>carácter inesperado «%1» tras las comillas de cierre</translation>
    </message>
    <message>
        <source>unexpected character (byte %1) after closing quote</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>carácter inesperado (byte %1) tras las comillas de cierre</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1)</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 no válido (byte %1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) although the file starts with a UTF-8 byte order mark</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 no válido (byte %1) aunque el archivo empieza con una marca de orden de bytes UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1); earlier text was UTF-8, so the file mixes encodings</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 no válido (byte %1); el texto anterior era UTF-8, así que el archivo mezcla codificaciones</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8, CP1252 assumed (Windows-1252, what Excel writes without a byte order mark)</source>
        <extracomment>%1 line</extracomment>
        <translation>línea %1: UTF-8 no válido, se supone CP1252 (Windows-1252, lo que escribe Excel sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>abierto en solo lectura a petición</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <extracomment>%1 SQLite&apos;s reason</extracomment>
        <translation>no se puede escribir en el archivo (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer StockTower (workspace format %1; this version knows up to %2). Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>lo escribió una versión más reciente de StockTower (formato del espacio de trabajo %1; esta versión admite hasta el %2). Actualice StockTower para editarlo.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer StockTower (workspace format %1; this version knows up to %2); it is opened read-only. Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>Este espacio de trabajo lo escribió una versión más reciente de StockTower (formato del espacio de trabajo %1; esta versión admite hasta el %2); se abre en solo lectura. Actualice StockTower para editarlo.</translation>
    </message>
    <message>
        <source>Upgraded the workspace format from %1 to %2; the previous file was saved as &apos;%3&apos;.</source>
        <extracomment>%1 old format, %2 new format, %3 backup file</extracomment>
        <translation>Se actualizó el formato del espacio de trabajo de %1 a %2; el archivo anterior se guardó como «%3».</translation>
    </message>
    <message>
        <source>Write-ahead logging is not available for this folder; using a rollback journal (slower, still safe).</source>
        <translation>El registro de escritura anticipada (WAL) no está disponible en esta carpeta; se usa un diario de reversión (más lento, igual de seguro).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name.</source>
        <extracomment>%1 path</extracomment>
        <translation>«%1» ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: folder &apos;%2&apos; does not exist.</source>
        <extracomment>%1 path, %2 folder</extracomment>
        <translation>No se puede crear «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 reason</extracomment>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <extracomment>%1 path</extracomment>
        <translation>El espacio de trabajo «%1» no existe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>«%1» es una carpeta, no un espacio de trabajo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a StockTower workspace (not an SQLite database).</source>
        <extracomment>%1 path</extracomment>
        <translation>«%1» no es un espacio de trabajo de StockTower (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a StockTower workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>«%1» es una base de datos SQLite, pero no un espacio de trabajo de StockTower.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s finding</extracomment>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is shorter than an SQLite header</source>
        <extracomment>%1 path</extracomment>
        <translation>«%1» está dañado: el archivo es más corto que una cabecera SQLite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is cut off (%2 of %3 bytes); restore it from a backup</source>
        <extracomment>%1 path, %2 bytes present, %3 bytes expected</extracomment>
        <translation>«%1» está dañado: el archivo está cortado (%2 de %3 bytes); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <extracomment>%1 path</extracomment>
        <translation>El disco que contiene «%1» está lleno.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>No se puede usar «%1»: %2</translation>
    </message>
    <message>
        <source>Backup to &apos;%1&apos; failed: %2</source>
        <extracomment>%1 target path, %2 reason</extracomment>
        <translation>Error en la copia de seguridad en «%1»: %2</translation>
    </message>
    <message>
        <source>short %1 within the %2-day lead time: available %3 + open POs due %4 − demand %5</source>
        <extracomment>%1 units short, %2 lead time in days, %3 available, %4 open purchase orders due, %5 demand over the lead time</extracomment>
        <translation>faltan %1 en el plazo de %2 días: disponible %3 + pedidos abiertos con entrega %4 − demanda %5</translation>
    </message>
    <message>
        <source>available %1 below safety stock %2</source>
        <extracomment>%1 available units, %2 safety stock</extracomment>
        <translation>disponible %1 por debajo del stock de seguridad %2</translation>
    </message>
    <message>
        <source>%1 days of supply (on hand %2, demand %3/day); %4 above %5 days</source>
        <extracomment>%1 days of supply, %2 on hand, %3 daily demand, %4 units in excess, %5 the excess threshold in days</extracomment>
        <translation>%1 días de cobertura (existencias %2, demanda %3/día); %4 por encima de %5 días</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, %3)</source>
        <extracomment>%1 quantity, %2 stock status code, %3 location</extracomment>
        <translation>saldo negativo %1 (%2, %3)</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, no location)</source>
        <extracomment>%1 quantity, %2 stock status code</extracomment>
        <translation>saldo negativo %1 (%2, sin ubicación)</translation>
    </message>
    <message>
        <source>fractional balance %1 of an item counted in EA</source>
        <extracomment>%1 quantity</extracomment>
        <translation>saldo fraccionario %1 de un artículo contado por unidades (EA)</translation>
    </message>
    <message>
        <source>%1 units in blocked location %2</source>
        <extracomment>%1 quantity, %2 location</extracomment>
        <translation>%1 unidades en la ubicación bloqueada %2</translation>
    </message>
    <message>
        <source>lot %1 expired %2 (%3 days ago), %4 units %5</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>lote %1 caducado el %2 (hace %3 días), %4 unidades %5</translation>
    </message>
    <message>
        <source>lot %1 expires %2 (in %3 days), %4 units %5: pick first</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>lote %1 caduca el %2 (en %3 días), %4 unidades %5: preparar primero</translation>
    </message>
    <message>
        <source>no demand recorded; %1 units on hand</source>
        <extracomment>%1 quantity</extracomment>
        <translation>sin demanda registrada; %1 unidades en existencias</translation>
    </message>
    <message>
        <source>slow mover: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>baja rotación: sin demanda desde %1 (%2 días); %3 unidades en existencias</translation>
    </message>
    <message>
        <source>dead stock: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>stock muerto: sin demanda desde %1 (%2 días); %3 unidades en existencias</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from %4</source>
        <extracomment>%1 quantity, %2 due date, %3 days late, %4 supplier</extracomment>
        <translation>%1 unidades previstas el %2 (%3 días de retraso) de %4</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from unknown supplier</source>
        <extracomment>%1 quantity, %2 due date, %3 days late</extracomment>
        <translation>%1 unidades previstas el %2 (%3 días de retraso) de un proveedor desconocido</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival</extracomment>
        <translation>llegó el %1 a las %2, sin ubicar tras %3 h</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h (at %4)</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival, %4 location</extracomment>
        <translation>llegó el %1 a las %2, sin ubicar tras %3 h (en %4)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valor predeterminado</translation>
    </message>
    <message>
        <source>default for ABC class %1</source>
        <extracomment>%1 ABC class</extracomment>
        <translation>valor predeterminado para la clase ABC %1</translation>
    </message>
    <message>
        <source>change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change as the command line writes it</extracomment>
        <translation>cambio %1 (%2)</translation>
    </message>
    <message>
        <source>fixed by the planner</source>
        <translation>fijado por el planificador</translation>
    </message>
    <message>
        <source>scenario change</source>
        <translation>cambio de escenario</translation>
    </message>
    <message>
        <source>converted: ÷ %1 days per planning period</source>
        <extracomment>%1 days in a planning period</extracomment>
        <translation>convertido: ÷ %1 días por periodo de planificación</translation>
    </message>
    <message>
        <source>%1 planning periods per year</source>
        <extracomment>%1 planning periods in a year</extracomment>
        <translation>%1 periodos de planificación por año</translation>
    </message>
    <message>
        <source>on_hand: available on the latest as-of date</source>
        <translation>on_hand: disponible en la última fecha de corte</translation>
    </message>
    <message>
        <source>purchase_order_line: open, due within %1 days</source>
        <extracomment>%1 days</extracomment>
        <translation>purchase_order_line: abierta, con vencimiento en %1 días</translation>
    </message>
    <message>
        <source>order_line: ordered − shipped, not shipped</source>
        <translation>order_line: pedido − enviado, no enviada</translation>
    </message>
    <message>
        <source>forecast run %1: mean over the protection interval of %2 days ÷ its length</source>
        <extracomment>%1 forecast run, %2 days in the protection interval</extracomment>
        <translation>ejecución de previsión %1: media en el intervalo de protección de %2 días ÷ su duración</translation>
    </message>
    <message>
        <source>forecast run %1: σ of the error over the protection interval (%2) ÷ √%3</source>
        <extracomment>%1 forecast run, %2 interval method, %3 periods in the protection interval</extracomment>
        <translation>ejecución de previsión %1: σ del error en el intervalo de protección (%2) ÷ √%3</translation>
    </message>
    <message>
        <source>demand history: mean of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historial de demanda: media de las últimas %1 semanas</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historial de demanda: desviación típica muestral de las últimas %1 semanas</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks (forecast run %2 has no error estimate)</source>
        <extracomment>%1 weeks, %2 forecast run</extracomment>
        <translation>historial de demanda: desviación típica muestral de las últimas %1 semanas (la ejecución de previsión %2 no tiene estimación del error)</translation>
    </message>
    <message>
        <source>demand history: inactive, no demand in the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historial de demanda: inactivo, sin demanda en las últimas %1 semanas</translation>
    </message>
    <message>
        <source>policy %1</source>
        <extracomment>%1 policy kind</extracomment>
        <translation>política %1</translation>
    </message>
    <message>
        <source>demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demanda %1</translation>
    </message>
    <message>
        <source>lead-time demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demanda en el plazo de entrega %1</translation>
    </message>
    <message>
        <source>demand per period %1; Zheng–Federgruen (1991)</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demanda por periodo %1; Zheng–Federgruen (1991)</translation>
    </message>
    <message>
        <source>service type: cycle service level (csl)</source>
        <translation>tipo de servicio: nivel de servicio por ciclo (csl)</translation>
    </message>
    <message>
        <source>service type: fill rate (fill-rate)</source>
        <translation>tipo de servicio: tasa de llenado (fill-rate)</translation>
    </message>
    <message>
        <source>service type set by change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change</extracomment>
        <translation>tipo de servicio fijado por el cambio %1 (%2)</translation>
    </message>
    <message>
        <source>ABC %1 / XYZ %2, demand class %3</source>
        <extracomment>%1 ABC class, %2 XYZ class, %3 demand class</extracomment>
        <translation>ABC %1 / XYZ %2, clase de demanda %3</translation>
    </message>
    <message>
        <source>order date: %1</source>
        <extracomment>%1 date</extracomment>
        <translation>fecha de pedido: %1</translation>
    </message>
    <message>
        <source>no demand expected: no stock, no order</source>
        <translation>sin demanda prevista: sin stock, sin pedido</translation>
    </message>
    <message>
        <source>a cycle may begin short (%1): counting that shortage once lowers the %2 from %3 to %4</source>
        <extracomment>%1 formula, %2 level name, %3 level before, %4 level after</extracomment>
        <translation>un ciclo puede empezar con faltante (%1): contar ese faltante una vez reduce %2 de %3 a %4</translation>
    </message>
    <message>
        <source>safety stock capped at max_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>stock de seguridad limitado a max_cover × demand_mean = %1 unidades</translation>
    </message>
    <message>
        <source>safety stock raised to min_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>stock de seguridad elevado a min_cover × demand_mean = %1 unidades</translation>
    </message>
    <message>
        <source>target cycle service level %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>nivel de servicio por ciclo objetivo %1 no alcanzado: %2 en el nivel acotado</translation>
    </message>
    <message>
        <source>target fill rate %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>tasa de llenado objetivo %1 no alcanzada: %2 en el nivel acotado</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4 lies beyond the band; the next band is cheaper</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ</extracomment>
        <translation>tramo %1 (desde %2 a %3): EOQ %4 fuera del tramo; el siguiente tramo es más barato</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4, order %5, annual cost %6</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ, %5 order quantity, %6 annual cost</extracomment>
        <translation>tramo %1 (desde %2 a %3): EOQ %4, pedido %5, coste anual %6</translation>
    </message>
    <message>
        <source>order quantity %1 rounded to %2 (MOQ first, then up to a multiple of %3)</source>
        <extracomment>%1 quantity, %2 rounded quantity, %3 multiple</extracomment>
        <translation>cantidad de pedido %1 redondeada a %2 (primero MOQ, luego al alza a un múltiplo de %3)</translation>
    </message>
    <message>
        <source>%1 chosen by the planner</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>%1 elegido por el planificador</translation>
    </message>
    <message>
        <source>normal: %1 demand, mean %2 ≥ %3 over the protection interval</source>
        <extracomment>%1 demand class, %2 mean, %3 slow-mover threshold</extracomment>
        <translation>normal: demanda %1, media %2 ≥ %3 en el intervalo de protección</translation>
    </message>
    <message>
        <source>gamma: slow mover (mean %1 &lt; %2 over the protection interval), continuous quantities</source>
        <extracomment>%1 mean, %2 slow-mover threshold</extracomment>
        <translation>gamma: baja rotación (media %1 &lt; %2 en el intervalo de protección), cantidades continuas</translation>
    </message>
    <message>
        <source>gamma: %1 demand, continuous quantities</source>
        <extracomment>%1 demand class</extracomment>
        <translation>gamma: demanda %1, cantidades continuas</translation>
    </message>
    <message>
        <source>poisson: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 ≤ %4 × mean</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>poisson: baja rotación (media %1 &lt; %2 en el intervalo de protección), varianza %3 ≤ %4 × media</translation>
    </message>
    <message>
        <source>poisson: %1 demand, variance %2 ≤ %3 × mean</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>poisson: demanda %1, varianza %2 ≤ %3 × media</translation>
    </message>
    <message>
        <source>negbin: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 &gt; %4 × mean (over-dispersed)</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>negbin: baja rotación (media %1 &lt; %2 en el intervalo de protección), varianza %3 &gt; %4 × media (sobredispersa)</translation>
    </message>
    <message>
        <source>negbin: %1 demand, variance %2 &gt; %3 × mean (over-dispersed)</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>negbin: demanda %1, varianza %2 &gt; %3 × media (sobredispersa)</translation>
    </message>
    <message>
        <source>No on-hand snapshot on or before %1: stock rules skipped.</source>
        <extracomment>%1 date</extracomment>
        <translation>Sin instantánea de stock el %1 o antes: reglas de stock omitidas.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); order cut-off %6.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone, %6 cut-off time</extracomment>
        <translation>Semana ISO %1 = %2 a %3 hora local en %4 (%5); hora límite de pedido %6.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); no order cut-off set.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone</extracomment>
        <translation>Semana ISO %1 = %2 a %3 hora local en %4 (%5); sin hora límite de pedido.</translation>
    </message>
    <message>
        <source>Service KPIs judge order lines due in the week (promised date, else requested date, else order day with the cut-off); a line counts once shipped or past due. OTIF window %1 day(s) early to %2 day(s) late, in full within %3 % of the quantity; measured at shipment (no delivery dates).</source>
        <extracomment>%1 days early, %2 days late, %3 percent</extracomment>
        <translation>Los KPI de servicio evalúan las líneas de pedido con vencimiento en la semana (fecha prometida, si no la solicitada, si no el día del pedido con la hora límite); una línea cuenta una vez enviada o vencida. Ventana OTIF de %1 día(s) antes a %2 día(s) después, completa dentro del %3 % de la cantidad; medido en el envío (sin fechas de entrega).</translation>
    </message>
    <message>
        <source>Record accuracy tolerance A ±%1 %, B ±%2 %, C ±%3 % of book quantity, classes by usage value (%4/%5 %); variances are never netted.</source>
        <extracomment>%1 %2 %3 tolerances of classes A, B, C in percent, %4 %5 ABC class shares in percent</extracomment>
        <translation>Tolerancia de exactitud de registros A ±%1 %, B ±%2 %, C ±%3 % de la cantidad contable, clases por valor de consumo (%4/%5 %); las diferencias nunca se compensan.</translation>
    </message>
    <message>
        <source>Inventory KPIs use the on-hand snapshot %1 and shipments of the trailing %2 days; carrying cost rate %3 % a year.</source>
        <extracomment>%1 snapshot date, %2 days, %3 percent a year</extracomment>
        <translation>Los KPI de inventario usan la instantánea de stock %1 y los envíos de los últimos %2 días; tasa de coste de mantenimiento %3 % anual.</translation>
    </message>
    <message>
        <source>Inventory KPIs use no on-hand snapshot (none found) and shipments of the trailing %1 days; carrying cost rate %2 % a year.</source>
        <extracomment>%1 days, %2 percent a year</extracomment>
        <translation>Los KPI de inventario no usan ninguna instantánea de stock (no se encontró ninguna) y los envíos de los últimos %1 días; tasa de coste de mantenimiento %2 % anual.</translation>
    </message>
    <message>
        <source>Minimum samples (n/a below): %1.</source>
        <extracomment>%1 the list: KPI, minimum, unit; …</extracomment>
        <translation>Muestras mínimas (por debajo, n/a): %1.</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; a status changes only when the value passes a band edge by the hysteresis margin.</source>
        <translation>Estado: ● verde objetivo cumplido, ◆ ámbar dentro de la banda, ■ rojo fuera; un estado solo cambia cuando el valor supera un límite de la banda en el margen de histéresis.</translation>
    </message>
    <message>
        <source>ISO 8601 week %1: Monday %2 to Sunday %3, local time at %4 (%5); week 1 of a year is the week with its first Thursday.</source>
        <extracomment>%1 ISO week, %2 Monday, %3 Sunday, %4 site, %5 time zone</extracomment>
        <translation>Semana ISO 8601 %1: lunes %2 a domingo %3, hora local en %4 (%5); la semana 1 de un año es la que contiene su primer jueves.</translation>
    </message>
    <message>
        <source>No order cut-off is set for %1: an order line with neither a promised nor a requested date is due on the day it was received.</source>
        <extracomment>%1 site</extracomment>
        <translation>No hay hora límite de pedido para %1: una línea de pedido sin fecha prometida ni solicitada vence el día en que se recibió.</translation>
    </message>
    <message>
        <source>Order cut-off %1 local time: an order line with neither a promised nor a requested date is due on the day it was received, or on the next day when received at %1 or later.</source>
        <extracomment>%1 cut-off time (twice)</extracomment>
        <translation>Hora límite de pedido %1 (hora local): una línea de pedido sin fecha prometida ni solicitada vence el día en que se recibió, o el día siguiente si se recibió a las %1 o más tarde.</translation>
    </message>
    <message>
        <source>Trends: none.</source>
        <translation>Tendencias: ninguna.</translation>
    </message>
    <message>
        <source>Trend: the %1 weeks %2 to %3, each KPI on one scale spanning its values and its target; a gap is an n/a week.</source>
        <extracomment>%1 number of weeks, %2 first week, %3 last week</extracomment>
        <translation>Tendencia: las %1 semanas de %2 a %3, cada KPI en una escala que abarca sus valores y su objetivo; un hueco es una semana n/a.</translation>
    </message>
    <message>
        <source>n/a: no value for the week, because its sample is below the KPI&apos;s minimum (given with its definition) or the data it needs is missing; the row says which. A KPI without a target or a value is not rated (–).</source>
        <translation>n/a: sin valor para la semana, porque su muestra está por debajo del mínimo del KPI (indicado con su definición) o faltan los datos necesarios; la fila indica el motivo. Un KPI sin objetivo o sin valor no se califica (–).</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; – not rated (no target or n/a).</source>
        <translation>Estado: ● verde objetivo cumplido, ◆ ámbar dentro de la banda, ■ rojo fuera; – sin calificar (sin objetivo o n/a).</translation>
    </message>
    <message>
        <source>▲ higher is better, ▼ lower is better. Change = this week − last week, in percentage points (pp) for percentages.</source>
        <translation>▲ más alto es mejor, ▼ más bajo es mejor. Cambio = esta semana − semana anterior, en puntos porcentuales (pp) para porcentajes.</translation>
    </message>
    <message>
        <source>%1%2: %3.</source>
        <extracomment>%1 KPI name, %2 unit and minimum sample, %3 formula</extracomment>
        <translation>%1%2: %3.</translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <extracomment>%1 source and year, %2 the KPIs and levels cited</extracomment>
        <translation>Referencias, %1: %2.</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (on-hand snapshot %3), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site, %3 snapshot date</extracomment>
        <translation>Excepciones detectadas el %1 en %2 (instantánea de stock %3), ordenadas en todas las colas por valor en riesgo: las unidades afectadas a coste (ventas perdidas a precio para roturas previstas).</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (no on-hand snapshot on or before that day: the stock rules were skipped), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site</extracomment>
        <translation>Excepciones detectadas el %1 en %2 (sin instantánea de stock ese día o antes: se omitieron las reglas de stock), ordenadas en todas las colas por valor en riesgo: las unidades afectadas a coste (ventas perdidas a precio para roturas previstas).</translation>
    </message>
    <message>
        <source>no receipt put away in the week</source>
        <translation>ninguna recepción ubicada en la semana</translation>
    </message>
    <message>
        <source>no order shipped in the week</source>
        <translation>ningún pedido enviado en la semana</translation>
    </message>
    <message>
        <source>no pick checks recorded (the orders&apos; pick_errors column is empty)</source>
        <translation>no hay controles de preparación registrados (la columna pick_errors de los pedidos está vacía)</translation>
    </message>
    <message>
        <source>no picking labour hours imported for the week</source>
        <translation>no se han importado horas de preparación para la semana</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the demand window</source>
        <translation>ninguna foto de existencias en la ventana de demanda</translation>
    </message>
    <message>
        <source>no inventory value at cost</source>
        <translation>sin valor de inventario a coste</translation>
    </message>
    <message>
        <source>nothing shipped in the demand window</source>
        <translation>nada enviado en la ventana de demanda</translation>
    </message>
    <message>
        <source>no stock at cost in the week&apos;s snapshot</source>
        <translation>sin stock a coste en la foto de la semana</translation>
    </message>
    <message>
        <source>includes stock older than the receipt history (%1% of value), aged from the first recorded receipt</source>
        <extracomment>%1 percent of value</extracomment>
        <translation>incluye stock más antiguo que el historial de recepciones (%1 % del valor), envejecido desde la primera recepción registrada</translation>
    </message>
    <message>
        <source>no usable storage locations at the site</source>
        <translation>no hay ubicaciones de almacenamiento utilizables en el centro</translation>
    </message>
    <message>
        <source>the week has not started</source>
        <translation>la semana no ha empezado</translation>
    </message>
    <message>
        <source>no on-hand snapshot within %1 days of the week</source>
        <extracomment>%1 days</extracomment>
        <translation>ninguna foto de existencias a menos de %1 días de la semana</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <source>no on-hand snapshot on or before %1</source>
        <extracomment>%1 date</extracomment>
        <translation>ninguna foto de existencias el %1 o antes</translation>
    </message>
    <message>
        <source>no cycle counts in the week</source>
        <translation>ningún recuento cíclico en la semana</translation>
    </message>
    <message>
        <source>the counted items have no book value (no cost or zero book quantity)</source>
        <translation>los artículos contados no tienen valor contable (sin coste o cantidad contable cero)</translation>
    </message>
    <message>
        <source>no order lines due in the week</source>
        <translation>ninguna línea de pedido vence en la semana</translation>
    </message>
    <message>
        <source>no orders due in the week</source>
        <translation>ningún pedido vence en la semana</translation>
    </message>
    <message>
        <source>no active items planned at the site</source>
        <translation>ningún artículo activo planificado en el centro</translation>
    </message>
    <message>
        <source>sample %1 %2 is below the minimum of %3</source>
        <extracomment>%1 sample, %2 what the sample counts, %3 minimum</extracomment>
        <translation>muestra de %1 %2 por debajo del mínimo de %3</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>no data in the week</source>
        <translation>sin datos en la semana</translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Warehouses and distribution centres.</source>
        <translation>Almacenes y centros de distribución.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Item master: one row per SKU.</source>
        <translation>Maestro de artículos: una fila por SKU.</translation>
    </message>
    <message>
        <source>Item-site parameters</source>
        <translation>Parámetros de artículo-centro</translation>
    </message>
    <message>
        <source>Per item and site planning parameters (override the item&apos;s).</source>
        <translation>Parámetros de planificación por artículo y centro (sustituyen a los del artículo).</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Warehouse storage locations with coordinates.</source>
        <translation>Ubicaciones de almacenaje del almacén, con coordenadas.</translation>
    </message>
    <message>
        <source>Demand history</source>
        <translation>Historial de demanda</translation>
    </message>
    <message>
        <source>Daily demand (sales or shipments) per item and site.</source>
        <translation>Demanda diaria (ventas o envíos) por artículo y centro.</translation>
    </message>
    <message>
        <source>On-hand balances</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Stock on hand per item, site, location, lot and status at a date.</source>
        <translation>Existencias por artículo, centro, ubicación, lote y estado en una fecha.</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <source>Purchase order lines, open or closed.</source>
        <translation>Líneas de pedido de compra, abiertas o cerradas.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recepciones</translation>
    </message>
    <message>
        <source>Goods received: arrival and put-away confirmation.</source>
        <translation>Mercancía recibida: llegada y confirmación de almacenaje.</translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation>Pedidos de cliente</translation>
    </message>
    <message>
        <source>Customer order lines with dates and shipped quantities.</source>
        <translation>Líneas de pedido de cliente con fechas y cantidades enviadas.</translation>
    </message>
    <message>
        <source>Site code (must exist)</source>
        <translation>Código de centro (debe existir)</translation>
    </message>
    <message>
        <source>Item SKU (must exist)</source>
        <translation>SKU del artículo (debe existir)</translation>
    </message>
    <message>
        <source>Unique site code</source>
        <translation>Código de centro único</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>Código de país ISO 3166</translation>
    </message>
    <message>
        <source>IANA time zone of local timestamps</source>
        <translation>Zona horaria IANA de las horas locales</translation>
    </message>
    <message>
        <source>Unique item code</source>
        <translation>Código de artículo único</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>GTIN/EAN/UPC, kept as text</source>
        <translation>GTIN/EAN/UPC, guardado como texto</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Categoría de producto</translation>
    </message>
    <message>
        <source>Unit of measure (default EA)</source>
        <translation>Unidad de medida (por defecto EA)</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <source>Selling price per unit</source>
        <translation>Precio de venta por unidad</translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation>Unidades por caja</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Longitud (cm)</translation>
    </message>
    <message>
        <source>Width (cm)</source>
        <translation>Anchura (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Altura (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Handling class (e.g. standard, fragile, hazmat, cold)</source>
        <translation>Clase de manipulación (p. ej. estándar, frágil, peligroso, frío)</translation>
    </message>
    <message>
        <source>Main supplier code</source>
        <translation>Código del proveedor principal</translation>
    </message>
    <message>
        <source>Mean supplier lead time (days)</source>
        <translation>Plazo de reposición medio del proveedor (días)</translation>
    </message>
    <message>
        <source>Lead time standard deviation (days)</source>
        <translation>Desviación típica del plazo de reposición (días)</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Cantidad mínima de pedido</translation>
    </message>
    <message>
        <source>Order in multiples of</source>
        <translation>Pedir en múltiplos de</translation>
    </message>
    <message>
        <source>active, new, discontinued or inactive</source>
        <translation>active (activo), new (nuevo), discontinued (descatalogado) o inactive (inactivo)</translation>
    </message>
    <message>
        <source>Mean lead time to this site (days)</source>
        <translation>Plazo de reposición medio a este centro (días)</translation>
    </message>
    <message>
        <source>Target service level, between 0 and 1</source>
        <translation>Nivel de servicio objetivo, entre 0 y 1</translation>
    </message>
    <message>
        <source>Review period (days)</source>
        <translation>Periodo de revisión (días)</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Stock mínimo</translation>
    </message>
    <message>
        <source>Maximum stock</source>
        <translation>Stock máximo</translation>
    </message>
    <message>
        <source>Location code, unique within the site</source>
        <translation>Código de ubicación, único dentro del centro</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Pasillo</translation>
    </message>
    <message>
        <source>Bay number</source>
        <translation>Número de módulo</translation>
    </message>
    <message>
        <source>Level (0 = floor)</source>
        <translation>Nivel (0 = suelo)</translation>
    </message>
    <message>
        <source>Position within the bay level</source>
        <translation>Posición dentro del nivel del módulo</translation>
    </message>
    <message>
        <source>X coordinate (m)</source>
        <translation>Coordenada X (m)</translation>
    </message>
    <message>
        <source>Y coordinate (m)</source>
        <translation>Coordenada Y (m)</translation>
    </message>
    <message>
        <source>Z coordinate (m)</source>
        <translation>Coordenada Z (m)</translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation>Profundidad (cm)</translation>
    </message>
    <message>
        <source>Maximum load (kg)</source>
        <translation>Carga máxima (kg)</translation>
    </message>
    <message>
        <source>forward, reserve, dock or pack</source>
        <translation>forward (picking), reserve (reserva), dock (muelle) o pack (embalaje)</translation>
    </message>
    <message>
        <source>1 if usable for storage, 0 if blocked (default 1)</source>
        <translation>1 si se puede usar para almacenar, 0 si está bloqueada (por defecto 1)</translation>
    </message>
    <message>
        <source>Demand date</source>
        <translation>Fecha de la demanda</translation>
    </message>
    <message>
        <source>Units demanded</source>
        <translation>Unidades demandadas</translation>
    </message>
    <message>
        <source>Number of order lines</source>
        <translation>Número de líneas de pedido</translation>
    </message>
    <message>
        <source>Sales channel (optional)</source>
        <translation>Canal de venta (opcional)</translation>
    </message>
    <message>
        <source>Location code within the site (optional)</source>
        <translation>Código de ubicación dentro del centro (opcional)</translation>
    </message>
    <message>
        <source>Lot or batch (optional)</source>
        <translation>Lote (opcional)</translation>
    </message>
    <message>
        <source>Expiry date (optional)</source>
        <translation>Fecha de caducidad (opcional)</translation>
    </message>
    <message>
        <source>available, hold, qc, returns or consigned</source>
        <translation>available (disponible), hold (retenido), qc (control de calidad), returns (devoluciones) o consigned (en consigna)</translation>
    </message>
    <message>
        <source>Units on hand (negative balances are flagged)</source>
        <translation>Unidades en existencia (se marcan los saldos negativos)</translation>
    </message>
    <message>
        <source>Date of the balance</source>
        <translation>Fecha del saldo</translation>
    </message>
    <message>
        <source>Purchase order number</source>
        <translation>Número de pedido de compra</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Número de línea</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>Código de proveedor</translation>
    </message>
    <message>
        <source>Date the order was placed</source>
        <translation>Fecha en que se hizo el pedido</translation>
    </message>
    <message>
        <source>Expected receipt date</source>
        <translation>Fecha de recepción prevista</translation>
    </message>
    <message>
        <source>Quantity ordered</source>
        <translation>Cantidad pedida</translation>
    </message>
    <message>
        <source>Quantity received so far</source>
        <translation>Cantidad recibida hasta ahora</translation>
    </message>
    <message>
        <source>Quantity still to receive (default ordered − received)</source>
        <translation>Cantidad pendiente de recibir (por defecto pedida − recibida)</translation>
    </message>
    <message>
        <source>open, closed or cancelled</source>
        <translation>open (abierto), closed (cerrado) o cancelled (cancelado)</translation>
    </message>
    <message>
        <source>Receipt document number</source>
        <translation>Número de albarán de recepción</translation>
    </message>
    <message>
        <source>Purchase order (optional)</source>
        <translation>Pedido de compra (opcional)</translation>
    </message>
    <message>
        <source>Units received</source>
        <translation>Unidades recibidas</translation>
    </message>
    <message>
        <source>Arrival at the dock (local time or with offset)</source>
        <translation>Llegada al muelle (hora local o con desfase horario)</translation>
    </message>
    <message>
        <source>Put-away confirmed (empty while pending)</source>
        <translation>Almacenaje confirmado (vacío mientras está pendiente)</translation>
    </message>
    <message>
        <source>Put-away location (optional)</source>
        <translation>Ubicación de almacenaje (opcional)</translation>
    </message>
    <message>
        <source>Customer order number</source>
        <translation>Número de pedido de cliente</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Código de cliente</translation>
    </message>
    <message>
        <source>Quantity shipped</source>
        <translation>Cantidad enviada</translation>
    </message>
    <message>
        <source>Order received (date and time)</source>
        <translation>Pedido recibido (fecha y hora)</translation>
    </message>
    <message>
        <source>Date the customer asked for</source>
        <translation>Fecha solicitada por el cliente</translation>
    </message>
    <message>
        <source>Date committed to the customer</source>
        <translation>Fecha comprometida con el cliente</translation>
    </message>
    <message>
        <source>Shipped (empty while open)</source>
        <translation>Enviado (vacío mientras está abierto)</translation>
    </message>
    <message>
        <source>Location picked from (optional)</source>
        <translation>Ubicación de picking (opcional)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>código de centro</translation>
    </message>
    <message>
        <source>item SKU</source>
        <translation>SKU del artículo</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>código de ubicación</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Order cut-off time, local HH:MM (optional)</source>
        <translation>Hora de corte de pedidos, hora local HH:MM (opcional)</translation>
    </message>
    <message>
        <source>Errors found when the line was checked (wrong item or quantity, damage); empty = not checked</source>
        <translation>Errores encontrados al revisar la línea (artículo o cantidad errónea, daño); vacío = no revisada</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Recuentos cíclicos</translation>
    </message>
    <message>
        <source>Counted against book quantity per item and location, for inventory record accuracy.</source>
        <translation>Recuentos frente a la cantidad contable por artículo y ubicación, para la exactitud del inventario.</translation>
    </message>
    <message>
        <source>Count document or task number</source>
        <translation>Número de documento o tarea de recuento</translation>
    </message>
    <message>
        <source>Location counted (optional)</source>
        <translation>Ubicación contada (opcional)</translation>
    </message>
    <message>
        <source>When it was counted (local time or with offset)</source>
        <translation>Cuándo se contó (hora local o con desfase)</translation>
    </message>
    <message>
        <source>Quantity on the books before the count</source>
        <translation>Cantidad contable antes del recuento</translation>
    </message>
    <message>
        <source>Quantity counted</source>
        <translation>Cantidad contada</translation>
    </message>
    <message>
        <source>Cost per unit for the value-based accuracy (default: the item&apos;s cost)</source>
        <translation>Coste unitario para la exactitud por valor (por defecto: el coste del artículo)</translation>
    </message>
    <message>
        <source>A, B or C (default: ranked by usage value)</source>
        <translation>A, B o C (por defecto: según el valor de consumo)</translation>
    </message>
    <message>
        <source>Who counted (optional)</source>
        <translation>Quién contó (opcional)</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>Horas de trabajo</translation>
    </message>
    <message>
        <source>Direct labour hours per site, day and activity (optionally per employee).</source>
        <translation>Horas de mano de obra directa por centro, día y actividad (opcionalmente por empleado).</translation>
    </message>
    <message>
        <source>Working day (local)</source>
        <translation>Día laborable (hora local)</translation>
    </message>
    <message>
        <source>picking, packing, receiving, put_away, replenishment, counting, shipping or other</source>
        <translation>picking, packing, receiving, put_away, replenishment, counting, shipping u other</translation>
    </message>
    <message>
        <source>Employee or team (optional)</source>
        <translation>Empleado o equipo (opcional)</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
</context>
<context>
    <name>DemandClass</name>
    <message>
        <source>smooth</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>erratic</source>
        <translation>errática</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>intermitente</translation>
    </message>
    <message>
        <source>lumpy</source>
        <translation>irregular</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>a series with too little history to classify</extracomment>
        <translation>nueva</translation>
    </message>
    <message>
        <source>inactive</source>
        <extracomment>a series without demand in the recent window</extracomment>
        <translation>inactiva</translation>
    </message>
</context>
<context>
    <name>ExplainName</name>
    <message>
        <source>Cycle service level achieved</source>
        <translation>Nivel de servicio por ciclo alcanzado</translation>
    </message>
    <message>
        <source>Fill rate achieved</source>
        <translation>Tasa de llenado alcanzada</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Coste anual</translation>
    </message>
    <message>
        <source>Annual cost at the rounded quantity</source>
        <translation>Coste anual con la cantidad redondeada</translation>
    </message>
    <message>
        <source>Annual demand</source>
        <translation>Demanda anual</translation>
    </message>
    <message>
        <source>Average inventory</source>
        <translation>Inventario medio</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Unidades por caja</translation>
    </message>
    <message>
        <source>Committed to customer orders</source>
        <translation>Comprometido con pedidos de clientes</translation>
    </message>
    <message>
        <source>Critical ratio</source>
        <translation>Ratio crítico</translation>
    </message>
    <message>
        <source>Cycle service level</source>
        <translation>Nivel de servicio por ciclo</translation>
    </message>
    <message>
        <source>Cycle stock</source>
        <translation>Stock de ciclo</translation>
    </message>
    <message>
        <source>Mean demand</source>
        <translation>Demanda media</translation>
    </message>
    <message>
        <source>Demand rate</source>
        <translation>Tasa de demanda</translation>
    </message>
    <message>
        <source>Demand standard deviation</source>
        <translation>Desviación típica de la demanda</translation>
    </message>
    <message>
        <source>Density at the level</source>
        <translation>Densidad en el nivel</translation>
    </message>
    <message>
        <source>Economic order quantity</source>
        <translation>Cantidad económica de pedido</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Coste esperado</translation>
    </message>
    <message>
        <source>Expected shortage per cycle</source>
        <translation>Faltante esperado por ciclo</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Tasa de llenado</translation>
    </message>
    <message>
        <source>Holding cost</source>
        <translation>Coste de mantenimiento</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Coste de mantenimiento anual</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Tasa de mantenimiento</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Inversión en inventario</translation>
    </message>
    <message>
        <source>Safety factor k (fill rate)</source>
        <translation>Factor de seguridad k (tasa de llenado)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Lead time standard deviation</source>
        <translation>Desviación típica del plazo de entrega</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>Nivel de stock</translation>
    </message>
    <message>
        <source>Expected shortage (loss function)</source>
        <translation>Faltante esperado (función de pérdida)</translation>
    </message>
    <message>
        <source>Standard loss G(k)</source>
        <translation>Pérdida estándar G(k)</translation>
    </message>
    <message>
        <source>Shortage allowed per cycle</source>
        <translation>Faltante admitido por ciclo</translation>
    </message>
    <message>
        <source>Standard loss allowed</source>
        <translation>Pérdida estándar admitida</translation>
    </message>
    <message>
        <source>Maximum cover</source>
        <translation>Cobertura máxima</translation>
    </message>
    <message>
        <source>Maximum level</source>
        <translation>Límite máximo de stock</translation>
    </message>
    <message>
        <source>Mean demand over the protection interval</source>
        <translation>Demanda media en el intervalo de protección</translation>
    </message>
    <message>
        <source>Minimum cover</source>
        <translation>Cobertura mínima</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Límite mínimo de stock</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Cantidad mínima de pedido</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stock físico</translation>
    </message>
    <message>
        <source>Open receipts due within the horizon</source>
        <translation>Recepciones pendientes dentro del horizonte</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coste de pedido</translation>
    </message>
    <message>
        <source>Order multiple</source>
        <translation>Múltiplo de pedido</translation>
    </message>
    <message>
        <source>Order quantity</source>
        <translation>Cantidad de pedido</translation>
    </message>
    <message>
        <source>Order-up-to level</source>
        <translation>Nivel máximo</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Coste de pedido anual</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Pedidos por año</translation>
    </message>
    <message>
        <source>Planning periods per year</source>
        <translation>Periodos de planificación por año</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>Disponible proyectado</translation>
    </message>
    <message>
        <source>Proposed order quantity</source>
        <translation>Cantidad de pedido propuesta</translation>
    </message>
    <message>
        <source>Protection interval</source>
        <translation>Intervalo de protección</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Periodo de revisión</translation>
    </message>
    <message>
        <source>Rounded order quantity</source>
        <translation>Cantidad de pedido redondeada</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <source>Safety stock before the cover bounds</source>
        <translation>Stock de seguridad antes de los límites de cobertura</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Valor del stock de seguridad</translation>
    </message>
    <message>
        <source>Service factor</source>
        <translation>Factor de servicio</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Nivel de servicio objetivo</translation>
    </message>
    <message>
        <source>Shortage cost</source>
        <translation>Coste de rotura</translation>
    </message>
    <message>
        <source>Shortage cost per year</source>
        <translation>Coste de rotura anual</translation>
    </message>
    <message>
        <source>Standard deviation over the protection interval</source>
        <translation>Desviación típica en el intervalo de protección</translation>
    </message>
    <message>
        <source>Rounding step</source>
        <translation>Paso de redondeo</translation>
    </message>
    <message>
        <source>Stockout cost</source>
        <translation>Coste de rotura de stock</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Coste total anual</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Rotación de inventario</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Safety factor z (cycle service level)</source>
        <translation>Factor de seguridad z (nivel de servicio por ciclo)</translation>
    </message>
</context>
<context>
    <name>ExplainUnit</name>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>periodos</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a unit of time as the calculation was given it</extracomment>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>yr</source>
        <extracomment>year, abbreviated</extracomment>
        <translation>año</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>rotaciones</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>descatalogado</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
</context>
<context>
    <name>KpiHelp</name>
    <message>
        <source>share of orders due in the week that shipped on time (every line within the commit-date window) and in full (within the quantity tolerance)</source>
        <translation>proporción de los pedidos con vencimiento en la semana que se enviaron a tiempo (todas las líneas dentro de la ventana de la fecha comprometida) y completos (dentro de la tolerancia de cantidad)</translation>
    </message>
    <message>
        <source>% of orders</source>
        <translation>% de pedidos</translation>
    </message>
    <message>
        <source>share of ordered units shipped from stock (up to the quantity ordered), on the order lines due in the week</source>
        <translation>proporción de las unidades pedidas que se sirvieron desde stock (hasta la cantidad pedida), en las líneas de pedido con vencimiento en la semana</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% de unidades</translation>
    </message>
    <message>
        <source>share of order lines due in the week that shipped complete</source>
        <translation>proporción de las líneas de pedido con vencimiento en la semana que se enviaron completas</translation>
    </message>
    <message>
        <source>% of lines</source>
        <translation>% de líneas</translation>
    </message>
    <message>
        <source>share of orders due in the week whose every line shipped complete</source>
        <translation>proporción de los pedidos con vencimiento en la semana cuyas líneas se enviaron todas completas</translation>
    </message>
    <message>
        <source>share of orders due in the week whose lines all shipped on or before the commit date</source>
        <translation>proporción de los pedidos con vencimiento en la semana cuyas líneas se enviaron todas en la fecha comprometida o antes</translation>
    </message>
    <message>
        <source>share of SKU-days of the week on which an active item planned at the site had no available stock (daily balances rolled from the nearest on-hand snapshot)</source>
        <translation>proporción de los SKU-día de la semana en que un artículo activo planificado en el centro no tenía stock disponible (saldos diarios calculados a partir de la foto de existencias más cercana)</translation>
    </message>
    <message>
        <source>% of SKU-days</source>
        <translation>% de SKU-día</translation>
    </message>
    <message>
        <source>mean time from a receipt&apos;s arrival at the dock to its put-away confirmed, over the receipt lines put away in the week</source>
        <translation>tiempo medio desde la llegada de una recepción al muelle hasta la confirmación de su almacenaje, sobre las líneas de recepción almacenadas en la semana</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>mean time from receiving a customer order to its last shipment, over the orders shipped in the week</source>
        <translation>tiempo medio desde la recepción de un pedido de cliente hasta su último envío, sobre los pedidos enviados en la semana</translation>
    </message>
    <message>
        <source>share of the orders checked in the week whose lines had no pick error</source>
        <translation>proporción de los pedidos revisados en la semana cuyas líneas no tuvieron errores de picking</translation>
    </message>
    <message>
        <source>% of orders checked</source>
        <translation>% de pedidos revisados</translation>
    </message>
    <message>
        <source>share of the week&apos;s cycle counts within tolerance (A ±1 %, B ±3 %, C ±5 % of the book quantity); each count judged on its own, variances never netted</source>
        <translation>proporción de los recuentos cíclicos de la semana dentro de la tolerancia (A ±1 %, B ±3 %, C ±5 % de la cantidad contable); cada recuento se juzga por sí solo, sin compensar nunca las diferencias</translation>
    </message>
    <message>
        <source>% of counts</source>
        <translation>% de recuentos</translation>
    </message>
    <message>
        <source>1 − the sum of |count variance| × unit cost ÷ the sum of book quantity × unit cost, over the week&apos;s cycle counts</source>
        <translation>1 − la suma de |diferencia de recuento| × coste unitario ÷ la suma de cantidad contable × coste unitario, sobre los recuentos cíclicos de la semana</translation>
    </message>
    <message>
        <source>% of book value</source>
        <translation>% del valor contable</translation>
    </message>
    <message>
        <source>order lines shipped in the week ÷ picking labour hours booked in the week</source>
        <translation>líneas de pedido enviadas en la semana ÷ horas de trabajo de picking registradas en la semana</translation>
    </message>
    <message>
        <source>lines per labour hour</source>
        <translation>líneas por hora de trabajo</translation>
    </message>
    <message>
        <source>share of usable storage locations (forward and reserve) holding stock at the week&apos;s on-hand snapshot</source>
        <translation>proporción de las ubicaciones de almacenaje utilizables (picking y reserva) que tienen stock en la foto de existencias de la semana</translation>
    </message>
    <message>
        <source>% of locations</source>
        <translation>% de ubicaciones</translation>
    </message>
    <message>
        <source>cost of goods shipped over the trailing demand window, annualised, ÷ average inventory at cost</source>
        <translation>coste de las mercancías enviadas en la ventana de demanda móvil, anualizado, ÷ inventario medio a coste</translation>
    </message>
    <message>
        <source>turns per year</source>
        <translation>rotaciones al año</translation>
    </message>
    <message>
        <source>365 ÷ inventory turns: how many days the average inventory lasts at the yearly rate of shipments</source>
        <translation>365 ÷ rotación de inventario: cuántos días dura el inventario medio al ritmo anual de envíos</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>inventory at cost ÷ average daily cost of goods shipped over the trailing demand window</source>
        <translation>inventario a coste ÷ coste diario medio de las mercancías enviadas en la ventana de demanda móvil</translation>
    </message>
    <message>
        <source>average inventory at cost × the carrying cost rate (capital, storage, service and risk) for one year</source>
        <translation>inventario medio a coste × la tasa de coste de mantenimiento (capital, almacenaje, servicio y riesgo) durante un año</translation>
    </message>
    <message>
        <source>currency per year</source>
        <translation>moneda al año</translation>
    </message>
    <message>
        <source>share of inventory value held in receipt layers (first in, first out) older than 90 days</source>
        <translation>proporción del valor del inventario en capas de recepción (FIFO: primero en entrar, primero en salir) de más de 90 días</translation>
    </message>
    <message>
        <source>% of inventory value</source>
        <translation>% del valor del inventario</translation>
    </message>
</context>
<context>
    <name>KpiHelpText</name>
    <message>
        <source>%1: %2. Unit: %3; %4.</source>
        <translation>%1: %2. Unidad: %3; %4.</translation>
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
        <translation>Tasa de servicio (unidades)</translation>
    </message>
    <message>
        <source>Line fill rate</source>
        <translation>Tasa de servicio (líneas)</translation>
    </message>
    <message>
        <source>Order fill rate</source>
        <translation>Tasa de servicio (pedidos)</translation>
    </message>
    <message>
        <source>On-time shipment</source>
        <translation>Envíos a tiempo</translation>
    </message>
    <message>
        <source>Stockout rate</source>
        <translation>Tasa de rotura de stock</translation>
    </message>
    <message>
        <source>Dock-to-stock</source>
        <translation>Muelle a stock</translation>
    </message>
    <message>
        <source>Internal order cycle time</source>
        <translation>Tiempo de ciclo interno del pedido</translation>
    </message>
    <message>
        <source>Order picking accuracy</source>
        <translation>Exactitud de picking</translation>
    </message>
    <message>
        <source>Inventory record accuracy</source>
        <translation>Exactitud del inventario</translation>
    </message>
    <message>
        <source>Record accuracy by value</source>
        <translation>Exactitud del inventario por valor</translation>
    </message>
    <message>
        <source>Lines picked per labour hour</source>
        <translation>Líneas preparadas por hora de trabajo</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Capacidad utilizada</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Rotación de inventario</translation>
    </message>
    <message>
        <source>Days on hand</source>
        <translation>Días de existencias</translation>
    </message>
    <message>
        <source>Days of supply</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Carrying cost (annual)</source>
        <translation>Coste de mantenimiento (anual)</translation>
    </message>
    <message>
        <source>Stock aged over 90 days</source>
        <translation>Stock de más de 90 días</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>lines/h</source>
        <translation>líneas/h</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>rotaciones</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> lines/h</source>
        <translation> líneas/h</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> rotaciones</translation>
    </message>
    <message>
        <source>Projected stockouts within lead time</source>
        <translation>Roturas previstas dentro del plazo de reposición</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Por debajo del stock de seguridad</translation>
    </message>
    <message>
        <source>Negative or odd balances</source>
        <translation>Saldos negativos o anómalos</translation>
    </message>
    <message>
        <source>Slow movers and dead stock</source>
        <translation>Baja rotación y stock sin movimiento</translation>
    </message>
    <message>
        <source>Excess (days of supply)</source>
        <translation>Exceso (días de cobertura)</translation>
    </message>
    <message>
        <source>Lots expiring (FEFO)</source>
        <translation>Lotes por caducar (FEFO)</translation>
    </message>
    <message>
        <source>Late purchase orders</source>
        <translation>Pedidos de compra retrasados</translation>
    </message>
    <message>
        <source>Stale receipts (not put away)</source>
        <translation>Recepciones estancadas (sin almacenar)</translation>
    </message>
    <message>
        <source>Projected stockouts</source>
        <translation>Roturas previstas</translation>
    </message>
    <message>
        <source>Slow movers, dead stock</source>
        <translation>Baja rotación, sin movimiento</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <source>Expiring lots (FEFO)</source>
        <translation>Lotes por caducar (FEFO)</translation>
    </message>
    <message>
        <source>Stale receipts</source>
        <translation>Recepciones estancadas</translation>
    </message>
    <message>
        <source>Available stock plus open purchase orders due within the lead time, minus the demand over the lead time, is below zero. Value at risk: the units short at the selling price.</source>
        <translation>El stock disponible más los pedidos de compra abiertos que llegan dentro del plazo de reposición, menos la demanda durante ese plazo, queda por debajo de cero. Valor en riesgo: las unidades que faltan, a precio de venta.</translation>
    </message>
    <message>
        <source>Available stock is below the item-site&apos;s safety (minimum) stock. Value at risk: the gap at cost.</source>
        <translation>El stock disponible está por debajo del stock de seguridad (mínimo) del artículo-centro. Valor en riesgo: la diferencia, a coste.</translation>
    </message>
    <message>
        <source>Negative balances, fractional balances of items counted in each, and stock in blocked locations. Value at risk: the units at cost.</source>
        <translation>Saldos negativos, saldos fraccionarios de artículos que se cuentan por unidades y stock en ubicaciones bloqueadas. Valor en riesgo: las unidades, a coste.</translation>
    </message>
    <message>
        <source>Stock without demand for the slow-mover threshold (dead stock after the dead-stock threshold; see the KPI settings). Value at risk: the stock at cost.</source>
        <translation>Stock sin demanda durante el umbral de baja rotación (sin movimiento pasado el umbral de stock sin movimiento; véase la configuración de KPI). Valor en riesgo: el stock, a coste.</translation>
    </message>
    <message>
        <source>Stock covering more days of demand than the excess threshold. Value at risk: the units above the threshold at cost.</source>
        <translation>Stock que cubre más días de demanda que el umbral de exceso. Valor en riesgo: las unidades por encima del umbral, a coste.</translation>
    </message>
    <message>
        <source>Lots that expire within the expiry window (or have expired): pick them first (FEFO). Value at risk: the lot at cost.</source>
        <translation>Lotes que caducan dentro del margen de caducidad (o ya caducados): prepárelos primero (FEFO). Valor en riesgo: el lote, a coste.</translation>
    </message>
    <message>
        <source>Open purchase order lines past their due date. Value at risk: the open quantity at cost.</source>
        <translation>Líneas de pedido de compra abiertas con la fecha prevista vencida. Valor en riesgo: la cantidad pendiente, a coste.</translation>
    </message>
    <message>
        <source>Receipts that arrived but are not put away after the stale-receipt threshold. Value at risk: the quantity at cost.</source>
        <translation>Recepciones llegadas que siguen sin almacenar pasado el umbral de recepción estancada. Valor en riesgo: la cantidad, a coste.</translation>
    </message>
    <message>
        <source>SKU-days</source>
        <translation>días-SKU</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>recuentos</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>ubicaciones</translation>
    </message>
    <message>
        <source>orders checked</source>
        <translation>pedidos revisados</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>instantáneas</translation>
    </message>
    <message>
        <source>picking hours</source>
        <translation>horas de preparación</translation>
    </message>
    <message>
        <source>best in class</source>
        <translation>mejor de su clase</translation>
    </message>
    <message>
        <source>advantage</source>
        <translation>ventaja</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>disadvantage</source>
        <translation>desventaja</translation>
    </message>
    <message>
        <source>major opportunity</source>
        <translation>gran oportunidad</translation>
    </message>
    <message>
        <source>typical target</source>
        <translation>objetivo habitual</translation>
    </message>
    <message>
        <source>receipt lines</source>
        <translation>líneas de recepción</translation>
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
        <translation>por mes</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>PolicyExplainText</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Weekly KPI report</source>
        <translation>Informe semanal de KPI</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Preparing the weekly KPI report of %1, %2</source>
        <translation>Preparando el informe semanal de KPI de %1, %2</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>No se pudo preparar el informe: %1</translation>
    </message>
    <message>
        <source>kpi-report-%1-%2.pdf</source>
        <translation>informe-kpi-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message numerus="yes">
        <source>%n more note(s): see the report as text or JSON.</source>
        <translation>
            <numerusform>%n nota más: consulte el informe como texto o JSON.</numerusform>
            <numerusform>%n notas más: consulte el informe como texto o JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportText</name>
    <message>
        <source>Top exceptions</source>
        <translation>Principales excepciones</translation>
    </message>
    <message>
        <source>%1 of %2 rows over all queues, ranked by value at risk; value at risk of all rows %3</source>
        <translation>%1 de %2 filas de todas las colas, por valor en riesgo; valor en riesgo de todas las filas: %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valor en riesgo</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Qué y por qué</translation>
    </message>
    <message>
        <source>No exceptions found.</source>
        <translation>No se han encontrado excepciones.</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Note, n/a reason, comment</source>
        <translation>Nota, motivo de n/d, comentario</translation>
    </message>
    <message>
        <source>Weekly KPI report %1 %2</source>
        <translation>Informe semanal de KPI %1 %2</translation>
    </message>
    <message>
        <source>Print weekly KPI report</source>
        <translation>Imprimir el informe semanal de KPI</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is connected and try again.</source>
        <translation>No se pudo iniciar la impresora: compruebe que está conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Weekly KPI report: print preview</source>
        <translation>Informe semanal de KPI: vista previa de impresión</translation>
    </message>
    <message>
        <source>Save weekly KPI report as PDF</source>
        <translation>Guardar el informe semanal de KPI como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>No se ha guardado el PDF: %1</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2, %3</source>
        <translation>Del lunes %1 al domingo %2, %3</translation>
    </message>
    <message>
        <source>no order cut-off</source>
        <translation>sin hora de corte de pedidos</translation>
    </message>
    <message>
        <source>order cut-off %1</source>
        <translation>corte de pedidos %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha %1</translation>
    </message>
    <message>
        <source>on-hand snapshot %1</source>
        <translation>existencias del %1</translation>
    </message>
    <message>
        <source>exceptions found %1</source>
        <translation>excepciones detectadas el %1</translation>
    </message>
    <message>
        <source>Projected stockout</source>
        <translation>Rotura prevista</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Por debajo del stock de seguridad</translation>
    </message>
    <message>
        <source>Odd balance</source>
        <translation>Saldo anómalo</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Baja rotación</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <source>Expiring lot</source>
        <translation>Lote por caducar</translation>
    </message>
    <message>
        <source>Late purchase order</source>
        <translation>Pedido de compra retrasado</translation>
    </message>
    <message>
        <source>Stale receipt</source>
        <translation>Recepción pendiente de ubicar</translation>
    </message>
    <message>
        <source>min %1 %2</source>
        <translation>mín. %1 %2</translation>
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
        <translation> y </translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <translation>Referencias, %1: %2.</translation>
    </message>
    <message>
        <source>Weekly KPI report</source>
        <translation>Informe semanal de KPI</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inventory planning and control tower.</source>
        <translation>Planificación de inventario y torre de control.</translation>
    </message>
    <message>
        <source>Workspace file (.stdb) to open.</source>
        <translation>Archivo del espacio de trabajo (.stdb) que se abrirá.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ControlTowerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>The last complete week is the default: a week in progress is judged on the orders due so far, which early in the week are too few to compare with a weekly target.</source>
        <translation>Por defecto, la última semana completa: una semana en curso se evalúa con los pedidos vencidos hasta ahora, que al principio de la semana son demasiado pocos para compararlos con un objetivo semanal.</translation>
    </message>
    <message>
        <source>Compute the KPIs and exception queues again</source>
        <translation>Volver a calcular los KPI y las colas de excepciones</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Detener el cálculo; lo mostrado se mantiene</translation>
    </message>
    <message>
        <source>Exception queues</source>
        <translation>Colas de excepciones</translation>
    </message>
    <message>
        <source>Exceptions, highest value at risk first</source>
        <translation>Excepciones, primero las de mayor valor en riesgo</translation>
    </message>
    <message>
        <source>Exceptions to act on today</source>
        <translation>Excepciones que atender hoy</translation>
    </message>
    <message>
        <source>Ranked by value at risk; double-click a row (or press Enter) to open its item</source>
        <translation>Ordenadas por valor en riesgo; haga doble clic en una fila (o pulse Intro) para abrir su artículo</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the control tower needs the KPI tables.</source>
        <translation>Este espacio de trabajo es anterior a los KPI (formato %1) y está abierto en solo lectura. Ábralo una vez en lectura y escritura para actualizarlo; la torre de control necesita las tablas de KPI.</translation>
    </message>
    <message>
        <source>Open a workspace to see its control tower: the week&apos;s KPIs against target and the exceptions to act on today.</source>
        <translation>Abra un espacio de trabajo para ver su torre de control: los KPI de la semana frente al objetivo y las excepciones que atender hoy.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites, items and orders (File → Import…) to see KPIs and exceptions here.</source>
        <translation>Este espacio de trabajo aún no tiene centros. Importe centros, artículos y pedidos (Archivo → Importar…) para ver aquí los KPI y las excepciones.</translation>
    </message>
    <message>
        <source>The control tower is computed when you open this page.</source>
        <translation>La torre de control se calcula al abrir esta página.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last complete week: %1</source>
        <translation>Última semana completa: %1</translation>
    </message>
    <message>
        <source>This week so far: %1</source>
        <translation>Semana en curso: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Computing the control tower of %1</source>
        <translation>Calculando la torre de control de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 de %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the control tower.</source>
        <translation>Cancelado. Pulse Actualizar para calcular la torre de control.</translation>
    </message>
    <message>
        <source>The control tower could not be computed: %1</source>
        <translation>No se pudo calcular la torre de control: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Sin calcular</translation>
    </message>
    <message>
        <source>the %1 weeks up to %2</source>
        <translation>las %1 semanas hasta %2</translation>
    </message>
    <message>
        <source>No KPI data and no exceptions at %1 in %2: import orders, receipts, cycle counts and on-hand snapshots (File → Import…).</source>
        <translation>No hay datos de KPI ni excepciones de %1 en %2: importe pedidos, recepciones, recuentos cíclicos y fotos de existencias (Archivo → Importar…).</translation>
    </message>
    <message>
        <source>No KPI data at %1 in %2.</source>
        <translation>No hay datos de KPI de %1 en %2.</translation>
    </message>
    <message>
        <source>No orders were due at %1 in %2: the service KPIs are n/a.</source>
        <translation>Ningún pedido de %1 vencía en %2: los KPI de servicio son n/d.</translation>
    </message>
    <message>
        <source>Read-only workspace: the KPI weeks were computed in memory and not stored.</source>
        <translation>Espacio de trabajo de solo lectura: las semanas de KPI se han calculado en memoria y no se han guardado.</translation>
    </message>
    <message>
        <source>Top exceptions over all queues</source>
        <translation>Principales excepciones de todas las colas</translation>
    </message>
    <message>
        <source>The %1 rows with the highest value at risk today (%2). Double-click a row or press Enter to open its item.</source>
        <translation>Las %1 filas con mayor valor en riesgo hoy (%2). Haga doble clic en una fila o pulse Intro para abrir su artículo.</translation>
    </message>
    <message>
        <source>No exceptions at %1 today.</source>
        <translation>Hoy no hay excepciones en %1.</translation>
    </message>
    <message>
        <source>No exceptions found at %1 today, but some rules had no data to check (see the notes above).</source>
        <translation>Hoy no se han encontrado excepciones en %1, pero algunas reglas no tenían datos que comprobar (véanse las notas de arriba).</translation>
    </message>
    <message>
        <source>%1 — %2 rows, value at risk %3</source>
        <translation>%1 — %2 filas, valor en riesgo %3</translation>
    </message>
    <message>
        <source> (the %1 highest shown)</source>
        <translation> (se muestran las %1 mayores)</translation>
    </message>
    <message>
        <source>Nothing in “%1” at %2 today.</source>
        <translation>Hoy no hay nada en «%1» en %2.</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>semana &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;, in progress</source>
        <translation>semana &lt;b&gt;%1&lt;/b&gt;, en curso</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha %1</translation>
    </message>
    <message>
        <source>stock from the on-hand snapshot of %1</source>
        <translation>stock de la foto de existencias del %1</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the week</source>
        <translation>sin foto de existencias en la semana</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalculando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click (or press Enter) to open the KPI scorecard of this site and week</source>
        <translation>Haga clic (o pulse Intro) para abrir el cuadro de mando de KPI de este centro y esta semana</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DataExchangePage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skipped (already imported)</source>
        <translation>Omitido (ya importado)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Import a CSV file into this workspace</source>
        <translation>Importar un archivo CSV en este espacio de trabajo</translation>
    </message>
    <message>
        <source>Export records of this workspace to a CSV file</source>
        <translation>Exportar registros de este espacio de trabajo a un archivo CSV</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <source>Every import attempt is recorded, including rejected ones. Nothing is written unless the whole file is valid.</source>
        <translation>Se registra cada intento de importación, también los rechazados. No se escribe nada salvo que todo el archivo sea válido.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Filas escritas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>File layouts</source>
        <translation>Formatos de archivo</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;Copy header line</source>
        <translation>&amp;Copiar línea de cabecera</translation>
    </message>
    <message>
        <source>Copy the column names as a CSV header line to the clipboard</source>
        <translation>Copiar los nombres de columna al portapapeles como línea de cabecera CSV</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Columns of the record type</source>
        <translation>Columnas del tipo de registro</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Este espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Cannot read the import log: %1</source>
        <translation>No se puede leer el registro de importaciones: %1</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>Aún no se ha importado nada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes (key)</source>
        <translation>sí (clave)</translation>
    </message>
    <message>
        <source>no (key)</source>
        <translation>no (clave)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DemandChart</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Unidades por semana</translation>
    </message>
    <message>
        <source>Weekly demand chart</source>
        <translation>Gráfico de demanda semanal</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Seleccione un artículo para ver su demanda semanal.</translation>
    </message>
    <message>
        <source>No demand history for %1.</source>
        <translation>No hay historial de demanda de %1.</translation>
    </message>
    <message>
        <source>Weekly demand</source>
        <translation>Demanda semanal</translation>
    </message>
    <message>
        <source>Weekly demand — %1</source>
        <translation>Demanda semanal — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExceptionQueueModel</name>
    <message>
        <source>Value at risk: %1</source>
        <translation>Valor en riesgo: %1</translation>
    </message>
    <message>
        <source>%1 — %2, quantity %3. Double-click or press Enter to open it on the Items page.</source>
        <translation>%1 — %2, cantidad %3. Haga doble clic o pulse Intro para abrirlo en la página Artículos.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1 on the Items page</source>
        <translation>Haga doble clic o pulse Intro para abrir %1 en la página Artículos</translation>
    </message>
    <message>
        <source>Value at risk in the workspace&apos;s currency: what ranks the rows</source>
        <translation>Valor en riesgo en la moneda del espacio de trabajo: lo que ordena las filas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valor en riesgo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExceptionSummaryModel</name>
    <message>
        <source>Top exceptions, all queues</source>
        <translation>Principales excepciones, todas las colas</translation>
    </message>
    <message>
        <source>The rows with the highest value at risk over all queues. An item can be in more than one queue, so the totals may count its value more than once.</source>
        <translation>Las filas con mayor valor en riesgo de todas las colas. Un artículo puede estar en varias colas, así que los totales pueden contar su valor más de una vez.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valor en riesgo</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExportDialog</name>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Standard: comma-separated, decimal point</source>
        <translation>Estándar: separado por comas, punto decimal</translation>
    </message>
    <message>
        <source>European: semicolon-separated, decimal comma</source>
        <translation>Europeo: separado por punto y coma, coma decimal</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel (byte order mark)</source>
        <translation>Marcar el archivo como UTF-8 para Excel (marca de orden de bytes)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Record type: which records to write, with the same columns as the import templates.</source>
        <translation>Tipo de registro: qué registros se escriben, con las mismas columnas que las plantillas de importación.</translation>
    </message>
    <message>
        <source>Layout: standard is comma-separated with a decimal point; European is semicolon-separated with a decimal comma, as spreadsheets in most of Europe expect.</source>
        <translation>Formato: el estándar está separado por comas con punto decimal; el europeo, por punto y coma con coma decimal, como esperan las hojas de cálculo en la mayor parte de Europa.</translation>
    </message>
    <message>
        <source>Byte order mark: three bytes at the start that tell Excel the file is UTF-8, so accented names read right.</source>
        <translation>Marca de orden de bytes: tres bytes al inicio que indican a Excel que el archivo es UTF-8, para que los nombres con tildes se lean bien.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastChart</name>
    <message>
        <source>Forecast chart</source>
        <translation>Gráfico de previsión</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Seleccione una fila para ver su historial y su previsión.</translation>
    </message>
    <message>
        <source>The run stored no forecast for %1.</source>
        <translation>La ejecución no guardó ninguna previsión para %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Final (with overrides)</source>
        <translation>Final (con ajustes)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>Intervalo del 80 %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Units per month</source>
        <translation>Unidades por mes</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Unidades por semana</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastModelPanel</name>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Demand:</source>
        <translation>Demanda:</translation>
    </message>
    <message>
        <source>Backtest:</source>
        <translation>Backtest:</translation>
    </message>
    <message>
        <source>Intervals:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>Models considered for this series, best first (lower scores are better)</source>
        <translation>Modelos considerados para esta serie, el mejor primero (las puntuaciones más bajas son mejores)</translation>
    </message>
    <message>
        <source>The run&apos;s method failed on this series, so the naive forecast (the last value) was used.</source>
        <translation>El método de la ejecución falló en esta serie, así que se usó la previsión ingenua (el último valor).</translation>
    </message>
    <message>
        <source>Chosen by rolling-origin backtest: the lowest mean absolute scaled error among the candidates listed.</source>
        <translation>Elegido por backtest con origen móvil: el menor error absoluto escalado medio entre los candidatos listados.</translation>
    </message>
    <message>
        <source>The run used one method for every series: %1.</source>
        <translation>La ejecución usó un único método para todas las series: %1.</translation>
    </message>
    <message>
        <source>Regular demand (%1): the equal-weight mean of ETS (the lowest AICc among the candidates listed), Theta and damped trend — the combination that was most robust in the M4 competition.</source>
        <translation>Demanda regular (%1): la media con igual peso de ETS (el menor AICc entre los candidatos listados), Theta y tendencia amortiguada, la combinación más robusta en la competición M4.</translation>
    </message>
    <message>
        <source>Intermittent demand (%1: demand in only some periods%2): SBA, Croston&apos;s method with the Syntetos–Boylan bias correction, forecasts the demand rate per period.</source>
        <translation>Demanda intermitente (%1: demanda solo en algunos periodos%2): SBA, el método de Croston con la corrección de sesgo de Syntetos–Boylan, prevé la tasa de demanda por periodo.</translation>
    </message>
    <message>
        <source>, ADI %1 ≥ 1.32</source>
        <translation>, ADI %1 ≥ 1,32</translation>
    </message>
    <message>
        <source>New item: too little history to choose a model, so the mean of the periods there are.</source>
        <translation>Artículo nuevo: historial demasiado corto para elegir un modelo, así que se usa la media de los periodos disponibles.</translation>
    </message>
    <message>
        <source>No demand in the most recent periods: the moving average over them, which is 0 unless demand returns.</source>
        <translation>Sin demanda en los periodos más recientes: la media móvil sobre ellos, que es 0 salvo que vuelva la demanda.</translation>
    </message>
    <message>
        <source>Analytical: from the model&apos;s error variance (normal).</source>
        <translation>Analíticos: a partir de la varianza del error del modelo (normal).</translation>
    </message>
    <message numerus="yes">
        <source>Empirical: quantiles of the method&apos;s own errors in a rolling-origin backtest (%n errors or more per period ahead).</source>
        <translation>
            <numerusform>Empíricos: cuantiles de los propios errores del método en un backtest con origen móvil (%n error o más por periodo de adelanto).</numerusform>
            <numerusform>Empíricos: cuantiles de los propios errores del método en un backtest con origen móvil (%n errores o más por periodo de adelanto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal approximation from the in-sample error: the history is too short for a backtest of its errors.</source>
        <translation>Aproximación normal a partir del error dentro de la muestra: el historial es demasiado corto para un backtest de sus errores.</translation>
    </message>
    <message>
        <source>Not recorded (a run from an earlier version).</source>
        <translation>No registrado (una ejecución de una versión anterior).</translation>
    </message>
    <message>
        <source>%1 · ADI %2 · CV² %3 · demand in %4 of %5 periods</source>
        <translation>%1 · ADI %2 · CV² %3 · demanda en %4 de %5 periodos</translation>
    </message>
    <message>
        <source>MASE %1 · sMAPE %2% · bias %3 per period</source>
        <translation>MASE %1 · sMAPE %2% · sesgo %3 por periodo</translation>
    </message>
    <message>
        <source>Not scored: the history is too short to hold out a backtest.</source>
        <translation>Sin puntuar: el historial es demasiado corto para reservar un backtest.</translation>
    </message>
    <message>
        <source>The demand history has changed since this run: the fitted values are refitted to today&apos;s history, the forecast is the run&apos;s. Run the forecast again to update it.</source>
        <translation>El historial de demanda ha cambiado desde esta ejecución: los valores estimados se recalculan con el historial actual; la previsión es la de la ejecución. Vuelva a ejecutar la previsión para actualizarla.</translation>
    </message>
    <message>
        <source>Fitted values are not available: %1</source>
        <translation>Los valores estimados no están disponibles: %1</translation>
    </message>
    <message>
        <source>Backtest MASE</source>
        <translation>MASE del backtest</translation>
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
        <translation>Los ajustes no se pueden cambiar: este espacio de trabajo es de solo lectura porque %1</translation>
    </message>
    <message>
        <source>An override must be a quantity of 0 or more.</source>
        <translation>Un ajuste debe ser una cantidad de 0 o más.</translation>
    </message>
    <message>
        <source>The override could not be read: %1</source>
        <translation>No se pudo leer el ajuste: %1</translation>
    </message>
    <message>
        <source>Remove override of %1</source>
        <translation>Quitar el ajuste de %1</translation>
    </message>
    <message>
        <source>Comment on override of %1</source>
        <translation>Comentar el ajuste de %1</translation>
    </message>
    <message>
        <source>Override %1 with %2</source>
        <translation>Ajustar %1 a %2</translation>
    </message>
    <message>
        <source>The override could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastPage</name>
    <message>
        <source>Run forecast…</source>
        <translation>Ejecutar previsión…</translation>
    </message>
    <message>
        <source>&amp;Run forecast…</source>
        <translation>&amp;Ejecutar previsión…</translation>
    </message>
    <message>
        <source>Forecast every item and site in the background</source>
        <translation>Prever todos los artículos y centros en segundo plano</translation>
    </message>
    <message>
        <source>E&amp;xport forecasts…</source>
        <translation>E&amp;xportar previsiones…</translation>
    </message>
    <message>
        <source>Write this run&apos;s forecasts, overrides and intervals to a CSV file</source>
        <translation>Escribir las previsiones, ajustes e intervalos de esta ejecución en un archivo CSV</translation>
    </message>
    <message>
        <source>Search SKU, name, site or model</source>
        <translation>Buscar SKU, nombre, centro o modelo</translation>
    </message>
    <message>
        <source>Forecast search</source>
        <translation>Búsqueda de previsiones</translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation>Clase de demanda</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Forecast series</source>
        <translation>Series de previsión</translation>
    </message>
    <message>
        <source>Forecast periods</source>
        <translation>Periodos de previsión</translation>
    </message>
    <message>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Previsión &amp;&amp; ajustes</translation>
    </message>
    <message>
        <source>Model &amp;&amp; accuracy</source>
        <translation>Modelo &amp;&amp; precisión</translation>
    </message>
    <message>
        <source>Loading forecasts</source>
        <translation>Cargando previsiones</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>1 series</source>
        <translation>1 serie</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 series</translation>
    </message>
    <message>
        <source>%1 of %2 series</source>
        <translation>%1 de %2 series</translation>
    </message>
    <message>
        <source>&lt;b&gt;No forecast run yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aún no hay ninguna ejecución de previsión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3, %4 periods ahead · method %5 · %6 series</source>
        <translation>&lt;b&gt;Ejecución %1&lt;/b&gt; · %2 · %3, %4 periodos de horizonte · método %5 · %6 series</translation>
    </message>
    <message>
        <source> · history to %1</source>
        <translation> · historial hasta %1</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>El espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Import demand history first</source>
        <translation>Importe primero el historial de demanda</translation>
    </message>
    <message>
        <source>This workspace is read-only (%1): overrides cannot be changed.</source>
        <translation>Este espacio de trabajo es de solo lectura (%1): no se pueden cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Type a quantity in &lt;b&gt;Override&lt;/b&gt; to replace a period&apos;s forecast, and say why in &lt;b&gt;Comment&lt;/b&gt;. Clear the cell to use the forecast again.</source>
        <translation>Escriba una cantidad en &lt;b&gt;Ajuste&lt;/b&gt; para sustituir la previsión de un periodo y explique el motivo en &lt;b&gt;Comentario&lt;/b&gt;. Vacíe la celda para volver a usar la previsión.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>No workspace is open. Open one from File → Open Workspace.</source>
        <translation>No hay ningún espacio de trabajo abierto. Abra uno desde Archivo → Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot read the forecasts: %1</source>
        <translation>No se pueden leer las previsiones: %1</translation>
    </message>
    <message>
        <source>Loading forecasts…</source>
        <translation>Cargando previsiones…</translation>
    </message>
    <message>
        <source>No forecast has been run for this workspace yet. Run one to see every item and site with its demand class, model, accuracy and forecast.</source>
        <translation>Aún no se ha ejecutado ninguna previsión en este espacio de trabajo. Ejecute una para ver cada artículo y centro con su clase de demanda, modelo, precisión y previsión.</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…), then run a forecast.</source>
        <translation>Este espacio de trabajo aún no tiene historial de demanda. Importe la demanda (Archivo → Importar…) y después ejecute una previsión.</translation>
    </message>
    <message>
        <source>The latest forecast run (%1) found no item and site with sales in its history.</source>
        <translation>La última ejecución de previsión (%1) no encontró ningún artículo y centro con ventas en su historial.</translation>
    </message>
    <message>
        <source>This workspace has no demand history: the latest run (%1) forecast nothing.</source>
        <translation>Este espacio de trabajo no tiene historial de demanda: la última ejecución (%1) no previó nada.</translation>
    </message>
    <message>
        <source>Cannot run a forecast: this workspace is read-only because %1</source>
        <translation>No se puede ejecutar una previsión: este espacio de trabajo es de solo lectura porque %1</translation>
    </message>
    <message>
        <source>A forecast run is already under way.</source>
        <translation>Ya hay una ejecución de previsión en curso.</translation>
    </message>
    <message>
        <source>Cannot run the forecast: %1</source>
        <translation>No se puede ejecutar la previsión: %1</translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation>Calculando la previsión</translation>
    </message>
    <message>
        <source>Forecast run %1 stored: %2 series in %3 s.</source>
        <translation>Ejecución de previsión %1 guardada: %2 series en %3 s.</translation>
    </message>
    <message>
        <source>The forecast run was cancelled; nothing was stored.</source>
        <translation>Se canceló la ejecución de previsión; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The forecast run failed: %1</source>
        <translation>La ejecución de previsión falló: %1</translation>
    </message>
    <message>
        <source>Export forecasts</source>
        <translation>Exportar previsiones</translation>
    </message>
    <message>
        <source>forecast-run-%1.csv</source>
        <translation>prevision-ejecucion-%1.csv</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <source>Exporting forecasts</source>
        <translation>Exportando previsiones</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 filas exportadas a %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Cannot read the series back: %1</source>
        <translation>No se puede volver a leer la serie: %1</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Seleccione una fila para ver su historial y su previsión.</translation>
    </message>
    <message>
        <source>Cannot read the series: %1</source>
        <translation>No se puede leer la serie: %1</translation>
    </message>
    <message>
        <source>The run has no forecast for this series.</source>
        <translation>La ejecución no tiene previsión para esta serie.</translation>
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
        <translation>%1 · S%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type another quantity, or clear the cell to use the forecast again</source>
        <translation>Escriba otra cantidad o vacíe la celda para volver a usar la previsión</translation>
    </message>
    <message>
        <source>Type a quantity to replace the forecast of this period</source>
        <translation>Escriba una cantidad para sustituir la previsión de este periodo</translation>
    </message>
    <message>
        <source>Set an override first; the comment says why</source>
        <translation>Primero introduzca un ajuste; el comentario explica el motivo</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The statistical forecast of the run</source>
        <translation>La previsión estadística de la ejecución</translation>
    </message>
    <message>
        <source>80% prediction interval: demand falls inside in 8 periods out of 10</source>
        <translation>Intervalo de predicción del 80 %: la demanda cae dentro en 8 de cada 10 periodos</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>Intervalo de predicción del 95 %</translation>
    </message>
    <message>
        <source>Your quantity, which replaces the forecast in plans</source>
        <translation>Su cantidad, que sustituye a la previsión en los planes</translation>
    </message>
    <message>
        <source>What plans use: the override, else the forecast</source>
        <translation>Lo que usan los planes: el ajuste o, si no hay, la previsión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
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
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastRunDialog</name>
    <message>
        <source>Run forecast</source>
        <translation>Ejecutar previsión</translation>
    </message>
    <message>
        <source>Weeks (ISO, Monday to Sunday)</source>
        <translation>Semanas (ISO, de lunes a domingo)</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>Meses naturales</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket</source>
        <translation>Usar como periodicidad del espacio de trabajo</translation>
    </message>
    <message>
        <source>auto (recommended)</source>
        <translation>auto (recomendado)</translation>
    </message>
    <message>
        <source>Same as the horizon</source>
        <translation>Igual que el horizonte</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Periodicidad:</translation>
    </message>
    <message>
        <source>&amp;Horizon (periods):</source>
        <translation>&amp;Horizonte (periodos):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Bac&amp;ktest periods:</source>
        <translation>Periodos de &amp;backtest:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>Hi&amp;los:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Forecasts every item and site with sales and stores the run in the workspace. Earlier runs are kept.</source>
        <translation>Prevé cada artículo y centro con ventas y guarda la ejecución en el espacio de trabajo. Se conservan las ejecuciones anteriores.</translation>
    </message>
    <message>
        <source>By demand class: a combination of ETS, Theta and damped trend for regular demand, SBA for intermittent demand, a moving average for new and inactive items.</source>
        <translation>Según la clase de demanda: una combinación de ETS, Theta y tendencia amortiguada para la demanda regular, SBA para la intermitente y una media móvil para los artículos nuevos e inactivos.</translation>
    </message>
    <message>
        <source>The best of the combination, ETS, Theta and damped trend in a rolling-origin backtest (slower).</source>
        <translation>El mejor entre la combinación, ETS, Theta y tendencia amortiguada en un backtest con origen móvil (más lento).</translation>
    </message>
    <message>
        <source>The equal-weight mean of ETS, Theta and damped trend.</source>
        <translation>La media con igual peso de ETS, Theta y tendencia amortiguada.</translation>
    </message>
    <message>
        <source>Exponential smoothing, the model chosen by AICc.</source>
        <translation>Suavizado exponencial, con el modelo elegido por AICc.</translation>
    </message>
    <message>
        <source>The Theta method (SES with drift).</source>
        <translation>El método Theta (SES con deriva).</translation>
    </message>
    <message>
        <source>Damped-trend exponential smoothing.</source>
        <translation>Suavizado exponencial con tendencia amortiguada.</translation>
    </message>
    <message>
        <source>Simple exponential smoothing: a level, no trend or season.</source>
        <translation>Suavizado exponencial simple: un nivel, sin tendencia ni estacionalidad.</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend.</source>
        <translation>Tendencia lineal de Holt.</translation>
    </message>
    <message>
        <source>Holt-Winters with trend and season.</source>
        <translation>Holt-Winters con tendencia y estacionalidad.</translation>
    </message>
    <message>
        <source>The last period&apos;s demand.</source>
        <translation>La demanda del último periodo.</translation>
    </message>
    <message>
        <source>The demand of the same period a year before.</source>
        <translation>La demanda del mismo periodo un año antes.</translation>
    </message>
    <message>
        <source>The mean of the last 6 periods.</source>
        <translation>La media de los últimos 6 periodos.</translation>
    </message>
    <message>
        <source>An intermittent-demand method: size and interval (or probability) of demand.</source>
        <translation>Un método para demanda intermitente: tamaño e intervalo (o probabilidad) de la demanda.</translation>
    </message>
    <message>
        <source>Bucket: the period demand is summed into before forecasting, ISO weeks (Monday to Sunday) or calendar months. Every quantity of the run is per bucket.</source>
        <translation>Periodicidad: el periodo en el que se suma la demanda antes de la previsión, semanas ISO (de lunes a domingo) o meses naturales. Todas las cantidades de la ejecución son por periodo.</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket: stored in the workspace, so later runs and the nightly command line use it too.</source>
        <translation>Usar como periodicidad del espacio de trabajo: se guarda en el espacio de trabajo, así que también la usan las ejecuciones posteriores y la línea de comandos nocturna.</translation>
    </message>
    <message>
        <source>Horizon: how far ahead to forecast, from the period after the last history. Unit: periods of the bucket (weeks or months).</source>
        <translation>Horizonte: hasta dónde se prevé, a partir del periodo siguiente al último del histórico. Unidad: periodos de la periodicidad (semanas o meses).</translation>
    </message>
    <message>
        <source>Method: the forecasting model for every item and site. auto lets the demand class decide: intermittent methods for intermittent and lumpy demand, else a combination of ETS, Theta and damped trend. Hover over a method for its description.</source>
        <translation>Método: el modelo de previsión para todos los artículos y centros. auto deja decidir a la clase de demanda: métodos para demanda intermitente en la demanda intermitente e irregular y, si no, una combinación de ETS, Theta y tendencia amortiguada. Pase el ratón sobre un método para ver su descripción.</translation>
    </message>
    <message>
        <source>Backtest periods: periods held out at the end of each history to score the method (MASE, sMAPE, bias) before it is refitted on all of it. Unit: periods of the bucket.</source>
        <translation>Periodos de backtest: periodos que se reservan al final de cada histórico para evaluar el método (MASE, sMAPE, sesgo) antes de reajustarlo con todo el histórico. Unidad: periodos de la periodicidad.</translation>
    </message>
    <message>
        <source>Threads: how many processor cores the run uses; results do not depend on it. Unit: threads.</source>
        <translation>Hilos: cuántos núcleos del procesador usa la ejecución; los resultados no dependen de ello. Unidad: hilos.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastTableModel</name>
    <message>
        <source>Naive (fallback)</source>
        <translation>Ingenuo (respaldo)</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinación</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Media móvil</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Ingenuo estacional</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>Ingenuo</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) overridden by a planner</source>
        <translation>
            <numerusform>%n periodo ajustado por un planificador</numerusform>
            <numerusform>%n periodos ajustados por un planificador</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistical forecast: %1</source>
        <translation>Previsión estadística: %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
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
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Próx. periodo</translation>
    </message>
    <message>
        <source>Horizon total</source>
        <translation>Total horizonte</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Demand class (Syntetos–Boylan–Croston, plus new and inactive items)</source>
        <translation>Clase de demanda (Syntetos–Boylan–Croston, más artículos nuevos e inactivos)</translation>
    </message>
    <message>
        <source>Mean absolute scaled error of the hold-out backtest: below 1 beats the seasonal naive forecast</source>
        <translation>Error absoluto escalado medio del backtest reservado: por debajo de 1 supera a la previsión ingenua estacional</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error of the hold-out backtest (0–200)</source>
        <translation>Error porcentual absoluto medio simétrico del backtest reservado (0–200)</translation>
    </message>
    <message>
        <source>Mean of forecast − actual in the hold-out backtest: positive means over-forecasting</source>
        <translation>Media de previsión − real en el backtest reservado: positivo significa sobreprevisión</translation>
    </message>
    <message>
        <source>Forecast of the first period, with overrides</source>
        <translation>Previsión del primer periodo, con ajustes</translation>
    </message>
    <message>
        <source>Total forecast over the horizon, with overrides</source>
        <translation>Previsión total del horizonte, con ajustes</translation>
    </message>
    <message>
        <source>Periods a planner has overridden</source>
        <translation>Periodos que un planificador ha ajustado</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::GuideLauncher</name>
    <message>
        <source>&amp;User guide</source>
        <translation>Guía del &amp;usuario</translation>
    </message>
    <message>
        <source>The user guide at the page you are on</source>
        <translation>La guía del usuario en la página en la que se encuentra</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::HelpWindow</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>StockTower user guide</source>
        <translation>Guía del usuario de StockTower</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Keeps the pages that hold every word in the contents and marks the words on the page. Enter: next match, Shift+Enter: previous.</source>
        <translation>Deja en el índice las páginas que contienen todas las palabras y marca las palabras en la página. Intro: siguiente coincidencia; Mayús+Intro: anterior.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1 — StockTower user guide</source>
        <translation>%1 — Guía del usuario de StockTower</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportMappingPage</name>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>known synonym</source>
        <translation>sinónimo conocido</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Check the file layout</source>
        <translation>Compruebe el formato del archivo</translation>
    </message>
    <message>
        <source>The first rows as read with these settings, and the field each column goes to.</source>
        <translation>Las primeras filas leídas con esta configuración y el campo al que va cada columna.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Point ( 1.5 )</source>
        <translation>Punto ( 1.5 )</translation>
    </message>
    <message>
        <source>Comma ( 1,5 )</source>
        <translation>Coma ( 1,5 )</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Marca decimal:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Formato de fecha:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Asociada por</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>&amp;Replace rows whose key exists already (instead of keeping the earlier ones)</source>
        <translation>&amp;Reemplazar las filas cuya clave ya existe (en lugar de conservar las anteriores)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Read as: %1-separated, decimal %2, %3</source>
        <translation>Leído como: separador %1, decimal %2, %3</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each of them.</source>
        <translation>Campos obligatorios sin columna: %1. Elija la columna que contiene cada uno.</translation>
    </message>
    <message>
        <source>More than one column goes to: %1 (highlighted).</source>
        <translation>Más de una columna va a: %1 (resaltado).</translation>
    </message>
    <message>
        <source>1 column will be ignored.</source>
        <translation>Se ignorará 1 columna.</translation>
    </message>
    <message>
        <source>%1 columns will be ignored.</source>
        <translation>Se ignorarán %1 columnas.</translation>
    </message>
    <message>
        <source>All required fields have a column. Next checks every row of the file.</source>
        <translation>Todos los campos obligatorios tienen columna. «Siguiente» comprueba cada fila del archivo.</translation>
    </message>
    <message>
        <source>Delimiter: the character between fields. Detect reads it from the first lines (a first line sep=; is honoured).</source>
        <translation>Separador: el carácter entre campos. Detectar lo lee de las primeras líneas (se respeta una primera línea sep=;).</translation>
    </message>
    <message>
        <source>Decimal mark: what separates whole and fractional parts of numbers in the file; Detect finds a decimal comma in ;-separated files.</source>
        <translation>Marca decimal: lo que separa la parte entera y la decimal de los números en el archivo; Detectar encuentra la coma decimal en archivos separados por ;.</translation>
    </message>
    <message>
        <source>Encoding: how the file&apos;s characters are stored. Detect takes UTF-8 (with or without byte order mark) and falls back to Windows-1252.</source>
        <translation>Codificación: cómo se guardan los caracteres del archivo. Detectar acepta UTF-8 (con o sin marca de orden de bytes) y, si no, recurre a Windows-1252.</translation>
    </message>
    <message>
        <source>Date format: how dates are written in the file. Detect refuses a column whose dates fit both DD/MM and MM/DD: choose one then.</source>
        <translation>Formato de fecha: cómo se escriben las fechas en el archivo. Detectar rechaza una columna cuyas fechas encajan tanto en DD/MM como en MM/DD: en ese caso, elija uno.</translation>
    </message>
    <message>
        <source>Replace: for transactions (demand, purchase orders, receipts, orders), a row whose key is already in the workspace replaces the stored one; off, it is skipped.</source>
        <translation>Reemplazar: en las transacciones (demanda, pedidos de compra, recepciones, pedidos), una fila cuya clave ya está en el espacio de trabajo reemplaza a la guardada; desactivado, se omite.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportResultPage</name>
    <message>
        <source>Import &amp;anyway</source>
        <translation>Importar i&amp;gualmente</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: either the whole file or nothing.</source>
        <translation>Todas las filas se escriben en una sola transacción: o todo el archivo o nada.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>The import failed: %1
Nothing was written.</source>
        <translation>La importación falló: %1
No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importación completada</translation>
    </message>
    <message>
        <source>Imported %1 from %2: read %3 rows, wrote %4.</source>
        <translation>Importación de %1 desde %2 completada: %3 filas leídas, %4 escritas.</translation>
    </message>
    <message>
        <source>%1 rows were already present from earlier imports and were left as they were.</source>
        <translation>%1 filas ya estaban presentes de importaciones anteriores y se han dejado como estaban.</translation>
    </message>
    <message>
        <source>Warnings noted in the import log: %1.</source>
        <translation>Advertencias anotadas en el registro de importaciones: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>This very file was imported into this workspace before, so nothing was written. Import it anyway if that is what you want.</source>
        <translation>Este mismo archivo ya se importó antes en este espacio de trabajo, así que no se ha escrito nada. Impórtelo igualmente si es lo que desea.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import rejected</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Errors in the file: %1, warnings: %2. Nothing was written.</source>
        <translation>Errores en el archivo: %1; advertencias: %2. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Elija qué importar</translation>
    </message>
    <message>
        <source>Pick the kind of records the file holds and the CSV file itself.</source>
        <translation>Elija el tipo de registros que contiene el archivo y el propio archivo CSV.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Ruta de un archivo .csv o .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>The next page shows the first rows of the file and how its columns match the fields. Nothing is written before the last step.</source>
        <translation>La página siguiente muestra las primeras filas del archivo y cómo se asocian sus columnas a los campos. No se escribe nada antes del último paso.</translation>
    </message>
    <message>
        <source>%1 Required columns: %2.</source>
        <translation>%1 Columnas obligatorias: %2.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elija un archivo para importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Record type: what the file holds. Master data (sites, items, item-sites, locations, on-hand) is updated by key; transactions are appended.</source>
        <translation>Tipo de registro: lo que contiene el archivo. Los datos maestros (centros, artículos, artículos-centro, ubicaciones, existencias) se actualizan por clave; las transacciones se añaden.</translation>
    </message>
    <message>
        <source>File: a CSV or text file, one record per line with a header line.</source>
        <translation>Archivo: un archivo CSV o de texto, con un registro por línea y una línea de cabecera.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportValidationPage</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Comprobar cada fila</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with errors block the import; warnings do not.</source>
        <translation>Aún no se ha escrito nada. Las filas con errores bloquean la importación; las advertencias, no.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Double-click a problem to see its line in the file</source>
        <translation>Haga doble clic en un problema para ver su línea en el archivo</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Read the file again, for example after correcting it</source>
        <translation>Volver a leer el archivo, por ejemplo después de corregirlo</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>No se pudo comprobar el archivo: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Press &quot;Check again&quot; to restart it.</source>
        <translation>Se canceló la comprobación. Pulse «Comprobar de nuevo» para reiniciarla.</translation>
    </message>
    <message>
        <source>The file cannot be read as it is set up: errors %1, warnings %2. Settings such as the delimiter, the date format and the column mapping are on the previous page.</source>
        <translation>El archivo no se puede leer con esta configuración: errores %1, advertencias %2. Opciones como el separador, el formato de fecha y la asignación de columnas están en la página anterior.</translation>
    </message>
    <message>
        <source>%1 rows checked: errors %2, warnings %3. Correct the file and press &quot;Check again&quot;; nothing can be imported while errors remain. Double-click a problem to see its line.</source>
        <translation>%1 filas comprobadas: errores %2, advertencias %3. Corrija el archivo y pulse «Comprobar de nuevo»; no se puede importar nada mientras haya errores. Haga doble clic en un problema para ver su línea.</translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Solo se muestran los primeros %1 problemas.</translation>
    </message>
    <message>
        <source>All %1 rows are valid, but this workspace is read-only: %2</source>
        <translation>Las %1 filas son válidas, pero este espacio de trabajo es de solo lectura: %2</translation>
    </message>
    <message>
        <source>All %1 rows can be imported (warnings: %2). Press Import to write them.</source>
        <translation>Se pueden importar las %1 filas (advertencias: %2). Pulse Importar para escribirlas.</translation>
    </message>
    <message>
        <source>All %1 rows are valid. Press Import to write them.</source>
        <translation>Las %1 filas son válidas. Pulse Importar para escribirlas.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportWizard</name>
    <message>
        <source>Import CSV file</source>
        <translation>Importar archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unit.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unit.</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo (días)</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Open PO</source>
        <translation>En pedido</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemsPage</name>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Unidad de medida:</translation>
    </message>
    <message>
        <source>Handling class:</source>
        <translation>Clase de manipulación:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Coste unitario:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Precio unitario:</translation>
    </message>
    <message>
        <source>Case pack:</source>
        <translation>Unidades por caja:</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>Plazo de reposición:</translation>
    </message>
    <message>
        <source>Minimum order qty:</source>
        <translation>Pedido mínimo:</translation>
    </message>
    <message>
        <source>Order multiple:</source>
        <translation>Múltiplo de pedido:</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>Existencias:</translation>
    </message>
    <message>
        <source>Open purchase orders:</source>
        <translation>Pedidos de compra abiertos:</translation>
    </message>
    <message>
        <source>Filter by SKU, description, supplier or category</source>
        <translation>Filtrar por SKU, descripción, proveedor o categoría</translation>
    </message>
    <message>
        <source>Item filter</source>
        <translation>Filtro de artículos</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del artículo</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading items</source>
        <translation>Cargando artículos</translation>
    </message>
    <message>
        <source>Cannot read the items: %1</source>
        <translation>No se pueden leer los artículos: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Loading items…</source>
        <translation>Cargando artículos…</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 artículos</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Ningún artículo seleccionado</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>This workspace has no items yet. Import an item master from File → Import…</source>
        <translation>Este espacio de trabajo aún no tiene artículos. Importe un maestro de artículos desde Archivo → Importar…</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Seleccione un artículo para ver su demanda semanal.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 days (± %2)</source>
        <translation>%1 días (± %2)</translation>
    </message>
    <message>
        <source>Cannot read the demand history: %1</source>
        <translation>No se puede leer el historial de demanda: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::KpiBenchmarkDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Benchmarks of %1</source>
        <translation>Referencias de %1</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>e.g. WERC DC Measures</source>
        <translation>p. ej. WERC DC Measures</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>what exactly was measured, caveats</source>
        <translation>qué se midió exactamente, salvedades</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>N&amp;ivel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
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
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>The workspace is read-only: benchmarks can be read but not changed.</source>
        <translation>El espacio de trabajo es de solo lectura: las referencias se pueden leer pero no cambiar.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::KpiTile</name>
    <message>
        <source>13 weeks, oldest first; dashed: the target; dot: the week shown</source>
        <translation>13 semanas, la más antigua primero; discontinua: el objetivo; punto: la semana mostrada</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>No data this week</source>
        <translation>Sin datos esta semana</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>No value in %1</source>
        <translation>Sin valor en %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::LineViewDialog</name>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Text as in the file</source>
        <translation>Texto tal como está en el archivo</translation>
    </message>
    <message>
        <source>Lines of the file</source>
        <translation>Líneas del archivo</translation>
    </message>
    <message>
        <source>1 …</source>
        <translation>1 …</translation>
    </message>
    <message>
        <source>The header line</source>
        <translation>La línea de cabecera</translation>
    </message>
    <message>
        <source>The file can no longer be read at this line.</source>
        <translation>El archivo ya no se puede leer en esta línea.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::MainWindow</name>
    <message>
        <source>Creating the demo workspace</source>
        <translation>Creando el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Apertura cancelada.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Control tower</source>
        <translation>Torre de control</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentación</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Cuadro de KPI</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>The items are still loading; try again in a moment.</source>
        <translation>Los artículos aún se están cargando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>That item is not in the item list.</source>
        <translation>Ese artículo no está en la lista de artículos.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Abrir espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About StockTower</source>
        <translation>&amp;Acerca de StockTower</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Creating the demo workspace; this takes a moment the first time…</source>
        <translation>Creando el espacio de trabajo de demostración; la primera vez tarda un momento…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>No se puede crear el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Demo workspace not created.</source>
        <translation>No se ha creado el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1)</source>
        <translation>Espacios de trabajo de StockTower (%1)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1);;All files (*)</source>
        <translation>Espacios de trabajo de StockTower (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Abra o cree primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Este espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>1 fila exportada a %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 filas exportadas a %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>%1-backup-%2.stdb</source>
        <translation>%1-copia-%2.stdb</translation>
    </message>
    <message>
        <source>Back up workspace to</source>
        <translation>Guardar copia de seguridad en</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Haciendo copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad escrita en %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>About StockTower</source>
        <translation>Acerca de StockTower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Inventory planning and control tower.&lt;/p&gt;&lt;p&gt;Forecasts, stock policies and warehouse slotting from your own data, kept in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Planificación de inventario y torre de control.&lt;/p&gt;&lt;p&gt;Previsiones, políticas de stock y asignación de ubicaciones del almacén a partir de sus propios datos, guardados en un solo archivo de espacio de trabajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace check could not start: %1</source>
        <translation>No se pudo iniciar la comprobación del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Checking workspace…</source>
        <translation>Comprobando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Workspace check cancelled.</source>
        <translation>Comprobación del espacio de trabajo cancelada.</translation>
    </message>
    <message>
        <source>The workspace check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Workspace check passed.</source>
        <translation>Comprobación del espacio de trabajo superada.</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>no se dieron detalles</translation>
    </message>
    <message>
        <source>the workspace check found damage in the file (%1)</source>
        <translation>la comprobación del espacio de trabajo encontró daños en el archivo (%1)</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <source>&lt;p&gt;The check of &lt;b&gt;%1&lt;/b&gt; found damage in the file.&lt;/p&gt;&lt;p&gt;The workspace stays open &lt;b&gt;read-only&lt;/b&gt;: you can look at it and export what you need, but nothing will be written to it. Nothing in the file has been changed.&lt;/p&gt;&lt;p&gt;Restore the workspace from a backup, or export its data and import it into a new workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La comprobación de &lt;b&gt;%1&lt;/b&gt; encontró daños en el archivo.&lt;/p&gt;&lt;p&gt;El espacio de trabajo sigue abierto en &lt;b&gt;solo lectura&lt;/b&gt;: puede consultarlo y exportar lo que necesite, pero no se escribirá nada en él. No se ha modificado nada del archivo.&lt;/p&gt;&lt;p&gt;Restaure el espacio de trabajo desde una copia de seguridad, o exporte sus datos e impórtelos en un espacio de trabajo nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation>SQLite informó: %1</translation>
    </message>
    <message>
        <source>Opening %1 — StockTower</source>
        <translation>Abriendo %1 — StockTower</translation>
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
        <source>Opening &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Abriendo &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>No workspace is open. Use &lt;b&gt;File → New Workspace&lt;/b&gt; or &lt;b&gt;File → Open Workspace&lt;/b&gt;, or drop a .stdb file here.</source>
        <translation>No hay ningún espacio de trabajo abierto. Use &lt;b&gt;Archivo → Nuevo espacio de trabajo&lt;/b&gt; o &lt;b&gt;Archivo → Abrir espacio de trabajo&lt;/b&gt;, o suelte aquí un archivo .stdb.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is read-only&lt;/b&gt; because %1 You can look at everything, but imports and changes are disabled.</source>
        <translation>&lt;b&gt;Este espacio de trabajo es de solo lectura&lt;/b&gt; porque %1 Puede consultarlo todo, pero las importaciones y los cambios están desactivados.</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Ningún espacio de trabajo</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>loading items…</source>
        <translation>cargando artículos…</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 centro</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 centros</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The new language takes effect when StockTower restarts.</source>
        <translation>El nuevo idioma se aplicará cuando se reinicie StockTower.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ParetoChart</name>
    <message>
        <source>ABC Pareto chart</source>
        <translation>Gráfico de Pareto ABC</translation>
    </message>
    <message>
        <source>Share of ranked items (%)</source>
        <translation>Proporción de artículos ordenados (%)</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Proporción acumulada (%)</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Nada que representar.</translation>
    </message>
    <message>
        <source>usage value</source>
        <translation>valor de consumo</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>picks</source>
        <translation>picks</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margen</translation>
    </message>
    <message>
        <source>%1: %2 % of items</source>
        <translation>%1: %2 % de los artículos</translation>
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
        <translation>Proporción acumulada</translation>
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
        <translation>Proporción acumulada de %1</translation>
    </message>
    <message>
        <source>Items, largest first (%)</source>
        <translation>Artículos, de mayor a menor (%)</translation>
    </message>
    <message>
        <source>Item-sites, largest first (%)</source>
        <translation>Artículos-centro, de mayor a menor (%)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyDefaultsBar</name>
    <message>
        <source>Service target</source>
        <translation>Objetivo de servicio</translation>
    </message>
    <message>
        <source>Service target for class %1</source>
        <translation>Objetivo de servicio de la clase %1</translation>
    </message>
    <message>
        <source>service target of class %1</source>
        <translation>el objetivo de servicio de la clase %1</translation>
    </message>
    <message>
        <source>cycle service level</source>
        <translation>nivel de servicio de ciclo</translation>
    </message>
    <message>
        <source>fill rate</source>
        <translation>tasa de servicio</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/año</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Tasa de mantenimiento</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coste de pedido</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>el tipo de servicio</translation>
    </message>
    <message>
        <source>holding rate</source>
        <translation>la tasa de mantenimiento</translation>
    </message>
    <message>
        <source>order cost</source>
        <translation>el coste de pedido</translation>
    </message>
    <message>
        <source>Service target of class %1: the default service level for class %1 item-sites, read as the service type beside it (an item-site&apos;s own value wins). Unit: % (cycle service level: % of replenishment cycles without a stock-out; fill rate: % of demanded units filled from stock).</source>
        <translation>Objetivo de servicio de la clase %1: el nivel de servicio por defecto de los artículos-centro de clase %1, interpretado según el tipo de servicio que hay al lado (prevalece el valor propio del artículo-centro). Unidad: % (nivel de servicio de ciclo: % de ciclos de reposición sin rotura de stock; tasa de servicio: % de las unidades demandadas servidas desde stock).</translation>
    </message>
    <message>
        <source>Service type: what the targets mean. Cycle service level: probability of no stock-out in a replenishment cycle (unit: % of cycles). Fill rate: share of demanded units filled from stock (unit: % of units).</source>
        <translation>Tipo de servicio: qué significan los objetivos. Nivel de servicio de ciclo: probabilidad de no tener rotura de stock en un ciclo de reposición (unidad: % de ciclos). Tasa de servicio: proporción de las unidades demandadas servidas desde stock (unidad: % de unidades).</translation>
    </message>
    <message>
        <source>Holding rate: the yearly cost of keeping one unit in stock (capital, storage, shrinkage) as a share of its unit cost. Unit: % of unit cost per year.</source>
        <translation>Tasa de mantenimiento: el coste anual de mantener una unidad en stock (capital, almacenaje, mermas) como proporción de su coste unitario. Unidad: % del coste unitario al año.</translation>
    </message>
    <message>
        <source>Order cost: the fixed cost of placing one purchase order (buying, receiving, invoice), whatever its quantity; used by the EOQ. Unit: currency per order.</source>
        <translation>Coste de pedido: el coste fijo de emitir un pedido de compra (compra, recepción, factura), sea cual sea su cantidad; lo usa el EOQ. Unidad: moneda por pedido.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyPage</name>
    <message>
        <source>&amp;Recompute</source>
        <translation>Re&amp;calcular</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Proposals only</source>
        <translation>Solo &amp;propuestas</translation>
    </message>
    <message>
        <source>Recompute the policy of every item-site with the current defaults</source>
        <translation>Recalcular la política de cada artículo-centro con los valores por defecto actuales</translation>
    </message>
    <message>
        <source>Filter by SKU or site</source>
        <translation>Filtrar por SKU o centro</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>Filtro de políticas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Only item-sites whose projected stock is at or below the reorder point today</source>
        <translation>Solo los artículos-centro cuyo stock proyectado está hoy en el punto de pedido o por debajo</translation>
    </message>
    <message>
        <source>Item-site policies</source>
        <translation>Políticas por artículo-centro</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>Por qué estas cifras</translation>
    </message>
    <message>
        <source>Select a row to see how its numbers were computed.</source>
        <translation>Seleccione una fila para ver cómo se calcularon sus cifras.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace to see its stock policies.</source>
        <translation>Abra un espacio de trabajo para ver sus políticas de stock.</translation>
    </message>
    <message>
        <source>The policies are computed when you open this page.</source>
        <translation>Las políticas se calculan al abrir esta página.</translation>
    </message>
    <message>
        <source>The workspace is read-only: defaults cannot be changed.</source>
        <translation>El espacio de trabajo es de solo lectura: no se pueden cambiar los valores por defecto.</translation>
    </message>
    <message>
        <source>Policy defaults</source>
        <translation>Valores por defecto de la política</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Este espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>The defaults could not be saved: %1</source>
        <translation>No se pudieron guardar los valores por defecto: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Computing stock policies</source>
        <translation>Calculando las políticas de stock</translation>
    </message>
    <message>
        <source>No item-site has demand, parameters or stock yet. Import items and demand (File → Import…) to compute policies.</source>
        <translation>Ningún artículo-centro tiene aún demanda, parámetros ni stock. Importe artículos y demanda (Archivo → Importar…) para calcular políticas.</translation>
    </message>
    <message>
        <source>The policy run failed: %1</source>
        <translation>El cálculo de políticas falló: %1</translation>
    </message>
    <message>
        <source>Computing the stock policies…</source>
        <translation>Calculando las políticas de stock…</translation>
    </message>
    <message>
        <source>The inputs of this row are no longer at hand; recompute to explain it.</source>
        <translation>Los datos de entrada de esta fila ya no están disponibles; recalcule para explicarla.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Sin calcular: %1</translation>
    </message>
    <message>
        <source>No explanation is available for this row.</source>
        <translation>No hay explicación disponible para esta fila.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>La explicación falló: %1</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 artículos-centro</translation>
    </message>
    <message>
        <source>%1 of %2 item-sites</source>
        <translation>%1 de %2 artículos-centro</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Investment &lt;b&gt;%1&lt;/b&gt; (safety %2, cycle %3)</source>
        <translation>Inversión &lt;b&gt;%1&lt;/b&gt; (seguridad %2, ciclo %3)</translation>
    </message>
    <message>
        <source>fill rate &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>tasa de servicio &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSL %1</source>
        <translation>CSL %1</translation>
    </message>
    <message>
        <source>cost %1/yr</source>
        <translation>coste %1/año</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposals worth %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; propuestas por valor de %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 not computed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 sin calcular&lt;/span&gt;</translation>
    </message>
    <message>
        <source>demand from forecast run %1</source>
        <translation>demanda de la ejecución de previsión %1</translation>
    </message>
    <message>
        <source>demand from history</source>
        <translation>demanda del historial</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalculando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the policies</source>
        <translation>Exportando las políticas</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export the policies</source>
        <translation>Exportar las políticas</translation>
    </message>
    <message>
        <source>%1, today %2</source>
        <translation>%1, hoy %2</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyTableModel</name>
    <message>
        <source>fill</source>
        <translation>TS</translation>
    </message>
    <message>
        <source>CSL</source>
        <translation>CSL</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Sin calcular: %1</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1, objetivo %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock seg.</translation>
    </message>
    <message>
        <source>Reorder pt</source>
        <translation>Punto ped.</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Cant. ped.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyectado</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha ped.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when StockTower restarts.</source>
        <translation>Un nuevo idioma se aplicará cuando se reinicie StockTower.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — cancelando…</translation>
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
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioChangesEditor</name>
    <message>
        <source>&amp;Add change</source>
        <translation>&amp;Añadir cambio</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Scenario changes</source>
        <translation>Cambios del escenario</translation>
    </message>
    <message>
        <source>Scope: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NAME&lt;/i&gt;, &lt;i&gt;category:NAME&lt;/i&gt; or &lt;i&gt;item:SKU&lt;/i&gt;. Later rows win.</source>
        <translation>Ámbito: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NOMBRE&lt;/i&gt;, &lt;i&gt;category:NOMBRE&lt;/i&gt; o &lt;i&gt;item:SKU&lt;/i&gt;. Prevalecen las filas posteriores.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>service: the service target for the scope, read as the service type (cycle service level or fill rate). Unit: a fraction strictly between 0 and 1 (0.98 = 98 %).</source>
        <translation>service: el objetivo de servicio del ámbito, interpretado según el tipo de servicio (nivel de servicio de ciclo o tasa de servicio). Unidad: una fracción estrictamente entre 0 y 1 (0.98 = 98 %).</translation>
    </message>
    <message>
        <source>service-type: what the target means. csl = cycle service level (share of replenishment cycles without a stock-out); fill-rate = share of demanded units filled from stock. No unit.</source>
        <translation>service-type: qué significa el objetivo. csl = nivel de servicio de ciclo (proporción de ciclos de reposición sin rotura de stock); fill-rate = proporción de las unidades demandadas servidas desde stock. Sin unidad.</translation>
    </message>
    <message>
        <source>lead-time-factor: multiplies the lead time (after lead-time, when both are given). Unit: a factor greater than 0 (1.2 = 20 % longer).</source>
        <translation>lead-time-factor: multiplica el plazo de reposición (después de lead-time, si se indican ambos). Unidad: un factor mayor que 0 (1.2 = un 20 % más largo).</translation>
    </message>
    <message>
        <source>lead-time: replaces the supplier lead time, from order to receipt. Unit: days, greater than 0.</source>
        <translation>lead-time: sustituye el plazo de reposición del proveedor, del pedido a la recepción. Unidad: días, mayor que 0.</translation>
    </message>
    <message>
        <source>lead-time-sd: the standard deviation of the lead time. Unit: days, 0 or more.</source>
        <translation>lead-time-sd: la desviación típica del plazo de reposición. Unidad: días, 0 o más.</translation>
    </message>
    <message>
        <source>demand-factor: scales the demand level; its standard deviation scales with it, keeping the coefficient of variation. Unit: a factor greater than 0 (1.1 = 10 % more demand).</source>
        <translation>demand-factor: escala el nivel de demanda; su desviación típica se escala con él, manteniendo el coeficiente de variación. Unidad: un factor mayor que 0 (1.1 = un 10 % más de demanda).</translation>
    </message>
    <message>
        <source>error-factor: scales the standard deviation of the forecast error alone (better or worse forecasts). Unit: a factor greater than 0 (0.8 = 20 % smaller error).</source>
        <translation>error-factor: escala solo la desviación típica del error de previsión (previsiones mejores o peores). Unidad: un factor mayor que 0 (0.8 = un error un 20 % menor).</translation>
    </message>
    <message>
        <source>review-period: the time between reviews of stock; 0 = continuous review, (s,Q); more = periodic review, (R,S). Unit: days, 0 or more.</source>
        <translation>review-period: el tiempo entre revisiones del stock; 0 = revisión continua, (s,Q); más = revisión periódica, (R,S). Unidad: días, 0 o más.</translation>
    </message>
    <message>
        <source>holding-rate: the yearly cost of keeping one unit in stock as a share of its unit cost. Unit: a fraction per year (0.25 = 25 %/yr).</source>
        <translation>holding-rate: el coste anual de mantener una unidad en stock como proporción de su coste unitario. Unidad: una fracción al año (0.25 = 25 %/año).</translation>
    </message>
    <message>
        <source>order-cost: the fixed cost of placing one purchase order, used by the EOQ. Unit: currency per order.</source>
        <translation>order-cost: el coste fijo de emitir un pedido de compra; lo usa el EOQ. Unidad: moneda por pedido.</translation>
    </message>
    <message>
        <source>Scope: which item-sites the change applies to: all, abc:A, xyz:Z, site:CODE, supplier:NAME, category:NAME or item:SKU. Blank means all.</source>
        <translation>Ámbito: a qué artículos-centro se aplica el cambio: all, abc:A, xyz:Z, site:CÓDIGO, supplier:NOMBRE, category:NOMBRE o item:SKU. Vacío significa all.</translation>
    </message>
    <message>
        <source>Parameter: what the change sets; hover over a parameter in the list for its meaning and unit.</source>
        <translation>Parámetro: lo que fija el cambio; pase el ratón sobre un parámetro de la lista para ver su significado y su unidad.</translation>
    </message>
    <message>
        <source>Value: the new value, in the parameter&apos;s unit (fractions for service and holding rate, days for lead times and the review period, factors for the *-factor parameters, currency for the order cost).</source>
        <translation>Valor: el nuevo valor, en la unidad del parámetro (fracciones para service y holding-rate, días para los plazos de reposición y el periodo de revisión, factores para los parámetros *-factor, moneda para el coste de pedido).</translation>
    </message>
    <message>
        <source>Problem: why the row cannot be saved, if it cannot.</source>
        <translation>Problema: por qué no se puede guardar la fila, si no se puede.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioComparisonModel</name>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Worse than the base</source>
        <translation>Peor que la base</translation>
    </message>
    <message>
        <source>Not computed yet: recompute this scenario</source>
        <translation>Aún sin calcular: recalcule este escenario</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1 − base</source>
        <translation>%1 − base</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Calculado el %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Aún sin calcular</translation>
    </message>
    <message>
        <source>Safety stock value: the sum over item-sites of safety stock × unit cost. Unit: currency.</source>
        <translation>Valor del stock de seguridad: la suma sobre los artículos-centro de stock de seguridad × coste unitario. Unidad: moneda.</translation>
    </message>
    <message>
        <source>Cycle stock value: the sum over item-sites of half the order quantity × unit cost, the average stock between receipts. Unit: currency.</source>
        <translation>Valor del stock de ciclo: la suma sobre los artículos-centro de la mitad de la cantidad de pedido × coste unitario, el stock medio entre recepciones. Unidad: moneda.</translation>
    </message>
    <message>
        <source>Inventory investment: safety stock value + cycle stock value, the average stock at cost. Unit: currency.</source>
        <translation>Inversión en inventario: valor del stock de seguridad + valor del stock de ciclo, el stock medio a coste. Unidad: moneda.</translation>
    </message>
    <message>
        <source>Expected CSL: the cycle service level the policies promise (probability of no stock-out in a replenishment cycle), weighted by each item-site&apos;s demand. Unit: %.</source>
        <translation>CSL esperado: el nivel de servicio de ciclo que prometen las políticas (probabilidad de no tener rotura de stock en un ciclo de reposición), ponderado por la demanda de cada artículo-centro. Unidad: %.</translation>
    </message>
    <message>
        <source>Expected fill rate: the share of demanded units the policies are expected to fill from stock, weighted by each item-site&apos;s demand. Unit: % of units.</source>
        <translation>Tasa de servicio esperada: la proporción de las unidades demandadas que se espera que las políticas sirvan desde stock, ponderada por la demanda de cada artículo-centro. Unidad: % de unidades.</translation>
    </message>
    <message>
        <source>Expected stockout units: units short per cycle × cycles per year, summed over item-sites. Unit: units per year.</source>
        <translation>Unidades en rotura esperadas: unidades que faltan por ciclo × ciclos al año, sumadas sobre los artículos-centro. Unidad: unidades al año.</translation>
    </message>
    <message>
        <source>Holding cost: holding rate × unit cost × average stock (safety stock + half the order quantity), summed. Unit: currency per year.</source>
        <translation>Coste de mantenimiento: tasa de mantenimiento × coste unitario × stock medio (stock de seguridad + mitad de la cantidad de pedido), sumado. Unidad: moneda al año.</translation>
    </message>
    <message>
        <source>Ordering cost: order cost × orders a year (annual demand ÷ order quantity), summed. Unit: currency per year.</source>
        <translation>Coste de pedidos: coste de pedido × pedidos al año (demanda anual ÷ cantidad de pedido), sumado. Unidad: moneda al año.</translation>
    </message>
    <message>
        <source>Total cost: holding cost + ordering cost. Unit: currency per year.</source>
        <translation>Coste total: coste de mantenimiento + coste de pedidos. Unidad: moneda al año.</translation>
    </message>
    <message>
        <source>Turns: annual demand at cost ÷ inventory investment. Unit: turns per year.</source>
        <translation>Rotación: demanda anual a coste ÷ inversión en inventario. Unidad: rotaciones al año.</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites the scenario computed. Unit: item-sites.</source>
        <translation>Artículos-centro: cuántos artículos-centro calculó el escenario. Unidad: artículos-centro.</translation>
    </message>
    <message>
        <source>Item-sites not computed: item-sites whose inputs were missing or invalid (see the Policy page). Unit: item-sites.</source>
        <translation>Artículos-centro no calculados: artículos-centro cuyos datos de entrada faltaban o no eran válidos (vea la página Política). Unidad: artículos-centro.</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Valor del stock de seguridad</translation>
    </message>
    <message>
        <source>Cycle stock value</source>
        <translation>Valor del stock de ciclo</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Inversión en inventario</translation>
    </message>
    <message>
        <source>Expected CSL (demand-weighted)</source>
        <translation>CSL esperado (ponderado por la demanda)</translation>
    </message>
    <message>
        <source>Expected fill rate (demand-weighted)</source>
        <translation>Nivel de servicio en unidades esperado (ponderado por la demanda)</translation>
    </message>
    <message>
        <source>Expected stockout units per year</source>
        <translation>Unidades en rotura esperadas por año</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Coste de posesión por año</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Coste de pedido por año</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Coste total por año</translation>
    </message>
    <message>
        <source>Turns per year</source>
        <translation>Rotaciones por año</translation>
    </message>
    <message>
        <source>Item-sites</source>
        <translation>Artículos-centro</translation>
    </message>
    <message>
        <source>Item-sites not computed</source>
        <translation>Artículos-centro no calculados</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Renom&amp;brar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Promote to base…</source>
        <translation>&amp;Pasar a base…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Pr&amp;int / PDF…</source>
        <translation>&amp;Imprimir / PDF…</translation>
    </message>
    <message>
        <source>Compute &amp;trade-off</source>
        <translation>Calcular in&amp;versión/servicio</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Tick scenarios to compare them with the base</source>
        <translation>Marque escenarios para compararlos con la base</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escenarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recompute the current scenario&apos;s policies in the background</source>
        <translation>Recalcular en segundo plano las políticas del escenario actual</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparación de escenarios</translation>
    </message>
    <message>
        <source>Δ = scenario − base; red: worse service than the base</source>
        <translation>Δ = escenario − base; rojo: peor servicio que la base</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Inversión/servicio</translation>
    </message>
    <message>
        <source>Simulation check</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Open a workspace to plan what-if scenarios.</source>
        <translation>Abra un espacio de trabajo para planificar escenarios hipotéticos.</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>La curva inversión-servicio se calcula a petición.</translation>
    </message>
    <message>
        <source>base (current parameters)</source>
        <translation>base (parámetros actuales)</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Calculado el %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Aún sin calcular</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>calculado el %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;not computed yet&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;aún sin calcular&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;base&lt;/b&gt; — the workspace parameters (promoted changes); %1</source>
        <translation>&lt;b&gt;base&lt;/b&gt;: los parámetros del espacio de trabajo (cambios aplicados a la base); %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts without changes):</source>
        <translation>Nombre del nuevo escenario (empieza sin cambios):</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Nombre de la copia de %1:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - copia</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the scenario &lt;b&gt;%1&lt;/b&gt; with its changes and results? This cannot be undone.</source>
        <translation>¿Eliminar el escenario &lt;b&gt;%1&lt;/b&gt; con sus cambios y resultados? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Promote scenario</source>
        <translation>Pasar escenario a base</translation>
    </message>
    <message>
        <source>Make the parameters of &lt;b&gt;%1&lt;/b&gt; the new base? Every page computes from the base afterwards; the scenario itself stays.</source>
        <translation>¿Convertir los parámetros de &lt;b&gt;%1&lt;/b&gt; en la nueva base? A partir de entonces todas las páginas calculan desde la base; el escenario se conserva.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Pasar a base</translation>
    </message>
    <message>
        <source>Scenario changes</source>
        <translation>Cambios del escenario</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Recomputing scenario %1</source>
        <translation>Recalculando el escenario %1</translation>
    </message>
    <message>
        <source>Recompute failed</source>
        <translation>Error al recalcular</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Computing the trade-off curve</source>
        <translation>Calculando la curva inversión-servicio</translation>
    </message>
    <message>
        <source>Computing the trade-off curve…</source>
        <translation>Calculando la curva inversión-servicio…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The trade-off failed: %1</source>
        <translation>La curva inversión-servicio falló: %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Print the scenario comparison</source>
        <translation>Imprimir la comparación de escenarios</translation>
    </message>
    <message>
        <source>Scenario comparison — %1</source>
        <translation>Comparación de escenarios — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>Re&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <source>Compute the scorecard again</source>
        <translation>Volver a calcular el cuadro de mando</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Detener el cálculo; lo mostrado se mantiene</translation>
    </message>
    <message>
        <source>Benchmark values of the selected KPI, with their source and year</source>
        <translation>Valores de referencia del KPI seleccionado, con su fuente y año</translation>
    </message>
    <message>
        <source>Weekly &amp;report</source>
        <translation>Informe se&amp;manal</translation>
    </message>
    <message>
        <source>The one-page weekly KPI report of this site and week: print preview, print or PDF</source>
        <translation>El informe semanal de KPI de una página de este centro y semana: vista previa, impresión o PDF</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Cuadro de mando de KPI</translation>
    </message>
    <message>
        <source>KPI details</source>
        <translation>Detalles del KPI</translation>
    </message>
    <message>
        <source>Select a KPI to see its formula, data, sample and benchmarks.</source>
        <translation>Seleccione un KPI para ver su fórmula, datos, muestra y referencias.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the scorecard needs the KPI tables.</source>
        <translation>Este espacio de trabajo es anterior a los KPI (formato %1) y está abierto en solo lectura. Ábralo una vez en lectura y escritura para actualizarlo; el cuadro de mando necesita las tablas de KPI.</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPI scorecard.</source>
        <translation>Abra un espacio de trabajo para ver su cuadro de mando de KPI.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites and orders (File → Import…) to see their KPIs.</source>
        <translation>Este espacio de trabajo aún no tiene centros. Importe centros y pedidos (Archivo → Importar…) para ver sus KPI.</translation>
    </message>
    <message>
        <source>The scorecard is computed when you open this page.</source>
        <translation>El cuadro de mando se calcula al abrir esta página.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (en curso)</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Computing the KPI scorecard of %1</source>
        <translation>Calculando el cuadro de mando de KPI de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 de %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the scorecard.</source>
        <translation>Cancelado. Pulse Actualizar para calcular el cuadro de mando.</translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation>No se pudo calcular el cuadro de mando: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Computing the scorecard of %1 for %2…</source>
        <translation>Calculando el cuadro de mando de %1 para %2…</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>semana &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, order cut-off %2</source>
        <translation>%1, corte de pedidos %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed and stored</source>
        <translation>
            <numerusform>%n semana calculada y guardada</numerusform>
            <numerusform>%n semanas calculadas y guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed in memory (read-only workspace)</source>
        <translation>
            <numerusform>%n semana calculada en memoria (espacio de trabajo de solo lectura)</numerusform>
            <numerusform>%n semanas calculadas en memoria (espacio de trabajo de solo lectura)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only workspace: targets, tolerances, owners, comments and benchmarks cannot be changed.</source>
        <translation>Espacio de trabajo de solo lectura: no se pueden cambiar objetivos, tolerancias, responsables, comentarios ni referencias.</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalculando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 days: %2 (%3 %)</source>
        <translation>%1 días: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Stock by age (FIFO receipt layers):</source>
        <translation>Stock por antigüedad (capas de recepción FIFO):</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <source>%1 %2 this week (minimum %3)</source>
        <translation>%1 %2 esta semana (mínimo %3)</translation>
    </message>
    <message>
        <source>; %1 of %2</source>
        <translation>; %1 de %2</translation>
    </message>
    <message>
        <source>Data needed:</source>
        <translation>Datos necesarios:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Why n/a:</source>
        <translation>Por qué n/d:</translation>
    </message>
    <message>
        <source>set for %1</source>
        <translation>definido para %1</translation>
    </message>
    <message>
        <source>workspace default</source>
        <translation>valor por defecto del espacio de trabajo</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>%1 (%2), amber band %3, hysteresis %4</source>
        <translation>%1 (%2), banda ámbar %3, histéresis %4</translation>
    </message>
    <message>
        <source>none, so the KPI is not rated</source>
        <translation>ninguno, así que el KPI no se califica</translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>none (double-click the Benchmark cell to add one)</source>
        <translation>ninguna (haga doble clic en la celda Referencia para añadir una)</translation>
    </message>
    <message>
        <source>&amp;Reset to the workspace default target</source>
        <translation>Res&amp;tablecer el objetivo por defecto del espacio de trabajo</translation>
    </message>
    <message>
        <source>Drop this site&apos;s own target, band, hysteresis and owner</source>
        <translation>Eliminar el objetivo, la banda, la histéresis y el responsable propios de este centro</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>This workspace is read-only, so KPI targets, tolerances, owners, comments and benchmarks cannot be changed. It is read-only because %1</source>
        <translation>Este espacio de trabajo es de solo lectura, así que no se pueden cambiar objetivos, tolerancias, responsables, comentarios ni referencias de los KPI. Es de solo lectura porque %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>No se pudo deshacer el cambio: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Enter the target of %1 in percent, from 0 to 100 (or leave it blank: not rated).</source>
        <translation>Introduzca el objetivo de %1 en porcentaje, de 0 a 100 (o déjelo vacío: sin calificar).</translation>
    </message>
    <message>
        <source>Enter the target of %1 as a number of zero or more (or leave it blank: not rated).</source>
        <translation>Introduzca el objetivo de %1 como un número igual o mayor que cero (o déjelo vacío: sin calificar).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <source>Enter the amber band of %1 as a number of zero or more%2.</source>
        <translation>Introduzca la banda ámbar de %1 como un número igual o mayor que cero%2.</translation>
    </message>
    <message>
        <source>Enter the hysteresis of %1 as a number of zero or more%2.</source>
        <translation>Introduzca la histéresis de %1 como un número igual o mayor que cero%2.</translation>
    </message>
    <message>
        <source>, in percentage points</source>
        <translation>, en puntos porcentuales</translation>
    </message>
    <message>
        <source>amber band</source>
        <translation>la banda ámbar</translation>
    </message>
    <message>
        <source>hysteresis</source>
        <translation>la histéresis</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>el responsable</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Elija primero un centro.</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>No se pudieron leer los objetivos: %1</translation>
    </message>
    <message>
        <source>Tolerances must be numbers of zero or more.</source>
        <translation>Las tolerancias deben ser números iguales o mayores que cero.</translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Reset the target of %1</source>
        <translation>Restablecer el objetivo de %1</translation>
    </message>
    <message>
        <source>Choose a site and week first.</source>
        <translation>Elija primero un centro y una semana.</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>No se pudieron leer los comentarios: %1</translation>
    </message>
    <message>
        <source>Comment on %1 for %2</source>
        <translation>Comentario sobre %1 para %2</translation>
    </message>
    <message>
        <source>A benchmark needs a level (such as “best in class” or “median”) and a source.</source>
        <translation>Una referencia necesita un nivel (como «mejor de su clase» o «mediana») y una fuente.</translation>
    </message>
    <message>
        <source>A benchmark value must be a number of zero or more.</source>
        <translation>El valor de una referencia debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>The year of a benchmark must be between 1900 and 2100, or not given.</source>
        <translation>El año de una referencia debe estar entre 1900 y 2100, o sin indicar.</translation>
    </message>
    <message>
        <source>%1 already has a “%2” benchmark from “%3”. Change that one instead.</source>
        <translation>%1 ya tiene una referencia «%2» de «%3». Cambie esa en su lugar.</translation>
    </message>
    <message>
        <source>That benchmark no longer exists.</source>
        <translation>Esa referencia ya no existe.</translation>
    </message>
    <message>
        <source>Change a benchmark of %1</source>
        <translation>Cambiar una referencia de %1</translation>
    </message>
    <message>
        <source>Add a benchmark to %1</source>
        <translation>Añadir una referencia a %1</translation>
    </message>
    <message>
        <source>The benchmarks could not be read: %1</source>
        <translation>No se pudieron leer las referencias: %1</translation>
    </message>
    <message>
        <source>Remove a benchmark of %1</source>
        <translation>Quitar una referencia de %1</translation>
    </message>
    <message>
        <source>Select a KPI in the table first.</source>
        <translation>Seleccione primero un KPI en la tabla.</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardTableModel</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>The site&apos;s own target.</source>
        <translation>El objetivo propio del centro.</translation>
    </message>
    <message>
        <source>The workspace default target.</source>
        <translation>El objetivo por defecto del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Blank means not rated.</source>
        <translation>Vacío significa sin calificar.</translation>
    </message>
    <message>
        <source>How far on the wrong side of the target is still amber (%1).</source>
        <translation>Hasta dónde, en el lado equivocado del objetivo, sigue siendo ámbar (%1).</translation>
    </message>
    <message>
        <source>How far past a band edge a value must go before the status changes.</source>
        <translation>Cuánto debe pasar un valor del borde de una banda antes de que cambie el estado.</translation>
    </message>
    <message>
        <source>Needs both weeks.</source>
        <translation>Necesita las dos semanas.</translation>
    </message>
    <message>
        <source>Better than or as good as last week (%1)</source>
        <translation>Mejor o igual que la semana anterior (%1)</translation>
    </message>
    <message>
        <source>Worse than last week (%1)</source>
        <translation>Peor que la semana anterior (%1)</translation>
    </message>
    <message>
        <source>13 weeks, oldest first; the dashed line is the target, the dot this week.</source>
        <translation>13 semanas, la más antigua primero; la línea discontinua es el objetivo; el punto, esta semana.</translation>
    </message>
    <message>
        <source>No benchmark. Double-click to add one.</source>
        <translation>Sin referencia. Haga doble clic para añadir una.</translation>
    </message>
    <message>
        <source>This week&apos;s comment.</source>
        <translation>El comentario de esta semana.</translation>
    </message>
    <message>
        <source>Standing comment on the target: %1</source>
        <translation>Comentario permanente sobre el objetivo: %1</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Sample this week: %1 %2 (minimum %3)</source>
        <translation>Muestra de esta semana: %1 %2 (mínimo %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Not rated: no target is set.</source>
        <translation>Sin calificar: no hay objetivo definido.</translation>
    </message>
    <message>
        <source>● green at or above %1, ◆ amber down to %2, ■ red below</source>
        <translation>● verde si ≥ %1, ◆ ámbar hasta %2, ■ rojo por debajo</translation>
    </message>
    <message>
        <source>● green at or below %1, ◆ amber up to %2, ■ red above</source>
        <translation>● verde si ≤ %1, ◆ ámbar hasta %2, ■ rojo por encima</translation>
    </message>
    <message>
        <source>A status changes only when the value passes a band edge by %1.</source>
        <translation>Un estado solo cambia cuando el valor sobrepasa el borde de una banda en %1.</translation>
    </message>
    <message>
        <source>Last week: %1 %2</source>
        <translation>Semana anterior: %1 %2</translation>
    </message>
    <message>
        <source>13 weeks ending with this week, on one scale with the target (dashed)</source>
        <translation>13 semanas hasta esta, en la misma escala que el objetivo (discontinua)</translation>
    </message>
    <message>
        <source>● green target met, ◆ amber within the band, ■ red beyond, – not rated</source>
        <translation>● verde: objetivo cumplido, ◆ ámbar: dentro de la banda, ■ rojo: fuera, – sin calificar</translation>
    </message>
    <message>
        <source>Published benchmark values; double-click to edit them</source>
        <translation>Valores de referencia publicados; doble clic para editarlos</translation>
    </message>
    <message>
        <source>This week&apos;s comment (the target&apos;s standing comment in italics)</source>
        <translation>Comentario de esta semana (el comentario permanente del objetivo, en cursiva)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Amber
band</source>
        <translation>Banda
ámbar</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Histéresis</translation>
    </message>
    <message>
        <source>This
week</source>
        <translation>Esta
semana</translation>
    </message>
    <message>
        <source>Last
week</source>
        <translation>Sem.
anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>13 weeks</source>
        <translation>13 semanas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definición: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>KPI: the measure, grouped by area; ▲ higher is better, ▼ lower is better. Hover over a KPI for its definition and unit.</source>
        <translation>KPI: la medida, agrupada por área; ▲ más alto es mejor, ▼ más bajo es mejor. Pase el ratón sobre un KPI para ver su definición y su unidad.</translation>
    </message>
    <message>
        <source>Unit: what the KPI is measured in; ratios show as % of what they count.</source>
        <translation>Unidad: en qué se mide el KPI; los ratios se muestran como % de lo que cuentan.</translation>
    </message>
    <message>
        <source>Target: the value a KPI is judged against, in its unit; the site&apos;s own or the workspace default. Double-click to edit.</source>
        <translation>Objetivo: el valor con el que se juzga un KPI, en su unidad; el propio del centro o el del espacio de trabajo por defecto. Haga doble clic para editarlo.</translation>
    </message>
    <message>
        <source>This week: the KPI over the ISO week shown (Monday to Sunday, site time), in its unit; n/a below the minimum sample.</source>
        <translation>Esta semana: el KPI en la semana ISO mostrada (de lunes a domingo, hora del centro), en su unidad; n/d por debajo de la muestra mínima.</translation>
    </message>
    <message>
        <source>Last week: the KPI over the ISO week before, in its unit.</source>
        <translation>Semana anterior: el KPI en la semana ISO previa, en su unidad.</translation>
    </message>
    <message>
        <source>Owner: who answers for the KPI at this site.</source>
        <translation>Responsable: quién responde del KPI en este centro.</translation>
    </message>
    <message>
        <source>Amber band: how far on the wrong side of the target is still amber. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Banda ámbar: hasta dónde, en el lado equivocado del objetivo, sigue siendo ámbar. Unidad: puntos porcentuales para los ratios; si no, la unidad del KPI.</translation>
    </message>
    <message>
        <source>Hysteresis: the margin past a band edge before the status changes, so that it does not flicker. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Histéresis: el margen más allá del borde de una banda antes de que cambie el estado, para que no parpadee. Unidad: puntos porcentuales para los ratios; si no, la unidad del KPI.</translation>
    </message>
    <message>
        <source>Change: this week minus last week. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Cambio: esta semana menos la semana anterior. Unidad: puntos porcentuales para los ratios; si no, la unidad del KPI.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationCountTab</name>
    <message>
        <source>Export count &amp;schedule…</source>
        <translation>Exportar pla&amp;n de recuentos…</translation>
    </message>
    <message>
        <source>Counts a year:</source>
        <translation>Recuentos al año:</translation>
    </message>
    <message>
        <source>Counts a year of class %1</source>
        <translation>Recuentos al año de la clase %1</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>&amp;First week:</source>
        <translation>Primera &amp;semana:</translation>
    </message>
    <message>
        <source>&amp;Closed ISO weeks:</source>
        <translation>Semanas ISO ce&amp;rradas:</translation>
    </message>
    <message>
        <source>e.g. 52, 53, 1</source>
        <translation>p. ej. 52, 53, 1</translation>
    </message>
    <message>
        <source>Weekly count workload</source>
        <translation>Carga semanal de recuentos</translation>
    </message>
    <message>
        <source>Enter the closed weeks as ISO week numbers 1–53, like 52, 53, 1.</source>
        <translation>Introduzca las semanas cerradas como números de semana ISO del 1 al 53, p. ej. 52, 53, 1.</translation>
    </message>
    <message>
        <source>No count plan.</source>
        <translation>No hay plan de recuentos.</translation>
    </message>
    <message>
        <source>A every %1 weeks</source>
        <translation>A cada %1 semanas</translation>
    </message>
    <message>
        <source>A not counted</source>
        <translation>A sin recuento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 counts a year&lt;/b&gt; (A %2, B %3, C %4 item-sites × their frequency) over %5 working weeks: &lt;b&gt;%6 a week&lt;/b&gt; on average, at most %7. Each item is counted at even intervals (%8); neighbouring locations fall in the same weeks. Usual count tolerances: A ±1 %, B ±3 %, C ±5 %.</source>
        <translation>&lt;b&gt;%1 recuentos al año&lt;/b&gt; (A %2, B %3, C %4 artículos-centro × su frecuencia) en %5 semanas laborables: &lt;b&gt;%6 por semana&lt;/b&gt; de media, como máximo %7. Cada artículo se cuenta a intervalos regulares (%8); las ubicaciones vecinas caen en las mismas semanas. Tolerancias de recuento habituales: A ±1 %, B ±3 %, C ±5 %.</translation>
    </message>
    <message>
        <source>Item-site counts per week</source>
        <translation>Recuentos de artículos-centro por semana</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Counts a year of class %1: how often each class %1 item-site is counted, spread evenly over the working weeks (0: not counted). Unit: counts per year.</source>
        <translation>Recuentos al año de la clase %1: con qué frecuencia se cuenta cada artículo-centro de clase %1, repartido por igual entre las semanas laborables (0: no se cuenta). Unidad: recuentos al año.</translation>
    </message>
    <message>
        <source>First week: the plan runs 52 weeks from the Monday on or after this day (counting weeks start on Mondays). Unit: a date.</source>
        <translation>Primera semana: el plan abarca 52 semanas a partir del lunes de este día o el siguiente (las semanas de recuento empiezan en lunes). Unidad: una fecha.</translation>
    </message>
    <message>
        <source>Closed ISO weeks: weeks without counting (stocktaking, holidays); their counts go to the other weeks. Unit: ISO week numbers 1–53, separated by commas.</source>
        <translation>Semanas ISO cerradas: semanas sin recuentos (inventario, vacaciones); sus recuentos pasan a las demás semanas. Unidad: números de semana ISO del 1 al 53, separados por comas.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationMatrix</name>
    <message>
        <source>ABC–XYZ matrix</source>
        <translation>Matriz ABC–XYZ</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>1 item-site</source>
        <translation>1 artículo-centro</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 artículos-centro</translation>
    </message>
    <message>
        <source>%1
%2
%3 of value</source>
        <translation>%1
%2
%3 del valor</translation>
    </message>
    <message>
        <source>All
%1</source>
        <translation>Todo
%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <source>Show class %1 only</source>
        <translation>Mostrar solo la clase %1</translation>
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
%1 sin consumo</translation>
    </message>
    <message>
        <source>%1: %2, usage value %3 (%4 of all), %5 of the ranking basis. Click to list them.</source>
        <translation>%1: %2, valor de consumo %3 (%4 del total), %5 de la base de clasificación. Haga clic para listarlos.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationPage</name>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Exp&amp;ortar lista…</translation>
    </message>
    <message>
        <source>Filter by SKU, description or site</source>
        <translation>Filtrar por SKU, descripción o centro</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtro de segmentos</translation>
    </message>
    <message>
        <source>Clear the matrix selection</source>
        <translation>Borrar la selección de la matriz</translation>
    </message>
    <message>
        <source>Segmented items</source>
        <translation>Artículos segmentados</translation>
    </message>
    <message>
        <source>ABC / XYZ</source>
        <translation>ABC / XYZ</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Recuentos cíclicos</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace to see its ABC/XYZ segmentation.</source>
        <translation>Abra un espacio de trabajo para ver su segmentación ABC/XYZ.</translation>
    </message>
    <message>
        <source>The segmentation is computed when you open this page.</source>
        <translation>La segmentación se calcula al abrir esta página.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Segmenting items</source>
        <translation>Segmentando artículos</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…) to rank items by usage and variability.</source>
        <translation>Este espacio de trabajo aún no tiene historial de demanda. Importe la demanda (Archivo → Importar…) para clasificar los artículos por consumo y variabilidad.</translation>
    </message>
    <message>
        <source>Nothing to segment: no item-site has demand, parameters or stock here.</source>
        <translation>Nada que segmentar: ningún artículo-centro tiene aquí demanda, parámetros ni stock.</translation>
    </message>
    <message>
        <source>The segmentation failed: %1</source>
        <translation>La segmentación falló: %1</translation>
    </message>
    <message>
        <source>Segmenting the items…</source>
        <translation>Segmentando los artículos…</translation>
    </message>
    <message>
        <source>Planning cycle counts</source>
        <translation>Planificando recuentos cíclicos</translation>
    </message>
    <message>
        <source>class %1%2: </source>
        <translation>clase %1%2: </translation>
    </message>
    <message>
        <source>%1%2 rows</source>
        <translation>%1%2 filas</translation>
    </message>
    <message>
        <source>%1%2 of %3 rows</source>
        <translation>%1%2 de %3 filas</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Window &lt;b&gt;%1 – %2&lt;/b&gt; (%3 weeks; CV over %4 %5 periods)</source>
        <translation>Ventana &lt;b&gt;%1 – %2&lt;/b&gt; (%3 semanas; CV sobre %4 periodos %5)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanales</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuales</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 artículos-centro</translation>
    </message>
    <message>
        <source>%1 without usage (class C)</source>
        <translation>%1 sin consumo (clase C)</translation>
    </message>
    <message>
        <source>%1 without a unit cost (value 0)</source>
        <translation>%1 sin coste unitario (valor 0)</translation>
    </message>
    <message>
        <source>the item crossing a cut-off belongs to the upper class; no demand → Z</source>
        <translation>el artículo que cruza un corte pertenece a la clase superior; sin demanda → Z</translation>
    </message>
    <message>
        <source>&lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;recalculando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the segmentation</source>
        <translation>Exportando la segmentación</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exporting the count schedule</source>
        <translation>Exportando el plan de recuentos</translation>
    </message>
    <message>
        <source>Export the segmentation</source>
        <translation>Exportar la segmentación</translation>
    </message>
    <message>
        <source>Export the count schedule</source>
        <translation>Exportar el plan de recuentos</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationSettingsBar</name>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Valor de consumo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Picks</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>ABC cut-offs</source>
        <translation>Cortes ABC</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>X threshold</source>
        <translation>Umbral X</translation>
    </message>
    <message>
        <source>Y threshold</source>
        <translation>Umbral Y</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>C&amp;entro:</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>Clasificar &amp;por:</translation>
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
        <translation>CV por</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>Each site, ranked apart</source>
        <translation>Cada centro por separado</translation>
    </message>
    <message>
        <source>All sites together (per item)</source>
        <translation>Todos los centros juntos (por artículo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the A/B/C cut-offs as three percentages, like 80/15/5.</source>
        <translation>Introduzca los cortes A/B/C como tres porcentajes, p. ej. 80/15/5.</translation>
    </message>
    <message>
        <source>Site: the scope of the ranking. Each site ranks its item-sites on their own; all sites together ranks items with their usage summed; or one site only.</source>
        <translation>Centro: el ámbito de la clasificación. Cada centro clasifica sus artículos-centro por separado; todos los centros juntos clasifica los artículos con su consumo sumado; o solo un centro.</translation>
    </message>
    <message>
        <source>Rank by: what ABC ranks by, summed over the window. Usage value = units × unit cost (currency); units (units); picks (order lines); margin = (price − cost) × units (currency).</source>
        <translation>Clasificar por: el criterio de la clasificación ABC, sumado en la ventana. Valor de consumo = unidades × coste unitario (moneda); unidades (unidades); picks (líneas de pedido); margen = (precio − coste) × unidades (moneda).</translation>
    </message>
    <message>
        <source>A/B/C cut-offs: the shares of the ranking basis held by A, B and C, adding up to 100. The item that crosses a cut-off belongs to the upper class. Unit: % of the basis.</source>
        <translation>Cortes A/B/C: las proporciones de la base de clasificación que corresponden a A, B y C, que suman 100. El artículo que cruza un corte pertenece a la clase superior. Unidad: % de la base.</translation>
    </message>
    <message>
        <source>XYZ thresholds on the coefficient of variation (CV = standard deviation ÷ mean of demand per period, zeros included): X up to the first, Y up to the second, Z above. Items without demand in the window are Z. Unit: a ratio (0.25 = 25 %).</source>
        <translation>Umbrales XYZ sobre el coeficiente de variación (CV = desviación típica ÷ media de la demanda por periodo, incluidos los ceros): X hasta el primero, Y hasta el segundo, Z por encima. Los artículos sin demanda en la ventana son Z. Unidad: un ratio (0,25 = 25 %).</translation>
    </message>
    <message>
        <source>X threshold: an item-site whose CV of demand per period is at or below it is X (steady). Unit: a ratio (0.25 = 25 %).</source>
        <translation>Umbral X: un artículo-centro cuyo CV de demanda por periodo es igual o inferior a él es X (estable). Unidad: un ratio (0,25 = 25 %).</translation>
    </message>
    <message>
        <source>Y threshold: an item-site whose CV is above the X threshold and at or below this one is Y (variable); above it, Z (erratic). Unit: a ratio (0.50 = 50 %).</source>
        <translation>Umbral Y: un artículo-centro cuyo CV supera el umbral X y es igual o inferior a este es Y (variable); por encima, Z (errático). Unidad: un ratio (0,50 = 50 %).</translation>
    </message>
    <message>
        <source>CV period: the demand bucket the CV is computed on. Weeks: 7-day blocks counted back from the last day. Months: whole calendar months inside the window.</source>
        <translation>Periodo del CV: la periodicidad de la demanda sobre la que se calcula el CV. Semanas: bloques de 7 días contados hacia atrás desde el último día. Meses: meses naturales completos dentro de la ventana.</translation>
    </message>
    <message>
        <source>Window: the history ranked and measured, ending on the workspace&apos;s last demand day. Unit: weeks.</source>
        <translation>Ventana: el histórico que se clasifica y mide, hasta el último día de demanda del espacio de trabajo. Unidad: semanas.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationTableModel</name>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sin coste</translation>
    </message>
    <message>
        <source>C (no usage)</source>
        <translation>C (sin consumo)</translation>
    </message>
    <message>
        <source>No demand in the window: the coefficient of variation is undefined (class Z).</source>
        <translation>Sin demanda en la ventana: el coeficiente de variación no está definido (clase Z).</translation>
    </message>
    <message>
        <source>The item has no unit cost: its usage value counts as 0.</source>
        <translation>El artículo no tiene coste unitario: su valor de consumo cuenta como 0.</translation>
    </message>
    <message>
        <source>Nothing on the ranking basis in the window: class C.</source>
        <translation>Nada en la base de clasificación dentro de la ventana: clase C.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Valor consumo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Picks</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cum. share</source>
        <translation>Prop. acum.</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Rank by the ABC basis within the site (or across all sites)</source>
        <translation>Posición según la base ABC dentro del centro (o en todos los centros)</translation>
    </message>
    <message>
        <source>Units × unit cost over the window</source>
        <translation>Unidades × coste unitario en la ventana</translation>
    </message>
    <message>
        <source>Order lines over the window</source>
        <translation>Líneas de pedido en la ventana</translation>
    </message>
    <message>
        <source>Share of the ABC basis total</source>
        <translation>Proporción del total de la base ABC</translation>
    </message>
    <message>
        <source>Cumulative share of the ABC basis, this row included</source>
        <translation>Proporción acumulada de la base ABC, incluida esta fila</translation>
    </message>
    <message>
        <source>Coefficient of variation of demand per period (population σ ÷ mean)</source>
        <translation>Coeficiente de variación de la demanda por periodo (σ poblacional ÷ media)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationWorkloadModel</name>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
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
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SimulationCheckModel</name>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>%1 points below the target: beyond the ±%2 points the closed form should hold by</source>
        <translation>%1 puntos por debajo del objetivo: más allá de los ±%2 puntos que debería cumplir la fórmula analítica</translation>
    </message>
    <message>
        <source>No item-site of this class has a target of this service type</source>
        <translation>Ningún artículo-centro de esta clase tiene un objetivo de este tipo de servicio</translation>
    </message>
    <message>
        <source>Demand
class</source>
        <translation>Clase de
demanda</translation>
    </message>
    <message>
        <source>Item-
sites</source>
        <translation>Artículos-
centro</translation>
    </message>
    <message>
        <source>Target
%</source>
        <translation>Objetivo
%</translation>
    </message>
    <message>
        <source>CSL %
closed form</source>
        <translation>CSL %
analítico</translation>
    </message>
    <message>
        <source>CSL %
simulated</source>
        <translation>CSL %
simulado</translation>
    </message>
    <message>
        <source>CSL gap
pp</source>
        <translation>Dif. CSL
pp</translation>
    </message>
    <message>
        <source>Fill rate %
closed form</source>
        <translation>T. servicio %
analítica</translation>
    </message>
    <message>
        <source>Fill rate %
simulated</source>
        <translation>T. servicio %
simulada</translation>
    </message>
    <message>
        <source>Fill rate
gap pp</source>
        <translation>Dif. t. serv.
pp</translation>
    </message>
    <message>
        <source>Demand class: smooth, erratic, intermittent or lumpy, from the average interval between demands and the CV² of demand sizes (Syntetos–Boylan).</source>
        <translation>Clase de demanda: regular, errática, intermitente o irregular, según el intervalo medio entre demandas y el CV² del tamaño de las demandas (Syntetos–Boylan).</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites of the class were simulated. Unit: item-sites.</source>
        <translation>Artículos-centro: cuántos artículos-centro de la clase se simularon. Unidad: artículos-centro.</translation>
    </message>
    <message>
        <source>Target: mean service target of the class&apos;s item-sites. Unit: %.</source>
        <translation>Objetivo: objetivo de servicio medio de los artículos-centro de la clase. Unidad: %.</translation>
    </message>
    <message>
        <source>CSL, closed form: the cycle service level the policy formulas promise, P(demand over the protection interval ≤ reorder point). Unit: % of replenishment cycles.</source>
        <translation>CSL analítico: el nivel de servicio de ciclo que prometen las fórmulas de la política, P(demanda en el intervalo de protección ≤ punto de pedido). Unidad: % de ciclos de reposición.</translation>
    </message>
    <message>
        <source>CSL, simulated: share of replenishment cycles (receipt to next receipt) without a stock-out. Unit: % of cycles.</source>
        <translation>CSL simulado: proporción de ciclos de reposición (de una recepción a la siguiente) sin rotura de stock. Unidad: % de ciclos.</translation>
    </message>
    <message>
        <source>CSL gap: simulated CSL minus target, over the item-sites with a cycle-service target. Unit: percentage points.</source>
        <translation>Dif. CSL: CSL simulado menos objetivo, sobre los artículos-centro con un objetivo de nivel de servicio de ciclo. Unidad: puntos porcentuales.</translation>
    </message>
    <message>
        <source>Fill rate, closed form: 1 − expected units short per cycle ÷ order quantity. Unit: % of units.</source>
        <translation>Tasa de servicio analítica: 1 − unidades que faltan esperadas por ciclo ÷ cantidad de pedido. Unidad: % de unidades.</translation>
    </message>
    <message>
        <source>Fill rate, simulated: units filled from stock when demanded ÷ units demanded. Unit: % of units.</source>
        <translation>Tasa de servicio simulada: unidades servidas desde stock al demandarse ÷ unidades demandadas. Unidad: % de unidades.</translation>
    </message>
    <message>
        <source>Fill rate gap: simulated fill rate minus target, over the item-sites with a fill-rate target. Unit: percentage points.</source>
        <translation>Dif. tasa de servicio: tasa de servicio simulada menos objetivo, sobre los artículos-centro con un objetivo de tasa de servicio. Unidad: puntos porcentuales.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SimulationCheckView</name>
    <message>
        <source>Receipts in order (one lane)</source>
        <translation>Recepciones en orden (un solo carril)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>Simulate the selected scenario&apos;s policy in the background</source>
        <translation>Simular en segundo plano la política del escenario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>E&amp;jecuciones:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>Peri&amp;odos:</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Calentamiento:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <source>Simulated service per demand class</source>
        <translation>Servicio simulado por clase de demanda</translation>
    </message>
    <message>
        <source>Gap = simulated − target. ▼ red: short of the target by more than 1.5 points (3 for intermittent and lumpy demand).</source>
        <translation>Dif. = simulado − objetivo. ▼ rojo: por debajo del objetivo en más de 1,5 puntos (3 para demanda intermitente e irregular).</translation>
    </message>
    <message>
        <source>Simulates the selected scenario&apos;s policy and compares the service it achieves with its targets.</source>
        <translation>Simula la política del escenario seleccionado y compara el servicio que logra con sus objetivos.</translation>
    </message>
    <message>
        <source>Open a workspace to simulate its policy.</source>
        <translation>Abra un espacio de trabajo para simular su política.</translation>
    </message>
    <message>
        <source>Not simulated yet: %1.</source>
        <translation>Aún sin simular: %1.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The warm-up must be shorter than the simulated periods.</source>
        <translation>El calentamiento debe ser más corto que los periodos simulados.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Simulating %1</source>
        <translation>Simulando %1</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>Simulando %1…</translation>
    </message>
    <message>
        <source>%1: %2 item-sites, %3 %4s (%5 warm-up) × %6 runs, seed %7, %8; %9 s.</source>
        <translation>%1: %2 artículos-centro, %3 periodos (%4; %5 de calentamiento) × %6 ejecuciones, semilla %7, %8; %9 s.</translation>
    </message>
    <message>
        <source>receipts in order</source>
        <translation>recepciones en orden</translation>
    </message>
    <message>
        <source>independent lead times</source>
        <translation>plazos de reposición independientes</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulación falló: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Runs: independent replications per item-site; the figures are their means, with standard errors that shrink as runs grow. Unit: runs.</source>
        <translation>Ejecuciones: réplicas independientes por artículo-centro; las cifras son sus medias, con errores típicos que disminuyen al aumentar las ejecuciones. Unidad: ejecuciones.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>Periods: the length of one run, warm-up included. Unit: weekly periods.</source>
        <translation>Periodos: la duración de una ejecución, incluido el calentamiento. Unidad: periodos semanales.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Warm-up: leading periods left out of every statistic, so that runs are not judged on their starting stock. Unit: weekly periods.</source>
        <translation>Calentamiento: periodos iniciales que se excluyen de todas las estadísticas, para no juzgar las ejecuciones por su stock inicial. Unidad: periodos semanales.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Seed: the random seed; the same seed gives the same figures on every computer and for any number of threads. No unit.</source>
        <translation>Semilla: la semilla aleatoria; la misma semilla da las mismas cifras en cualquier ordenador y con cualquier número de hilos. Sin unidad.</translation>
    </message>
    <message>
        <source>Receipts in order: on, an order that would overtake an earlier one waits for it (one lane). Off: each order arrives after its own lead time, drawn from the recorded mean and σ (in days), as the closed form assumes.</source>
        <translation>Recepciones en orden: activado, un pedido que adelantaría a uno anterior lo espera (un solo carril). Desactivado: cada pedido llega tras su propio plazo de reposición, extraído de la media y la σ registradas (en días), como supone la fórmula analítica.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::Task</name>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <source>Unexpected error of unknown kind.</source>
        <translation>Error inesperado de tipo desconocido.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::TradeoffChart</name>
    <message>
        <source>Investment against fill rate</source>
        <translation>Inversión frente a tasa de servicio</translation>
    </message>
    <message>
        <source>Inventory investment (safety + cycle stock value)</source>
        <translation>Inversión en inventario (valor del stock de seguridad + de ciclo)</translation>
    </message>
    <message>
        <source>Expected fill rate %</source>
        <translation>Tasa de servicio esperada %</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>La curva inversión-servicio se calcula a petición.</translation>
    </message>
    <message>
        <source>All item-sites</source>
        <translation>Todos los artículos-centro</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>Nothing to plot: no item-site could be computed.</source>
        <translation>Nada que representar: no se pudo calcular ningún artículo-centro.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::WorkspaceSession</name>
    <message>
        <source>Creating %1</source>
        <translation>Creando %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
</context>
</TS>
