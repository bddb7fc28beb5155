<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AsaExport</name>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation>! Une liste d&apos;accès par zone source, nommée &lt;zone&gt;_in, pour l&apos;interface d&apos;entrée de cette zone, avec</translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation>! ses autorisations. Les lignes de blocage vers chaque zone sont écrites une seule fois, dans la liste globale %1, que le</translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation>! pare-feu lit après les listes d&apos;interface&#xa0;: un flux autorisé plus haut n&apos;atteint jamais son blocage, et</translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation>! la liste globale se termine par le refus final. Les lignes access-group à la fin sont en commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation>! vérifiez les noms d&apos;interface avant de les activer, et activez la liste globale avec elles.</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>ESPACE RÉSERVÉ&#xa0;: indiquez l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation>=== %1 -&gt; %2 ===</translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation>Trafic entrant depuis %1</translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation>Sous-réseaux de la zone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation>Tout le reste passe à la liste globale %1</translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation>Blocages vers chaque zone depuis l&apos;extérieur, puis refus final</translation>
    </message>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation>=== Blocages vers %1 depuis l&apos;extérieur de la zone ===</translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation>Exceptions autorisées plus haut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation>Tout le reste est refusé</translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation>Listes d&apos;accès Cisco ASA</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation>doit être un numéro de version tel que «&#xa0;15.1&#xa0;» ou «&#xa0;14.5.0at&#xa0;»</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de catalogue&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation>un type nécessite un id et un nom</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation>le type «&#xa0;%1&#xa0;» est défini deux fois</translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation>un paramètre nécessite un nom et un genre (bool, int, choice, text, release)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>valeur par défaut %1</translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>appelle %1()&#xa0;; une valeur par défaut ne lit que les champs de l&apos;hôte et les paramètres déclarés avant elle</translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation>un flux nécessite un id de règle et un service</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation>la règle «&#xa0;%1&#xa0;» doit citer sa source sous la forme «&#xa0;file.txt: table&#xa0;»</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>protocole inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation>la règle «&#xa0;%1&#xa0;» ne nomme aucun protocole</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation>«&#xa0;from&#xa0;» et «&#xa0;to&#xa0;» doivent valoir «&#xa0;a&#xa0;» et «&#xa0;b&#xa0;»</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>la gravité doit être error, warning ou info</translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation>un constat nécessite un id et une gravité</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation>la liaison %1 - %2 est définie deux fois</translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation>une liaison nécessite deux types et une signification</translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation>les règles d&apos;hôte de «&#xa0;%1&#xa0;» sont définies deux fois</translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation>une exigence nécessite un id, un message et un %1 connu</translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation>un système nécessite un id, un nom et des types membres</translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation>une paire nomme deux listes de types membres</translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation>Serveurs d&apos;un même %1</translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation>%1&#xa0;: aucun fichier de catalogue</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation>Sauf les flux autorisés depuis %1, qui restent autorisés au-dessus de ce blocage.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation>Règle «&#xa0;%1&#xa0;» entre «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation>Hôte «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un paramètre de %3&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation>Hôte «&#xa0;%1&#xa0;»&#xa0;: le paramètre «&#xa0;%2&#xa0;» %3, et non %4&#xa0;; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation>La liaison %1 (%2 - %3) répète la liaison %4&#xa0;; elle n&apos;apporte rien.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation>Liaison %1 (%2 - %3)&#xa0;: le catalogue ne donne aucune signification à une liaison entre un %4 et un %5.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation>Hôte «&#xa0;%1&#xa0;»&#xa0;: l&apos;adresse %2 se trouve hors de tous les sous-réseaux de la zone «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation>une règle à sens unique nécessite un id de règle et un service</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation>la règle «&#xa0;%1&#xa0;» rend les flux de la paire à sens unique, mais «&#xa0;%2&#xa0;» va dans les deux sens</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation>hôtes sans zone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation>Blocages vers %1 depuis l&apos;extérieur</translation>
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
        <translation>aucune modification du plan (l&apos;ordre des éléments du plan)</translation>
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
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation>Tout hôte hors de %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation>non (dans une même zone)</translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation>Matrice du pare-feu (CSV)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation>une cellule entre guillemets doit être suivie d&apos;un point-virgule ou de la fin de la ligne.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation>une cellule entre guillemets doit être suivie d&apos;une tabulation ou de la fin de la ligne.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation>une cellule entre guillemets doit être suivie d&apos;une virgule ou de la fin de la ligne.</translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation>la cellule entre guillemets qui commence ici n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation>un guillemet double à l&apos;intérieur d&apos;une cellule qui ne commence pas par un guillemet&#xa0;; mettez toute la cellule entre guillemets et doublez le guillemet.</translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation>Flux personnalisé «&#xa0;%1&#xa0;» (%2 vers %3, %4)</translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation>la règle de blocage %1 (%2)</translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation>la règle à sens unique %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation>%1 est interdit par %2&#xa0;: il ne peut pas passer.</translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation>%1&#xa0;: les ports %2 sont interdits par %3&#xa0;: ils ne peuvent pas passer.</translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation>%1 n&apos;ajoute rien&#xa0;: les flux du catalogue ou un flux personnalisé précédent l&apos;autorisent déjà.</translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation>Flux personnalisé %1</translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation>Flux personnalisé&#xa0;: les ports %1 parmi les %2 demandés sont laissés de côté (déjà autorisés ou interdits).</translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation>%1 – %2 (liaison %3 entre eux)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation>Zone %1 ajoutée</translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation>Zone %1 supprimée</translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation>Zone %1&#xa0;: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation>Hôte %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation>Hôte %1 supprimé (%2)</translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation>Hôte %1&#xa0;: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation>Hôte %1&#xa0;: paramètre %2 %3 → %4</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Liaison %1 ajoutée</translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation>Liaison %1 supprimée</translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation>Liaison %1&#xa0;: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation>Flux personnalisé %1 ajouté&#xa0;: %2 → %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation>Flux personnalisé %1 supprimé&#xa0;: %2 → %3, %4</translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation>Flux personnalisé %1&#xa0;: %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1&#xa0;: révision %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: pas de place pour une copie temporaire du fichier de projet.</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation>«&#xa0;format&#xa0;» ne vaut pas «&#xa0;portolan-design&#xa0;»&#xa0;: ce n&apos;est pas un plan Portolan</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>«&#xa0;version&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation>le plan est au format de version %1&#xa0;; ce Portolan lit jusqu&apos;à la version %2, utilisez un Portolan plus récent</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] doit être un objet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation>%1&#xa0;: un texte «&#xa0;id&#xa0;» est nécessaire</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation>%1&#xa0;: «&#xa0;subnets&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1&#xa0;: le sous-réseau %2 n&apos;est pas de la forme adresse/préfixe, par exemple 192.168.10.0/24</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(pas un texte)</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>hôte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation>%1&#xa0;: un texte «&#xa0;type&#xa0;» est nécessaire</translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1&#xa0;: l&apos;adresse «&#xa0;%2&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation>%1&#xa0;: «&#xa0;params&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>liaison %1</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation>%1&#xa0;: les id d&apos;hôte «&#xa0;a&#xa0;» et «&#xa0;b&#xa0;» sont nécessaires</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>liaison %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation>le plan doit être un objet JSON</translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation>flux personnalisé %1</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>flux personnalisé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation>%1&#xa0;: les id d&apos;hôte «&#xa0;source&#xa0;» et «&#xa0;destination&#xa0;» sont nécessaires</translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation>%1&#xa0;: «&#xa0;protocol&#xa0;» doit valoir «&#xa0;tcp&#xa0;», «&#xa0;udp&#xa0;» ou «&#xa0;icmp&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation>%1&#xa0;: «&#xa0;ports&#xa0;» doit être un texte, par exemple «&#xa0;443&#xa0;» ou «&#xa0;3000-3032&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DesignRules</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the id must be 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;</source>
        <translation>%1&#xa0;: l&apos;id doit comporter de 1 à %2 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;.&#xa0;», et commencer par une lettre, un chiffre ou «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation>contient un demi-codet UTF-16 isolé (U+%1 au caractère %2), qui n&apos;est pas un caractère</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation>%1&#xa0;: l&apos;id est déjà utilisé par une autre zone</translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1&#xa0;: le sous-réseau %2/%3 n&apos;est pas de la forme adresse/préfixe, par exemple 192.168.10.0/24</translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation>%1&#xa0;: «&#xa0;x&#xa0;» et «&#xa0;y&#xa0;» doivent rester entre plus et moins %2</translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation>%1&#xa0;: «&#xa0;width&#xa0;» et «&#xa0;height&#xa0;» doivent être compris entre 0 et %2</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>hôte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation>%1&#xa0;: l&apos;id est déjà utilisé par un autre hôte</translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation>%1&#xa0;: type d&apos;hôte inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation>%1&#xa0;: la zone «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>le paramètre</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>liaison %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation>%1&#xa0;: l&apos;hôte «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation>%1&#xa0;: un hôte ne peut pas être lié à lui-même</translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation>un flux icmp n&apos;a pas de ports</translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation>un flux %1 nécessite ses ports de destination, par exemple 443 ou 3000-3032</translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation>les ports doivent être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>flux personnalisé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation>%1&#xa0;: l&apos;id est déjà utilisé par un autre flux personnalisé</translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation>%1&#xa0;: un flux d&apos;un hôte vers lui-même ne traverse jamais de pare-feu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation>%1&#xa0;: une justification est nécessaire (pourquoi les flux du catalogue ne suffisent pas)</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>la justification</translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation>commence par U+FEFF, une marque d&apos;ordre des octets, que les fichiers de conception et de projet ne conservent pas</translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation>contient U+%1 au caractère %2, qui n&apos;est pas un caractère</translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation>%1&#xa0;: les révisions sont numérotées à partir de 1</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1&#xa0;: le fichier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un fichier de projet&#xa0;; seuls les fichiers de projet conservent des révisions</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation>aucun sous-réseau</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>Diagram (PNG)</source>
        <translation>Diagramme (PNG)</translation>
    </message>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation>L&apos;image PNG ferait moins d&apos;un pixel à l&apos;échelle %1&#xa0;: choisissez une échelle plus grande.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation>L&apos;image PNG de %1 x %2 pixels n&apos;a pas pu être allouée&#xa0;: exportez plutôt en SVG ou en PDF, ou choisissez une échelle plus petite.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation>L&apos;image PNG de %1 x %2 pixels n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation>Diagramme réseau du plan «&#xa0;%1&#xa0;», dessiné par Portolan.</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>Le dessin SVG n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>Diagramme (SVG)</translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation>Le diagramme mesure %1 x %2 unités de canevas, plus qu&apos;un dessin SVG ne peut contenir (%3 de côté)&#xa0;: rapprochez les hôtes et les zones.</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation>Diagramme réseau d&apos;un plan sans titre, dessiné par Portolan.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Design JSON</source>
        <translation>Plan JSON</translation>
    </message>
    <message>
        <source>The %1 export cannot be built in memory.</source>
        <translation>L&apos;export %1 ne peut pas être construit en mémoire.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation>lit «&#xa0;%1&#xa0;», qui n&apos;est pas un paramètre de %2</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>lit «&#xa0;%1&#xa0;», qui est déclaré après lui&#xa0;; une valeur par défaut ne lit que les champs de l&apos;hôte et les paramètres déclarés avant elle</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation>%1 au caractère %2 de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation>«&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>fin inattendue</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>«&#xa0;)&#xa0;» attendu</translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation>texte non terminé</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation>nom inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation>«&#xa0;{&#xa0;» non fermé dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>l&apos;expression est imbriquée sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation>(sans zone)</translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation>Tout hôte hors de %1 -&gt; %1</translation>
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
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: il dépasse la limite de %2 pour un plan.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: il contient %2, au-delà de la limite de %3 pour un plan.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: cette ressource n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: c&apos;est un dossier, pas un fichier de plan.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: ce n&apos;est ni un fichier ordinaire ni un tube (un périphérique ou un socket ne peut pas contenir un plan).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation>la ligne n&apos;a pas de nom&#xa0;; chaque hôte en nécessite un.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation>le nom «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2&#xa0;; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation>le nom «&#xa0;%1&#xa0;» est déjà utilisé par l&apos;hôte «&#xa0;%2&#xa0;» du plan&#xa0;; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation>la ligne n&apos;a pas de type&#xa0;; indiquez un type d&apos;hôte du catalogue, par exemple «&#xa0;workstation&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;hôte du catalogue&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;» (%3)&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;hôte du catalogue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse IPv4 (quatre nombres de 0 à 255&#xa0;: 192.168.10.11) ni une adresse IPv6.</translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation>l&apos;adresse %1 est déjà utilisée à la ligne %2&#xa0;; les adresses doivent être uniques.</translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation>l&apos;adresse %1 est déjà utilisée par l&apos;hôte «&#xa0;%2&#xa0;» du plan&#xa0;; les adresses doivent être uniques.</translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation>L&apos;adresse %1 se trouve hors de tous les sous-réseaux de la zone «&#xa0;%2&#xa0;» (%3)&#xa0;; les constats du plan le signaleront.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id&#xa0;: écrivez de 1 à %2 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;.&#xa0;», en commençant par une lettre, un chiffre ou «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2&#xa0;; les id doivent être uniques.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est déjà utilisé par un hôte du plan&#xa0;; les id doivent être uniques.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est déjà utilisé par une zone du plan&#xa0;; les id doivent être uniques.</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation>le fichier contient des données binaires (un octet NUL)&#xa0;; un inventaire d&apos;hôtes est un texte CSV.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation>le fichier n&apos;est pas un texte UTF-8&#xa0;; enregistrez l&apos;inventaire au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation>le fichier est vide&#xa0;; un inventaire d&apos;hôtes commence par une ligne d&apos;en-tête qui nomme ses colonnes name, type et address (zone et id sont facultatives).</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation>l&apos;en-tête nomme deux fois la colonne «&#xa0;%1&#xa0;» (aussi en colonne %2).</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;»&#xa0;; un inventaire d&apos;hôtes nomme les colonnes name, type et address (zone et id sont facultatives), dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>cette ligne a %1 cellules, mais l&apos;en-tête nomme %2 colonnes.</translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation>cette cellule est sous la colonne %1, qui n&apos;a pas de nom dans l&apos;en-tête&#xa0;; nommez la colonne ou videz la cellule.</translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation>la cellule %1.</translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation># À appliquer avec&#xa0;: iptables-restore FICHIER (remplace la table filter). IPv4 seulement&#xa0;: les règles IPv6 éventuelles</translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation># suivent à la fin sous forme de lignes ip6tables en commentaire&#xa0;; l&apos;export nftables contient les deux familles.</translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation># Les groupes d&apos;adresses sont écrits hôte par hôte (les fichiers restore n&apos;ont pas d&apos;ipset)&#xa0;; chaque règle nomme son groupe.</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>Blocages vers %1 depuis toute source hors de la zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>Exceptions autorisées plus haut&#xa0;: %1</translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation># Règles IPv6 pour ip6tables-restore (une table *filter avec les mêmes chaînes)&#xa0;; non appliquées par ce fichier&#xa0;:</translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation>Jeu de règles iptables-restore</translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation># FORWARD saute vers une chaîne par paire de zones (source:destination), puis vers les blocages vers chaque zone.</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation>La zone n&apos;a aucun sous-réseau de cette famille&#xa0;: le blocage s&apos;applique à toutes les sources.</translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation># À appliquer avec&#xa0;: nft -f FICHIER (remplace la table inet portolan et rien d&apos;autre).</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>ESPACE RÉSERVÉ&#xa0;: indiquez l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>Blocages vers %1 depuis toute source hors de la zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>Exceptions autorisées plus haut&#xa0;: %1</translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation>Jeu de règles nftables</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>tout hôte hors de la zone</translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation> (Ne traverse pas de pare-feu.)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>Ports source</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation>Règle et référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation>Rapport des flux du pare-feu&#xa0;: %1</translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation>RAPPORT DES FLUX DU PARE-FEU</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Préparé avec</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation>Portolan %1&#xa0;: flux déduits du catalogue des produits&#xa0;; chacun cite son document constructeur.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation>Flux autorisés</translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation>Traversant un pare-feu</translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation>Lignes de blocage</translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation>Erreurs / avertissements / remarques de sécurité</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation>Pare-feu (paires de zones)</translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation>dans une même zone&#xa0;: pas de pare-feu</translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation>pare-feu entre les zones</translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation>Paire de zones</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Traversée</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation>Pare-feu (suite)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation>Matrice du pare-feu par paire de zones</translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation>Un tableau par paire de zones&#xa0;: le pare-feu entre la zone source et la zone de destination. Chaque flux a un sens&#xa0;; les réponses d&apos;une connexion autorisée ne sont pas listées. Les tableaux marqués «&#xa0;dans une même zone&#xa0;» ne traversent aucun pare-feu et sont donnés pour être complet.</translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation>%1 (dans une même zone&#xa0;: pas de pare-feu)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation>Recommandations de blocage</translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation>Les constructeurs conseillent de bloquer ces ports depuis tout hôte situé hors de la zone de destination. Placez chaque blocage après les flux autorisés ci-dessus, qui en sont les exceptions.</translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation>Le catalogue ne recommande aucun blocage pour ce plan.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>Remarques de sécurité</translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation>Versions de protocole, services en clair et options faibles que le catalogue signale pour ces hôtes.</translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation>Aucune remarque de sécurité.</translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation>Remarques de sécurité (suite)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation>Les erreurs doivent être corrigées avant d&apos;appliquer la matrice&#xa0;; les avertissements appellent une décision.</translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation>Aucune erreur et aucun avertissement.</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>Constats (suite)</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>Ports&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation>Ports source&#xa0;: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>Zones&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation>Aucun flux modifié.</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, révision %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation>Revue des modifications du plan&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation>REVUE DES MODIFICATIONS DU PLAN</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Modifications du plan</translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation>Flux ajoutés</translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation>Flux supprimés</translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation>Flux modifiés</translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation>Constats ajoutés</translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation>Constats supprimés</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation>Règles ajoutées / supprimées</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation>Aucune décision n&apos;est enregistrée pour cette modification. Réviseur, date, verdict (approuver ou rejeter) et commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation>Validation (suite)</translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation>Ce qui a changé dans le plan, et ce que chaque modification entraîne. Une modification entraîne un changement de flux ou de constat lorsque, sans elle, le moteur de règles ne ferait pas ce changement&#xa0;; un flux peut avoir plusieurs causes, et une liaison supprimée qui scinde un système redondant entraîne des flux entre des hôtes qu&apos;elle n&apos;a jamais touchés.</translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation>Les deux plans sont identiques (des hôtes ont pu être déplacés sur le canevas).</translation>
    </message>
    <message>
        <source>+%1 / −%2 / ~%3</source>
        <translation>+%1 / −%2 / ~%3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation>Flux + / − / ~</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation>Modifications du plan (suite)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>(aucune modification du plan)</translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation>Règles ajoutées et supprimées par paire de zones, regroupées comme les écrivent les exports nftables, iptables et ASA&#xa0;; une règle dont les hôtes ou les ports changent est supprimée puis ajoutée à nouveau.</translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation>Aucune modification des règles du pare-feu.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 supprimées</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation>Hôtes, service, règle du catalogue</translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation>Protocole et ports</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Parce que</translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation>Modifications des flux par paire de zones</translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation>Un flux est identique dans les deux plans lorsque sa source, sa destination, son protocole, son action et sa règle du catalogue concordent&#xa0;; il a changé lorsque ses ports, son service, ses remarques, sa référence, ou les zones ou adresses de ses hôtes diffèrent.</translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation>Constats ajoutés et supprimés</translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation>Aucun constat modifié.</translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation>Constats ajoutés et supprimés (suite)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation>Rapport du pare-feu (PDF)</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port ou une plage de ports de 0 à 65535</translation>
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
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation>SONDAGE DE MISE EN SERVICE</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation>Sondé depuis</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>Adresses de cette machine</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>aucune adresse dans le plan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation>%1
annulé</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>Connexions simultanées</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Connexions par seconde</translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation>Ports essayés dans une plage</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Adresse source</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation>les deux bornes et %1 entre elles</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>choisie par le système</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Conforme au plan</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>Passe, rien n&apos;écoute</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non sondé</translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation>Ouvert / fermé / filtré</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation>Chaque flux tcp autorisé depuis %1 est attendu ouvert, chaque ligne de blocage tcp dont relève %1 (il est hors de la zone de destination) tout sauf ouvert. Ouvert&#xa0;: la connexion a été établie. Fermé&#xa0;: elle a été refusée, donc le pare-feu l&apos;a laissée passer et rien n&apos;écoute sur le port (ou un pare-feu a répondu par un reset TCP). Filtré&#xa0;: aucune réponse dans le délai imparti, ou un ICMP unreachable venant d&apos;un pare-feu ou d&apos;un routeur. Une plage de ports est essayée à ses deux bornes et sur des ports intermédiaires. Les lignes udp et icmp, les lignes vers des hôtes sans adresse et les lignes avec un port source fixe ne sont pas sondées.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Rule and service</source>
        <translation>Règle et service</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation>Aucun écart&#xa0;: chaque connexion a donné ce que le plan prévoit.</translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation>Flux autorisés (attendus ouverts)</translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation>Aucun flux tcp autorisé depuis cet hôte n&apos;a été sondé.</translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation>Lignes de blocage (attendues non ouvertes)</translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation>Aucune ligne de blocage n&apos;a été sondée.</translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation>Toutes les lignes ont été sondées.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Testé par</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>En présence de</translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation>Sondage de mise en service&#xa0;: %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation>udp&#xa0;: une connexion TCP ne peut pas le tester, et un port udp qui ne répond pas ne prouve rien&#xa0;; testez-le avec le service lui-même.</translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation>icmp&#xa0;: une connexion TCP ne peut pas le tester&#xa0;; testez-le avec ping.</translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation>%1 n&apos;a pas d&apos;adresse dans le plan.</translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation>Le flux part du port source %1 et la sonde se connecte depuis un port choisi par le système&#xa0;: le pare-feu jugerait donc une autre connexion.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation>Simulation&#xa0;: une connexion TCP vers %1 port %2 serait tentée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation>%1 n&apos;a pas d&apos;adresse dans le plan&#xa0;: les règles du pare-feu le concernant ne peuvent donc pas être vérifiées depuis cette machine (adresses&#xa0;: %2)&#xa0;; les résultats montrent ce que cette machine peut atteindre.</translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation>Aucune des adresses de cette machine (%1) n&apos;est l&apos;adresse %3 de %2&#xa0;: le pare-feu voit une autre source, les résultats montrent donc ce que cette machine peut atteindre, et non ce que %2 peut atteindre.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Conforme au plan</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>Passe, rien n&apos;écoute</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non sondé</translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation>%1 (échantillon de %2-%3)</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>Non sondé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ProjectAutosave</name>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le fichier terminé n&apos;a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation>Exporté dans le projet</translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation>Exporté comme nouveau projet</translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation>Projet Portolan</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Révision %1 restaurée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1&#xa0;: révision %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation>%1&#xa0;: la validation ne peut pas être enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>aucune migration depuis le format de projet %1</translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation>la migration depuis le format de projet %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation>la table «&#xa0;meta&#xa0;» est absente</translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation>la version du format de projet est absente</translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation>la version %1 du format de projet ne correspond pas à celle de l&apos;en-tête (%2)</translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation>sa base de données contient plus de %1 tables, index, vues et déclencheurs</translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation>une table virtuelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>une table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>un index «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>une vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>un déclencheur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation>une entrée «&#xa0;%1&#xa0;» de type «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation>sa base de données contient %1 là où le format de projet %2 a %3</translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation>%1 du format de projet %2 est absent</translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation>%1 n&apos;est pas défini comme le définit le format de projet %2 (ses colonnes, types ou contraintes diffèrent)</translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation>sa base de données contient %1, que Portolan ne crée pas&#xa0;; les fichiers de projet ayant leurs propres tables, vues ou déclencheurs sont refusés</translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation>une valeur dépasse la limite de %1 Mio pour une cellule</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse.</translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation>une ligne access-group s&apos;écrit «&#xa0;access-group LIST in|out interface NAME&#xa0;» ou «&#xa0;access-group LIST global&#xa0;».</translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation>la configuration n&apos;a aucune liste d&apos;accès étendue (access-list NAME extended ...)&#xa0;; c&apos;est ce que Portolan examine.</translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation>«&#xa0;host&#xa0;» nécessite une adresse.</translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation>«&#xa0;range&#xa0;» nécessite deux adresses.</translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation>ce n&apos;est pas une plage d&apos;adresses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un sous-réseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse avec son masque, ni host, range, object ou any.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un masque de réseau.</translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation>«&#xa0;subnet&#xa0;» nécessite une adresse et un masque de réseau.</translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation>il désigne un hôte par son nom DNS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port ni un nom de port connu de l&apos;ASA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un opérateur de port (eq, neq, lt, gt, range).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un opérateur de port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;un service.</translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation>«&#xa0;group-object&#xa0;» nécessite un nom de groupe.</translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation>«&#xa0;network-object&#xa0;» nécessite une adresse.</translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation>«&#xa0;port-object&#xa0;» nécessite eq ou range et des ports.</translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation>«&#xa0;service-object&#xa0;» nécessite un protocole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un object-group réseau de la configuration.</translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation>l&apos;object-group «&#xa0;%1&#xa0;» se contient lui-même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un objet réseau de la configuration.</translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation>l&apos;objet «&#xa0;%1&#xa0;» ne peut pas être examiné&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un objet service de la configuration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un object-group de la configuration.</translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation>l&apos;entrée se termine avant sa source ou sa destination.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation>«&#xa0;%1&#xa0;» filtre par interface, utilisateur ou groupe de sécurité, ce que Portolan ne peut pas rapprocher des hôtes d&apos;un plan.</translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation>une ligne access-list nécessite un nom et un type.</translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation>une entrée access-list étendue indique permit ou deny.</translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation>l&apos;entrée se termine avant son protocole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un object-group de protocole ou de service de la configuration.</translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation>uniquement pendant la plage horaire %1</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>type ICMP %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;une entrée access-list que Portolan lit.</translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation>un type ICMP</translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation>le protocole %1, qu&apos;aucun flux d&apos;un plan n&apos;utilise</translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation>Aucune ligne access-group n&apos;est active&#xa0;; les lignes access-group en commentaire indiquent où s&apos;appliquent les listes.</translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation>l&apos;access-group applique la liste «&#xa0;%1&#xa0;», qui n&apos;a aucune entrée étendue dans la configuration.</translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation>Aucun access-group n&apos;applique les listes&#xa0;; chacune est examinée comme la liste d&apos;une interface.</translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation>access-group %1 %2</translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation>La liste d&apos;accès %1 n&apos;est appliquée par aucun access-group et n&apos;est pas examinée.</translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation>Les réponses des connexions autorisées passent par la table d&apos;états du pare-feu&#xa0;; tout ce qu&apos;aucune entrée n&apos;autorise est refusé.</translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation>la %1 est vide&#xa0;; indiquez un id ou un nom d&apos;hôte, une adresse, un sous-réseau, zone:&lt;id&gt; ou any.</translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation>«&#xa0;zone:&#xa0;» ne nomme aucune zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse ni un sous-réseau IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port de 1 à 65535 ni une plage de ports («&#xa0;3000-3032&#xa0;»)&#xa0;; écrivez les ports sous la forme «&#xa0;443&#xa0;», «&#xa0;22,443&#xa0;», «&#xa0;3000-3032&#xa0;» ou any.</translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation>le fichier est vide&#xa0;; une demande de modification commence par une ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation>la colonne %1 de l&apos;en-tête n&apos;a pas de nom&#xa0;; chaque colonne en a besoin d&apos;un.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>l&apos;en-tête nomme deux fois la colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;»&#xa0;; une demande de modification nomme les colonnes id, source, destination, protocol et ports (action et comment sont facultatives), dans n&apos;importe quel ordre. Est-ce bien une demande de modification&#xa0;?</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>cette ligne a %1 cellules, mais l&apos;en-tête nomme %2 colonnes.</translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation>la ligne n&apos;a pas d&apos;id&#xa0;; chaque ligne de demande en a besoin d&apos;un.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2&#xa0;; les id doivent être uniques.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un protocole&#xa0;; écrivez tcp, udp, icmp ou any.</translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation>les ports sont vides&#xa0;; une demande %1 nomme ses ports de destination («&#xa0;443&#xa0;», «&#xa0;22,443&#xa0;», «&#xa0;3000-3032&#xa0;») ou any.</translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation>une demande icmp n&apos;a pas de ports&#xa0;; laissez la cellule vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action&#xa0;; écrivez allow, block, ou laissez la cellule vide pour allow.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation>la table «&#xa0;%1&#xa0;» commence avant que la table «&#xa0;%2&#xa0;» de la ligne %3 soit validée.</translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation>la table filter est donnée deux fois.</translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation>COMMIT hors d&apos;une table.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne de sortie d&apos;iptables-save.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne de sortie d&apos;iptables-save (une chaîne «&#xa0;:NAME POLICY&#xa0;», une règle «&#xa0;-A CHAIN ...&#xa0;» ou COMMIT).</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation>la table «&#xa0;%1&#xa0;» qui commence ici n&apos;est jamais validée (COMMIT).</translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation>le fichier n&apos;a pas de table filter (*filter)&#xa0;; Portolan examine la chaîne FORWARD de la table filter telle qu&apos;iptables-save l&apos;écrit.</translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation>la table filter n&apos;a pas de chaîne FORWARD.</translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation>«&#xa0;create&#xa0;» nécessite un nom de set et un type.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation>le set «&#xa0;%1&#xa0;» est créé deux fois.</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation>«&#xa0;add&#xa0;» nécessite un nom de set et un membre.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation>le set «&#xa0;%1&#xa0;» n&apos;est pas créé avant cette ligne.</translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation>les membres «&#xa0;nomatch&#xa0;» ne sont pas pris en charge&#xa0;; listez les adresses auxquelles correspond le set.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse, un sous-réseau ni une plage d&apos;adresses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne de sortie d&apos;iptables-save, et hors d&apos;une table seules les lignes create et add d&apos;ipset save sont admises.</translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation>une ligne de chaîne s&apos;écrit «&#xa0;:NAME POLICY [packets:bytes]&#xa0;».</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation>la chaîne «&#xa0;%1&#xa0;» est déclarée deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse ni un sous-réseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port ni une plage de ports.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation>le set «&#xa0;%1&#xa0;» est utilisé ici, mais ses membres ne sont pas dans le fichier&#xa0;; placez la sortie de «&#xa0;ipset save&#xa0;» avant ou après la sortie d&apos;iptables-save.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation>le set «&#xa0;%1&#xa0;» se contient lui-même.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation>le set «&#xa0;%1&#xa0;» est de type %2&#xa0;; Portolan lit les sets d&apos;adresses (hash:ip, hash:net, bitmap:ip, list:set de ceux-ci).</translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation>«&#xa0;-A&#xa0;» nécessite un nom de chaîne.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation>la chaîne «&#xa0;%1&#xa0;» n&apos;est pas déclarée («&#xa0;:%1 POLICY&#xa0;») avant ses règles.</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>l&apos;option %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation>paquets entrant par l&apos;interface %1%2</translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation>paquets sortant par l&apos;interface %1%2</translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation>fragments uniquement</translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation>--ports correspond aussi au port source</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: Portolan lit les sets appliqués à une seule adresse, src ou dst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état de connexion.</translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation>paquets autres que le premier d&apos;une connexion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plage d&apos;adresses.</translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation>%1 confie le paquet à un programme, dont Portolan ne peut pas examiner le verdict.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» n&apos;est pas de celles que Portolan lit&#xa0;: il ne peut donc pas dire ce que cette règle filtre.</translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation>«&#xa0;!&#xa0;» ne nie rien.</translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation>connexions avec traduction d&apos;adresses uniquement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une chaîne de la table filter ni une cible connue de Portolan.</translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation>une règle ne peut pas sauter vers la chaîne intégrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation>après %1 (RETURN)</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation>la chaîne «&#xa0;%1&#xa0;» est à nouveau atteinte depuis elle-même.</translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation>via %1 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n règle qui ne filtre que les réponses de connexions acceptées (ESTABLISHED, RELATED) ou les paquets invalides n&apos;est pas une demande.</numerusform>
            <numerusform>%n règles qui ne filtrent que les réponses de connexions acceptées (ESTABLISHED, RELATED) ou les paquets invalides ne sont pas des demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation>La table %1 n&apos;est pas examinée&#xa0;: elle ne filtre pas.</translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation>La politique de la chaîne FORWARD est %1.</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>JSON non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>ce JSON n&apos;a pas de tableau «&#xa0;nftables&#xa0;»&#xa0;; fournissez la sortie de «&#xa0;nft -j list ruleset&#xa0;».</translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation>cette règle appartient à la chaîne «&#xa0;%1&#xa0;», qui n&apos;est pas listée avant elle.</translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation>le jeu de règles n&apos;a aucune chaîne filter sur le hook forward&#xa0;: il ne filtre donc aucun trafic entre zones.</translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation>La chaîne %1 (%2 %3, priorité %4) a la politique %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n règle qui ne filtre que les réponses de connexions acceptées (established, related) ou les paquets invalides n&apos;est pas une demande.</numerusform>
            <numerusform>%n règles qui ne filtrent que les réponses de connexions acceptées (established, related) ou les paquets invalides ne sont pas des demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation>le set @%1 n&apos;est pas listé dans le jeu de règles.</translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation>le set @%1 contient des %2, pas des adresses.</translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation>%1 n&apos;est pas une adresse, un préfixe, une plage ni un set de ceux-ci.</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1 n&apos;est pas un port.</translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation>le set @%1 n&apos;est pas un set de ports listé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation>la plage de ports n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation>les ports ne sont ni un nombre, ni une plage, ni un set de ceux-ci.</translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation>expr[%1]&#xa0;: %2</translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation>une instruction après le verdict.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation>la chaîne «&#xa0;%1&#xa0;» n&apos;est pas dans la table.</translation>
    </message>
    <message>
        <source>a quota</source>
        <translation>un quota</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>une limite de débit</translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation>une expression de compatibilité iptables-nft&#xa0;; examinez plutôt la sortie iptables-save de ce pare-feu.</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation>l&apos;instruction «&#xa0;%1&#xa0;» n&apos;est pas de celles que Portolan lit.</translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation>la comparaison «&#xa0;%1&#xa0;» n&apos;est pas de celles que Portolan lit.</translation>
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
        <translation>le filtre sur %1 %2 n&apos;est pas de ceux que Portolan lit.</translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation>meta %1 %2%3</translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation>le filtre sur meta %1 n&apos;est pas de ceux que Portolan lit.</translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation>ct %1 %2</translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation>le filtre %1 n&apos;est pas de ceux que Portolan lit.</translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation>après %1 (return)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x%1)&#xa0;; ce n&apos;est ni une demande de modification ni un jeu de règles.</translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>le fichier contient des données binaires (octet 0x%1)&#xa0;; ce n&apos;est ni une demande de modification ni un jeu de règles.</translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation>le texte entre guillemets qui commence ici ne se termine pas sur sa ligne.</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>demande de modification</translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation>jeu de règles iptables-save</translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation>jeu de règles nftables (nft -j list ruleset)</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>configuration Cisco ASA</translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>ceci est un script nftables (nft -f)&#xa0;; examinez le jeu de règles tel que le pare-feu le détient&#xa0;: la sortie de «&#xa0;nft -j list ruleset&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation>aucun hôte du plan n&apos;a l&apos;id ou le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation>la zone «&#xa0;%1&#xa0;» n&apos;est pas une zone du plan.</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation>la zone «&#xa0;%1&#xa0;» n&apos;a aucun hôte</translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation>tous les hôtes du plan ayant une adresse se trouvent dans %1</translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation>aucun hôte du plan n&apos;a l&apos;adresse %1</translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation>aucun hôte du plan n&apos;a d&apos;adresse dans %1</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 hôtes</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation>tout port (65 535 ports)</translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation>%1 (%2 ports)</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 ports</translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>Inconnu&#xa0;: la source «&#xa0;%1&#xa0;» ne couvre aucun hôte du plan&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>Inconnu&#xa0;: la destination «&#xa0;%1&#xa0;» ne couvre aucun hôte du plan&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>Non requis&#xa0;: elle ne couvre aucune paire d&apos;hôtes différents du plan (sources %1, destinations %2).</translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>Cohérent&#xa0;: elle ne couvre aucune paire d&apos;hôtes différents du plan (sources %1, destinations %2).</translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation>Masqué&#xa0;: chaque paquet qu&apos;elle filtre est déjà tranché par %1 avant elle, elle ne s&apos;applique donc jamais.</translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation>Interdit&#xa0;: elle ouvre %1, que %2 interdit (%3).</translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation>En tout %1 tuple(s) interdit(s), par %2.</translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation>Non requis&#xa0;: aucun flux du plan n&apos;a besoin de ce qu&apos;elle ouvre (%1 tuple(s)).</translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation>Requis&#xa0;: chaque tuple qu&apos;elle ouvre est un flux du plan, par %1.</translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation>Partiellement requis&#xa0;: elle couvre %1 tuple(s) dont le plan a besoin, par %2, et ouvre %3 tuple(s) de plus que nécessaire.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>et d&apos;autres</translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation>Excédent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation>Conflits&#xa0;: elle bloque %1 tuple(s) de flux dont le plan a besoin, par %2.</translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation>Cohérent&#xa0;: elle ne bloque aucun flux dont le plan a besoin.</translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation>Le plan interdit la même chose par %1.</translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation>Elle exige aussi %1, que l&apos;examen ne prend pas en compte&#xa0;: elle est examinée comme si elle filtrait tous ces tuples, et ne masque aucune règle suivante.</translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation>Elle ne filtre que les ports source %1.</translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation>Atteinte %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation>Approuvé par (comité des modifications)</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Mis en œuvre par</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>Approuvé avec modifications</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation>Conditions et commentaires&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation>Audit du pare-feu&#xa0;: %1 par rapport à %2</translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation>Examen de la demande de modification&#xa0;: %1 par rapport à %2</translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation>AUDIT DU PARE-FEU</translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation>EXAMEN DE DEMANDE DE MODIFICATION</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Préparé avec</translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation>- (plan JSON)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation>Portolan %1&#xa0;: verdicts tirés des flux que déduit le catalogue des produits&#xa0;; chacun cite son document constructeur.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation>Chaque demande d&apos;autorisation est requise par le plan et rien de ce dont le plan a besoin ne manque.</translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation>Certaines demandes ne sont pas requises en l&apos;état, ou des flux nécessaires au plan manquent&#xa0;: chaque ligne ci-dessous dit pourquoi.</translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation>Examiné comme le jeu de règles complet d&apos;un pare-feu&#xa0;: les flux du plan qui traversent les zones qu&apos;il couvre (%1) et qu&apos;aucune règle n&apos;autorise sont listés comme manquants.</translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation>Verdicts&#xa0;: requis (le plan déduit chaque tuple qu&apos;elle ouvre), partiellement requis (certains, et elle en ouvre davantage&#xa0;: l&apos;excédent), non requis (aucun), interdit (une ligne de blocage ou une règle à sens unique du catalogue en interdit une partie), inconnu (un côté ne nomme aucun hôte du plan)&#xa0;; pour un blocage, conflits (il bloquerait un flux dont le plan a besoin) ou cohérent&#xa0;; masqué&#xa0;: une règle antérieure tranche déjà tout ce qu&apos;elle filtre.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation>Flux du plan et leurs références</translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation>Excédent et interdits</translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation>%1 -&gt; %2
%3 %4, %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation>Excédent (%1 tuples)&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation>Interdit&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>Le fichier ne contient aucune demande.</translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation>Règles (suite)</translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation>Demandes (suite)</translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation>Flux manquants</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>Chaque flux du plan qui traverse les zones couvertes est autorisé.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation>Flux du plan qu&apos;aucune règle n&apos;autorise&#xa0;: le pare-feu les bloque.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation>Flux manquants (suite)</translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation>, révision du plan %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être commencé.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation>%1 (%2 hôtes)</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 hôtes</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation>%1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 ports</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation> (%1 tuples en tout)</translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation>Aucune règle n&apos;autorise ce flux du plan&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>le plan %1 a %n hôte sans adresse (%2)&#xa0;; un delta de jeu de règles nécessite toutes les adresses qu&apos;une règle utilise</numerusform>
            <numerusform>le plan %1 a %n hôtes sans adresse (%2)&#xa0;; un delta de jeu de règles nécessite toutes les adresses qu&apos;une règle utilise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>Delta %1&#xa0;: «&#xa0;%2&#xa0;» -&gt; «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation>Généré par Portolan %1 à partir du catalogue des produits&#xa0;; chaque ligne nomme sa règle du catalogue et les modifications du plan qui l&apos;entraînent.</translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation>Aucune modification du plan.</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Modifications du plan&#xa0;:</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation>Flux&#xa0;: %1 ajoutés, %2 supprimés, %3 modifiés. Constats&#xa0;: %4 ajoutés, %5 supprimés.</translation>
    </message>
    <message>
        <source>old</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation>inchangée&#xa0;: supprimée puis ajoutée à nouveau pour conserver l&apos;ordre du nouveau jeu de règles</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation>la chaîne %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>apparaît</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>disparaît</translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation>les sous-réseaux propres à la zone reviennent&#xa0;: %1</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation>À appliquer avec&#xa0;: iptables-restore --noflush FICHIER, sur un pare-feu chargé depuis l&apos;export iptables de l&apos;ancien plan&#xa0;; il contient alors exactement l&apos;export du nouveau plan. Les règles IPv6 n&apos;en font pas partie.</translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation>une nouvelle chaîne pour une paire de zones ou une zone</translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation>la chaîne n&apos;est plus utilisée</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation>À appliquer en mode configuration sur un pare-feu configuré depuis l&apos;export ASA de l&apos;ancien plan. Les nouvelles autorisations sont ajoutées à la fin de la liste de leur interface&#xa0;; les nouveaux blocages se placent avant le refus final de la liste globale. Les remarques ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation>nouveau groupe d&apos;adresses %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation>le groupe d&apos;adresses %1 gagne des membres&#xa0;: %2</translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation>le refus final se place après les nouveaux blocages</translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation>le refus final, de nouveau en dernier</translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation>le groupe d&apos;adresses %1 perd des membres&#xa0;: %2</translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation>le groupe d&apos;adresses %1 n&apos;est plus utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation>une nouvelle liste d&apos;accès&#xa0;: vérifiez le nom de l&apos;interface avant de l&apos;y lier, comme le fait l&apos;export</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation>Aucune modification des règles.</translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation>%1&#xa0;: %2 règle(s) ajoutée(s), %3 supprimée(s)</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation>La nouvelle table complète suit&#xa0;: nft -f FICHIER remplace la table inet portolan en une seule étape.</translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation>Hôtes sans zone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation>%1 -&gt; %2 %3 %4 (%5)&#xa0;: les adresses sont de familles différentes</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation>%1 -&gt; %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>%n hôte sans adresse&#xa0;: %1. Donnez-lui une adresse, ou exportez avec des espaces réservés (--placeholders).</numerusform>
            <numerusform>%n hôtes sans adresse&#xa0;: %1. Donnez-leur des adresses, ou exportez avec des espaces réservés (--placeholders).</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>tout hôte hors de la zone</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation>%1 -&gt; %2&#xa0;: %3 [%4]</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>&#xa0;; voir %1</translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation> [adresse ESPACE RÉSERVÉ&#xa0;: %1]</translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation>%1 pour le plan «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation>Généré par Portolan %1 le %2 à partir du catalogue des produits&#xa0;; chaque règle cite son document constructeur.</translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation>Une section par paire de zones&#xa0;: zone source -&gt; zone de destination, un pare-feu.</translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation>Les règles d&apos;autorisation de chaque paire de zones viennent d&apos;abord, puis les lignes de blocage de chaque zone de destination,</translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation>qui s&apos;appliquent à toute source hors de cette zone&#xa0;; les exceptions autorisées les précèdent.</translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation>Les réponses des connexions autorisées passent (established, related)&#xa0;; tout le reste est rejeté.</translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation>Les flux au sein d&apos;une même zone ne traversent aucun pare-feu&#xa0;; ils sont inclus sur demande.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>%n flux au sein d&apos;une même zone ne traverse aucun pare-feu et est laissé de côté.</numerusform>
            <numerusform>%n flux au sein d&apos;une même zone ne traversent aucun pare-feu et sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissés de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation>Groupes d&apos;adresses (hôtes qui partagent les mêmes flux)&#xa0;:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation>ESPACES RÉSERVÉS&#xa0;: ces hôtes n&apos;ont pas d&apos;adresse dans le plan. Remplacez chaque adresse</translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation>réservée (plage de documentation, RFC 5737) par la vraie avant d&apos;appliquer&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation>  %1 = %2  adresse de %3</translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation>%1 pour un plan sans titre</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation>la ligne %1 du jeu de règles contiendrait le caractère de contrôle U+%2&#xa0;; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation>Approuvé par %1 le %2 pour la révision %3</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation>Rejeté par %1 le %2 pour la révision %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation>la validation %1 de la révision %2 est illisible</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>il n&apos;y a pas de révision %1</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation>Interrogation de l&apos;état matériel du partenaire ClearSCADA</translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation>Sens unique&#xa0;: le serveur de secours permanent en DMZ ne se connecte jamais et n&apos;interroge jamais en retour.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation>Le système redondant ClearSCADA formé de {members} a {count} serveurs principaux&#xa0;; il en faut exactement un.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation>Liaison entre serveurs ClearSCADA</translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation>Synchronisation depuis le principal, commandes relayées depuis un secours, vérifications de l&apos;état du partenaire.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation>Les serveurs ClearSCADA {members} forment un même système redondant mais utilisent des ports entrants différents ({values}).</translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation>Un système externe lit la base de données du SMS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation>Les deux équipements forment une paire haute disponibilité transparente (TRHA).</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation>L&apos;équipement envoie des échantillons sFlow à ce collecteur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>L&apos;agent PowerChute est enregistré auprès de la Network Management Card de l&apos;onduleur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation>Un administrateur gère le SMS avec le client SMS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation>Le SMS envoie des URL au Deep Discovery Analyzer.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation>Le SMS résout les noms avec ce serveur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation>Active Response déclenche des URL et des recherches sur cet hôte.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation>Le SMS exporte les rapports et les sauvegardes de base de données vers ce serveur de fichiers.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation>Le SMS interroge l&apos;Identity Agent pour la correspondance utilisateur-IP.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation>Le SMS obtient la correspondance IP-identité d&apos;IDsentrie sur un équipement A10.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation>Le SMS gère l&apos;équipement TippingPoint.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation>Le SMS authentifie les utilisateurs auprès d&apos;Active Directory.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation>Le SMS envoie des notifications par e-mail et les e-mails d&apos;Active Response.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation>Active Response peut désactiver des ports de ce commutateur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation>Le SMS prend son heure sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation>Le SMS authentifie les utilisateurs avec RADIUS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation>Les deux serveurs SMS forment une paire haute disponibilité.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation>Un manager SNMP interroge le SMS et échange des traps avec Active Response.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation>Le SMS envoie son journal d&apos;audit et les messages syslog d&apos;Active Response.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation>Le SMS authentifie les utilisateurs avec TACACS+.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation>Le SMS télécharge depuis le TMC les Digital Vaccine et les mises à jour logicielles.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation>Le SMS effectue des recherches WhoIs.</translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation>Le manager SNMP interroge le module.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation>Le module résout les noms avec ce serveur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation>Le module copie des fichiers avec sftp et scp.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation>Des applications du module dialoguent avec un serveur MQSeries.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation>La lame NIO gère le X.25 pour le module.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation>Le module prend son heure sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation>Le module vérifie les mots de passe externes avec RADIUS.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation>Les modules partagent fichiers et périphériques (OSL au sein d&apos;un système, OSN entre modules passerelles).</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation>Un administrateur utilise l&apos;interface web de PowerChute.</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation>Un utilisateur se connecte au module ou transfère des fichiers.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation>L&apos;agent PowerChute «&#xa0;{id}&#xa0;» tourne sous AIX, où son interface web accepte aussi TLS 1.1 (obsolète).</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation>La NMC «&#xa0;{id}&#xa0;» enregistre les agents PowerChute en HTTP, avec une authentification MD5&#xa0;; préférez HTTPS.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>NMC «&#xa0;{id}&#xa0;»&#xa0;: le port d&apos;enregistrement {port} n&apos;est pas autorisé&#xa0;; utilisez 80, 443 ou un port de 5000 à 32768.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation>Paquet d&apos;état de la NMC toutes les 25 s et paquet MACONFIG toutes les 100 s</translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation>Authentifié par MD5&#xa0;; aucun paquet n&apos;est envoyé tant qu&apos;aucun agent PowerChute n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation>L&apos;agent PowerChute «&#xa0;{id}&#xa0;» n&apos;est lié à aucune NMC&#xa0;: il ne recevra jamais de signal d&apos;arrêt.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>Enregistrement PowerChute et vérification des réglages</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>L&apos;enregistrement HTTP est authentifié par MD5&#xa0;; préférez HTTPS.</translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation>Enregistrement HTTPS.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation>Interface web de PowerChute (redirige vers TLS sur 6547)</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation>Interface web de PowerChute en TLS</translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation>TLS 1.3, accepte TLS 1.2.</translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation>Sous AIX, TLS 1.1 est aussi accepté (obsolète).</translation>
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
        <translation>APC PowerChute Network Shutdown et NMC d&apos;onduleur</translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation>Infrastructure partagée</translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation>Trend Micro TippingPoint SMS et IPS</translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation>Stratus VOS et STCP</translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation>Système redondant ClearSCADA</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation>Authentification Active Directory&#xa0;: LDAP, LDAP sur SSL, corrélation d&apos;identité</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation>Actions SNMP et NMS d&apos;Active Response (traps vers le manager)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation>Traps SNMP qui déclenchent Active Response</translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation>Le tableau de la source liste cette ligne du serveur SMS vers le NMS&#xa0;; son texte dit que les traps viennent du NMS vers Active Response, sens retenu ici.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation>Déclencheurs URL d&apos;Active Response, corrélation IP, recherches IP ou MAC</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation>Gestion de l&apos;équipement par le SMS (HTTPS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation>Synchronisation NTP de l&apos;heure de l&apos;équipement depuis le SMS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation>SMS provision&#xa0;: authentification distante des utilisateurs de l&apos;équipement</translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>Accepte TLS 1.0, 1.1 et 1.2 (1.0 et 1.1 sont obsolètes) avec TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 et TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>Mode FIPS&#xa0;: pas de hello au format SSLv2, ni SSLv3 ni TLS 1.2, et ni TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 ni TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation>Gestion de l&apos;équipement par le SMS (SNMP)</translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation>Connectivité bidirectionnelle requise.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation>Traps SNMP de l&apos;équipement vers le SMS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation>Résolution de noms</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation>Accès externe à la base de données</translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation>Les colonnes From/To de la source vont du SMS vers tout hôte&#xa0;; son objet, l&apos;accès externe à la base de données du SMS, se lit dans ce sens.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation>Le serveur SMS «&#xa0;{id}&#xa0;» fonctionne en mode FIPS&#xa0;: il ne prend pas en charge le hello au format SSLv2, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 ni TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384&#xa0;; les clients doivent s&apos;en passer.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation>Identity Agent&#xa0;: corrélation identifiant utilisateur - IP</translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation>La colonne To de la source indique «&#xa0;SMS Management&#xa0;»&#xa0;; son service, Identity Agent, désigne la destination retenue ici.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation>IP2ID pour IDsentrie sur un équipement A10</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation>Heartbeat de haute disponibilité transparente sur SSL (toutes les 60 s)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation>Export des rapports et sauvegarde de la base de données via NFS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation>Synchronisation de l&apos;heure depuis un serveur NTP externe</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation>Authentification des utilisateurs du SMS (RADIUS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation>Données sFlow de l&apos;équipement</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation>Export des rapports et sauvegarde de la base de données via SMB (Samba)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation>Client SMS&#xa0;: CLI (SSH), connexion client, sauvegarde/restauration, téléchargements et services web, restauration</translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 443, 9033 et 10042 acceptent TLS 1.0, 1.1 et 1.2 (1.0 et 1.1 sont obsolètes) avec TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 et TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384&#xa0;; tcp 22 est en SSH-2 avec aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr et aes256-ctr.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>Mode FIPS&#xa0;: pas de hello au format SSLv2, ni SSLv3 ni TLS 1.2, et ni TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 ni TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation>Haute disponibilité du SMS&#xa0;: SSH, Java RMI, réplication de la base de données, JMS, réplication CLI</translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 9033 et 10042 acceptent TLS 1.0, 1.1 et 1.2 (1.0 et 1.1 sont obsolètes)&#xa0;; tcp 22 est en SSH-2 avec aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr et aes256-ctr.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation>Notifications par e-mail et action e-mail d&apos;Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation>Requêtes SNMP sur les MIB du SMS</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation>Proxy RADIUS pour l&apos;action de déconnexion de commutateur d&apos;Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation>Audit du SMS et action syslog d&apos;Active Response</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation>Authentification des utilisateurs du SMS (TACACS+)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation>Le serveur SMS «&#xa0;{id}&#xa0;» accepte TLS 1.0 et 1.1 sur tcp 443, 9033, 10042 et 10043&#xa0;; les deux sont obsolètes.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation>Digital Vaccine et mises à jour logicielles depuis le TMC</translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation>443 est la valeur par défaut des nouvelles installations du SMS.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation>Analyse des menaces des URL</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation>Recherches WhoIs</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation>Serveur de secours permanent ClearSCADA en DMZ</translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation>Un secours permanent en DMZ&#xa0;: reçoit les données du principal et ne s&apos;y connecte jamais en retour.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Port entrant du serveur</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation>Serveur principal ClearSCADA</translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation>Le serveur principal d&apos;un système redondant ClearSCADA (hot standby, triple standby).</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Port entrant du serveur</translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation>Global Parameters &gt; Advanced dans la Server Configuration&#xa0;; tous les serveurs d&apos;un système doivent utiliser le même port.</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation>Serveur de secours permanent ClearSCADA</translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation>Un serveur de secours permanent&#xa0;: reste synchronisé mais ne devient jamais principal.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Port entrant du serveur</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation>Serveur de secours ClearSCADA</translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation>Un serveur de secours&#xa0;: prend le relais comme principal, et relaie les commandes vers le principal.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>Port entrant du serveur</translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation>Client de base de données</translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation>Un système externe qui lit la base de données d&apos;un produit.</translation>
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
        <translation>Le bac à sable de Trend Micro qui analyse les URL et les fichiers.</translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation>Un serveur de noms.</translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation>Hôte externe</translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation>Un hôte qu&apos;Active Response atteint par URL.</translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation>Serveur de fichiers</translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation>Un serveur de fichiers NFS, SMB ou SFTP.</translation>
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
        <translation>L&apos;agent de Trend Micro qui recueille les connexions des utilisateurs auprès des contrôleurs de domaine&#xa0;; le SMS l&apos;interroge pour associer les utilisateurs aux adresses IP.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation>Serveur IP2ID (A10 IDsentrie)</translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation>Un équipement A10 Networks exécutant IDsentrie, qui associe les adresses IP aux identités des utilisateurs pour le SMS.</translation>
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
        <translation>Un équipement de prévention d&apos;intrusion TippingPoint géré par le SMS.</translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation>Heure fournie par le SMS (NTP)</translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation>L&apos;équipement prend son heure sur le SMS via NTP.</translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation>Authentification distante</translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation>L&apos;équipement authentifie les utilisateurs via le SMS (SMS provision, tcp 10043).</translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation>Serveur Active Directory (LDAP)</translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation>Un contrôleur de domaine Active Directory.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation>Un relais SMTP.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation>Serveur MQSeries</translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation>Un gestionnaire de files IBM MQ.</translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation>Commutateur réseau</translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation>Un commutateur dont Active Response peut désactiver les ports (RADIUS).</translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation>Lame Stratus NIO</translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation>Une lame d&apos;E/S réseau de série V qui gère le X.25 pour son module.</translation>
    </message>
</context>
<context>
    <name>catalog:type:nmc</name>
    <message>
        <source>UPS Network Management Card</source>
        <translation>Network Management Card d&apos;onduleur</translation>
    </message>
    <message>
        <source>The network card of an APC UPS. It tells registered PowerChute agents when to shut their hosts down.</source>
        <translation>La carte réseau d&apos;un onduleur APC. Elle indique aux agents PowerChute enregistrés quand arrêter leurs hôtes.</translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation>Protocole d&apos;enregistrement</translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation>Comment les agents PowerChute s&apos;enregistrent auprès de la carte. Les firmwares NMC récents utilisent HTTPS par défaut.</translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation>Port d&apos;enregistrement</translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation>80 pour HTTP ou 443 pour HTTPS&#xa0;; tout autre port doit être compris entre 5000 et 32768.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation>Serveur NTP</translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation>Une source de temps réseau.</translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation>Agent PowerChute Network Shutdown</translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation>PowerChute Network Shutdown 4.x/5.x&#xa0;: arrête proprement un serveur lorsque son onduleur signale un événement d&apos;alimentation.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation>Sous AIX, l&apos;interface web accepte aussi TLS 1.1.</translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation>Serveur RADIUS</translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation>Un serveur d&apos;authentification RADIUS.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation>Collecteur sFlow</translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation>Un serveur qui collecte les échantillons sFlow.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation>Client SMS TippingPoint</translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation>Un PC d&apos;administration avec le client SMS et un navigateur.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation>Serveur SMS TippingPoint</translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation>Le serveur Security Management System qui gère les équipements TippingPoint IPS, TPS et NGFW.</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>Mode FIPS</translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation>En mode FIPS, le SMS abandonne le hello au format SSLv2, SSLv3, TLS 1.2 et deux suites de chiffrement ECDHE.</translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation>Manager SNMP</translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation>Une station de supervision réseau qui interroge les agents SNMP et reçoit les traps.</translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation>Serveur syslog</translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation>Un collecteur syslog.</translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation>Serveur TACACS+</translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation>Un serveur d&apos;authentification TACACS+.</translation>
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
        <translation>Le service de mise à jour de Trend Micro sur Internet&#xa0;: Digital Vaccine et mises à jour logicielles.</translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation>Module Stratus VOS</translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation>Un module Stratus VOS (série V ou Continuum) exécutant STCP.</translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation>Système VOS</translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation>Le système VOS auquel appartient le module&#xa0;; les modules d&apos;un même système dialoguent en Open StrataLink. Par défaut, le nom du module lui-même.</translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation>Module passerelle</translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation>L&apos;unique module par système qui dialogue en Open StrataNet avec les passerelles des autres systèmes.</translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation>max_open_server</translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation>D&apos;après new_modules.tin (ports OSL de 3000 à 3000 + 2 x cette valeur) et new_backbone_systems.tin (ports OSN de 4000 à 4000 + cette valeur).</translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation>Version de VOS</translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation>Par exemple 14.7, 15.1, 15.1.0ar ou 16.1&#xa0;: elle détermine les services disponibles et les plages de ports éphémères.</translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation>SSH (tcp 22)</translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation>sshd&#xa0;; version 14.7, ou 15.1 et ultérieures (pas 15.0).</translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation>Telnet (tcp 23)</translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation>telnetd, démarré avec STCP.</translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation>telnet_msd (tcp 24)</translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation>Le démon telnet des vterm&#xa0;; non démarré par défaut.</translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation>FTP (tcp 21)</translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation>Le serveur FTP de STCP, démarré avec STCP.</translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation>HTTP (tcp 80)</translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation>Serveur web Apache.</translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation>HTTPS (tcp 443)</translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation>Serveur web Apache avec SSL&#xa0;; version 15.2 et ultérieures.</translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation>Samba (udp 137, 138&#xa0;; tcp 139, 445)</translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation>Partage de fichiers Samba&#xa0;; tcp 445 à partir de la version 15.1.</translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation>SWAT (tcp 901)</translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation>Outil web de configuration de Samba.</translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation>NFS (udp 2049)</translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation>Serveur NFS&#xa0;; versions jusqu&apos;à 15.x.</translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation>IPsec IKE (udp 500, 4500)</translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation>iked&#xa0;; version 16.1 et ultérieures.</translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation>Agent SNMP (udp 161)</translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation>L&apos;agent SNMP de STCP.</translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation>NTP (udp 123)</translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation>ntpd&#xa0;; version 15.1 et ultérieures.</translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation>Petits services (7, 9, 13, 19, 37)</translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation>echo, discard, daytime, chargen et time, lancés par inetd.</translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation>Serveur WhoIs</translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation>Un service WhoIs régional tel que whois.arin.net.</translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation>Un PC d&apos;opérateur ou d&apos;administrateur avec un navigateur.</translation>
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
        <translation>Port esclave RSN (rsn_incoming)</translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation>Jamais depuis un intranet d&apos;entreprise ou de production, ni depuis Internet.</translation>
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
        <translation>Les requêtes du NIO passent par le réseau privé.</translation>
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
        <translation>Seul un NIO a besoin de TFTP.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation>Petits services (echo, discard, daytime, chargen, time)</translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation>Risque de déni de service.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation>Requêtes de noms de domaine</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation>Contrôle FTP</translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation>FTP envoie les mots de passe en clair&#xa0;; préférez SFTP.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation>Données FTP en mode actif</translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation>Données en mode actif depuis le port source 20 vers le port que le client indique&#xa0;; l&apos;assistant FTP d&apos;un pare-feu avec état rend cette ligne inutile.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation>Serveur web Apache</translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation>Serveur web Apache sur SSL</translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation>Client MQSeries</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation>Requêtes sync_configd du NIO</translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation>Normalement via le réseau privé entre le NIO et son module.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation>Démarrage TFTP du NIO</translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation>Configurez tcpd pour que seul le NIO puisse utiliser TFTP.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation>Service de temps pour l&apos;horodatage des journaux du NIO</translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation>Les modules «&#xa0;{a.id}&#xa0;» (système {a.system}) et «&#xa0;{b.id}&#xa0;» (système {b.system}) sont dans des systèmes différents, et les systèmes ne dialoguent que de passerelle à passerelle&#xa0;: aucun flux n&apos;est déduit.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation>Heure réseau (ntpd)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation>Open StrataLink entre les modules d&apos;un même système</translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation>Ports 3000 à 3000 + 2 x le max_open_server de la destination.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation>Open StrataNet entre les modules passerelles de deux systèmes</translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation>Ports 4000 à 4000 + le max_open_server de la destination.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation>Authentification RADIUS (radius_auth_server)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas de serveur web HTTPS&#xa0;; désactivez https ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas d&apos;IPsec&#xa0;; désactivez ipsec ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas de serveur NFS&#xa0;; désactivez nfs ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas de démon NTP&#xa0;; désactivez ntp ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas Samba&#xa0;; désactivez samba ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas SSH&#xa0;; désactivez ssh ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» est en version {release}, qui n&apos;a pas SWAT&#xa0;; désactivez swat ou changez de version.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation>Samba (CIFS) sur TCP</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation>Services de noms et de datagrammes NetBIOS de Samba</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation>Service de session NetBIOS de Samba</translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation>Clients sftp et scp</translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation>Requêtes SNMP sur la MIB II</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation>Connexion SSH, sessions esclaves et transfert de fichiers sécurisé</translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation>Configuration de Samba par SWAT</translation>
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
        <translation>Telnet envoie les mots de passe en clair&#xa0;; préférez SSH.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation>Le module VOS «&#xa0;{id}&#xa0;» accepte Telnet, qui envoie les mots de passe en clair&#xa0;; préférez SSH.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation>Telnet sur les périphériques vterm (telnet_msd)</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet envoie les mots de passe en clair&#xa0;; préférez SSH.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation>X.25 sur TCP (x25_cpc)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation>Planifie les flux de pare-feu des réseaux industriels.</translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation>Le plan à ouvrir.</translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation>La langue de l&apos;interface pour cette exécution, par exemple de, fr, ja, ko ou zh_TW (en pour l&apos;anglais)&#xa0;; par défaut celle choisie dans les Préférences, sinon celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation>%1 n&apos;est pas un fichier de projet Portolan&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation>%1 n&apos;est pas un fichier de projet Portolan&#xa0;: ce n&apos;est pas une base de données SQLite (il est peut-être chiffré ou d&apos;un autre format).</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation>%1 n&apos;est pas un fichier de projet Portolan&#xa0;: c&apos;est une base de données SQLite d&apos;une autre application.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation>le fichier est plus court que ce qu&apos;indique son en-tête&#xa0;; il a probablement été tronqué.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation>%1 a été enregistré par une version plus récente de Portolan (format de projet %2&#xa0;; cette version lit les formats jusqu&apos;à %3). Il n&apos;est pas modifié&#xa0;; ouvrez-le avec un Portolan plus récent.</translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation>il n&apos;enregistre aucune version de format de projet.</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>la vérification d&apos;intégrité signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le fichier terminé n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1&#xa0;: révision %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation>L&apos;enregistrement vers %1 a été annulé. Rien n&apos;y a été écrit.</translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>Lier %1 et %2</translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>Ajouter la zone %1</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation>Tout agencer</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Agencer</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation>Agencement de chaque zone et de chaque hôte…</translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation>Agencement des zones et des hôtes sans position…</translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation>Plan agencé&#xa0;; Annuler remet chaque zone et chaque hôte à sa place.</translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation>Rien à agencer&#xa0;: chaque zone et chaque hôte a déjà sa place.</translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation>L&apos;agencement a été annulé&#xa0;; rien n&apos;a bougé.</translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation>Le plan a changé pendant l&apos;agencement&#xa0;; rien n&apos;a bougé. Agencez-le à nouveau.</translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation>Une ancienne révision est affichée&#xa0;: elle ne peut pas être agencée.</translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation>Le traitement n&apos;a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation>Explorateur du catalogue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation>Rechercher des types d&apos;hôte, liaisons, règles, blocages et constats</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation>%1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Remarque de sécurité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Host type</source>
        <translation>Type d&apos;hôte</translation>
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
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation>une liaison %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>Système redondant de %n type d&apos;hôte</numerusform>
            <numerusform>Système redondant de %n types d&apos;hôte</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation>entre membres de %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation>recommandé pour chaque %1</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation>supprimé (fantôme)</translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation>Tout le reste est estompé.</translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation>&amp;Exporter le rapport des modifications…</translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation>Écrire le rapport des modifications en PDF&#xa0;: les modifications du plan et ce que chacune entraîne</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation>Revenir à l&apos;édition du plan (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>%n modification du plan.</numerusform>
            <numerusform>%n modifications du plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation>Flux&#xa0;: %1 ajoutés, %2 supprimés, %3 modifiés. Constats&#xa0;: %4 ajoutés, %5 supprimés. Règles du pare-feu&#xa0;: %6 ajoutées, %7 supprimées dans %8 paire(s) de zones.</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
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
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>%1 supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>%n modification de flux</numerusform>
            <numerusform>%n modifications de flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>%n modification de constat</numerusform>
            <numerusform>%n modifications de constats</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation>Modifications qu&apos;aucune modification du plan n&apos;explique</translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>%n élément copié.</numerusform>
            <numerusform>%n éléments copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Collage impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>%n élément collé.</numerusform>
            <numerusform>%n éléments collés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation>Le plan a changé&#xa0;: le mode comparaison est terminé.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Comparer avec une révision</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation>La révision %1 de %2 ne peut pas être lue&#xa0;: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>révision %1 de %2</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparaison de %1 avec %2</translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>Mode comparaison&#xa0;: %n modification du plan. Appuyez sur Échap pour le quitter.</numerusform>
            <numerusform>Mode comparaison&#xa0;: %n modifications du plan. Appuyez sur Échap pour le quitter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1 (avec des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation>Les validations sont enregistrées entre deux révisions d&apos;un même projet.</translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation>Enregistrez d&apos;abord le plan&#xa0;: une validation porte sur une révision enregistrée.</translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation>La révision est comparée à elle-même.</translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation>Approuver ou rejeter la révision %1 par rapport à la révision %2, avec un commentaire.</translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation>%1 (zone supprimée)</translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation>Aucune comparaison en cours.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation>Une validation est enregistrée sur une révision enregistrée, par rapport à une autre révision du même projet.</translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Plans (*.portolan *.json);;Projets Portolan (*.portolan);;Plan JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>Exporter le rapport des modifications</translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation>%1 modifications.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation>Rapport des modifications écrit dans %1.</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation>Enregistré&#xa0;: %1 approuve la révision %2 par rapport à la révision %3.</translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation>Enregistré&#xa0;: %1 rejette la révision %2 par rapport à la révision %3.</translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation>Flux personnalisé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>Ajouter un flux &amp;personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation>&amp;Modifier le flux personnalisé…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation>Supp&amp;rimer le flux personnalisé</translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation>Ajouter un flux que le catalogue ne connaît pas, avec la justification de son besoin&#xa0;; les hôtes sélectionnés en sont la source et la destination</translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation>Modifier le flux personnalisé de la ligne choisie dans la matrice</translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation>Supprimer le flux personnalisé de la ligne choisie dans la matrice</translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation>Flux personnalisé</translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation>Le flux personnalisé ne peut pas être pris en compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation>Ajouter un flux personnalisé</translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation>Modifier le flux personnalisé %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation>443, ou 3000-3032</translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation>Son usage, par exemple administration web de la NMC</translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation>Pourquoi il est nécessaire, par exemple CR-2031&#xa0;: mises à jour du firmware de l&apos;onduleur</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation>Un flux personnalisé est déduit et exporté comme un flux du catalogue, marqué comme personnalisé. Une ligne de blocage ou une règle à sens unique du catalogue l&apos;interdit toujours.</translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation>Un flux personnalisé relie deux hôtes&#xa0;: ajoutez d&apos;abord des hôtes au plan.</translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation>Choisissez une destination différente de la source.</translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation>Indiquez pourquoi le flux est nécessaire (une demande de modification, un contrat de maintenance).</translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>Le catalogue ne donne aucune signification à cette paire.</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation>Redimensionner la zone %1</translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation>%1 (personnalisé&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation>%1&#xa0;: une ancienne révision est affichée en lecture seule et ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 et %2 sont déjà liés.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation>Un %1 ne peut pas être lié à un %2&#xa0;: le catalogue ne donne aucune signification à cette paire.</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation>%1 et %2 liés&#xa0;: %3</translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation>Nouvelle zone %1</translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation>Ajouter le flux personnalisé %1</translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de flux personnalisé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation>Modifier le flux personnalisé %1</translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation>Supprimer le flux personnalisé %1</translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation>Une ancienne révision est affichée en lecture seule.</translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation>Faites glisser un rectangle sur le canevas pour dessiner une zone&#xa0;; Échap pour annuler.</translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation>Une zone doit mesurer au moins %1 × %1 unités&#xa0;: faites glisser un rectangle plus grand.</translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation>Décaler à gauche</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>Décaler à droite</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>Décaler vers le haut</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>Décaler vers le bas</translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation>%1 (plus loin)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation>Zoomer et faire défiler pour que les hôtes et zones sélectionnés remplissent la vue</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>Ali&amp;gner</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>Aligner les bords &amp;gauches</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Aligner les &amp;centres horizontalement</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Aligner les bords &amp;droits</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Aligner les bords &amp;supérieurs</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>Aligner les &amp;milieux verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Aligner les bords &amp;inférieurs</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir &amp;horizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>C&amp;oller ici</translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation>Ajouter une &amp;zone ici</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation>Sélectionner les &amp;flux</translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation>Sélectionner les &amp;flux de la liaison</translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation>&amp;Zoomer dessus</translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation>Sélectionner ses &amp;hôtes</translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation>&amp;Zoomer sur ses hôtes</translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation>&amp;Propriétés de la source</translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>Ajouter un flux &amp;personnalisé…</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation>Ce format n&apos;a pas d&apos;options.</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Commencer par une &amp;marque d&apos;ordre des octets (pour Excel)</translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation>Adresses ré&amp;servées pour les hôtes qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation>Inclure les flux au sein d&apos;une même &amp;zone</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation>Certains tableurs ne lisent l&apos;UTF-8 que si le fichier commence par cette marque.</translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation>Les hôtes sans adresse reçoivent une adresse de documentation (192.0.2.x) signalée comme à compléter, au lieu d&apos;interrompre l&apos;export.</translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation>Les flux entre hôtes d&apos;une même zone ne traversent aucun pare-feu&#xa0;; ils sont laissés de côté sauf si cette option est activée.</translation>
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
        <translation>Pour le cartouche, par exemple C-7</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>Votre nom ou votre équipe</translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation> px par unité</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation>Pixels par unité de canevas&#xa0;; 2 convient aux écrans haute densité et à l&apos;impression.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Révision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>design</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>Choisissez un format.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>Rendu de l&apos;aperçu de %n hôte…</numerusform>
            <numerusform>Rendu de l&apos;aperçu de %n hôtes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation>L&apos;image du diagramme n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation>L&apos;export n&apos;a pas pu être construit.</translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation>Ce format n&apos;a pas d&apos;aperçu. Le fichier contiendra %1.</translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation>%1

Activez les adresses réservées, ou donnez une adresse à ces hôtes dans leurs propriétés.</translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation>Utiliser des adresses &amp;réservées</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Cet export ne peut pas être réalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Impossible d&apos;exporter vers %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>L&apos;export vers %1 a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n ligne, %1.</numerusform>
            <numerusform>%n lignes, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… %n ligne de plus non affichée ici&#xa0;; le fichier les contient toutes.</numerusform>
            <numerusform>… %n lignes de plus non affichées ici&#xa0;; le fichier les contient toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation>Commence par une marque d&apos;ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation>US Letter, paysage.</translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation>A4, paysage.</translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>Le plan «&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation>Nouveau plan&#xa0;: faites glisser des types d&apos;hôte depuis la palette vers le canevas.</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Projets Portolan (*.portolan);;Plan JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation>Ceci est un plan d&apos;exemple. Sélectionnez un hôte pour voir ses flux&#xa0;; faites glisser des types d&apos;hôte depuis la palette pour établir votre propre plan.</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>Enregistrer avec un commentaire</translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation>Qu&apos;est-ce qui a changé dans cette révision&#xa0;?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation>Projets Portolan (*.portolan)</translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation>%1 ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation>Révision %1 de %2 enregistrée.</translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation>Importer un plan JSON</translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation>Plan JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation>%1 importé&#xa0;: enregistrez-le pour le conserver comme projet.</translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation>Exporter le plan JSON</translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation>Plan JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation>Plan exporté vers %1.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation>La révision %1 de %2 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation>La révision %1 de %2 est affichée en lecture seule. Restaurez-la depuis la boîte de dialogue Révisions pour repartir d&apos;elle.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation>La révision %1 de %2 ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation>Révision %1 restaurée comme révision %2 de %3.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>un plan sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation>Portolan ne s&apos;est pas fermé normalement. Un enregistrement automatique de %1 datant de %2 contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation>Récupérer ouvre les modifications pour que vous puissiez les enregistrer. Abandonner supprime l&apos;information. Plus tard la conserve et redemande au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation>L&apos;enregistrement automatique %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation>Modifications non enregistrées de %1 récupérées&#xa0;: enregistrez-les pour les conserver.</translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation>Une ancienne révision est affichée en lecture seule et ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation>L&apos;enregistrement a été annulé&#xa0;: %1 est inchangé.</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation>%1
(règle %2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation>Filtrer les flux (hôte, service, port, référence…)</translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation>N&apos;afficher que les flux d&apos;une zone vers une autre</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Tout protocole</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation>Afficher les flux de tous les hôtes</translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation>Toute paire de zones</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 flux sur %2</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation>sans zone</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation>Tous → %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation>Blocage recommandé&#xa0;: trafic que le produit ne devrait pas recevoir.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation>Autoriser (personnalisé)</translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation>Flux personnalisé ajouté par les concepteurs (%1).</translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>Importer %n hôte</numerusform>
            <numerusform>Importer %n hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation>Importer des hôtes depuis un CSV</translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation>&amp;Fichier d&apos;inventaire&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation>Un fichier CSV avec les colonnes name, type, address, et éventuellement zone et id</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation>Choisissez un inventaire pour voir ce qu&apos;il ajoute au plan.</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation>Inventaires d&apos;hôtes (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée (surlignée, avec la raison). Corrigez-la dans le fichier et rechargez-le&#xa0;: rien n&apos;est importé tant qu&apos;une ligne est incorrecte.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées (surlignées, avec la raison). Corrigez-les dans le fichier et rechargez-le&#xa0;: rien n&apos;est importé tant qu&apos;une ligne est incorrecte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation>Les hôtes ne peuvent pas être importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation>L&apos;inventaire ne contient aucun hôte.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation>Une ancienne révision est affichée en lecture seule&#xa0;; revenez à la dernière révision pour importer.</translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation>Hôtes à ajouter&#xa0;: %1. Nouvelles zones&#xa0;: %2. L&apos;import les ajoute en une seule étape, qu&apos;Annuler défait.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>%n hôte importé depuis %1.</numerusform>
            <numerusform>%n hôtes importés depuis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation>L&apos;hôte ne sera dans aucune zone.</translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation>%1 (nouvelle zone)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation>Faites glisser un type d&apos;hôte depuis la palette vers le canevas pour commencer.</translation>
    </message>
    <message>
        <source>Host types</source>
        <translation>Types d&apos;hôte</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;plan ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>Matrice des flux</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation>Enregistrer avec un &amp;commentaire…</translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation>Enregistrer une nouvelle révision et décrire ce qui a changé</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Ré&amp;visions…</translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation>Lister les révisions enregistrées du projet, en ouvrir une ancienne ou la restaurer</translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation>Revenir à la &amp;dernière révision</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer un JSON…</translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation>Lire un fichier de plan JSON comme un nouveau plan non enregistré</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation>Écrire le plan en plan JSON</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Effacer la &amp;liste</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation>Écrire la matrice des flux, un jeu de règles, le rapport ou le diagramme, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation>Rec&amp;hercher un hôte…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>Afficher les &amp;flux</translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation>Dessiner les flux déduits sous forme de flèches de la source vers la destination</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Sélectionner et déplacer</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>Tracer des &amp;liaisons</translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation>Tracer des liaisons&#xa0;: faites glisser d&apos;un hôte vers un autre (L)</translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation>Sélectionner et déplacer les hôtes et les zones (S)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>Ajouter une &amp;zone</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Planifie les flux de pare-feu des réseaux industriels&#xa0;: placez les hôtes dans des zones, liez ceux qui communiquent, et lisez chaque flux qu&apos;exigent les références des produits.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation>Rechercher un hôte (%1)</translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation>Aucun hôte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 trouvé.</translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation>Portolan — %1 (révision %2, lecture seule)</translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation>Portolan — %1[*]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation>Flux de %1</translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>Flux de %n hôte sélectionné</numerusform>
            <numerusform>Flux des %n hôtes sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (absent)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation>Zone ajoutée&#xa0;: nommez-la et indiquez ses sous-réseaux dans les propriétés.</translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation>&amp;Vérifier depuis cette machine…</translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation>Sonder le réseau réel depuis cette machine, à la place d&apos;un hôte du plan</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation>Co&amp;mparer avec une révision…</translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation>Montrer ce que le plan a changé depuis une révision&#xa0;: marques sur le canevas, et flux et constats entraînés par chaque modification</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation>Montrer ce que le plan change par rapport à un autre fichier de plan</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation>Définir l&apos;auteur des révisions, l&apos;intervalle d&apos;enregistrement automatique, la langue et le format de page du rapport</translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation>E&amp;xaminer une demande de modification…</translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation>Donner à chaque ligne d&apos;une demande de modification ou du jeu de règles d&apos;un pare-feu son verdict par rapport au plan</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation>Quittez d&apos;abord le sondage.</translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation>Importer des &amp;hôtes depuis un CSV…</translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation>Ajouter au plan les hôtes d&apos;un inventaire (CSV), avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Agencer</translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation>Donner une place à chaque zone et à chaque hôte qui n&apos;en a pas, en conservant les places déjà définies</translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation>Agencer &amp;tout</translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation>Replacer chaque zone et chaque hôte&#xa0;: zones côte à côte, hôtes en grille dans leur zone</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>&amp;Dessiner une zone</translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation>Dessiner une zone&#xa0;: faites glisser un rectangle sur le canevas (Z)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation>Lister toutes les actions de la fenêtre avec leurs raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation>Explorateur du &amp;catalogue</translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation>Rechercher dans le catalogue chaque type d&apos;hôte, liaison, flux, blocage et constat, avec sa référence</translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation>Déplacer %1 vers une autre zone</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation>Filtrer les types d&apos;hôte</translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation>Votre nom, tel que l&apos;enregistrent les révisions du projet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
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
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>Enregistrement a&amp;utomatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Portolan.</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>&amp;Format de page du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation>Vérifier depuis cette machine</translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation>Se connecte depuis cette machine aux flux de l&apos;hôte dont elle tient le rôle&#xa0;: chaque flux tcp autorisé doit s&apos;ouvrir, aucune ligne de blocage vers une autre zone ne doit s&apos;ouvrir. Seules les adresses du plan sont contactées.</translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation>%1 (%2), sans adresse</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation>%1&#xa0;: cette machine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation>&amp;Tenir le rôle de&#xa0;:</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>Cette machine&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation>Durée pendant laquelle une connexion peut attendre une réponse avant d&apos;être comptée comme filtrée</translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation>Nombre maximal de connexions en cours</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation>Nombre maximal de connexions lancées par seconde</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Connexions simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Dé&amp;bit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation>Le plan n&apos;a aucun hôte.</translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation>%1 se connecte à %2 adresses du plan&#xa0;; %3 lignes listées sans connexion (udp, icmp, sans adresse).</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>%1 hôtes s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; donnez l&apos;un de leurs id&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation>Le plan n&apos;a aucun hôte dont l&apos;id ou le nom est «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inattendu</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation>%1 (un échantillon de la plage)</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1&#xa0;: écart</translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation>%1&#xa0;: passe, rien n&apos;écoute</translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation>%1&#xa0;: conforme au plan</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>Résultat du sondage</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation>Rien à quoi se connecter&#xa0;: %1 n&apos;a aucun flux tcp autorisé et ne relève d&apos;aucune ligne de blocage tcp d&apos;un hôte ayant une adresse.</translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation>Un autre plan a été ouvert&#xa0;: le sondage s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation>Le plan a changé&#xa0;: le sondage s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation>Depuis cette machine (%1) à la place de %2 (%3, %4)&#xa0;: %5 connexions, au plus %6 simultanées et %7 par seconde, délai d&apos;attente de %8 ms.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>aucune adresse dans le plan</translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation>Fermer le sondage</translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation>Les résultats n&apos;ont pas été enregistrés dans un rapport. Les fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation>Vérification depuis %1</translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation>Sondage depuis cette machine en tant que %1…</translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation>Sondage annulé&#xa0;: ce qui n&apos;a pas reçu de réponse est listé comme non sondé.</translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation>Enregistrer le rapport de mise en service</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;CSV, une ligne par résultat (*.csv)</translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation>Rapport de mise en service enregistré sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>Sondage terminé&#xa0;: %n écart par rapport au plan.</numerusform>
            <numerusform>Sondage terminé&#xa0;: %n écarts par rapport au plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation>Sondage terminé&#xa0;: le réseau est conforme au plan.</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocages</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>portolan::ProbePanel</name>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation>&amp;Annuler le sondage</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation>Arrêter maintenant&#xa0;: les connexions en cours sont abandonnées, le reste est listé comme non sondé</translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation>Enregistrer les résultats dans un rapport de mise en service&#xa0;: PDF ou CSV</translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation>Quitter le sondage&#xa0;: le canevas et la matrice montrent à nouveau le plan</translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation>%1 connexions sur %2</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Sondage…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation>Terminé&#xa0;: le réseau diffère du plan.</translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation>Terminé&#xa0;: le réseau est conforme au plan.</translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation>%1 Conformes au plan&#xa0;: %2. Passent, rien n&apos;écoute&#xa0;: %3. Écarts&#xa0;: %4. Non sondés&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation>connecté en %1 ms</translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation>refusé (reset TCP) en %1 ms</translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation>%1 (un ICMP unreachable&#xa0;: un pare-feu qui rejette, ou pas de route)</translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation>Cette machine n&apos;a pas pu l&apos;essayer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation>Cette machine n&apos;a pas pu émettre depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation>Le sondage a été annulé avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation>Le sondage a été annulé avant d&apos;être essayé.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation>Le délai d&apos;attente doit être compris entre 50 et 60000 millisecondes&#xa0;; %1 ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation>La simultanéité doit être comprise entre 1 et 256 connexions&#xa0;; %1 ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation>Le débit doit être compris entre 1 et 1000 connexions par seconde&#xa0;; %1 ne l&apos;est pas.</translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation>le pilote SQLite de Qt ne donne pas accès aux réglages de sûreté de SQLite</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite a refusé un réglage de sûreté (%1)</translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n élément sélectionné&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n éléments sélectionnés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Sélectionnez un hôte, une zone ou une liaison pour le modifier.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id&#xa0;:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation>version, par exemple 15.2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Les hôtes d&apos;une zone partagent une frontière de pare-feu avec chacune des autres zones.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation>192.168.10.0/24, 10.1.0.0/16</translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation>Les sous-réseaux de la zone, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>Sous-réseaux&#xa0;:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation>&lt;b&gt;Liaison&lt;/b&gt;&lt;br&gt;%1 — %2</translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>Le catalogue ne donne aucune signification à cette paire.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification&#xa0;:</translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation>Apporte&#xa0;:</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(sans zone)</translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation>%1 est hors des sous-réseaux de la zone %2 (%3).</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation>Modifier l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation>Déplacer %1 vers la zone %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Renommer la zone %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un sous-réseau tel que 192.168.10.0/24.</translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation>Modifier les sous-réseaux de la zone %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation>Modifier les remarques de %1</translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: pas de place pour une copie temporaire permettant de mettre à jour son format.</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation>%1 n&apos;est pas un fichier de projet valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation>%1 a été abandonné après %2 secondes de lecture&#xa0;: il est très volumineux, endommagé, ou conçu pour bloquer Portolan.</translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation>Renommer le plan</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation>Examiner une demande de modification</translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation>Demandes de modification et jeux de règles (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>Examen de %1 (%2)&#xa0;: %n ligne.</numerusform>
            <numerusform>Examen de %1 (%2)&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation>L&apos;examen s&apos;est terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation>L&apos;examen est fermé&#xa0;; le plan peut à nouveau être modifié.</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation>%1 %2 -&gt; %3, %4 %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation>Flux du plan qu&apos;elle couvre</translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation>Flux du plan qu&apos;elle bloque</translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation>Interdit par le plan</translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation>Excédent&#xa0;: %1 tuples dont le plan n&apos;a pas besoin</translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation>Seules les %1 premières flèches sont dessinées.</translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation>Flux manquants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>Chaque flux du plan qui traverse les zones couvertes est autorisé.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation>Flux du plan qu&apos;aucune règle n&apos;autorise&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation>%1 (une ancienne révision)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation>%1&#xa0;: choisissez un fichier se terminant par .pdf, .csv ou .json.</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-examen</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exporter le rapport d&apos;examen</translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Rapport PDF à signer (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>Examen écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation>Flux manquants</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>Fermer l&apos;examen</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les demandes</translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation>Les flux du plan qu&apos;aucune règle n&apos;autorise</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation>Écrire l&apos;examen dans un rapport PDF à signer, ou en CSV ou JSON</translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation>Quitter l&apos;examen et reprendre l&apos;édition du plan (Échap)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n ligne&#xa0;: </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n lignes&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>&#xa0;; %n flux manquant</numerusform>
            <numerusform>&#xa0;; %n flux manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation>Flux manquants (%1)</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
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
        <translation>Id</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation>il n&apos;a pas de révision %1</translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation>il ne contient aucune révision</translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation>la révision %1 devrait contenir %2 zones, %3 hôtes et %4 liaisons mais en contient %5, %6 et %7</translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation>la révision %1 contient deux fois la zone «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation>la révision %1 contient deux fois l&apos;hôte «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation>Les révisions de %1 ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation>&amp;Restaurer comme nouvelle révision…</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Restaurer la révision</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation>Restaurer la révision %1 de %2&#xa0;? Son plan devient une nouvelle révision&#xa0;; les révisions postérieures restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Comparer avec une révision</translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation>Comparer le plan actuel avec une révision de %1&#xa0;: le canevas marque ce qui a changé et le panneau Modifications liste l&apos;effet de chaque modification sur les flux et les constats.</translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation>Chaque enregistrement de %1 est conservé comme révision. Ouvrez-en une ancienne pour la consulter, ou restaurez-la pour repartir d&apos;elle&#xa0;: la restauration ajoute une nouvelle révision et conserve l&apos;historique. Valider enregistre la décision d&apos;un réviseur sur une révision.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation>Approuver ou rejeter la révision sélectionnée par rapport à la précédente</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation>Restaure la révision %1</translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation>%1 (restaure la révision %2)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation>Approuvée par %1 (par rapport à %2)</translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation>Rejetée par %1 (par rapport à %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1, %n décision antérieure</numerusform>
            <numerusform>%1, %n décisions antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation>la colonne «&#xa0;%1&#xa0;» de la ligne %2 de la table «&#xa0;%3&#xa0;» contient une valeur non valide</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou touche</translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation>Votre décision sur la révision %1 de %2, examinée par rapport à la révision %3. Elle est conservée dans le fichier de projet avec votre nom et l&apos;heure, et imprimée sur le rapport des modifications.</translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation>Conservé comme votre nom pour les révisions que vous enregistrez et les modifications que vous validez</translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation>Ce que vous avez vérifié, les conditions, ou pourquoi la modification est rejetée</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Ré&amp;viseur&#xa0;:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation>Dites pourquoi la modification est rejetée.</translation>
    </message>
</context>
</TS>
