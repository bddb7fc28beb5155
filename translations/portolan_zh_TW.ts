<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AsaExport</name>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation>! 每個來源區域一份存取清單，名稱為 &lt;zone&gt;_in，用於該區域的入口介面，內含</translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation>! 其允許規則。進入各區域的封鎖列只寫一次，放在全域清單 %1 中，</translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation>! 防火牆在介面清單之後才讀取它：上方已允許的連線不會走到其封鎖，</translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation>! 全域清單以最後的 deny 結尾。結尾的 access-group 行已註解掉：</translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation>! 啟用前請先確認介面名稱，並同時啟用全域清單。</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>預留位置（PLACEHOLDER）：請填入 %1 的位址</translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation>=== %1 -&gt; %2 ===</translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation>從 %1 進入的流量</translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation>區域子網路：%1</translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation>其餘全部交由全域清單 %1 處理</translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation>從區域外進入各區域的封鎖，接著是最後的 deny</translation>
    </message>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation>=== 從區域外進入 %1 的封鎖 ===</translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation>上方允許的例外：%1</translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation>其餘全部拒絕</translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation>Cisco ASA 存取清單</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation>必須為 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必須為 %1 到 %2 的整數</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必須介於 %1 到 %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必須為下列之一：%1</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必須為文字</translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation>必須為版本號碼，例如 &quot;15.1&quot; 或 &quot;14.5.0at&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation>%1：不是型錄檔案：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation>主機類型需要 id 與名稱</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation>主機類型 &quot;%1&quot; 重複定義</translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation>參數需要名稱與種類（bool、int、choice、text、release）</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>預設值 %1</translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>呼叫了 %1()；預設值只能讀取主機的欄位，以及在它之前宣告的參數</translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation>連線需要規則 id 與服務</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation>規則 &quot;%1&quot; 必須以 &quot;file.txt: table&quot; 格式引用其種子來源</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>未知的通訊協定 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation>規則 &quot;%1&quot; 未指定通訊協定</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation>&quot;from&quot; 與 &quot;to&quot; 必須為 &quot;a&quot; 與 &quot;b&quot;</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>嚴重程度必須為 error、warning 或 info</translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation>檢查發現需要 id 與嚴重程度</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知的主機類型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation>連結 %1 - %2 重複定義</translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation>連結需要兩個主機類型與一個意義</translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation>&quot;%1&quot; 的主機規則重複定義</translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation>需求需要 id、訊息與已知的 %1</translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation>系統需要 id、名稱與成員類型</translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation>配對需指定兩份成員類型清單</translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation>同一個 %1 的伺服器</translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation>%1：沒有型錄檔案</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation>來自 %1 的允許連線除外，它們位於此封鎖之前，仍維持允許。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation>規則 &quot;%1&quot;（&quot;%2&quot; 與 &quot;%3&quot; 之間）：%4。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation>主機 &quot;%1&quot;：&quot;%2&quot; 不是 %3 的參數，已忽略。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation>主機 &quot;%1&quot;：參數 &quot;%2&quot; %3，而不是 %4；改用預設值。</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation>連結 %1（%2 - %3）與連結 %4 重複，沒有任何作用。</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation>連結 %1（%2 - %3）：型錄未定義 %4 與 %5 之間連結的意義。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation>主機 &quot;%1&quot;：位址 %2 不在區域 &quot;%3&quot; 的任何子網路內（%4）。</translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation>單向規則需要規則 id 與服務</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation>規則 &quot;%1&quot; 使此配對的連線成為單向，但 &quot;%2&quot; 為雙向</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation>沒有區域的主機</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation>從區域外進入 %1 的封鎖</translation>
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
        <translation>沒有設計變更（設計項目的順序）</translation>
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
        <translation>已移除</translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation>%1 以外的任何主機</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation>否（同一區域內）</translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation>防火牆矩陣 (CSV)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation>引號儲存格之後必須是分號或行尾。</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation>引號儲存格之後必須是定位字元（Tab）或行尾。</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation>引號儲存格之後必須是逗號或行尾。</translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation>從此處開始的引號儲存格始終未結束。</translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation>儲存格中出現雙引號，但該儲存格並非以雙引號開頭；請以引號括住整個儲存格，並將其中的引號重複寫兩次。</translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation>自訂連線 &quot;%1&quot;（%2 到 %3，%4）</translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation>封鎖規則 %1（%2）</translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation>單向規則 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation>%1 被 %2 禁止：不允許通過。</translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation>%1：連接埠 %2 被 %3 禁止：不允許通過。</translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation>%1 沒有新增任何內容：型錄的連線或先前的自訂連線已允許它。</translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation>自訂連線 %1</translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation>自訂連線：所要求的 %2 中，連接埠 %1 被排除（已允許或被禁止）。</translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation>%1 – %2（兩者之間的連結 %3）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation>已新增區域 %1</translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation>已移除區域 %1</translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation>區域 %1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation>已新增主機 %1（%2）</translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation>已移除主機 %1（%2）</translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation>主機 %1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation>主機 %1：參數 %2 %3 → %4</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>已新增連結 %1</translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation>已移除連結 %1</translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation>連結 %1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation>已新增自訂連線 %1：%2 → %3，%4（%5）</translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation>已移除自訂連線 %1：%2 → %3，%4</translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation>自訂連線 %1：%2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1：修訂版 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation>%1：無法讀取：沒有空間存放專案檔的暫存副本。</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation>&quot;format&quot; 不是 &quot;portolan-design&quot;：這不是 Portolan 設計檔</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>&quot;version&quot; 必須為數字</translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation>此設計的格式版本為 %1；此版 Portolan 最多只能讀取版本 %2，請使用較新的 Portolan</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; 必須為清單</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] 必須為物件</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation>%1：&quot;%2&quot; 必須為文字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1：&quot;%2&quot; 必須為數字</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation>%1：需要文字格式的 &quot;id&quot;</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>區域 %1</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>區域 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation>%1：&quot;subnets&quot; 必須為清單</translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1：子網路 %2 不是 位址/前置長度 格式，例如 192.168.10.0/24</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（不是文字）</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>主機 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation>%1：需要文字格式的 &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1：位址 &quot;%2&quot; 不是 IPv4 或 IPv6 位址</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation>%1：&quot;params&quot; 必須為物件</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>連結 %1</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation>%1：需要主機 id &quot;a&quot; 與 &quot;b&quot;</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>連結 %1（%2 - %3）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 欄：%3</translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation>設計必須為 JSON 物件</translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation>自訂連線 %1</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>自訂連線 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation>%1：需要主機 id &quot;source&quot; 與 &quot;destination&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation>%1：&quot;protocol&quot; 必須是 &quot;tcp&quot;、&quot;udp&quot; 或 &quot;icmp&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation>%1：&quot;ports&quot; 必須是文字，例如 &quot;443&quot; 或 &quot;3000-3032&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DesignRules</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>%1: the id must be 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;</source>
        <translation>%1：id 必須為 1 到 %2 個字母、數字、&quot;_&quot;、&quot;-&quot; 或 &quot;.&quot;，並以字母、數字或 &quot;_&quot; 開頭</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation>含有不成對的 UTF-16 代理字元（第 %2 個字元的 U+%1），這不是有效字元</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>區域 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation>%1：此 id 已被其他區域使用</translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1：子網路 %2/%3 不是 位址/前置長度 格式，例如 192.168.10.0/24</translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation>%1：&quot;x&quot; 與 &quot;y&quot; 必須在正負 %2 之內</translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation>%1：&quot;width&quot; 與 &quot;height&quot; 必須介於 0 到 %2</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>主機 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation>%1：此 id 已被其他主機使用</translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation>%1：未知的主機類型 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation>%1：區域 &quot;%2&quot; 不存在</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>連結 %1（%2 - %3）</translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation>%1：主機 &quot;%2&quot; 不存在</translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation>%1：主機不能連結到自己</translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation>icmp 連線沒有連接埠</translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation>%1 連線需要目的地連接埠，例如 443 或 3000-3032</translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation>連接埠必須介於 1 到 65535 之間</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>自訂連線 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation>%1：此 id 已被其他自訂連線使用</translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation>%1：從主機到其自身的連線永遠不會經過防火牆</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation>%1：需要理由（說明為何型錄的連線不足）</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation>以 U+FEFF（位元組順序標記）開頭，設計檔與專案檔不會保留它</translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation>第 %2 個字元含有 U+%1，這不是有效字元</translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation>%1：修訂版從 1 開始編號</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1：沒有檔案 %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation>%1：%2 不是專案檔；只有專案檔會保留修訂版</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，修訂版 %2</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation>無子網路</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>無位址</translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>Diagram (PNG)</source>
        <translation>圖表 (PNG)</translation>
    </message>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation>以 %1 的比例，PNG 圖片會小於一個像素：請選擇較大的比例。</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation>無法配置 %1 x %2 像素的 PNG 圖片：請改為匯出 SVG 或 PDF，或選擇較小的比例。</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation>無法編碼 %1 x %2 像素的 PNG 圖片。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation>Portolan 繪製的設計 &quot;%1&quot; 網路圖。</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>無法開始繪製 SVG 圖。</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>圖表 (SVG)</translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation>圖表為 %1 x %2 個畫布單位，超出 SVG 圖面所能容納的範圍（每邊 %3）：請將主機與區域移近一些。</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation>Portolan 繪製的未命名設計網路圖。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Design JSON</source>
        <translation>設計 JSON</translation>
    </message>
    <message>
        <source>The %1 export cannot be built in memory.</source>
        <translation>無法在記憶體中建立 %1 匯出。</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation>讀取了 &quot;%1&quot;，但它不是 %2 的參數</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>讀取了 &quot;%1&quot;，但它宣告在此之後；預設值只能讀取主機的欄位，以及在它之前宣告的參數</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>非預期的 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation>&quot;%3&quot; 的第 %2 個字元：%1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation>預期為 &quot;:&quot;</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>非預期的結尾</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>預期為 &quot;)&quot;</translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation>文字未結束</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation>未知的名稱 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中有未關閉的 &quot;{&quot;</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>運算式的巢狀層級超過 %1 層</translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation>（無區域）</translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation>%1 以外的任何主機 -&gt; %1</translation>
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
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation>%1：無法讀取：大小超過設計的上限 %2。</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation>%1：無法讀取：大小為 %2，超過設計的上限 %3。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation>%1：無法開啟：沒有此資源。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：無法開啟：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation>%1：無法讀取：這是資料夾，不是設計檔。</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation>%1：無法讀取：這不是一般檔案或管道（裝置或 socket 無法存放設計）。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation>此列沒有名稱；每台主機都需要名稱。</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation>名稱 &quot;%1&quot; 已在第 %2 行使用；名稱必須唯一。</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation>名稱 &quot;%1&quot; 已被設計中的主機 &quot;%2&quot; 使用；名稱必須唯一。</translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation>此列沒有類型；請填寫型錄中的主機類型，例如 &quot;workstation&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation>&quot;%1&quot; 不是型錄中的主機類型；您是指 &quot;%2&quot;（%3）嗎？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation>&quot;%1&quot; 不是型錄中的主機類型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation>&quot;%1&quot; 不是 IPv4 位址（四個 0 到 255 的數字：192.168.10.11）或 IPv6 位址。</translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation>位址 %1 已在第 %2 行使用；位址必須唯一。</translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation>位址 %1 已被設計中的主機 &quot;%2&quot; 使用；位址必須唯一。</translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation>位址 %1 不在區域 &quot;%2&quot; 的任何子網路內（%3）；設計的檢查發現會報告此問題。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation>&quot;%1&quot; 不是有效的 id：請填寫 1 到 %2 個字母、數字、&quot;_&quot;、&quot;-&quot; 或 &quot;.&quot;，並以字母、數字或 &quot;_&quot; 開頭。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot; 已在第 %2 行使用；id 必須唯一。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot; 已被設計中的主機使用；id 必須唯一。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot; 已被設計中的區域使用；id 必須唯一。</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation>檔案含有二進位資料（NUL 位元組）；主機清單應為 CSV 文字。</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation>檔案不是 UTF-8 文字；請將主機清單另存為 CSV UTF-8。</translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation>檔案是空的；主機清單以列出欄位名稱 name、type 與 address 的標題行開頭（zone 與 id 為選填）。</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation>標題中欄位 &quot;%1&quot; 出現兩次（另見第 %2 欄）。</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation>標題中沒有 &quot;%1&quot; 欄；主機清單須列出欄位 name、type 與 address（zone 與 id 為選填），順序不拘。</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>此列有 %1 個儲存格，但標題列出 %2 個欄位。</translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation>此儲存格位於第 %1 欄，而該欄在標題中沒有名稱；請為該欄命名或清空此儲存格。</translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation>此儲存格%1。</translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation># 套用方式：iptables-restore FILE（會取代 filter 表）。僅限 IPv4：若有 IPv6 規則，</translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation># 會以註解的 ip6tables 行附在結尾；nftables 匯出則同時包含兩種位址族。</translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation># 位址群組逐一展開為各主機（restore 檔案沒有 ipset）；每條規則都註明其群組。</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>從區域外任何來源進入 %1 的封鎖</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>上方允許的例外：%1</translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation># 供 ip6tables-restore 使用的 IPv6 規則（具相同鏈的 *filter 表）；本檔案不會套用：</translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation>iptables-restore 規則集</translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation># FORWARD 會跳至每個區域配對（來源:目的地）各自的鏈，接著跳至進入各區域的封鎖。</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation>此區域沒有此位址族的子網路：封鎖會比對所有來源。</translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation># 套用方式：nft -f FILE（只取代 table inet portolan，其他不變）。</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>預留位置（PLACEHOLDER）：請填入 %1 的位址</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>從區域外任何來源進入 %1 的封鎖</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>上方允許的例外：%1</translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation>nftables 規則集</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation>（無位址）</translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>區域外的任何主機</translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation>（不經過防火牆。）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>來源連接埠</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation>規則與參考來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation>防火牆連線報告：%1</translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation>防火牆連線報告</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>製作工具</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation>Portolan %1：連線由產品型錄推導而來，每條皆引用其廠商文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation>允許的連線</translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation>經過防火牆</translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation>封鎖列</translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation>錯誤 / 警告 / 安全注意事項</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation>防火牆（區域配對）</translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation>同一區域內：無防火牆</translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation>區域之間的防火牆</translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation>區域配對</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation>防火牆（續）</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation>依區域配對的防火牆矩陣</translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation>每個區域配對一張表：即來源區域與目的地區域之間的防火牆。每條連線都有方向性；已允許連線的回應不另列出。標示為「同一區域內」的表不經過防火牆，僅為完整起見列出。</translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation>%1（同一區域內：無防火牆）</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation>封鎖建議</translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation>廠商建議封鎖從目的地區域以外任何主機存取這些連接埠。請將每條封鎖放在上方允許的連線之後，這些連線即為其例外。</translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation>型錄對此設計沒有建議任何封鎖。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>安全注意事項</translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation>型錄針對這些主機指出的通訊協定版本、明文服務與弱選項。</translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation>沒有安全注意事項。</translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation>安全注意事項（續）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查發現</translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation>錯誤必須在套用矩陣前解決；警告則需要做出決定。</translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation>沒有錯誤，也沒有警告。</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>檢查發現（續）</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>連接埠：%1</translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation>來源連接埠：%1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任何</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服務：%1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>區域：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>參考來源：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation>沒有變更的連線。</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>，修訂版 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>無法開始產生 PDF。</translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation>設計變更審查：%1 → %2</translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation>設計變更審查</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>設計變更</translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation>新增的連線</translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation>移除的連線</translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation>變更的連線</translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation>新增的檢查發現</translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation>移除的檢查發現</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation>新增 / 移除的規則</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation>此變更尚未記錄任何決定。審查人、日期、結論（核准或駁回）與意見：</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審查人</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation>簽核（續）</translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation>設計中變更了什麼，以及每項變更造成的結果。若少了某項變更，規則引擎就不會產生某個連線或檢查發現的變更，則該變更即為其原因；一條連線可能有多個原因，而移除一個使備援系統分離的連結，也會造成它從未接觸的主機之間的連線變更。</translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation>兩個設計相同（主機可能在畫布上移動過）。</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation>連線 + / − / ~</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation>設計變更（續）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>（沒有設計變更）</translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation>依區域配對列出新增與移除的規則，分組方式與 nftables、iptables 及 ASA 匯出檔相同；主機或連接埠變更的規則會先移除再重新新增。</translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation>沒有防火牆規則變更。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1：新增 %2 條，移除 %3 條</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation>主機、服務、型錄規則</translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation>通訊協定與連接埠</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation>依區域配對的連線變更</translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation>當來源、目的地、通訊協定、動作與型錄規則都一致時，連線在兩個設計中視為相同；若其連接埠、服務、備註、參考來源，或其主機的區域或位址不同，則視為已變更。</translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation>新增與移除的檢查發現</translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation>沒有檢查發現變更。</translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation>新增與移除的檢查發現（續）</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation>防火牆報告 (PDF)</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation>&quot;%1&quot; 不是 0 到 65535 之間的連接埠或連接埠範圍</translation>
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
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation>試運轉探測</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation>探測來源</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>本機位址</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>設計中沒有位址</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation>%1
已取消</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>同時連接數</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>每秒連接數</translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation>範圍內嘗試的連接埠</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>來源位址</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation>兩端以及其間 %1 個</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>由系統選擇</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>連接次數</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>符合設計</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>可通過，無服務監聽</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探測</translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation>開啟 / 關閉 / 已過濾</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation>從 %1 出發的每條允許 tcp 連線預期為開啟；%1 所適用的每個 tcp 封鎖列（它位於目的地區域之外）則預期為非開啟。開啟：連接已建立。關閉：連接被拒絕，表示防火牆放行但該連接埠沒有服務監聽（或防火牆以 TCP reset 回應）。已過濾：在逾時內沒有回應，或收到防火牆或路由器的 ICMP unreachable。連接埠範圍會嘗試兩端以及其間的連接埠。udp 與 icmp 列、目的主機沒有位址的列，以及具固定來源連接埠的列都不會探測。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Rule and service</source>
        <translation>規則與服務</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（無位址）</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation>沒有差異：每次連接的結果都符合設計。</translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation>允許的連線（預期開啟）</translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation>未探測此主機的任何允許 tcp 連線。</translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation>封鎖列（預期非開啟）</translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation>未探測任何封鎖列。</translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation>每一列皆已探測。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>測試人員</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>見證人員</translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation>試運轉探測：%1，從 %2</translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation>udp：TCP 連接無法測試，而且沒有回應的 udp 連接埠無法證明任何事；請以該服務本身測試。</translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation>icmp：TCP 連接無法測試；請以 ping 測試。</translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation>%1 在設計中沒有位址。</translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation>此連線從來源連接埠 %1 發出，而探測是從系統選擇的連接埠連接，因此防火牆判斷的會是另一條連接。</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation>試執行：將嘗試以 TCP 連接 %1 的連接埠 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation>%1 在設計中沒有位址，無法從本機檢查防火牆對它的規則（本機位址：%2）；結果只代表本機可到達的範圍。</translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation>本機位址（%1）都不是 %2 的位址 %3：防火牆看到的是不同的來源，結果只代表本機、而非 %2 可到達的範圍。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>符合設計</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>可通過，無服務監聽</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探測</translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation>%1（從 %2-%3 取樣）</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>未探測：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>ProjectAutosave</name>
    <message>
        <source>Autosave</source>
        <translation>自動儲存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>無法寫入 %1：完成的檔案無法移至定位。</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation>已匯出至專案</translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation>已匯出為新專案</translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation>Portolan 專案</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>無法使用 Qt SQLite 驅動程式（QSQLITE）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>已還原修訂版 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1：修訂版 %2：%3</translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation>%1：無法記錄簽核：%2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>沒有從專案格式 %1 的遷移</translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation>從專案格式 %1 遷移失敗：%2</translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation>缺少資料表 &quot;meta&quot;</translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation>缺少專案格式版本</translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation>專案格式版本 %1 與標頭中的 %2 不符</translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation>其資料庫包含超過 %1 個資料表、索引、檢視與觸發程序</translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation>虛擬資料表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>資料表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>索引 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>檢視 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>觸發程序 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation>類型為 &quot;%2&quot; 的項目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation>其資料庫包含 %1，而專案格式 %2 為 %3</translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation>缺少專案格式 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation>%1 的定義與專案格式 %2 不同（其欄位、類型或條件約束不同）</translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation>其資料庫包含 Portolan 不會建立的 %1；含有自訂資料表、檢視或觸發程序的專案檔將被拒絕</translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation>有值超過單一儲存格 %1 MiB 的上限</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>這是資料夾</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>這不是一般檔案</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>&quot;%1&quot; 不是位址。</translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation>access-group 行的格式為 &quot;access-group LIST in|out interface NAME&quot; 或 &quot;access-group LIST global&quot;。</translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation>設定中沒有延伸存取清單（access-list NAME extended ...）；Portolan 審查的是這類清單。</translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation>&quot;host&quot; 需要一個位址。</translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation>&quot;range&quot; 需要兩個位址。</translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation>這不是位址範圍。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation>&quot;%1&quot; 不是子網路。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation>&quot;%1&quot; 不是帶網路遮罩的位址、host、range、object 或 any。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation>&quot;%1&quot; 不是網路遮罩。</translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation>&quot;subnet&quot; 需要位址與網路遮罩。</translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation>以 DNS 名稱指定主機</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation>&quot;%1&quot; 不是連接埠號碼，也不是 ASA 認得的連接埠名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation>&quot;%1&quot; 不是連接埠運算子（eq、neq、lt、gt、range）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation>&quot;%1&quot; 需要連接埠運算子。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation>&quot;%1&quot; 不屬於服務的一部分。</translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation>&quot;group-object&quot; 需要群組名稱。</translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation>&quot;network-object&quot; 需要位址。</translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation>&quot;port-object&quot; 需要 eq 或 range 以及連接埠。</translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation>&quot;service-object&quot; 需要通訊協定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation>&quot;%1&quot; 不是設定中的網路 object-group。</translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation>object-group &quot;%1&quot; 包含自己。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation>&quot;%1&quot; 不是設定中的網路物件。</translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation>無法審查物件 &quot;%1&quot;：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation>&quot;%1&quot; 不是設定中的服務物件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation>&quot;%1&quot; 不是設定中的 object-group。</translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation>此項目在來源或目的地之前就結束了。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation>&quot;%1&quot; 需要名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation>&quot;%1&quot; 依介面、使用者或安全群組比對，Portolan 無法將其與設計中的主機對照。</translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation>access-list 行需要名稱與類型。</translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation>延伸 access-list 項目須指明 permit 或 deny。</translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation>此項目在通訊協定之前就結束了。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation>&quot;%1&quot; 不是設定中的通訊協定或服務 object-group。</translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation>僅在時間範圍 %1 內</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>ICMP 類型 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation>&quot;%1&quot; 不屬於 Portolan 可讀取的 access-list 項目。</translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation>ICMP 類型</translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation>通訊協定 %1，設計中沒有任何連線使用它</translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation>沒有生效的 access-group 行；已註解掉的 access-group 行標示了各清單的套用位置。</translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation>access-group 套用清單 &quot;%1&quot;，但設定中沒有它的延伸項目。</translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation>沒有 access-group 套用這些清單；每份清單都視為單一介面的清單來審查。</translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation>access-group %1 %2</translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation>存取清單 %1 未被任何 access-group 套用，因此不審查。</translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation>已允許連接的回覆封包會經由防火牆的狀態表通過；未被任何項目允許的一律拒絕。</translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation>%1為空白；請填寫主機 id 或名稱、位址、子網路、zone:&lt;id&gt; 或 any。</translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation>&quot;zone:&quot; 沒有指定區域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation>&quot;%1&quot; 不是 IPv4 或 IPv6 位址或子網路。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation>&quot;%1&quot; 不是 1 到 65535 的連接埠，也不是連接埠範圍（&quot;3000-3032&quot;）；連接埠請寫成 &quot;443&quot;、&quot;22,443&quot;、&quot;3000-3032&quot; 或 any。</translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation>檔案是空的；變更申請以列出欄位名稱的標題行開頭。</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation>標題的第 %1 欄沒有名稱；每一欄都需要名稱。</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>標題中欄位 &quot;%1&quot; 出現兩次。</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation>標題中沒有 &quot;%1&quot; 欄；變更申請須包含 id、source、destination、protocol 與 ports 欄位（action 與 comment 為選填），順序不拘。這是變更申請嗎？</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>此列有 %1 個儲存格，但標題列出 %2 個欄位。</translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation>此列沒有 id；每一行申請都需要 id。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot; 已在第 %2 行使用；id 必須唯一。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation>&quot;%1&quot; 不是通訊協定；請填寫 tcp、udp、icmp 或 any。</translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation>連接埠為空白；%1 申請須指定目的地連接埠（&quot;443&quot;、&quot;22,443&quot;、&quot;3000-3032&quot;）或 any。</translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation>icmp 申請沒有連接埠；請將儲存格留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation>&quot;%1&quot; 不是動作；請填寫 allow、block，或留空表示 allow。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation>表格 &quot;%1&quot; 在第 %3 行的表格 &quot;%2&quot; 提交之前就開始了。</translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation>filter 表格重複出現。</translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation>COMMIT 出現在表格之外。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation>&quot;%1&quot; 不是 iptables-save 輸出的一行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation>&quot;%1&quot; 不是 iptables-save 輸出的一行（鏈 &quot;:NAME POLICY&quot;、規則 &quot;-A CHAIN ...&quot; 或 COMMIT）。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation>從此處開始的表格 &quot;%1&quot; 始終未提交（COMMIT）。</translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation>檔案中沒有 filter 表格（*filter）；Portolan 審查的是 iptables-save 所寫出之 filter 表格的 FORWARD 鏈。</translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation>filter 表格中沒有 FORWARD 鏈。</translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation>&quot;create&quot; 需要集合名稱與類型。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation>集合 &quot;%1&quot; 被建立兩次。</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation>&quot;add&quot; 需要集合名稱與成員。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation>集合 &quot;%1&quot; 在此行之前尚未建立。</translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation>不支援 &quot;nomatch&quot; 成員；請列出集合所比對的位址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation>&quot;%1&quot; 不是位址、子網路或位址範圍。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation>&quot;%1&quot; 不是 iptables-save 輸出的一行，而在表格之外只能出現 ipset save 的 create 與 add 行。</translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation>鏈的行格式為 &quot;:NAME POLICY [packets:bytes]&quot;。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation>鏈 &quot;%1&quot; 被宣告兩次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation>&quot;%1&quot; 不是位址或子網路。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation>&quot;%1&quot; 不是連接埠或連接埠範圍。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation>此處使用了集合 &quot;%1&quot;，但檔案中沒有其成員；請將 &quot;ipset save&quot; 的輸出放在 iptables-save 輸出之前或之後。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation>集合 &quot;%1&quot; 包含自己。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation>集合 &quot;%1&quot; 的類型為 %2；Portolan 只讀取位址集合（hash:ip、hash:net、bitmap:ip，以及由它們組成的 list:set）。</translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation>&quot;-A&quot; 需要鏈名稱。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation>鏈 &quot;%1&quot; 在其規則之前尚未宣告（&quot;:%1 POLICY&quot;）。</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>選項 %1 需要值。</translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation>從介面 %1%2 進入的封包</translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation>從介面 %1%2 送出的封包</translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation>僅限分段封包</translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation>--ports 也會比對來源連接埠</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation>&quot;%1&quot;：Portolan 只讀取依單一位址（src 或 dst）比對的集合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation>&quot;%1&quot; 不是連接狀態。</translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation>連接第一個封包以外的封包</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation>&quot;%1&quot; 不是位址範圍。</translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation>%1 將封包交給程式處理，Portolan 無法審查其判定結果。</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation>選項 &quot;%1&quot; 不是 Portolan 可讀取的選項，因此無法判斷此規則比對的內容。</translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation>&quot;!&quot; 沒有否定任何內容。</translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation>僅限有位址轉譯的連接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation>&quot;%1&quot; 既不是 filter 表格的鏈，也不是 Portolan 認得的目標。</translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation>規則不能跳至內建鏈 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation>在 %1 之後（RETURN）</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation>鏈 &quot;%1&quot; 從自身再次被跳入（形成迴圈）。</translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation>經由 %1（%2 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>有 %n 條規則只比對已接受連接的回覆（ESTABLISHED、RELATED）或無效封包，不屬於申請。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation>未審查 %1 表格：它不做過濾。</translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation>FORWARD 鏈的原則為 %1。</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>此 JSON 沒有 &quot;nftables&quot; 陣列；請提供 &quot;nft -j list ruleset&quot; 的輸出。</translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation>此規則屬於鏈 &quot;%1&quot;，但該鏈未在它之前列出。</translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation>規則集中沒有掛在 forward hook 上的 filter 鏈，因此不會過濾區域之間的任何流量。</translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation>鏈 %1（%2 %3，優先順序 %4）的原則為 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>有 %n 條規則只比對已接受連接的回覆（established、related）或無效封包，不屬於申請。</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>規則 %1：%2</translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation>規則集中沒有列出集合 @%1。</translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation>集合 @%1 包含的是 %2，而不是位址。</translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation>%1 不是位址、前置碼、範圍，或由它們組成的集合。</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1 不是連接埠。</translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation>集合 @%1 不是已列出的連接埠集合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; 不是連接埠號碼。</translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation>連接埠範圍無效。</translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation>連接埠不是數字、範圍，或由它們組成的集合。</translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation>expr[%1]：%2</translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation>判定之後還有陳述式。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation>鏈 &quot;%1&quot; 不在此表格中。</translation>
    </message>
    <message>
        <source>a quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation>iptables-nft 相容性運算式；請改為審查此防火牆的 iptables-save 輸出。</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation>陳述式 &quot;%1&quot; 不是 Portolan 可讀取的陳述式。</translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation>比較 &quot;%1&quot; 不是 Portolan 可讀取的比較。</translation>
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
        <translation>對 %1 %2 的比對不是 Portolan 可讀取的比對。</translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation>meta %1 %2%3</translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation>對 meta %1 的比對不是 Portolan 可讀取的比對。</translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation>ct %1 %2</translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation>比對 %1 不是 Portolan 可讀取的比對。</translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation>在 %1 之後（return）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>檔案不是 UTF-8 文字（位元組 0x%1）；它不是變更申請，也不是規則集。</translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>檔案含有二進位資料（位元組 0x%1）；它不是變更申請，也不是規則集。</translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation>從此處開始的引號文字未在同一行結束。</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>變更申請</translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation>iptables-save 規則集</translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation>nftables 規則集（nft -j list ruleset）</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco ASA 設定</translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>這是 nftables 指令碼（nft -f）；請審查防火牆實際持有的規則集：&quot;nft -j list ruleset&quot; 的輸出。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation>設計中沒有 id 或名稱為 &quot;%1&quot; 的主機</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation>區域 &quot;%1&quot; 不是設計中的區域。</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation>區域 &quot;%1&quot; 中沒有主機</translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation>設計中每台有位址的主機都位於 %1 內</translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation>設計中沒有位址為 %1 的主機</translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation>設計中沒有位址在 %1 內的主機</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>沒有主機</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台主機</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1，從 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation>任何連接埠（65,535 個連接埠）</translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation>%1（%2 個連接埠）</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 個連接埠</translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>未知：來源 &quot;%1&quot; 未涵蓋設計中的任何主機：%2。</translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>未知：目的地 &quot;%1&quot; 未涵蓋設計中的任何主機：%2。</translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>非必要：它未涵蓋設計中任何一對不同的主機（來源 %1，目的地 %2）。</translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>一致：它未涵蓋設計中任何一對不同的主機（來源 %1，目的地 %2）。</translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation>被遮蔽：它比對的每個封包都已由其前面的 %1 決定，因此永遠不會套用。</translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation>禁止：它開放了 %1，而 %2 禁止此連線（%3）。</translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation>共 %1 組禁止的元組，依據 %2。</translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation>非必要：設計中沒有任何連線需要它所開放的內容（%1 組元組）。</translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation>必要：它開放的每組元組都是設計中的連線，依據 %1。</translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation>部分必要：它涵蓋設計所需的 %1 組元組（依據 %2），但比設計所需多開放了 %3 組元組。</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>以及更多</translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation>多餘：%1。</translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation>衝突：它封鎖了設計所需連線的 %1 組元組，依據 %2。</translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation>一致：它沒有封鎖設計所需的任何連線。</translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation>設計也以 %1 禁止相同內容。</translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation>它還要求 %1，審查不會考量此條件：審查時視為它比對所有此類元組，且不會遮蔽後續任何規則。</translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation>它只比對來源連接埠 %1。</translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation>經由 %1 到達。</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation>審查人</translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation>核准人（變更委員會）</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>實施人</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定：</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>附條件核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation>條件與意見：</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation>防火牆稽核：%1 對照 %2</translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation>變更申請審查：%1 對照 %2</translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation>防火牆稽核</translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation>變更申請審查</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>製作工具</translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation>-（設計 JSON）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation>Portolan %1：結論依據產品型錄推導出的連線；每項皆引用其廠商文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation>每項 allow 申請皆為設計所必要，且設計所需的連線沒有任何缺少。</translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation>部分申請以目前內容而言並非必要，或缺少設計所需的連線：下方每一列說明原因。</translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation>以防火牆的完整規則集審查：設計中經過其涵蓋區域（%1）且沒有任何規則允許的連線，列為缺少。</translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation>結論：必要（設計推導出它開放的每組元組）、部分必要（部分推導出，且開放更多：即多餘部分）、非必要（皆未推導出）、禁止（型錄的封鎖列或單向規則禁止其中一部分）、未知（某一端未指定設計中的任何主機）；封鎖則為衝突（會丟棄設計所需的連線）或一致；被遮蔽：較早的規則已決定它比對的所有內容。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請內容</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation>設計中的連線及其參考來源</translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation>多餘與禁止</translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation>%1 -&gt; %2
%3 %4，%5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>意見：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation>多餘（%1 組元組）：
%2</translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation>禁止：
%1</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>檔案中沒有任何申請。</translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation>規則（續）</translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation>申請（續）</translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation>缺少的連線</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>設計中經過所涵蓋區域的每條連線皆已允許。</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation>設計中沒有任何規則允許的連線：防火牆會丟棄它們。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考來源</translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation>缺少的連線（續）</translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation>，設計修訂版 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>無法開始產生 PDF。</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation>%1（%2 台主機）</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台主機</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation>%1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 個連接埠</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation> （共 %1 組元組）</translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation>沒有任何規則允許設計中的此連線：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>%1設計中有 %n 台主機沒有位址（%2）；規則集差異需要規則所用的每個位址</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1 差異：&quot;%2&quot; -&gt; &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation>由 Portolan %1 依產品型錄產生；每一行皆標示其型錄規則及造成它的設計變更。</translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation>沒有設計變更。</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>設計變更：</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation>連線：新增 %1 條、移除 %2 條、變更 %3 條。檢查發現：新增 %4 項、移除 %5 項。</translation>
    </message>
    <message>
        <source>old</source>
        <translation>舊</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation>未變更：刪除後重新附加，以保持新規則集的順序</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>規則 %1：%2</translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation>鏈 %1 %2：%3</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation>區域本身的子網路直接返回（RETURN）：%1</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation>套用方式：在以舊設計的 iptables 匯出檔載入的防火牆上執行 iptables-restore --noflush FILE；之後它將與新設計的匯出檔完全相同。不包含 IPv6 規則。</translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation>區域配對或區域的新鏈</translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation>此鏈已不再使用</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation>在以舊設計的 ASA 匯出檔設定的防火牆上，於設定模式中套用。新的 permit 會附加到其介面清單的末尾；新的封鎖會放在 global 清單最後的 deny 之前。remark 不會變更。</translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation>新位址群組 %1：%2</translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation>位址群組 %1 新增成員：%2</translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation>最後的 deny 移到新封鎖之後</translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation>最後的 deny，再次置於最後</translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation>位址群組 %1 移除成員：%2</translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation>位址群組 %1 已不再使用：%2</translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation>新的存取清單：繫結前請先確認介面名稱，與匯出檔的做法相同</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation>沒有規則變更。</translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation>%1：新增 %2 條規則，移除 %3 條</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation>以下為完整的新表格：nft -f FILE 會一次取代 table inet portolan。</translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation>沒有區域的主機</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation>%1 -&gt; %2 %3 %4（%5）：位址屬於不同的位址族</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation>%1 -&gt; %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>%n 台主機沒有位址：%1。請為它們指定位址，或以預留位置匯出（--placeholders）。</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>區域外的任何主機</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation>%1 -&gt; %2：%3 [%4]</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>；參見 %1</translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation> [預留位置（PLACEHOLDER）位址：%1]</translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation>設計 &quot;%2&quot; 的 %1</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation>由 Portolan %1 於 %2 依產品型錄產生；每條規則皆引用其廠商文件。</translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation>每個區域配對一節：來源區域 -&gt; 目的地區域，一道防火牆。</translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation>所有區域配對的允許規則在前，接著是各目的地區域的封鎖列，</translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation>其比對該區域以外的任何來源；允許的例外排在封鎖列之前。</translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation>已允許連接的回應可通過（established、related）；其餘一律丟棄。</translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation>同一區域內的連線不經過防火牆；僅在要求時才納入。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>%n 條同一區域內的連線不經過防火牆，已略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已略去：%1</translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation>位址群組（具有相同連線的主機）：</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation>預留位置（PLACEHOLDERS）：下列主機在設計中沒有位址。套用前請將每個預留</translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation>位址（文件用範圍，RFC 5737）替換為實際位址：</translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation>  %1 = %2  %3 的位址</translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation>未命名設計的 %1</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation>規則集第 %1 行將含有控制字元 U+%2；未寫入任何內容</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：無法寫入：%2</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation>由 %1 於 %2 核准（對照修訂版 %3）</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation>由 %1 於 %2 駁回（對照修訂版 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation>修訂版 %2 的簽核 %1 無法讀取</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>沒有修訂版 %1</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation>ClearSCADA 夥伴伺服器硬體狀態輪詢</translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation>單向：DMZ 永久待機伺服器從不連回或回頭輪詢。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation>由 {members} 組成的 ClearSCADA 備援系統有 {count} 台主伺服器；它必須恰好只有一台。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation>ClearSCADA 伺服器連結</translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation>來自主伺服器的同步、經由待機伺服器代理的控制，以及夥伴狀態檢查。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation>ClearSCADA 伺服器 {members} 組成同一個備援系統，卻使用不同的接收連接埠（{values}）。</translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation>外部系統讀取 SMS 資料庫。</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation>兩台裝置組成透明高可用性（TRHA）配對。</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation>裝置將 sFlow 取樣傳送至此收集器。</translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>PowerChute 代理程式已在 UPS 的 Network Management Card 上註冊。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation>管理員以 SMS client 管理 SMS。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation>SMS 將 URL 傳送至 Deep Discovery Analyzer。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation>SMS 使用此伺服器解析名稱。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation>Active Response 在此主機上觸發 URL 與查詢。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation>SMS 將報告與資料庫備份匯出至此檔案伺服器。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation>SMS 向 Identity Agent 輪詢使用者與 IP 的對應關係。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation>SMS 從 A10 裝置上的 IDsentrie 取得 IP 與身分的對應關係。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation>SMS 管理 TippingPoint 裝置。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation>SMS 透過 Active Directory 驗證使用者。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation>SMS 傳送電子郵件通知與 Active Response 電子郵件。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation>Active Response 可以中斷此交換器的連接埠。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation>SMS 從此伺服器取得時間。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation>SMS 透過 RADIUS 驗證使用者。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation>兩台 SMS 伺服器組成高可用性配對。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation>SNMP 管理站查詢 SMS，並與 Active Response 交換 trap。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation>SMS 傳送其稽核記錄與 Active Response syslog 訊息。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation>SMS 透過 TACACS+ 驗證使用者。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation>SMS 從 TMC 下載 Digital Vaccine 與軟體更新。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation>SMS 執行 WhoIs 查詢。</translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation>SNMP 管理站查詢此模組。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation>模組使用此伺服器解析名稱。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation>模組以 sftp 與 scp 複製檔案。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation>模組上的應用程式與 MQSeries 伺服器通訊。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation>NIO 刀鋒板為模組處理 X.25。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation>模組從此伺服器取得時間。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation>模組透過 RADIUS 檢查外部密碼。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation>模組之間共用檔案與裝置（系統內使用 OSL，橋接模組之間使用 OSN）。</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation>管理員使用 PowerChute 網頁介面。</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation>使用者登入模組或傳輸檔案。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation>PowerChute 代理程式 &quot;{id}&quot; 執行於 AIX，其網頁介面在該平台上也接受 TLS 1.1（已淘汰）。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation>NMC &quot;{id}&quot; 透過 HTTP 註冊 PowerChute 代理程式，並以 MD5 驗證；建議改用 HTTPS。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>NMC &quot;{id}&quot;：不允許使用註冊連接埠 {port}；請使用 80、443 或 5000 到 32768 之間的連接埠。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation>NMC 每 25 秒傳送狀態封包，每 100 秒傳送 MACONFIG 封包</translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation>以 MD5 驗證；在 PowerChute 代理程式註冊之前不會傳送任何封包。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation>PowerChute 代理程式 &quot;{id}&quot; 沒有連結到任何 NMC：它永遠不會收到關機訊號。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>PowerChute 註冊與設定檢查</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>HTTP 註冊以 MD5 驗證；建議改用 HTTPS。</translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation>HTTPS 註冊。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation>PowerChute 網頁介面（重新導向至 6547 的 TLS）</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation>透過 TLS 的 PowerChute 網頁介面</translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation>TLS 1.3，也接受 TLS 1.2。</translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation>在 AIX 上也接受 TLS 1.1（已淘汰）。</translation>
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
        <translation>APC PowerChute Network Shutdown 與 UPS NMC</translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation>共用基礎設施</translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation>Trend Micro TippingPoint SMS 與 IPS</translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation>Stratus VOS 與 STCP</translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation>ClearSCADA 備援系統</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation>Active Directory 驗證：LDAP、LDAP over SSL、ID 對應</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation>Active Response SNMP 與 NMS 動作（trap 送往管理站）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation>觸發 Active Response 的 SNMP trap</translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation>種子來源的表格將此列列為從 SMS 伺服器到 NMS；其內文則說 trap 是從 NMS 送往 Active Response，本處採用此方向。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation>Active Response URL 觸發、IP 對應、IP 或 MAC 查詢</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation>SMS 管理裝置（HTTPS）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation>裝置從 SMS 進行 NTP 時間同步</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation>SMS 佈建：裝置使用者的遠端驗證</translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>接受 TLS 1.0、1.1 與 1.2（1.0 與 1.1 已淘汰），使用 TLS_RSA_WITH_AES_128_CBC_SHA、TLS_RSA_WITH_AES_128_CBC_SHA256、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 與 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384。</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS 模式：不支援 SSLv2 格式的 hello、SSLv3 或 TLS 1.2，也不支援 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 或 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation>SMS 管理裝置（SNMP）</translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation>需要雙向連通。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation>從裝置送往 SMS 的 SNMP trap</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation>名稱解析</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation>外部資料庫存取</translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation>種子來源的 From/To 欄寫的是從 SMS 到任何主機；但其用途（從外部存取 SMS 資料庫）應以此方向理解。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation>SMS 伺服器 &quot;{id}&quot; 以 FIPS 模式執行：它不支援 SSLv2 格式的 hello、SSLv3、TLS 1.2、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 或 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384；用戶端必須在沒有這些的情況下運作。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation>Identity Agent：使用者 ID 與 IP 的對應</translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation>種子來源的 To 欄寫的是 &quot;SMS Management&quot;；其服務 Identity Agent 指明了本處採用的目的地。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation>供 A10 裝置上 IDsentrie 使用的 IP2ID</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation>透過 SSL 的透明高可用性心跳（每 60 秒）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation>透過 NFS 匯出報告與備份資料庫</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation>從外部 NTP 伺服器同步時間</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation>SMS 使用者驗證（RADIUS）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation>來自裝置的 sFlow 資料</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation>透過 SMB（Samba）匯出報告與備份資料庫</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation>SMS client：CLI（SSH）、用戶端連接、備份/還原、下載與 Web 服務、還原</translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 443、9033 與 10042 接受 TLS 1.0、1.1 與 1.2（1.0 與 1.1 已淘汰），使用 TLS_RSA_WITH_AES_128_CBC_SHA、TLS_RSA_WITH_AES_128_CBC_SHA256、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 與 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384；tcp 22 為 SSH-2，使用 aes128-gcm、aes256-gcm、aes128-ctr、aes192-ctr 與 aes256-ctr。</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS 模式：不支援 SSLv2 格式的 hello、SSLv3 或 TLS 1.2，也不支援 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 或 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation>SMS 高可用性：SSH、Java RMI、資料庫複寫、JMS、CLI 複寫</translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 9033 與 10042 接受 TLS 1.0、1.1 與 1.2（1.0 與 1.1 已淘汰）；tcp 22 為 SSH-2，使用 aes128-gcm、aes256-gcm、aes128-ctr、aes192-ctr 與 aes256-ctr。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation>電子郵件通知與 Active Response 電子郵件動作</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation>SMS MIB 的 SNMP 查詢</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation>Active Response 交換器中斷連接動作的 RADIUS proxy</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation>SMS 稽核與 Active Response syslog 動作</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation>SMS 使用者驗證（TACACS+）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation>SMS 伺服器 &quot;{id}&quot; 在 tcp 443、9033、10042 與 10043 上接受 TLS 1.0 與 1.1；兩者皆已淘汰。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation>來自 TMC 的 Digital Vaccine 與軟體更新</translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation>新安裝的 SMS 預設使用 443。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation>URL 威脅分析</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation>WhoIs 查詢</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation>ClearSCADA DMZ 永久待機伺服器</translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation>位於 DMZ 的永久待機伺服器：接收來自主伺服器的資料，且從不連回主伺服器。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>伺服器接收連接埠</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation>ClearSCADA 主伺服器</translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation>在 ClearSCADA 備援系統（熱待機、三重待機）中擔任主伺服器的伺服器。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>伺服器接收連接埠</translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation>位於 Server Configuration 的 Global Parameters &gt; Advanced；同一系統的所有伺服器必須使用相同連接埠。</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation>ClearSCADA 永久待機伺服器</translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation>永久待機伺服器：保持同步，但永遠不會成為主伺服器。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>伺服器接收連接埠</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation>ClearSCADA 待機伺服器</translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation>待機伺服器：可接手成為主伺服器，並將控制代理轉送至主伺服器。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>伺服器接收連接埠</translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation>資料庫用戶端</translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation>讀取產品資料庫的外部系統。</translation>
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
        <translation>Trend Micro 用來分析 URL 與檔案的沙箱。</translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation>DNS 伺服器</translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation>名稱伺服器。</translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation>外部主機</translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation>Active Response 透過 URL 存取的主機。</translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation>檔案伺服器</translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation>NFS、SMB 或 SFTP 檔案伺服器。</translation>
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
        <translation>Trend Micro 的代理程式，從網域控制站收集使用者登入資訊；SMS 向它輪詢，以將使用者對應到 IP 位址。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation>IP2ID 伺服器（A10 IDsentrie）</translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation>執行 IDsentrie 的 A10 Networks 裝置，為 SMS 將 IP 位址對應到使用者身分。</translation>
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
        <translation>由 SMS 管理的 TippingPoint 入侵防禦裝置。</translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation>從 SMS 取得時間（NTP）</translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation>裝置透過 NTP 從 SMS 取得時間。</translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation>遠端驗證</translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation>裝置透過 SMS 驗證使用者（SMS provision，tcp 10043）。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation>Active Directory（LDAP）伺服器</translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation>Active Directory 網域控制站。</translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation>郵件伺服器</translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation>SMTP 轉送伺服器。</translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation>MQSeries 伺服器</translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation>IBM MQ 佇列管理員。</translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation>網路交換器</translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation>Active Response 可中斷其連接埠的交換器（RADIUS）。</translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation>Stratus NIO 刀鋒板</translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation>V 系列網路 I/O 刀鋒板，為其模組處理 X.25。</translation>
    </message>
</context>
<context>
    <name>catalog:type:nmc</name>
    <message>
        <source>UPS Network Management Card</source>
        <translation>UPS Network Management Card</translation>
    </message>
    <message>
        <source>The network card of an APC UPS. It tells registered PowerChute agents when to shut their hosts down.</source>
        <translation>APC UPS 的網路卡。它會通知已註冊的 PowerChute 代理程式何時將主機關機。</translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation>註冊通訊協定</translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation>PowerChute 代理程式向網路卡註冊的方式。較新的 NMC 韌體預設使用 HTTPS。</translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation>註冊連接埠</translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation>HTTP 為 80，HTTPS 為 443；其他連接埠必須介於 5000 到 32768。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation>NTP 伺服器</translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation>網路時間來源。</translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation>PowerChute Network Shutdown 代理程式</translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation>PowerChute Network Shutdown 4.x/5.x：當 UPS 回報電力事件時，將伺服器正常關機。</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation>在 AIX 上，網頁介面也接受 TLS 1.1。</translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation>RADIUS 伺服器</translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation>RADIUS 驗證伺服器。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation>sFlow 收集器</translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation>收集 sFlow 取樣的伺服器。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation>TippingPoint SMS client</translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation>執行 SMS client 與瀏覽器的管理員電腦。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation>TippingPoint SMS 伺服器</translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation>管理 TippingPoint IPS、TPS 與 NGFW 裝置的 Security Management System 伺服器。</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>FIPS 模式</translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation>在 FIPS 模式下，SMS 不再支援 SSLv2 格式的 hello、SSLv3、TLS 1.2 與兩種 ECDHE 加密套件。</translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation>SNMP 管理站</translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation>輪詢 SNMP 代理程式並接收 trap 的網路管理站。</translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation>Syslog 伺服器</translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation>syslog 收集器。</translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation>TACACS+ 伺服器</translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation>TACACS+ 驗證伺服器。</translation>
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
        <translation>Trend Micro 在網際網路上的更新服務：Digital Vaccine 與軟體更新。</translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation>Stratus VOS 模組</translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation>執行 STCP 的 Stratus VOS 模組（V 系列或 Continuum）。</translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation>VOS 系統</translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation>模組所屬的 VOS 系統；同一系統的模組之間以 Open StrataLink 通訊。預設為模組本身的名稱。</translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation>橋接模組</translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation>每個系統中唯一以 Open StrataNet 與其他系統橋接模組通訊的模組。</translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation>max_open_server</translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation>來自 new_modules.tin（OSL 連接埠 3000 到 3000 + 2 x 此值）與 new_backbone_systems.tin（OSN 連接埠 4000 到 4000 + 此值）。</translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation>VOS 版本</translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation>例如 14.7、15.1、15.1.0ar 或 16.1：它決定有哪些服務，以及臨時連接埠的範圍。</translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation>SSH（tcp 22）</translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation>sshd；版本 14.7，或 15.1 及更新版本（不含 15.0）。</translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation>Telnet（tcp 23）</translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation>telnetd，隨 STCP 啟動。</translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation>telnet_msd（tcp 24）</translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation>vterm telnet 常駐程式；預設不啟動。</translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation>FTP（tcp 21）</translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation>STCP FTP 伺服器，隨 STCP 啟動。</translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation>HTTP（tcp 80）</translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation>Apache 網頁伺服器。</translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation>HTTPS（tcp 443）</translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation>支援 SSL 的 Apache 網頁伺服器；版本 15.2 及更新版本。</translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation>Samba（udp 137、138；tcp 139、445）</translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation>Samba 檔案共用；tcp 445 自版本 15.1 起提供。</translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation>SWAT（tcp 901）</translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation>Samba 設定網頁工具。</translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation>NFS（udp 2049）</translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation>NFS 伺服器；版本 15.x 及更早版本。</translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation>IPsec IKE（udp 500、4500）</translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation>iked；版本 16.1 及更新版本。</translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation>SNMP 代理程式（udp 161）</translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation>STCP SNMP 代理程式。</translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation>NTP（udp 123）</translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation>ntpd；版本 15.1 及更新版本。</translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation>小型服務（7、9、13、19、37）</translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation>echo、discard、daytime、chargen 與 time，由 inetd 啟動。</translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation>WhoIs 伺服器</translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation>區域性的 WhoIs 服務，例如 whois.arin.net。</translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation>具有瀏覽器的操作員或管理員電腦。</translation>
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
        <translation>RSN slave 連接埠（rsn_incoming）</translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation>絕不可來自企業或生產內部網路，或網際網路。</translation>
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
        <translation>NIO 請求經由私有網路傳送。</translation>
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
        <translation>只有 NIO 需要 TFTP。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation>小型服務（echo、discard、daytime、chargen、time）</translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation>有阻斷服務攻擊的風險。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation>網域名稱查詢</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation>FTP 控制</translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation>FTP 以明文傳送密碼；建議改用 SFTP。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation>FTP 主動模式資料</translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation>主動模式資料從來源連接埠 20 送往用戶端指定的連接埠；具狀態防火牆的 FTP helper 可使此列不再需要。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation>Apache 網頁伺服器</translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation>透過 SSL 的 Apache 網頁伺服器</translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation>MQSeries 用戶端</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation>來自 NIO 的 sync_configd 請求</translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation>通常經由 NIO 與其模組之間的私有網路。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation>NIO 的 TFTP 開機</translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation>請設定 tcpd，只允許 NIO 使用 TFTP。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation>供 NIO 記錄時間戳記使用的時間服務</translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation>模組 &quot;{a.id}&quot;（系統 {a.system}）與 &quot;{b.id}&quot;（系統 {b.system}）屬於不同系統，而系統之間只透過橋接模組通訊：不推導任何連線。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation>網路時間（ntpd）</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation>同一系統模組之間的 Open StrataLink</translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation>連接埠 3000 到 3000 + 2 x 目的地的 max_open_server。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation>兩個系統橋接模組之間的 Open StrataNet</translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation>連接埠 4000 到 4000 + 目的地的 max_open_server。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation>RADIUS 驗證（radius_auth_server）</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 HTTPS 網頁伺服器；請關閉 https 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 IPsec；請關閉 ipsec 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 NFS 伺服器；請關閉 nfs 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 NTP 常駐程式；請關閉 ntp 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 Samba；請關閉 samba 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 SSH；請關閉 ssh 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation>VOS 模組 &quot;{id}&quot; 執行版本 {release}，該版本沒有 SWAT；請關閉 swat 或變更版本。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation>透過 TCP 的 Samba（CIFS）</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation>Samba NetBIOS 名稱與資料包服務</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation>Samba NetBIOS 工作階段服務</translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation>sftp 與 scp 用戶端</translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation>MIB II 的 SNMP 查詢</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation>SSH 登入、slave 工作階段與安全檔案傳輸</translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation>SWAT Samba 設定</translation>
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
        <translation>Telnet 以明文傳送密碼；建議改用 SSH。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation>VOS 模組 &quot;{id}&quot; 接受 Telnet，而 Telnet 以明文傳送密碼；建議改用 SSH。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation>vterm 裝置上的 Telnet（telnet_msd）</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet 以明文傳送密碼；建議改用 SSH。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation>透過 TCP 的 X.25（x25_cpc）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation>規劃工業網路的防火牆連線。</translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation>要開啟的設計。</translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation>本次執行的介面語言，例如 de、fr、ja、ko 或 zh_TW（en 為英文）；預設為偏好設定中所選的語言，否則為系統語言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已損毀：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation>%1 不是 Portolan 專案檔：檔案是空的。</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation>%1 不是 Portolan 專案檔：它不是 SQLite 資料庫（可能已加密或為其他格式）。</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation>%1 不是 Portolan 專案檔：它是其他應用程式的 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation>檔案比其標頭所述的短；可能已被截斷。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation>%1 是由較新版本的 Portolan 儲存的（專案格式 %2；此版本最多只能讀取格式 %3）。檔案保持不變；請以較新的 Portolan 開啟。</translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation>其中沒有記錄專案格式版本。</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>完整性檢查回報：%1</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 未寫入任何內容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>無法寫入 %1：完成的檔案無法移至定位。</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1：修訂版 %2：%3</translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation>儲存至 %1 已取消。未寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>連結 %1 與 %2</translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>新增區域 %1</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation>全部重新排列</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>自動排列</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation>正在排列每個區域與主機…</translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation>正在排列沒有位置的區域與主機…</translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation>已排列設計；「復原」可將每個區域與主機放回原位。</translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation>無須排列：每個區域與主機都已有位置。</translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation>已取消排列；沒有移動任何項目。</translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation>排列期間設計已變更；沒有移動任何項目。請再排列一次。</translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation>目前顯示的是舊修訂版：無法排列。</translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation>無法完成此工作。</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation>型錄瀏覽器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考來源</translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation>搜尋主機類型、連結、規則、封鎖與檢查發現</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%n 個項目中的 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation>%1（%2 %3），%4</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>安全注意事項</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>檢查發現</translation>
    </message>
    <message>
        <source>Host type</source>
        <translation>主機類型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation>連結 %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>由 %n 種主機類型組成的備援系統</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation>%1 的成員之間</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation>建議用於每個 %1</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation>已移除（殘影）</translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation>其餘皆以淡色顯示。</translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation>匯出變更報告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation>將變更報告寫成 PDF：設計變更及每項變更造成的結果</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>簽核(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>離開比較模式(&amp;L)</translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation>回到編輯設計（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>%n 項設計變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation>連線：新增 %1 條、移除 %2 條、變更 %3 條。檢查發現：新增 %4 項、移除 %5 項。防火牆規則：在 %8 個區域配對中新增 %6 條、移除 %7 條。</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation>任何</translation>
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
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>移除：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>變更：%1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>新增 %1：%2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>移除 %1：%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查發現</translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>%n 項連線變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>%n 項檢查發現變更</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation>無法以設計變更解釋的變更</translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>已複製 %n 個項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>無法貼上：%1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>已貼上 %n 個項目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation>設計已變更：比較模式已結束。</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>與修訂版比較</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation>無法讀取 %2 的修訂版 %1：%3</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>%2 的修訂版 %1</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>與檔案比較</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>正在比較 %1 與 %2</translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>比較模式：%n 項設計變更。按 Esc 離開。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1（含未儲存的變更）</translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation>簽核記錄於同一專案的兩個修訂版之間。</translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation>請先儲存設計：簽核須針對已儲存的修訂版。</translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation>此修訂版是與自己比較。</translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation>核准或駁回修訂版 %1（對照修訂版 %2），並附上意見。</translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation>%1（已移除的區域）</translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation>目前沒有進行任何比較。</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修訂版 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation>簽核記錄在已儲存的修訂版上，並對照同一專案的另一個修訂版。</translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>設計 (*.portolan *.json);;Portolan 專案 (*.portolan);;設計 JSON (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>匯出變更報告</translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation>%1 變更.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation>已將變更報告寫入 %1。</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation>已記錄：%1 核准修訂版 %2（對照修訂版 %3）。</translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation>已記錄：%1 駁回修訂版 %2（對照修訂版 %3）。</translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation>自訂連線 %1：%2</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>新增自訂連線(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation>編輯自訂連線(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation>移除自訂連線(&amp;M)</translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation>新增型錄中沒有的連線，並說明需要它的理由；所選主機即為其來源與目的地</translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation>編輯所選矩陣列的自訂連線</translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation>移除所選矩陣列的自訂連線</translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation>自訂連線</translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation>無法採用此自訂連線：%1</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation>新增自訂連線</translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation>編輯自訂連線 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation>443 或 3000-3032</translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation>用途，例如 NMC 網頁管理</translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation>需要的理由，例如 CR-2031：UPS 韌體更新</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目的地(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>通訊協定(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服務(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation>自訂連線會像型錄連線一樣推導與匯出，並標示為自訂。型錄中的封鎖列或單向規則仍會禁止它。</translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation>自訂連線連接兩台主機：請先在設計中新增主機。</translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation>請選擇與來源不同的目的地。</translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation>請說明需要此連線的理由（變更申請、維護合約）。</translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（複本）</translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>型錄未定義此配對的意義。</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation>調整區域 %1 的大小</translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation>%1（自訂：%2）</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation>%1：舊修訂版以唯讀方式顯示，無法儲存。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已將 %1 新增至 %2。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 與 %2 已經連結。</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation>%1 無法與 %2 連結：型錄未定義此配對的意義。</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation>已連結 %1 與 %2：%3</translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation>新區域 %1</translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation>新增自訂連線 %1</translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation>沒有自訂連線 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation>編輯自訂連線 %1</translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation>移除自訂連線 %1</translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation>舊修訂版以唯讀方式顯示。</translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation>在畫布上拖曳出矩形以繪製區域；按 Esc 取消。</translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation>區域至少需要 %1 × %1 個單位：請拖曳出更大的矩形。</translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation>向左微移</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>向右微移</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>向上微移</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>向下微移</translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation>%1（大步）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>縮放至選取範圍(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation>縮放並捲動，使所選主機與區域填滿檢視</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>對齊(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>靠左對齊(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>水平置中對齊(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>靠右對齊(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>靠上對齊(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>垂直置中對齊(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>靠下對齊(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平均分(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直均分(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>屬性(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>貼上至此處(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation>在此新增區域(&amp;Z)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation>選取連線(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation>選取此連結的連線(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation>縮放至此(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation>選取其主機(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation>縮放至其主機(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation>來源的屬性(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>新增自訂連線(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation>此格式沒有選項。</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>開頭加上位元組順序記號（供 Excel 使用）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation>為沒有位址的主機使用預留位置位址(&amp;P)</translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation>包含同一區域內的連線(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation>有些試算表程式只有在檔案以此記號開頭時才會以 UTF-8 讀取。</translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation>沒有位址的主機會取得一個標示為待填入的文件用位址（192.0.2.x），而不是中止匯出。</translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation>同一區域內主機之間的連線不經過防火牆；除非開啟此選項，否則會略去。</translation>
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
        <translation>用於標題欄，例如 C-7</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>您的姓名或團隊</translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation> 像素/單位</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation>每個畫布單位的像素數；2 適用於高解析度螢幕與列印。</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>頁面大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>修訂版(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>縮放比例(&amp;C)：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>請選擇格式。</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>正在產生 %n 台主機的預覽…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation>無法繪製圖表圖片。</translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation>無法建立匯出內容。</translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation>此格式沒有預覽。檔案將包含 %1。</translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation>%1

請開啟預留位置位址，或在這些主機的屬性中指定位址。</translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation>使用預留位置位址(&amp;P)</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>無法進行此匯出：%1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>無法寫入檔案。</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已將 %1 匯出至 %2</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出 %1</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>無法匯出至 %1。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>匯出至 %1 已取消；未寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n 行，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… 另有 %n 行未在此顯示；檔案包含全部內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation>以 UTF-8 位元組順序記號開頭。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 像素。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation>US Letter，橫向。</translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation>A4，橫向。</translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>設計 &quot;%1&quot; 有尚未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation>新設計：請將主機類型從元件面板拖曳到畫布上。</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>開啟設計</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Portolan 專案 (*.portolan);;設計 JSON (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>無法開啟 %1。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已開啟 %1。</translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation>這是範例設計。選取主機即可查看其連線；從元件面板拖曳主機類型即可規劃您自己的設計。</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>附註解儲存</translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation>此修訂版變更了什麼？</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan 專案 (*.portolan)</translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation>無法儲存 %1。</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation>已儲存 %2 的修訂版 %1。</translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation>匯入設計 JSON</translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation>設計 JSON (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>無法匯入 %1。</translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation>已匯入 %1：請儲存以保留為專案。</translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation>匯出設計 JSON</translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation>設計 JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation>已將設計匯出至 %1。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation>無法開啟 %2 的修訂版 %1。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation>%2 的修訂版 %1 以唯讀方式顯示。請從「修訂版」對話框還原它，才能從此版本繼續編輯。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation>無法還原 %2 的修訂版 %1。</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation>已將修訂版 %1 還原為 %3 的修訂版 %2。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>未命名的設計</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>救回未儲存的變更</translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation>Portolan 未正常關閉。%1 於 %2 自動儲存的內容包含尚未儲存的變更。</translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation>「救回」會開啟這些變更，讓您可以儲存。「丟棄」會刪除這些資料。「稍後」會保留它們，並在下次啟動時再次詢問。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>救回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation>無法開啟自動儲存檔 %1。</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation>已救回 %1 未儲存的變更：請儲存以保留它們。</translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>開啟 %1 已取消。</translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation>舊修訂版以唯讀方式顯示，無法儲存。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation>儲存已取消：%1 維持原狀。</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation>%1
（規則 %2）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>檢查發現</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation>篩選連線（主機、服務、連接埠、參考來源…）</translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation>只顯示從某區域到另一區域的連線</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>任何通訊協定</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部顯示</translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation>顯示所有主機的連線</translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation>任何區域配對</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 條連線</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 / %2 條連線</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation>無區域</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation>任何 → %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（來自 %2）</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允許</translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation>建議封鎖：此產品不應接收的流量。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation>允許（自訂）</translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation>由設計人員新增的自訂連線（%1）。</translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>匯入 %n 台主機</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation>從 CSV 匯入主機</translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation>清單檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation>含有 name、type、address 欄位，並可選擇加上 zone 與 id 欄位的 CSV 檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation>請選擇主機清單，以查看它會在設計中新增哪些內容。</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>匯入預覽</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>預覽(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation>主機清單 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>有 %n 列無法匯入（已標示並附上原因）。請在檔案中修正後重新載入：只要有任何一列有誤，就不會匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation>無法匯入主機：%1</translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation>主機清單中沒有任何主機。</translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation>舊修訂版以唯讀方式顯示；請回到最新修訂版再匯入。</translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation>要新增的主機：%1。新區域：%2。匯入會一次新增完畢，可用「復原」一步撤銷。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 台主機。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 欄：%2</translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation>此主機不會位於任何區域。</translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation>%1（新區域）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>縮放 %1%</translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation>將主機類型從元件面板拖曳到畫布上即可開始。</translation>
    </message>
    <message>
        <source>Host types</source>
        <translation>主機類型</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;已開啟的設計&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作記錄</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>連線矩陣</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查發現</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation>附註解儲存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation>儲存新的修訂版並描述變更內容</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>修訂版(&amp;V)…</translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation>列出專案已儲存的修訂版，開啟舊版或將其還原</translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation>回到最新修訂版(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>匯入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation>將設計 JSON 檔讀取為新的未儲存設計</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>匯出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation>將設計寫成設計 JSON</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation>寫出連線矩陣、規則集、報告或圖表，並附預覽</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation>尋找主機(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>顯示連線(&amp;F)</translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation>以從來源指向目的地的箭頭繪出推導出的連線</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>選取與移動(&amp;S)</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>繪製連結(&amp;L)</translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation>繪製連結：從一台主機拖曳到另一台（L）</translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation>選取並移動主機與區域（S）</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>新增區域(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>關於 Portolan(&amp;A)</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>關於 Portolan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;規劃工業網路的防火牆連線：將主機放入區域，連結彼此通訊的主機，即可查看產品參考文件要求的每一條連線。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>設計(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation>尋找主機（%1）</translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation>沒有符合 &quot;%1&quot; 的主機。</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation>Portolan — %1（修訂版 %2，唯讀）</translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation>Portolan — %1[*]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>檢查發現（%1）</translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation>%1 的連線</translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>%n 台選取主機的連線</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2（遺失）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation>已新增區域：請在屬性中為它命名並指定子網路。</translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation>從本機驗證(&amp;V)…</translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation>從本機探測實際網路，代替設計中的某台主機</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation>與修訂版比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation>顯示自某修訂版以來設計的變更：畫布上的標記，以及每項變更造成的連線與檢查發現</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>與檔案比較(&amp;F)…</translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation>顯示此設計相對於另一個設計檔的變更</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>離開比較模式</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>偏好設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation>設定修訂版的作者、自動儲存間隔、語言及報告的頁面大小</translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation>審查變更申請(&amp;R)…</translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation>針對設計，為變更申請或防火牆規則集的每一行給出結論</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 台主機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 個連結</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 條連線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation>請先離開探測模式。</translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation>從 CSV 匯入主機(&amp;H)…</translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation>將主機清單（CSV）中的主機新增至設計，並提供預覽</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>自動排列(&amp;A)</translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation>為每個尚無位置的區域與主機安排位置，保留已設定的位置</translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation>全部重新排列(&amp;L)</translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation>重新安排每個區域與主機的位置：區域並排，主機在其區域內排成格狀</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>繪製區域(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation>繪製區域：在畫布上拖曳出矩形（Z）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation>列出視窗中的每個動作及其鍵盤快速鍵</translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation>型錄瀏覽器(&amp;C)</translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation>搜尋型錄中的每個主機類型、連結、連線、封鎖與檢查發現，並附上參考來源</translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation>將 %1 移到另一個區域</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移動 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>移動 %n 個項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation>篩選主機類型</translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>貼上 %n 個項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation>您的姓名，記錄於專案修訂版中</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
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
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>自動儲存間隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation>新語言將在 Portolan 重新啟動後套用。</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>報告頁面大小(&amp;P)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>佈景主題(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation>從本機驗證</translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation>以本機代替設計中的某台主機，對其連線逐一嘗試連接：每條允許的 tcp 連線都應能開啟，每個進入其他區域的封鎖列則不應開啟。只會存取設計中的位址。</translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation>%1（%2），無位址</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation>%1：本機</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation>代替主機(&amp;S)：</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>本機：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計畫：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation>連接等待回應的最長時間，超過即視為已過濾</translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation>同時進行中的最大連接數</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation>每秒最多啟動的連接數</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>逾時(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>同時連接數(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>速率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation>此設計沒有任何主機。</translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation>%1 次連接，涵蓋設計中的 %2 個位址；%3 列僅列出而不連接（udp、icmp、無位址）。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>有 %1 台主機名為 &quot;%2&quot;；請指定其中一個 id：%3。</translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation>設計中沒有 id 或名稱為 &quot;%1&quot; 的主機。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>非預期</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已過濾</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未探測</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未探測</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation>%1（範圍中的取樣）</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1：差異</translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation>%1：可通過，無服務監聽</translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation>%1：符合設計</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>連接埠 %1：%2</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>探測結果</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation>沒有可連接的對象：%1 沒有允許的 tcp 連線，也不適用任何具位址主機的 tcp 封鎖列。</translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation>已開啟另一個設計：探測已停止。</translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation>設計已變更：探測已停止。</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1（含未儲存的變更）</translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation>從本機（%1）代替 %2（%3，%4）：%5 次連接，同時最多 %6 個，每秒最多 %7 個，逾時 %8 ms。</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>無位址</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>設計中沒有位址</translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation>關閉探測</translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation>結果尚未儲存為報告。仍要關閉嗎？</translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation>從 %1 驗證</translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation>正在以 %1 的身分從本機探測…</translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation>探測已取消：未獲回應的項目列為未探測。</translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation>儲存試運轉報告</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation>PDF 報告 (*.pdf);;CSV，每個結果一列 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation>已將試運轉報告儲存為 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>探測完成：與設計有 %n 處差異。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation>探測完成：網路符合設計。</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>portolan::ProbePanel</name>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation>取消探測(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>儲存報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>關閉(&amp;E)</translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation>立即停止：進行中的連接會被捨棄，其餘列為未探測</translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation>將結果儲存為試運轉報告：PDF 或 CSV</translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation>離開探測：畫布與矩陣重新顯示設計</translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation>%1 / %2 次連接</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>探測中…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation>完成：網路與設計不同。</translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation>完成：網路符合設計。</translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation>%1 符合設計：%2。可通過，無服務監聽：%3。差異：%4。未探測：%5。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation>（無位址）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資訊</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation>%1 ms 內已連接</translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation>%1 ms 內被拒絕（TCP reset）</translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation>%1（ICMP unreachable：防火牆拒絕，或沒有路由）</translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation>本機無法嘗試：%1。</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 內沒有回應</translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation>本機無法從 %1 傳送：%2。</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation>探測在收到回應前已取消。</translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation>探測在嘗試前已取消。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation>逾時必須為 50 到 60000 毫秒；%1 不符合。</translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation>並行數必須為 1 到 256 個連接；%1 不符合。</translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation>速率必須為每秒 1 到 1000 個連接；%1 不符合。</translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation>Qt SQLite 驅動程式無法存取 SQLite 的安全設定</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite 拒絕了安全設定（%1）</translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已選取 %n 個項目&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation>&lt;b&gt;設計&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;選取主機、區域或連結即可編輯。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名設計</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4 或 IPv6 位址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>位址：</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>區域：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation>版本，例如 15.2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation>&lt;b&gt;區域&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;同一區域內的主機與其他每個區域之間隔著一道防火牆邊界。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation>192.168.10.0/24, 10.1.0.0/16</translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation>區域的子網路，以逗號或空格分隔</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>子網路：</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>主機：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation>&lt;b&gt;連結&lt;/b&gt;&lt;br&gt;%1 — %2</translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>型錄未定義此配對的意義。</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>意義：</translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation>產生的連線：</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>（無區域）</translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation>%1 不在區域 %2 的子網路內（%3）。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>將 %1 重新命名為 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; 不是 IP 位址。</translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation>變更 %1 的位址</translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation>將 %1 移到區域 %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>變更 %2 的 %1</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>重新命名區域 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation>&quot;%1&quot; 不是子網路，例如 192.168.10.0/24。</translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation>變更區域 %1 的子網路</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 台主機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n 個區域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 個連結</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation>變更 %1 的備註</translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation>無法開啟 %1：沒有空間建立用於更新格式的暫存複本。</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation>%1 不是有效的專案檔：%2</translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation>讀取 %1 %2 秒後已放棄：檔案非常大、已損毀，或是刻意讓 Portolan 停滯。</translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>刪除 %n 個項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation>重新命名設計</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation>審查變更申請</translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation>變更申請與規則集 (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>正在審查 %1（%2）：%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation>審查已結束：%1</translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation>審查已關閉；可以再次編輯設計。</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation>%1 %2 -&gt; %3，%4 %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>意見：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation>它涵蓋的設計連線</translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation>它封鎖的設計連線</translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation>被設計禁止</translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation>多餘：設計不需要的 %1 組元組</translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation>只繪出前 %1 個箭頭。</translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation>缺少的連線：%1</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>設計中經過所涵蓋區域的每條連線皆已允許。</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation>設計中沒有任何規則允許的連線：</translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation>%1（舊修訂版）</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1（含未儲存的變更）</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation>%1：請選擇副檔名為 .pdf、.csv 或 .json 的檔案。</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-審查</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>匯出審查報告</translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>供簽核的 PDF 報告 (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>已將審查結果寫入 %1。</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation>缺少的連線</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>匯出報告…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>關閉審查</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>篩選申請</translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation>設計中沒有任何規則允許的連線</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation>將審查結果寫成供簽核的 PDF 報告，或 CSV、JSON</translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation>離開審查並回到編輯設計（Esc）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>；%n 條缺少的連線</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation>缺少的連線（%1）</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>所有結論</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>結論</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation>其中沒有修訂版 %1</translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation>其中沒有任何修訂版</translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation>修訂版 %1 應包含 %2 個區域、%3 台主機與 %4 個連結，但實際包含 %5、%6 與 %7</translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation>修訂版 %1 包含兩次區域 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation>修訂版 %1 包含兩次主機 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation>無法讀取 %1 的修訂版：%2</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>以唯讀方式開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation>還原為新修訂版(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>還原修訂版</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation>要還原 %2 的修訂版 %1 嗎？其設計會成為新的修訂版；在它之後的修訂版仍保留在歷程記錄中。</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>與修訂版比較</translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation>將目前的設計與 %1 的某個修訂版比較：畫布會標示變更之處，「變更」面板則列出每項變更對連線與檢查發現的影響。</translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation>%1 的每次儲存都會保留為一個修訂版。可開啟舊修訂版檢視，或還原後從該處繼續：還原會新增一個修訂版並保留歷程。「簽核」會記錄審查人對某修訂版的決定。</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>簽核(&amp;S)…</translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation>核准或駁回所選修訂版（對照其前一個修訂版）</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>簽核</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation>還原修訂版 %1</translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation>%1（還原修訂版 %2）</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation>由 %1 核准（對照 %2）</translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation>由 %1 駁回（對照 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1，先前的 %n 項決定</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審查</translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation>資料表 &quot;%3&quot; 第 %2 列的欄位 &quot;%1&quot; 含有無效的值</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>依動作或按鍵篩選</translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation>您對 %2 的修訂版 %1 所做的決定（對照修訂版 %3 審查）。此決定會連同您的姓名與時間保存在專案檔中，並列印在變更報告上。</translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation>作為您儲存修訂版與簽核變更時所用的姓名</translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation>您檢查了哪些項目、附帶條件，或駁回變更的原因</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>記錄決定(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>審查人(&amp;V)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意見(&amp;C)：</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>請填寫您的姓名。</translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation>請說明駁回變更的原因。</translation>
    </message>
</context>
</TS>
