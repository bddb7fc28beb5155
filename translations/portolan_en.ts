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
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: unknown host type &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: zone &quot;%3&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: host &quot;%3&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a host cannot be linked to itself</source>
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
        <source>%1: the id is used by another zone</source>
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
        <source>%1: &quot;width&quot; and &quot;height&quot; must not be negative</source>
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
        <source>%1: the id is used by another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
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
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
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
        <source>%1: cannot be opened: %2</source>
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
        <source>The PNG picture could not be drawn.</source>
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
        <source>Flow changes: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOW CHANGES</source>
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
        <source>Flows are grouped by zone pair: the firewall between the source zone and the destination zone. A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, zones, reference or notes differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow changed between the two designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 (continued)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>portolan-cli: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portolan-cli: unknown command &quot;%1&quot;</source>
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
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>%1 hosts · %2 links · %3 flows · %4 errors · %5 warnings</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>%1 hosts, %2 zones, %3 links</source>
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
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history.</source>
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
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::cli</name>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects %1 file argument(s); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the flows, blocks and findings the catalog derives from a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design: a .json or .portolan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the findings about a design: errors, warnings and security notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one export of a design.
With --format portolan, FILE becomes a Portolan project file (SQLite with revision history). When FILE already is a Portolan project, the design is added to it as a new revision and its history is kept; any other existing file is refused and left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets: give hosts without an address a named placeholder (192.0.2.x, marked to be filled in) instead of failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets: also write the flows within one zone, which cross no firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the revision for the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the author for the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: pixels per canvas unit (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portolan-cli COMMAND [options]
Derives the firewall flows of a Portolan design from the product catalog.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
DESIGN is a design JSON file or a Portolan project file.
Exit status: 0 success; 1 an error finding exists (flows, validate) or flows changed (diff);
2 unreadable input or bad usage. Run &apos;portolan-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  diff OLD NEW [--format json|csv|pdf] [--output FILE]
                 Prints the flows added, removed and changed between two designs;
                 pdf writes them as a report and needs --output FILE (- for standard output).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the flows added, removed and changed between two designs.
With --format pdf, writes a report titled with both design names: the flows added, removed and changed (before and after), by zone pair. A PDF needs --output FILE; --output - writes it to standard output.
Exit status: 0 no flow changed, 1 flows changed, 2 unreadable input, bad usage or a file that cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default), csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output; required for pdf (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json, csv or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required for pdf; use --output - for standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  export DESIGN --format %1 --output FILE
                 Writes one export; --format portolan writes a project file, or adds a
                 revision when FILE already is one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  flows DESIGN [--format json|csv] [--output FILE]
                 Prints the derived flows, blocks and findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  validate DESIGN
                 Prints the findings only.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
