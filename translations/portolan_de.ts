<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AsaExport</name>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation>! Eine Zugriffsliste je Quellzone, benannt &lt;zone&gt;_in, für die Eingangsschnittstelle dieser Zone, mit</translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation>! ihren Freigaben. Die Sperreinträge in jede Zone stehen einmal in der globalen Liste %1, die die</translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation>! Firewall nach den Schnittstellenlisten liest: eine oben zugelassene Verbindung erreicht nie ihre Sperre, und</translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation>! die globale Liste endet mit dem abschließenden deny. Die access-group-Zeilen am Ende sind auskommentiert:</translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation>! Prüfen Sie die Schnittstellennamen, bevor Sie sie aktivieren, und aktivieren Sie die globale Liste mit ihnen.</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLATZHALTER: Adresse von %1 eintragen</translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation>=== %1 -&gt; %2 ===</translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation>Eingehender Verkehr aus %1</translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation>Subnetze der Zone: %1</translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation>Alles Übrige geht weiter an die globale Liste %1</translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation>Sperren in jede Zone von außerhalb der Zone, danach das abschließende deny</translation>
    </message>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation>=== Sperren in %1 von außerhalb der Zone ===</translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation>Oben zugelassene Ausnahmen: %1</translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation>Alles Übrige wird verweigert</translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation>Zugriffslisten für Cisco ASA</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation>muss eine Release-Nummer wie „15.1“ oder „14.5.0at“ sein</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation>%1: keine Katalogdatei: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation>ein Typ braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation>Typ „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation>ein Parameter braucht einen Namen und eine Art (bool, int, choice, text, release)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>ruft %1() auf; ein Standardwert liest nur die Felder des Hosts und die vor ihm deklarierten Parameter</translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation>eine Verbindung braucht eine Regel-ID und einen Dienst</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation>Regel „%1“ muss ihre Vorlage als „file.txt: table“ angeben</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>unbekanntes Protokoll „%1“</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation>Regel „%1“ nennt kein Protokoll</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation>„from“ und „to“ müssen „a“ und „b“ sein</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>der Schweregrad (severity) muss error, warning oder info sein</translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation>ein Befund braucht eine ID und einen Schweregrad</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation>die Verknüpfung %1 - %2 ist doppelt definiert</translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation>eine Verknüpfung braucht zwei Typen und eine Bedeutung</translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation>Host-Regeln für „%1“ sind doppelt definiert</translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation>eine Anforderung braucht eine ID, eine Meldung und ein bekanntes %1</translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation>ein System braucht eine ID, einen Namen und Mitgliedstypen</translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation>ein Paar nennt zwei Listen von Mitgliedstypen</translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation>Server im selben System (%1)</translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation>%1: keine Katalogdateien</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation>Ausgenommen die zugelassenen Verbindungen von %1, die oberhalb dieser Sperre zugelassen bleiben.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation>Regel „%1“ zwischen „%2“ und „%3“: %4.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation>Host „%1“: „%2“ ist kein Parameter von %3; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation>Host „%1“: Parameter „%2“ %3, nicht %4; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation>Verknüpfung %1 (%2 - %3) wiederholt Verknüpfung %4; sie fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation>Verknüpfung %1 (%2 - %3): Der Katalog gibt einer Verknüpfung zwischen %4 und %5 keine Bedeutung.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation>Host „%1“: Adresse %2 liegt außerhalb aller Subnetze der Zone „%3“ (%4).</translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation>eine Einwegregel braucht eine Regel-ID und einen Dienst</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation>Regel „%1“ macht die Verbindungen des Paares einseitig, aber „%2“ geht in beide Richtungen</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation>Hosts ohne Zone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation>Sperren in %1 von außerhalb der Zone</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>no design change (the order of the design&apos;s items)</source>
        <translation>keine Entwurfsänderung (die Reihenfolge der Elemente des Entwurfs)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>CompareMarkItem</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation>Alle außerhalb von %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation>nein (innerhalb einer Zone)</translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation>Kommunikationsmatrix (CSV)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation>auf eine Zelle in Anführungszeichen muss ein Semikolon oder das Zeilenende folgen.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation>auf eine Zelle in Anführungszeichen muss ein Tabulator oder das Zeilenende folgen.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation>auf eine Zelle in Anführungszeichen muss ein Komma oder das Zeilenende folgen.</translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation>die hier beginnende Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation>ein doppeltes Anführungszeichen in einer Zelle, die nicht mit einem beginnt; setzen Sie die ganze Zelle in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation>Benutzerdefinierte Verbindung „%1“ (%2 zu %3, %4)</translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation>die Sperrregel %1 (%2)</translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation>die Einwegregel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation>%1 ist durch %2 verboten: sie wird nicht durchgelassen.</translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation>%1: Ports %2 sind durch %3 verboten: sie werden nicht durchgelassen.</translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation>%1 fügt nichts hinzu: die Verbindungen des Katalogs oder eine frühere benutzerdefinierte Verbindung lassen sie bereits zu.</translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation>Benutzerdefinierte Verbindung %1</translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation>Benutzerdefinierte Verbindung: Ports %1 der angeforderten %2 werden weggelassen (bereits zugelassen oder verboten).</translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation>%1 – %2 (Verknüpfung %3 zwischen ihnen)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation>Zone %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation>Zone %1 entfernt</translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation>Zone %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation>Host %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation>Host %1 entfernt (%2)</translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation>Host %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation>Host %1: Parameter %2 %3 → %4</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Verknüpfung %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation>Verknüpfung %1 entfernt</translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation>Verknüpfung %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation>Benutzerdefinierte Verbindung %1 hinzugefügt: %2 → %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation>Benutzerdefinierte Verbindung %1 entfernt: %2 → %3, %4</translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation>Benutzerdefinierte Verbindung %1: %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: Revision %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation>%1: kann nicht gelesen werden: kein Platz für eine temporäre Kopie der Projektdatei.</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation>„format“ ist nicht „portolan-design“: dies ist kein Portolan-Entwurf</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>„version“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation>der Entwurf hat die Formatversion %1; dieses Portolan liest bis Version %2, bitte verwenden Sie ein neueres Portolan</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>der Entwurf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation>%1: „%2“ muss ein Text sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: „%2“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation>%1: braucht einen Text „id“</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>Zone „%1“</translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation>%1: „subnets“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: Subnetz %2 ist keine Angabe Adresse/Präfix wie 192.168.10.0/24</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>Host „%1“</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation>%1: braucht einen Text „type“</translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1: Adresse „%2“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation>%1: „params“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Verknüpfung %1</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation>%1: braucht die Host-IDs „a“ und „b“</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>Verknüpfung %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation>der Entwurf muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation>benutzerdefinierte Verbindung %1</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>benutzerdefinierte Verbindung „%1“</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation>%1: braucht die Host-IDs „source“ und „destination“</translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation>%1: „protocol“ muss „tcp“, „udp“ oder „icmp“ sein</translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation>%1: „ports“ muss ein Text wie „443“ oder „3000-3032“ sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DesignRules</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1: the id must be 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;</source>
        <translation>%1: die ID muss aus 1 bis %2 Buchstaben, Ziffern, „_“, „-“ oder „.“ bestehen und mit einem Buchstaben, einer Ziffer oder „_“ beginnen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation>enthält ein ungepaartes UTF-16-Surrogat (U+%1 an Zeichen %2), das kein Zeichen ist</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>der Entwurf</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>Zone „%1“</translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation>%1: die ID wird von einer anderen Zone verwendet</translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: Subnetz %2/%3 ist keine Angabe Adresse/Präfix wie 192.168.10.0/24</translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation>%1: „x“ und „y“ müssen innerhalb von plus/minus %2 liegen</translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation>%1: „width“ und „height“ müssen zwischen 0 und %2 liegen</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>Host „%1“</translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation>%1: die ID wird von einem anderen Host verwendet</translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation>%1: unbekannter Hosttyp „%2“</translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation>%1: Zone „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>der Parameter</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>Verknüpfung %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation>%1: Host „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation>%1: ein Host kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation>eine icmp-Verbindung hat keine Ports</translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation>eine %1-Verbindung braucht ihre Zielports, etwa 443 oder 3000-3032</translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation>Ports müssen zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>benutzerdefinierte Verbindung „%1“</translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation>%1: die ID wird von einer anderen benutzerdefinierten Verbindung verwendet</translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation>%1: eine Verbindung von einem Host zu sich selbst passiert nie eine Firewall</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation>%1: braucht eine Begründung (warum die Verbindungen des Katalogs nicht ausreichen)</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>die Begründung</translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation>beginnt mit U+FEFF, einer Bytereihenfolge-Markierung, die Entwurfs- und Projektdateien nicht bewahren</translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation>enthält U+%1 an Zeichen %2, das kein Zeichen ist</translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation>%1: Revisionen werden ab 1 gezählt</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1: es gibt keine Datei %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation>%1: %2 ist keine Projektdatei; nur Projektdateien enthalten Revisionen</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, Revision %2</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation>kein Subnetz</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>Diagram (PNG)</source>
        <translation>Diagramm (PNG)</translation>
    </message>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation>Das PNG-Bild wäre bei einem Maßstab von %1 kleiner als ein Pixel: Wählen Sie einen größeren Maßstab.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation>Das PNG-Bild mit %1 x %2 Pixeln konnte nicht angelegt werden: Exportieren Sie stattdessen SVG oder PDF, oder wählen Sie einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation>Das PNG-Bild mit %1 x %2 Pixeln konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation>Netzwerkdiagramm des Entwurfs „%1“, gezeichnet von Portolan.</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>Die SVG-Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>Diagramm (SVG)</translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation>Das Diagramm ist %1 x %2 Einheiten der Zeichenfläche groß, mehr als eine SVG-Zeichnung fassen kann (%3 je Seite): Rücken Sie Hosts und Zonen näher zusammen.</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation>Netzwerkdiagramm eines unbenannten Entwurfs, gezeichnet von Portolan.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Design JSON</source>
        <translation>Entwurfs-JSON</translation>
    </message>
    <message>
        <source>The %1 export cannot be built in memory.</source>
        <translation>Der Export „%1“ kann nicht im Speicher erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation>liest „%1“, das kein Parameter von %2 ist</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>liest „%1“, das erst danach deklariert wird; ein Standardwert liest nur die Felder des Hosts und die vor ihm deklarierten Parameter</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation>%1 an Zeichen %2 von „%3“</translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>„)“ erwartet</translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation>nicht abgeschlossener Text</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation>unbekannter Name „%1“</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation>nicht geschlossenes „{“ in „%1“</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>der Ausdruck ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation>Jeder Host außerhalb von %1 -&gt; %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation>%1: kann nicht gelesen werden: die Datei überschreitet die Grenze von %2 für einen Entwurf.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation>%1: kann nicht gelesen werden: die Datei enthält %2 und überschreitet die Grenze von %3 für einen Entwurf.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation>%1: kann nicht geöffnet werden: diese Ressource gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation>%1: kann nicht gelesen werden: es ist ein Ordner, keine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation>%1: kann nicht gelesen werden: es ist weder eine reguläre Datei noch eine Pipe (ein Gerät oder Socket kann keinen Entwurf enthalten).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation>die Zeile hat keinen Namen; jeder Host braucht einen.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation>der Name „%1“ wird bereits in Zeile %2 verwendet; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation>der Name „%1“ wird bereits von Host „%2“ des Entwurfs verwendet; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation>die Zeile hat keinen Typ; geben Sie einen Hosttyp des Katalogs an, etwa „workstation“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation>„%1“ ist kein Hosttyp des Katalogs; meinten Sie „%2“ (%3)?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation>„%1“ ist kein Hosttyp des Katalogs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation>„%1“ ist weder eine IPv4-Adresse (vier Zahlen von 0 bis 255: 192.168.10.11) noch eine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation>die Adresse %1 wird bereits in Zeile %2 verwendet; Adressen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation>die Adresse %1 wird bereits von Host „%2“ des Entwurfs verwendet; Adressen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation>Die Adresse %1 liegt außerhalb aller Subnetze der Zone „%2“ (%3); die Befunde des Entwurfs werden dies melden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation>„%1“ ist keine ID: schreiben Sie 1 bis %2 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben, einer Ziffer oder „_“.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>die ID „%1“ wird bereits in Zeile %2 verwendet; IDs müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation>die ID „%1“ wird bereits von einem Host des Entwurfs verwendet; IDs müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation>die ID „%1“ wird bereits von einer Zone des Entwurfs verwendet; IDs müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte); ein Host-Inventar ist CSV-Text.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie das Inventar als CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation>die Datei ist leer; ein Host-Inventar beginnt mit einer Kopfzeile, die seine Spalten name, type und address benennt (zone und id sind optional).</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal (auch Spalte %2).</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation>die Kopfzeile hat keine Spalte „%1“; ein Host-Inventar nennt die Spalten name, type und address (zone und id sind optional), in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>diese Zeile hat %1 Zellen, die Kopfzeile nennt aber %2 Spalten.</translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation>diese Zelle steht unter Spalte %1, die in der Kopfzeile keinen Namen hat; benennen Sie die Spalte oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation>die Zelle %1.</translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation># Anwenden mit: iptables-restore DATEI (ersetzt die filter-Tabelle). Nur IPv4: IPv6-Regeln, falls vorhanden,</translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation># folgen am Ende als auskommentierte ip6tables-Zeilen; der nftables-Export enthält beide Familien.</translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation># Adressgruppen werden Host für Host ausgeschrieben (Restore-Dateien kennen kein ipset); jede Regel nennt ihre Gruppe.</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>Sperren in %1 von jeder Quelle außerhalb der Zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>Oben zugelassene Ausnahmen: %1</translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation># IPv6-Regeln für ip6tables-restore (eine *filter-Tabelle mit denselben Chains); von dieser Datei nicht angewendet:</translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation>iptables-restore-Regelwerk</translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation># FORWARD springt in eine Kette je Zonenpaar (Quelle:Ziel), danach zu den Sperren in jede Zone.</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation>Die Zone hat kein Subnetz dieser Familie: die Sperre trifft jede Quelle.</translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation># Anwenden mit: nft -f DATEI (ersetzt die Tabelle inet portolan und sonst nichts).</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLATZHALTER: Adresse von %1 eintragen</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>Sperren in %1 von jeder Quelle außerhalb der Zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>Oben zugelassene Ausnahmen: %1</translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation>nftables-Regelwerk</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>jeder Host außerhalb der Zone</translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation> (Passiert keine Firewall.)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>Quellports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation>Regel und Quellenangabe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation>Firewall-Verbindungsbericht: %1</translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation>FIREWALL-VERBINDUNGSBERICHT</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation>Portolan %1: Verbindungen aus dem Produktkatalog abgeleitet; jede nennt ihr Herstellerdokument.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation>Zugelassene Verbindungen</translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation>Durch eine Firewall</translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation>Sperreinträge</translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation>Fehler / Warnungen / Sicherheitshinweise</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation>Firewalls (Zonenpaare)</translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation>innerhalb einer Zone: keine Firewall</translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation>Firewall zwischen den Zonen</translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation>Zonenpaar</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation>Firewalls (Fortsetzung)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation>Kommunikationsmatrix nach Zonenpaaren</translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation>Eine Tabelle je Zonenpaar: die Firewall zwischen Quellzone und Zielzone. Jede Verbindung ist gerichtet; Antworten einer zugelassenen Verbindung sind nicht aufgeführt. Tabellen mit dem Vermerk „innerhalb einer Zone“ passieren keine Firewall und stehen der Vollständigkeit halber hier.</translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation>%1 (innerhalb einer Zone: keine Firewall)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation>Sperrempfehlungen</translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation>Die Hersteller empfehlen, diese Ports für jeden Host außerhalb der Zone des Ziels zu sperren. Setzen Sie jede Sperre hinter die oben zugelassenen Verbindungen, die ihre Ausnahmen sind.</translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation>Der Katalog empfiehlt für diesen Entwurf keine Sperre.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation>Protokollversionen, Klartextdienste und schwache Optionen, auf die der Katalog für diese Hosts hinweist.</translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation>Kein Sicherheitshinweis.</translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation>Sicherheitshinweise (Fortsetzung)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation>Fehler müssen behoben sein, bevor die Matrix angewendet wird; Warnungen verlangen eine Entscheidung.</translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation>Kein Fehler und keine Warnung.</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>Befunde (Fortsetzung)</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation>Quellports: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>Zonen: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Quellenangabe: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation>Keine Verbindung geändert.</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, Revision %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation>Prüfung der Entwurfsänderung: %1 → %2</translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation>PRÜFUNG DER ENTWURFSÄNDERUNG</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Entwurfsänderungen</translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation>Hinzugefügte Verbindungen</translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation>Entfernte Verbindungen</translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation>Geänderte Verbindungen</translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation>Hinzugefügte Befunde</translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation>Entfernte Befunde</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation>Regeln hinzugefügt / entfernt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation>Für diese Änderung ist keine Entscheidung erfasst. Prüfer, Datum, Bewertung (genehmigen oder ablehnen) und Kommentar:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation>Abnahme (Fortsetzung)</translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation>Was sich im Entwurf geändert hat und was jede Änderung bewirkt. Eine Änderung bewirkt eine Änderung einer Verbindung oder eines Befunds, wenn die Regel-Engine diese Änderung ohne sie nicht vornehmen würde; eine Verbindung kann mehrere Ursachen haben, und eine entfernte Verknüpfung, die ein redundantes System trennt, bewirkt Verbindungen zwischen Hosts, die sie nie berührt hat.</translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation>Die beiden Entwürfe sind gleich (Hosts können auf der Zeichenfläche verschoben sein).</translation>
    </message>
    <message>
        <source>+%1 / −%2 / ~%3</source>
        <translation>+%1 / −%2 / ~%3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation>Verbindungen + / − / ~</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation>Entwurfsänderungen (Fortsetzung)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>(keine Entwurfsänderung)</translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation>Hinzugefügte und entfernte Regeln je Zonenpaar, gruppiert wie die Exporte für nftables, iptables und ASA sie schreiben; eine Regel, deren Hosts oder Ports sich ändern, wird entfernt und neu hinzugefügt.</translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation>Keine Änderungen an Firewall-Regeln.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation>Hosts, Dienst, Katalogregel</translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation>Protokoll und Ports</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation>Geänderte Verbindungen je Zonenpaar</translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation>Eine Verbindung ist in beiden Entwürfen gleich, wenn Quelle, Ziel, Protokoll, Aktion und Katalogregel übereinstimmen; sie hat sich geändert, wenn Ports, Dienst, Hinweise, Quellenangabe oder die Zonen oder Adressen ihrer Hosts abweichen.</translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation>Hinzugefügte und entfernte Befunde</translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation>Kein Befund hat sich geändert.</translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation>Hinzugefügte und entfernte Befunde (Fortsetzung)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation>Firewall-Bericht (PDF)</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation>„%1“ ist weder ein Port noch ein Portbereich von 0 bis 65535</translation>
    </message>
</context>
<context>
    <name>ProbePdfReport</name>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation>INBETRIEBNAHMEPRÜFUNG</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation>Stellvertretend für</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>Adressen dieses Rechners</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>keine Adresse im Entwurf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation>%1
abgebrochen</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>Gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation>Geprüfte Ports in einem Bereich</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation>beide Enden und %1 dazwischen</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>vom System gewählt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>Durchgelassen, kein Dienst lauscht</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation>Offen / geschlossen / gefiltert</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation>Jede zugelassene tcp-Verbindung von %1 wird als offen erwartet, jeder tcp-Sperreintrag, unter den %1 fällt (weil der Host außerhalb der Zone des Ziels liegt), als alles außer offen. Offen: die Verbindung kam zustande. Geschlossen: sie wurde abgewiesen, die Firewall hat sie also durchgelassen und auf dem Port lauscht nichts (oder eine Firewall hat mit einem TCP-Reset geantwortet). Gefiltert: keine Antwort innerhalb des Zeitlimits oder ein ICMP-Unreachable von einer Firewall oder einem Router. Ein Portbereich wird an beiden Enden und an Ports dazwischen geprüft. udp- und icmp-Zeilen, Zeilen zu Hosts ohne Adresse und Zeilen mit festem Quellport werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rule and service</source>
        <translation>Regel und Dienst</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation>Keine Abweichung: jeder Verbindungsversuch ergab, was der Entwurf vorsieht.</translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation>Zugelassene Verbindungen (offen erwartet)</translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation>Keine zugelassene tcp-Verbindung dieses Hosts wurde geprüft.</translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation>Sperreinträge (nicht offen erwartet)</translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation>Kein Sperreintrag wurde geprüft.</translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation>Jede Zeile wurde geprüft.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>Im Beisein von</translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation>Inbetriebnahmeprüfung: %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation>udp: ein TCP-Verbindungsversuch kann es nicht prüfen, und ein udp-Port, der nicht antwortet, beweist nichts; prüfen Sie es mit dem Dienst selbst.</translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation>icmp: ein TCP-Verbindungsversuch kann es nicht prüfen; prüfen Sie es mit ping.</translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation>%1 hat keine Adresse im Entwurf.</translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation>Die Verbindung geht von Quellport %1 aus, die Prüfung verbindet sich aber von einem Port, den das System wählt; die Firewall würde also eine andere Verbindung beurteilen.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation>Trockenlauf: ein TCP-Verbindungsversuch zu %1 Port %2 würde unternommen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation>%1 hat keine Adresse im Entwurf, daher lassen sich die Firewall-Regeln für diesen Host von diesem Rechner aus nicht prüfen (Adressen: %2); die Ergebnisse zeigen, was dieser Rechner erreichen darf.</translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation>Keine der Adressen dieses Rechners (%1) ist die Adresse %3 von %2: die Firewall sieht eine andere Quelle, die Ergebnisse zeigen also, was dieser Rechner erreichen darf, nicht was %2 darf.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>Durchgelassen, kein Dienst lauscht</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation>%1 (Stichprobe aus %2-%3)</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ProjectAutosave</name>
    <message>
        <source>Autosave</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 kann nicht geschrieben werden: die fertige Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation>In das Projekt exportiert</translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation>Als neues Projekt exportiert</translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation>Portolan-Projekt</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Revision %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: Revision %2: %3</translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation>%1: die Abnahme kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>keine Migration vom Projektformat %1</translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation>Migration vom Projektformat %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation>die Tabelle „meta“ fehlt</translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation>die Version des Projektformats fehlt</translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation>die Version des Projektformats %1 stimmt nicht mit der des Headers (%2) überein</translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation>ihre Datenbank enthält mehr als %1 Tabellen, Indizes, Views und Trigger</translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation>virtuelle Tabelle „%1“</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>Index „%1“</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>View „%1“</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>Trigger „%1“</translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation>Eintrag „%1“ vom Typ „%2“</translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation>ihre Datenbank enthält %1, wo das Projektformat %2 %3 vorsieht</translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation>%1 des Projektformats %2 fehlt</translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation>%1 ist nicht so definiert, wie das Projektformat %2 es definiert (Spalten, Typen oder Constraints weichen ab)</translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation>ihre Datenbank enthält %1, was Portolan nicht anlegt; Projektdateien mit eigenen Tabellen, Views oder Triggern werden abgelehnt</translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation>ein Wert überschreitet die Grenze von %1 MiB für eine Zelle</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>„%1“ ist keine Adresse.</translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation>eine access-group-Zeile lautet „access-group LIST in|out interface NAME“ oder „access-group LIST global“.</translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation>die Konfiguration hat keine erweiterte Zugriffsliste (access-list NAME extended ...); Portolan prüft diese.</translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation>„host“ braucht eine Adresse.</translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation>„range“ braucht zwei Adressen.</translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation>dies ist kein Adressbereich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation>„%1“ ist kein Subnetz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation>„%1“ ist keine Adresse mit Netzmaske, kein host, range, object oder any.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation>„%1“ ist keine Netzmaske.</translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation>„subnet“ braucht eine Adresse und eine Netzmaske.</translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation>es bezeichnet einen Host über seinen DNS-Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation>„%1“ ist weder eine Portnummer noch ein Portname, den die ASA kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation>„%1“ ist kein Port-Operator (eq, neq, lt, gt, range).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation>„%1“ braucht einen Port-Operator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation>„%1“ ist nicht Teil eines Dienstes.</translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation>„group-object“ braucht einen Gruppennamen.</translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation>„network-object“ braucht eine Adresse.</translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation>„port-object“ braucht eq oder range und Ports.</translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation>„service-object“ braucht ein Protokoll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation>„%1“ ist keine Netzwerk-object-group der Konfiguration.</translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation>die object-group „%1“ enthält sich selbst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation>„%1“ ist kein Netzwerkobjekt der Konfiguration.</translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation>das Objekt „%1“ kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation>„%1“ ist kein Dienstobjekt der Konfiguration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation>„%1“ ist keine object-group der Konfiguration.</translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation>der Eintrag endet vor seiner Quelle oder seinem Ziel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation>„%1“ braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation>„%1“ filtert nach Schnittstelle, Benutzer oder Sicherheitsgruppe, was Portolan nicht mit den Hosts eines Entwurfs abgleichen kann.</translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation>eine access-list-Zeile braucht einen Namen und einen Typ.</translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation>ein Eintrag einer erweiterten access-list lautet permit oder deny.</translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation>der Eintrag endet vor seinem Protokoll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation>„%1“ ist keine Protokoll- oder Dienst-object-group der Konfiguration.</translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation>nur während des Zeitraums %1</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>ICMP-Typ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation>„%1“ ist nicht Teil eines access-list-Eintrags, den Portolan liest.</translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation>einen ICMP-Typ</translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation>Protokoll %1, das keine Verbindung eines Entwurfs verwendet</translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation>Keine access-group-Zeile ist aktiv; die auskommentierten access-group-Zeilen geben an, wo die Listen wirken.</translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation>die access-group wendet die Liste „%1“ an, die in der Konfiguration keinen erweiterten Eintrag hat.</translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation>Keine access-group wendet die Listen an; jede wird als Liste einer Schnittstelle geprüft.</translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation>access-group %1 %2</translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation>Die Zugriffsliste %1 wird von keiner access-group angewendet und nicht geprüft.</translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation>Antworten auf zugelassene Verbindungen passieren über die Zustandstabelle der Firewall; was kein Eintrag zulässt, wird verweigert.</translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation>%1 ist leer; geben Sie eine Host-ID oder einen Hostnamen, eine Adresse, ein Subnetz, zone:&lt;id&gt; oder any an.</translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation>„zone:“ nennt keine Zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse und kein Subnetz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation>„%1“ ist kein Port von 1 bis 65535 und kein Portbereich („3000-3032“); schreiben Sie Ports als „443“, „22,443“, „3000-3032“ oder any.</translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation>die Datei ist leer; ein Änderungsantrag beginnt mit einer Kopfzeile, die seine Spalten benennt.</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen; jede Spalte braucht einen.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation>die Kopfzeile hat keine Spalte „%1“; ein Änderungsantrag nennt die Spalten id, source, destination, protocol und ports (action und comment sind optional), in beliebiger Reihenfolge. Ist dies ein Änderungsantrag?</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>diese Zeile hat %1 Zellen, die Kopfzeile nennt aber %2 Spalten.</translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation>die Zeile hat keine ID; jede Antragszeile braucht eine.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>die ID „%1“ wird bereits in Zeile %2 verwendet; IDs müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation>„%1“ ist kein Protokoll; schreiben Sie tcp, udp, icmp oder any.</translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation>die Ports sind leer; ein %1-Antrag nennt seine Zielports („443“, „22,443“, „3000-3032“) oder any.</translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation>ein icmp-Antrag hat keine Ports; lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation>„%1“ ist keine Aktion; schreiben Sie allow oder block, oder lassen Sie die Zelle für allow leer.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation>die Tabelle „%1“ beginnt, bevor die Tabelle „%2“ aus Zeile %3 abgeschlossen ist (COMMIT).</translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation>die Tabelle filter ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation>COMMIT außerhalb einer Tabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation>„%1“ ist keine Zeile einer iptables-save-Ausgabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation>„%1“ ist keine Zeile einer iptables-save-Ausgabe (eine Kette „:NAME POLICY“, eine Regel „-A CHAIN ...“ oder COMMIT).</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation>die hier beginnende Tabelle „%1“ wird nie abgeschlossen (COMMIT).</translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation>die Datei hat keine Tabelle filter (*filter); Portolan prüft die FORWARD-Kette der Tabelle filter, wie iptables-save sie schreibt.</translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation>die Tabelle filter hat keine FORWARD-Kette.</translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation>„create“ braucht einen Set-Namen und einen Typ.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation>das Set „%1“ wird zweimal angelegt.</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation>„add“ braucht einen Set-Namen und ein Element.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation>das Set „%1“ wird nicht vor dieser Zeile angelegt.</translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation>„nomatch“-Elemente werden nicht unterstützt; führen Sie die Adressen auf, auf die das Set passt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation>„%1“ ist keine Adresse, kein Subnetz und kein Adressbereich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation>„%1“ ist keine Zeile einer iptables-save-Ausgabe, und außerhalb einer Tabelle dürfen nur die create- und add-Zeilen von ipset save stehen.</translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation>eine Kettenzeile lautet „:NAME POLICY [packets:bytes]“.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation>die Kette „%1“ ist zweimal deklariert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation>„%1“ ist keine Adresse und kein Subnetz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation>„%1“ ist kein Port und kein Portbereich.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation>das Set „%1“ wird hier verwendet, aber seine Elemente stehen nicht in der Datei; fügen Sie die Ausgabe von „ipset save“ vor oder nach der iptables-save-Ausgabe ein.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation>das Set „%1“ enthält sich selbst.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation>das Set „%1“ hat den Typ %2; Portolan liest Adress-Sets (hash:ip, hash:net, bitmap:ip, list:set aus diesen).</translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation>„-A“ braucht einen Kettennamen.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation>die Kette „%1“ ist vor ihren Regeln nicht deklariert („:%1 POLICY“).</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation>Pakete eingehend auf Schnittstelle %1%2</translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation>Pakete ausgehend auf Schnittstelle %1%2</translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation>nur Fragmente</translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation>--ports trifft auch auf den Quellport zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation>„%1“: Portolan liest Sets, die auf eine Adresse passen, src oder dst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation>„%1“ ist kein Verbindungszustand.</translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation>Pakete außer dem ersten einer Verbindung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation>„%1“ ist kein Adressbereich.</translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation>%1 übergibt das Paket an ein Programm, dessen Entscheidung Portolan nicht prüfen kann.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation>die Option „%1“ liest Portolan nicht, daher kann es nicht sagen, worauf diese Regel passt.</translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation>„!“ negiert nichts.</translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation>nur Verbindungen mit Adressumsetzung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation>„%1“ ist weder eine Kette der Tabelle filter noch ein Ziel, das Portolan kennt.</translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation>eine Regel kann nicht in die eingebaute Kette „%1“ springen.</translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation>nach %1 (RETURN)</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation>die Kette „%1“ wird von sich selbst aus erneut erreicht.</translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation>über %1 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n Regel, die nur auf Antworten zugelassener Verbindungen (ESTABLISHED, RELATED) oder ungültige Pakete passt, ist kein Antrag.</numerusform>
            <numerusform>%n Regeln, die nur auf Antworten zugelassener Verbindungen (ESTABLISHED, RELATED) oder ungültige Pakete passen, sind keine Anträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation>Die Tabelle %1 wird nicht geprüft: sie filtert nicht.</translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation>Die Policy der FORWARD-Kette ist %1.</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>dieses JSON hat kein Array „nftables“; geben Sie die Ausgabe von „nft -j list ruleset“ an.</translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation>diese Regel gehört zur Kette „%1“, die nicht vor ihr aufgeführt ist.</translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation>das Regelwerk hat keine filter-Kette am forward-Hook und filtert daher keinen Verkehr zwischen Zonen.</translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation>Die Kette %1 (%2 %3, Priorität %4) hat die Policy %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n Regel, die nur auf Antworten zugelassener Verbindungen (established, related) oder ungültige Pakete passt, ist kein Antrag.</numerusform>
            <numerusform>%n Regeln, die nur auf Antworten zugelassener Verbindungen (established, related) oder ungültige Pakete passen, sind keine Anträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation>das Set @%1 ist im Regelwerk nicht aufgeführt.</translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation>das Set @%1 enthält %2, keine Adressen.</translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation>%1 ist keine Adresse, kein Präfix, kein Bereich und kein Set aus diesen.</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1 ist kein Port.</translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation>das Set @%1 ist kein aufgeführtes Port-Set.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation>der Portbereich ist ungültig.</translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation>die Ports sind weder eine Zahl noch ein Bereich noch ein Set aus diesen.</translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation>expr[%1]: %2</translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation>eine Anweisung nach dem Verdict.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation>die Kette „%1“ ist nicht in der Tabelle.</translation>
    </message>
    <message>
        <source>a quota</source>
        <translation>ein Kontingent (quota)</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>eine Ratenbegrenzung</translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation>ein Kompatibilitätsausdruck von iptables-nft; prüfen Sie stattdessen die iptables-save-Ausgabe dieser Firewall.</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation>die Anweisung „%1“ liest Portolan nicht.</translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation>den Vergleich „%1“ liest Portolan nicht.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>tcp %1 %2</source>
        <translation>tcp %1 %2</translation>
    </message>
    <message>
        <source>the match on %1 %2 is not one Portolan reads.</source>
        <translation>die Bedingung auf %1 %2 liest Portolan nicht.</translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation>meta %1 %2%3</translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation>die Bedingung auf meta %1 liest Portolan nicht.</translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation>ct %1 %2</translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation>die Bedingung %1 liest Portolan nicht.</translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation>nach %1 (return)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x%1); sie ist weder ein Änderungsantrag noch ein Regelwerk.</translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>die Datei enthält Binärdaten (Byte 0x%1); sie ist weder ein Änderungsantrag noch ein Regelwerk.</translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation>der hier beginnende Text in Anführungszeichen endet nicht in seiner Zeile.</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation>iptables-save-Regelwerk</translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation>nftables-Regelwerk (nft -j list ruleset)</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco-ASA-Konfiguration</translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>dies ist ein nftables-Skript (nft -f); prüfen Sie das Regelwerk so, wie die Firewall es hält: die Ausgabe von „nft -j list ruleset“.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation>kein Host des Entwurfs hat die ID oder den Namen „%1“</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation>die Zone „%1“ ist keine Zone des Entwurfs.</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation>die Zone „%1“ hat keinen Host</translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation>jeder Host des Entwurfs mit einer Adresse liegt in %1</translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation>kein Host des Entwurfs hat die Adresse %1</translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation>kein Host des Entwurfs hat eine Adresse in %1</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation>jeder Port (65.535 Ports)</translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation>%1 (%2 Ports)</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 Ports</translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>Unbekannt: die Quelle „%1“ erfasst keinen Host des Entwurfs: %2.</translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>Unbekannt: das Ziel „%1“ erfasst keinen Host des Entwurfs: %2.</translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>Nicht erforderlich: sie erfasst kein Paar verschiedener Hosts des Entwurfs (Quellen %1, Ziele %2).</translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>Konsistent: sie erfasst kein Paar verschiedener Hosts des Entwurfs (Quellen %1, Ziele %2).</translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation>Verdeckt: jedes Paket, auf das sie passt, wird bereits vorher von %1 entschieden, daher greift sie nie.</translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation>Verboten: sie öffnet %1, was %2 verbietet (%3).</translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation>In allen %1 verbotenen Tupeln, durch %2.</translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation>Nicht erforderlich: keine Verbindung des Entwurfs braucht, was sie öffnet (%1 Tupel).</translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation>Erforderlich: jedes Tupel, das sie öffnet, ist eine Verbindung des Entwurfs, durch %1.</translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation>Teilweise erforderlich: sie erfasst %1 Tupel, die der Entwurf braucht, durch %2, und öffnet %3 Tupel mehr, als der Entwurf braucht.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation>Überschuss: %1.</translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation>Konflikt: sie sperrt %1 Tupel von Verbindungen, die der Entwurf braucht, durch %2.</translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation>Konsistent: sie sperrt keine Verbindung, die der Entwurf braucht.</translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation>Der Entwurf verbietet dasselbe durch %1.</translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation>Sie verlangt außerdem %1, was die Prüfung nicht bewertet: sie wird geprüft, als passte sie auf jedes solche Tupel, und sie verdeckt keine spätere Regel.</translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation>Sie passt nur auf die Quellports %1.</translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation>Erreicht %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation>Genehmigt von (Change-Board)</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Umgesetzt von</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>Mit Änderungen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation>Auflagen und Kommentare:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation>Firewall-Audit: %1 gegen %2</translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation>Prüfung des Änderungsantrags: %1 gegen %2</translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation>FIREWALL-AUDIT</translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation>PRÜFUNG DES ÄNDERUNGSANTRAGS</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation>- (Entwurfs-JSON)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation>Portolan %1: Bewertungen aus den Verbindungen, die der Produktkatalog ableitet; jede nennt ihr Herstellerdokument.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation>Jeder allow-Antrag ist vom Entwurf gefordert, und nichts, was der Entwurf braucht, fehlt.</translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation>Einige Anträge sind in dieser Form nicht erforderlich, oder Verbindungen, die der Entwurf braucht, fehlen: jede Zeile unten sagt, warum.</translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation>Geprüft als gesamtes Regelwerk einer Firewall: Die Verbindungen des Entwurfs, die die erfassten Zonen (%1) überqueren und die keine Regel zulässt, werden als fehlend aufgeführt.</translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation>Bewertungen: erforderlich (der Entwurf leitet jedes Tupel ab, das sie öffnet), teilweise erforderlich (einige, und sie öffnet mehr: der Überschuss), nicht erforderlich (keines), verboten (eine Sperrzeile oder eine Einwegregel des Katalogs verbietet einen Teil davon), unbekannt (eine Seite nennt keinen Host des Entwurfs); für eine Sperre: Konflikt (sie würde eine Verbindung verwerfen, die der Entwurf braucht) oder konsistent; verdeckt: eine frühere Regel entscheidet bereits alles, worauf sie passt.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation>Verbindungen des Entwurfs und ihre Quellenangaben</translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation>Überschuss und Verbotenes</translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation>%1 -&gt; %2
%3 %4, %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation>Überschuss (%1 Tupel):
%2</translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation>Verboten:
%1</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>Die Datei enthält keinen Antrag.</translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation>Regeln (Fortsetzung)</translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation>Anträge (Fortsetzung)</translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation>Fehlende Verbindungen</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>Jede Verbindung des Entwurfs, die die erfassten Zonen überquert, ist zugelassen.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation>Verbindungen des Entwurfs, die keine Regel zulässt: die Firewall verwirft sie.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation>Fehlende Verbindungen (Fortsetzung)</translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation>, Entwurfsrevision %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation>%1 (%2 Hosts)</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation>%1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 Ports</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation> (insgesamt %1 Tupel)</translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation>Keine Regel lässt diese Verbindung des Entwurfs zu: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>der %1 Entwurf hat %n Host ohne Adresse (%2); ein Regelwerk-Delta braucht jede Adresse, die eine Regel verwendet</numerusform>
            <numerusform>der %1 Entwurf hat %n Hosts ohne Adresse (%2); ein Regelwerk-Delta braucht jede Adresse, die eine Regel verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1-Delta: „%2“ -&gt; „%3“</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation>Erzeugt von Portolan %1 aus dem Produktkatalog; jede Zeile nennt ihre Katalogregel und die Entwurfsänderungen, die sie bewirken.</translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation>Keine Entwurfsänderung.</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Entwurfsänderungen:</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation>Verbindungen: %1 hinzugefügt, %2 entfernt, %3 geändert. Befunde: %4 hinzugefügt, %5 entfernt.</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alte</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neue</translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation>unverändert: gelöscht und wieder angehängt, um die Reihenfolge des neuen Regelwerks zu wahren</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation>die Kette %1 %2: %3</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>kommt hinzu</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation>die eigenen Subnetze der Zone kehren zurück: %1</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation>Anwenden mit: iptables-restore --noflush DATEI, auf einer Firewall, die aus dem iptables-Export des alten Entwurfs geladen wurde; danach enthält sie genau den Export des neuen Entwurfs. IPv6-Regeln sind nicht enthalten.</translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation>eine neue Kette für ein Zonenpaar oder eine Zone</translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation>die Kette wird nicht mehr verwendet</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation>Im Konfigurationsmodus auf einer Firewall anwenden, die aus dem ASA-Export des alten Entwurfs konfiguriert wurde. Neue permit-Einträge werden an die Liste ihrer Schnittstelle angehängt; neue Sperren kommen vor das abschließende deny der globalen Liste. Remarks werden nicht geändert.</translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation>neue Adressgruppe %1: %2</translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation>Adressgruppe %1 erhält Elemente: %2</translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation>das abschließende deny kommt nach die neuen Sperren</translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation>das abschließende deny, wieder am Ende</translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation>Adressgruppe %1 verliert Elemente: %2</translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation>Adressgruppe %1 wird nicht mehr verwendet: %2</translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation>eine neue Zugriffsliste: prüfen Sie den Schnittstellennamen, bevor Sie sie binden, wie beim Export</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation>Keine Regeländerungen.</translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation>%1: %2 Regel(n) hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation>Die ganze neue Tabelle folgt: nft -f DATEI ersetzt die Tabelle inet portolan in einem Schritt.</translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation>Hosts ohne Zone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation>%1 -&gt; %2 %3 %4 (%5): die Adressen gehören zu verschiedenen Familien</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation>%1 -&gt; %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>%n Host ohne Adresse: %1. Geben Sie ihm eine Adresse oder exportieren Sie mit Platzhaltern (--placeholders).</numerusform>
            <numerusform>%n Hosts ohne Adresse: %1. Geben Sie ihnen Adressen oder exportieren Sie mit Platzhaltern (--placeholders).</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>jeder Host außerhalb der Zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation>%1 -&gt; %2: %3 [%4]</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>; siehe %1</translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation> [PLATZHALTER-Adresse: %1]</translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation>%1 für den Entwurf „%2“</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation>Erzeugt von Portolan %1 am %2 aus dem Produktkatalog; jede Regel nennt ihr Herstellerdokument.</translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation>Ein Abschnitt je Zonenpaar: Quellzone -&gt; Zielzone, eine Firewall.</translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation>Zuerst kommen die Zulassungsregeln aller Zonenpaare, dann die Sperreinträge jeder Zielzone,</translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation>die jede Quelle außerhalb dieser Zone treffen; die zugelassenen Ausnahmen stehen davor.</translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation>Antworten zugelassener Verbindungen passieren (established, related); alles andere wird verworfen.</translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation>Verbindungen innerhalb einer Zone passieren keine Firewall; sie sind auf Wunsch enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>%n Verbindung innerhalb einer Zone passiert keine Firewall und ist weggelassen.</numerusform>
            <numerusform>%n Verbindungen innerhalb einer Zone passieren keine Firewall und sind weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelassen: %1</translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation>Adressgruppen (Hosts mit denselben Verbindungen):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation>PLATZHALTER: Diese Hosts haben keine Adresse im Entwurf. Ersetzen Sie jede Platzhalter-</translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation>adresse (Dokumentationsbereich, RFC 5737) vor dem Anwenden durch die echte:</translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation>  %1 = %2  Adresse von %3</translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation>%1 für einen unbenannten Entwurf</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation>Zeile %1 des Regelwerks würde das Steuerzeichen U+%2 enthalten; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation>Genehmigt von %1 am %2 gegen Revision %3</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation>Abgelehnt von %1 am %2 gegen Revision %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation>Abnahme %1 der Revision %2 ist nicht lesbar</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>es gibt keine Revision %1</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation>Hardware-Statusabfrage des ClearSCADA-Partners</translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation>Nur in eine Richtung: der permanente Standby in der DMZ baut nie eine Verbindung zurück auf und fragt nie zurück ab.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation>Das redundante ClearSCADA-System aus {members} hat {count} Hauptserver; es braucht genau einen.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation>ClearSCADA-Serververbindung</translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation>Synchronisierung vom Hauptserver, weitergeleitete Steuerbefehle von einem Standby, Statusprüfungen des Partners.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation>Die ClearSCADA-Server {members} bilden ein redundantes System, verwenden aber unterschiedliche eingehende Ports ({values}).</translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation>Ein externes System liest die SMS-Datenbank.</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation>Die beiden Geräte bilden ein Transparent-High-Availability-Paar (TRHA).</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation>Das Gerät sendet sFlow-Samples an diesen Collector.</translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>Der PowerChute-Agent ist bei der Network Management Card der USV registriert.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation>Ein Administrator verwaltet das SMS mit dem SMS-Client.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation>Das SMS sendet URLs an den Deep Discovery Analyzer.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation>Das SMS löst Namen über diesen Server auf.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation>Active Response löst URLs und Abfragen auf diesem Host aus.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation>Das SMS exportiert Berichte und Datenbanksicherungen auf diesen Dateiserver.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation>Das SMS fragt den Identity Agent nach der Zuordnung von Benutzern zu IP-Adressen ab.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation>Das SMS bezieht die Zuordnung von IP-Adressen zu Identitäten von IDsentrie auf einem A10-Gerät.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation>Das SMS verwaltet das TippingPoint-Gerät.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation>Das SMS authentifiziert Benutzer gegen Active Directory.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation>Das SMS sendet E-Mail-Benachrichtigungen und E-Mails von Active Response.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation>Active Response kann Ports dieses Switches trennen.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation>Das SMS bezieht seine Zeit von diesem Server.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation>Das SMS authentifiziert Benutzer über RADIUS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation>Die beiden SMS-Server bilden ein Hochverfügbarkeitspaar.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation>Ein SNMP-Manager fragt das SMS ab und tauscht Traps mit Active Response aus.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation>Das SMS sendet sein Audit-Log und die Syslog-Meldungen von Active Response.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation>Das SMS authentifiziert Benutzer über TACACS+.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation>Das SMS lädt Digital-Vaccine- und Software-Updates vom TMC herunter.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation>Das SMS führt WhoIs-Abfragen aus.</translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation>Der SNMP-Manager fragt das Modul ab.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation>Das Modul löst Namen über diesen Server auf.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation>Das Modul kopiert Dateien mit sftp und scp.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation>Anwendungen auf dem Modul kommunizieren mit einem MQSeries-Server.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation>Das NIO-Blade übernimmt X.25 für das Modul.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation>Das Modul bezieht seine Zeit von diesem Server.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation>Das Modul prüft externe Passwörter über RADIUS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation>Die Module teilen Dateien und Geräte (OSL innerhalb eines Systems, OSN zwischen Bridge-Modulen).</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation>Ein Administrator nutzt die PowerChute-Weboberfläche.</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation>Ein Benutzer meldet sich am Modul an oder überträgt Dateien.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation>PowerChute-Agent „{id}“ läuft unter AIX, wo seine Weboberfläche auch TLS 1.1 (veraltet) akzeptiert.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation>NMC „{id}“ registriert PowerChute-Agenten über HTTP mit MD5-Authentifizierung; HTTPS ist vorzuziehen.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>NMC „{id}“: Registrierungsport {port} ist nicht zulässig; verwenden Sie 80, 443 oder einen Port von 5000 bis 32768.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation>NMC-Statuspaket alle 25 s und MACONFIG-Paket alle 100 s</translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation>MD5-authentifiziert; es wird kein Paket gesendet, bevor ein PowerChute-Agent registriert ist.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation>PowerChute-Agent „{id}“ ist mit keiner NMC verknüpft: er erhält nie ein Signal zum Herunterfahren.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>PowerChute-Registrierung und Prüfung der Einstellungen</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>Die HTTP-Registrierung wird mit MD5 authentifiziert; HTTPS ist vorzuziehen.</translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation>HTTPS-Registrierung.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation>PowerChute-Weboberfläche (leitet auf TLS an Port 6547 um)</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation>PowerChute-Weboberfläche über TLS</translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation>TLS 1.3, akzeptiert TLS 1.2.</translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation>Unter AIX wird auch TLS 1.1 akzeptiert (veraltet).</translation>
    </message>
</context>
<context>
    <name>catalog:product:clearscada</name>
    <message>
        <source>Schneider Electric ClearSCADA</source>
        <extracomment>Title of the catalog product clearscada</extracomment>
        <translation>Schneider Electric ClearSCADA</translation>
    </message>
</context>
<context>
    <name>catalog:product:pcns</name>
    <message>
        <source>APC PowerChute Network Shutdown and UPS NMC</source>
        <translation>APC PowerChute Network Shutdown und USV-NMC</translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation>Gemeinsame Infrastruktur</translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation>Trend Micro TippingPoint SMS und IPS</translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation>Stratus VOS und STCP</translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation>Redundantes ClearSCADA-System</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation>Active-Directory-Authentifizierung: LDAP, LDAP über SSL, ID-Korrelation</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation>Active-Response-SNMP- und NMS-Aktionen (Traps an den Manager)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation>SNMP-Traps, die Active Response auslösen</translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation>Die Tabelle der Vorlage führt diese Zeile vom SMS-Server zum NMS; ihr Text sagt, dass die Traps vom NMS zu Active Response gehen – diese Richtung wird hier verwendet.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation>Active-Response-URL-Trigger, IP-Korrelation, IP- oder MAC-Abfragen</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation>SMS-Verwaltung des Geräts (HTTPS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation>NTP-Zeitsynchronisierung des Geräts vom SMS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation>SMS-Provisionierung: Remote-Authentifizierung von Gerätebenutzern</translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>Akzeptiert TLS 1.0, 1.1 und 1.2 (1.0 und 1.1 sind veraltet) mit TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 und TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS-Modus: kein Hello im SSLv2-Format, kein SSLv3 oder TLS 1.2 und kein TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 oder TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation>SMS-Verwaltung des Geräts (SNMP)</translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation>Verbindung in beide Richtungen erforderlich.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation>SNMP-Traps vom Gerät an das SMS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation>Externer Datenbankzugriff</translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation>Die From/To-Spalten der Vorlage lauten vom SMS zu einem beliebigen Host; ihr Zweck – externer Zugriff auf die SMS-Datenbank – ergibt die hier verwendete Richtung.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation>SMS-Server „{id}“ läuft im FIPS-Modus: er unterstützt kein Hello im SSLv2-Format, kein SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 oder TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; Clients müssen ohne diese auskommen.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation>Identity Agent: Zuordnung von Benutzer-IDs zu IP-Adressen</translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation>Die To-Spalte der Vorlage lautet „SMS Management“; ihr Dienst, Identity Agent, nennt das hier verwendete Ziel.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation>IP2ID für IDsentrie auf einem A10-Gerät</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation>Transparent-High-Availability-Heartbeat über SSL (alle 60 s)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation>Berichtsexport und Datenbanksicherung über NFS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation>Zeitsynchronisierung von einem externen NTP-Server</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation>SMS-Benutzerauthentifizierung (RADIUS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation>sFlow-Daten vom Gerät</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation>Berichtsexport und Datenbanksicherung über SMB (Samba)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation>SMS-Client: CLI (SSH), Client-Verbindung, Sicherung/Wiederherstellung, Downloads und Webdienste, Wiederherstellung</translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 443, 9033 und 10042 akzeptieren TLS 1.0, 1.1 und 1.2 (1.0 und 1.1 sind veraltet) mit TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 und TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 ist SSH-2 mit aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr und aes256-ctr.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS-Modus: kein Hello im SSLv2-Format, kein SSLv3 oder TLS 1.2 und kein TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 oder TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation>SMS-Hochverfügbarkeit: SSH, Java RMI, Datenbankreplikation, JMS, CLI-Replikation</translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 9033 und 10042 akzeptieren TLS 1.0, 1.1 und 1.2 (1.0 und 1.1 sind veraltet); tcp 22 ist SSH-2 mit aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr und aes256-ctr.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation>E-Mail-Benachrichtigungen und E-Mail-Aktion von Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation>SNMP-Abfragen der SMS-MIBs</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation>RADIUS-Proxy für die Switch-Disconnect-Aktion von Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation>SMS-Audit und Syslog-Aktion von Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation>SMS-Benutzerauthentifizierung (TACACS+)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation>SMS-Server „{id}“ akzeptiert TLS 1.0 und 1.1 auf tcp 443, 9033, 10042 und 10043; beide sind veraltet.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation>Digital-Vaccine- und Software-Updates vom TMC</translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation>443 ist der Standard für neue SMS-Installationen.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation>URL-Bedrohungsanalyse</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation>WhoIs-Abfragen</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation>ClearSCADA-DMZ-Standby-Server (permanent)</translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation>Ein permanenter Standby in der DMZ: empfängt Daten vom Hauptserver und baut nie eine Verbindung zu ihm auf.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Eingehender Serverport</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation>ClearSCADA-Hauptserver</translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation>Der Server, der in einem redundanten ClearSCADA-System Hauptserver ist (Hot Standby, Triple Standby).</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Eingehender Serverport</translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation>Global Parameters &gt; Advanced in der Server Configuration; alle Server eines Systems müssen denselben Port verwenden.</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation>ClearSCADA-Standby-Server (permanent)</translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation>Ein permanenter Standby-Server: bleibt synchron, wird aber nie Hauptserver.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Eingehender Serverport</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation>ClearSCADA-Standby-Server</translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation>Ein Standby-Server: übernimmt als Hauptserver und leitet Steuerbefehle an den Hauptserver weiter.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Eingehender Serverport</translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation>Datenbank-Client</translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation>Ein externes System, das die Datenbank eines Produkts liest.</translation>
    </message>
</context>
<context>
    <name>catalog:type:dd-analyzer</name>
    <message>
        <source>Deep Discovery Analyzer</source>
        <translation>Deep Discovery Analyzer</translation>
    </message>
    <message>
        <source>Trend Micro&apos;s sandbox that analyses URLs and files.</source>
        <translation>Die Sandbox von Trend Micro, die URLs und Dateien analysiert.</translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation>Ein Nameserver.</translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation>Externer Host</translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation>Ein Host, den Active Response per URL erreicht.</translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation>Dateiserver</translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation>Ein NFS-, SMB- oder SFTP-Dateiserver.</translation>
    </message>
</context>
<context>
    <name>catalog:type:identity-agent</name>
    <message>
        <source>TippingPoint Identity Agent</source>
        <translation>TippingPoint Identity Agent</translation>
    </message>
    <message>
        <source>Trend Micro&apos;s agent that collects user logins from the domain controllers; the SMS polls it to correlate users with IP addresses.</source>
        <translation>Der Agent von Trend Micro, der Benutzeranmeldungen von den Domänencontrollern sammelt; das SMS fragt ihn ab, um Benutzer IP-Adressen zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation>IP2ID-Server (A10 IDsentrie)</translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation>Ein Gerät von A10 Networks mit IDsentrie, das für das SMS IP-Adressen Benutzeridentitäten zuordnet.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ips</name>
    <message>
        <source>TippingPoint IPS / TPS / NGFW</source>
        <translation>TippingPoint IPS / TPS / NGFW</translation>
    </message>
    <message>
        <source>A TippingPoint intrusion prevention device managed by the SMS.</source>
        <translation>Ein vom SMS verwaltetes TippingPoint-Gerät zur Intrusion Prevention.</translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation>Zeit vom SMS (NTP)</translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation>Das Gerät bezieht seine Zeit per NTP vom SMS.</translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation>Remote-Authentifizierung</translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation>Das Gerät authentifiziert Benutzer über das SMS (SMS-Provisionierung, tcp 10043).</translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation>Active-Directory-Server (LDAP)</translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation>Ein Active-Directory-Domänencontroller.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation>Ein SMTP-Relay.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation>MQSeries-Server</translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation>Ein IBM MQ Queue Manager.</translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation>Netzwerk-Switch</translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation>Ein Switch, dessen Ports Active Response trennen kann (RADIUS).</translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation>Stratus-NIO-Blade</translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation>Ein Netzwerk-I/O-Blade der V-Serie, das X.25 für sein Modul übernimmt.</translation>
    </message>
</context>
<context>
    <name>catalog:type:nmc</name>
    <message>
        <source>UPS Network Management Card</source>
        <translation>USV-Network-Management-Card</translation>
    </message>
    <message>
        <source>The network card of an APC UPS. It tells registered PowerChute agents when to shut their hosts down.</source>
        <translation>Die Netzwerkkarte einer APC-USV. Sie teilt registrierten PowerChute-Agenten mit, wann sie ihre Hosts herunterfahren sollen.</translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation>Registrierungsprotokoll</translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation>Wie sich PowerChute-Agenten bei der Karte registrieren. Neuere NMC-Firmware verwendet standardmäßig HTTPS.</translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation>Registrierungsport</translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation>80 für HTTP oder 443 für HTTPS; jeder andere Port muss zwischen 5000 und 32768 liegen.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation>Eine Zeitquelle im Netzwerk.</translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation>PowerChute-Network-Shutdown-Agent</translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation>PowerChute Network Shutdown 4.x/5.x: fährt einen Server geordnet herunter, wenn seine USV ein Stromereignis meldet.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation>Unter AIX akzeptiert die Weboberfläche auch TLS 1.1.</translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation>RADIUS-Server</translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation>Ein RADIUS-Authentifizierungsserver.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation>sFlow-Collector</translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation>Ein Server, der sFlow-Samples sammelt.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation>TippingPoint-SMS-Client</translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation>Ein Administrator-PC mit SMS-Client und Browser.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation>TippingPoint-SMS-Server</translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation>Der Server des Security Management System, der Geräte vom Typ TippingPoint IPS, TPS und NGFW verwaltet.</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>FIPS-Modus</translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation>Im FIPS-Modus verzichtet das SMS auf Hello im SSLv2-Format, SSLv3, TLS 1.2 und zwei ECDHE-Cipher.</translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation>SNMP-Manager</translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation>Eine Netzwerkmanagementstation, die SNMP-Agenten abfragt und Traps empfängt.</translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation>Syslog-Server</translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation>Ein Syslog-Collector.</translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation>TACACS+-Server</translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation>Ein TACACS+-Authentifizierungsserver.</translation>
    </message>
</context>
<context>
    <name>catalog:type:tmc</name>
    <message>
        <source>TippingPoint Threat Management Center</source>
        <translation>TippingPoint Threat Management Center</translation>
    </message>
    <message>
        <source>Trend Micro&apos;s update service on the internet: Digital Vaccine and software updates.</source>
        <translation>Der Update-Dienst von Trend Micro im Internet: Digital-Vaccine- und Software-Updates.</translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation>Stratus-VOS-Modul</translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation>Ein Stratus-VOS-Modul (V-Serie oder Continuum) mit STCP.</translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation>VOS-System</translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation>Das VOS-System, zu dem das Modul gehört; Module eines Systems kommunizieren über Open StrataLink. Standardmäßig der eigene Name des Moduls.</translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation>Bridge-Modul</translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation>Das eine Modul je System, das über Open StrataNet mit den Bridges anderer Systeme kommuniziert.</translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation>max_open_server</translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation>Aus new_modules.tin (OSL-Ports 3000 bis 3000 + 2 x dieser Wert) und new_backbone_systems.tin (OSN-Ports 4000 bis 4000 + dieser Wert).</translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation>VOS-Release</translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation>Etwa 14.7, 15.1, 15.1.0ar oder 16.1: bestimmt, welche Dienste es gibt und welche dynamischen Portbereiche gelten.</translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation>SSH (tcp 22)</translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation>sshd; Release 14.7 oder ab 15.1 (nicht 15.0).</translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation>Telnet (tcp 23)</translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation>telnetd, mit STCP gestartet.</translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation>telnet_msd (tcp 24)</translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation>Der vterm-Telnet-Daemon; standardmäßig nicht gestartet.</translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation>FTP (tcp 21)</translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation>Der STCP-FTP-Server, mit STCP gestartet.</translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation>HTTP (tcp 80)</translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation>Apache-Webserver.</translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation>HTTPS (tcp 443)</translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation>Apache-Webserver mit SSL; ab Release 15.2.</translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation>Samba (udp 137, 138; tcp 139, 445)</translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation>Samba-Dateifreigabe; tcp 445 ab Release 15.1.</translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation>SWAT (tcp 901)</translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation>Web-Werkzeug zur Samba-Konfiguration.</translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation>NFS (udp 2049)</translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation>NFS-Server; Releases bis 15.x.</translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation>IPsec IKE (udp 500, 4500)</translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation>iked; ab Release 16.1.</translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation>SNMP-Agent (udp 161)</translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation>Der STCP-SNMP-Agent.</translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation>NTP (udp 123)</translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation>ntpd; ab Release 15.1.</translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation>Tiny Services (7, 9, 13, 19, 37)</translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation>echo, discard, daytime, chargen und time, von inetd gestartet.</translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation>WhoIs-Server</translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation>Ein regionaler WhoIs-Dienst wie whois.arin.net.</translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatzrechner</translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation>Ein Bediener- oder Administrator-PC mit Browser.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.bootp</name>
    <message>
        <source>bootp</source>
        <translation>bootp</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.rsn</name>
    <message>
        <source>RSN slave port (rsn_incoming)</source>
        <translation>RSN-Slave-Port (rsn_incoming)</translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation>Nie aus einem Unternehmens- oder Produktionsintranet oder dem Internet.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.sync-configd</name>
    <message>
        <source>sync_configd</source>
        <translation>sync_configd</translation>
    </message>
    <message>
        <source>NIO requests come over the private network.</source>
        <translation>NIO-Anfragen kommen über das private Netzwerk.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tftp</name>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>Only an NIO needs TFTP.</source>
        <translation>Nur ein NIO braucht TFTP.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation>Tiny Services (echo, discard, daytime, chargen, time)</translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation>Risiko eines Denial of Service.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation>Abfragen von Domänennamen</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation>FTP-Steuerverbindung</translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation>FTP sendet Passwörter im Klartext; SFTP ist vorzuziehen.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation>FTP-Daten im Active Mode</translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation>Daten im Active Mode von Quellport 20 zu dem Port, den der Client nennt; der FTP-Helper einer zustandsbehafteten Firewall macht diese Zeile überflüssig.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation>Apache-Webserver</translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation>Apache-Webserver über SSL</translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation>MQSeries-Client</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation>sync_configd-Anfragen vom NIO</translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation>Normalerweise über das private Netzwerk zwischen dem NIO und seinem Modul.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation>TFTP-Boot des NIO</translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation>Konfigurieren Sie tcpd so, dass nur das NIO TFTP nutzen darf.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation>Zeitdienst für die Zeitstempel der NIO-Protokolle</translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation>Die Module „{a.id}“ (System {a.system}) und „{b.id}“ (System {b.system}) gehören zu verschiedenen Systemen, und Systeme kommunizieren nur von Bridge zu Bridge: es wird keine Verbindung abgeleitet.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation>Netzwerkzeit (ntpd)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation>Open StrataLink zwischen Modulen eines Systems</translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation>Ports 3000 bis 3000 + 2 x max_open_server des Ziels.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation>Open StrataNet zwischen Bridge-Modulen zweier Systeme</translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation>Ports 4000 bis 4000 + max_open_server des Ziels.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation>RADIUS-Authentifizierung (radius_auth_server)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das keinen HTTPS-Webserver hat; schalten Sie https aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das kein IPsec hat; schalten Sie ipsec aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das keinen NFS-Server hat; schalten Sie nfs aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das keinen NTP-Daemon hat; schalten Sie ntp aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das kein Samba hat; schalten Sie samba aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das kein SSH hat; schalten Sie ssh aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation>VOS-Modul „{id}“ läuft mit Release {release}, das kein SWAT hat; schalten Sie swat aus oder ändern Sie das Release.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation>Samba (CIFS) über TCP</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation>Samba-NetBIOS-Namens- und Datagrammdienst</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation>Samba-NetBIOS-Sitzungsdienst</translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation>sftp- und scp-Clients</translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation>SNMP-Abfragen der MIB II</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation>SSH-Anmeldung, Slave-Sitzungen und sichere Dateiübertragung</translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation>SWAT-Samba-Konfiguration</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet</name>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet sendet Passwörter im Klartext; SSH ist vorzuziehen.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation>VOS-Modul „{id}“ akzeptiert Telnet, das Passwörter im Klartext sendet; SSH ist vorzuziehen.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation>Telnet auf vterm-Geräten (telnet_msd)</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet sendet Passwörter im Klartext; SSH ist vorzuziehen.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation>X.25 über TCP (x25_cpc)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation>Plant die Firewall-Verbindungen industrieller Netzwerke.</translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation>Der zu öffnende Entwurf.</translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation>Die Sprache der Oberfläche für diesen Start, etwa de, fr, ja, ko oder zh_TW (en für Englisch); standardmäßig die in den Einstellungen gewählte, sonst die des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation>%1 ist keine Portolan-Projektdatei: sie ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation>%1 ist keine Portolan-Projektdatei: sie ist keine SQLite-Datenbank (sie ist vielleicht verschlüsselt oder hat ein anderes Format).</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation>%1 ist keine Portolan-Projektdatei: sie ist eine SQLite-Datenbank einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation>die Datei ist kürzer, als ihr Header angibt; sie wurde wahrscheinlich abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation>%1 wurde von einer neueren Portolan-Version gespeichert (Projektformat %2; diese Version liest Formate bis %3). Die Datei bleibt unverändert; bitte öffnen Sie sie mit einem neueren Portolan.</translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation>sie verzeichnet keine Version des Projektformats.</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>die Integritätsprüfung meldet: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 kann nicht geschrieben werden: die fertige Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: Revision %2: %3</translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation>Das Speichern nach %1 wurde abgebrochen. Es wurde nichts in die Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 und %2 verknüpfen</translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>Zone %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation>Alles anordnen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation>Jede Zone und jeder Host wird angeordnet…</translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation>Die Zonen und Hosts ohne Platz werden angeordnet…</translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation>Entwurf angeordnet; „Rückgängig“ setzt jede Zone und jeden Host zurück.</translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation>Nichts anzuordnen: jede Zone und jeder Host hat bereits einen Platz.</translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation>Das Anordnen wurde abgebrochen; nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation>Der Entwurf wurde während des Anordnens geändert; nichts wurde verschoben. Ordnen Sie ihn erneut an.</translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation>Eine alte Revision wird angezeigt: sie kann nicht angeordnet werden.</translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation>Der Vorgang konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation>Katalogbrowser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation>Hosttypen, Verknüpfungen, Regeln, Sperren und Befunde durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation>%1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Host type</source>
        <translation>Hosttyp</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation>Verknüpfung %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>Redundantes System aus %n Hosttyp</numerusform>
            <numerusform>Redundantes System aus %n Hosttypen</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation>zwischen Mitgliedern von %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation>empfohlen für jeden Host vom Typ %1</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation>entfernt (Schattenbild)</translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation>Alles andere wird abgeblendet.</translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation>Änderungsbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation>Den Änderungsbericht als PDF schreiben: die Entwurfsänderungen und was jede bewirkt</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>&amp;Abnahme…</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>Vergleichsmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation>Zurück zur Bearbeitung des Entwurfs (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>%n Entwurfsänderung.</numerusform>
            <numerusform>%n Entwurfsänderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation>Verbindungen: %1 hinzugefügt, %2 entfernt, %3 geändert. Befunde: %4 hinzugefügt, %5 entfernt. Firewall-Regeln: %6 hinzugefügt, %7 entfernt in %8 Zonenpaar(en).</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 %3 %4 · %5 [%6]</source>
        <translation>%1 → %2 %3 %4 · %5 [%6]</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>%1 entfernt: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>%n geänderte Verbindung</numerusform>
            <numerusform>%n geänderte Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>%n geänderter Befund</numerusform>
            <numerusform>%n geänderte Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation>Änderungen, die keine Entwurfsänderung erklärt</translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>%n Element kopiert.</numerusform>
            <numerusform>%n Elemente kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>%n Element eingefügt.</numerusform>
            <numerusform>%n Elemente eingefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation>Der Entwurf wurde geändert: der Vergleichsmodus wurde beendet.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Mit Revision vergleichen</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation>Revision %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>Revision %1 von %2</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Vergleich von %1 mit %2</translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>Vergleichsmodus: %n Entwurfsänderung. Drücken Sie Esc, um ihn zu verlassen.</numerusform>
            <numerusform>Vergleichsmodus: %n Entwurfsänderungen. Drücken Sie Esc, um ihn zu verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1 (mit nicht gespeicherten Änderungen)</translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation>Abnahmen werden zwischen zwei Revisionen eines Projekts erfasst.</translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation>Speichern Sie zuerst den Entwurf: eine Abnahme bezieht sich auf eine gespeicherte Revision.</translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation>Die Revision wird mit sich selbst verglichen.</translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation>Revision %1 gegenüber Revision %2 genehmigen oder ablehnen, mit einem Kommentar.</translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation>%1 (entfernte Zone)</translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation>Es wird nichts verglichen.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation>Eine Abnahme wird für eine gespeicherte Revision gegenüber einer anderen Revision desselben Projekts erfasst.</translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Entwürfe (*.portolan *.json);;Portolan-Projekte (*.portolan);;Entwurfs-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>Änderungsbericht exportieren</translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation>%1 Änderungen.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation>Änderungsbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation>Erfasst: %1 genehmigt Revision %2 gegenüber Revision %3.</translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation>Erfasst: %1 lehnt Revision %2 gegenüber Revision %3 ab.</translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation>Benutzerdefinierte Verbindung %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>&amp;Benutzerdefinierte Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation>Benutzerdefinierte Verbindung bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation>Benutzerdefinierte Verbindung en&amp;tfernen</translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation>Eine Verbindung hinzufügen, die der Katalog nicht kennt, mit der Begründung, warum sie nötig ist; die ausgewählten Hosts sind ihre Quelle und ihr Ziel</translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation>Die benutzerdefinierte Verbindung der gewählten Matrixzeile bearbeiten</translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation>Die benutzerdefinierte Verbindung der gewählten Matrixzeile entfernen</translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation>Benutzerdefinierte Verbindung</translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation>Die benutzerdefinierte Verbindung kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation>Benutzerdefinierte Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation>Benutzerdefinierte Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation>443 oder 3000-3032</translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation>Wofür sie dient, etwa NMC-Webadministration</translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation>Warum sie nötig ist, etwa CR-2031: Firmware-Updates der USV</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation>Eine benutzerdefinierte Verbindung wird wie eine Verbindung des Katalogs abgeleitet und exportiert, als benutzerdefiniert gekennzeichnet. Ein Sperreintrag oder eine Einwegregel des Katalogs verbietet sie weiterhin.</translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation>Eine benutzerdefinierte Verbindung verbindet zwei Hosts: Fügen Sie dem Entwurf zuerst Hosts hinzu.</translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation>Wählen Sie ein anderes Ziel als die Quelle.</translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation>Geben Sie die Begründung an, warum die Verbindung nötig ist (ein Änderungsantrag, ein Wartungsvertrag).</translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>Der Katalog gibt diesem Paar keine Bedeutung.</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation>Größe der Zone %1 ändern</translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation>%1 (benutzerdefiniert: %2)</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation>%1: eine alte Revision wird schreibgeschützt angezeigt und kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 und %2 sind bereits verknüpft.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation>%1 kann nicht mit %2 verknüpft werden: der Katalog gibt dem Paar keine Bedeutung.</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation>%1 und %2 verknüpft: %3</translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation>Neue Zone %1</translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation>Benutzerdefinierte Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation>Es gibt keine benutzerdefinierte Verbindung „%1“.</translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation>Benutzerdefinierte Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation>Benutzerdefinierte Verbindung %1 entfernen</translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation>Eine alte Revision wird schreibgeschützt angezeigt.</translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation>Ziehen Sie ein Rechteck auf der Zeichenfläche auf, um eine Zone zu zeichnen; Esc bricht ab.</translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation>Eine Zone braucht mindestens %1 × %1 Einheiten: Ziehen Sie ein größeres Rechteck auf.</translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation>%1 (großer Schritt)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation>Zoomen und scrollen, sodass die ausgewählten Hosts und Zonen die Ansicht füllen</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>A&amp;usrichten</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>Vertikal &amp;mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>Hier &amp;einfügen</translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation>Hier &amp;Zone hinzufügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation>&amp;Verbindungen auswählen</translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation>&amp;Verbindungen der Verknüpfung auswählen</translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation>Dorthin &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation>Zugehörige Hosts &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation>Auf zugehörige Hosts &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation>&amp;Eigenschaften der Quelle</translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>&amp;Benutzerdefinierte Verbindung hinzufügen…</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation>Dieses Format hat keine Optionen.</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation>&amp;Platzhalteradressen für Hosts ohne Adresse</translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation>Verbindungen &amp;innerhalb einer Zone einbeziehen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation>Manche Tabellenkalkulationen lesen UTF-8 nur, wenn die Datei mit dieser Markierung beginnt.</translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation>Hosts ohne Adresse erhalten eine Dokumentationsadresse (192.0.2.x), die zum Ausfüllen markiert ist, statt den Export abzubrechen.</translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation>Verbindungen zwischen Hosts derselben Zone passieren keine Firewall; sie werden weggelassen, sofern dies nicht eingeschaltet ist.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>For the title block, such as C-7</source>
        <translation>Für das Schriftfeld, etwa C-7</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>Ihr Name oder Team</translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation> px pro Einheit</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation>Pixel pro Einheit der Zeichenfläche; 2 eignet sich für hochauflösende Bildschirme und den Druck.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>design</source>
        <translation>entwurf</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>Wählen Sie ein Format.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>Vorschau von %n Host wird erstellt…</numerusform>
            <numerusform>Vorschau von %n Hosts wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation>Das Diagrammbild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation>Der Export konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation>Dieses Format hat keine Vorschau. Die Datei wird %1 enthalten.</translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation>%1

Schalten Sie Platzhalteradressen ein oder geben Sie diesen Hosts in ihren Eigenschaften eine Adresse.</translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation>&amp;Platzhalteradressen verwenden</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Dieser Export ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>Der Export nach %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n Zeile, %1.</numerusform>
            <numerusform>%n Zeilen, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… %n weitere Zeile hier nicht angezeigt; die Datei enthält alle.</numerusform>
            <numerusform>… %n weitere Zeilen hier nicht angezeigt; die Datei enthält alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation>Beginnt mit einer UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 Pixel.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation>US Letter, Querformat.</translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation>A4, Querformat.</translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>Der Entwurf „%1“ hat nicht gespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation>Neuer Entwurf: Ziehen Sie Hosttypen aus der Palette auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Portolan-Projekte (*.portolan);;Entwurfs-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation>Dies ist ein Beispielentwurf. Wählen Sie einen Host, um seine Verbindungen zu sehen; ziehen Sie Hosttypen aus der Palette, um Ihren eigenen Entwurf zu planen.</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>Mit Kommentar speichern</translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation>Was hat sich in dieser Revision geändert?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan-Projekte (*.portolan)</translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation>%1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation>Revision %1 von %2 gespeichert.</translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation>Entwurfs-JSON importieren</translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation>Entwurfs-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation>%1 importiert: Speichern Sie den Entwurf, um ihn als Projekt zu behalten.</translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation>Entwurfs-JSON exportieren</translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation>Entwurfs-JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation>Entwurf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation>Revision %1 von %2 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation>Revision %1 von %2 wird schreibgeschützt angezeigt. Stellen Sie sie im Dialog „Revisionen“ wieder her, um von ihr aus weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation>Revision %1 von %2 kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation>Revision %1 als Revision %2 von %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>ein unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation>Portolan wurde nicht normal beendet. Eine automatische Sicherung von %1 (Stand: %2) enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation>„Wiederherstellen“ öffnet die Änderungen, damit Sie sie speichern können. „Verwerfen“ löscht die Sicherung. „Später“ behält sie und fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation>Die automatische Sicherung %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation>Nicht gespeicherte Änderungen von %1 wiederhergestellt: Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation>Eine alte Revision wird schreibgeschützt angezeigt und kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation>Das Speichern wurde abgebrochen: %1 ist unverändert.</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation>%1
(Regel %2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation>Verbindungen filtern (Host, Dienst, Port, Quellenangabe…)</translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation>Nur Verbindungen von einer Zone in eine andere anzeigen</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation>Die Verbindungen aller Hosts anzeigen</translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation>Alle Zonenpaare</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 von %2 Verbindungen</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation>keine Zone</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation>Beliebig → %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation>Empfohlene Sperre: Verkehr, den das Produkt nicht empfangen sollte.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation>Zulassen (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation>Benutzerdefinierte Verbindung, von den Planern hinzugefügt (%1).</translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>%n Host importieren</numerusform>
            <numerusform>%n Hosts importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation>Hosts aus CSV importieren</translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation>Inventar&amp;datei:</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation>Eine CSV-Datei mit den Spalten name, type, address und optional zone und id</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation>Wählen Sie ein Inventar, um zu sehen, was es dem Entwurf hinzufügt.</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation>Host-Inventare (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden (hervorgehoben, mit Begründung). Korrigieren Sie sie in der Datei und laden Sie diese neu: solange eine Zeile fehlerhaft ist, wird nichts importiert.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden (hervorgehoben, mit Begründung). Korrigieren Sie sie in der Datei und laden Sie diese neu: solange eine Zeile fehlerhaft ist, wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation>Die Hosts können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation>Das Inventar enthält keine Hosts.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation>Eine alte Revision wird schreibgeschützt angezeigt; kehren Sie zur neuesten Revision zurück, um zu importieren.</translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation>Hinzuzufügende Hosts: %1. Neue Zonen: %2. „Importieren“ fügt sie in einem Schritt hinzu, den „Rückgängig“ zurücknimmt.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>%n Host aus %1 importiert.</numerusform>
            <numerusform>%n Hosts aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation>Der Host wird in keiner Zone liegen.</translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation>%1 (neue Zone)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation>Ziehen Sie einen Hosttyp aus der Palette auf die Zeichenfläche, um zu beginnen.</translation>
    </message>
    <message>
        <source>Host types</source>
        <translation>Hosttypen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;geöffneter Entwurf&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>Kommunikationsmatrix</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation>Mit &amp;Kommentar speichern…</translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation>Eine neue Revision speichern und beschreiben, was sich geändert hat</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Revisionen…</translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation>Die gespeicherten Revisionen des Projekts auflisten, eine alte öffnen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation>&amp;Zurück zur neuesten Revision</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation>Eine Entwurfs-JSON-Datei als neuen, nicht gespeicherten Entwurf lesen</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation>Den Entwurf als Entwurfs-JSON schreiben</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation>Kommunikationsmatrix, Regelwerk, Bericht oder Diagramm schreiben, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation>Host &amp;suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>&amp;Verbindungen anzeigen</translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation>Die abgeleiteten Verbindungen als Pfeile von der Quelle zum Ziel zeichnen</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Auswählen und verschieben</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>Verknüpfungen &amp;zeichnen</translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation>Verknüpfungen zeichnen: von einem Host zu einem anderen ziehen (L)</translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation>Hosts und Zonen auswählen und verschieben (S)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>Zone &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>&amp;Über Portolan</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plant die Firewall-Verbindungen industrieller Netzwerke: Hosts in Zonen platzieren, die miteinander kommunizierenden verknüpfen und jede Verbindung ablesen, die die Herstellerdokumente verlangen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation>Host suchen (%1)</translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation>Kein Host passt zu „%1“.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation>Portolan — %1 (Revision %2, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation>Portolan — %1[*]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation>Verbindungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>Verbindungen von %n ausgewähltem Host</numerusform>
            <numerusform>Verbindungen von %n ausgewählten Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (fehlt)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation>Zone hinzugefügt: Benennen Sie sie und geben Sie ihre Subnetze in den Eigenschaften an.</translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation>Von diesem Rechner aus &amp;prüfen…</translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation>Das laufende Netzwerk von diesem Rechner aus prüfen, stellvertretend für einen Host des Entwurfs</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation>Mit Re&amp;vision vergleichen…</translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation>Zeigen, was sich am Entwurf seit einer Revision geändert hat: Markierungen auf der Zeichenfläche und die Verbindungen und Befunde, die jede Änderung bewirkt</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>Mit &amp;Datei vergleichen…</translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation>Zeigen, was der Entwurf gegenüber einer anderen Entwurfsdatei ändert</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Vergleichsmodus verlassen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation>Autor der Revisionen, Intervall der automatischen Sicherung, Sprache und Seitenformat des Berichts festlegen</translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation>Ä&amp;nderungsantrag prüfen…</translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation>Jeder Zeile eines Änderungsantrags oder des Regelwerks einer Firewall ihre Bewertung gegenüber dem Entwurf geben</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation>Verlassen Sie zuerst den Prüfmodus.</translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation>&amp;Hosts aus CSV importieren…</translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation>Die Hosts eines Inventars (CSV) dem Entwurf hinzufügen, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation>Jeder Zone und jedem Host ohne Platz einen Platz geben; bereits gesetzte Plätze bleiben erhalten</translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation>A&amp;lles anordnen</translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation>Jede Zone und jeden Host neu platzieren: Zonen nebeneinander, Hosts in einem Raster in ihrer Zone</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>Zone z&amp;eichnen</translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation>Zone zeichnen: ein Rechteck auf der Zeichenfläche aufziehen (Z)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation>Alle Aktionen des Fensters mit ihren Tastenkombinationen auflisten</translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation>&amp;Katalogbrowser</translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation>Alle Hosttypen, Verknüpfungen, Verbindungen, Sperren und Befunde des Katalogs mit ihrer Quellenangabe durchsuchen</translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation>%1 in eine andere Zone verschieben</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation>Hosttypen filtern</translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation>Ihr Name, wie ihn Projektrevisionen erfassen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>Automatisch &amp;sichern alle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation>Eine neue Sprache gilt, sobald Portolan neu gestartet wird.</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>Seiten&amp;format des Berichts:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation>Von diesem Rechner aus prüfen</translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation>Baut von diesem Rechner aus die Verbindungen des Hosts auf, den er vertritt: jede zugelassene tcp-Verbindung sollte sich öffnen, kein Sperreintrag in eine andere Zone. Es werden nur Adressen des Entwurfs angesprochen.</translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation>%1 (%2), keine Adresse</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation>%1: dieser Rechner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation>Stellvertretend &amp;für:</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>Dieser Rechner:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation>Wie lange ein Verbindungsversuch auf eine Antwort warten darf, bevor er als gefiltert gilt</translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation>Höchstzahl gleichzeitig laufender Verbindungen</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation>Höchstzahl pro Sekunde begonnener Verbindungen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Gleichzeitige Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation>Der Entwurf hat keinen Host.</translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation>%1 Verbindungsversuche zu %2 Adressen des Entwurfs; %3 Zeilen ohne Verbindungsversuch aufgeführt (udp, icmp, keine Adresse).</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>%1 Hosts heißen „%2“; geben Sie eine ihrer IDs an: %3.</translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation>Der Entwurf hat keinen Host mit der ID oder dem Namen „%1“.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>durchgelassen</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>unerwartet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation>%1 (eine Stichprobe des Bereichs)</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: Abweichung</translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation>%1: durchgelassen, kein Dienst lauscht</translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation>%1: wie geplant</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>Prüfergebnis</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation>Nichts zu verbinden: %1 hat keine zugelassene tcp-Verbindung und fällt unter keinen tcp-Sperreintrag eines Hosts mit Adresse.</translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation>Ein anderer Entwurf wurde geöffnet: die Prüfung wurde beendet.</translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation>Der Entwurf wurde geändert: die Prüfung wurde beendet.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 mit nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation>Von diesem Rechner (%1) stellvertretend für %2 (%3, %4): %5 Verbindungsversuche, höchstens %6 gleichzeitig und %7 pro Sekunde, Zeitlimit %8 ms.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>keine Adresse im Entwurf</translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation>Prüfung schließen</translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation>Die Ergebnisse wurden nicht als Bericht gespeichert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation>Prüfung von %1 aus</translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation>Prüfung von diesem Rechner aus als %1…</translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation>Prüfung abgebrochen: was nicht beantwortet wurde, ist als nicht geprüft aufgeführt.</translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation>Inbetriebnahmebericht speichern</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;CSV, eine Zeile je Ergebnis (*.csv)</translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation>Inbetriebnahmebericht als %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>Prüfung fertig: %n Abweichung vom Entwurf.</numerusform>
            <numerusform>Prüfung fertig: %n Abweichungen vom Entwurf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation>Prüfung fertig: das Netzwerk ist wie geplant.</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>portolan::ProbePanel</name>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation>Jetzt anhalten: laufende Verbindungsversuche werden verworfen, der Rest wird als nicht geprüft aufgeführt</translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation>Die Ergebnisse als Inbetriebnahmebericht speichern: PDF oder CSV</translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation>Die Prüfung verlassen: Zeichenfläche und Matrix zeigen wieder den Entwurf</translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation>%1 von %2 Verbindungsversuchen</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation>Fertig: das Netzwerk weicht vom Entwurf ab.</translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation>Fertig: das Netzwerk ist wie geplant.</translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation>%1 Wie geplant: %2. Durchgelassen, kein Dienst lauscht: %3. Abweichungen: %4. Nicht geprüft: %5.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation>verbunden in %1 ms</translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation>abgewiesen (TCP-Reset) in %1 ms</translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation>%1 (ein ICMP-Unreachable: eine Firewall, die abweist, oder keine Route)</translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation>Dieser Rechner konnte es nicht versuchen: %1.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation>Dieser Rechner konnte nicht von %1 aus senden: %2.</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor der Versuch stattfand.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation>Das Zeitlimit muss 50 bis 60000 Millisekunden betragen; %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation>Die Parallelität muss 1 bis 256 Verbindungen betragen; %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation>Die Rate muss 1 bis 1000 Verbindungen pro Sekunde betragen; %1 liegt außerhalb.</translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation>der Qt-SQLite-Treiber gibt keinen Zugriff auf die Sicherheitseinstellungen von SQLite</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite hat eine Sicherheitseinstellung abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Element ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Elemente ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Entwurf&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Wählen Sie einen Host, eine Zone oder eine Verknüpfung, um sie zu bearbeiten.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation>Release, etwa 15.2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts einer Zone teilen eine Firewall-Grenze mit jeder anderen Zone.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation>192.168.10.0/24, 10.1.0.0/16</translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation>Die Subnetze der Zone, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>Subnetze:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Hosts:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation>&lt;b&gt;Verknüpfung&lt;/b&gt;&lt;br&gt;%1 — %2</translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>Der Katalog gibt diesem Paar keine Bedeutung.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation>Ergibt:</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation>%1 liegt außerhalb der Subnetze der Zone %2 (%3).</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation>Adresse von %1 ändern</translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation>%1 in Zone %2 verschieben</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Zone %1 umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation>„%1“ ist kein Subnetz wie 192.168.10.0/24.</translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation>Subnetze der Zone %1 ändern</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation>Hinweise von %1 ändern</translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation>%1 kann nicht geöffnet werden: kein Platz für eine temporäre Kopie, um ihr Format zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation>%1 ist keine gültige Projektdatei: %2</translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation>%1 wurde nach %2 Sekunden Lesen aufgegeben: die Datei ist sehr groß, beschädigt oder darauf angelegt, Portolan aufzuhalten.</translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation>Entwurf umbenennen</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation>Änderungsantrag prüfen</translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation>Änderungsanträge und Regelwerke (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>Prüfung von %1 (%2): %n Zeile.</numerusform>
            <numerusform>Prüfung von %1 (%2): %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation>Die Prüfung wurde beendet: %1</translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation>Die Prüfung ist geschlossen; der Entwurf kann wieder bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation>%1 %2 -&gt; %3, %4 %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation>Verbindungen des Entwurfs, die sie erfasst</translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation>Verbindungen des Entwurfs, die sie sperrt</translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation>Vom Entwurf verboten</translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation>Überschuss: %1 Tupel, die der Entwurf nicht braucht</translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation>Nur die ersten %1 Pfeile werden gezeichnet.</translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation>Fehlende Verbindungen: %1</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>Jede Verbindung des Entwurfs, die die erfassten Zonen überquert, ist zugelassen.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation>Verbindungen des Entwurfs, die keine Regel zulässt:</translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation>%1 (eine alte Revision)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 mit nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation>%1: Wählen Sie einen Dateinamen mit der Endung .pdf, .csv oder .json.</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-Prüfung</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF-Bericht zum Unterschreiben (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>Prüfung nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation>Fehlende Verbindungen</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>Prüfung schließen</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anträge filtern</translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation>Die Verbindungen des Entwurfs, die keine Regel zulässt</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation>Die Prüfung als PDF-Bericht zum Unterschreiben schreiben, oder als CSV oder JSON</translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation>Die Prüfung verlassen und den Entwurf wieder bearbeiten (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeile: </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>; %n fehlende Verbindung</numerusform>
            <numerusform>; %n fehlende Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation>Fehlende Verbindungen (%1)</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation>sie hat keine Revision %1</translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation>sie enthält keine Revision</translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation>Revision %1 sollte %2 Zonen, %3 Hosts und %4 Verknüpfungen enthalten, enthält aber %5, %6 und %7</translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation>Revision %1 enthält Zone „%2“ doppelt</translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation>Revision %1 enthält Host „%2“ doppelt</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation>Die Revisionen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation>Als neue Revision &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation>Revision %1 von %2 wiederherstellen? Ihr Entwurf wird zu einer neuen Revision; die Revisionen danach bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Mit Revision vergleichen</translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation>Vergleichen Sie den Entwurf in seinem jetzigen Stand mit einer Revision von %1: Die Zeichenfläche markiert, was sich geändert hat, und das Dock „Änderungen“ führt auf, was jede Änderung an den Verbindungen und Befunden bewirkt.</translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation>Jedes Speichern von %1 wird als Revision aufbewahrt. Öffnen Sie eine alte, um sie anzusehen, oder stellen Sie sie wieder her, um von ihr aus weiterzuarbeiten: Das Wiederherstellen fügt eine neue Revision hinzu und behält den Verlauf. „Abnahme“ erfasst die Entscheidung eines Prüfers zu einer Revision.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Abnahme…</translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation>Die ausgewählte Revision gegenüber der vorherigen genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abnahme</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation>Stellt Revision %1 wieder her</translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation>%1 (stellt Revision %2 wieder her)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation>Genehmigt von %1 (gegenüber %2)</translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation>Abgelehnt von %1 (gegenüber %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1, %n frühere Entscheidung</numerusform>
            <numerusform>%1, %n frühere Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Abnahme</translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation>Spalte „%1“ von Zeile %2 in Tabelle „%3“ enthält einen ungültigen Wert</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation>Ihre Entscheidung zu Revision %1 von %2, geprüft gegenüber Revision %3. Sie wird mit Ihrem Namen und dem Zeitpunkt in der Projektdatei gespeichert und im Änderungsbericht gedruckt.</translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation>Wird als Ihr Name für die Revisionen verwendet, die Sie speichern, und für die Änderungen, die Sie abnehmen</translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation>Was Sie geprüft haben, Auflagen, oder warum die Änderung abgelehnt wird</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung &amp;erfassen</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Geben Sie Ihren Namen an.</translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation>Sagen Sie, warum die Änderung abgelehnt wird.</translation>
    </message>
</context>
</TS>
