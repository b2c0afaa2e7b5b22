<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CoreMessage</name>
    <message>
        <source>required value is missing</source>
        <translation>valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;,&apos; as decimal mark)</source>
        <translation>pas un nombre (ce fichier utilise «&#xa0;,&#xa0;» comme marque décimale)</translation>
    </message>
    <message>
        <source>not a number (this file uses &apos;.&apos; as decimal mark)</source>
        <translation>pas un nombre (ce fichier utilise «&#xa0;.&#xa0;» comme marque décimale)</translation>
    </message>
    <message>
        <source>not a valid date (expected %1)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>date non valide (format attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not a valid date-time (expected %1 with optional HH:MM[:SS] and offset)</source>
        <extracomment>%1 expected format</extracomment>
        <translation>date-heure non valide (format attendu&#xa0;: %1, avec HH:MM[:SS] et décalage facultatifs)</translation>
    </message>
    <message>
        <source>the site&apos;s time zone &apos;%1&apos; is unknown; correct the site or give the time with an offset</source>
        <extracomment>%1 time zone name</extracomment>
        <translation>le fuseau horaire «&#xa0;%1&#xa0;» du site est inconnu&#xa0;; corrigez le site ou indiquez l&apos;heure avec un décalage</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <extracomment>%1 the choices, separated by spaces</extracomment>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown site (import sites first)</source>
        <translation>site inconnu (importez d&apos;abord les sites)</translation>
    </message>
    <message>
        <source>unknown item (import items first)</source>
        <translation>article inconnu (importez d&apos;abord les articles)</translation>
    </message>
    <message>
        <source>location needs a valid site on the same row</source>
        <translation>l&apos;emplacement exige un site valide sur la même ligne</translation>
    </message>
    <message>
        <source>unknown location at this site (import locations first)</source>
        <translation>emplacement inconnu sur ce site (importez d&apos;abord les emplacements)</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2 (wrong delimiter or unquoted text?)</source>
        <extracomment>%1 fields in the row, %2 fields in the header</extracomment>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2 (mauvais séparateur ou texte sans guillemets&#xa0;?)</translation>
    </message>
    <message>
        <source>not a known IANA time zone (e.g. Europe/Berlin, America/Chicago, UTC)</source>
        <translation>fuseau horaire IANA inconnu (par exemple Europe/Berlin, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>expected a local time HH:MM, e.g. 15:00</source>
        <translation>heure locale HH:MM attendue, par exemple 15:00</translation>
    </message>
    <message>
        <source>more than 24 hours for one employee on one day</source>
        <translation>plus de 24 heures pour un employé sur une journée</translation>
    </message>
    <message>
        <source>negative book quantity imported as-is</source>
        <translation>quantité théorique négative importée telle quelle</translation>
    </message>
    <message>
        <source>negative balance imported as-is; it will be flagged</source>
        <translation>solde négatif importé tel quel&#xa0;; il sera signalé</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (e.g. 0.95)</source>
        <translation>doit être compris entre 0 et 1 (par exemple 0.95)</translation>
    </message>
    <message>
        <source>minimum is above maximum</source>
        <translation>le minimum est supérieur au maximum</translation>
    </message>
    <message>
        <source>due before the order date</source>
        <translation>échéance antérieure à la date de commande</translation>
    </message>
    <message>
        <source>put away before it arrived</source>
        <translation>rangé avant son arrivée</translation>
    </message>
    <message>
        <source>shipped before it was ordered</source>
        <translation>expédié avant d&apos;avoir été commandé</translation>
    </message>
    <message>
        <source>more shipped than ordered</source>
        <extracomment>The header row (exchange/column_matching.cpp)</extracomment>
        <translation>plus expédié que commandé</translation>
    </message>
    <message>
        <source>mapped to &apos;%1&apos;, which is not a field of %2</source>
        <extracomment>%1 field name given, %2 record type</extracomment>
        <translation>associé à «&#xa0;%1&#xa0;», qui n&apos;est pas un champ de %2</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <source>column %1 already provides %2</source>
        <extracomment>%1 earlier column number, %2 field</extracomment>
        <translation>la colonne %1 fournit déjà %2</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <extracomment>%1 field</extracomment>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est manquante</translation>
    </message>
    <message>
        <source>dates could be DD/MM/YYYY or MM/DD/YYYY; choose the date format</source>
        <translation>les dates peuvent être au format JJ/MM/AAAA ou MM/JJ/AAAA&#xa0;; choisissez le format de date</translation>
    </message>
    <message>
        <source>the same file was imported on %1</source>
        <extracomment>%1 time of the earlier import</extracomment>
        <translation>le même fichier a été importé le %1</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>le fichier est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>duplicate key: same as an earlier row</source>
        <translation>clé en double&#xa0;: identique à une ligne précédente</translation>
    </message>
    <message>
        <source>duplicate key: same as line %1</source>
        <extracomment>%1 line of the earlier row</extracomment>
        <translation>clé en double&#xa0;: identique à la ligne %1</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark found, but CP1252 was requested</source>
        <translation>indicateur d&apos;ordre des octets UTF-8 trouvé, mais CP1252 a été demandé</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>le fichier est en UTF-16&#xa0;; enregistrez-le en UTF-8 («&#xa0;CSV UTF-8&#xa0;» dans Excel)</translation>
    </message>
    <message>
        <source>sep= line used: delimiter %1</source>
        <extracomment>%1 delimiter name</extracomment>
        <translation>ligne sep= utilisée&#xa0;: séparateur %1</translation>
    </message>
    <message>
        <source>sep= line says %1 but %2 was requested; using %2</source>
        <extracomment>%1 sep= delimiter, %2 requested delimiter (used)</extracomment>
        <translation>la ligne sep= indique %1 mais %2 a été demandé&#xa0;; %2 est utilisé</translation>
    </message>
    <message>
        <source>NUL byte (is the file UTF-16 or binary?)</source>
        <translation>octet NUL (le fichier est-il en UTF-16 ou binaire&#xa0;?)</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after closing quote</source>
        <extracomment>%1 the character</extracomment>
        <translation>caractère «&#xa0;%1&#xa0;» inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <source>unexpected character (byte %1) after closing quote</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>caractère inattendu (octet %1) après le guillemet fermant</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1)</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 non valide (octet %1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) although the file starts with a UTF-8 byte order mark</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 non valide (octet %1) bien que le fichier commence par un indicateur d&apos;ordre des octets UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1); earlier text was UTF-8, so the file mixes encodings</source>
        <extracomment>%1 the byte as 0xHH</extracomment>
        <translation>UTF-8 non valide (octet %1)&#xa0;; le texte précédent était en UTF-8, le fichier mélange donc les encodages</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8, CP1252 assumed (Windows-1252, what Excel writes without a byte order mark)</source>
        <extracomment>%1 line</extracomment>
        <translation>ligne %1&#xa0;: UTF-8 non valide, CP1252 supposé (Windows-1252, ce qu&apos;Excel écrit sans indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>ouvert en lecture seule à la demande</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <extracomment>%1 SQLite&apos;s reason</extracomment>
        <translation>le fichier n&apos;est pas accessible en écriture (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer StockTower (workspace format %1; this version knows up to %2). Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>il a été écrit par une version plus récente de StockTower (format d&apos;espace de travail %1&#xa0;; cette version connaît jusqu&apos;au format %2). Mettez à jour StockTower pour le modifier.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer StockTower (workspace format %1; this version knows up to %2); it is opened read-only. Update StockTower to edit it.</source>
        <extracomment>%1 the file&apos;s format, %2 the newest format this version knows</extracomment>
        <translation>Cet espace de travail a été écrit par une version plus récente de StockTower (format d&apos;espace de travail %1&#xa0;; cette version connaît jusqu&apos;au format %2)&#xa0;; il est ouvert en lecture seule. Mettez à jour StockTower pour le modifier.</translation>
    </message>
    <message>
        <source>Upgraded the workspace format from %1 to %2; the previous file was saved as &apos;%3&apos;.</source>
        <extracomment>%1 old format, %2 new format, %3 backup file</extracomment>
        <translation>Format de l&apos;espace de travail mis à niveau de %1 vers %2&#xa0;; le fichier précédent a été enregistré sous «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Write-ahead logging is not available for this folder; using a rollback journal (slower, still safe).</source>
        <translation>La journalisation anticipée (WAL) n&apos;est pas disponible pour ce dossier&#xa0;; un journal d&apos;annulation est utilisé (plus lent, mais toujours sûr).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name.</source>
        <extracomment>%1 path</extracomment>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: folder &apos;%2&apos; does not exist.</source>
        <extracomment>%1 path, %2 folder</extracomment>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 reason</extracomment>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <extracomment>%1 path</extracomment>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un espace de travail.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a StockTower workspace (not an SQLite database).</source>
        <extracomment>%1 path</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de travail StockTower (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a StockTower workspace.</source>
        <extracomment>%1 path</extracomment>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un espace de travail StockTower.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s finding</extracomment>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is shorter than an SQLite header</source>
        <extracomment>%1 path</extracomment>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est plus court qu&apos;un en-tête SQLite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is cut off (%2 of %3 bytes); restore it from a backup</source>
        <extracomment>%1 path, %2 bytes present, %3 bytes expected</extracomment>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est tronqué (%2 octets sur %3)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <extracomment>%1 path</extracomment>
        <translation>Le disque contenant «&#xa0;%1&#xa0;» est plein.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <extracomment>%1 path, %2 SQLite&apos;s reason</extracomment>
        <translation>Impossible d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup to &apos;%1&apos; failed: %2</source>
        <extracomment>%1 target path, %2 reason</extracomment>
        <translation>Échec de la sauvegarde vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>short %1 within the %2-day lead time: available %3 + open POs due %4 − demand %5</source>
        <extracomment>%1 units short, %2 lead time in days, %3 available, %4 open purchase orders due, %5 demand over the lead time</extracomment>
        <translation>manque %1 dans le délai de %2 jours : disponible %3 + commandes ouvertes dues %4 − demande %5</translation>
    </message>
    <message>
        <source>available %1 below safety stock %2</source>
        <extracomment>%1 available units, %2 safety stock</extracomment>
        <translation>disponible %1 sous le stock de sécurité %2</translation>
    </message>
    <message>
        <source>%1 days of supply (on hand %2, demand %3/day); %4 above %5 days</source>
        <extracomment>%1 days of supply, %2 on hand, %3 daily demand, %4 units in excess, %5 the excess threshold in days</extracomment>
        <translation>%1 jours de couverture (stock %2, demande %3/jour) ; %4 au-delà de %5 jours</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, %3)</source>
        <extracomment>%1 quantity, %2 stock status code, %3 location</extracomment>
        <translation>solde négatif %1 (%2, %3)</translation>
    </message>
    <message>
        <source>negative balance %1 (%2, no location)</source>
        <extracomment>%1 quantity, %2 stock status code</extracomment>
        <translation>solde négatif %1 (%2, sans emplacement)</translation>
    </message>
    <message>
        <source>fractional balance %1 of an item counted in EA</source>
        <extracomment>%1 quantity</extracomment>
        <translation>solde fractionnaire %1 d&apos;un article compté à l&apos;unité (EA)</translation>
    </message>
    <message>
        <source>%1 units in blocked location %2</source>
        <extracomment>%1 quantity, %2 location</extracomment>
        <translation>%1 unités dans l&apos;emplacement bloqué %2</translation>
    </message>
    <message>
        <source>lot %1 expired %2 (%3 days ago), %4 units %5</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>lot %1 périmé le %2 (il y a %3 jours), %4 unités %5</translation>
    </message>
    <message>
        <source>lot %1 expires %2 (in %3 days), %4 units %5: pick first</source>
        <extracomment>%1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code</extracomment>
        <translation>lot %1 périme le %2 (dans %3 jours), %4 unités %5 : à prélever en premier</translation>
    </message>
    <message>
        <source>no demand recorded; %1 units on hand</source>
        <extracomment>%1 quantity</extracomment>
        <translation>aucune demande enregistrée ; %1 unités en stock</translation>
    </message>
    <message>
        <source>slow mover: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>rotation lente : aucune demande depuis le %1 (%2 jours) ; %3 unités en stock</translation>
    </message>
    <message>
        <source>dead stock: no demand since %1 (%2 days); %3 units on hand</source>
        <extracomment>%1 date of the last demand, %2 days, %3 quantity</extracomment>
        <translation>stock dormant : aucune demande depuis le %1 (%2 jours) ; %3 unités en stock</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from %4</source>
        <extracomment>%1 quantity, %2 due date, %3 days late, %4 supplier</extracomment>
        <translation>%1 unités attendues le %2 (%3 jours de retard) de %4</translation>
    </message>
    <message>
        <source>%1 units due %2 (%3 days late) from unknown supplier</source>
        <extracomment>%1 quantity, %2 due date, %3 days late</extracomment>
        <translation>%1 unités attendues le %2 (%3 jours de retard) d&apos;un fournisseur inconnu</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival</extracomment>
        <translation>arrivé le %1 à %2, non rangé après %3 h</translation>
    </message>
    <message>
        <source>arrived %1 %2, not put away after %3 h (at %4)</source>
        <extracomment>%1 date, %2 local time HH:MM, %3 hours since arrival, %4 location</extracomment>
        <translation>arrivé le %1 à %2, non rangé après %3 h (en %4)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>default for ABC class %1</source>
        <extracomment>%1 ABC class</extracomment>
        <translation>valeur par défaut pour la classe ABC %1</translation>
    </message>
    <message>
        <source>change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change as the command line writes it</extracomment>
        <translation>modification %1 (%2)</translation>
    </message>
    <message>
        <source>fixed by the planner</source>
        <translation>fixé par le planificateur</translation>
    </message>
    <message>
        <source>scenario change</source>
        <translation>modification de scénario</translation>
    </message>
    <message>
        <source>converted: ÷ %1 days per planning period</source>
        <extracomment>%1 days in a planning period</extracomment>
        <translation>converti : ÷ %1 jours par période de planification</translation>
    </message>
    <message>
        <source>%1 planning periods per year</source>
        <extracomment>%1 planning periods in a year</extracomment>
        <translation>%1 périodes de planification par an</translation>
    </message>
    <message>
        <source>on_hand: available on the latest as-of date</source>
        <translation>on_hand: disponible à la dernière date d&apos;arrêté</translation>
    </message>
    <message>
        <source>purchase_order_line: open, due within %1 days</source>
        <extracomment>%1 days</extracomment>
        <translation>purchase_order_line: ouverte, attendue sous %1 jours</translation>
    </message>
    <message>
        <source>order_line: ordered − shipped, not shipped</source>
        <translation>order_line: commandé − expédié, non expédiée</translation>
    </message>
    <message>
        <source>forecast run %1: mean over the protection interval of %2 days ÷ its length</source>
        <extracomment>%1 forecast run, %2 days in the protection interval</extracomment>
        <translation>exécution de prévision %1 : moyenne sur l&apos;intervalle de protection de %2 jours ÷ sa durée</translation>
    </message>
    <message>
        <source>forecast run %1: σ of the error over the protection interval (%2) ÷ √%3</source>
        <extracomment>%1 forecast run, %2 interval method, %3 periods in the protection interval</extracomment>
        <translation>exécution de prévision %1 : σ de l&apos;erreur sur l&apos;intervalle de protection (%2) ÷ √%3</translation>
    </message>
    <message>
        <source>demand history: mean of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historique de la demande : moyenne des %1 dernières semaines</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historique de la demande : écart type empirique des %1 dernières semaines</translation>
    </message>
    <message>
        <source>demand history: sample sd of the last %1 weeks (forecast run %2 has no error estimate)</source>
        <extracomment>%1 weeks, %2 forecast run</extracomment>
        <translation>historique de la demande : écart type empirique des %1 dernières semaines (l&apos;exécution de prévision %2 n&apos;a pas d&apos;estimation d&apos;erreur)</translation>
    </message>
    <message>
        <source>demand history: inactive, no demand in the last %1 weeks</source>
        <extracomment>%1 weeks</extracomment>
        <translation>historique de la demande : inactif, aucune demande sur les %1 dernières semaines</translation>
    </message>
    <message>
        <source>policy %1</source>
        <extracomment>%1 policy kind</extracomment>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>lead-time demand %1</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demande sur le délai d&apos;approvisionnement %1</translation>
    </message>
    <message>
        <source>demand per period %1; Zheng–Federgruen (1991)</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>demande par période %1 ; Zheng–Federgruen (1991)</translation>
    </message>
    <message>
        <source>service type: cycle service level (csl)</source>
        <translation>type de service : taux de service par cycle (csl)</translation>
    </message>
    <message>
        <source>service type: fill rate (fill-rate)</source>
        <translation>type de service : taux de remplissage (fill-rate)</translation>
    </message>
    <message>
        <source>service type set by change %1 (%2)</source>
        <extracomment>%1 change number, %2 the change</extracomment>
        <translation>type de service défini par la modification %1 (%2)</translation>
    </message>
    <message>
        <source>ABC %1 / XYZ %2, demand class %3</source>
        <extracomment>%1 ABC class, %2 XYZ class, %3 demand class</extracomment>
        <translation>ABC %1 / XYZ %2, classe de demande %3</translation>
    </message>
    <message>
        <source>order date: %1</source>
        <extracomment>%1 date</extracomment>
        <translation>date de commande : %1</translation>
    </message>
    <message>
        <source>no demand expected: no stock, no order</source>
        <translation>aucune demande prévue : pas de stock, pas de commande</translation>
    </message>
    <message>
        <source>a cycle may begin short (%1): counting that shortage once lowers the %2 from %3 to %4</source>
        <extracomment>%1 formula, %2 level name, %3 level before, %4 level after</extracomment>
        <translation>un cycle peut commencer en manque (%1) : compter ce manque une fois abaisse le %2 de %3 à %4</translation>
    </message>
    <message>
        <source>safety stock capped at max_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>stock de sécurité plafonné à max_cover × demand_mean = %1 unités</translation>
    </message>
    <message>
        <source>safety stock raised to min_cover × demand_mean = %1 units</source>
        <extracomment>%1 units</extracomment>
        <translation>stock de sécurité relevé à min_cover × demand_mean = %1 unités</translation>
    </message>
    <message>
        <source>target cycle service level %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>taux de service par cycle cible %1 non atteint : %2 au niveau borné</translation>
    </message>
    <message>
        <source>target fill rate %1 not reached: %2 at the bounded level</source>
        <extracomment>%1 target, %2 achieved</extracomment>
        <translation>taux de remplissage cible %1 non atteint : %2 au niveau borné</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4 lies beyond the band; the next band is cheaper</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ</extracomment>
        <translation>tranche %1 (dès %2 à %3) : EOQ %4 hors de la tranche ; la tranche suivante est moins chère</translation>
    </message>
    <message>
        <source>band %1 (from %2 at %3): EOQ %4, order %5, annual cost %6</source>
        <extracomment>%1 band number, %2 minimum quantity, %3 unit price, %4 EOQ, %5 order quantity, %6 annual cost</extracomment>
        <translation>tranche %1 (dès %2 à %3) : EOQ %4, commande %5, coût annuel %6</translation>
    </message>
    <message>
        <source>order quantity %1 rounded to %2 (MOQ first, then up to a multiple of %3)</source>
        <extracomment>%1 quantity, %2 rounded quantity, %3 multiple</extracomment>
        <translation>quantité de commande %1 arrondie à %2 (MOQ d&apos;abord, puis au multiple de %3 supérieur)</translation>
    </message>
    <message>
        <source>%1 chosen by the planner</source>
        <extracomment>%1 distribution family</extracomment>
        <translation>%1 choisi par le planificateur</translation>
    </message>
    <message>
        <source>normal: %1 demand, mean %2 ≥ %3 over the protection interval</source>
        <extracomment>%1 demand class, %2 mean, %3 slow-mover threshold</extracomment>
        <translation>normal: demande %1, moyenne %2 ≥ %3 sur l&apos;intervalle de protection</translation>
    </message>
    <message>
        <source>gamma: slow mover (mean %1 &lt; %2 over the protection interval), continuous quantities</source>
        <extracomment>%1 mean, %2 slow-mover threshold</extracomment>
        <translation>gamma: rotation lente (moyenne %1 &lt; %2 sur l&apos;intervalle de protection), quantités continues</translation>
    </message>
    <message>
        <source>gamma: %1 demand, continuous quantities</source>
        <extracomment>%1 demand class</extracomment>
        <translation>gamma: demande %1, quantités continues</translation>
    </message>
    <message>
        <source>poisson: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 ≤ %4 × mean</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>poisson: rotation lente (moyenne %1 &lt; %2 sur l&apos;intervalle de protection), variance %3 ≤ %4 × moyenne</translation>
    </message>
    <message>
        <source>poisson: %1 demand, variance %2 ≤ %3 × mean</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>poisson: demande %1, variance %2 ≤ %3 × moyenne</translation>
    </message>
    <message>
        <source>negbin: slow mover (mean %1 &lt; %2 over the protection interval), variance %3 &gt; %4 × mean (over-dispersed)</source>
        <extracomment>%1 mean, %2 threshold, %3 variance, %4 dispersion limit</extracomment>
        <translation>negbin: rotation lente (moyenne %1 &lt; %2 sur l&apos;intervalle de protection), variance %3 &gt; %4 × moyenne (surdispersée)</translation>
    </message>
    <message>
        <source>negbin: %1 demand, variance %2 &gt; %3 × mean (over-dispersed)</source>
        <extracomment>%1 demand class, %2 variance, %3 dispersion limit</extracomment>
        <translation>negbin: demande %1, variance %2 &gt; %3 × moyenne (surdispersée)</translation>
    </message>
    <message>
        <source>No on-hand snapshot on or before %1: stock rules skipped.</source>
        <extracomment>%1 date</extracomment>
        <translation>Aucun instantané de stock au %1 ou avant : règles de stock ignorées.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); order cut-off %6.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone, %6 cut-off time</extracomment>
        <translation>Semaine ISO %1 = du %2 au %3, heure locale de %4 (%5) ; heure limite de commande %6.</translation>
    </message>
    <message>
        <source>ISO week %1 = %2 to %3 local time at %4 (%5); no order cut-off set.</source>
        <extracomment>%1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone</extracomment>
        <translation>Semaine ISO %1 = du %2 au %3, heure locale de %4 (%5) ; aucune heure limite de commande définie.</translation>
    </message>
    <message>
        <source>Service KPIs judge order lines due in the week (promised date, else requested date, else order day with the cut-off); a line counts once shipped or past due. OTIF window %1 day(s) early to %2 day(s) late, in full within %3 % of the quantity; measured at shipment (no delivery dates).</source>
        <extracomment>%1 days early, %2 days late, %3 percent</extracomment>
        <translation>Les KPI de service évaluent les lignes de commande dues dans la semaine (date promise, sinon date demandée, sinon jour de commande avec l&apos;heure limite) ; une ligne compte dès qu&apos;elle est expédiée ou en retard. Fenêtre OTIF de %1 jour(s) d&apos;avance à %2 jour(s) de retard, complète à %3 % près de la quantité ; mesuré à l&apos;expédition (pas de dates de livraison).</translation>
    </message>
    <message>
        <source>Record accuracy tolerance A ±%1 %, B ±%2 %, C ±%3 % of book quantity, classes by usage value (%4/%5 %); variances are never netted.</source>
        <extracomment>%1 %2 %3 tolerances of classes A, B, C in percent, %4 %5 ABC class shares in percent</extracomment>
        <translation>Tolérance d&apos;exactitude des stocks A ±%1 %, B ±%2 %, C ±%3 % de la quantité comptable, classes par valeur de consommation (%4/%5 %) ; les écarts ne sont jamais compensés.</translation>
    </message>
    <message>
        <source>Inventory KPIs use the on-hand snapshot %1 and shipments of the trailing %2 days; carrying cost rate %3 % a year.</source>
        <extracomment>%1 snapshot date, %2 days, %3 percent a year</extracomment>
        <translation>Les KPI de stock utilisent l&apos;instantané de stock du %1 et les expéditions des %2 derniers jours ; taux de coût de possession %3 % par an.</translation>
    </message>
    <message>
        <source>Inventory KPIs use no on-hand snapshot (none found) and shipments of the trailing %1 days; carrying cost rate %2 % a year.</source>
        <extracomment>%1 days, %2 percent a year</extracomment>
        <translation>Les KPI de stock n&apos;utilisent aucun instantané de stock (aucun trouvé) et les expéditions des %1 derniers jours ; taux de coût de possession %2 % par an.</translation>
    </message>
    <message>
        <source>Minimum samples (n/a below): %1.</source>
        <extracomment>%1 the list: KPI, minimum, unit; …</extracomment>
        <translation>Échantillons minimaux (en dessous : n/a) : %1.</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; a status changes only when the value passes a band edge by the hysteresis margin.</source>
        <translation>Statut : ● vert objectif atteint, ◆ orange dans la bande, ■ rouge au-delà ; un statut ne change que si la valeur franchit une limite de bande de la marge d&apos;hystérésis.</translation>
    </message>
    <message>
        <source>ISO 8601 week %1: Monday %2 to Sunday %3, local time at %4 (%5); week 1 of a year is the week with its first Thursday.</source>
        <extracomment>%1 ISO week, %2 Monday, %3 Sunday, %4 site, %5 time zone</extracomment>
        <translation>Semaine ISO 8601 %1 : du lundi %2 au dimanche %3, heure locale de %4 (%5) ; la semaine 1 d&apos;une année est celle qui contient son premier jeudi.</translation>
    </message>
    <message>
        <source>No order cut-off is set for %1: an order line with neither a promised nor a requested date is due on the day it was received.</source>
        <extracomment>%1 site</extracomment>
        <translation>Aucune heure limite de commande n&apos;est définie pour %1 : une ligne de commande sans date promise ni date demandée est due le jour de sa réception.</translation>
    </message>
    <message>
        <source>Order cut-off %1 local time: an order line with neither a promised nor a requested date is due on the day it was received, or on the next day when received at %1 or later.</source>
        <extracomment>%1 cut-off time (twice)</extracomment>
        <translation>Heure limite de commande %1 (heure locale) : une ligne de commande sans date promise ni date demandée est due le jour de sa réception, ou le lendemain si elle est reçue à %1 ou plus tard.</translation>
    </message>
    <message>
        <source>Trends: none.</source>
        <translation>Tendances : aucune.</translation>
    </message>
    <message>
        <source>Trend: the %1 weeks %2 to %3, each KPI on one scale spanning its values and its target; a gap is an n/a week.</source>
        <extracomment>%1 number of weeks, %2 first week, %3 last week</extracomment>
        <translation>Tendance : les %1 semaines de %2 à %3, chaque KPI sur une échelle couvrant ses valeurs et sa cible ; un trou correspond à une semaine n/a.</translation>
    </message>
    <message>
        <source>n/a: no value for the week, because its sample is below the KPI&apos;s minimum (given with its definition) or the data it needs is missing; the row says which. A KPI without a target or a value is not rated (–).</source>
        <translation>n/a : aucune valeur pour la semaine, car son échantillon est inférieur au minimum du KPI (indiqué avec sa définition) ou les données nécessaires manquent ; la ligne précise la cause. Un KPI sans cible ou sans valeur n&apos;est pas évalué (–).</translation>
    </message>
    <message>
        <source>Status: ● green target met, ◆ amber within the band, ■ red beyond; – not rated (no target or n/a).</source>
        <translation>Statut : ● vert objectif atteint, ◆ orange dans la bande, ■ rouge au-delà ; – non évalué (pas de cible ou n/a).</translation>
    </message>
    <message>
        <source>▲ higher is better, ▼ lower is better. Change = this week − last week, in percentage points (pp) for percentages.</source>
        <translation>▲ plus haut est meilleur, ▼ plus bas est meilleur. Variation = cette semaine − semaine dernière, en points de pourcentage (pp) pour les pourcentages.</translation>
    </message>
    <message>
        <source>%1%2: %3.</source>
        <extracomment>%1 KPI name, %2 unit and minimum sample, %3 formula</extracomment>
        <translation>%1%2: %3.</translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <extracomment>%1 source and year, %2 the KPIs and levels cited</extracomment>
        <translation>Références, %1 : %2.</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (on-hand snapshot %3), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site, %3 snapshot date</extracomment>
        <translation>Exceptions relevées le %1 à %2 (instantané de stock %3), classées sur toutes les files par valeur à risque : les unités concernées au coût (ventes perdues au prix pour les ruptures prévues).</translation>
    </message>
    <message>
        <source>Exceptions found on %1 at %2 (no on-hand snapshot on or before that day: the stock rules were skipped), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).</source>
        <extracomment>%1 date, %2 site</extracomment>
        <translation>Exceptions relevées le %1 à %2 (aucun instantané de stock ce jour-là ou avant : les règles de stock ont été ignorées), classées sur toutes les files par valeur à risque : les unités concernées au coût (ventes perdues au prix pour les ruptures prévues).</translation>
    </message>
    <message>
        <source>no receipt put away in the week</source>
        <translation>aucune réception rangée dans la semaine</translation>
    </message>
    <message>
        <source>no order shipped in the week</source>
        <translation>aucune commande expédiée dans la semaine</translation>
    </message>
    <message>
        <source>no pick checks recorded (the orders&apos; pick_errors column is empty)</source>
        <translation>aucun contrôle de préparation enregistré (la colonne pick_errors des commandes est vide)</translation>
    </message>
    <message>
        <source>no picking labour hours imported for the week</source>
        <translation>aucune heure de préparation importée pour la semaine</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the demand window</source>
        <translation>aucun relevé de stock dans la fenêtre de demande</translation>
    </message>
    <message>
        <source>no inventory value at cost</source>
        <translation>aucune valeur de stock au coût</translation>
    </message>
    <message>
        <source>nothing shipped in the demand window</source>
        <translation>rien d&apos;expédié dans la fenêtre de demande</translation>
    </message>
    <message>
        <source>no stock at cost in the week&apos;s snapshot</source>
        <translation>aucun stock au coût dans le relevé de la semaine</translation>
    </message>
    <message>
        <source>includes stock older than the receipt history (%1% of value), aged from the first recorded receipt</source>
        <extracomment>%1 percent of value</extracomment>
        <translation>inclut du stock plus ancien que l&apos;historique des réceptions (%1 % de la valeur), vieilli depuis la première réception enregistrée</translation>
    </message>
    <message>
        <source>no usable storage locations at the site</source>
        <translation>aucun emplacement de stockage utilisable sur le site</translation>
    </message>
    <message>
        <source>the week has not started</source>
        <translation>la semaine n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>no on-hand snapshot within %1 days of the week</source>
        <extracomment>%1 days</extracomment>
        <translation>aucun relevé de stock à moins de %1 jours de la semaine</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>no on-hand snapshot on or before %1</source>
        <extracomment>%1 date</extracomment>
        <translation>aucun relevé de stock au %1 ou avant</translation>
    </message>
    <message>
        <source>no cycle counts in the week</source>
        <translation>aucun inventaire tournant dans la semaine</translation>
    </message>
    <message>
        <source>the counted items have no book value (no cost or zero book quantity)</source>
        <translation>les articles comptés n&apos;ont pas de valeur comptable (pas de coût ou quantité théorique nulle)</translation>
    </message>
    <message>
        <source>no order lines due in the week</source>
        <translation>aucune ligne de commande due dans la semaine</translation>
    </message>
    <message>
        <source>no orders due in the week</source>
        <translation>aucune commande due dans la semaine</translation>
    </message>
    <message>
        <source>no active items planned at the site</source>
        <translation>aucun article actif planifié sur le site</translation>
    </message>
    <message>
        <source>sample %1 %2 is below the minimum of %3</source>
        <extracomment>%1 sample, %2 what the sample counts, %3 minimum</extracomment>
        <translation>échantillon de %1 %2 sous le minimum de %3</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>no data in the week</source>
        <translation>aucune donnée dans la semaine</translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Warehouses and distribution centres.</source>
        <translation>Entrepôts et centres de distribution.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Item master: one row per SKU.</source>
        <translation>Fichier articles&#xa0;: une ligne par référence.</translation>
    </message>
    <message>
        <source>Item-site parameters</source>
        <translation>Paramètres article-site</translation>
    </message>
    <message>
        <source>Per item and site planning parameters (override the item&apos;s).</source>
        <translation>Paramètres de planification par article et site (remplacent ceux de l&apos;article).</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Warehouse storage locations with coordinates.</source>
        <translation>Emplacements de stockage de l&apos;entrepôt, avec coordonnées.</translation>
    </message>
    <message>
        <source>Demand history</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Daily demand (sales or shipments) per item and site.</source>
        <translation>Demande journalière (ventes ou expéditions) par article et site.</translation>
    </message>
    <message>
        <source>On-hand balances</source>
        <translation>Stocks disponibles</translation>
    </message>
    <message>
        <source>Stock on hand per item, site, location, lot and status at a date.</source>
        <translation>Stock disponible par article, site, emplacement, lot et statut à une date.</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Commandes fournisseurs</translation>
    </message>
    <message>
        <source>Purchase order lines, open or closed.</source>
        <translation>Lignes de commande fournisseur, ouvertes ou soldées.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Réceptions</translation>
    </message>
    <message>
        <source>Goods received: arrival and put-away confirmation.</source>
        <translation>Marchandises reçues&#xa0;: arrivée et confirmation du rangement.</translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation>Commandes clients</translation>
    </message>
    <message>
        <source>Customer order lines with dates and shipped quantities.</source>
        <translation>Lignes de commande client avec dates et quantités expédiées.</translation>
    </message>
    <message>
        <source>Site code (must exist)</source>
        <translation>Code du site (doit exister)</translation>
    </message>
    <message>
        <source>Item SKU (must exist)</source>
        <translation>Référence de l&apos;article (doit exister)</translation>
    </message>
    <message>
        <source>Unique site code</source>
        <translation>Code de site unique</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>Code pays ISO 3166</translation>
    </message>
    <message>
        <source>IANA time zone of local timestamps</source>
        <translation>Fuseau horaire IANA des horodatages locaux</translation>
    </message>
    <message>
        <source>Unique item code</source>
        <translation>Code article unique</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Désignation de l&apos;article</translation>
    </message>
    <message>
        <source>GTIN/EAN/UPC, kept as text</source>
        <translation>GTIN/EAN/UPC, conservé en texte</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Catégorie de produit</translation>
    </message>
    <message>
        <source>Unit of measure (default EA)</source>
        <translation>Unité de mesure (EA par défaut)</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Selling price per unit</source>
        <translation>Prix de vente unitaire</translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation>Unités par colis</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Longueur (cm)</translation>
    </message>
    <message>
        <source>Width (cm)</source>
        <translation>Largeur (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Hauteur (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Handling class (e.g. standard, fragile, hazmat, cold)</source>
        <translation>Classe de manutention (p. ex. standard, fragile, dangereux, froid)</translation>
    </message>
    <message>
        <source>Main supplier code</source>
        <translation>Code du fournisseur principal</translation>
    </message>
    <message>
        <source>Mean supplier lead time (days)</source>
        <translation>Délai d&apos;approvisionnement moyen du fournisseur (jours)</translation>
    </message>
    <message>
        <source>Lead time standard deviation (days)</source>
        <translation>Écart type du délai d&apos;approvisionnement (jours)</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Quantité minimale de commande</translation>
    </message>
    <message>
        <source>Order in multiples of</source>
        <translation>Commander par multiples de</translation>
    </message>
    <message>
        <source>active, new, discontinued or inactive</source>
        <translation>active, new, discontinued ou inactive</translation>
    </message>
    <message>
        <source>Mean lead time to this site (days)</source>
        <translation>Délai d&apos;approvisionnement moyen vers ce site (jours)</translation>
    </message>
    <message>
        <source>Target service level, between 0 and 1</source>
        <translation>Niveau de service cible, entre 0 et 1</translation>
    </message>
    <message>
        <source>Review period (days)</source>
        <translation>Période de révision (jours)</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Stock minimum</translation>
    </message>
    <message>
        <source>Maximum stock</source>
        <translation>Stock maximum</translation>
    </message>
    <message>
        <source>Location code, unique within the site</source>
        <translation>Code d&apos;emplacement, unique dans le site</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone de stockage</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Allée</translation>
    </message>
    <message>
        <source>Bay number</source>
        <translation>Numéro de travée</translation>
    </message>
    <message>
        <source>Level (0 = floor)</source>
        <translation>Niveau (0 = sol)</translation>
    </message>
    <message>
        <source>Position within the bay level</source>
        <translation>Position dans le niveau de la travée</translation>
    </message>
    <message>
        <source>X coordinate (m)</source>
        <translation>Coordonnée X (m)</translation>
    </message>
    <message>
        <source>Y coordinate (m)</source>
        <translation>Coordonnée Y (m)</translation>
    </message>
    <message>
        <source>Z coordinate (m)</source>
        <translation>Coordonnée Z (m)</translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation>Profondeur (cm)</translation>
    </message>
    <message>
        <source>Maximum load (kg)</source>
        <translation>Charge maximale (kg)</translation>
    </message>
    <message>
        <source>forward, reserve, dock or pack</source>
        <translation>forward, reserve, dock ou pack</translation>
    </message>
    <message>
        <source>1 if usable for storage, 0 if blocked (default 1)</source>
        <translation>1 si utilisable pour le stockage, 0 si bloqué (1 par défaut)</translation>
    </message>
    <message>
        <source>Demand date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Units demanded</source>
        <translation>Unités demandées</translation>
    </message>
    <message>
        <source>Number of order lines</source>
        <translation>Nombre de lignes de commande</translation>
    </message>
    <message>
        <source>Sales channel (optional)</source>
        <translation>Canal de vente (facultatif)</translation>
    </message>
    <message>
        <source>Location code within the site (optional)</source>
        <translation>Code d&apos;emplacement dans le site (facultatif)</translation>
    </message>
    <message>
        <source>Lot or batch (optional)</source>
        <translation>Lot (facultatif)</translation>
    </message>
    <message>
        <source>Expiry date (optional)</source>
        <translation>Date de péremption (facultative)</translation>
    </message>
    <message>
        <source>available, hold, qc, returns or consigned</source>
        <translation>available, hold, qc, returns ou consigned</translation>
    </message>
    <message>
        <source>Units on hand (negative balances are flagged)</source>
        <translation>Unités en stock (les soldes négatifs sont signalés)</translation>
    </message>
    <message>
        <source>Date of the balance</source>
        <translation>Date du solde</translation>
    </message>
    <message>
        <source>Purchase order number</source>
        <translation>Numéro de commande fournisseur</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Numéro de ligne</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>Code fournisseur</translation>
    </message>
    <message>
        <source>Date the order was placed</source>
        <translation>Date de passation de la commande</translation>
    </message>
    <message>
        <source>Expected receipt date</source>
        <translation>Date de réception prévue</translation>
    </message>
    <message>
        <source>Quantity ordered</source>
        <translation>Quantité commandée</translation>
    </message>
    <message>
        <source>Quantity received so far</source>
        <translation>Quantité reçue à ce jour</translation>
    </message>
    <message>
        <source>Quantity still to receive (default ordered − received)</source>
        <translation>Quantité restant à recevoir (par défaut commandée − reçue)</translation>
    </message>
    <message>
        <source>open, closed or cancelled</source>
        <translation>open, closed ou cancelled</translation>
    </message>
    <message>
        <source>Receipt document number</source>
        <translation>Numéro du bon de réception</translation>
    </message>
    <message>
        <source>Purchase order (optional)</source>
        <translation>Commande fournisseur (facultative)</translation>
    </message>
    <message>
        <source>Units received</source>
        <translation>Unités reçues</translation>
    </message>
    <message>
        <source>Arrival at the dock (local time or with offset)</source>
        <translation>Arrivée à quai (heure locale ou avec décalage)</translation>
    </message>
    <message>
        <source>Put-away confirmed (empty while pending)</source>
        <translation>Rangement confirmé (vide tant qu&apos;en attente)</translation>
    </message>
    <message>
        <source>Put-away location (optional)</source>
        <translation>Emplacement de rangement (facultatif)</translation>
    </message>
    <message>
        <source>Customer order number</source>
        <translation>Numéro de commande client</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Quantity shipped</source>
        <translation>Quantité expédiée</translation>
    </message>
    <message>
        <source>Order received (date and time)</source>
        <translation>Commande reçue (date et heure)</translation>
    </message>
    <message>
        <source>Date the customer asked for</source>
        <translation>Date demandée par le client</translation>
    </message>
    <message>
        <source>Date committed to the customer</source>
        <translation>Date promise au client</translation>
    </message>
    <message>
        <source>Shipped (empty while open)</source>
        <translation>Expédiée (vide tant qu&apos;ouverte)</translation>
    </message>
    <message>
        <source>Location picked from (optional)</source>
        <translation>Emplacement de prélèvement (facultatif)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>code site</translation>
    </message>
    <message>
        <source>item SKU</source>
        <translation>référence article</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>code emplacement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Order cut-off time, local HH:MM (optional)</source>
        <translation>Heure limite de commande, heure locale HH:MM (facultatif)</translation>
    </message>
    <message>
        <source>Errors found when the line was checked (wrong item or quantity, damage); empty = not checked</source>
        <translation>Erreurs trouvées au contrôle de la ligne (mauvais article ou quantité, dommage) ; vide = non contrôlée</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Inventaires tournants</translation>
    </message>
    <message>
        <source>Counted against book quantity per item and location, for inventory record accuracy.</source>
        <translation>Comptages comparés à la quantité théorique par article et emplacement, pour l&apos;exactitude des stocks.</translation>
    </message>
    <message>
        <source>Count document or task number</source>
        <translation>Numéro de document ou de tâche de comptage</translation>
    </message>
    <message>
        <source>Location counted (optional)</source>
        <translation>Emplacement compté (facultatif)</translation>
    </message>
    <message>
        <source>When it was counted (local time or with offset)</source>
        <translation>Date et heure du comptage (heure locale ou avec décalage)</translation>
    </message>
    <message>
        <source>Quantity on the books before the count</source>
        <translation>Quantité théorique avant le comptage</translation>
    </message>
    <message>
        <source>Quantity counted</source>
        <translation>Quantité comptée</translation>
    </message>
    <message>
        <source>Cost per unit for the value-based accuracy (default: the item&apos;s cost)</source>
        <translation>Coût unitaire pour l&apos;exactitude en valeur (par défaut : le coût de l&apos;article)</translation>
    </message>
    <message>
        <source>A, B or C (default: ranked by usage value)</source>
        <translation>A, B ou C (par défaut : classé par valeur de consommation)</translation>
    </message>
    <message>
        <source>Who counted (optional)</source>
        <translation>Qui a compté (facultatif)</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Direct labour hours per site, day and activity (optionally per employee).</source>
        <translation>Heures de main-d&apos;œuvre directe par site, jour et activité (facultativement par employé).</translation>
    </message>
    <message>
        <source>Working day (local)</source>
        <translation>Jour travaillé (heure locale)</translation>
    </message>
    <message>
        <source>picking, packing, receiving, put_away, replenishment, counting, shipping or other</source>
        <translation>picking, packing, receiving, put_away, replenishment, counting, shipping ou other</translation>
    </message>
    <message>
        <source>Employee or team (optional)</source>
        <translation>Employé ou équipe (facultatif)</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Heures travaillées</translation>
    </message>
</context>
<context>
    <name>DemandClass</name>
    <message>
        <source>smooth</source>
        <translation>régulière</translation>
    </message>
    <message>
        <source>erratic</source>
        <translation>erratique</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>intermittente</translation>
    </message>
    <message>
        <source>lumpy</source>
        <translation>sporadique</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>a series with too little history to classify</extracomment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>inactive</source>
        <extracomment>a series without demand in the recent window</extracomment>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>ExplainName</name>
    <message>
        <source>Cycle service level achieved</source>
        <translation>Taux de service par cycle atteint</translation>
    </message>
    <message>
        <source>Fill rate achieved</source>
        <translation>Taux de remplissage atteint</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Annual cost at the rounded quantity</source>
        <translation>Coût annuel à la quantité arrondie</translation>
    </message>
    <message>
        <source>Annual demand</source>
        <translation>Demande annuelle</translation>
    </message>
    <message>
        <source>Average inventory</source>
        <translation>Stock moyen</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Colisage</translation>
    </message>
    <message>
        <source>Committed to customer orders</source>
        <translation>Réservé aux commandes clients</translation>
    </message>
    <message>
        <source>Critical ratio</source>
        <translation>Ratio critique</translation>
    </message>
    <message>
        <source>Cycle service level</source>
        <translation>Taux de service par cycle</translation>
    </message>
    <message>
        <source>Cycle stock</source>
        <translation>Stock cyclique</translation>
    </message>
    <message>
        <source>Mean demand</source>
        <translation>Demande moyenne</translation>
    </message>
    <message>
        <source>Demand rate</source>
        <translation>Taux de demande</translation>
    </message>
    <message>
        <source>Demand standard deviation</source>
        <translation>Écart type de la demande</translation>
    </message>
    <message>
        <source>Density at the level</source>
        <translation>Densité au niveau</translation>
    </message>
    <message>
        <source>Economic order quantity</source>
        <translation>Quantité économique de commande</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Coût attendu</translation>
    </message>
    <message>
        <source>Expected shortage per cycle</source>
        <translation>Manque attendu par cycle</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Taux de remplissage</translation>
    </message>
    <message>
        <source>Holding cost</source>
        <translation>Coût de possession</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Coût de possession annuel</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Taux de possession</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Investissement en stock</translation>
    </message>
    <message>
        <source>Safety factor k (fill rate)</source>
        <translation>Facteur de sécurité k (taux de remplissage)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Lead time standard deviation</source>
        <translation>Écart type du délai d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>Niveau de stock</translation>
    </message>
    <message>
        <source>Expected shortage (loss function)</source>
        <translation>Manque attendu (fonction de perte)</translation>
    </message>
    <message>
        <source>Standard loss G(k)</source>
        <translation>Perte standard G(k)</translation>
    </message>
    <message>
        <source>Shortage allowed per cycle</source>
        <translation>Manque admis par cycle</translation>
    </message>
    <message>
        <source>Standard loss allowed</source>
        <translation>Perte standard admise</translation>
    </message>
    <message>
        <source>Maximum cover</source>
        <translation>Couverture maximale</translation>
    </message>
    <message>
        <source>Maximum level</source>
        <translation>Niveau maximal</translation>
    </message>
    <message>
        <source>Mean demand over the protection interval</source>
        <translation>Demande moyenne sur l&apos;intervalle de protection</translation>
    </message>
    <message>
        <source>Minimum cover</source>
        <translation>Couverture minimale</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <source>Minimum order quantity</source>
        <translation>Quantité minimale de commande</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <source>Open receipts due within the horizon</source>
        <translation>Réceptions ouvertes attendues dans l&apos;horizon</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coût de commande</translation>
    </message>
    <message>
        <source>Order multiple</source>
        <translation>Multiple de commande</translation>
    </message>
    <message>
        <source>Order quantity</source>
        <translation>Quantité de commande</translation>
    </message>
    <message>
        <source>Order-up-to level</source>
        <translation>Niveau de recomplètement</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Coût de commande annuel</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Commandes par an</translation>
    </message>
    <message>
        <source>Planning periods per year</source>
        <translation>Périodes de planification par an</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>Disponible projeté</translation>
    </message>
    <message>
        <source>Proposed order quantity</source>
        <translation>Quantité de commande proposée</translation>
    </message>
    <message>
        <source>Protection interval</source>
        <translation>Intervalle de protection</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Point de commande</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Période de révision</translation>
    </message>
    <message>
        <source>Rounded order quantity</source>
        <translation>Quantité de commande arrondie</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Safety stock before the cover bounds</source>
        <translation>Stock de sécurité avant les bornes de couverture</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Valeur du stock de sécurité</translation>
    </message>
    <message>
        <source>Service factor</source>
        <translation>Facteur de service</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Taux de service cible</translation>
    </message>
    <message>
        <source>Shortage cost</source>
        <translation>Coût de rupture</translation>
    </message>
    <message>
        <source>Shortage cost per year</source>
        <translation>Coût de rupture annuel</translation>
    </message>
    <message>
        <source>Standard deviation over the protection interval</source>
        <translation>Écart type sur l&apos;intervalle de protection</translation>
    </message>
    <message>
        <source>Rounding step</source>
        <translation>Pas d&apos;arrondi</translation>
    </message>
    <message>
        <source>Stockout cost</source>
        <translation>Coût de rupture de stock</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Coût total annuel</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Rotation des stocks</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Safety factor z (cycle service level)</source>
        <translation>Facteur de sécurité z (taux de service par cycle)</translation>
    </message>
</context>
<context>
    <name>ExplainUnit</name>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>money</source>
        <translation>argent</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>périodes</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a unit of time as the calculation was given it</extracomment>
        <translation>temps</translation>
    </message>
    <message>
        <source>yr</source>
        <extracomment>year, abbreviated</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>rotations</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
</context>
<context>
    <name>KpiHelp</name>
    <message>
        <source>share of orders due in the week that shipped on time (every line within the commit-date window) and in full (within the quantity tolerance)</source>
        <translation>part des commandes à échéance dans la semaine expédiées à temps (chaque ligne dans la fenêtre de la date promise) et complètes (dans la tolérance de quantité)</translation>
    </message>
    <message>
        <source>% of orders</source>
        <translation>% des commandes</translation>
    </message>
    <message>
        <source>share of ordered units shipped from stock (up to the quantity ordered), on the order lines due in the week</source>
        <translation>part des unités commandées expédiées depuis le stock (dans la limite de la quantité commandée), sur les lignes de commande à échéance dans la semaine</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% des unités</translation>
    </message>
    <message>
        <source>share of order lines due in the week that shipped complete</source>
        <translation>part des lignes de commande à échéance dans la semaine expédiées complètes</translation>
    </message>
    <message>
        <source>% of lines</source>
        <translation>% des lignes</translation>
    </message>
    <message>
        <source>share of orders due in the week whose every line shipped complete</source>
        <translation>part des commandes à échéance dans la semaine dont toutes les lignes ont été expédiées complètes</translation>
    </message>
    <message>
        <source>share of orders due in the week whose lines all shipped on or before the commit date</source>
        <translation>part des commandes à échéance dans la semaine dont toutes les lignes ont été expédiées au plus tard à la date promise</translation>
    </message>
    <message>
        <source>share of SKU-days of the week on which an active item planned at the site had no available stock (daily balances rolled from the nearest on-hand snapshot)</source>
        <translation>part des jours-références de la semaine où un article actif planifié sur le site n&apos;avait aucun stock disponible (soldes quotidiens reconstitués à partir de la photo de stock la plus proche)</translation>
    </message>
    <message>
        <source>% of SKU-days</source>
        <translation>% des jours-références</translation>
    </message>
    <message>
        <source>mean time from a receipt&apos;s arrival at the dock to its put-away confirmed, over the receipt lines put away in the week</source>
        <translation>temps moyen entre l&apos;arrivée d&apos;une réception à quai et la confirmation de son rangement, sur les lignes de réception rangées dans la semaine</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>mean time from receiving a customer order to its last shipment, over the orders shipped in the week</source>
        <translation>temps moyen entre la réception d&apos;une commande client et sa dernière expédition, sur les commandes expédiées dans la semaine</translation>
    </message>
    <message>
        <source>share of the orders checked in the week whose lines had no pick error</source>
        <translation>part des commandes contrôlées dans la semaine dont les lignes ne présentaient aucune erreur de préparation</translation>
    </message>
    <message>
        <source>% of orders checked</source>
        <translation>% des commandes contrôlées</translation>
    </message>
    <message>
        <source>share of the week&apos;s cycle counts within tolerance (A ±1 %, B ±3 %, C ±5 % of the book quantity); each count judged on its own, variances never netted</source>
        <translation>part des inventaires tournants de la semaine dans la tolérance (A ±1&#xa0;%, B ±3&#xa0;%, C ±5&#xa0;% de la quantité théorique)&#xa0;; chaque comptage est jugé séparément, les écarts ne se compensent jamais</translation>
    </message>
    <message>
        <source>% of counts</source>
        <translation>% des comptages</translation>
    </message>
    <message>
        <source>1 − the sum of |count variance| × unit cost ÷ the sum of book quantity × unit cost, over the week&apos;s cycle counts</source>
        <translation>1 − la somme des |écarts de comptage| × coût unitaire ÷ la somme des quantités théoriques × coût unitaire, sur les inventaires tournants de la semaine</translation>
    </message>
    <message>
        <source>% of book value</source>
        <translation>% de la valeur théorique</translation>
    </message>
    <message>
        <source>order lines shipped in the week ÷ picking labour hours booked in the week</source>
        <translation>lignes de commande expédiées dans la semaine ÷ heures de travail de préparation saisies dans la semaine</translation>
    </message>
    <message>
        <source>lines per labour hour</source>
        <translation>lignes par heure de travail</translation>
    </message>
    <message>
        <source>share of usable storage locations (forward and reserve) holding stock at the week&apos;s on-hand snapshot</source>
        <translation>part des emplacements de stockage utilisables (picking et réserve) contenant du stock lors de la photo de stock de la semaine</translation>
    </message>
    <message>
        <source>% of locations</source>
        <translation>% des emplacements</translation>
    </message>
    <message>
        <source>cost of goods shipped over the trailing demand window, annualised, ÷ average inventory at cost</source>
        <translation>coût des marchandises expédiées sur la fenêtre de demande glissante, annualisé, ÷ stock moyen au coût</translation>
    </message>
    <message>
        <source>turns per year</source>
        <translation>rotations par an</translation>
    </message>
    <message>
        <source>365 ÷ inventory turns: how many days the average inventory lasts at the yearly rate of shipments</source>
        <translation>365 ÷ rotation des stocks&#xa0;: nombre de jours que dure le stock moyen au rythme annuel des expéditions</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>inventory at cost ÷ average daily cost of goods shipped over the trailing demand window</source>
        <translation>stock au coût ÷ coût moyen journalier des marchandises expédiées sur la fenêtre de demande glissante</translation>
    </message>
    <message>
        <source>average inventory at cost × the carrying cost rate (capital, storage, service and risk) for one year</source>
        <translation>stock moyen au coût × le taux de possession (capital, stockage, service et risque) sur un an</translation>
    </message>
    <message>
        <source>currency per year</source>
        <translation>devise par an</translation>
    </message>
    <message>
        <source>share of inventory value held in receipt layers (first in, first out) older than 90 days</source>
        <translation>part de la valeur du stock détenue dans des couches de réception (premier entré, premier sorti) de plus de 90 jours</translation>
    </message>
    <message>
        <source>% of inventory value</source>
        <translation>% de la valeur du stock</translation>
    </message>
</context>
<context>
    <name>KpiHelpText</name>
    <message>
        <source>%1: %2. Unit: %3; %4.</source>
        <translation>%1&#xa0;: %2. Unité&#xa0;: %3&#xa0;; %4.</translation>
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
        <translation>Taux de service (quantités)</translation>
    </message>
    <message>
        <source>Line fill rate</source>
        <translation>Taux de service (lignes)</translation>
    </message>
    <message>
        <source>Order fill rate</source>
        <translation>Taux de service (commandes)</translation>
    </message>
    <message>
        <source>On-time shipment</source>
        <translation>Expéditions dans les délais</translation>
    </message>
    <message>
        <source>Stockout rate</source>
        <translation>Taux de rupture</translation>
    </message>
    <message>
        <source>Dock-to-stock</source>
        <translation>Délai quai-stock</translation>
    </message>
    <message>
        <source>Internal order cycle time</source>
        <translation>Temps de cycle interne des commandes</translation>
    </message>
    <message>
        <source>Order picking accuracy</source>
        <translation>Exactitude de préparation</translation>
    </message>
    <message>
        <source>Inventory record accuracy</source>
        <translation>Exactitude des stocks</translation>
    </message>
    <message>
        <source>Record accuracy by value</source>
        <translation>Exactitude des stocks en valeur</translation>
    </message>
    <message>
        <source>Lines picked per labour hour</source>
        <translation>Lignes préparées par heure de travail</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Capacité utilisée</translation>
    </message>
    <message>
        <source>Inventory turns</source>
        <translation>Rotation des stocks</translation>
    </message>
    <message>
        <source>Days on hand</source>
        <translation>Jours de stock</translation>
    </message>
    <message>
        <source>Days of supply</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <source>Carrying cost (annual)</source>
        <translation>Coût de possession (annuel)</translation>
    </message>
    <message>
        <source>Stock aged over 90 days</source>
        <translation>Stock de plus de 90 jours</translation>
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
        <translation>Délais</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>lines/h</source>
        <translation>lignes/h</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>rotations</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut = mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas = mieux</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pts</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> lines/h</source>
        <translation> lignes/h</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> rotations</translation>
    </message>
    <message>
        <source>Projected stockouts within lead time</source>
        <translation>Ruptures prévues dans le délai d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Sous le stock de sécurité</translation>
    </message>
    <message>
        <source>Negative or odd balances</source>
        <translation>Soldes négatifs ou anormaux</translation>
    </message>
    <message>
        <source>Slow movers and dead stock</source>
        <translation>Rotation lente et stock dormant</translation>
    </message>
    <message>
        <source>Excess (days of supply)</source>
        <translation>Surstock (jours de couverture)</translation>
    </message>
    <message>
        <source>Lots expiring (FEFO)</source>
        <translation>Lots arrivant à péremption (FEFO)</translation>
    </message>
    <message>
        <source>Late purchase orders</source>
        <translation>Commandes fournisseurs en retard</translation>
    </message>
    <message>
        <source>Stale receipts (not put away)</source>
        <translation>Réceptions en souffrance (non rangées)</translation>
    </message>
    <message>
        <source>Projected stockouts</source>
        <translation>Ruptures prévues</translation>
    </message>
    <message>
        <source>Slow movers, dead stock</source>
        <translation>Rotation lente, stock dormant</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <source>Expiring lots (FEFO)</source>
        <translation>Lots à péremption (FEFO)</translation>
    </message>
    <message>
        <source>Stale receipts</source>
        <translation>Réceptions en souffrance</translation>
    </message>
    <message>
        <source>Available stock plus open purchase orders due within the lead time, minus the demand over the lead time, is below zero. Value at risk: the units short at the selling price.</source>
        <translation>Le stock disponible plus les commandes fournisseurs ouvertes attendues dans le délai d&apos;approvisionnement, moins la demande sur ce délai, est négatif. Valeur à risque&#xa0;: les unités manquantes au prix de vente.</translation>
    </message>
    <message>
        <source>Available stock is below the item-site&apos;s safety (minimum) stock. Value at risk: the gap at cost.</source>
        <translation>Le stock disponible est sous le stock de sécurité (minimum) de l&apos;article-site. Valeur à risque&#xa0;: l&apos;écart au coût.</translation>
    </message>
    <message>
        <source>Negative balances, fractional balances of items counted in each, and stock in blocked locations. Value at risk: the units at cost.</source>
        <translation>Soldes négatifs, soldes fractionnaires d&apos;articles comptés à l&apos;unité et stock dans des emplacements bloqués. Valeur à risque&#xa0;: les unités au coût.</translation>
    </message>
    <message>
        <source>Stock without demand for the slow-mover threshold (dead stock after the dead-stock threshold; see the KPI settings). Value at risk: the stock at cost.</source>
        <translation>Stock sans demande depuis le seuil de rotation lente (stock dormant après le seuil de stock dormant&#xa0;; voir les paramètres des indicateurs). Valeur à risque&#xa0;: le stock au coût.</translation>
    </message>
    <message>
        <source>Stock covering more days of demand than the excess threshold. Value at risk: the units above the threshold at cost.</source>
        <translation>Stock couvrant plus de jours de demande que le seuil de surstock. Valeur à risque&#xa0;: les unités au-delà du seuil, au coût.</translation>
    </message>
    <message>
        <source>Lots that expire within the expiry window (or have expired): pick them first (FEFO). Value at risk: the lot at cost.</source>
        <translation>Lots qui périment dans la fenêtre de péremption (ou déjà périmés)&#xa0;: à prélever en premier (FEFO). Valeur à risque&#xa0;: le lot au coût.</translation>
    </message>
    <message>
        <source>Open purchase order lines past their due date. Value at risk: the open quantity at cost.</source>
        <translation>Lignes de commande fournisseur ouvertes dont la date prévue est dépassée. Valeur à risque&#xa0;: la quantité ouverte au coût.</translation>
    </message>
    <message>
        <source>Receipts that arrived but are not put away after the stale-receipt threshold. Value at risk: the quantity at cost.</source>
        <translation>Réceptions arrivées mais non rangées après le seuil de réception en souffrance. Valeur à risque&#xa0;: la quantité au coût.</translation>
    </message>
    <message>
        <source>SKU-days</source>
        <translation>jours-SKU</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>comptages</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>orders checked</source>
        <translation>commandes contrôlées</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>instantanés</translation>
    </message>
    <message>
        <source>picking hours</source>
        <translation>heures de préparation</translation>
    </message>
    <message>
        <source>best in class</source>
        <translation>meilleur de la catégorie</translation>
    </message>
    <message>
        <source>advantage</source>
        <translation>avantage</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>disadvantage</source>
        <translation>désavantage</translation>
    </message>
    <message>
        <source>major opportunity</source>
        <translation>forte marge de progrès</translation>
    </message>
    <message>
        <source>typical target</source>
        <translation>cible courante</translation>
    </message>
    <message>
        <source>receipt lines</source>
        <translation>lignes de réception</translation>
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
        <translation>par mois</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>PolicyExplainText</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Données d&apos;entrée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Weekly KPI report</source>
        <translation>Rapport KPI hebdomadaire</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preparing the weekly KPI report of %1, %2</source>
        <translation>Préparation du rapport KPI hebdomadaire de %1, %2</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Le rapport n&apos;a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>kpi-report-%1-%2.pdf</source>
        <translation>rapport-kpi-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message numerus="yes">
        <source>%n more note(s): see the report as text or JSON.</source>
        <translation>
            <numerusform>%n autre note : voir le rapport en texte ou JSON.</numerusform>
            <numerusform>%n autres notes : voir le rapport en texte ou JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportText</name>
    <message>
        <source>Top exceptions</source>
        <translation>Principales exceptions</translation>
    </message>
    <message>
        <source>%1 of %2 rows over all queues, ranked by value at risk; value at risk of all rows %3</source>
        <translation>%1 lignes sur %2, toutes files confondues, classées par valeur à risque&#xa0;; valeur à risque de toutes les lignes&#xa0;: %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Quoi et pourquoi</translation>
    </message>
    <message>
        <source>No exceptions found.</source>
        <translation>Aucune exception trouvée.</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette sem.</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Sem. passée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Note, n/a reason, comment</source>
        <translation>Remarque, motif n.d., commentaire</translation>
    </message>
    <message>
        <source>Weekly KPI report %1 %2</source>
        <translation>Rapport KPI hebdomadaire %1 %2</translation>
    </message>
    <message>
        <source>Print weekly KPI report</source>
        <translation>Imprimer le rapport KPI hebdomadaire</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is connected and try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer&#xa0;: vérifiez qu&apos;elle est connectée et réessayez.</translation>
    </message>
    <message>
        <source>Weekly KPI report: print preview</source>
        <translation>Rapport KPI hebdomadaire&#xa0;: aperçu avant impression</translation>
    </message>
    <message>
        <source>Save weekly KPI report as PDF</source>
        <translation>Enregistrer le rapport KPI hebdomadaire en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Le PDF n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2, %3</source>
        <translation>Du lundi %1 au dimanche %2, %3</translation>
    </message>
    <message>
        <source>no order cut-off</source>
        <translation>pas de date limite de commande</translation>
    </message>
    <message>
        <source>order cut-off %1</source>
        <translation>date limite de commande %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>on-hand snapshot %1</source>
        <translation>photo du stock au %1</translation>
    </message>
    <message>
        <source>exceptions found %1</source>
        <translation>exceptions relevées le %1</translation>
    </message>
    <message>
        <source>Projected stockout</source>
        <translation>Rupture prévue</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Sous le stock de sécurité</translation>
    </message>
    <message>
        <source>Odd balance</source>
        <translation>Solde anormal</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Rotation lente</translation>
    </message>
    <message>
        <source>Excess stock</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <source>Expiring lot</source>
        <translation>Lot à péremption</translation>
    </message>
    <message>
        <source>Late purchase order</source>
        <translation>Commande fournisseur en retard</translation>
    </message>
    <message>
        <source>Stale receipt</source>
        <translation>Réception en souffrance</translation>
    </message>
    <message>
        <source>min %1 %2</source>
        <translation>min %1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2) : %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Benchmarks, %1: %2.</source>
        <translation>Références, %1 : %2.</translation>
    </message>
    <message>
        <source>Weekly KPI report</source>
        <translation>Rapport KPI hebdomadaire</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inventory planning and control tower.</source>
        <translation>Planification des stocks et tour de contrôle.</translation>
    </message>
    <message>
        <source>Workspace file (.stdb) to open.</source>
        <translation>Fichier d&apos;espace de travail (.stdb) à ouvrir.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ControlTowerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>Se&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>The last complete week is the default: a week in progress is judged on the orders due so far, which early in the week are too few to compare with a weekly target.</source>
        <translation>Par défaut, la dernière semaine complète&#xa0;: une semaine en cours est jugée sur les commandes déjà dues, trop peu nombreuses en début de semaine pour être comparées à une cible hebdomadaire.</translation>
    </message>
    <message>
        <source>Compute the KPIs and exception queues again</source>
        <translation>Recalculer les indicateurs et les files d&apos;exceptions</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Arrêter le calcul&#xa0;; l&apos;affichage actuel est conservé</translation>
    </message>
    <message>
        <source>Exception queues</source>
        <translation>Files d&apos;exceptions</translation>
    </message>
    <message>
        <source>Exceptions, highest value at risk first</source>
        <translation>Exceptions, valeur à risque décroissante</translation>
    </message>
    <message>
        <source>Exceptions to act on today</source>
        <translation>Exceptions à traiter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ranked by value at risk; double-click a row (or press Enter) to open its item</source>
        <translation>Classées par valeur à risque&#xa0;; double-cliquez sur une ligne (ou appuyez sur Entrée) pour ouvrir son article</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the control tower needs the KPI tables.</source>
        <translation>Cet espace de travail est antérieur aux indicateurs (format %1) et est ouvert en lecture seule. Ouvrez-le une fois en lecture-écriture pour le mettre à niveau&#xa0;; la tour de contrôle a besoin des tables d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>Open a workspace to see its control tower: the week&apos;s KPIs against target and the exceptions to act on today.</source>
        <translation>Ouvrez un espace de travail pour voir sa tour de contrôle&#xa0;: les indicateurs de la semaine face aux cibles et les exceptions à traiter aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites, items and orders (File → Import…) to see KPIs and exceptions here.</source>
        <translation>Cet espace de travail n&apos;a pas encore de sites. Importez sites, articles et commandes (Fichier → Importer…) pour voir ici indicateurs et exceptions.</translation>
    </message>
    <message>
        <source>The control tower is computed when you open this page.</source>
        <translation>La tour de contrôle est calculée à l&apos;ouverture de cette page.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last complete week: %1</source>
        <translation>Dernière semaine complète&#xa0;: %1</translation>
    </message>
    <message>
        <source>This week so far: %1</source>
        <translation>Semaine en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the control tower of %1</source>
        <translation>Calcul de la tour de contrôle de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1&#xa0;: %2 sur %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the control tower.</source>
        <translation>Annulé. Cliquez sur Actualiser pour calculer la tour de contrôle.</translation>
    </message>
    <message>
        <source>The control tower could not be computed: %1</source>
        <translation>La tour de contrôle n&apos;a pas pu être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <source>the %1 weeks up to %2</source>
        <translation>les %1 semaines jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>No KPI data and no exceptions at %1 in %2: import orders, receipts, cycle counts and on-hand snapshots (File → Import…).</source>
        <translation>Aucune donnée d&apos;indicateur ni exception pour %1 sur %2&#xa0;: importez commandes, réceptions, inventaires tournants et photos de stock (Fichier → Importer…).</translation>
    </message>
    <message>
        <source>No KPI data at %1 in %2.</source>
        <translation>Aucune donnée d&apos;indicateur pour %1 sur %2.</translation>
    </message>
    <message>
        <source>No orders were due at %1 in %2: the service KPIs are n/a.</source>
        <translation>Aucune commande n&apos;était due pour %1 sur %2&#xa0;: les indicateurs de service sont n.d.</translation>
    </message>
    <message>
        <source>Read-only workspace: the KPI weeks were computed in memory and not stored.</source>
        <translation>Espace de travail en lecture seule&#xa0;: les semaines d&apos;indicateurs ont été calculées en mémoire et non enregistrées.</translation>
    </message>
    <message>
        <source>Top exceptions over all queues</source>
        <translation>Principales exceptions, toutes files confondues</translation>
    </message>
    <message>
        <source>The %1 rows with the highest value at risk today (%2). Double-click a row or press Enter to open its item.</source>
        <translation>Les %1 lignes de plus forte valeur à risque aujourd&apos;hui (%2). Double-cliquez sur une ligne ou appuyez sur Entrée pour ouvrir son article.</translation>
    </message>
    <message>
        <source>No exceptions at %1 today.</source>
        <translation>Aucune exception pour %1 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No exceptions found at %1 today, but some rules had no data to check (see the notes above).</source>
        <translation>Aucune exception trouvée pour %1 aujourd&apos;hui, mais certaines règles n&apos;avaient pas de données à vérifier (voir les remarques ci-dessus).</translation>
    </message>
    <message>
        <source>%1 — %2 rows, value at risk %3</source>
        <translation>%1 — %2 lignes, valeur à risque %3</translation>
    </message>
    <message>
        <source> (the %1 highest shown)</source>
        <translation> (les %1 plus élevées affichées)</translation>
    </message>
    <message>
        <source>Nothing in “%1” at %2 today.</source>
        <translation>Rien dans «&#xa0;%1&#xa0;» pour %2 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>semaine &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;, in progress</source>
        <translation>semaine &lt;b&gt;%1&lt;/b&gt;, en cours</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>stock from the on-hand snapshot of %1</source>
        <translation>stock de la photo du %1</translation>
    </message>
    <message>
        <source>no on-hand snapshot in the week</source>
        <translation>aucune photo de stock dans la semaine</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalcul…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click (or press Enter) to open the KPI scorecard of this site and week</source>
        <translation>Cliquez (ou appuyez sur Entrée) pour ouvrir le tableau de bord KPI de ce site et de cette semaine</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DataExchangePage</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Skipped (already imported)</source>
        <translation>Ignoré (déjà importé)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Import a CSV file into this workspace</source>
        <translation>Importer un fichier CSV dans cet espace de travail</translation>
    </message>
    <message>
        <source>Export records of this workspace to a CSV file</source>
        <translation>Exporter des enregistrements de cet espace de travail vers un fichier CSV</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal des imports</translation>
    </message>
    <message>
        <source>Every import attempt is recorded, including rejected ones. Nothing is written unless the whole file is valid.</source>
        <translation>Chaque tentative d&apos;import est enregistrée, y compris les refusées. Rien n&apos;est écrit si le fichier n&apos;est pas entièrement valide.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>File layouts</source>
        <translation>Formats de fichier</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Type d&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy header line</source>
        <translation>&amp;Copier la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Copy the column names as a CSV header line to the clipboard</source>
        <translation>Copier les noms de colonnes dans le presse-papiers comme ligne d&apos;en-tête CSV</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation>Aussi accepté</translation>
    </message>
    <message>
        <source>Columns of the record type</source>
        <translation>Colonnes du type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Aucun espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Cannot read the import log: %1</source>
        <translation>Impossible de lire le journal des imports&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>Rien n&apos;a encore été importé dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>yes (key)</source>
        <translation>oui (clé)</translation>
    </message>
    <message>
        <source>no (key)</source>
        <translation>non (clé)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::DemandChart</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Unités par semaine</translation>
    </message>
    <message>
        <source>Weekly demand chart</source>
        <translation>Graphique de la demande hebdomadaire</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Sélectionnez un article pour voir sa demande hebdomadaire.</translation>
    </message>
    <message>
        <source>No demand history for %1.</source>
        <translation>Pas d&apos;historique de demande pour %1.</translation>
    </message>
    <message>
        <source>Weekly demand</source>
        <translation>Demande hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly demand — %1</source>
        <translation>Demande hebdomadaire — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExceptionQueueModel</name>
    <message>
        <source>Value at risk: %1</source>
        <translation>Valeur à risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2, quantity %3. Double-click or press Enter to open it on the Items page.</source>
        <translation>%1 — %2, quantité %3. Double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir dans la page Articles.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1 on the Items page</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir %1 dans la page Articles</translation>
    </message>
    <message>
        <source>Value at risk in the workspace&apos;s currency: what ranks the rows</source>
        <translation>Valeur à risque dans la devise de l&apos;espace de travail&#xa0;: elle détermine le classement</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExceptionSummaryModel</name>
    <message>
        <source>Top exceptions, all queues</source>
        <translation>Principales exceptions, toutes files</translation>
    </message>
    <message>
        <source>The rows with the highest value at risk over all queues. An item can be in more than one queue, so the totals may count its value more than once.</source>
        <translation>Les lignes de plus forte valeur à risque, toutes files confondues. Un article peut figurer dans plusieurs files&#xa0;: les totaux peuvent compter sa valeur plusieurs fois.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ExportDialog</name>
    <message>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Standard: comma-separated, decimal point</source>
        <translation>Standard&#xa0;: séparateur virgule, point décimal</translation>
    </message>
    <message>
        <source>European: semicolon-separated, decimal comma</source>
        <translation>Européen&#xa0;: séparateur point-virgule, virgule décimale</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel (byte order mark)</source>
        <translation>Marquer le fichier comme UTF-8 pour Excel (indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Type d&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Record type: which records to write, with the same columns as the import templates.</source>
        <translation>Type d&apos;enregistrement&#xa0;: les enregistrements à écrire, avec les mêmes colonnes que les modèles d&apos;import.</translation>
    </message>
    <message>
        <source>Layout: standard is comma-separated with a decimal point; European is semicolon-separated with a decimal comma, as spreadsheets in most of Europe expect.</source>
        <translation>Format&#xa0;: standard = séparateur virgule et point décimal&#xa0;; européen = séparateur point-virgule et virgule décimale, comme l&apos;attendent les tableurs dans la plupart des pays d&apos;Europe.</translation>
    </message>
    <message>
        <source>Byte order mark: three bytes at the start that tell Excel the file is UTF-8, so accented names read right.</source>
        <translation>Indicateur d&apos;ordre des octets&#xa0;: trois octets en début de fichier qui indiquent à Excel que le fichier est en UTF-8, pour que les noms accentués s&apos;affichent correctement.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastChart</name>
    <message>
        <source>Forecast chart</source>
        <translation>Graphique de prévision</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Sélectionnez une ligne pour voir son historique et sa prévision.</translation>
    </message>
    <message>
        <source>The run stored no forecast for %1.</source>
        <translation>L&apos;exécution n&apos;a enregistré aucune prévision pour %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Final (with overrides)</source>
        <translation>Final (avec ajustements)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>Intervalle à 80&#xa0;%</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Units per month</source>
        <translation>Unités par mois</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Unités par semaine</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastModelPanel</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Demand:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Backtest:</source>
        <translation>Test rétrospectif&#xa0;:</translation>
    </message>
    <message>
        <source>Intervals:</source>
        <translation>Intervalles&#xa0;:</translation>
    </message>
    <message>
        <source>Models considered for this series, best first (lower scores are better)</source>
        <translation>Modèles envisagés pour cette série, le meilleur en premier (score plus bas = meilleur)</translation>
    </message>
    <message>
        <source>The run&apos;s method failed on this series, so the naive forecast (the last value) was used.</source>
        <translation>La méthode de l&apos;exécution a échoué sur cette série&#xa0;: la prévision naïve (dernière valeur) a été utilisée.</translation>
    </message>
    <message>
        <source>Chosen by rolling-origin backtest: the lowest mean absolute scaled error among the candidates listed.</source>
        <translation>Choisi par test rétrospectif à origine glissante&#xa0;: la plus faible erreur absolue moyenne normalisée (MASE) parmi les candidats listés.</translation>
    </message>
    <message>
        <source>The run used one method for every series: %1.</source>
        <translation>L&apos;exécution a utilisé une seule méthode pour toutes les séries&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Regular demand (%1): the equal-weight mean of ETS (the lowest AICc among the candidates listed), Theta and damped trend — the combination that was most robust in the M4 competition.</source>
        <translation>Demande régulière (%1)&#xa0;: moyenne à poids égaux d&apos;ETS (plus faible AICc parmi les candidats listés), Theta et tendance amortie — la combinaison la plus robuste de la compétition M4.</translation>
    </message>
    <message>
        <source>Intermittent demand (%1: demand in only some periods%2): SBA, Croston&apos;s method with the Syntetos–Boylan bias correction, forecasts the demand rate per period.</source>
        <translation>Demande intermittente (%1&#xa0;: demande dans certaines périodes seulement%2)&#xa0;: SBA, méthode de Croston avec correction du biais de Syntetos–Boylan, prévoit le taux de demande par période.</translation>
    </message>
    <message>
        <source>, ADI %1 ≥ 1.32</source>
        <translation>, ADI %1 ≥ 1,32</translation>
    </message>
    <message>
        <source>New item: too little history to choose a model, so the mean of the periods there are.</source>
        <translation>Nouvel article&#xa0;: trop peu d&apos;historique pour choisir un modèle, donc la moyenne des périodes disponibles.</translation>
    </message>
    <message>
        <source>No demand in the most recent periods: the moving average over them, which is 0 unless demand returns.</source>
        <translation>Pas de demande sur les périodes les plus récentes&#xa0;: leur moyenne mobile, nulle sauf si la demande reprend.</translation>
    </message>
    <message>
        <source>Analytical: from the model&apos;s error variance (normal).</source>
        <translation>Analytique&#xa0;: d&apos;après la variance d&apos;erreur du modèle (loi normale).</translation>
    </message>
    <message numerus="yes">
        <source>Empirical: quantiles of the method&apos;s own errors in a rolling-origin backtest (%n errors or more per period ahead).</source>
        <translation>
            <numerusform>Empirique&#xa0;: quantiles des erreurs de la méthode dans un test rétrospectif à origine glissante (%n erreur ou plus par horizon).</numerusform>
            <numerusform>Empirique&#xa0;: quantiles des erreurs de la méthode dans un test rétrospectif à origine glissante (%n erreurs ou plus par horizon).</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal approximation from the in-sample error: the history is too short for a backtest of its errors.</source>
        <translation>Approximation normale d&apos;après l&apos;erreur d&apos;ajustement&#xa0;: l&apos;historique est trop court pour un test rétrospectif de ses erreurs.</translation>
    </message>
    <message>
        <source>Not recorded (a run from an earlier version).</source>
        <translation>Non enregistré (exécution d&apos;une version antérieure).</translation>
    </message>
    <message>
        <source>%1 · ADI %2 · CV² %3 · demand in %4 of %5 periods</source>
        <translation>%1 · ADI %2 · CV² %3 · demande dans %4 périodes sur %5</translation>
    </message>
    <message>
        <source>MASE %1 · sMAPE %2% · bias %3 per period</source>
        <translation>MASE %1 · sMAPE %2&#xa0;% · biais %3 par période</translation>
    </message>
    <message>
        <source>Not scored: the history is too short to hold out a backtest.</source>
        <translation>Non évalué&#xa0;: l&apos;historique est trop court pour réserver un test rétrospectif.</translation>
    </message>
    <message>
        <source>The demand history has changed since this run: the fitted values are refitted to today&apos;s history, the forecast is the run&apos;s. Run the forecast again to update it.</source>
        <translation>L&apos;historique de la demande a changé depuis cette exécution&#xa0;: les valeurs ajustées sont recalculées sur l&apos;historique actuel, la prévision reste celle de l&apos;exécution. Relancez la prévision pour la mettre à jour.</translation>
    </message>
    <message>
        <source>Fitted values are not available: %1</source>
        <translation>Valeurs ajustées indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backtest MASE</source>
        <translation>MASE rétrospectif</translation>
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
        <translation>Les ajustements ne peuvent pas être modifiés&#xa0;: cet espace de travail est en lecture seule, car %1</translation>
    </message>
    <message>
        <source>An override must be a quantity of 0 or more.</source>
        <translation>Un ajustement doit être une quantité positive ou nulle.</translation>
    </message>
    <message>
        <source>The override could not be read: %1</source>
        <translation>L&apos;ajustement n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove override of %1</source>
        <translation>Supprimer l&apos;ajustement de %1</translation>
    </message>
    <message>
        <source>Comment on override of %1</source>
        <translation>Commenter l&apos;ajustement de %1</translation>
    </message>
    <message>
        <source>Override %1 with %2</source>
        <translation>Ajuster %1 à %2</translation>
    </message>
    <message>
        <source>The override could not be saved: %1</source>
        <translation>L&apos;ajustement n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastPage</name>
    <message>
        <source>Run forecast…</source>
        <translation>Lancer la prévision…</translation>
    </message>
    <message>
        <source>&amp;Run forecast…</source>
        <translation>&amp;Lancer la prévision…</translation>
    </message>
    <message>
        <source>Forecast every item and site in the background</source>
        <translation>Prévoir tous les articles et sites en arrière-plan</translation>
    </message>
    <message>
        <source>E&amp;xport forecasts…</source>
        <translation>E&amp;xporter les prévisions…</translation>
    </message>
    <message>
        <source>Write this run&apos;s forecasts, overrides and intervals to a CSV file</source>
        <translation>Écrire les prévisions, ajustements et intervalles de cette exécution dans un fichier CSV</translation>
    </message>
    <message>
        <source>Search SKU, name, site or model</source>
        <translation>Rechercher réf., nom, site ou modèle</translation>
    </message>
    <message>
        <source>Forecast search</source>
        <translation>Recherche de prévisions</translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation>Classe de demande</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Forecast series</source>
        <translation>Séries de prévision</translation>
    </message>
    <message>
        <source>Forecast periods</source>
        <translation>Périodes de prévision</translation>
    </message>
    <message>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Prévision &amp;&amp; ajustements</translation>
    </message>
    <message>
        <source>Model &amp;&amp; accuracy</source>
        <translation>Modèle &amp;&amp; précision</translation>
    </message>
    <message>
        <source>Loading forecasts</source>
        <translation>Chargement des prévisions</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>1 series</source>
        <translation>1 série</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 séries</translation>
    </message>
    <message>
        <source>%1 of %2 series</source>
        <translation>%1 séries sur %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No forecast run yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune prévision encore exécutée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3, %4 periods ahead · method %5 · %6 series</source>
        <translation>&lt;b&gt;Exécution %1&lt;/b&gt; · %2 · maille %3, horizon %4 périodes · méthode %5 · %6 séries</translation>
    </message>
    <message>
        <source> · history to %1</source>
        <translation> · historique jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import demand history first</source>
        <translation>Importez d&apos;abord l&apos;historique de la demande</translation>
    </message>
    <message>
        <source>This workspace is read-only (%1): overrides cannot be changed.</source>
        <translation>Cet espace de travail est en lecture seule (%1)&#xa0;: les ajustements ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Type a quantity in &lt;b&gt;Override&lt;/b&gt; to replace a period&apos;s forecast, and say why in &lt;b&gt;Comment&lt;/b&gt;. Clear the cell to use the forecast again.</source>
        <translation>Saisissez une quantité dans &lt;b&gt;Ajustement&lt;/b&gt; pour remplacer la prévision d&apos;une période, et expliquez pourquoi dans &lt;b&gt;Commentaire&lt;/b&gt;. Videz la cellule pour revenir à la prévision.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>No workspace is open. Open one from File → Open Workspace.</source>
        <translation>Aucun espace de travail ouvert. Ouvrez-en un via Fichier → Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read the forecasts: %1</source>
        <translation>Impossible de lire les prévisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading forecasts…</source>
        <translation>Chargement des prévisions…</translation>
    </message>
    <message>
        <source>No forecast has been run for this workspace yet. Run one to see every item and site with its demand class, model, accuracy and forecast.</source>
        <translation>Aucune prévision n&apos;a encore été exécutée pour cet espace de travail. Lancez-en une pour voir chaque article et site avec sa classe de demande, son modèle, sa précision et sa prévision.</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…), then run a forecast.</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;historique de demande. Importez la demande (Fichier → Importer…), puis lancez une prévision.</translation>
    </message>
    <message>
        <source>The latest forecast run (%1) found no item and site with sales in its history.</source>
        <translation>La dernière exécution de prévision (%1) n&apos;a trouvé aucun article-site avec des ventes dans son historique.</translation>
    </message>
    <message>
        <source>This workspace has no demand history: the latest run (%1) forecast nothing.</source>
        <translation>Cet espace de travail n&apos;a pas d&apos;historique de demande&#xa0;: la dernière exécution (%1) n&apos;a rien prévu.</translation>
    </message>
    <message>
        <source>Cannot run a forecast: this workspace is read-only because %1</source>
        <translation>Impossible de lancer une prévision&#xa0;: cet espace de travail est en lecture seule, car %1</translation>
    </message>
    <message>
        <source>A forecast run is already under way.</source>
        <translation>Une exécution de prévision est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot run the forecast: %1</source>
        <translation>Impossible de lancer la prévision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation>Prévision en cours</translation>
    </message>
    <message>
        <source>Forecast run %1 stored: %2 series in %3 s.</source>
        <translation>Exécution de prévision %1 enregistrée&#xa0;: %2 séries en %3 s.</translation>
    </message>
    <message>
        <source>The forecast run was cancelled; nothing was stored.</source>
        <translation>L&apos;exécution de prévision a été annulée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The forecast run failed: %1</source>
        <translation>L&apos;exécution de prévision a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export forecasts</source>
        <translation>Exporter les prévisions</translation>
    </message>
    <message>
        <source>forecast-run-%1.csv</source>
        <translation>prevision-execution-%1.csv</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting forecasts</source>
        <translation>Export des prévisions</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the series back: %1</source>
        <translation>Impossible de relire la série&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a row to see its history and forecast.</source>
        <translation>Sélectionnez une ligne pour voir son historique et sa prévision.</translation>
    </message>
    <message>
        <source>Cannot read the series: %1</source>
        <translation>Impossible de lire la série&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run has no forecast for this series.</source>
        <translation>L&apos;exécution n&apos;a pas de prévision pour cette série.</translation>
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
        <translation>Saisissez une autre quantité, ou videz la cellule pour revenir à la prévision</translation>
    </message>
    <message>
        <source>Type a quantity to replace the forecast of this period</source>
        <translation>Saisissez une quantité pour remplacer la prévision de cette période</translation>
    </message>
    <message>
        <source>Set an override first; the comment says why</source>
        <translation>Saisissez d&apos;abord un ajustement&#xa0;; le commentaire explique pourquoi</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The statistical forecast of the run</source>
        <translation>La prévision statistique de l&apos;exécution</translation>
    </message>
    <message>
        <source>80% prediction interval: demand falls inside in 8 periods out of 10</source>
        <translation>Intervalle de prévision à 80&#xa0;%&#xa0;: la demande y tombe 8 périodes sur 10</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>Intervalle de prévision à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Your quantity, which replaces the forecast in plans</source>
        <translation>Votre quantité, qui remplace la prévision dans les plans</translation>
    </message>
    <message>
        <source>What plans use: the override, else the forecast</source>
        <translation>Ce qu&apos;utilisent les plans&#xa0;: l&apos;ajustement, sinon la prévision</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>80%</source>
        <translation>80&#xa0;%</translation>
    </message>
    <message>
        <source>95%</source>
        <translation>95&#xa0;%</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastRunDialog</name>
    <message>
        <source>Run forecast</source>
        <translation>Lancer la prévision</translation>
    </message>
    <message>
        <source>Weeks (ISO, Monday to Sunday)</source>
        <translation>Semaines (ISO, du lundi au dimanche)</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>Mois calendaires</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket</source>
        <translation>En faire la maille de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>auto (recommended)</source>
        <translation>auto (recommandé)</translation>
    </message>
    <message>
        <source>Same as the horizon</source>
        <translation>Comme l&apos;horizon</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Maille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Horizon (periods):</source>
        <translation>&amp;Horizon (périodes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mé&amp;thode&#xa0;:</translation>
    </message>
    <message>
        <source>Bac&amp;ktest periods:</source>
        <translation>Périodes de test &amp;rétrospectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>Thr&amp;eads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Forecasts every item and site with sales and stores the run in the workspace. Earlier runs are kept.</source>
        <translation>Prévoit chaque article-site ayant des ventes et enregistre l&apos;exécution dans l&apos;espace de travail. Les exécutions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>By demand class: a combination of ETS, Theta and damped trend for regular demand, SBA for intermittent demand, a moving average for new and inactive items.</source>
        <translation>Selon la classe de demande&#xa0;: combinaison d&apos;ETS, Theta et tendance amortie pour la demande régulière, SBA pour la demande intermittente, moyenne mobile pour les articles nouveaux et inactifs.</translation>
    </message>
    <message>
        <source>The best of the combination, ETS, Theta and damped trend in a rolling-origin backtest (slower).</source>
        <translation>La meilleure entre la combinaison, ETS, Theta et tendance amortie, en test rétrospectif à origine glissante (plus lent).</translation>
    </message>
    <message>
        <source>The equal-weight mean of ETS, Theta and damped trend.</source>
        <translation>Moyenne à poids égaux d&apos;ETS, Theta et tendance amortie.</translation>
    </message>
    <message>
        <source>Exponential smoothing, the model chosen by AICc.</source>
        <translation>Lissage exponentiel, modèle choisi par AICc.</translation>
    </message>
    <message>
        <source>The Theta method (SES with drift).</source>
        <translation>La méthode Theta (SES avec dérive).</translation>
    </message>
    <message>
        <source>Damped-trend exponential smoothing.</source>
        <translation>Lissage exponentiel à tendance amortie.</translation>
    </message>
    <message>
        <source>Simple exponential smoothing: a level, no trend or season.</source>
        <translation>Lissage exponentiel simple&#xa0;: un niveau, sans tendance ni saisonnalité.</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend.</source>
        <translation>Tendance linéaire de Holt.</translation>
    </message>
    <message>
        <source>Holt-Winters with trend and season.</source>
        <translation>Holt-Winters avec tendance et saisonnalité.</translation>
    </message>
    <message>
        <source>The last period&apos;s demand.</source>
        <translation>La demande de la dernière période.</translation>
    </message>
    <message>
        <source>The demand of the same period a year before.</source>
        <translation>La demande de la même période un an plus tôt.</translation>
    </message>
    <message>
        <source>The mean of the last 6 periods.</source>
        <translation>La moyenne des 6 dernières périodes.</translation>
    </message>
    <message>
        <source>An intermittent-demand method: size and interval (or probability) of demand.</source>
        <translation>Méthode pour demande intermittente&#xa0;: taille et intervalle (ou probabilité) de la demande.</translation>
    </message>
    <message>
        <source>Bucket: the period demand is summed into before forecasting, ISO weeks (Monday to Sunday) or calendar months. Every quantity of the run is per bucket.</source>
        <translation>Maille&#xa0;: la période sur laquelle la demande est cumulée avant la prévision, semaines ISO (du lundi au dimanche) ou mois calendaires. Toutes les quantités de l&apos;exécution sont par maille.</translation>
    </message>
    <message>
        <source>Make this the workspace&apos;s bucket: stored in the workspace, so later runs and the nightly command line use it too.</source>
        <translation>En faire la maille de l&apos;espace de travail&#xa0;: enregistrée dans l&apos;espace de travail, elle sert aussi aux exécutions suivantes et à la ligne de commande nocturne.</translation>
    </message>
    <message>
        <source>Horizon: how far ahead to forecast, from the period after the last history. Unit: periods of the bucket (weeks or months).</source>
        <translation>Horizon&#xa0;: jusqu&apos;où prévoir, à partir de la période qui suit la fin de l&apos;historique. Unité&#xa0;: périodes de la maille (semaines ou mois).</translation>
    </message>
    <message>
        <source>Method: the forecasting model for every item and site. auto lets the demand class decide: intermittent methods for intermittent and lumpy demand, else a combination of ETS, Theta and damped trend. Hover over a method for its description.</source>
        <translation>Méthode&#xa0;: le modèle de prévision pour chaque article et site. auto laisse la classe de demande décider&#xa0;: méthodes intermittentes pour la demande intermittente et sporadique, sinon une combinaison d&apos;ETS, Theta et tendance amortie. Survolez une méthode pour voir sa description.</translation>
    </message>
    <message>
        <source>Backtest periods: periods held out at the end of each history to score the method (MASE, sMAPE, bias) before it is refitted on all of it. Unit: periods of the bucket.</source>
        <translation>Périodes de test rétrospectif&#xa0;: périodes réservées à la fin de chaque historique pour évaluer la méthode (MASE, sMAPE, biais) avant de la réajuster sur tout l&apos;historique. Unité&#xa0;: périodes de la maille.</translation>
    </message>
    <message>
        <source>Threads: how many processor cores the run uses; results do not depend on it. Unit: threads.</source>
        <translation>Threads&#xa0;: nombre de cœurs de processeur utilisés par l&apos;exécution&#xa0;; les résultats n&apos;en dépendent pas. Unité&#xa0;: threads.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ForecastTableModel</name>
    <message>
        <source>Naive (fallback)</source>
        <translation>Naïve (secours)</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinaison</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Moyenne mobile</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Naïve saisonnière</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>Naïve</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) overridden by a planner</source>
        <translation>
            <numerusform>%n période ajustée par un planificateur</numerusform>
            <numerusform>%n périodes ajustées par un planificateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistical forecast: %1</source>
        <translation>Prévision statistique&#xa0;: %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>sMAPE %</source>
        <translation>sMAPE&#xa0;%</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suiv.</translation>
    </message>
    <message>
        <source>Horizon total</source>
        <translation>Total horizon</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Demand class (Syntetos–Boylan–Croston, plus new and inactive items)</source>
        <translation>Classe de demande (Syntetos–Boylan–Croston, plus articles nouveaux et inactifs)</translation>
    </message>
    <message>
        <source>Mean absolute scaled error of the hold-out backtest: below 1 beats the seasonal naive forecast</source>
        <translation>Erreur absolue moyenne normalisée du test rétrospectif&#xa0;: sous 1, meilleure que la prévision naïve saisonnière</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error of the hold-out backtest (0–200)</source>
        <translation>Erreur absolue moyenne en pourcentage symétrique du test rétrospectif (0–200)</translation>
    </message>
    <message>
        <source>Mean of forecast − actual in the hold-out backtest: positive means over-forecasting</source>
        <translation>Moyenne de (prévision − réel) dans le test rétrospectif&#xa0;: positive = surprévision</translation>
    </message>
    <message>
        <source>Forecast of the first period, with overrides</source>
        <translation>Prévision de la première période, avec ajustements</translation>
    </message>
    <message>
        <source>Total forecast over the horizon, with overrides</source>
        <translation>Prévision totale sur l&apos;horizon, avec ajustements</translation>
    </message>
    <message>
        <source>Periods a planner has overridden</source>
        <translation>Périodes ajustées par un planificateur</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::GuideLauncher</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide at the page you are on</source>
        <translation>Le guide de l&apos;utilisateur, à la page où vous êtes</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::HelpWindow</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>StockTower user guide</source>
        <translation>Guide de l&apos;utilisateur StockTower</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Keeps the pages that hold every word in the contents and marks the words on the page. Enter: next match, Shift+Enter: previous.</source>
        <translation>Ne garde dans le sommaire que les pages contenant tous les mots et surligne les mots dans la page. Entrée&#xa0;: résultat suivant, Maj+Entrée&#xa0;: précédent.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 — StockTower user guide</source>
        <translation>%1 — Guide de l&apos;utilisateur StockTower</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportMappingPage</name>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>known synonym</source>
        <translation>synonyme connu</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Check the file layout</source>
        <translation>Vérifier le format du fichier</translation>
    </message>
    <message>
        <source>The first rows as read with these settings, and the field each column goes to.</source>
        <translation>Les premières lignes lues avec ces réglages, et le champ auquel va chaque colonne.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Point ( 1.5 )</source>
        <translation>Point ( 1.5 )</translation>
    </message>
    <message>
        <source>Comma ( 1,5 )</source>
        <translation>Virgule ( 1,5 )</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Marque décimale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Format de date&#xa0;:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Reconnue par</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>&amp;Replace rows whose key exists already (instead of keeping the earlier ones)</source>
        <translation>&amp;Remplacer les lignes dont la clé existe déjà (au lieu de garder les anciennes)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read as: %1-separated, decimal %2, %3</source>
        <translation>Lecture&#xa0;: séparateur %1, décimale %2, %3</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each of them.</source>
        <translation>Champs obligatoires sans colonne&#xa0;: %1. Choisissez la colonne qui contient chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>More than one column goes to: %1 (highlighted).</source>
        <translation>Plusieurs colonnes vont vers&#xa0;: %1 (en surbrillance).</translation>
    </message>
    <message>
        <source>1 column will be ignored.</source>
        <translation>1 colonne sera ignorée.</translation>
    </message>
    <message>
        <source>%1 columns will be ignored.</source>
        <translation>%1 colonnes seront ignorées.</translation>
    </message>
    <message>
        <source>All required fields have a column. Next checks every row of the file.</source>
        <translation>Tous les champs obligatoires ont une colonne. Suivant vérifie chaque ligne du fichier.</translation>
    </message>
    <message>
        <source>Delimiter: the character between fields. Detect reads it from the first lines (a first line sep=; is honoured).</source>
        <translation>Séparateur&#xa0;: le caractère entre les champs. Détecter le lit dans les premières lignes (une première ligne sep=; est prise en compte).</translation>
    </message>
    <message>
        <source>Decimal mark: what separates whole and fractional parts of numbers in the file; Detect finds a decimal comma in ;-separated files.</source>
        <translation>Marque décimale&#xa0;: ce qui sépare la partie entière et la partie décimale des nombres dans le fichier&#xa0;; Détecter reconnaît une virgule décimale dans les fichiers séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>Encoding: how the file&apos;s characters are stored. Detect takes UTF-8 (with or without byte order mark) and falls back to Windows-1252.</source>
        <translation>Encodage&#xa0;: la façon dont les caractères du fichier sont stockés. Détecter accepte l&apos;UTF-8 (avec ou sans indicateur d&apos;ordre des octets) et se rabat sinon sur Windows-1252.</translation>
    </message>
    <message>
        <source>Date format: how dates are written in the file. Detect refuses a column whose dates fit both DD/MM and MM/DD: choose one then.</source>
        <translation>Format de date&#xa0;: la façon dont les dates sont écrites dans le fichier. Détecter refuse une colonne dont les dates conviennent à la fois à JJ/MM et à MM/JJ&#xa0;: choisissez alors le format.</translation>
    </message>
    <message>
        <source>Replace: for transactions (demand, purchase orders, receipts, orders), a row whose key is already in the workspace replaces the stored one; off, it is skipped.</source>
        <translation>Remplacer&#xa0;: pour les transactions (demande, commandes fournisseurs, réceptions, commandes), une ligne dont la clé existe déjà dans l&apos;espace de travail remplace celle enregistrée&#xa0;; sinon, elle est ignorée.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportResultPage</name>
    <message>
        <source>Import &amp;anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: either the whole file or nothing.</source>
        <translation>Toutes les lignes sont écrites en une seule transaction&#xa0;: tout le fichier ou rien.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>The import failed: %1
Nothing was written.</source>
        <translation>L&apos;import a échoué&#xa0;: %1
Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Imported %1 from %2: read %3 rows, wrote %4.</source>
        <translation>Import de %1 depuis %2&#xa0;: %3 lignes lues, %4 écrites.</translation>
    </message>
    <message>
        <source>%1 rows were already present from earlier imports and were left as they were.</source>
        <translation>%1 lignes étaient déjà présentes d&apos;imports précédents et ont été laissées telles quelles.</translation>
    </message>
    <message>
        <source>Warnings noted in the import log: %1.</source>
        <translation>Avertissements notés dans le journal des imports&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>This very file was imported into this workspace before, so nothing was written. Import it anyway if that is what you want.</source>
        <translation>Ce même fichier a déjà été importé dans cet espace de travail&#xa0;: rien n&apos;a été écrit. Importez-le quand même si c&apos;est bien ce que vous voulez.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Import rejected</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Errors in the file: %1, warnings: %2. Nothing was written.</source>
        <translation>Erreurs dans le fichier&#xa0;: %1, avertissements&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Choisir quoi importer</translation>
    </message>
    <message>
        <source>Pick the kind of records the file holds and the CSV file itself.</source>
        <translation>Choisissez le type d&apos;enregistrements contenus dans le fichier, puis le fichier CSV lui-même.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Chemin d&apos;un fichier .csv ou .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Type d&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The next page shows the first rows of the file and how its columns match the fields. Nothing is written before the last step.</source>
        <translation>La page suivante montre les premières lignes du fichier et la correspondance de ses colonnes avec les champs. Rien n&apos;est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>%1 Required columns: %2.</source>
        <translation>%1 Colonnes obligatoires&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Record type: what the file holds. Master data (sites, items, item-sites, locations, on-hand) is updated by key; transactions are appended.</source>
        <translation>Type d&apos;enregistrement&#xa0;: le contenu du fichier. Les données de base (sites, articles, articles-sites, emplacements, stocks disponibles) sont mises à jour par clé&#xa0;; les transactions sont ajoutées.</translation>
    </message>
    <message>
        <source>File: a CSV or text file, one record per line with a header line.</source>
        <translation>Fichier&#xa0;: un fichier CSV ou texte, un enregistrement par ligne, avec une ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportValidationPage</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Vérifier chaque ligne</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with errors block the import; warnings do not.</source>
        <translation>Rien n&apos;est encore écrit. Les lignes en erreur bloquent l&apos;import&#xa0;; les avertissements, non.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Double-click a problem to see its line in the file</source>
        <translation>Double-cliquez sur un problème pour voir sa ligne dans le fichier</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Read the file again, for example after correcting it</source>
        <translation>Relire le fichier, par exemple après l&apos;avoir corrigé</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Press &quot;Check again&quot; to restart it.</source>
        <translation>La vérification a été annulée. Cliquez sur «&#xa0;Revérifier&#xa0;» pour la relancer.</translation>
    </message>
    <message>
        <source>The file cannot be read as it is set up: errors %1, warnings %2. Settings such as the delimiter, the date format and the column mapping are on the previous page.</source>
        <translation>Le fichier ne peut pas être lu avec ces réglages&#xa0;: %1 erreurs, %2 avertissements. Le séparateur, le format de date et la correspondance des colonnes se règlent à la page précédente.</translation>
    </message>
    <message>
        <source>%1 rows checked: errors %2, warnings %3. Correct the file and press &quot;Check again&quot;; nothing can be imported while errors remain. Double-click a problem to see its line.</source>
        <translation>%1 lignes vérifiées&#xa0;: %2 erreurs, %3 avertissements. Corrigez le fichier et cliquez sur «&#xa0;Revérifier&#xa0;»&#xa0;; aucun import n&apos;est possible tant qu&apos;il reste des erreurs. Double-cliquez sur un problème pour voir sa ligne.</translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Seuls les %1 premiers problèmes sont listés.</translation>
    </message>
    <message>
        <source>All %1 rows are valid, but this workspace is read-only: %2</source>
        <translation>Les %1 lignes sont valides, mais cet espace de travail est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>All %1 rows can be imported (warnings: %2). Press Import to write them.</source>
        <translation>Les %1 lignes peuvent être importées (avertissements&#xa0;: %2). Cliquez sur Importer pour les écrire.</translation>
    </message>
    <message>
        <source>All %1 rows are valid. Press Import to write them.</source>
        <translation>Les %1 lignes sont valides. Cliquez sur Importer pour les écrire.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ImportWizard</name>
    <message>
        <source>Import CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unit.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unit.</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Open PO</source>
        <translation>En commande</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ItemsPage</name>
    <message>
        <source>SKU:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Désignation&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Unité de mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Handling class:</source>
        <translation>Classe de manutention&#xa0;:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Coût unitaire&#xa0;:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Prix unitaire&#xa0;:</translation>
    </message>
    <message>
        <source>Case pack:</source>
        <translation>Colisage&#xa0;:</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>Délai d&apos;appro.&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum order qty:</source>
        <translation>Qté min. de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order multiple:</source>
        <translation>Multiple de commande&#xa0;:</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>Stock disponible&#xa0;:</translation>
    </message>
    <message>
        <source>Open purchase orders:</source>
        <translation>Commandes fournisseurs ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by SKU, description, supplier or category</source>
        <translation>Filtrer par référence, désignation, fournisseur ou catégorie</translation>
    </message>
    <message>
        <source>Item filter</source>
        <translation>Filtre d&apos;articles</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading items</source>
        <translation>Chargement des articles</translation>
    </message>
    <message>
        <source>Cannot read the items: %1</source>
        <translation>Impossible de lire les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Loading items…</source>
        <translation>Chargement des articles…</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 articles sur %2</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun article sélectionné</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>This workspace has no items yet. Import an item master from File → Import…</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;articles. Importez un fichier articles via Fichier → Importer…</translation>
    </message>
    <message>
        <source>Select an item to see its weekly demand.</source>
        <translation>Sélectionnez un article pour voir sa demande hebdomadaire.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 days (± %2)</source>
        <translation>%1 jours (± %2)</translation>
    </message>
    <message>
        <source>Cannot read the demand history: %1</source>
        <translation>Impossible de lire l&apos;historique de la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::KpiBenchmarkDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Benchmarks of %1</source>
        <translation>Benchmarks de %1</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>e.g. WERC DC Measures</source>
        <translation>p. ex. WERC DC Measures</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>what exactly was measured, caveats</source>
        <translation>ce qui a été mesuré exactement, réserves</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>N&amp;iveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>The workspace is read-only: benchmarks can be read but not changed.</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: les benchmarks sont consultables mais pas modifiables.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::KpiTile</name>
    <message>
        <source>13 weeks, oldest first; dashed: the target; dot: the week shown</source>
        <translation>13 semaines, de la plus ancienne à la plus récente&#xa0;; tirets&#xa0;: la cible&#xa0;; point&#xa0;: la semaine affichée</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Aucune cible définie</translation>
    </message>
    <message>
        <source>No data this week</source>
        <translation>Pas de données cette semaine</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>No value in %1</source>
        <translation>Aucune valeur pour %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::LineViewDialog</name>
    <message>
        <source>Line %1 of %2</source>
        <translation>Ligne %1 sur %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text as in the file</source>
        <translation>Texte tel que dans le fichier</translation>
    </message>
    <message>
        <source>Lines of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>1 …</source>
        <translation>1 …</translation>
    </message>
    <message>
        <source>The header line</source>
        <translation>La ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>The file can no longer be read at this line.</source>
        <translation>Le fichier ne peut plus être lu à cette ligne.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::MainWindow</name>
    <message>
        <source>Creating the demo workspace</source>
        <translation>Création de l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Control tower</source>
        <translation>Tour de contrôle</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique de stock</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Tableau de bord KPI</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Échange de données</translation>
    </message>
    <message>
        <source>The items are still loading; try again in a moment.</source>
        <translation>Les articles sont encore en cours de chargement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>That item is not in the item list.</source>
        <translation>Cet article n&apos;est pas dans la liste des articles.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About StockTower</source>
        <translation>À &amp;propos de StockTower</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Creating the demo workspace; this takes a moment the first time…</source>
        <translation>Création de l&apos;espace de démonstration&#xa0;; la première fois, cela prend un moment…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Impossible de créer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Demo workspace not created.</source>
        <translation>Espace de démonstration non créé.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1)</source>
        <translation>Espaces de travail StockTower (%1)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>StockTower workspaces (%1);;All files (*)</source>
        <translation>Espaces de travail StockTower (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>1 ligne exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1-backup-%2.stdb</source>
        <translation>%1-sauvegarde-%2.stdb</translation>
    </message>
    <message>
        <source>Back up workspace to</source>
        <translation>Sauvegarder l&apos;espace de travail vers</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>About StockTower</source>
        <translation>À propos de StockTower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Inventory planning and control tower.&lt;/p&gt;&lt;p&gt;Forecasts, stock policies and warehouse slotting from your own data, kept in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StockTower %1&lt;/h3&gt;&lt;p&gt;Planification des stocks et tour de contrôle.&lt;/p&gt;&lt;p&gt;Prévisions, politiques de stock et adressage d&apos;entrepôt à partir de vos propres données, réunies dans un seul fichier d&apos;espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace check could not start: %1</source>
        <translation>La vérification de l&apos;espace de travail n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking workspace…</source>
        <translation>Vérification de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Workspace check cancelled.</source>
        <translation>Vérification de l&apos;espace de travail annulée.</translation>
    </message>
    <message>
        <source>The workspace check could not run: %1</source>
        <translation>La vérification de l&apos;espace de travail n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace check passed.</source>
        <translation>Vérification de l&apos;espace de travail réussie.</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>the workspace check found damage in the file (%1)</source>
        <translation>la vérification a trouvé des dommages dans le fichier (%1)</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <source>&lt;p&gt;The check of &lt;b&gt;%1&lt;/b&gt; found damage in the file.&lt;/p&gt;&lt;p&gt;The workspace stays open &lt;b&gt;read-only&lt;/b&gt;: you can look at it and export what you need, but nothing will be written to it. Nothing in the file has been changed.&lt;/p&gt;&lt;p&gt;Restore the workspace from a backup, or export its data and import it into a new workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La vérification de &lt;b&gt;%1&lt;/b&gt; a trouvé des dommages dans le fichier.&lt;/p&gt;&lt;p&gt;L&apos;espace de travail reste ouvert en &lt;b&gt;lecture seule&lt;/b&gt;&#xa0;: vous pouvez le consulter et exporter ce dont vous avez besoin, mais rien n&apos;y sera écrit. Rien n&apos;a été modifié dans le fichier.&lt;/p&gt;&lt;p&gt;Restaurez l&apos;espace de travail depuis une sauvegarde, ou exportez ses données et importez-les dans un nouvel espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation>SQLite a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening %1 — StockTower</source>
        <translation>Ouverture de %1 — StockTower</translation>
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
        <translation>Ouverture de &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>No workspace is open. Use &lt;b&gt;File → New Workspace&lt;/b&gt; or &lt;b&gt;File → Open Workspace&lt;/b&gt;, or drop a .stdb file here.</source>
        <translation>Aucun espace de travail ouvert. Utilisez &lt;b&gt;Fichier → Nouvel espace de travail&lt;/b&gt; ou &lt;b&gt;Fichier → Ouvrir un espace de travail&lt;/b&gt;, ou déposez ici un fichier .stdb.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is read-only&lt;/b&gt; because %1 You can look at everything, but imports and changes are disabled.</source>
        <translation>&lt;b&gt;Cet espace de travail est en lecture seule&lt;/b&gt; car %1 Vous pouvez tout consulter, mais les imports et les modifications sont désactivés.</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>loading items…</source>
        <translation>chargement des articles…</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 site</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The new language takes effect when StockTower restarts.</source>
        <translation>La nouvelle langue prendra effet au redémarrage de StockTower.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ParetoChart</name>
    <message>
        <source>ABC Pareto chart</source>
        <translation>Graphique de Pareto ABC</translation>
    </message>
    <message>
        <source>Share of ranked items (%)</source>
        <translation>Part des articles classés (%)</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Part cumulée (%)</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Rien à représenter.</translation>
    </message>
    <message>
        <source>usage value</source>
        <translation>valeur de consommation</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>picks</source>
        <translation>prélèvements</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>%1: %2 % of items</source>
        <translation>%1&#xa0;: %2&#xa0;% des articles</translation>
    </message>
    <message>
        <source>A: %1 %</source>
        <translation>A&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>A+B: %1 %</source>
        <translation>A+B&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <source>A %1 %</source>
        <translation>A %1&#xa0;%</translation>
    </message>
    <message>
        <source>A+B %1 %</source>
        <translation>A+B %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cumulative share of %1</source>
        <translation>Part cumulée de %1</translation>
    </message>
    <message>
        <source>Items, largest first (%)</source>
        <translation>Articles, les plus gros d&apos;abord (%)</translation>
    </message>
    <message>
        <source>Item-sites, largest first (%)</source>
        <translation>Articles-sites, les plus gros d&apos;abord (%)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyDefaultsBar</name>
    <message>
        <source>Service target</source>
        <translation>Cible de service</translation>
    </message>
    <message>
        <source>Service target for class %1</source>
        <translation>Cible de service de la classe %1</translation>
    </message>
    <message>
        <source>service target of class %1</source>
        <translation>cible de service de la classe %1</translation>
    </message>
    <message>
        <source>cycle service level</source>
        <translation>niveau de service (cycle)</translation>
    </message>
    <message>
        <source>fill rate</source>
        <translation>taux de service (quantités)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/an</translation>
    </message>
    <message>
        <source>Holding rate</source>
        <translation>Taux de possession</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coût de commande</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Possession</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>le type de service</translation>
    </message>
    <message>
        <source>holding rate</source>
        <translation>le taux de possession</translation>
    </message>
    <message>
        <source>order cost</source>
        <translation>le coût de commande</translation>
    </message>
    <message>
        <source>Service target of class %1: the default service level for class %1 item-sites, read as the service type beside it (an item-site&apos;s own value wins). Unit: % (cycle service level: % of replenishment cycles without a stock-out; fill rate: % of demanded units filled from stock).</source>
        <translation>Cible de service de la classe %1&#xa0;: le niveau de service par défaut des articles-sites de classe %1, interprété selon le type de service choisi à côté (la valeur propre d&apos;un article-site l&apos;emporte). Unité&#xa0;: % (niveau de service (cycle)&#xa0;: % des cycles de réapprovisionnement sans rupture&#xa0;; taux de service (quantités)&#xa0;: % des unités demandées servies depuis le stock).</translation>
    </message>
    <message>
        <source>Service type: what the targets mean. Cycle service level: probability of no stock-out in a replenishment cycle (unit: % of cycles). Fill rate: share of demanded units filled from stock (unit: % of units).</source>
        <translation>Type de service&#xa0;: la signification des cibles. Niveau de service (cycle)&#xa0;: probabilité de ne pas tomber en rupture au cours d&apos;un cycle de réapprovisionnement (unité&#xa0;: % des cycles). Taux de service (quantités)&#xa0;: part des unités demandées servies depuis le stock (unité&#xa0;: % des unités).</translation>
    </message>
    <message>
        <source>Holding rate: the yearly cost of keeping one unit in stock (capital, storage, shrinkage) as a share of its unit cost. Unit: % of unit cost per year.</source>
        <translation>Taux de possession&#xa0;: le coût annuel de détention d&apos;une unité en stock (capital, stockage, démarque) en part de son coût unitaire. Unité&#xa0;: % du coût unitaire par an.</translation>
    </message>
    <message>
        <source>Order cost: the fixed cost of placing one purchase order (buying, receiving, invoice), whatever its quantity; used by the EOQ. Unit: currency per order.</source>
        <translation>Coût de commande&#xa0;: le coût fixe de passation d&apos;une commande fournisseur (achat, réception, facture), quelle que soit sa quantité&#xa0;; utilisé par la QEC (quantité économique de commande). Unité&#xa0;: devise par commande.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PolicyPage</name>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalculer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Proposals only</source>
        <translation>&amp;Propositions seules</translation>
    </message>
    <message>
        <source>Recompute the policy of every item-site with the current defaults</source>
        <translation>Recalculer la politique de chaque article-site avec les valeurs par défaut actuelles</translation>
    </message>
    <message>
        <source>Filter by SKU or site</source>
        <translation>Filtrer par référence ou site</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>Filtre des politiques</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Only item-sites whose projected stock is at or below the reorder point today</source>
        <translation>Seulement les articles-sites dont le stock projeté est au point de commande ou en dessous aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Item-site policies</source>
        <translation>Politiques article-site</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>D&apos;où viennent ces chiffres</translation>
    </message>
    <message>
        <source>Select a row to see how its numbers were computed.</source>
        <translation>Sélectionnez une ligne pour voir comment ses chiffres ont été calculés.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace to see its stock policies.</source>
        <translation>Ouvrez un espace de travail pour voir ses politiques de stock.</translation>
    </message>
    <message>
        <source>The policies are computed when you open this page.</source>
        <translation>Les politiques sont calculées à l&apos;ouverture de cette page.</translation>
    </message>
    <message>
        <source>The workspace is read-only: defaults cannot be changed.</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: les valeurs par défaut ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Policy defaults</source>
        <translation>Valeurs par défaut des politiques</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The defaults could not be saved: %1</source>
        <translation>Les valeurs par défaut n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing stock policies</source>
        <translation>Calcul des politiques de stock</translation>
    </message>
    <message>
        <source>No item-site has demand, parameters or stock yet. Import items and demand (File → Import…) to compute policies.</source>
        <translation>Aucun article-site n&apos;a encore de demande, de paramètres ni de stock. Importez articles et demande (Fichier → Importer…) pour calculer les politiques.</translation>
    </message>
    <message>
        <source>The policy run failed: %1</source>
        <translation>Le calcul des politiques a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the stock policies…</source>
        <translation>Calcul des politiques de stock…</translation>
    </message>
    <message>
        <source>The inputs of this row are no longer at hand; recompute to explain it.</source>
        <translation>Les données de cette ligne ne sont plus disponibles&#xa0;; recalculez pour l&apos;expliquer.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Non calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No explanation is available for this row.</source>
        <translation>Aucune explication disponible pour cette ligne.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>L&apos;explication a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 articles-sites</translation>
    </message>
    <message>
        <source>%1 of %2 item-sites</source>
        <translation>%1 articles-sites sur %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Investment &lt;b&gt;%1&lt;/b&gt; (safety %2, cycle %3)</source>
        <translation>Investissement &lt;b&gt;%1&lt;/b&gt; (sécurité %2, cycle %3)</translation>
    </message>
    <message>
        <source>fill rate &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>taux de service &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSL %1</source>
        <translation>NSC %1</translation>
    </message>
    <message>
        <source>cost %1/yr</source>
        <translation>coût %1/an</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposals worth %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; propositions (valeur %2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 not computed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 non calculés&lt;/span&gt;</translation>
    </message>
    <message>
        <source>demand from forecast run %1</source>
        <translation>demande issue de l&apos;exécution de prévision %1</translation>
    </message>
    <message>
        <source>demand from history</source>
        <translation>demande issue de l&apos;historique</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalcul…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the policies</source>
        <translation>Export des politiques</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export the policies</source>
        <translation>Exporter les politiques</translation>
    </message>
    <message>
        <source>%1, today %2</source>
        <translation>%1, aujourd&apos;hui %2</translation>
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
        <translation>NSC</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Non calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1, cible %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock sécu.</translation>
    </message>
    <message>
        <source>Reorder pt</source>
        <translation>Pt commande</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Qté cde</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projeté</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date cde</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when StockTower restarts.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de StockTower.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Nombres&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — annulation…</translation>
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
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioChangesEditor</name>
    <message>
        <source>&amp;Add change</source>
        <translation>A&amp;jouter un changement</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les changements</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Scenario changes</source>
        <translation>Changements du scénario</translation>
    </message>
    <message>
        <source>Scope: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NAME&lt;/i&gt;, &lt;i&gt;category:NAME&lt;/i&gt; or &lt;i&gt;item:SKU&lt;/i&gt;. Later rows win.</source>
        <translation>Portée&#xa0;: &lt;i&gt;all&lt;/i&gt;, &lt;i&gt;abc:A&lt;/i&gt;, &lt;i&gt;xyz:Z&lt;/i&gt;, &lt;i&gt;site:DC1&lt;/i&gt;, &lt;i&gt;supplier:NOM&lt;/i&gt;, &lt;i&gt;category:NOM&lt;/i&gt; ou &lt;i&gt;item:RÉF&lt;/i&gt;. Les lignes suivantes l&apos;emportent.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>service: the service target for the scope, read as the service type (cycle service level or fill rate). Unit: a fraction strictly between 0 and 1 (0.98 = 98 %).</source>
        <translation>service&#xa0;: la cible de service pour la portée, interprétée selon le type de service (niveau de service (cycle) ou taux de service (quantités)). Unité&#xa0;: une fraction strictement comprise entre 0 et 1 (0.98 = 98&#xa0;%).</translation>
    </message>
    <message>
        <source>service-type: what the target means. csl = cycle service level (share of replenishment cycles without a stock-out); fill-rate = share of demanded units filled from stock. No unit.</source>
        <translation>service-type&#xa0;: la signification de la cible. csl = niveau de service (cycle), part des cycles de réapprovisionnement sans rupture&#xa0;; fill-rate = taux de service (quantités), part des unités demandées servies depuis le stock. Sans unité.</translation>
    </message>
    <message>
        <source>lead-time-factor: multiplies the lead time (after lead-time, when both are given). Unit: a factor greater than 0 (1.2 = 20 % longer).</source>
        <translation>lead-time-factor&#xa0;: multiplie le délai d&apos;approvisionnement (après lead-time, si les deux sont indiqués). Unité&#xa0;: un facteur supérieur à 0 (1.2 = délai 20&#xa0;% plus long).</translation>
    </message>
    <message>
        <source>lead-time: replaces the supplier lead time, from order to receipt. Unit: days, greater than 0.</source>
        <translation>lead-time&#xa0;: remplace le délai d&apos;approvisionnement du fournisseur, de la commande à la réception. Unité&#xa0;: jours, supérieur à 0.</translation>
    </message>
    <message>
        <source>lead-time-sd: the standard deviation of the lead time. Unit: days, 0 or more.</source>
        <translation>lead-time-sd&#xa0;: l&apos;écart-type du délai d&apos;approvisionnement. Unité&#xa0;: jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>demand-factor: scales the demand level; its standard deviation scales with it, keeping the coefficient of variation. Unit: a factor greater than 0 (1.1 = 10 % more demand).</source>
        <translation>demand-factor&#xa0;: met à l&apos;échelle le niveau de la demande&#xa0;; son écart-type suit, ce qui conserve le coefficient de variation. Unité&#xa0;: un facteur supérieur à 0 (1.1 = 10&#xa0;% de demande en plus).</translation>
    </message>
    <message>
        <source>error-factor: scales the standard deviation of the forecast error alone (better or worse forecasts). Unit: a factor greater than 0 (0.8 = 20 % smaller error).</source>
        <translation>error-factor&#xa0;: met à l&apos;échelle uniquement l&apos;écart-type de l&apos;erreur de prévision (prévisions meilleures ou moins bonnes). Unité&#xa0;: un facteur supérieur à 0 (0.8 = erreur 20&#xa0;% plus faible).</translation>
    </message>
    <message>
        <source>review-period: the time between reviews of stock; 0 = continuous review, (s,Q); more = periodic review, (R,S). Unit: days, 0 or more.</source>
        <translation>review-period&#xa0;: le temps entre deux révisions du stock&#xa0;; 0 = révision continue, (s,Q)&#xa0;; au-delà = révision périodique, (R,S). Unité&#xa0;: jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>holding-rate: the yearly cost of keeping one unit in stock as a share of its unit cost. Unit: a fraction per year (0.25 = 25 %/yr).</source>
        <translation>holding-rate&#xa0;: le coût annuel de détention d&apos;une unité en stock, en part de son coût unitaire. Unité&#xa0;: une fraction par an (0.25 = 25&#xa0;%/an).</translation>
    </message>
    <message>
        <source>order-cost: the fixed cost of placing one purchase order, used by the EOQ. Unit: currency per order.</source>
        <translation>order-cost&#xa0;: le coût fixe de passation d&apos;une commande fournisseur, utilisé par la QEC. Unité&#xa0;: devise par commande.</translation>
    </message>
    <message>
        <source>Scope: which item-sites the change applies to: all, abc:A, xyz:Z, site:CODE, supplier:NAME, category:NAME or item:SKU. Blank means all.</source>
        <translation>Portée&#xa0;: les articles-sites auxquels le changement s&apos;applique&#xa0;: all, abc:A, xyz:Z, site:CODE, supplier:NOM, category:NOM ou item:RÉF. Vide = all.</translation>
    </message>
    <message>
        <source>Parameter: what the change sets; hover over a parameter in the list for its meaning and unit.</source>
        <translation>Paramètre&#xa0;: ce que le changement définit&#xa0;; survolez un paramètre dans la liste pour voir sa signification et son unité.</translation>
    </message>
    <message>
        <source>Value: the new value, in the parameter&apos;s unit (fractions for service and holding rate, days for lead times and the review period, factors for the *-factor parameters, currency for the order cost).</source>
        <translation>Valeur&#xa0;: la nouvelle valeur, dans l&apos;unité du paramètre (fractions pour le service et le taux de possession, jours pour les délais et la période de révision, facteurs pour les paramètres *-factor, devise pour le coût de commande).</translation>
    </message>
    <message>
        <source>Problem: why the row cannot be saved, if it cannot.</source>
        <translation>Problème&#xa0;: la raison pour laquelle la ligne ne peut pas être enregistrée, le cas échéant.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioComparisonModel</name>
    <message>
        <source> pp</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Worse than the base</source>
        <translation>Moins bon que la base</translation>
    </message>
    <message>
        <source>Not computed yet: recompute this scenario</source>
        <translation>Pas encore calculé&#xa0;: recalculez ce scénario</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
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
        <translation>Calculé le %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculé</translation>
    </message>
    <message>
        <source>Safety stock value: the sum over item-sites of safety stock × unit cost. Unit: currency.</source>
        <translation>Valeur du stock de sécurité&#xa0;: la somme sur les articles-sites du stock de sécurité × coût unitaire. Unité&#xa0;: devise.</translation>
    </message>
    <message>
        <source>Cycle stock value: the sum over item-sites of half the order quantity × unit cost, the average stock between receipts. Unit: currency.</source>
        <translation>Valeur du stock de cycle&#xa0;: la somme sur les articles-sites de la moitié de la quantité de commande × coût unitaire, soit le stock moyen entre deux réceptions. Unité&#xa0;: devise.</translation>
    </message>
    <message>
        <source>Inventory investment: safety stock value + cycle stock value, the average stock at cost. Unit: currency.</source>
        <translation>Investissement en stock&#xa0;: valeur du stock de sécurité + valeur du stock de cycle, soit le stock moyen au coût. Unité&#xa0;: devise.</translation>
    </message>
    <message>
        <source>Expected CSL: the cycle service level the policies promise (probability of no stock-out in a replenishment cycle), weighted by each item-site&apos;s demand. Unit: %.</source>
        <translation>NSC attendu&#xa0;: le niveau de service (cycle) promis par les politiques (probabilité de ne pas tomber en rupture au cours d&apos;un cycle de réapprovisionnement), pondéré par la demande de chaque article-site. Unité&#xa0;: %.</translation>
    </message>
    <message>
        <source>Expected fill rate: the share of demanded units the policies are expected to fill from stock, weighted by each item-site&apos;s demand. Unit: % of units.</source>
        <translation>Taux de service attendu&#xa0;: la part des unités demandées que les politiques devraient servir depuis le stock, pondérée par la demande de chaque article-site. Unité&#xa0;: % des unités.</translation>
    </message>
    <message>
        <source>Expected stockout units: units short per cycle × cycles per year, summed over item-sites. Unit: units per year.</source>
        <translation>Unités en rupture attendues&#xa0;: unités manquantes par cycle × cycles par an, sommées sur les articles-sites. Unité&#xa0;: unités par an.</translation>
    </message>
    <message>
        <source>Holding cost: holding rate × unit cost × average stock (safety stock + half the order quantity), summed. Unit: currency per year.</source>
        <translation>Coût de possession&#xa0;: taux de possession × coût unitaire × stock moyen (stock de sécurité + moitié de la quantité de commande), sommé. Unité&#xa0;: devise par an.</translation>
    </message>
    <message>
        <source>Ordering cost: order cost × orders a year (annual demand ÷ order quantity), summed. Unit: currency per year.</source>
        <translation>Coût de passation&#xa0;: coût de commande × commandes par an (demande annuelle ÷ quantité de commande), sommé. Unité&#xa0;: devise par an.</translation>
    </message>
    <message>
        <source>Total cost: holding cost + ordering cost. Unit: currency per year.</source>
        <translation>Coût total&#xa0;: coût de possession + coût de passation. Unité&#xa0;: devise par an.</translation>
    </message>
    <message>
        <source>Turns: annual demand at cost ÷ inventory investment. Unit: turns per year.</source>
        <translation>Rotations&#xa0;: demande annuelle au coût ÷ investissement en stock. Unité&#xa0;: rotations par an.</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites the scenario computed. Unit: item-sites.</source>
        <translation>Articles-sites&#xa0;: nombre d&apos;articles-sites calculés par le scénario. Unité&#xa0;: articles-sites.</translation>
    </message>
    <message>
        <source>Item-sites not computed: item-sites whose inputs were missing or invalid (see the Policy page). Unit: item-sites.</source>
        <translation>Articles-sites non calculés&#xa0;: articles-sites dont les données d&apos;entrée manquaient ou n&apos;étaient pas valides (voir la page Politique de stock). Unité&#xa0;: articles-sites.</translation>
    </message>
    <message>
        <source>Safety stock value</source>
        <translation>Valeur du stock de sécurité</translation>
    </message>
    <message>
        <source>Cycle stock value</source>
        <translation>Valeur du stock de cycle</translation>
    </message>
    <message>
        <source>Inventory investment</source>
        <translation>Investissement en stock</translation>
    </message>
    <message>
        <source>Expected CSL (demand-weighted)</source>
        <translation>NSC attendu (pondéré par la demande)</translation>
    </message>
    <message>
        <source>Expected fill rate (demand-weighted)</source>
        <translation>Taux de service attendu (pondéré par la demande)</translation>
    </message>
    <message>
        <source>Expected stockout units per year</source>
        <translation>Unités en rupture attendues par an</translation>
    </message>
    <message>
        <source>Holding cost per year</source>
        <translation>Coût de possession par an</translation>
    </message>
    <message>
        <source>Ordering cost per year</source>
        <translation>Coût de commande par an</translation>
    </message>
    <message>
        <source>Total cost per year</source>
        <translation>Coût total par an</translation>
    </message>
    <message>
        <source>Turns per year</source>
        <translation>Rotations par an</translation>
    </message>
    <message>
        <source>Item-sites</source>
        <translation>Articles-sites</translation>
    </message>
    <message>
        <source>Item-sites not computed</source>
        <translation>Articles-sites non calculés</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScenarioPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Promote to base…</source>
        <translation>&amp;Promouvoir en base…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalculer</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Pr&amp;int / PDF…</source>
        <translation>&amp;Imprimer / PDF…</translation>
    </message>
    <message>
        <source>Compute &amp;trade-off</source>
        <translation>Calculer l&apos;arbi&amp;trage</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Tick scenarios to compare them with the base</source>
        <translation>Cochez des scénarios pour les comparer à la base</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scénarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recompute the current scenario&apos;s policies in the background</source>
        <translation>Recalculer en arrière-plan les politiques du scénario courant</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <source>Δ = scenario − base; red: worse service than the base</source>
        <translation>Δ = scénario − base&#xa0;; rouge&#xa0;: service moins bon que la base</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Arbitrage</translation>
    </message>
    <message>
        <source>Simulation check</source>
        <translation>Contrôle par simulation</translation>
    </message>
    <message>
        <source>Open a workspace to plan what-if scenarios.</source>
        <translation>Ouvrez un espace de travail pour étudier des scénarios de simulation.</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>La courbe d&apos;arbitrage est calculée à la demande.</translation>
    </message>
    <message>
        <source>base (current parameters)</source>
        <translation>base (paramètres actuels)</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Calculé le %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculé</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>calculé le %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;not computed yet&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;pas encore calculé&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;base&lt;/b&gt; — the workspace parameters (promoted changes); %1</source>
        <translation>&lt;b&gt;base&lt;/b&gt; — les paramètres de l&apos;espace de travail (changements promus)&#xa0;; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts without changes):</source>
        <translation>Nom du nouveau scénario (il démarre sans changement)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Nom de la copie de %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete the scenario &lt;b&gt;%1&lt;/b&gt; with its changes and results? This cannot be undone.</source>
        <translation>Supprimer le scénario &lt;b&gt;%1&lt;/b&gt; avec ses changements et résultats&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Promote scenario</source>
        <translation>Promouvoir le scénario</translation>
    </message>
    <message>
        <source>Make the parameters of &lt;b&gt;%1&lt;/b&gt; the new base? Every page computes from the base afterwards; the scenario itself stays.</source>
        <translation>Faire des paramètres de &lt;b&gt;%1&lt;/b&gt; la nouvelle base&#xa0;? Toutes les pages calculeront ensuite à partir de la base&#xa0;; le scénario lui-même est conservé.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>Scenario changes</source>
        <translation>Changements du scénario</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Recomputing scenario %1</source>
        <translation>Recalcul du scénario %1</translation>
    </message>
    <message>
        <source>Recompute failed</source>
        <translation>Échec du recalcul</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the trade-off curve</source>
        <translation>Calcul de la courbe d&apos;arbitrage</translation>
    </message>
    <message>
        <source>Computing the trade-off curve…</source>
        <translation>Calcul de la courbe d&apos;arbitrage…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The trade-off failed: %1</source>
        <translation>L&apos;arbitrage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Print the scenario comparison</source>
        <translation>Imprimer la comparaison des scénarios</translation>
    </message>
    <message>
        <source>Scenario comparison — %1</source>
        <translation>Comparaison des scénarios — %1</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>&amp;Benchmarks…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>Se&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <source>Compute the scorecard again</source>
        <translation>Recalculer le tableau de bord</translation>
    </message>
    <message>
        <source>Stop computing; what is shown stays</source>
        <translation>Arrêter le calcul&#xa0;; l&apos;affichage actuel est conservé</translation>
    </message>
    <message>
        <source>Benchmark values of the selected KPI, with their source and year</source>
        <translation>Valeurs de benchmark de l&apos;indicateur sélectionné, avec leur source et leur année</translation>
    </message>
    <message>
        <source>Weekly &amp;report</source>
        <translation>&amp;Rapport hebdomadaire</translation>
    </message>
    <message>
        <source>The one-page weekly KPI report of this site and week: print preview, print or PDF</source>
        <translation>Le rapport hebdomadaire d&apos;une page des indicateurs de ce site et de cette semaine&#xa0;: aperçu, impression ou PDF</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>KPI scorecard</source>
        <translation>Tableau de bord KPI</translation>
    </message>
    <message>
        <source>KPI details</source>
        <translation>Détails de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Select a KPI to see its formula, data, sample and benchmarks.</source>
        <translation>Sélectionnez un indicateur pour voir sa formule, ses données, son échantillon et ses benchmarks.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade it; the scorecard needs the KPI tables.</source>
        <translation>Cet espace de travail est antérieur aux indicateurs (format %1) et est ouvert en lecture seule. Ouvrez-le une fois en lecture-écriture pour le mettre à niveau&#xa0;; le tableau de bord a besoin des tables d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPI scorecard.</source>
        <translation>Ouvrez un espace de travail pour voir son tableau de bord KPI.</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Import sites and orders (File → Import…) to see their KPIs.</source>
        <translation>Cet espace de travail n&apos;a pas encore de sites. Importez sites et commandes (Fichier → Importer…) pour voir leurs indicateurs.</translation>
    </message>
    <message>
        <source>The scorecard is computed when you open this page.</source>
        <translation>Le tableau de bord est calculé à l&apos;ouverture de cette page.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the KPI scorecard of %1</source>
        <translation>Calcul du tableau de bord KPI de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1&#xa0;: %2 sur %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to compute the scorecard.</source>
        <translation>Annulé. Cliquez sur Actualiser pour calculer le tableau de bord.</translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Computing the scorecard of %1 for %2…</source>
        <translation>Calcul du tableau de bord de %1 pour %2…</translation>
    </message>
    <message>
        <source>week &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>semaine &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, order cut-off %2</source>
        <translation>%1, date limite de commande %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed and stored</source>
        <translation>
            <numerusform>%n semaine calculée et enregistrée</numerusform>
            <numerusform>%n semaines calculées et enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) computed in memory (read-only workspace)</source>
        <translation>
            <numerusform>%n semaine calculée en mémoire (espace de travail en lecture seule)</numerusform>
            <numerusform>%n semaines calculées en mémoire (espace de travail en lecture seule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only workspace: targets, tolerances, owners, comments and benchmarks cannot be changed.</source>
        <translation>Espace de travail en lecture seule&#xa0;: cibles, tolérances, responsables, commentaires et benchmarks ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source> · &lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;recalcul…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>%1 days: %2 (%3 %)</source>
        <translation>%1 jours&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Stock by age (FIFO receipt layers):</source>
        <translation>Stock par âge (couches de réception FIFO)&#xa0;:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 this week (minimum %3)</source>
        <translation>%1 %2 cette semaine (minimum %3)</translation>
    </message>
    <message>
        <source>; %1 of %2</source>
        <translation>&#xa0;; %1 sur %2</translation>
    </message>
    <message>
        <source>Data needed:</source>
        <translation>Données nécessaires&#xa0;:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Why n/a:</source>
        <translation>Pourquoi n.d.&#xa0;:</translation>
    </message>
    <message>
        <source>set for %1</source>
        <translation>défini pour %1</translation>
    </message>
    <message>
        <source>workspace default</source>
        <translation>valeur par défaut de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2), amber band %3, hysteresis %4</source>
        <translation>%1 (%2), bande orange %3, hystérésis %4</translation>
    </message>
    <message>
        <source>none, so the KPI is not rated</source>
        <translation>aucune, l&apos;indicateur n&apos;est donc pas évalué</translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation>Benchmarks&#xa0;:</translation>
    </message>
    <message>
        <source>none (double-click the Benchmark cell to add one)</source>
        <translation>aucun (double-cliquez sur la cellule Benchmark pour en ajouter un)</translation>
    </message>
    <message>
        <source>&amp;Reset to the workspace default target</source>
        <translation>&amp;Revenir à la cible par défaut de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Drop this site&apos;s own target, band, hysteresis and owner</source>
        <translation>Supprimer la cible, la bande, l&apos;hystérésis et le responsable propres à ce site</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail ouvert.</translation>
    </message>
    <message>
        <source>This workspace is read-only, so KPI targets, tolerances, owners, comments and benchmarks cannot be changed. It is read-only because %1</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: cibles, tolérances, responsables, commentaires et benchmarks des indicateurs ne peuvent pas être modifiés. Il est en lecture seule car %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>La modification n&apos;a pas pu être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the target of %1 in percent, from 0 to 100 (or leave it blank: not rated).</source>
        <translation>Saisissez la cible de %1 en pourcentage, de 0 à 100 (ou laissez vide&#xa0;: non évalué).</translation>
    </message>
    <message>
        <source>Enter the target of %1 as a number of zero or more (or leave it blank: not rated).</source>
        <translation>Saisissez la cible de %1 sous forme de nombre positif ou nul (ou laissez vide&#xa0;: non évalué).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>la cible</translation>
    </message>
    <message>
        <source>Enter the amber band of %1 as a number of zero or more%2.</source>
        <translation>Saisissez la bande orange de %1 sous forme de nombre positif ou nul%2.</translation>
    </message>
    <message>
        <source>Enter the hysteresis of %1 as a number of zero or more%2.</source>
        <translation>Saisissez l&apos;hystérésis de %1 sous forme de nombre positif ou nul%2.</translation>
    </message>
    <message>
        <source>, in percentage points</source>
        <translation>, en points de pourcentage</translation>
    </message>
    <message>
        <source>amber band</source>
        <translation>la bande orange</translation>
    </message>
    <message>
        <source>hysteresis</source>
        <translation>l&apos;hystérésis</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>le responsable</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Choisissez d&apos;abord un site.</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>Les cibles n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tolerances must be numbers of zero or more.</source>
        <translation>Les tolérances doivent être des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
    <message>
        <source>Reset the target of %1</source>
        <translation>Réinitialiser la cible (%1)</translation>
    </message>
    <message>
        <source>Choose a site and week first.</source>
        <translation>Choisissez d&apos;abord un site et une semaine.</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Les commentaires n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment on %1 for %2</source>
        <translation>Commentaire sur %1 pour %2</translation>
    </message>
    <message>
        <source>A benchmark needs a level (such as “best in class” or “median”) and a source.</source>
        <translation>Un benchmark doit avoir un niveau (comme «&#xa0;meilleur de la catégorie&#xa0;» ou «&#xa0;médiane&#xa0;») et une source.</translation>
    </message>
    <message>
        <source>A benchmark value must be a number of zero or more.</source>
        <translation>La valeur d&apos;un benchmark doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>The year of a benchmark must be between 1900 and 2100, or not given.</source>
        <translation>L&apos;année d&apos;un benchmark doit être comprise entre 1900 et 2100, ou non précisée.</translation>
    </message>
    <message>
        <source>%1 already has a “%2” benchmark from “%3”. Change that one instead.</source>
        <translation>%1 a déjà un benchmark «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;». Modifiez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>That benchmark no longer exists.</source>
        <translation>Ce benchmark n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change a benchmark of %1</source>
        <translation>Modifier un benchmark (%1)</translation>
    </message>
    <message>
        <source>Add a benchmark to %1</source>
        <translation>Ajouter un benchmark (%1)</translation>
    </message>
    <message>
        <source>The benchmarks could not be read: %1</source>
        <translation>Les benchmarks n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove a benchmark of %1</source>
        <translation>Supprimer un benchmark (%1)</translation>
    </message>
    <message>
        <source>Select a KPI in the table first.</source>
        <translation>Sélectionnez d&apos;abord un indicateur dans le tableau.</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition&#xa0;:</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::ScorecardTableModel</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The site&apos;s own target.</source>
        <translation>La cible propre au site.</translation>
    </message>
    <message>
        <source>The workspace default target.</source>
        <translation>La cible par défaut de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Blank means not rated.</source>
        <translation>Vide = non évalué.</translation>
    </message>
    <message>
        <source>How far on the wrong side of the target is still amber (%1).</source>
        <translation>Jusqu&apos;où du mauvais côté de la cible on reste en orange (%1).</translation>
    </message>
    <message>
        <source>How far past a band edge a value must go before the status changes.</source>
        <translation>De combien une valeur doit dépasser une limite de bande avant que le statut change.</translation>
    </message>
    <message>
        <source>Needs both weeks.</source>
        <translation>Les deux semaines sont nécessaires.</translation>
    </message>
    <message>
        <source>Better than or as good as last week (%1)</source>
        <translation>Meilleur que la semaine passée, ou égal (%1)</translation>
    </message>
    <message>
        <source>Worse than last week (%1)</source>
        <translation>Moins bon que la semaine passée (%1)</translation>
    </message>
    <message>
        <source>13 weeks, oldest first; the dashed line is the target, the dot this week.</source>
        <translation>13 semaines, de la plus ancienne à la plus récente&#xa0;; la ligne en tirets est la cible, le point cette semaine.</translation>
    </message>
    <message>
        <source>No benchmark. Double-click to add one.</source>
        <translation>Aucun benchmark. Double-cliquez pour en ajouter un.</translation>
    </message>
    <message>
        <source>This week&apos;s comment.</source>
        <translation>Commentaire de cette semaine.</translation>
    </message>
    <message>
        <source>Standing comment on the target: %1</source>
        <translation>Commentaire permanent sur la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Cette semaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample this week: %1 %2 (minimum %3)</source>
        <translation>Échantillon cette semaine&#xa0;: %1 %2 (minimum %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not rated: no target is set.</source>
        <translation>Non évalué&#xa0;: aucune cible définie.</translation>
    </message>
    <message>
        <source>● green at or above %1, ◆ amber down to %2, ■ red below</source>
        <translation>● vert à partir de %1, ◆ orange jusqu&apos;à %2, ■ rouge en dessous</translation>
    </message>
    <message>
        <source>● green at or below %1, ◆ amber up to %2, ■ red above</source>
        <translation>● vert jusqu&apos;à %1, ◆ orange jusqu&apos;à %2, ■ rouge au-dessus</translation>
    </message>
    <message>
        <source>A status changes only when the value passes a band edge by %1.</source>
        <translation>Un statut ne change que lorsque la valeur dépasse une limite de bande de %1.</translation>
    </message>
    <message>
        <source>Last week: %1 %2</source>
        <translation>Semaine passée&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>13 weeks ending with this week, on one scale with the target (dashed)</source>
        <translation>13 semaines jusqu&apos;à cette semaine, sur une même échelle que la cible (en tirets)</translation>
    </message>
    <message>
        <source>● green target met, ◆ amber within the band, ■ red beyond, – not rated</source>
        <translation>● vert&#xa0;: cible atteinte, ◆ orange&#xa0;: dans la bande, ■ rouge&#xa0;: au-delà, – non évalué</translation>
    </message>
    <message>
        <source>Published benchmark values; double-click to edit them</source>
        <translation>Valeurs de benchmark publiées&#xa0;; double-cliquez pour les modifier</translation>
    </message>
    <message>
        <source>This week&apos;s comment (the target&apos;s standing comment in italics)</source>
        <translation>Commentaire de cette semaine (commentaire permanent de la cible en italique)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Amber
band</source>
        <translation>Bande
orange</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Hystérésis</translation>
    </message>
    <message>
        <source>This
week</source>
        <translation>Cette
semaine</translation>
    </message>
    <message>
        <source>Last
week</source>
        <translation>Sem.
passée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>13 weeks</source>
        <translation>13 semaines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Définition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité&#xa0;: %1</translation>
    </message>
    <message>
        <source>KPI: the measure, grouped by area; ▲ higher is better, ▼ lower is better. Hover over a KPI for its definition and unit.</source>
        <translation>KPI&#xa0;: l&apos;indicateur, regroupé par domaine&#xa0;; ▲ plus haut = mieux, ▼ plus bas = mieux. Survolez un indicateur pour voir sa définition et son unité.</translation>
    </message>
    <message>
        <source>Unit: what the KPI is measured in; ratios show as % of what they count.</source>
        <translation>Unité&#xa0;: l&apos;unité de mesure de l&apos;indicateur&#xa0;; les ratios s&apos;affichent en % de ce qu&apos;ils comptent.</translation>
    </message>
    <message>
        <source>Target: the value a KPI is judged against, in its unit; the site&apos;s own or the workspace default. Double-click to edit.</source>
        <translation>Cible&#xa0;: la valeur à laquelle l&apos;indicateur est comparé, dans son unité&#xa0;; celle propre au site ou celle par défaut de l&apos;espace de travail. Double-cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>This week: the KPI over the ISO week shown (Monday to Sunday, site time), in its unit; n/a below the minimum sample.</source>
        <translation>Cette semaine&#xa0;: l&apos;indicateur sur la semaine ISO affichée (du lundi au dimanche, heure du site), dans son unité&#xa0;; n.d. sous l&apos;échantillon minimum.</translation>
    </message>
    <message>
        <source>Last week: the KPI over the ISO week before, in its unit.</source>
        <translation>Semaine passée&#xa0;: l&apos;indicateur sur la semaine ISO précédente, dans son unité.</translation>
    </message>
    <message>
        <source>Owner: who answers for the KPI at this site.</source>
        <translation>Responsable&#xa0;: la personne qui répond de l&apos;indicateur sur ce site.</translation>
    </message>
    <message>
        <source>Amber band: how far on the wrong side of the target is still amber. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Bande orange&#xa0;: jusqu&apos;où du mauvais côté de la cible on reste en orange. Unité&#xa0;: points de pourcentage pour les ratios, sinon l&apos;unité de l&apos;indicateur.</translation>
    </message>
    <message>
        <source>Hysteresis: the margin past a band edge before the status changes, so that it does not flicker. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Hystérésis&#xa0;: la marge au-delà d&apos;une limite de bande avant que le statut ne change, pour éviter qu&apos;il ne clignote. Unité&#xa0;: points de pourcentage pour les ratios, sinon l&apos;unité de l&apos;indicateur.</translation>
    </message>
    <message>
        <source>Change: this week minus last week. Unit: percentage points for ratios, else the KPI&apos;s unit.</source>
        <translation>Variation&#xa0;: cette semaine moins la semaine passée. Unité&#xa0;: points de pourcentage pour les ratios, sinon l&apos;unité de l&apos;indicateur.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationCountTab</name>
    <message>
        <source>Export count &amp;schedule…</source>
        <translation>Exporter le planning d&apos;&amp;inventaire…</translation>
    </message>
    <message>
        <source>Counts a year:</source>
        <translation>Comptages par an&#xa0;:</translation>
    </message>
    <message>
        <source>Counts a year of class %1</source>
        <translation>Comptages par an de la classe %1</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>&amp;First week:</source>
        <translation>&amp;Première semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closed ISO weeks:</source>
        <translation>Semaines ISO f&amp;ermées&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 52, 53, 1</source>
        <translation>p. ex. 52, 53, 1</translation>
    </message>
    <message>
        <source>Weekly count workload</source>
        <translation>Charge hebdomadaire de comptage</translation>
    </message>
    <message>
        <source>Enter the closed weeks as ISO week numbers 1–53, like 52, 53, 1.</source>
        <translation>Saisissez les semaines fermées sous forme de numéros de semaine ISO 1–53, par exemple 52, 53, 1.</translation>
    </message>
    <message>
        <source>No count plan.</source>
        <translation>Aucun plan de comptage.</translation>
    </message>
    <message>
        <source>A every %1 weeks</source>
        <translation>A toutes les %1 semaines</translation>
    </message>
    <message>
        <source>A not counted</source>
        <translation>A non compté</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 counts a year&lt;/b&gt; (A %2, B %3, C %4 item-sites × their frequency) over %5 working weeks: &lt;b&gt;%6 a week&lt;/b&gt; on average, at most %7. Each item is counted at even intervals (%8); neighbouring locations fall in the same weeks. Usual count tolerances: A ±1 %, B ±3 %, C ±5 %.</source>
        <translation>&lt;b&gt;%1 comptages par an&lt;/b&gt; (A %2, B %3, C %4 articles-sites × leur fréquence) sur %5 semaines ouvrées&#xa0;: &lt;b&gt;%6 par semaine&lt;/b&gt; en moyenne, au plus %7. Chaque article est compté à intervalles réguliers (%8)&#xa0;; les emplacements voisins tombent dans les mêmes semaines. Tolérances de comptage usuelles&#xa0;: A ±1&#xa0;%, B ±3&#xa0;%, C ±5&#xa0;%.</translation>
    </message>
    <message>
        <source>Item-site counts per week</source>
        <translation>Comptages article-site par semaine</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Counts a year of class %1: how often each class %1 item-site is counted, spread evenly over the working weeks (0: not counted). Unit: counts per year.</source>
        <translation>Comptages par an de la classe %1&#xa0;: fréquence de comptage de chaque article-site de classe %1, répartie uniformément sur les semaines ouvrées (0&#xa0;: non compté). Unité&#xa0;: comptages par an.</translation>
    </message>
    <message>
        <source>First week: the plan runs 52 weeks from the Monday on or after this day (counting weeks start on Mondays). Unit: a date.</source>
        <translation>Première semaine&#xa0;: le plan couvre 52 semaines à partir du premier lundi tombant ce jour-là ou après (les semaines de comptage commencent le lundi). Unité&#xa0;: une date.</translation>
    </message>
    <message>
        <source>Closed ISO weeks: weeks without counting (stocktaking, holidays); their counts go to the other weeks. Unit: ISO week numbers 1–53, separated by commas.</source>
        <translation>Semaines ISO fermées&#xa0;: semaines sans comptage (inventaire annuel, congés)&#xa0;; leurs comptages sont reportés sur les autres semaines. Unité&#xa0;: numéros de semaine ISO 1–53, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationMatrix</name>
    <message>
        <source>ABC–XYZ matrix</source>
        <translation>Matrice ABC–XYZ</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>1 item-site</source>
        <translation>1 article-site</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 articles-sites</translation>
    </message>
    <message>
        <source>%1
%2
%3 of value</source>
        <translation>%1
%2
%3 de la valeur</translation>
    </message>
    <message>
        <source>All
%1</source>
        <translation>Tous
%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Show class %1 only</source>
        <translation>Afficher seulement la classe %1</translation>
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
%1 sans consommation</translation>
    </message>
    <message>
        <source>%1: %2, usage value %3 (%4 of all), %5 of the ranking basis. Click to list them.</source>
        <translation>%1&#xa0;: %2, valeur de consommation %3 (%4 du total), %5 de la base de classement. Cliquez pour les lister.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationPage</name>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Filter by SKU, description or site</source>
        <translation>Filtrer par référence, désignation ou site</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtre des segments</translation>
    </message>
    <message>
        <source>Clear the matrix selection</source>
        <translation>Effacer la sélection dans la matrice</translation>
    </message>
    <message>
        <source>Segmented items</source>
        <translation>Articles segmentés</translation>
    </message>
    <message>
        <source>ABC / XYZ</source>
        <translation>ABC / XYZ</translation>
    </message>
    <message>
        <source>Cycle counts</source>
        <translation>Inventaires tournants</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace to see its ABC/XYZ segmentation.</source>
        <translation>Ouvrez un espace de travail pour voir sa segmentation ABC/XYZ.</translation>
    </message>
    <message>
        <source>The segmentation is computed when you open this page.</source>
        <translation>La segmentation est calculée à l&apos;ouverture de cette page.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segmenting items</source>
        <translation>Segmentation des articles</translation>
    </message>
    <message>
        <source>This workspace has no demand history yet. Import demand (File → Import…) to rank items by usage and variability.</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;historique de demande. Importez la demande (Fichier → Importer…) pour classer les articles par consommation et variabilité.</translation>
    </message>
    <message>
        <source>Nothing to segment: no item-site has demand, parameters or stock here.</source>
        <translation>Rien à segmenter&#xa0;: aucun article-site n&apos;a ici de demande, de paramètres ni de stock.</translation>
    </message>
    <message>
        <source>The segmentation failed: %1</source>
        <translation>La segmentation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segmenting the items…</source>
        <translation>Segmentation des articles…</translation>
    </message>
    <message>
        <source>Planning cycle counts</source>
        <translation>Planification des inventaires tournants</translation>
    </message>
    <message>
        <source>class %1%2: </source>
        <translation>classe %1%2&#xa0;: </translation>
    </message>
    <message>
        <source>%1%2 rows</source>
        <translation>%1%2 lignes</translation>
    </message>
    <message>
        <source>%1%2 of %3 rows</source>
        <translation>%1%2 lignes sur %3</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Window &lt;b&gt;%1 – %2&lt;/b&gt; (%3 weeks; CV over %4 %5 periods)</source>
        <translation>Fenêtre &lt;b&gt;%1 – %2&lt;/b&gt; (%3 semaines&#xa0;; CV sur %4 périodes %5)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1 item-sites</source>
        <translation>%1 articles-sites</translation>
    </message>
    <message>
        <source>%1 without usage (class C)</source>
        <translation>%1 sans consommation (classe C)</translation>
    </message>
    <message>
        <source>%1 without a unit cost (value 0)</source>
        <translation>%1 sans coût unitaire (valeur 0)</translation>
    </message>
    <message>
        <source>the item crossing a cut-off belongs to the upper class; no demand → Z</source>
        <translation>l&apos;article qui franchit un seuil appartient à la classe supérieure&#xa0;; pas de demande → Z</translation>
    </message>
    <message>
        <source>&lt;i&gt;recomputing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;recalcul…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting the segmentation</source>
        <translation>Export de la segmentation</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting the count schedule</source>
        <translation>Export du planning d&apos;inventaire</translation>
    </message>
    <message>
        <source>Export the segmentation</source>
        <translation>Exporter la segmentation</translation>
    </message>
    <message>
        <source>Export the count schedule</source>
        <translation>Exporter le planning d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationSettingsBar</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Valeur de consommation</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>ABC cut-offs</source>
        <translation>Seuils ABC</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>X threshold</source>
        <translation>Seuil X</translation>
    </message>
    <message>
        <source>Y threshold</source>
        <translation>Seuil Y</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Classer par&#xa0;:</translation>
    </message>
    <message>
        <source>A/B/C &amp;%:</source>
        <translation>A/B/C &amp;%&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;XYZ:</source>
        <translation>&amp;XYZ&#xa0;:</translation>
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
        <translation>CV par</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Each site, ranked apart</source>
        <translation>Chaque site, classé à part</translation>
    </message>
    <message>
        <source>All sites together (per item)</source>
        <translation>Tous les sites ensemble (par article)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the A/B/C cut-offs as three percentages, like 80/15/5.</source>
        <translation>Saisissez les seuils A/B/C sous forme de trois pourcentages, par exemple 80/15/5.</translation>
    </message>
    <message>
        <source>Site: the scope of the ranking. Each site ranks its item-sites on their own; all sites together ranks items with their usage summed; or one site only.</source>
        <translation>Site&#xa0;: la portée du classement. «&#xa0;Chaque site&#xa0;» classe ses articles-sites séparément&#xa0;; «&#xa0;Tous les sites ensemble&#xa0;» classe les articles avec leur consommation cumulée&#xa0;; ou un seul site.</translation>
    </message>
    <message>
        <source>Rank by: what ABC ranks by, summed over the window. Usage value = units × unit cost (currency); units (units); picks (order lines); margin = (price − cost) × units (currency).</source>
        <translation>Classer par&#xa0;: le critère du classement ABC, cumulé sur la fenêtre. Valeur de consommation = unités × coût unitaire (devise)&#xa0;; unités (unités)&#xa0;; prélèvements (lignes de commande)&#xa0;; marge = (prix − coût) × unités (devise).</translation>
    </message>
    <message>
        <source>A/B/C cut-offs: the shares of the ranking basis held by A, B and C, adding up to 100. The item that crosses a cut-off belongs to the upper class. Unit: % of the basis.</source>
        <translation>Seuils A/B/C&#xa0;: les parts de la base de classement détenues par A, B et C, dont la somme fait 100. L&apos;article qui franchit un seuil appartient à la classe supérieure. Unité&#xa0;: % de la base.</translation>
    </message>
    <message>
        <source>XYZ thresholds on the coefficient of variation (CV = standard deviation ÷ mean of demand per period, zeros included): X up to the first, Y up to the second, Z above. Items without demand in the window are Z. Unit: a ratio (0.25 = 25 %).</source>
        <translation>Seuils XYZ sur le coefficient de variation (CV = écart-type ÷ moyenne de la demande par période, zéros compris)&#xa0;: X jusqu&apos;au premier, Y jusqu&apos;au second, Z au-delà. Les articles sans demande dans la fenêtre sont Z. Unité&#xa0;: un ratio (0.25 = 25&#xa0;%).</translation>
    </message>
    <message>
        <source>X threshold: an item-site whose CV of demand per period is at or below it is X (steady). Unit: a ratio (0.25 = 25 %).</source>
        <translation>Seuil X&#xa0;: un article-site dont le CV de la demande par période est inférieur ou égal à ce seuil est X (stable). Unité&#xa0;: un ratio (0.25 = 25&#xa0;%).</translation>
    </message>
    <message>
        <source>Y threshold: an item-site whose CV is above the X threshold and at or below this one is Y (variable); above it, Z (erratic). Unit: a ratio (0.50 = 50 %).</source>
        <translation>Seuil Y&#xa0;: un article-site dont le CV dépasse le seuil X et est inférieur ou égal à ce seuil est Y (variable)&#xa0;; au-delà, Z (erratique). Unité&#xa0;: un ratio (0.50 = 50&#xa0;%).</translation>
    </message>
    <message>
        <source>CV period: the demand bucket the CV is computed on. Weeks: 7-day blocks counted back from the last day. Months: whole calendar months inside the window.</source>
        <translation>Période du CV&#xa0;: la maille de demande sur laquelle le CV est calculé. Semaines&#xa0;: blocs de 7 jours comptés à rebours depuis le dernier jour. Mois&#xa0;: mois calendaires entiers compris dans la fenêtre.</translation>
    </message>
    <message>
        <source>Window: the history ranked and measured, ending on the workspace&apos;s last demand day. Unit: weeks.</source>
        <translation>Fenêtre&#xa0;: l&apos;historique classé et mesuré, se terminant au dernier jour de demande de l&apos;espace de travail. Unité&#xa0;: semaines.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationTableModel</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sans coût</translation>
    </message>
    <message>
        <source>C (no usage)</source>
        <translation>C (sans consommation)</translation>
    </message>
    <message>
        <source>No demand in the window: the coefficient of variation is undefined (class Z).</source>
        <translation>Pas de demande dans la fenêtre&#xa0;: le coefficient de variation est indéfini (classe Z).</translation>
    </message>
    <message>
        <source>The item has no unit cost: its usage value counts as 0.</source>
        <translation>L&apos;article n&apos;a pas de coût unitaire&#xa0;: sa valeur de consommation compte pour 0.</translation>
    </message>
    <message>
        <source>Nothing on the ranking basis in the window: class C.</source>
        <translation>Rien sur la base de classement dans la fenêtre&#xa0;: classe C.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Usage value</source>
        <translation>Valeur conso.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Prélèv.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cum. share</source>
        <translation>Part cumul.</translation>
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
        <translation>Rang selon la base ABC dans le site (ou tous sites confondus)</translation>
    </message>
    <message>
        <source>Units × unit cost over the window</source>
        <translation>Unités × coût unitaire sur la fenêtre</translation>
    </message>
    <message>
        <source>Order lines over the window</source>
        <translation>Lignes de commande sur la fenêtre</translation>
    </message>
    <message>
        <source>Share of the ABC basis total</source>
        <translation>Part du total de la base ABC</translation>
    </message>
    <message>
        <source>Cumulative share of the ABC basis, this row included</source>
        <translation>Part cumulée de la base ABC, cette ligne comprise</translation>
    </message>
    <message>
        <source>Coefficient of variation of demand per period (population σ ÷ mean)</source>
        <translation>Coefficient de variation de la demande par période (σ de population ÷ moyenne)</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SegmentationWorkloadModel</name>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
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
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SimulationCheckModel</name>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>%1 points below the target: beyond the ±%2 points the closed form should hold by</source>
        <translation>%1 points sous la cible&#xa0;: au-delà des ±%2 points que la formule analytique devrait tenir</translation>
    </message>
    <message>
        <source>No item-site of this class has a target of this service type</source>
        <translation>Aucun article-site de cette classe n&apos;a de cible de ce type de service</translation>
    </message>
    <message>
        <source>Demand
class</source>
        <translation>Classe de
demande</translation>
    </message>
    <message>
        <source>Item-
sites</source>
        <translation>Articles-
sites</translation>
    </message>
    <message>
        <source>Target
%</source>
        <translation>Cible
%</translation>
    </message>
    <message>
        <source>CSL %
closed form</source>
        <translation>NSC&#xa0;%
analytique</translation>
    </message>
    <message>
        <source>CSL %
simulated</source>
        <translation>NSC&#xa0;%
simulé</translation>
    </message>
    <message>
        <source>CSL gap
pp</source>
        <translation>Écart NSC
pts</translation>
    </message>
    <message>
        <source>Fill rate %
closed form</source>
        <translation>TS&#xa0;%
analytique</translation>
    </message>
    <message>
        <source>Fill rate %
simulated</source>
        <translation>TS&#xa0;%
simulé</translation>
    </message>
    <message>
        <source>Fill rate
gap pp</source>
        <translation>Écart TS
pts</translation>
    </message>
    <message>
        <source>Demand class: smooth, erratic, intermittent or lumpy, from the average interval between demands and the CV² of demand sizes (Syntetos–Boylan).</source>
        <translation>Classe de demande&#xa0;: régulière, erratique, intermittente ou sporadique, d&apos;après l&apos;intervalle moyen entre demandes et le CV² des tailles de demande (Syntetos–Boylan).</translation>
    </message>
    <message>
        <source>Item-sites: how many item-sites of the class were simulated. Unit: item-sites.</source>
        <translation>Articles-sites&#xa0;: nombre d&apos;articles-sites de la classe simulés. Unité&#xa0;: articles-sites.</translation>
    </message>
    <message>
        <source>Target: mean service target of the class&apos;s item-sites. Unit: %.</source>
        <translation>Cible&#xa0;: cible de service moyenne des articles-sites de la classe. Unité&#xa0;: %.</translation>
    </message>
    <message>
        <source>CSL, closed form: the cycle service level the policy formulas promise, P(demand over the protection interval ≤ reorder point). Unit: % of replenishment cycles.</source>
        <translation>NSC, analytique&#xa0;: le niveau de service (cycle) promis par les formules de la politique, P(demande sur l&apos;intervalle de protection ≤ point de commande). Unité&#xa0;: % des cycles de réapprovisionnement.</translation>
    </message>
    <message>
        <source>CSL, simulated: share of replenishment cycles (receipt to next receipt) without a stock-out. Unit: % of cycles.</source>
        <translation>NSC, simulé&#xa0;: part des cycles de réapprovisionnement (d&apos;une réception à la suivante) sans rupture. Unité&#xa0;: % des cycles.</translation>
    </message>
    <message>
        <source>CSL gap: simulated CSL minus target, over the item-sites with a cycle-service target. Unit: percentage points.</source>
        <translation>Écart NSC&#xa0;: NSC simulé moins cible, sur les articles-sites ayant une cible de niveau de service (cycle). Unité&#xa0;: points de pourcentage.</translation>
    </message>
    <message>
        <source>Fill rate, closed form: 1 − expected units short per cycle ÷ order quantity. Unit: % of units.</source>
        <translation>TS, analytique&#xa0;: 1 − unités manquantes attendues par cycle ÷ quantité de commande. Unité&#xa0;: % des unités.</translation>
    </message>
    <message>
        <source>Fill rate, simulated: units filled from stock when demanded ÷ units demanded. Unit: % of units.</source>
        <translation>TS, simulé&#xa0;: unités servies depuis le stock au moment de la demande ÷ unités demandées. Unité&#xa0;: % des unités.</translation>
    </message>
    <message>
        <source>Fill rate gap: simulated fill rate minus target, over the item-sites with a fill-rate target. Unit: percentage points.</source>
        <translation>Écart TS&#xa0;: TS simulé moins cible, sur les articles-sites ayant une cible de taux de service (quantités). Unité&#xa0;: points de pourcentage.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::SimulationCheckView</name>
    <message>
        <source>Receipts in order (one lane)</source>
        <translation>Réceptions dans l&apos;ordre (une seule file)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>Simulate the selected scenario&apos;s policy in the background</source>
        <translation>Simuler en arrière-plan la politique du scénario sélectionné</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Réplications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Périodes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Mise en régime&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Simulated service per demand class</source>
        <translation>Service simulé par classe de demande</translation>
    </message>
    <message>
        <source>Gap = simulated − target. ▼ red: short of the target by more than 1.5 points (3 for intermittent and lumpy demand).</source>
        <translation>Écart = simulé − cible. ▼ rouge&#xa0;: sous la cible de plus de 1,5 point (3 pour la demande intermittente et sporadique).</translation>
    </message>
    <message>
        <source>Simulates the selected scenario&apos;s policy and compares the service it achieves with its targets.</source>
        <translation>Simule la politique du scénario sélectionné et compare le service obtenu à ses cibles.</translation>
    </message>
    <message>
        <source>Open a workspace to simulate its policy.</source>
        <translation>Ouvrez un espace de travail pour simuler sa politique.</translation>
    </message>
    <message>
        <source>Not simulated yet: %1.</source>
        <translation>Pas encore simulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The warm-up must be shorter than the simulated periods.</source>
        <translation>La mise en régime doit être plus courte que les périodes simulées.</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulating %1</source>
        <translation>Simulation de %1</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>Simulation de %1…</translation>
    </message>
    <message>
        <source>%1: %2 item-sites, %3 %4s (%5 warm-up) × %6 runs, seed %7, %8; %9 s.</source>
        <translation>%1&#xa0;: %2 articles-sites, %3 périodes (%4&#xa0;; dont %5 de mise en régime) × %6 réplications, graine %7, %8&#xa0;; %9 s.</translation>
    </message>
    <message>
        <source>receipts in order</source>
        <translation>réceptions dans l&apos;ordre</translation>
    </message>
    <message>
        <source>independent lead times</source>
        <translation>délais indépendants</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Réplications</translation>
    </message>
    <message>
        <source>Runs: independent replications per item-site; the figures are their means, with standard errors that shrink as runs grow. Unit: runs.</source>
        <translation>Réplications&#xa0;: répétitions indépendantes par article-site&#xa0;; les chiffres sont leurs moyennes, avec des erreurs types qui diminuent quand le nombre de réplications augmente. Unité&#xa0;: réplications.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Periods: the length of one run, warm-up included. Unit: weekly periods.</source>
        <translation>Périodes&#xa0;: la durée d&apos;une réplication, mise en régime comprise. Unité&#xa0;: périodes hebdomadaires.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Mise en régime</translation>
    </message>
    <message>
        <source>Warm-up: leading periods left out of every statistic, so that runs are not judged on their starting stock. Unit: weekly periods.</source>
        <translation>Mise en régime&#xa0;: périodes initiales exclues de toutes les statistiques, pour que les réplications ne soient pas jugées sur leur stock de départ. Unité&#xa0;: périodes hebdomadaires.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seed: the random seed; the same seed gives the same figures on every computer and for any number of threads. No unit.</source>
        <translation>Graine&#xa0;: la graine aléatoire&#xa0;; la même graine donne les mêmes chiffres sur tout ordinateur et quel que soit le nombre de threads. Sans unité.</translation>
    </message>
    <message>
        <source>Receipts in order: on, an order that would overtake an earlier one waits for it (one lane). Off: each order arrives after its own lead time, drawn from the recorded mean and σ (in days), as the closed form assumes.</source>
        <translation>Réceptions dans l&apos;ordre&#xa0;: si activé, une commande qui dépasserait une commande antérieure l&apos;attend (une seule file). Désactivé&#xa0;: chaque commande arrive après son propre délai d&apos;approvisionnement, tiré de la moyenne et du σ enregistrés (en jours), comme le suppose la formule analytique.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::Task</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected error of unknown kind.</source>
        <translation>Erreur inattendue de nature inconnue.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::TradeoffChart</name>
    <message>
        <source>Investment against fill rate</source>
        <translation>Investissement en fonction du taux de service</translation>
    </message>
    <message>
        <source>Inventory investment (safety + cycle stock value)</source>
        <translation>Investissement en stock (valeur du stock de sécurité + stock de cycle)</translation>
    </message>
    <message>
        <source>Expected fill rate %</source>
        <translation>Taux de service attendu&#xa0;%</translation>
    </message>
    <message>
        <source>The trade-off curve is computed on request.</source>
        <translation>La courbe d&apos;arbitrage est calculée à la demande.</translation>
    </message>
    <message>
        <source>All item-sites</source>
        <translation>Tous les articles-sites</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>Nothing to plot: no item-site could be computed.</source>
        <translation>Rien à tracer&#xa0;: aucun article-site n&apos;a pu être calculé.</translation>
    </message>
</context>
<context>
    <name>stocktower::ui::WorkspaceSession</name>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
</context>
</TS>
