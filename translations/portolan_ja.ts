<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AsaExport</name>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation>! 送信元ゾーンごとに 1 つのアクセスリスト（名前は &lt;zone&gt;_in）を、そのゾーンの入力インターフェイス用に作成し、</translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation>! 許可を記述します。各ゾーンへのブロック行はグローバルリスト %1 に 1 回だけ書かれ、</translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation>! ファイアウォールはインターフェイスのリストの後にこれを読みます。上で許可されたフローはブロックに到達せず、</translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation>! グローバルリストは最後の deny で終わります。末尾の access-group 行はコメントアウトされています。</translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation>! 有効にする前にインターフェイス名を確認し、グローバルリストも一緒に有効にしてください。</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLACEHOLDER: %1 のアドレスを記入してください</translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation>=== %1 -&gt; %2 ===</translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation>%1 から入るトラフィック</translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation>ゾーンのサブネット: %1</translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation>それ以外はすべてグローバルリスト %1 へ進みます</translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation>ゾーン外から各ゾーンへのブロック、その後に最後の deny</translation>
    </message>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation>=== ゾーン外から %1 へのブロック ===</translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation>上で許可された例外: %1</translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation>それ以外はすべて拒否されます</translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation>Cisco ASA アクセスリスト</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation>true または false でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1 から %2 まででなければなりません</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>テキストでなければなりません</translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation>&quot;15.1&quot; や &quot;14.5.0at&quot; のようなリリース番号でなければなりません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation>%1: カタログファイルではありません: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation>種別には id と名前が必要です</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation>種別 &quot;%1&quot; が 2 回定義されています</translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation>パラメーターには名前と種類（bool、int、choice、text、release）が必要です</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>既定値 %1</translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>%1() を呼び出しています。既定値が読めるのはホストのフィールドと、それより前に宣言されたパラメーターだけです</translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation>フローにはルール id とサービスが必要です</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation>ルール &quot;%1&quot; はシードを &quot;file.txt: table&quot; の形で引用しなければなりません</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>不明なプロトコル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation>ルール &quot;%1&quot; にプロトコルの指定がありません</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation>&quot;from&quot; と &quot;to&quot; は &quot;a&quot; と &quot;b&quot; でなければなりません</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>severity は error、warning、info のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation>指摘事項には id と severity が必要です</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>不明な種別 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation>リンク %1 - %2 が 2 回定義されています</translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation>リンクには 2 つの種別と意味が必要です</translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation>&quot;%1&quot; のホストルールが 2 回定義されています</translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation>要件には id、メッセージ、既知の %1 が必要です</translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation>システムには id、名前、メンバー種別が必要です</translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation>ペアはメンバー種別のリストを 2 つ指定します</translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation>1 つの %1 のサーバー</translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation>%1: カタログファイルがありません</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation>ただし %1 からの許可されたフローは除きます。これらはこのブロックより上で許可されたままです。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation>&quot;%2&quot; と &quot;%3&quot; の間のルール &quot;%1&quot;: %4。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation>ホスト &quot;%1&quot;: &quot;%2&quot; は %3 のパラメーターではないため、無視されます。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation>ホスト &quot;%1&quot;: パラメーター &quot;%2&quot; は %4 ではなく %3 です。既定値を使用します。</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation>リンク %1 (%2 - %3) はリンク %4 の繰り返しで、何も追加しません。</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation>リンク %1 (%2 - %3): カタログには %4 と %5 の間のリンクの意味がありません。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation>ホスト &quot;%1&quot;: アドレス %2 はゾーン &quot;%3&quot; のどのサブネットにも含まれません (%4)。</translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation>一方向ルールにはルール id とサービスが必要です</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation>ルール &quot;%1&quot; はペアのフローを一方向にしますが、&quot;%2&quot; は双方向です</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation>ゾーンのないホスト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation>ゾーン外から %1 へのブロック</translation>
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
        <translation>設計の変更なし（設計の項目の順序）</translation>
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
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation>%1 外の任意</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation>いいえ（同一ゾーン内）</translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation>ファイアウォールマトリクス (CSV)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation>引用符で囲まれたセルの後にはセミコロンか行末が必要です。</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation>引用符で囲まれたセルの後にはタブか行末が必要です。</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation>引用符で囲まれたセルの後にはカンマか行末が必要です。</translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation>ここで始まる引用符付きのセルが閉じられていません。</translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation>引用符で始まらないセルの中に二重引用符があります。セル全体を引用符で囲み、引用符を二重にしてください。</translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation>カスタムフロー &quot;%1&quot;（%2 から %3、%4）</translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation>ブロックルール %1（%2）</translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation>一方向ルール %1（%2）</translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation>%1 は %2 により禁止されており、通過できません。</translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation>%1: ポート %2 は %3 により禁止されており、通過できません。</translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation>%1 は何も追加しません: カタログのフローまたは先行するカスタムフローですでに許可されています。</translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation>カスタムフロー %1</translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation>カスタムフロー: 要求された %2 のうちポート %1 は除外されています（許可済みまたは禁止）。</translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation>%1 – %2（両者間のリンク %3）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation>ゾーン %1 を追加</translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation>ゾーン %1 を削除</translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation>ゾーン %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation>ホスト %1 を追加 (%2)</translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation>ホスト %1 を削除 (%2)</translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation>ホスト %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation>ホスト %1: パラメーター %2 %3 → %4</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>リンク %1 を追加</translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation>リンク %1 を削除</translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation>リンク %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation>カスタムフロー %1 を追加: %2 → %3、%4（%5）</translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation>カスタムフロー %1 を削除: %2 → %3、%4</translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation>カスタムフロー %1: %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: リビジョン %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation>%1: 読み込めません: プロジェクトファイルの一時コピーを置く領域がありません。</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation>&quot;format&quot; が &quot;portolan-design&quot; ではありません: Portolan の設計ではありません</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>&quot;version&quot; は数値でなければなりません</translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation>この設計のフォーマットバージョンは %1 です。この Portolan が読めるのはバージョン %2 までです。新しい Portolan を使用してください</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation>%1: &quot;%2&quot; はテキストでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: &quot;%2&quot; は数値でなければなりません</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation>%1: テキストの &quot;id&quot; が必要です</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>ゾーン %1</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>ゾーン &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation>%1: &quot;subnets&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: サブネット %2 は 192.168.10.0/24 のようなアドレス/プレフィックスではありません</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（テキストではありません）</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>ホスト &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation>%1: テキストの &quot;type&quot; が必要です</translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1: アドレス &quot;%2&quot; は IPv4 または IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation>%1: &quot;params&quot; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>リンク %1</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation>%1: ホスト id &quot;a&quot; と &quot;b&quot; が必要です</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>リンク %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation>設計は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation>カスタムフロー %1</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>カスタムフロー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation>%1: ホスト id &quot;source&quot; と &quot;destination&quot; が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation>%1: &quot;protocol&quot; は &quot;tcp&quot;、&quot;udp&quot;、&quot;icmp&quot; のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation>%1: &quot;ports&quot; は &quot;443&quot; や &quot;3000-3032&quot; のようなテキストでなければなりません</translation>
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
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: the id must be 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;</source>
        <translation>%1: id は英字、数字、&quot;_&quot;、&quot;-&quot;、&quot;.&quot; からなる 1～%2 文字で、英字、数字、&quot;_&quot; で始まらなければなりません</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation>対になっていない UTF-16 サロゲート（文字位置 %2 の U+%1）を含んでおり、これは文字ではありません</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>ゾーン &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation>%1: この id は別のゾーンで使用されています</translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: サブネット %2/%3 は 192.168.10.0/24 のようなアドレス/プレフィックスではありません</translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation>%1: &quot;x&quot; と &quot;y&quot; はプラスマイナス %2 の範囲内でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation>%1: &quot;width&quot; と &quot;height&quot; は 0 から %2 まででなければなりません</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>ホスト &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation>%1: この id は別のホストで使用されています</translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation>%1: 不明なホスト種別 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation>%1: ゾーン &quot;%2&quot; は存在しません</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>リンク %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation>%1: ホスト &quot;%2&quot; は存在しません</translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation>%1: ホストを自身にリンクすることはできません</translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation>icmp フローにはポートがありません</translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation>%1 フローには 443 や 3000-3032 のような宛先ポートが必要です</translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation>ポートは 1～65535 の範囲でなければなりません</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>カスタムフロー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation>%1: この id は別のカスタムフローで使用されています</translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation>%1: ホストからそのホスト自身へのフローはファイアウォールを通過しません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation>%1: 理由（カタログのフローでは足りない理由）が必要です</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation>U+FEFF（バイト順マーク）で始まっており、設計ファイルとプロジェクトファイルはこれを保持しません</translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation>文字位置 %2 に U+%1 を含んでおり、これは文字ではありません</translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation>%1: リビジョンは 1 から番号付けされます</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1: ファイル %2 はありません</translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation>%1: %2 はプロジェクトファイルではありません。リビジョンを保持するのはプロジェクトファイルだけです</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1、リビジョン %2</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation>サブネットなし</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>Diagram (PNG)</source>
        <translation>ダイアグラム (PNG)</translation>
    </message>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation>倍率 %1 では PNG 画像が 1 ピクセルより小さくなります。より大きな倍率を選んでください。</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation>%1 x %2 ピクセルの PNG 画像のメモリを確保できませんでした。SVG または PDF でエクスポートするか、より小さな倍率を選んでください。</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation>%1 x %2 ピクセルの PNG 画像をエンコードできませんでした。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation>設計 &quot;%1&quot; のネットワークダイアグラム。Portolan で作成。</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>SVG 描画を開始できませんでした。</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>ダイアグラム (SVG)</translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation>ダイアグラムは %1 x %2 キャンバス単位で、SVG 描画が保持できる大きさ（1 辺 %3）を超えています。ホストとゾーンを互いに近づけてください。</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation>無題の設計のネットワークダイアグラム。Portolan で作成。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
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
        <translation>%1 のエクスポートをメモリ上で作成できません。</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation>&quot;%1&quot; を読んでいますが、これは %2 のパラメーターではありません</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>&quot;%1&quot; を読んでいますが、これはそれより後に宣言されています。既定値が読めるのはホストのフィールドと、それより前に宣言されたパラメーターだけです</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>予期しない &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation>%1（&quot;%3&quot; の %2 文字目）</translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation>&quot;:&quot; が必要です</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>予期しない終わり</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>&quot;)&quot; が必要です</translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation>閉じられていないテキスト</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation>不明な名前 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に閉じられていない &quot;{&quot; があります</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>式の入れ子が %1 段を超えています</translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation>（ゾーンなし）</translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation>%1 外の任意のホスト -&gt; %1</translation>
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
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation>%1: 読み込めません: 設計の上限 %2 を超えています。</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation>%1: 読み込めません: %2 あり、設計の上限 %3 を超えています。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation>%1: 開けません: そのようなリソースはありません。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation>%1: 読み込めません: 設計ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation>%1: 読み込めません: 通常のファイルでもパイプでもありません（デバイスやソケットは設計を保持できません）。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation>行に名前がありません。すべてのホストに名前が必要です。</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation>名前 &quot;%1&quot; は %2 行目ですでに使用されています。名前は一意でなければなりません。</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation>名前 &quot;%1&quot; は設計のホスト &quot;%2&quot; ですでに使用されています。名前は一意でなければなりません。</translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation>行に種別がありません。&quot;workstation&quot; のようなカタログのホスト種別を記入してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation>&quot;%1&quot; はカタログのホスト種別ではありません。&quot;%2&quot;（%3）のことですか？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation>&quot;%1&quot; はカタログのホスト種別ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation>&quot;%1&quot; は IPv4 アドレス（0～255 の 4 つの数値: 192.168.10.11）でも IPv6 アドレスでもありません。</translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation>アドレス %1 は %2 行目ですでに使用されています。アドレスは一意でなければなりません。</translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation>アドレス %1 は設計のホスト &quot;%2&quot; ですでに使用されています。アドレスは一意でなければなりません。</translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation>アドレス %1 はゾーン &quot;%2&quot;（%3）のどのサブネットにも含まれていません。設計の指摘事項で報告されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation>&quot;%1&quot; は id ではありません。英字、数字、&quot;_&quot;、&quot;-&quot;、&quot;.&quot; からなる 1～%2 文字で、英字、数字、&quot;_&quot; で始まるように記入してください。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot; は %2 行目ですでに使用されています。id は一意でなければなりません。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot; は設計のホストですでに使用されています。id は一意でなければなりません。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot; は設計のゾーンですでに使用されています。id は一意でなければなりません。</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation>ファイルにバイナリデータ（NUL バイト）が含まれています。ホストインベントリは CSV テキストです。</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation>ファイルが UTF-8 テキストではありません。インベントリを CSV UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation>ファイルが空です。ホストインベントリは、列 name、type、address（zone と id は任意）を示すヘッダー行で始まります。</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation>ヘッダーで列 &quot;%1&quot; が 2 回指定されています（列 %2 にもあります）。</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation>ヘッダーに &quot;%1&quot; 列がありません。ホストインベントリには列 name、type、address が必要です（zone と id は任意）。順序は問いません。</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>この行には %1 個のセルがありますが、ヘッダーには %2 個の列があります。</translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation>このセルは列 %1 の下にありますが、ヘッダーでその列に名前がありません。列に名前を付けるか、セルを空にしてください。</translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation>セルが%1。</translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation># 適用方法: iptables-restore FILE（filter テーブルを置き換えます）。IPv4 のみ: IPv6 ルールがあれば、</translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation># 末尾にコメントアウトされた ip6tables 行として続きます。nftables エクスポートは両方のファミリーを含みます。</translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation># アドレスグループはホストごとに展開されます（restore ファイルには ipset がありません）。各ルールはそのグループ名を示します。</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>ゾーン外の任意の送信元から %1 へのブロック</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>上で許可された例外: %1</translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation># ip6tables-restore 用の IPv6 ルール（同じチェーンを持つ *filter テーブル）。このファイルでは適用されません:</translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation>iptables-restore ルールセット</translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation># FORWARD はゾーンペア（送信元:宛先）ごとに 1 つのチェーンへジャンプし、その後に各ゾーンへのブロックへ進みます。</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation>このゾーンにはこのファミリーのサブネットがありません: ブロックはすべての送信元に一致します。</translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation># 適用方法: nft -f FILE（table inet portolan のみを置き換え、それ以外は変更しません）。</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLACEHOLDER: %1 のアドレスを記入してください</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>ゾーン外の任意の送信元から %1 へのブロック</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>上で許可された例外: %1</translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation>nftables ルールセット</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation>（アドレスなし）</translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>ゾーン外の任意のホスト</translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation> （ファイアウォールを通過しません。）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation>ルールと出典</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation>ファイアウォールフローレポート: %1</translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation>ファイアウォールフローレポート</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation>Portolan %1: フローは製品カタログから導出され、それぞれベンダーの文書を出典としています。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation>許可されたフロー</translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation>ファイアウォールを通過</translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation>ブロック行</translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation>エラー / 警告 / セキュリティ上の注意</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation>ファイアウォール（ゾーンペア）</translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation>同一ゾーン内: ファイアウォールなし</translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation>ゾーン間のファイアウォール</translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation>ゾーンペア</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation>ファイアウォール（続き）</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>ダイアグラム</translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation>ゾーンペア別ファイアウォールマトリクス</translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation>ゾーンペアごとに 1 つの表: 送信元ゾーンと宛先ゾーンの間のファイアウォールです。すべてのフローは方向を持ち、許可された接続の応答は記載しません。「同一ゾーン内」と記された表はファイアウォールを通過せず、網羅のために記載しています。</translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation>%1（同一ゾーン内: ファイアウォールなし）</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation>ブロックの推奨</translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation>ベンダーは、宛先のゾーン外のすべてのホストからこれらのポートをブロックするよう推奨しています。各ブロックは、その例外である上記の許可されたフローの後に配置してください。</translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation>カタログはこの設計にブロックを推奨していません。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>セキュリティ上の注意</translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation>カタログがこれらのホストについて指摘するプロトコルバージョン、平文のサービス、脆弱なオプション。</translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation>セキュリティ上の注意はありません。</translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation>セキュリティ上の注意（続き）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation>エラーはマトリクスを適用する前に解決する必要があります。警告には判断が必要です。</translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation>エラーも警告もありません。</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>指摘事項（続き）</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>ポート: %1</translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation>送信元ポート: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>サービス: %1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>ゾーン: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>備考: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation>変更されたフローはありません。</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>、リビジョン %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF を開始できませんでした。</translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation>設計変更レビュー: %1 → %2</translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation>設計変更レビュー</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>設計の変更</translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation>追加されたフロー</translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation>削除されたフロー</translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation>変更されたフロー</translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation>追加された指摘事項</translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation>削除された指摘事項</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation>追加 / 削除されたルール</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation>この変更について記録された判定はありません。レビュー担当者、日付、判定（承認または却下）、コメント:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation>承認（続き）</translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation>設計で何が変わり、各変更が何を引き起こすか。ある変更がなければルールエンジンがそのフローまたは指摘事項の変更を行わない場合、その変更がそれを引き起こしたとみなします。1 つのフローに複数の原因があることもあり、冗長システムを分割するリンクの削除は、そのリンクが直接関係しないホスト間のフローも引き起こします。</translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation>2 つの設計は同じです（キャンバス上でホストが移動している可能性があります）。</translation>
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
        <translation>種類</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation>フロー + / − / ~</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation>設計の変更（続き）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>（設計の変更なし）</translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation>ゾーンペアごとの追加・削除されたルール。nftables、iptables、ASA のエクスポートと同じ単位でまとめています。ホストまたはポートが変わるルールは、削除されてから再度追加されます。</translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation>ファイアウォールルールの変更はありません。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2 件追加、%3 件削除</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation>ホスト、サービス、カタログルール</translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation>プロトコルとポート</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation>ゾーンペア別のフローの変更</translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation>送信元、宛先、プロトコル、アクション、カタログルールが一致する場合、フローは両方の設計で同じです。ポート、サービス、備考、出典、あるいはホストのゾーンやアドレスが異なる場合は変更されたとみなします。</translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation>追加・削除された指摘事項</translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation>変更された指摘事項はありません。</translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation>追加・削除された指摘事項（続き）</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation>ファイアウォールレポート (PDF)</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation>&quot;%1&quot; は 0 から 65535 までのポートまたはポート範囲ではありません</translation>
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
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation>試運転プローブ</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation>プローブ元</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>このマシンのアドレス</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)、%3</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>設計にアドレスがありません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation>%1
キャンセル済み</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>同時接続数</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>毎秒の接続数</translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation>範囲内で試すポート数</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation>両端とその間の %1 個</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>システムが選択</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接続試行</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>通過、待ち受けなし</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未プローブ</translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation>オープン / クローズ / フィルター</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation>%1 からの許可された各 tcp フローはオープン、%1 が該当する（宛先のゾーン外にある）各 tcp ブロック行はオープン以外であることが期待されます。オープン: 接続が確立しました。クローズ: 接続が拒否されました。つまりファイアウォールは通過させ、ポートで何も待ち受けていません（またはファイアウォールが TCP リセットで応答しました）。フィルター: タイムアウト内に応答がないか、ファイアウォールまたはルーターから ICMP unreachable が返りました。ポート範囲は両端とその間のポートで試行します。udp と icmp の行、アドレスのないホストへの行、送信元ポートが固定された行はプローブしません。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
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
        <translation>ルールとサービス</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（アドレスなし）</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation>相違なし: すべての接続が設計の計画どおりの結果になりました。</translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation>許可されたフロー（オープンを期待）</translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation>このホストからの許可された tcp フローはプローブされていません。</translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation>ブロック行（オープン以外を期待）</translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation>プローブされたブロック行はありません。</translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation>すべての行をプローブしました。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>試験者</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>立会者</translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation>試運転プローブ: %1（%2 から）</translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation>udp: TCP 接続では試験できず、応答しない udp ポートは何も証明しません。サービス自体で試験してください。</translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation>icmp: TCP 接続では試験できません。ping で試験してください。</translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation>%1 には設計上のアドレスがありません。</translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation>このフローは送信元ポート %1 から出ますが、プローブはシステムが選ぶポートから接続するため、ファイアウォールは別の接続として判定します。</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation>ドライラン: %1 のポート %2 への TCP 接続を試行します。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation>%1 には設計上のアドレスがないため、このマシンからはそのホストに対するファイアウォールのルールを確認できません（アドレス: %2）。結果はこのマシンが到達できる範囲を示します。</translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation>このマシンのアドレス (%1) はいずれも %2 のアドレス %3 ではありません。ファイアウォールには別の送信元に見えるため、結果は %2 ではなくこのマシンが到達できる範囲を示します。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>通過、待ち受けなし</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未プローブ</translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation>%1（%2-%3 からサンプル）</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>未プローブ: %1</translation>
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
        <translation>自動保存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 を書き込めません: 完成したファイルを所定の場所に移動できませんでした。</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation>プロジェクトにエクスポートしました</translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation>新しいプロジェクトとしてエクスポートしました</translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation>Portolan プロジェクト</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Qt SQLite ドライバー (QSQLITE) が利用できません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>リビジョン %1 を復元</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: リビジョン %2: %3</translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation>%1: 承認を記録できません: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>プロジェクトフォーマット %1 からの移行手段がありません</translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation>プロジェクトフォーマット %1 からの移行に失敗しました: %2</translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation>テーブル &quot;meta&quot; がありません</translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation>プロジェクトフォーマットのバージョンがありません</translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation>プロジェクトフォーマットのバージョン %1 がヘッダーの %2 と一致しません</translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation>データベースのテーブル、インデックス、ビュー、トリガーが %1 個を超えています</translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation>仮想テーブル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>テーブル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>インデックス &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>ビュー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>トリガー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation>種類 &quot;%2&quot; のエントリー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation>データベースには %1 がありますが、プロジェクトフォーマット %2 では %3 です</translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation>プロジェクトフォーマット %2 の %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation>%1 がプロジェクトフォーマット %2 の定義と異なります（列、型、制約が異なります）</translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation>データベースに Portolan が作成しない %1 があります。独自のテーブル、ビュー、トリガーを持つプロジェクトファイルは受け付けません</translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation>1 つのセルの上限 %1 MiB を超える値があります</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>&quot;%1&quot; はアドレスではありません。</translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation>access-group 行は &quot;access-group LIST in|out interface NAME&quot; または &quot;access-group LIST global&quot; の形式です。</translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation>設定に拡張アクセスリスト（access-list NAME extended ...）がありません。Portolan がレビューするのはそれです。</translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation>&quot;host&quot; にはアドレスが必要です。</translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation>&quot;range&quot; には 2 つのアドレスが必要です。</translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation>アドレスの範囲ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation>&quot;%1&quot; はサブネットではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation>&quot;%1&quot; はネットマスク付きアドレス、host、range、object、any のいずれでもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation>&quot;%1&quot; はネットマスクではありません。</translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation>&quot;subnet&quot; にはアドレスとネットマスクが必要です。</translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation>ホストを DNS 名で指定しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation>&quot;%1&quot; はポート番号でも、ASA が認識するポート名でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation>&quot;%1&quot; はポート演算子（eq、neq、lt、gt、range）ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation>&quot;%1&quot; にはポート演算子が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation>&quot;%1&quot; はサービスの一部ではありません。</translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation>&quot;group-object&quot; にはグループ名が必要です。</translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation>&quot;network-object&quot; にはアドレスが必要です。</translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation>&quot;port-object&quot; には eq または range とポートが必要です。</translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation>&quot;service-object&quot; にはプロトコルが必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation>&quot;%1&quot; は設定内のネットワーク object-group ではありません。</translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation>object-group &quot;%1&quot; が自身を含んでいます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation>&quot;%1&quot; は設定内のネットワークオブジェクトではありません。</translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation>オブジェクト &quot;%1&quot; はレビューできません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation>&quot;%1&quot; は設定内のサービスオブジェクトではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation>&quot;%1&quot; は設定内の object-group ではありません。</translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation>エントリーが送信元または宛先の前で終わっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation>&quot;%1&quot; には名前が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation>&quot;%1&quot; はインターフェイス、ユーザー、セキュリティグループで照合しており、Portolan は設計のホストと比較できません。</translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation>access-list 行には名前と種類が必要です。</translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation>拡張 access-list エントリーには permit または deny が必要です。</translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation>エントリーがプロトコルの前で終わっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation>&quot;%1&quot; は設定内のプロトコルまたはサービスの object-group ではありません。</translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation>時間範囲 %1 の間のみ</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>ICMP タイプ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation>&quot;%1&quot; は Portolan が読む access-list エントリーの一部ではありません。</translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation>ICMP タイプ</translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation>プロトコル %1（設計のどのフローも使用しません）</translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation>有効な access-group 行がありません。コメントアウトされた access-group 行がリストの適用箇所を示しています。</translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation>access-group がリスト &quot;%1&quot; を適用していますが、設定にはその拡張エントリーがありません。</translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation>リストを適用する access-group がありません。各リストを 1 つのインターフェイスのリストとしてレビューします。</translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation>access-group %1 %2</translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation>アクセスリスト %1 はどの access-group でも適用されておらず、レビューされません。</translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation>許可された接続の応答はファイアウォールのステートテーブルで通過します。どのエントリーも許可しないものは拒否されます。</translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation>%1 が空です。ホスト id または名前、アドレス、サブネット、zone:&lt;id&gt;、any のいずれかを記入してください。</translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation>&quot;zone:&quot; にゾーンの指定がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation>&quot;%1&quot; は IPv4 または IPv6 のアドレスでもサブネットでもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation>&quot;%1&quot; は 1 から 65535 までのポートでもその範囲（&quot;3000-3032&quot;）でもありません。ポートは &quot;443&quot;、&quot;22,443&quot;、&quot;3000-3032&quot;、any のように記入してください。</translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation>ファイルが空です。変更要求は列名を示すヘッダー行で始まります。</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation>ヘッダーの %1 列目に名前がありません。すべての列に名前が必要です。</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>ヘッダーで列 &quot;%1&quot; が 2 回指定されています。</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation>ヘッダーに &quot;%1&quot; 列がありません。変更要求には列 id、source、destination、protocol、ports が必要です（action と comment は任意）。順序は問いません。これは変更要求ですか？</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>この行のセルは %1 個ですが、ヘッダーの列は %2 個です。</translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation>行に id がありません。すべての要求行に id が必要です。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot; は %2 行目ですでに使用されています。id は一意でなければなりません。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation>&quot;%1&quot; はプロトコルではありません。tcp、udp、icmp、any のいずれかを記入してください。</translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation>ポートが空です。%1 の要求では宛先ポート（&quot;443&quot;、&quot;22,443&quot;、&quot;3000-3032&quot;）または any を指定します。</translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation>icmp の要求にはポートがありません。セルを空にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation>&quot;%1&quot; はアクションではありません。allow、block のいずれかを記入するか、allow の場合はセルを空にしてください。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation>%3 行目のテーブル &quot;%2&quot; がコミットされる前にテーブル &quot;%1&quot; が始まっています。</translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation>filter テーブルが 2 回指定されています。</translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation>テーブルの外に COMMIT があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation>&quot;%1&quot; は iptables-save の出力の行ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation>&quot;%1&quot; は iptables-save の出力の行（チェーン &quot;:NAME POLICY&quot;、ルール &quot;-A CHAIN ...&quot;、COMMIT）ではありません。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation>ここで始まるテーブル &quot;%1&quot; がコミット（COMMIT）されていません。</translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation>ファイルに filter テーブル (*filter) がありません。Portolan は iptables-save が書き出す filter テーブルの FORWARD チェーンをレビューします。</translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation>filter テーブルに FORWARD チェーンがありません。</translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation>&quot;create&quot; にはセット名と種類が必要です。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation>セット &quot;%1&quot; が 2 回作成されています。</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation>&quot;add&quot; にはセット名とメンバーが必要です。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation>セット &quot;%1&quot; はこの行より前に作成されていません。</translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation>&quot;nomatch&quot; メンバーはサポートされていません。セットが一致するアドレスを列挙してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation>&quot;%1&quot; はアドレス、サブネット、アドレスの範囲のいずれでもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation>&quot;%1&quot; は iptables-save の出力の行ではありません。テーブルの外に置けるのは ipset save の create 行と add 行だけです。</translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation>チェーン行は &quot;:NAME POLICY [packets:bytes]&quot; の形式です。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation>チェーン &quot;%1&quot; が 2 回宣言されています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation>&quot;%1&quot; はアドレスでもサブネットでもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation>&quot;%1&quot; はポートでもポート範囲でもありません。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation>ここでセット &quot;%1&quot; が使用されていますが、そのメンバーがファイルにありません。&quot;ipset save&quot; の出力を iptables-save の出力の前か後に置いてください。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation>セット &quot;%1&quot; が自身を含んでいます。</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation>セット &quot;%1&quot; の種類は %2 です。Portolan が読むのはアドレスのセット（hash:ip、hash:net、bitmap:ip、それらの list:set）です。</translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation>&quot;-A&quot; にはチェーン名が必要です。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation>チェーン &quot;%1&quot; がルールより前に宣言（&quot;:%1 POLICY&quot;）されていません。</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation>インターフェイス %1%2 で入るパケット</translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation>インターフェイス %1%2 から出るパケット</translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation>フラグメントのみ</translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation>--ports は送信元ポートにも一致します</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation>&quot;%1&quot;: Portolan が読むのは 1 つのアドレス（src または dst）で照合するセットです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation>&quot;%1&quot; はコネクションステートではありません。</translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation>接続の最初のパケット以外</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation>&quot;%1&quot; はアドレスの範囲ではありません。</translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation>%1 はパケットをプログラムに渡します。その判定を Portolan はレビューできません。</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation>オプション &quot;%1&quot; は Portolan が読むものではないため、このルールが何に一致するか判断できません。</translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation>&quot;!&quot; が何も否定していません。</translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation>アドレス変換を伴う接続のみ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation>&quot;%1&quot; は filter テーブルのチェーンでも、Portolan が認識するターゲットでもありません。</translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation>ルールは組み込みチェーン &quot;%1&quot; へジャンプできません。</translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation>%1 の後 (RETURN)</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation>チェーン &quot;%1&quot; が自身から再び到達されます。</translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation>%1 経由 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>受け付けた接続の応答 (ESTABLISHED, RELATED) または無効なパケットにのみ一致する %n 個のルールは要求ではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation>%1 テーブルはフィルタリングを行わないため、レビューされません。</translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation>FORWARD チェーンのポリシーは %1 です。</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>有効な JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>この JSON に &quot;nftables&quot; 配列がありません。&quot;nft -j list ruleset&quot; の出力を指定してください。</translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation>このルールはチェーン &quot;%1&quot; に属していますが、そのチェーンはこれより前に記載されていません。</translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation>ルールセットに forward フックの filter チェーンがないため、ゾーン間のトラフィックをフィルタリングしません。</translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation>チェーン %1 (%2 %3、優先度 %4) のポリシーは %5 です。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>受け付けた接続の応答 (established, related) または無効なパケットにのみ一致する %n 個のルールは要求ではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation>セット @%1 はルールセットに記載されていません。</translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation>セット @%1 が保持するのは %2 で、アドレスではありません。</translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation>%1 はアドレス、プレフィックス、範囲、それらのセットのいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1 はポートではありません。</translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation>セット @%1 は記載されたポートのセットではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; はポート番号ではありません。</translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation>ポート範囲が無効です。</translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation>ポートが数値、範囲、それらのセットのいずれでもありません。</translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation>expr[%1]: %2</translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation>判定の後に文があります。</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation>チェーン &quot;%1&quot; はテーブル内にありません。</translation>
    </message>
    <message>
        <source>a quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation>iptables-nft 互換式です。このファイアウォールの iptables-save の出力をレビューしてください。</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation>文 &quot;%1&quot; は Portolan が読むものではありません。</translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation>比較 &quot;%1&quot; は Portolan が読むものではありません。</translation>
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
        <translation>%1 %2 での照合は Portolan が読むものではありません。</translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation>meta %1 %2%3</translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation>meta %1 での照合は Portolan が読むものではありません。</translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation>ct %1 %2</translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation>照合 %1 は Portolan が読むものではありません。</translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation>%1 の後 (return)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>ファイルが UTF-8 テキストではありません（バイト 0x%1）。変更要求でもルールセットでもありません。</translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>ファイルにバイナリデータがあります（バイト 0x%1）。変更要求でもルールセットでもありません。</translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation>ここで始まる引用符付きテキストが行内で終わっていません。</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>変更要求</translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation>iptables-save ルールセット</translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation>nftables ルールセット (nft -j list ruleset)</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco ASA 設定</translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>これは nftables スクリプト (nft -f) です。ファイアウォールが保持しているルールセット、つまり &quot;nft -j list ruleset&quot; の出力をレビューしてください。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation>設計に id または名前が &quot;%1&quot; のホストはありません</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation>ゾーン &quot;%1&quot; は設計のゾーンではありません。</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation>ゾーン &quot;%1&quot; にホストがありません</translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation>アドレスを持つ設計のホストはすべて %1 にあります</translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation>設計にアドレス %1 のホストはありません</translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation>設計に %1 内のアドレスを持つホストはありません</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストなし</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台のホスト</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 %2～%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation>任意のポート（65,535 ポート）</translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation>%1（%2 ポート）</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 ポート</translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>不明: 送信元 &quot;%1&quot; は設計のどのホストも含みません: %2。</translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>不明: 宛先 &quot;%1&quot; は設計のどのホストも含みません: %2。</translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>不要: 設計の異なるホストのペアを 1 つも含みません（送信元 %1、宛先 %2）。</translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>整合: 設計の異なるホストのペアを 1 つも含みません（送信元 %1、宛先 %2）。</translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation>シャドウ: 一致するすべてのパケットが前にある %1 で既に決まるため、適用されることはありません。</translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation>禁止: %1 を開きますが、%2 がこれを禁止しています (%3)。</translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation>禁止されたタプルは計 %1 個（%2 による）。</translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation>不要: 開く内容 (%1 タプル) を必要とする設計のフローはありません。</translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation>必須: 開くすべてのタプルが設計のフローです（%1 による）。</translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation>一部必須: 設計が必要とするタプルを %1 個含み（%2 による）、設計の必要以上に %3 個のタプルを開きます。</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>ほか</translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation>超過: %1。</translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation>競合: 設計が必要とするフローのタプルを %1 個ブロックします（%2 による）。</translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation>整合: 設計が必要とするフローをブロックしません。</translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation>設計は %1 により同じものを禁止しています。</translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation>%1 も条件としていますが、レビューではこれを考慮しません。そのようなタプルすべてに一致するものとしてレビューし、後続のルールを隠しません。</translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation>送信元ポート %1 のみに一致します。</translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation>%1 に到達しました。</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation>承認者（変更審査委員会）</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>条件付き承認</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation>条件とコメント:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation>ファイアウォール監査: %1 と %2 の照合</translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation>変更要求レビュー: %1 と %2 の照合</translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation>ファイアウォール監査</translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation>変更要求レビュー</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation>- (設計 JSON)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation>Portolan %1: 判定は製品カタログが導出するフローに基づき、それぞれベンダーの文書を出典としています。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation>すべての許可要求は設計上必須で、設計が必要とするものに不足はありません。</translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation>一部の要求はそのままでは必須ではないか、設計が必要とするフローが不足しています。以下の各行に理由を示します。</translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation>ファイアウォールのルールセット全体としてレビューしました: 対象ゾーン (%1) をまたぐ設計のフローのうち、どのルールも許可していないものを不足として記載します。</translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation>判定: 必須（開くすべてのタプルを設計が導出）、一部必須（一部を導出し、それ以上を開く: 超過）、不要（導出なし）、禁止（カタログのブロック行または一方向ルールがその一部を禁止）、不明（一方が設計のホストを指していない）。ブロックについては、競合（設計が必要とするフローを破棄する）または整合。シャドウ: 前のルールが一致するものをすべて既に決定しています。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求内容</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation>設計のフローとその出典</translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation>超過と禁止</translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation>%1 -&gt; %2
%3 %4、%5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation>超過（%1 タプル）:
%2</translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation>禁止:
%1</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>ファイルに要求がありません。</translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation>ルール（続き）</translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation>要求（続き）</translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation>不足しているフロー</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>対象ゾーンをまたぐ設計のフローはすべて許可されています。</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation>どのルールも許可していない設計のフロー: ファイアウォールはこれらを破棄します。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation>不足しているフロー（続き）</translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation>、設計リビジョン %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF を開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation>%1（%2 台のホスト）</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台のホスト</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation>%1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 ポート</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation> (全部で %1 タプル)</translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation>どのルールも設計のこのフローを許可していません: %1 (%2)。</translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>%1 の設計にはアドレスのないホストが %n 台あります (%2)。ルールセット差分にはルールが使用するすべてのアドレスが必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1 差分: &quot;%2&quot; -&gt; &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation>Portolan %1 により製品カタログから生成。各行はそのカタログルールと、それを引き起こす設計変更を示します。</translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation>設計の変更はありません。</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>設計の変更:</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation>フロー: 追加 %1、削除 %2、変更 %3。指摘事項: 追加 %4、削除 %5。</translation>
    </message>
    <message>
        <source>old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation>変更なし: 新しいルールセットの順序を保つために削除して再度追加します</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation>チェーン %1 %2: %3</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>新設</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation>ゾーン自身のサブネットが戻ります: %1</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation>適用方法: 旧設計の iptables エクスポートを読み込んだファイアウォールで iptables-restore --noflush FILE を実行します。その結果、新設計のエクスポートとまったく同じ内容になります。IPv6 ルールは含まれません。</translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation>ゾーンペアまたはゾーン用の新しいチェーン</translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation>このチェーンは使用されなくなりました</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation>旧設計の ASA エクスポートで設定したファイアウォールで、コンフィギュレーションモードで適用してください。新しい permit はインターフェイスのリストの末尾に追加され、新しいブロックはグローバルリストの最後の deny の前に入ります。remark は変更されません。</translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation>新しいアドレスグループ %1: %2</translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation>アドレスグループ %1 にメンバーが追加されます: %2</translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation>最後の deny は新しいブロックの後に置かれます</translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation>最後の deny、再び末尾に</translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation>アドレスグループ %1 からメンバーが削除されます: %2</translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation>アドレスグループ %1 は使用されなくなりました: %2</translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation>新しいアクセスリスト: エクスポートと同様に、バインドする前にインターフェイス名を確認してください</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation>ルールの変更はありません。</translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation>%1: %2 個のルールを追加、%3 個を削除</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation>以下に新しいテーブル全体が続きます: nft -f FILE で table inet portolan を一度に置き換えます。</translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation>ゾーンのないホスト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation>%1 -&gt; %2 %3 %4 (%5): アドレスのファミリーが異なります</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation>%1 -&gt; %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>アドレスのないホストが %n 台あります: %1。アドレスを付与するか、プレースホルダー付きでエクスポート (--placeholders) してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>ゾーン外の任意のホスト</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation>%1 -&gt; %2: %3 [%4]</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>。%1 を参照</translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation> [PLACEHOLDER アドレス: %1]</translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation>設計 &quot;%2&quot; の %1</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation>Portolan %1 により %2 に製品カタログから生成。各ルールはベンダーの文書を出典としています。</translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation>ゾーンペアごとに 1 セクション: 送信元ゾーン -&gt; 宛先ゾーン、1 つのファイアウォール。</translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation>すべてのゾーンペアの許可ルールが先に来て、その後に各宛先ゾーンのブロック行が続きます。</translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation>ブロック行はそのゾーン外の任意の送信元に一致し、許可された例外はその前に置かれます。</translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation>許可された接続の応答は通過し (established, related)、それ以外はすべて破棄されます。</translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation>同一ゾーン内のフローはファイアウォールを通過しません。要求に応じて含めています。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>同一ゾーン内の %n 個のフローはファイアウォールを通過しないため、除外しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation>アドレスグループ（同じフローを共有するホスト）:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation>PLACEHOLDER: これらのホストには設計上のアドレスがありません。適用する前に、各プレースホルダー</translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation>アドレス（ドキュメント用範囲、RFC 5737）を実際のアドレスに置き換えてください:</translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation>  %1 = %2  %3 のアドレス</translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation>無題の設計の %1</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation>ルールセットの %1 行目に制御文字 U+%2 が含まれることになるため、何も書き込みませんでした</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation>%1 が %2 に承認（リビジョン %3 と比較）</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation>%1 が %2 に却下（リビジョン %3 と比較）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation>リビジョン %2 の承認 %1 を読み取れません</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>リビジョン %1 はありません</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation>ClearSCADA パートナーのハードウェア状態ポーリング</translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation>一方向: DMZ の常時スタンバイからメインへ接続やポーリングを返すことはありません。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation>{members} の ClearSCADA 冗長システムにはメインサーバーが {count} 台あります。ちょうど 1 台でなければなりません。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation>ClearSCADA サーバーリンク</translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation>メインからの同期、スタンバイからのプロキシ制御、パートナーの状態確認。</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation>ClearSCADA サーバー {members} は 1 つの冗長システムを構成していますが、異なる受信ポート ({values}) を使用しています。</translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation>外部システムが SMS のデータベースを読み取ります。</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation>2 台のデバイスが透過型高可用性 (TRHA) ペアを構成します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation>デバイスがこのコレクターに sFlow サンプルを送信します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>PowerChute エージェントが UPS の Network Management Card に登録されています。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation>管理者が SMS クライアントで SMS を管理します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation>SMS が Deep Discovery Analyzer に URL を送信します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation>SMS がこのサーバーで名前解決を行います。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation>Active Response がこのホストで URL とルックアップを実行します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation>SMS がこのファイルサーバーにレポートとデータベースのバックアップをエクスポートします。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation>SMS がユーザーと IP の対応付けのために Identity Agent をポーリングします。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation>SMS が A10 デバイス上の IDsentrie から IP とアイデンティティの対応付けを取得します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation>SMS が TippingPoint デバイスを管理します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation>SMS が Active Directory でユーザーを認証します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation>SMS が電子メール通知と Active Response の電子メールを送信します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation>Active Response がこのスイッチのポートを切断できます。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation>SMS がこのサーバーから時刻を取得します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation>SMS が RADIUS でユーザーを認証します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation>2 台の SMS サーバーが高可用性ペアを構成します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation>SNMP マネージャーが SMS に問い合わせ、Active Response とトラップを交換します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation>SMS が監査ログと Active Response の syslog メッセージを送信します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation>SMS が TACACS+ でユーザーを認証します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation>SMS が TMC から Digital Vaccine とソフトウェアの更新をダウンロードします。</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation>SMS が WhoIs ルックアップを実行します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation>SNMP マネージャーがモジュールに問い合わせます。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation>モジュールがこのサーバーで名前解決を行います。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation>モジュールが sftp と scp でファイルをコピーします。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation>モジュール上のアプリケーションが MQSeries サーバーと通信します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation>NIO ブレードがモジュールの X.25 を処理します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation>モジュールがこのサーバーから時刻を取得します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation>モジュールが RADIUS で外部パスワードを確認します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation>モジュール同士がファイルとデバイスを共有します（システム内では OSL、ブリッジモジュール間では OSN）。</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation>管理者が PowerChute の Web インターフェイスを使用します。</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation>ユーザーがモジュールにログインするか、ファイルを転送します。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation>PowerChute エージェント &quot;{id}&quot; は AIX 上で動作しており、その Web インターフェイスは TLS 1.1（非推奨）も受け付けます。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation>NMC &quot;{id}&quot; は PowerChute エージェントを HTTP 経由で登録し、MD5 で認証します。HTTPS を推奨します。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>NMC &quot;{id}&quot;: 登録ポート {port} は使用できません。80、443、または 5000 から 32768 までのポートを使用してください。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation>NMC ステータスパケット（25 秒ごと）と MACONFIG パケット（100 秒ごと）</translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation>MD5 で認証されます。PowerChute エージェントが登録されるまでパケットは送信されません。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation>PowerChute エージェント &quot;{id}&quot; はどの NMC にもリンクされていません: シャットダウン信号を受け取ることはありません。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>PowerChute の登録と設定の確認</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>HTTP による登録は MD5 で認証されます。HTTPS を推奨します。</translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation>HTTPS による登録。</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation>PowerChute Web インターフェイス（6547 の TLS へリダイレクト）</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation>TLS による PowerChute Web インターフェイス</translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation>TLS 1.3、TLS 1.2 も受け付けます。</translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation>AIX では TLS 1.1（非推奨）も受け付けます。</translation>
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
        <translation>APC PowerChute Network Shutdown と UPS NMC</translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation>共有インフラストラクチャ</translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation>Trend Micro TippingPoint SMS と IPS</translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation>Stratus VOS と STCP</translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation>ClearSCADA 冗長システム</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation>Active Directory 認証: LDAP、LDAP over SSL、ID 対応付け</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation>Active Response の SNMP と NMS アクション（マネージャーへのトラップ）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation>Active Response を起動する SNMP トラップ</translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation>シードの表ではこの行は SMS サーバーから NMS へとなっていますが、本文ではトラップは NMS から Active Response へ送られるとしており、ここではその方向を使用しています。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation>Active Response の URL トリガー、IP 対応付け、IP または MAC ルックアップ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation>SMS によるデバイスの管理 (HTTPS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation>SMS からのデバイスの NTP 時刻同期</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation>SMS プロビジョン: デバイスユーザーのリモート認証</translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>TLS 1.0、1.1、1.2（1.0 と 1.1 は非推奨）を TLS_RSA_WITH_AES_128_CBC_SHA、TLS_RSA_WITH_AES_128_CBC_SHA256、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384、TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 で受け付けます。</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS モード: SSLv2 形式の hello、SSLv3、TLS 1.2 は使用できず、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 と TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 も使用できません。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation>SMS によるデバイスの管理 (SNMP)</translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation>双方向の接続性が必要です。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation>デバイスから SMS への SNMP トラップ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation>名前解決</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation>外部データベースアクセス</translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation>シードの From/To 列は SMS から任意のホストへとなっていますが、その目的（SMS データベースへの外部アクセス）からこの方向としています。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation>SMS サーバー &quot;{id}&quot; は FIPS モードで動作しています: SSLv2 形式の hello、SSLv3、TLS 1.2、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384、TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 をサポートしないため、クライアントはこれらを使わずに接続する必要があります。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation>Identity Agent: ユーザー ID と IP の対応付け</translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation>シードの To 列は &quot;SMS Management&quot; となっていますが、そのサービスである Identity Agent が、ここで使用する宛先を示しています。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation>A10 デバイス上の IDsentrie 用 IP2ID</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation>SSL による透過型高可用性ハートビート（60 秒ごと）</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation>NFS によるレポートのエクスポートとデータベースのバックアップ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation>外部 NTP サーバーからの時刻同期</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation>SMS ユーザー認証 (RADIUS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation>デバイスからの sFlow データ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation>SMB (Samba) によるレポートのエクスポートとデータベースのバックアップ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation>SMS クライアント: CLI (SSH)、クライアント接続、バックアップ/リストア、ダウンロードと Web サービス、リストア</translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 443、9033、10042 は TLS 1.0、1.1、1.2（1.0 と 1.1 は非推奨）を TLS_RSA_WITH_AES_128_CBC_SHA、TLS_RSA_WITH_AES_128_CBC_SHA256、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384、TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 で受け付けます。tcp 22 は aes128-gcm、aes256-gcm、aes128-ctr、aes192-ctr、aes256-ctr による SSH-2 です。</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS モード: SSLv2 形式の hello、SSLv3、TLS 1.2 は使用できず、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 と TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 も使用できません。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation>SMS 高可用性: SSH、Java RMI、データベースレプリケーション、JMS、CLI レプリケーション</translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 9033 と 10042 は TLS 1.0、1.1、1.2（1.0 と 1.1 は非推奨）を受け付けます。tcp 22 は aes128-gcm、aes256-gcm、aes128-ctr、aes192-ctr、aes256-ctr による SSH-2 です。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation>電子メール通知と Active Response の電子メールアクション</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation>SMS の MIB に対する SNMP クエリー</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation>Active Response のスイッチ切断アクション用 RADIUS プロキシ</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation>SMS 監査と Active Response の syslog アクション</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation>SMS ユーザー認証 (TACACS+)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation>SMS サーバー &quot;{id}&quot; は tcp 443、9033、10042、10043 で TLS 1.0 と 1.1 を受け付けます。どちらも非推奨です。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation>TMC からの Digital Vaccine とソフトウェアの更新</translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation>新規の SMS インストールでは 443 が既定です。</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation>URL 脅威分析</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation>WhoIs ルックアップ</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation>ClearSCADA DMZ 常時スタンバイサーバー</translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation>DMZ 内の常時スタンバイ: メインからデータを受信し、メインへ接続し返すことはありません。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>サーバー受信ポート</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation>ClearSCADA メインサーバー</translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation>ClearSCADA 冗長システム（ホットスタンバイ、トリプルスタンバイ）でメインとなるサーバー。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>サーバー受信ポート</translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation>Server Configuration の Global Parameters &gt; Advanced で設定します。システム内のすべてのサーバーが同じポートを使用する必要があります。</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation>ClearSCADA 常時スタンバイサーバー</translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation>常時スタンバイサーバー: 同期を保ちますが、メインになることはありません。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>サーバー受信ポート</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation>ClearSCADA スタンバイサーバー</translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation>スタンバイサーバー: メインを引き継ぎ、制御をメインへプロキシします。</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>サーバー受信ポート</translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation>データベースクライアント</translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation>製品のデータベースを読み取る外部システム。</translation>
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
        <translation>URL とファイルを分析する Trend Micro のサンドボックス。</translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation>ネームサーバー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation>外部ホスト</translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation>Active Response が URL でアクセスするホスト。</translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation>ファイルサーバー</translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation>NFS、SMB、SFTP のファイルサーバー。</translation>
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
        <translation>ドメインコントローラーからユーザーのログインを収集する Trend Micro のエージェント。SMS はこれをポーリングしてユーザーと IP アドレスを対応付けます。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation>IP2ID サーバー (A10 IDsentrie)</translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation>IDsentrie を実行する A10 Networks デバイス。SMS のために IP アドレスをユーザーのアイデンティティに対応付けます。</translation>
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
        <translation>SMS が管理する TippingPoint 侵入防止デバイス。</translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation>SMS からの時刻 (NTP)</translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation>デバイスが NTP で SMS から時刻を取得します。</translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation>リモート認証</translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation>デバイスが SMS を介してユーザーを認証します（SMS プロビジョン、tcp 10043）。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation>Active Directory (LDAP) サーバー</translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation>Active Directory ドメインコントローラー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation>SMTP リレー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation>MQSeries サーバー</translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation>IBM MQ キューマネージャー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation>ネットワークスイッチ</translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation>Active Response がポートを切断できるスイッチ (RADIUS)。</translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation>Stratus NIO ブレード</translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation>モジュールの X.25 を処理する V シリーズのネットワーク I/O ブレード。</translation>
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
        <translation>APC UPS のネットワークカード。登録された PowerChute エージェントに、ホストをシャットダウンするタイミングを通知します。</translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation>登録プロトコル</translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation>PowerChute エージェントがカードに登録する方法。新しい NMC ファームウェアでは HTTPS が既定です。</translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation>登録ポート</translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation>HTTP は 80、HTTPS は 443。それ以外のポートは 5000 から 32768 まででなければなりません。</translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation>NTP サーバー</translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation>ネットワークの時刻源。</translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation>PowerChute Network Shutdown エージェント</translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation>PowerChute Network Shutdown 4.x/5.x: UPS が電源イベントを報告したときにサーバーを正常にシャットダウンします。</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation>AIX では Web インターフェイスが TLS 1.1 も受け付けます。</translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation>RADIUS サーバー</translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation>RADIUS 認証サーバー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation>sFlow コレクター</translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation>sFlow サンプルを収集するサーバー。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation>TippingPoint SMS クライアント</translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation>SMS クライアントとブラウザーを実行する管理者 PC。</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation>TippingPoint SMS サーバー</translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation>TippingPoint IPS、TPS、NGFW デバイスを管理する Security Management System サーバー。</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>FIPS モード</translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation>FIPS モードでは SMS は SSLv2 形式の hello、SSLv3、TLS 1.2、2 つの ECDHE 暗号を無効にします。</translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation>SNMP マネージャー</translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation>SNMP エージェントをポーリングし、トラップを受信するネットワーク管理ステーション。</translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation>Syslog サーバー</translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation>syslog コレクター。</translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation>TACACS+ サーバー</translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation>TACACS+ 認証サーバー。</translation>
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
        <translation>インターネット上の Trend Micro の更新サービス: Digital Vaccine とソフトウェアの更新。</translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation>Stratus VOS モジュール</translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation>STCP を実行する Stratus VOS モジュール（V シリーズまたは Continuum）。</translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation>VOS システム</translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation>モジュールが属する VOS システム。同一システムのモジュールは Open StrataLink で通信します。既定値はモジュール自身の名前です。</translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation>ブリッジモジュール</translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation>システムごとに 1 つの、他システムのブリッジと Open StrataNet で通信するモジュール。</translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation>max_open_server</translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation>new_modules.tin（OSL ポート 3000 から 3000 + 2 x この値）と new_backbone_systems.tin（OSN ポート 4000 から 4000 + この値）から。</translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation>VOS リリース</translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation>14.7、15.1、15.1.0ar、16.1 など。どのサービスが存在するか、およびエフェメラルポートの範囲を決定します。</translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation>SSH (tcp 22)</translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation>sshd。リリース 14.7、または 15.1 以降（15.0 は除く）。</translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation>Telnet (tcp 23)</translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation>telnetd。STCP とともに起動します。</translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation>telnet_msd (tcp 24)</translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation>vterm telnet デーモン。既定では起動しません。</translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation>FTP (tcp 21)</translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation>STCP FTP サーバー。STCP とともに起動します。</translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation>HTTP (tcp 80)</translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation>Apache Web サーバー。</translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation>HTTPS (tcp 443)</translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation>SSL 対応の Apache Web サーバー。リリース 15.2 以降。</translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation>Samba (udp 137, 138; tcp 139, 445)</translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation>Samba ファイル共有。tcp 445 はリリース 15.1 から。</translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation>SWAT (tcp 901)</translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation>Samba 設定 Web ツール。</translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation>NFS (udp 2049)</translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation>NFS サーバー。リリース 15.x まで。</translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation>IPsec IKE (udp 500, 4500)</translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation>iked。リリース 16.1 以降。</translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation>SNMP エージェント (udp 161)</translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation>STCP SNMP エージェント。</translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation>NTP (udp 123)</translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation>ntpd。リリース 15.1 以降。</translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation>Tiny サービス (7, 9, 13, 19, 37)</translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation>echo、discard、daytime、chargen、time。inetd により起動します。</translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation>WhoIs サーバー</translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation>whois.arin.net などの地域 WhoIs サービス。</translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation>ワークステーション</translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation>ブラウザーを備えたオペレーターまたは管理者の PC。</translation>
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
        <translation>RSN スレーブポート (rsn_incoming)</translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation>企業や生産系のイントラネット、インターネットからは決して許可しないでください。</translation>
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
        <translation>NIO の要求はプライベートネットワーク経由で届きます。</translation>
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
        <translation>TFTP を必要とするのは NIO だけです。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation>Tiny サービス (echo, discard, daytime, chargen, time)</translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation>サービス妨害 (DoS) のリスク。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation>ドメイン名クエリー</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation>FTP 制御</translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation>FTP はパスワードを平文で送信します。SFTP を推奨します。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation>FTP アクティブモードデータ</translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation>送信元ポート 20 からクライアントが指定するポートへのアクティブモードデータ。ステートフルファイアウォールの FTP ヘルパーがあればこの行は不要です。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation>Apache Web サーバー</translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation>SSL による Apache Web サーバー</translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation>MQSeries クライアント</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation>NIO からの sync_configd 要求</translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation>通常は NIO とそのモジュール間のプライベートネットワーク経由です。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation>NIO の TFTP ブート</translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation>NIO だけが TFTP を使用できるよう tcpd を設定してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation>NIO ログのタイムスタンプ用時刻サービス</translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation>モジュール &quot;{a.id}&quot;（システム {a.system}）と &quot;{b.id}&quot;（システム {b.system}）は異なるシステムにあり、システム間の通信はブリッジ同士に限られるため、フローは導出されません。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation>ネットワーク時刻 (ntpd)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation>同一システムのモジュール間の Open StrataLink</translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation>ポート 3000 から 3000 + 2 x 宛先の max_open_server まで。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation>2 つのシステムのブリッジモジュール間の Open StrataNet</translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation>ポート 4000 から 4000 + 宛先の max_open_server まで。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation>RADIUS 認証 (radius_auth_server)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、HTTPS Web サーバーがありません。https をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、IPsec がありません。ipsec をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、NFS サーバーがありません。nfs をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、NTP デーモンがありません。ntp をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、Samba がありません。samba をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、SSH がありません。ssh をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation>VOS モジュール &quot;{id}&quot; はリリース {release} で動作しており、SWAT がありません。swat をオフにするか、リリースを変更してください。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation>TCP による Samba (CIFS)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation>Samba NetBIOS 名前サービスとデータグラムサービス</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation>Samba NetBIOS セッションサービス</translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation>sftp と scp クライアント</translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation>MIB II の SNMP クエリー</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation>SSH ログイン、スレーブセッション、セキュアファイル転送</translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation>SWAT による Samba 設定</translation>
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
        <translation>Telnet はパスワードを平文で送信します。SSH を推奨します。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation>VOS モジュール &quot;{id}&quot; は Telnet を受け付けます。Telnet はパスワードを平文で送信するため、SSH を推奨します。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation>vterm デバイス上の Telnet (telnet_msd)</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet はパスワードを平文で送信します。SSH を推奨します。</translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation>TCP による X.25 (x25_cpc)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation>産業ネットワークのファイアウォールフローを計画します。</translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation>開く設計。</translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation>この実行でのインターフェイス言語（de、fr、ja、ko、zh_TW など。英語は en）。既定では環境設定で選んだ言語、なければシステムの言語です。</translation>
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
        <translation>%1 は破損しています: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation>%1 は Portolan プロジェクトファイルではありません: 空です。</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation>%1 は Portolan プロジェクトファイルではありません: SQLite データベースではありません（暗号化されているか、別の形式の可能性があります）。</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation>%1 は Portolan プロジェクトファイルではありません: 別のアプリケーションの SQLite データベースです。</translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation>ファイルがヘッダーに記された長さより短く、途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation>%1 は新しいバージョンの Portolan で保存されています（プロジェクトフォーマット %2。このバージョンが読めるのはフォーマット %3 までです）。ファイルは変更していません。新しい Portolan で開いてください。</translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation>プロジェクトフォーマットのバージョンが記録されていません。</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>整合性チェックの結果: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1 を書き込めません: 完成したファイルを所定の場所に移動できませんでした。</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: リビジョン %2: %3</translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation>%1 への保存はキャンセルされました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 と %2 をリンク</translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>ゾーン %1 を追加</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation>すべて再配置</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>自動配置</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation>すべてのゾーンとホストを自動配置しています…</translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation>位置のないゾーンとホストを自動配置しています…</translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation>設計を自動配置しました。元に戻すで、すべてのゾーンとホストが元の位置に戻ります。</translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation>自動配置するものはありません: すべてのゾーンとホストにすでに位置があります。</translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation>自動配置はキャンセルされました。何も移動していません。</translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation>自動配置中に設計が変更されたため、何も移動していません。もう一度自動配置してください。</translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation>古いリビジョンを表示中のため、自動配置できません。</translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation>処理を完了できませんでした。</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation>カタログブラウザー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation>ホスト種別、リンク、ルール、ブロック、指摘事項を検索</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation>%1（%2 %3）、%4</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>セキュリティ上の注意</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Host type</source>
        <translation>ホスト種別</translation>
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
        <translation>リンク</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation>リンク %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>%n 個のホスト種別からなる冗長システム</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation>%1 のメンバー間</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation>すべての %1 に推奨</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation>削除（ゴースト）</translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation>それ以外はすべて淡色表示されます。</translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation>変更レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation>変更レポートを PDF で書き出します: 設計の変更と、それぞれが引き起こす結果</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>承認(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>比較モードを終了(&amp;L)</translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation>設計の編集に戻ります (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>設計の変更 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation>フロー: 追加 %1、削除 %2、変更 %3。指摘事項: 追加 %4、削除 %5。ファイアウォールルール: %8 個のゾーンペアで追加 %6、削除 %7。</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
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
        <translation>追加: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 を追加: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>%1 を削除: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>フローの変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>指摘事項の変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation>設計の変更では説明できない変更</translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>%n 個の項目をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>貼り付けできません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>%n 個の項目を貼り付けました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation>設計が変更されたため、比較モードを終了しました。</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>リビジョンと比較</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation>%2 のリビジョン %1 を読み込めません: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>%2 のリビジョン %1</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>ファイルと比較</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1 と %2 を比較中</translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>比較モード: 設計の変更 %n 件。Esc キーで終了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1（未保存の変更あり）</translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation>承認は 1 つのプロジェクトの 2 つのリビジョン間で記録されます。</translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation>先に設計を保存してください: 承認は保存されたリビジョンに対して行います。</translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation>リビジョンが自身と比較されています。</translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation>リビジョン %1 をリビジョン %2 と比較して、コメントを付けて承認または却下します。</translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation>%1（削除されたゾーン）</translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation>比較しているものはありません。</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation>承認は、保存されたリビジョンに対して、同じプロジェクトの別のリビジョンと比較して記録されます。</translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>設計 (*.portolan *.json);;Portolan プロジェクト (*.portolan);;設計 JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>変更レポートをエクスポート</translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation>%1 の変更.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation>変更レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation>記録しました: %1 がリビジョン %2 を承認（リビジョン %3 と比較）。</translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation>記録しました: %1 がリビジョン %2 を却下（リビジョン %3 と比較）。</translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation>カスタムフロー %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>カスタムフローを追加(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation>カスタムフローを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation>カスタムフローを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation>カタログにないフローを、必要な理由とともに追加します。選択したホストが送信元と宛先になります</translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation>選択したマトリクス行のカスタムフローを編集します</translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation>選択したマトリクス行のカスタムフローを削除します</translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation>カスタムフロー</translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation>カスタムフローを受け付けられません: %1</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation>カスタムフローの追加</translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation>カスタムフロー %1 の編集</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation>443 または 3000-3032</translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation>用途（例: NMC の Web 管理）</translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation>必要な理由（例: CR-2031: UPS ファームウェアの更新）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>送信元(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>宛先(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>プロトコル(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>サービス(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation>カスタムフローはカタログのフローと同様に導出・エクスポートされ、カスタムとして示されます。カタログのブロック行または一方向ルールに該当する場合は、引き続き禁止されます。</translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation>カスタムフローは 2 つのホストを結びます。先に設計にホストを追加してください。</translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation>送信元とは別の宛先を選択してください。</translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation>フローが必要な理由（変更要求、保守契約など）を入力してください。</translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>カタログではこのペアに意味がありません。</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation>ゾーン %1 のサイズを変更</translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation>%1（カスタム: %2）</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation>%1: 古いリビジョンは読み取り専用で表示されており、保存できません。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 を %2 に追加しました。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 と %2 はすでにリンクされています。</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation>%1 を %2 にリンクすることはできません: カタログではこのペアに意味がありません。</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation>%1 と %2 をリンクしました: %3</translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation>新しいゾーン %1</translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation>カスタムフロー %1 を追加</translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation>カスタムフロー &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation>カスタムフロー %1 を編集</translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation>カスタムフロー %1 を削除</translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation>古いリビジョンは読み取り専用で表示されています。</translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation>キャンバス上で矩形をドラッグしてゾーンを描画します。Esc キーでキャンセルします。</translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation>ゾーンには %1 × %1 単位以上が必要です。より大きな矩形をドラッグしてください。</translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation>左へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>右へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>上へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>下へ少し移動</translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation>%1（大きく）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>選択範囲にズーム(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation>選択したホストとゾーンがビューいっぱいに表示されるように拡大縮小とスクロールを行います</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>整列(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>左端を揃える(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>左右中央を揃える(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>右端を揃える(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>上端を揃える(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>上下中央を揃える(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>下端を揃える(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>左右に等間隔で配置(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>上下に等間隔で配置(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>ここに貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation>ここにゾーンを追加(&amp;Z)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation>フローを選択(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation>リンクのフローを選択(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation>ズームして表示(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation>そのホストを選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation>そのホストにズーム(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation>送信元のプロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>カスタムフローを追加(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation>この形式にはオプションがありません。</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>バイトオーダーマークで開始（Excel 用）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation>アドレスのないホストにプレースホルダーアドレスを使用(&amp;P)</translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation>同一ゾーン内のフローを含める(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation>表計算ソフトの中には、ファイルがこのマークで始まる場合にのみ UTF-8 として読むものがあります。</translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation>アドレスのないホストには、エクスポートを中止する代わりに、記入が必要であることを示すドキュメント用アドレス (192.0.2.x) が割り当てられます。</translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation>同一ゾーンのホスト間のフローはファイアウォールを通過しないため、これをオンにしない限り除外されます。</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>For the title block, such as C-7</source>
        <translation>表題欄用。例: C-7</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>あなたの名前またはチーム名</translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation> px/単位</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation>キャンバス単位あたりのピクセル数。高解像度の画面や印刷には 2 が適しています。</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>用紙サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>リビジョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C):</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>design</source>
        <translation>design</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>形式を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストのプレビューを描画中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation>ダイアグラムの画像を描画できませんでした。</translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation>エクスポートを作成できませんでした。</translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation>この形式にはプレビューがありません。ファイルには %1 が含まれます。</translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation>%1

プレースホルダーアドレスをオンにするか、プロパティでこれらのホストにアドレスを設定してください。</translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation>プレースホルダーアドレスを使用(&amp;P)</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>このエクスポートは作成できません: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>%1 にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>%1 へのエクスポートはキャンセルされました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>前のページ (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>次のページ (Page Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n 行、%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… ここに表示されていない行があと %n 行あります。ファイルにはすべて含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation>UTF-8 バイトオーダーマークで始まります。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 ピクセル。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation>US レター、横向き。</translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation>A4、横向き。</translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>設計 &quot;%1&quot; には保存されていない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation>新しい設計: パレットからホスト種別をキャンバスにドラッグしてください。</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>設計を開く</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Portolan プロジェクト (*.portolan);;設計 JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation>これはサンプルの設計です。ホストを選択するとそのフローが表示されます。独自の設計を計画するには、パレットからホスト種別をドラッグしてください。</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>コメント付きで保存</translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation>このリビジョンで何を変更しましたか？</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan プロジェクト (*.portolan)</translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation>%1 を保存できません。</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation>%2 のリビジョン %1 を保存しました。</translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation>設計 JSON のインポート</translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation>設計 JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 をインポートできません。</translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation>%1 をインポートしました: プロジェクトとして残すには保存してください。</translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation>設計 JSON のエクスポート</translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation>設計 JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation>設計を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation>%2 のリビジョン %1 を開けません。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation>%2 のリビジョン %1 を読み取り専用で表示しています。ここから作業を続けるには、リビジョンダイアログで復元してください。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation>%2 のリビジョン %1 を復元できません。</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation>リビジョン %1 を %3 のリビジョン %2 として復元しました。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation>Portolan は正常に終了しませんでした。%2 の時点の %1 の自動保存に、保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation>「復元」は変更を開き、保存できるようにします。「破棄」はこの情報を削除します。「後で」は情報を残し、次回の起動時に再度確認します。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation>自動保存 %1 を開けません。</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation>%1 の未保存の変更を復元しました: 残すには保存してください。</translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>%1 を開く処理はキャンセルされました。</translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation>古いリビジョンは読み取り専用で表示されており、保存できません。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存中…</translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation>保存はキャンセルされました: %1 は変更されていません。</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation>%1
（ルール %2）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation>フローを絞り込み（ホスト、サービス、ポート、出典…）</translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation>あるゾーンから別のゾーンへのフローのみ表示</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation>すべてのホストのフローを表示</translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation>すべてのゾーンペア</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 件のフロー</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%2 件中 %1 件のフロー</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation>ゾーンなし</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation>任意 → %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation>推奨ブロック: 製品が受信すべきでないトラフィック。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation>許可（カスタム）</translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation>設計者が追加したカスタムフロー（%1）。</translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>%n 台のホストをインポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation>CSV からホストをインポート</translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation>インベントリファイル(&amp;F):</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation>列 name、type、address と、任意で zone と id を持つ CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation>インベントリを選択すると、設計に追加される内容が表示されます。</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>インポートのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>プレビュー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation>ホストインベントリ (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>%n 行はインポートできません（理由とともに強調表示されています）。ファイルで修正してから再読み込みしてください。不正な行がある間は何もインポートされません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation>ホストをインポートできません: %1</translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation>インベントリにホストがありません。</translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation>古いリビジョンは読み取り専用で表示されています。インポートするには最新のリビジョンに戻ってください。</translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation>追加するホスト: %1。新しいゾーン: %2。インポートはこれらを 1 回の操作で追加し、元に戻すで取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>%1 から %n 台のホストをインポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>列 %1: %2</translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation>このホストはどのゾーンにも属しません。</translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation>%1（新しいゾーン）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
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
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation>パレットからホスト種別をキャンバスにドラッグして始めてください。</translation>
    </message>
    <message>
        <source>Host types</source>
        <translation>ホスト種別</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;開いている設計&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>フローマトリクス</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation>コメント付きで保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation>新しいリビジョンを保存し、変更内容を記述します</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>リビジョン(&amp;V)…</translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation>プロジェクトの保存済みリビジョンを一覧表示し、古いリビジョンを開くか復元します</translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation>最新のリビジョンに戻る(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation>設計 JSON ファイルを新しい未保存の設計として読み込みます</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON のエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation>設計を設計 JSON として書き出します</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation>フローマトリクス、ルールセット、レポート、ダイアグラムをプレビュー付きで書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation>ホストを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>フローを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation>導出されたフローを送信元から宛先への矢印で描画します</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>選択と移動(&amp;S)</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>リンクを描画(&amp;L)</translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation>リンクを描画: ホストから別のホストへドラッグします (L)</translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation>ホストとゾーンを選択して移動します (S)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>ゾーンを追加(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>Portolan について(&amp;A)</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Portolan について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;産業ネットワークのファイアウォールフローを計画します: ホストをゾーンに配置し、通信するホスト同士をリンクすると、製品の出典が求めるすべてのフローを確認できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>設計(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation>ホストを検索 (%1)</translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; に一致するホストはありません。</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 が見つかりました。</translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation>Portolan — %1（リビジョン %2、読み取り専用）</translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation>Portolan — %1[*]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>指摘事項 (%1)</translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation>%1 のフロー</translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>選択した %n 台のホストのフロー</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2（見つかりません）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation>ゾーンを追加しました: プロパティで名前を付け、サブネットを設定してください。</translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation>このマシンから検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation>このマシンを設計のホストの代わりとして、実ネットワークをプローブします</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation>リビジョンと比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation>あるリビジョン以降に設計で何が変わったかを表示します: キャンバス上のマークと、各変更が引き起こすフローと指摘事項</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>ファイルと比較(&amp;F)…</translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation>別の設計ファイルに対して設計が何を変えるかを表示します</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>比較モードを終了</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation>リビジョンの作成者、自動保存の間隔、言語、レポートの用紙サイズを設定します</translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation>変更要求のレビュー(&amp;R)…</translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation>変更要求またはファイアウォールのルールセットの各行に、設計に照らした判定を付けます</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 個のリンク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 件のフロー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation>先にプローブモードを終了してください。</translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation>CSV からホストをインポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation>インベントリ（CSV）のホストをプレビュー付きで設計に追加します</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>自動配置(&amp;A)</translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation>位置のないすべてのゾーンとホストに位置を与えます。設定済みの位置は保持します</translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation>すべて再配置(&amp;L)</translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation>すべてのゾーンとホストを新たに配置します: ゾーンは横に並べ、ホストはゾーン内にグリッド状に並べます</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>ゾーンを描画(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation>ゾーンを描画: キャンバス上で矩形をドラッグします (Z)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation>ウィンドウのすべてのアクションとそのキーボードショートカットを一覧表示します</translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation>カタログブラウザー(&amp;C)</translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation>カタログのすべてのホスト種別、リンク、フロー、ブロック、指摘事項を出典とともに検索します</translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation>%1 を別のゾーンへ移動</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation>ホスト種別を絞り込み</translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>%n 個の項目を貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation>プロジェクトのリビジョンに記録されるあなたの名前</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>自動保存の間隔(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation>新しい言語は Portolan の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>レポートの用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation>このマシンから検証</translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation>このマシンから、代わりとなるホストのフローへ接続します: 許可された tcp フローはすべて開き、別のゾーンへのブロック行はすべて開かないはずです。接続するのは設計内のアドレスだけです。</translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation>%1 (%2)、アドレスなし</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)、%3</translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation>%1: このマシン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation>代わりとなるホスト(&amp;S):</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>このマシン:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation>接続が応答を待つ時間。これを過ぎるとフィルターとみなします</translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation>同時に進行する接続の最大数</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> /秒</translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation>1 秒あたりに開始する接続の最大数</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>同時接続数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>レート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation>設計にホストがありません。</translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation>%1 は設計の %2 個のアドレスに接続します。%3 行は接続なしで記載されます（udp、icmp、アドレスなし）。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>&quot;%2&quot; という名前のホストが %1 台あります。いずれかの id を指定してください: %3。</translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation>設計に id または名前が &quot;%1&quot; のホストはありません。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>想定外</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未プローブ</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未プローブ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation>%1（範囲のサンプル）</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: 相違</translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation>%1: 通過、待ち受けなし</translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation>%1: 計画どおり</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>ポート %1: %2</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>プローブ結果</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation>接続先がありません: %1 には許可された tcp フローがなく、アドレスを持つホストの tcp ブロック行にも該当しません。</translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation>別の設計が開かれたため、プローブを停止しました。</translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation>設計が変更されたため、プローブを停止しました。</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1（未保存の変更あり）</translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation>このマシン (%1) から %2 (%3、%4) の代わりとして: 接続 %5 件、同時に最大 %6 件、毎秒最大 %7 件、タイムアウト %8 ms。</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>設計にアドレスがありません</translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation>プローブを閉じる</translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation>結果はレポートとして保存されていません。それでも閉じますか？</translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation>%1 からの検証</translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation>このマシンから %1 としてプローブ中…</translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation>プローブをキャンセルしました: 応答がなかったものは未プローブとして記載されます。</translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation>試運転レポートの保存</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation>PDF レポート (*.pdf);;CSV、結果ごとに 1 行 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation>試運転レポートを %1 として保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>プローブ完了: 設計との相違が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation>プローブ完了: ネットワークは計画どおりです。</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>ブロック</translation>
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
        <translation>プローブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>閉じる(&amp;E)</translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation>今すぐ停止: 進行中の接続は破棄され、残りは未プローブとして記載されます</translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation>結果を試運転レポートとして保存します: PDF または CSV</translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation>プローブを終了します: キャンバスとマトリクスは再び設計を表示します</translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation>%2 件中 %1 件の接続</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>プローブ中…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation>完了: ネットワークは設計と異なります。</translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation>完了: ネットワークは計画どおりです。</translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation>%1 計画どおり: %2。通過、待ち受けなし: %3。相違: %4。未プローブ: %5。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation>（アドレスなし）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation>%1 ms で接続</translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation>%1 ms で拒否 (TCP リセット)</translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation>%1（ICMP unreachable: 拒否するファイアウォール、または経路なし）</translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation>このマシンでは試行できませんでした: %1。</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答なし</translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation>このマシンは %1 から送信できませんでした: %2。</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation>応答が来る前にプローブがキャンセルされました。</translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation>試行する前にプローブがキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation>タイムアウトは 50 から 60000 ミリ秒でなければなりません。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation>同時接続数は 1 から 256 でなければなりません。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation>レートは毎秒 1 から 1000 接続でなければなりません。%1 は範囲外です。</translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation>Qt SQLite ドライバーでは SQLite の安全設定にアクセスできません</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite が安全設定を拒否しました (%1)</translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 個の項目を選択中&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation>&lt;b&gt;設計&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;編集するホスト、ゾーン、リンクを選択してください。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4 または IPv6 アドレス</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>ゾーン:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation>リリース。例: 15.2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation>&lt;b&gt;ゾーン&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;1 つのゾーン内のホストは、他のすべてのゾーンとの間にファイアウォールの境界を共有します。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation>192.168.10.0/24, 10.1.0.0/16</translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation>ゾーンのサブネット。カンマまたはスペースで区切ります</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>サブネット:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation>&lt;b&gt;リンク&lt;/b&gt;&lt;br&gt;%1 — %2</translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>カタログではこのペアに意味がありません。</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>意味:</translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation>もたらすフロー:</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>（ゾーンなし）</translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation>%1 はゾーン %2 のサブネット (%3) の範囲外です。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation>%1 のアドレスを変更</translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation>%1 をゾーン %2 へ移動</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>ゾーン %1 の名前を変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation>&quot;%1&quot; は 192.168.10.0/24 のようなサブネットではありません。</translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation>ゾーン %1 のサブネットを変更</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n 個のゾーン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 個のリンク</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation>%1 の備考を変更</translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation>%1 を開けません: フォーマットを更新するための一時コピーを置く領域がありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation>%1 は有効なプロジェクトファイルではありません: %2</translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation>%1 は %2 秒間読み込んだ後に中止しました: 非常に大きいか、破損しているか、Portolan を停止させるように作られています。</translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation>設計の名前を変更</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation>変更要求のレビュー</translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation>変更要求とルールセット (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>%1 (%2) をレビュー中: %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation>レビューが終了しました: %1</translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation>レビューを閉じました。設計を再び編集できます。</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation>%1 %2 -&gt; %3、%4 %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation>これが含む設計のフロー</translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation>これがブロックする設計のフロー</translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation>設計で禁止</translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation>超過: 設計が必要としない %1 タプル</translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation>最初の %1 本の矢印のみ描画しています。</translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation>不足しているフロー: %1</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>対象ゾーンをまたぐ設計のフローはすべて許可されています。</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation>どのルールも許可していない設計のフロー:</translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation>%1（古いリビジョン）</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1（未保存の変更あり）</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation>%1: .pdf、.csv、.json で終わるファイルを選択してください。</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-review</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>レビューレポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>署名用 PDF レポート (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>レビューを %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation>不足しているフロー</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>レビューを閉じる</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>要求を絞り込み</translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation>どのルールも許可していない設計のフロー</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation>レビューを署名用の PDF レポート、または CSV や JSON として書き出します</translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation>レビューを終了し、設計の編集に戻ります (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n 行: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>、不足しているフロー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation>不足しているフロー (%1)</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
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
        <translation>判定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation>リビジョン %1 がありません</translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation>リビジョンがありません</translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation>リビジョン %1 にはゾーン %2 個、ホスト %3 台、リンク %4 個があるはずですが、実際は %5、%6、%7 です</translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation>リビジョン %1 にゾーン &quot;%2&quot; が 2 回含まれています</translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation>リビジョン %1 にホスト &quot;%2&quot; が 2 回含まれています</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation>%1 のリビジョンを読み込めません: %2</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>読み取り専用で開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation>新しいリビジョンとして復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>リビジョンの復元</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation>%2 のリビジョン %1 を復元しますか？その設計が新しいリビジョンになり、それ以降のリビジョンは履歴に残ります。</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>リビジョンと比較</translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation>現在の設計を %1 のリビジョンと比較します: キャンバスに変更箇所がマークされ、「変更」ドックに各変更がフローと指摘事項に与える影響が一覧表示されます。</translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation>%1 の保存はすべてリビジョンとして保持されます。古いリビジョンは開いて確認することも、復元してそこから作業を続けることもできます: 復元すると新しいリビジョンが追加され、履歴は保持されます。「承認」はリビジョンに対するレビュー担当者の決定を記録します。</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>承認(&amp;S)…</translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation>選択したリビジョンを、その前のリビジョンと比較して承認または却下します</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation>リビジョン %1 を復元</translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation>%1（リビジョン %2 を復元）</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation>%1 が承認（%2 と比較）</translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation>%1 が却下（%2 と比較）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1、以前の決定 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation>テーブル &quot;%3&quot; の %2 行目の列 &quot;%1&quot; に無効な値があります</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>アクションまたはキーで絞り込み</translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation>%2 のリビジョン %1 に対するあなたの決定（リビジョン %3 と比較してレビュー）。あなたの名前と時刻とともにプロジェクトファイルに保存され、変更レポートに印刷されます。</translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation>保存するリビジョンと承認する変更に、あなたの名前として記録されます</translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation>確認した内容、条件、または変更を却下する理由</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>決定を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>レビュー担当者(&amp;V):</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation>変更を却下する理由を記入してください。</translation>
    </message>
</context>
</TS>
