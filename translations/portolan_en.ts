<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AsaExport</name>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>no design change (the order of the design&apos;s items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMarkItem</name>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignRules</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id must be 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Design JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 export cannot be built in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 / −%2 / ~%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbePdfReport</name>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectAutosave</name>
    <message>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n rule that matches only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets is not a request.</numerusform>
            <numerusform>%n rules that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>%n rule that matches only replies of accepted connections (established, related) or invalid packets is not a request.</numerusform>
            <numerusform>%n rules that match only replies of accepted connections (established, related) or invalid packets are not requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match on %1 %2 is not one Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>the %1 design has %n host without an address (%2); a rule set delta needs every address a rule uses</numerusform>
            <numerusform>the %1 design has %n hosts without an address (%2); a rule set delta needs every address a rule uses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>%n host without an address: %1. Give it an address, or export with placeholders (--placeholders).</numerusform>
            <numerusform>%n hosts without an address: %1. Give them addresses, or export with placeholders (--placeholders).</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>%n flow within one zone crosses no firewall and is left out.</numerusform>
            <numerusform>%n flows within one zone cross no firewall and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:product:clearscada</name>
    <message>
        <source>Schneider Electric ClearSCADA</source>
        <extracomment>Title of the catalog product clearscada</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:product:pcns</name>
    <message>
        <source>APC PowerChute Network Shutdown and UPS NMC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:dd-analyzer</name>
    <message>
        <source>Deep Discovery Analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend Micro&apos;s sandbox that analyses URLs and files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:identity-agent</name>
    <message>
        <source>TippingPoint Identity Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend Micro&apos;s agent that collects user logins from the domain controllers; the SMS polls it to correlate users with IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:ips</name>
    <message>
        <source>TippingPoint IPS / TPS / NGFW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TippingPoint intrusion prevention device managed by the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:nmc</name>
    <message>
        <source>UPS Network Management Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network card of an APC UPS. It tells registered PowerChute agents when to shut their hosts down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:tmc</name>
    <message>
        <source>TippingPoint Threat Management Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend Micro&apos;s update service on the internet: Digital Vaccine and software updates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.bootp</name>
    <message>
        <source>bootp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.rsn</name>
    <message>
        <source>RSN slave port (rsn_incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.sync-configd</name>
    <message>
        <source>sync_configd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIO requests come over the private network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tftp</name>
    <message>
        <source>TFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an NIO needs TFTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet</name>
    <message>
        <source>Telnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>Redundant system of %n host type</numerusform>
            <numerusform>Redundant system of %n host types</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>%n design change.</numerusform>
            <numerusform>%n design changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3 %4 · %5 [%6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>%n flow change</numerusform>
            <numerusform>%n flow changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>%n finding change</numerusform>
            <numerusform>%n finding changes</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>Copied %n item.</numerusform>
            <numerusform>Copied %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>Pasted %n item.</numerusform>
            <numerusform>Pasted %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>Compare mode: %n design change. Press Esc to leave it.</numerusform>
            <numerusform>Compare mode: %n design changes. Press Esc to leave it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the title block, such as C-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>Rendering the preview of %n host…</numerusform>
            <numerusform>Rendering the preview of %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n line, %1.</numerusform>
            <numerusform>%n lines, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… %n more line not shown here; the file holds it all.</numerusform>
            <numerusform>… %n more lines not shown here; the file holds them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>Import %n host</numerusform>
            <numerusform>Import %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>%n row cannot be imported (highlighted, with the reason). Fix it in the file and reload it: nothing is imported while a row is bad.</numerusform>
            <numerusform>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>Imported %n host from %1.</numerusform>
            <numerusform>Imported %n hosts from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>Flows of %n selected host</numerusform>
            <numerusform>Flows of %n selected hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>Probe done: %n difference from the design.</numerusform>
            <numerusform>Probe done: %n differences from the design.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbePanel</name>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n item selected&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n items selected&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>Reviewing %1 (%2): %n line.</numerusform>
            <numerusform>Reviewing %1 (%2): %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n line: </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n lines: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>; %n missing flow</numerusform>
            <numerusform>; %n missing flows</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ReviewTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1, %n earlier decision</numerusform>
            <numerusform>%1, %n earlier decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
