<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AsaExport</name>
    <message>
        <source>! One access list per source zone, named &lt;zone&gt;_in, for the ingress interface of that zone, with</source>
        <translation>! 출발지 영역마다 액세스 리스트 하나(이름 &lt;zone&gt;_in)를 그 영역의 수신(ingress) 인터페이스에 두며,</translation>
    </message>
    <message>
        <source>! its permits. The block rows into every zone are written once, in the global list %1, which the</source>
        <translation>! 허용 항목을 담습니다. 각 영역으로의 차단 행은 전역 리스트 %1에 한 번만 기록되며, 이 리스트는</translation>
    </message>
    <message>
        <source>! firewall reads after the interface lists: a flow permitted above never reaches its block, and</source>
        <translation>! 방화벽이 인터페이스 리스트 다음에 읽습니다. 위에서 허용된 플로우는 차단에 도달하지 않으며,</translation>
    </message>
    <message>
        <source>! the global list ends with the final deny. The access-group lines at the end are commented out:</source>
        <translation>! 전역 리스트는 최종 deny로 끝납니다. 끝의 access-group 행은 주석 처리되어 있습니다.</translation>
    </message>
    <message>
        <source>! check the interface names before enabling them, and enable the global list with them.</source>
        <translation>! 활성화하기 전에 인터페이스 이름을 확인하고, 전역 리스트도 함께 활성화하십시오.</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLACEHOLDER: %1의 주소를 입력하십시오</translation>
    </message>
    <message>
        <source>=== %1 -&gt; %2 ===</source>
        <translation>=== %1 -&gt; %2 ===</translation>
    </message>
    <message>
        <source>Traffic entering from %1</source>
        <translation>%1에서 들어오는 트래픽</translation>
    </message>
    <message>
        <source>Zone subnets: %1</source>
        <translation>영역 서브넷: %1</translation>
    </message>
    <message>
        <source>Everything else goes on to the global list %1</source>
        <translation>그 밖의 모든 트래픽은 전역 리스트 %1로 넘어갑니다</translation>
    </message>
    <message>
        <source>Blocks into each zone from outside it, then the final deny</source>
        <translation>영역 외부에서 각 영역으로의 차단, 그다음 최종 deny</translation>
    </message>
    <message>
        <source>=== Blocks into %1 from outside the zone ===</source>
        <translation>=== 영역 외부에서 %1(으)로의 차단 ===</translation>
    </message>
    <message>
        <source>Exceptions permitted above: %1</source>
        <translation>위에서 허용된 예외: %1</translation>
    </message>
    <message>
        <source>Everything else is denied</source>
        <translation>그 밖의 모든 트래픽은 거부됩니다</translation>
    </message>
    <message>
        <source>Cisco ASA access lists</source>
        <translation>Cisco ASA 액세스 리스트</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1부터 %2까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1부터 %2까지여야 합니다</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must be a release number such as &quot;15.1&quot; or &quot;14.5.0at&quot;</source>
        <translation>&quot;15.1&quot; 또는 &quot;14.5.0at&quot; 같은 릴리스 번호여야 합니다</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a catalog file: %2</source>
        <translation>%1: 카탈로그 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락됨</translation>
    </message>
    <message>
        <source>a type needs an id and a name</source>
        <translation>유형에는 id와 이름이 필요합니다</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is defined twice</source>
        <translation>유형 &quot;%1&quot;이(가) 두 번 정의되어 있습니다</translation>
    </message>
    <message>
        <source>a parameter needs a name and a kind (bool, int, choice, text, release)</source>
        <translation>매개변수에는 이름과 종류(bool, int, choice, text, release)가 필요합니다</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <source>calls %1(); a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>%1()을(를) 호출합니다. 기본값은 호스트의 필드와 그 앞에 선언된 매개변수만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>a flow needs a rule id and a service</source>
        <translation>플로우에는 규칙 id와 서비스가 필요합니다</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; must cite its seed as &quot;file.txt: table&quot;</source>
        <translation>규칙 &quot;%1&quot;은(는) 시드를 &quot;file.txt: table&quot; 형식으로 인용해야 합니다</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>알 수 없는 프로토콜 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; names no protocol</source>
        <translation>규칙 &quot;%1&quot;에 프로토콜이 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; must be &quot;a&quot; and &quot;b&quot;</source>
        <translation>&quot;from&quot;과 &quot;to&quot;는 &quot;a&quot;와 &quot;b&quot;여야 합니다</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>severity는 error, warning 또는 info여야 합니다</translation>
    </message>
    <message>
        <source>a finding needs an id and a severity</source>
        <translation>점검 결과에는 id와 severity가 필요합니다</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>알 수 없는 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the link %1 - %2 is defined twice</source>
        <translation>링크 %1 - %2이(가) 두 번 정의되어 있습니다</translation>
    </message>
    <message>
        <source>a link needs two types and a meaning</source>
        <translation>링크에는 두 유형과 의미가 필요합니다</translation>
    </message>
    <message>
        <source>host rules for &quot;%1&quot; are defined twice</source>
        <translation>&quot;%1&quot;의 호스트 규칙이 두 번 정의되어 있습니다</translation>
    </message>
    <message>
        <source>a requirement needs an id, a message and a known %1</source>
        <translation>요구 사항에는 id, 메시지 및 알려진 %1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>a system needs an id, a name and member types</source>
        <translation>시스템에는 id, 이름 및 구성 유형이 필요합니다</translation>
    </message>
    <message>
        <source>a pair names two lists of member types</source>
        <translation>쌍에는 구성 유형 목록 두 개를 지정합니다</translation>
    </message>
    <message>
        <source>Servers of one %1</source>
        <translation>하나의 %1에 속한 서버</translation>
    </message>
    <message>
        <source>%1: no catalog files</source>
        <translation>%1: 카탈로그 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Except the allowed flows from %1, which stay allowed above this block.</source>
        <translation>%1에서 오는 허용된 플로우는 예외로, 이 차단보다 위에서 계속 허용됩니다.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; between &quot;%2&quot; and &quot;%3&quot;: %4.</source>
        <translation>&quot;%2&quot;과(와) &quot;%3&quot; 사이의 규칙 &quot;%1&quot;: %4.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: &quot;%2&quot; is not a parameter of %3; it is ignored.</source>
        <translation>호스트 &quot;%1&quot;: &quot;%2&quot;은(는) %3의 매개변수가 아니므로 무시됩니다.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: parameter &quot;%2&quot; %3, not %4; the default is used.</source>
        <translation>호스트 &quot;%1&quot;: 매개변수 &quot;%2&quot;은(는) %3. %4은(는) 사용할 수 없으므로 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3) repeats link %4; it adds nothing.</source>
        <translation>링크 %1 (%2 - %3)은(는) 링크 %4와(과) 중복되어 아무것도 추가하지 않습니다.</translation>
    </message>
    <message>
        <source>Link %1 (%2 - %3): the catalog gives no meaning to a link between a %4 and a %5.</source>
        <translation>링크 %1 (%2 - %3): 카탈로그는 %4와(과) %5 사이의 링크에 의미를 정의하지 않습니다.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot;: address %2 lies outside every subnet of zone &quot;%3&quot; (%4).</source>
        <translation>호스트 &quot;%1&quot;: 주소 %2이(가) 영역 &quot;%3&quot;의 어느 서브넷에도 속하지 않습니다 (%4).</translation>
    </message>
    <message>
        <source>a one-way rule needs a rule id and a service</source>
        <translation>단방향 규칙에는 규칙 id와 서비스가 필요합니다</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; makes the flows of the pair one way, but &quot;%2&quot; goes both ways</source>
        <translation>규칙 &quot;%1&quot;은(는) 이 쌍의 플로우를 단방향으로 만들지만, &quot;%2&quot;은(는) 양방향입니다</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <source>hosts without a zone</source>
        <translation>영역이 없는 호스트</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocks into %1 from outside it</source>
        <translation>영역 외부에서 %1(으)로의 차단</translation>
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
        <translation>설계 변경 없음 (설계 항목의 순서)</translation>
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
        <translation>제거됨</translation>
    </message>
</context>
<context>
    <name>CsvMatrixExport</name>
    <message>
        <source>Any outside %1</source>
        <translation>%1 외부의 모든 호스트</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no (within one zone)</source>
        <translation>아니요 (같은 영역 내)</translation>
    </message>
    <message>
        <source>Firewall matrix (CSV)</source>
        <translation>방화벽 매트릭스 (CSV)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted cell must be followed by a semicolon or the end of the line.</source>
        <translation>따옴표로 묶은 셀 뒤에는 세미콜론이나 행 끝이 와야 합니다.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a tab or the end of the line.</source>
        <translation>따옴표로 묶은 셀 뒤에는 탭이나 행 끝이 와야 합니다.</translation>
    </message>
    <message>
        <source>a quoted cell must be followed by a comma or the end of the line.</source>
        <translation>따옴표로 묶은 셀 뒤에는 쉼표나 행 끝이 와야 합니다.</translation>
    </message>
    <message>
        <source>the quoted cell that starts here is never closed.</source>
        <translation>여기서 시작하는 따옴표로 묶은 셀이 닫히지 않습니다.</translation>
    </message>
    <message>
        <source>a double quote inside a cell that does not start with one; quote the whole cell and double the quote.</source>
        <translation>따옴표로 시작하지 않는 셀 안에 큰따옴표가 있습니다. 셀 전체를 따옴표로 묶고 안의 따옴표는 두 번 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>CustomFlows</name>
    <message>
        <source>Custom flow &quot;%1&quot; (%2 to %3, %4)</source>
        <translation>사용자 정의 플로우 &quot;%1&quot; (%2에서 %3(으)로, %4)</translation>
    </message>
    <message>
        <source>the block rule %1 (%2)</source>
        <translation>차단 규칙 %1 (%2)</translation>
    </message>
    <message>
        <source>the one-way rule %1 (%2)</source>
        <translation>단방향 규칙 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is forbidden by %2: it is not allowed through.</source>
        <translation>%1은(는) %2에 의해 금지되어 통과할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: ports %2 are forbidden by %3: they are not allowed through.</source>
        <translation>%1: 포트 %2은(는) %3에 의해 금지되어 통과할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 adds nothing: the catalog&apos;s flows or an earlier custom flow already allow it.</source>
        <translation>%1은(는) 아무것도 추가하지 않습니다: 카탈로그의 플로우나 앞선 사용자 정의 플로우가 이미 허용합니다.</translation>
    </message>
    <message>
        <source>Custom flow %1</source>
        <translation>사용자 정의 플로우 %1</translation>
    </message>
    <message>
        <source>Custom flow: ports %1 of the %2 asked for are left out (allowed already or forbidden).</source>
        <translation>사용자 정의 플로우: 요청한 %2 중 포트 %1은(는) 제외됩니다 (이미 허용되었거나 금지됨).</translation>
    </message>
</context>
<context>
    <name>DesignChange</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 – %2 (link %3 between them)</source>
        <translation>%1 – %2 (둘 사이의 링크 %3)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Zone %1 added</source>
        <translation>영역 %1 추가됨</translation>
    </message>
    <message>
        <source>Zone %1 removed</source>
        <translation>영역 %1 제거됨</translation>
    </message>
    <message>
        <source>Zone %1: %2 %3 → %4</source>
        <translation>영역 %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1 added (%2)</source>
        <translation>호스트 %1 추가됨 (%2)</translation>
    </message>
    <message>
        <source>Host %1 removed (%2)</source>
        <translation>호스트 %1 제거됨 (%2)</translation>
    </message>
    <message>
        <source>Host %1: %2 %3 → %4</source>
        <translation>호스트 %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Host %1: parameter %2 %3 → %4</source>
        <translation>호스트 %1: 매개변수 %2 %3 → %4</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>링크 %1 추가됨</translation>
    </message>
    <message>
        <source>Link %1 removed</source>
        <translation>링크 %1 제거됨</translation>
    </message>
    <message>
        <source>Link %1: %2 %3 → %4</source>
        <translation>링크 %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Custom flow %1 added: %2 → %3, %4 (%5)</source>
        <translation>사용자 정의 플로우 %1 추가됨: %2 → %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Custom flow %1 removed: %2 → %3, %4</source>
        <translation>사용자 정의 플로우 %1 제거됨: %2 → %3, %4</translation>
    </message>
    <message>
        <source>Custom flow %1: %2 %3 → %4</source>
        <translation>사용자 정의 플로우 %1: %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: 리비전 %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: no room for a temporary copy of the project file.</source>
        <translation>%1: 읽을 수 없습니다: 프로젝트 파일의 임시 사본을 만들 공간이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>&quot;format&quot; is not &quot;portolan-design&quot;: this is not a Portolan design</source>
        <translation>&quot;format&quot;이 &quot;portolan-design&quot;이 아닙니다: Portolan 설계가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>&quot;version&quot;은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>the design has format version %1; this Portolan reads up to version %2, please use a newer Portolan</source>
        <translation>설계의 형식 버전은 %1입니다. 이 Portolan은 버전 %2까지만 읽을 수 있으니 최신 Portolan을 사용하십시오</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot;은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2]은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text</source>
        <translation>%1: &quot;%2&quot;은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: &quot;%2&quot;은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;id&quot;</source>
        <translation>%1: 텍스트 &quot;id&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>영역 %1</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>영역 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;subnets&quot; must be a list</source>
        <translation>%1: &quot;subnets&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: subnet %2 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: 서브넷 %2은(는) 192.168.10.0/24 같은 주소/프리픽스가 아닙니다</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(텍스트가 아님)</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>호스트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs a text &quot;type&quot;</source>
        <translation>%1: 텍스트 &quot;type&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>%1: address &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1: 주소 &quot;%2&quot;은(는) IPv4 또는 IPv6 주소가 아닙니다</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object</source>
        <translation>%1: &quot;params&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>링크 %1</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;a&quot; and &quot;b&quot;</source>
        <translation>%1: 호스트 id &quot;a&quot;와 &quot;b&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>링크 %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>the design must be a JSON object</source>
        <translation>설계는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>custom flow %1</source>
        <translation>사용자 정의 플로우 %1</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>사용자 정의 플로우 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: needs host ids &quot;source&quot; and &quot;destination&quot;</source>
        <translation>%1: 호스트 id &quot;source&quot;와 &quot;destination&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>%1: &quot;protocol&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;icmp&quot;</source>
        <translation>%1: &quot;protocol&quot;은 &quot;tcp&quot;, &quot;udp&quot; 또는 &quot;icmp&quot;여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;ports&quot; must be a text such as &quot;443&quot; or &quot;3000-3032&quot;</source>
        <translation>%1: &quot;ports&quot;는 &quot;443&quot;이나 &quot;3000-3032&quot; 같은 텍스트여야 합니다</translation>
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
        <translation>%1: id는 문자, 숫자, &quot;_&quot;, &quot;-&quot;, &quot;.&quot; 1~%2자로, 문자, 숫자 또는 &quot;_&quot;로 시작해야 합니다</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character</source>
        <translation>짝이 없는 UTF-16 서로게이트(U+%1, %2번째 문자)가 있으며, 이는 문자가 아닙니다</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot;</source>
        <translation>영역 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another zone</source>
        <translation>%1: 다른 영역이 이미 사용하는 id입니다</translation>
    </message>
    <message>
        <source>%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24</source>
        <translation>%1: 서브넷 %2/%3은(는) 192.168.10.0/24 같은 주소/프리픽스가 아닙니다</translation>
    </message>
    <message>
        <source>%1: &quot;x&quot; and &quot;y&quot; must lie within plus or minus %2</source>
        <translation>%1: &quot;x&quot;와 &quot;y&quot;는 ±%2 이내여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;width&quot; and &quot;height&quot; must be from 0 to %2</source>
        <translation>%1: &quot;width&quot;와 &quot;height&quot;는 0부터 %2까지여야 합니다</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;</source>
        <translation>호스트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another host</source>
        <translation>%1: 다른 호스트가 이미 사용하는 id입니다</translation>
    </message>
    <message>
        <source>%1: unknown host type &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 호스트 유형 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: zone &quot;%2&quot; does not exist</source>
        <translation>%1: 영역 &quot;%2&quot;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>link %1 (%2 - %3)</source>
        <translation>링크 %1 (%2 - %3)</translation>
    </message>
    <message>
        <source>%1: host &quot;%2&quot; does not exist</source>
        <translation>%1: 호스트 &quot;%2&quot;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>%1: a host cannot be linked to itself</source>
        <translation>%1: 호스트를 자기 자신과 링크할 수 없습니다</translation>
    </message>
    <message>
        <source>an icmp flow has no ports</source>
        <translation>icmp 플로우에는 포트가 없습니다</translation>
    </message>
    <message>
        <source>a %1 flow needs its destination ports, such as 443 or 3000-3032</source>
        <translation>%1 플로우에는 443이나 3000-3032 같은 목적지 포트가 필요합니다</translation>
    </message>
    <message>
        <source>ports must lie from 1 to 65535</source>
        <translation>포트는 1부터 65535까지여야 합니다</translation>
    </message>
    <message>
        <source>custom flow &quot;%1&quot;</source>
        <translation>사용자 정의 플로우 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the id is used by another custom flow</source>
        <translation>%1: 다른 사용자 정의 플로우가 이미 사용하는 id입니다</translation>
    </message>
    <message>
        <source>%1: a flow from a host to itself never crosses a firewall</source>
        <translation>%1: 호스트에서 자기 자신으로 가는 플로우는 방화벽을 통과하지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: needs a reason (why the catalog&apos;s flows are not enough)</source>
        <translation>%1: 사유가 필요합니다 (카탈로그의 플로우로 충분하지 않은 이유)</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>starts with U+FEFF, a byte order mark, which design and project files do not keep</source>
        <translation>U+FEFF(바이트 순서 표시)로 시작하며, 설계 파일과 프로젝트 파일은 이를 보존하지 않습니다</translation>
    </message>
    <message>
        <source>holds U+%1 at character %2, which is not a character</source>
        <translation>%2번째 문자에 U+%1이(가) 있으며, 이는 문자가 아닙니다</translation>
    </message>
</context>
<context>
    <name>DesignSource</name>
    <message>
        <source>%1: revisions are numbered from 1</source>
        <translation>%1: 리비전 번호는 1부터 시작합니다</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1: 파일 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 is not a project file; only project files keep revisions</source>
        <translation>%1: %2은(는) 프로젝트 파일이 아닙니다. 리비전은 프로젝트 파일에만 보관됩니다</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, 리비전 %2</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>no subnet</source>
        <translation>서브넷 없음</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>주소 없음</translation>
    </message>
</context>
<context>
    <name>DiagramPngExport</name>
    <message>
        <source>Diagram (PNG)</source>
        <translation>다이어그램 (PNG)</translation>
    </message>
    <message>
        <source>The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.</source>
        <translation>배율 %1에서는 PNG 그림이 1픽셀보다 작아집니다. 더 큰 배율을 선택하십시오.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or choose a smaller scale.</source>
        <translation>%1 x %2 픽셀 PNG 그림을 위한 메모리를 할당할 수 없습니다. SVG나 PDF로 내보내거나 더 작은 배율을 선택하십시오.</translation>
    </message>
    <message>
        <source>The PNG picture of %1 x %2 pixels could not be encoded.</source>
        <translation>%1 x %2 픽셀 PNG 그림을 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>DiagramSvgExport</name>
    <message>
        <source>Network diagram of the design &quot;%1&quot;, drawn by Portolan.</source>
        <translation>Portolan이 그린 설계 &quot;%1&quot;의 네트워크 다이어그램.</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>SVG 그림을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>다이어그램 (SVG)</translation>
    </message>
    <message>
        <source>The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): move the hosts and zones closer together.</source>
        <translation>다이어그램이 캔버스 단위로 %1 x %2이며, SVG 그림이 담을 수 있는 크기(한 변 %3)를 넘습니다. 호스트와 영역을 더 가깝게 옮기십시오.</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Network diagram of an untitled design, drawn by Portolan.</source>
        <translation>Portolan이 그린 제목 없는 설계의 네트워크 다이어그램.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Design JSON</source>
        <translation>설계 JSON</translation>
    </message>
    <message>
        <source>The %1 export cannot be built in memory.</source>
        <translation>%1 내보내기를 메모리에서 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>reads &quot;%1&quot;, which is not a parameter of %2</source>
        <translation>%2의 매개변수가 아닌 &quot;%1&quot;을(를) 읽습니다</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is declared after it; a default reads only the host&apos;s fields and the parameters declared before it</source>
        <translation>뒤에 선언된 &quot;%1&quot;을(를) 읽습니다. 기본값은 호스트의 필드와 그 앞에 선언된 매개변수만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>예기치 않은 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 at character %2 of &quot;%3&quot;</source>
        <translation>&quot;%3&quot;의 %2번째 문자에서 %1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot;</source>
        <translation>&quot;:&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>예기치 않은 끝</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>&quot;)&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>unterminated text</source>
        <translation>끝나지 않은 텍스트</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;</source>
        <translation>알 수 없는 이름 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에 닫히지 않은 &quot;{&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>식의 중첩이 %1단계보다 깊습니다</translation>
    </message>
</context>
<context>
    <name>FlowMatrix</name>
    <message>
        <source>(no zone)</source>
        <translation>(영역 없음)</translation>
    </message>
    <message>
        <source>Any host outside %1 -&gt; %1</source>
        <translation>%1 외부의 모든 호스트 -&gt; %1</translation>
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
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds more than the limit of %2 for a design.</source>
        <translation>%1: 읽을 수 없습니다: 설계의 한도 %2을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it holds %2, more than the limit of %3 for a design.</source>
        <translation>%1: 읽을 수 없습니다: 크기 %2이(가) 설계의 한도 %3을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: there is no such resource.</source>
        <translation>%1: 열 수 없습니다: 해당 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is a folder, not a design file.</source>
        <translation>%1: 읽을 수 없습니다: 설계 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a design).</source>
        <translation>%1: 읽을 수 없습니다: 일반 파일이나 파이프가 아닙니다 (장치나 소켓에는 설계를 담을 수 없습니다).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>the row has no name; every host needs one.</source>
        <translation>행에 이름이 없습니다. 모든 호스트에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2; names must be unique.</source>
        <translation>이름 &quot;%1&quot;은(는) 이미 %2행에서 사용되었습니다. 이름은 고유해야 합니다.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by host &quot;%2&quot; of the design; names must be unique.</source>
        <translation>이름 &quot;%1&quot;은(는) 이미 설계의 호스트 &quot;%2&quot;이(가) 사용하고 있습니다. 이름은 고유해야 합니다.</translation>
    </message>
    <message>
        <source>the row has no type; write a catalog host type such as &quot;workstation&quot;.</source>
        <translation>행에 유형이 없습니다. &quot;workstation&quot; 같은 카탈로그의 호스트 유형을 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog; did you mean &quot;%2&quot; (%3)?</source>
        <translation>&quot;%1&quot;은(는) 카탈로그의 호스트 유형이 아닙니다. &quot;%2&quot;(%3)을(를) 의미했습니까?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host type of the catalog.</source>
        <translation>&quot;%1&quot;은(는) 카탈로그의 호스트 유형이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 address.</source>
        <translation>&quot;%1&quot;은(는) IPv4 주소(0부터 255까지의 숫자 네 개: 192.168.10.11)나 IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>the address %1 is already used on line %2; addresses must be unique.</source>
        <translation>주소 %1은(는) 이미 %2행에서 사용되었습니다. 주소는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>the address %1 is already used by host &quot;%2&quot; of the design; addresses must be unique.</source>
        <translation>주소 %1은(는) 이미 설계의 호스트 &quot;%2&quot;이(가) 사용하고 있습니다. 주소는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>The address %1 lies outside every subnet of zone &quot;%2&quot; (%3); the design&apos;s findings will report it.</source>
        <translation>주소 %1은(는) 영역 &quot;%2&quot;의 어느 서브넷(%3)에도 속하지 않습니다. 설계의 점검 결과에 보고됩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: write 1 to %2 letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter, digit or &quot;_&quot;.</source>
        <translation>&quot;%1&quot;은(는) id가 아닙니다. 문자, 숫자, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;로 이루어진 1~%2자로 쓰고, 문자, 숫자 또는 &quot;_&quot;로 시작하십시오.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot;은(는) 이미 %2행에서 사용되었습니다. id는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a host of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot;은(는) 이미 설계의 호스트가 사용하고 있습니다. id는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a zone of the design; ids must be unique.</source>
        <translation>id &quot;%1&quot;은(는) 이미 설계의 영역이 사용하고 있습니다. id는 고유해야 합니다.</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>the file holds binary data (a NUL byte); a host inventory is CSV text.</source>
        <translation>파일에 바이너리 데이터(NUL 바이트)가 있습니다. 호스트 인벤토리는 CSV 텍스트입니다.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the inventory as CSV UTF-8.</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다. 인벤토리를 CSV UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <source>the file is empty; a host inventory starts with a header line naming its columns name, type and address (zone and id are optional).</source>
        <translation>파일이 비어 있습니다. 호스트 인벤토리는 name, type, address 열을 지정하는 헤더 행으로 시작합니다 (zone과 id는 선택 사항).</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice (also column %2).</source>
        <translation>헤더에 &quot;%1&quot; 열이 두 번 있습니다 (%2번째 열에도 있음).</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a host inventory names the columns name, type and address (zone and id are optional), in any order.</source>
        <translation>헤더에 &quot;%1&quot; 열이 없습니다. 호스트 인벤토리에는 name, type, address 열이 순서에 관계없이 있어야 합니다 (zone과 id는 선택 사항).</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>이 행에는 셀이 %1개 있지만 헤더에는 열이 %2개 있습니다.</translation>
    </message>
    <message>
        <source>this cell is under column %1, which has no name in the header; name the column or empty the cell.</source>
        <translation>이 셀은 헤더에 이름이 없는 %1번째 열 아래에 있습니다. 열에 이름을 붙이거나 셀을 비우십시오.</translation>
    </message>
    <message>
        <source>the cell %1.</source>
        <translation>셀: %1.</translation>
    </message>
</context>
<context>
    <name>IptablesExport</name>
    <message>
        <source># Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if any,</source>
        <translation># 적용: iptables-restore FILE (filter 테이블을 교체합니다). IPv4 전용: IPv6 규칙이 있으면</translation>
    </message>
    <message>
        <source># follow at the end as commented ip6tables lines; the nftables export carries both families.</source>
        <translation># 끝에 주석 처리된 ip6tables 행으로 붙습니다. nftables 내보내기는 두 주소 체계를 모두 담습니다.</translation>
    </message>
    <message>
        <source># Address groups are written out host by host (restore files have no ipset); each rule names its group.</source>
        <translation># 주소 그룹은 호스트별로 풀어 씁니다 (restore 파일에는 ipset이 없습니다). 각 규칙에 그룹 이름이 적힙니다.</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>영역 외부의 모든 출발지에서 %1(으)로의 차단</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>위에서 허용된 예외: %1</translation>
    </message>
    <message>
        <source># IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by this file:</source>
        <translation># ip6tables-restore용 IPv6 규칙 (같은 체인을 가진 *filter 테이블). 이 파일로는 적용되지 않습니다:</translation>
    </message>
    <message>
        <source>iptables-restore rule set</source>
        <translation>iptables-restore 규칙 세트</translation>
    </message>
    <message>
        <source># FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each zone.</source>
        <translation># FORWARD는 영역 쌍(출발지:목적지)마다 하나의 체인으로 점프한 뒤, 각 영역으로의 차단으로 점프합니다.</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>The zone has no subnet of this family: the block matches every source.</source>
        <translation>이 영역에는 이 주소 체계의 서브넷이 없으므로, 차단이 모든 출발지에 적용됩니다.</translation>
    </message>
    <message>
        <source># Apply with: nft -f FILE (replaces the table inet portolan and nothing else).</source>
        <translation># 적용: nft -f FILE (table inet portolan만 교체하고 나머지는 건드리지 않습니다).</translation>
    </message>
    <message>
        <source>PLACEHOLDER: fill in the address of %1</source>
        <translation>PLACEHOLDER: %1의 주소를 입력하십시오</translation>
    </message>
    <message>
        <source>Blocks into %1 from any source outside the zone</source>
        <translation>영역 외부의 모든 출발지에서 %1(으)로의 차단</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions allowed above: %1</source>
        <translation>위에서 허용된 예외: %1</translation>
    </message>
    <message>
        <source>nftables rule set</source>
        <translation>nftables 규칙 세트</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>(no address)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>영역 외부의 모든 호스트</translation>
    </message>
    <message>
        <source> (Does not cross a firewall.)</source>
        <translation> (방화벽을 통과하지 않습니다.)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>출발지 포트</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Rule and reference</source>
        <translation>규칙 및 참고 자료</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Firewall flow report: %1</source>
        <translation>방화벽 플로우 보고서: %1</translation>
    </message>
    <message>
        <source>FIREWALL FLOW REPORT</source>
        <translation>방화벽 플로우 보고서</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>작성 도구</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Portolan %1: flows derived from the product catalog; each cites its vendor document.</source>
        <translation>Portolan %1: 제품 카탈로그에서 도출한 플로우이며, 각 플로우는 해당 벤더 문서를 인용합니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Allowed flows</source>
        <translation>허용된 플로우</translation>
    </message>
    <message>
        <source>Crossing a firewall</source>
        <translation>방화벽 통과</translation>
    </message>
    <message>
        <source>Block rows</source>
        <translation>차단 행</translation>
    </message>
    <message>
        <source>Errors / warnings / security notes</source>
        <translation>오류 / 경고 / 보안 참고 사항</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Firewalls (zone pairs)</source>
        <translation>방화벽 (영역 쌍)</translation>
    </message>
    <message>
        <source>within one zone: no firewall</source>
        <translation>같은 영역 내: 방화벽 없음</translation>
    </message>
    <message>
        <source>firewall between the zones</source>
        <translation>영역 간 방화벽</translation>
    </message>
    <message>
        <source>Zone pair</source>
        <translation>영역 쌍</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>플로우</translation>
    </message>
    <message>
        <source>Firewalls (continued)</source>
        <translation>방화벽 (계속)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>다이어그램</translation>
    </message>
    <message>
        <source>Firewall matrix by zone pair</source>
        <translation>영역 쌍별 방화벽 매트릭스</translation>
    </message>
    <message>
        <source>One table per zone pair: the firewall between the source zone and the destination zone. Every flow is directional; replies of an allowed connection are not listed. Tables marked &quot;within one zone&quot; cross no firewall and are given for completeness.</source>
        <translation>영역 쌍마다 표 하나: 출발지 영역과 목적지 영역 사이의 방화벽입니다. 모든 플로우는 방향이 있으며, 허용된 연결의 응답은 나열하지 않습니다. &quot;같은 영역 내&quot;로 표시된 표는 방화벽을 통과하지 않으며 참고용으로 제공됩니다.</translation>
    </message>
    <message>
        <source>%1 (within one zone: no firewall)</source>
        <translation>%1 (같은 영역 내: 방화벽 없음)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (계속)</translation>
    </message>
    <message>
        <source>Block recommendations</source>
        <translation>차단 권고</translation>
    </message>
    <message>
        <source>The vendors advise blocking these ports from every host outside the destination&apos;s zone. Place each block after the allowed flows above, which are its exceptions.</source>
        <translation>벤더는 목적지 영역 외부의 모든 호스트로부터 이 포트들을 차단할 것을 권고합니다. 각 차단은 그 예외인 위의 허용된 플로우 다음에 배치하십시오.</translation>
    </message>
    <message>
        <source>The catalog recommends no block for this design.</source>
        <translation>카탈로그는 이 설계에 대해 차단을 권고하지 않습니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>보안 참고 사항</translation>
    </message>
    <message>
        <source>Protocol versions, clear-text services and weak options the catalog points out for these hosts.</source>
        <translation>카탈로그가 이 호스트들에 대해 지적하는 프로토콜 버전, 평문 서비스 및 취약한 옵션입니다.</translation>
    </message>
    <message>
        <source>No security note.</source>
        <translation>보안 참고 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Security notes (continued)</source>
        <translation>보안 참고 사항 (계속)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Errors must be resolved before the matrix is applied; warnings deserve a decision.</source>
        <translation>매트릭스를 적용하기 전에 오류를 해결해야 하며, 경고는 판단이 필요합니다.</translation>
    </message>
    <message>
        <source>No error and no warning.</source>
        <translation>오류와 경고가 없습니다.</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>점검 결과 (계속)</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>포트: %1</translation>
    </message>
    <message>
        <source>Source ports: %1</source>
        <translation>출발지 포트: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>영역: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>참고 자료: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>비고: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>No flow changed.</source>
        <translation>변경된 플로우가 없습니다.</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, 리비전 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Design change review: %1 → %2</source>
        <translation>설계 변경 검토: %1 → %2</translation>
    </message>
    <message>
        <source>DESIGN CHANGE REVIEW</source>
        <translation>설계 변경 검토</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>설계 변경</translation>
    </message>
    <message>
        <source>Flows added</source>
        <translation>추가된 플로우</translation>
    </message>
    <message>
        <source>Flows removed</source>
        <translation>제거된 플로우</translation>
    </message>
    <message>
        <source>Flows changed</source>
        <translation>변경된 플로우</translation>
    </message>
    <message>
        <source>Findings added</source>
        <translation>추가된 점검 결과</translation>
    </message>
    <message>
        <source>Findings removed</source>
        <translation>제거된 점검 결과</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>방화벽</translation>
    </message>
    <message>
        <source>Rules added / removed</source>
        <translation>추가 / 제거된 규칙</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>No decision is recorded for this change. Reviewer, date, verdict (approve or reject) and comment:</source>
        <translation>이 변경에 대해 기록된 결정이 없습니다. 검토자, 날짜, 판정(승인 또는 반려) 및 의견:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Sign-off (continued)</source>
        <translation>결재 (계속)</translation>
    </message>
    <message>
        <source>What changed in the design, and what each change causes. A change causes a flow or finding change when, without it, the rule engine would not make that change; a flow can have several causes, and a removed link that splits a redundant system causes flows between hosts it never touched.</source>
        <translation>설계에서 무엇이 변경되었고 각 변경이 무엇을 일으키는지 보여 줍니다. 어떤 변경이 없었다면 규칙 엔진이 그 플로우나 점검 결과의 변경을 만들지 않았을 때, 그 변경이 원인이 됩니다. 하나의 플로우에 원인이 여러 개일 수 있으며, 이중화 시스템을 분리하는 링크를 제거하면 그 링크와 무관한 호스트 사이의 플로우도 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>The two designs are the same (hosts may have moved on the canvas).</source>
        <translation>두 설계가 같습니다 (캔버스에서 호스트 위치만 바뀌었을 수 있습니다).</translation>
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
        <translation>종류</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Flows + / − / ~</source>
        <translation>플로우 + / − / ~</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Design changes (continued)</source>
        <translation>설계 변경 (계속)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>(설계 변경 없음)</translation>
    </message>
    <message>
        <source>Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports write them; a rule whose hosts or ports change is removed and added again.</source>
        <translation>영역 쌍별로 추가 및 제거된 규칙이며, nftables, iptables, ASA 내보내기가 기록하는 방식대로 묶었습니다. 호스트나 포트가 바뀐 규칙은 제거된 뒤 다시 추가됩니다.</translation>
    </message>
    <message>
        <source>No firewall rule changes.</source>
        <translation>방화벽 규칙 변경이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2개 추가, %3개 제거</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hosts, service, catalog rule</source>
        <translation>호스트, 서비스, 카탈로그 규칙</translation>
    </message>
    <message>
        <source>Protocol and ports</source>
        <translation>프로토콜 및 포트</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Flow changes by zone pair</source>
        <translation>영역 쌍별 플로우 변경</translation>
    </message>
    <message>
        <source>A flow is the same in both designs when its source, destination, protocol, action and catalog rule agree; it changed when its ports, service, notes, reference, or the zones or addresses of its hosts differ.</source>
        <translation>출발지, 목적지, 프로토콜, 동작, 카탈로그 규칙이 일치하면 두 설계에서 같은 플로우입니다. 포트, 서비스, 비고, 참고 자료 또는 호스트의 영역이나 주소가 다르면 변경된 것입니다.</translation>
    </message>
    <message>
        <source>Findings added and removed</source>
        <translation>추가 및 제거된 점검 결과</translation>
    </message>
    <message>
        <source>No finding changed.</source>
        <translation>변경된 점검 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Findings added and removed (continued)</source>
        <translation>추가 및 제거된 점검 결과 (계속)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>PdfReportExport</name>
    <message>
        <source>Firewall report (PDF)</source>
        <translation>방화벽 보고서 (PDF)</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or a port range from 0 to 65535</source>
        <translation>&quot;%1&quot;은(는) 0부터 65535까지의 포트나 포트 범위가 아닙니다</translation>
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
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>COMMISSIONING PROBE</source>
        <translation>시운전 프로브</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Probed from</source>
        <translation>프로브 실행 위치</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>이 머신의 주소</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>설계에 주소 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1
cancelled</source>
        <translation>%1
취소됨</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>동시 연결 수</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>초당 연결 수</translation>
    </message>
    <message>
        <source>Ports tried inside a range</source>
        <translation>범위 안에서 시도한 포트</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>출발지 주소</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>both ends and %1 between</source>
        <translation>양 끝과 그 사이 %1개</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>시스템이 선택</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>연결 시도</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>계획대로</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>통과, 수신 대기 없음</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>프로브하지 않음</translation>
    </message>
    <message>
        <source>Open / closed / filtered</source>
        <translation>열림 / 닫힘 / 필터링됨</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is outside the destination&apos;s zone) anything but open. Open: the connection was made. Closed: it was refused, so the firewall let it through and nothing listens on the port (or a firewall answered with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a firewall or router. A port range is tried at both ends and at ports between them. udp and icmp rows, rows to hosts without an address and rows with a fixed source port are not probed.</source>
        <translation>%1에서 나가는 허용된 tcp 플로우는 각각 열림이어야 하고, %1이(가) 해당하는(목적지 영역 외부인) tcp 차단 행은 열림이 아니어야 합니다. 열림: 연결이 성립했습니다. 닫힘: 연결이 거부되었으므로 방화벽은 통과시켰지만 포트에서 수신 대기하는 것이 없습니다 (또는 방화벽이 TCP reset으로 응답했습니다). 필터링됨: 시간 제한 안에 응답이 없거나, 방화벽이나 라우터가 ICMP unreachable을 보냈습니다. 포트 범위는 양 끝과 그 사이의 포트에서 시도합니다. udp 및 icmp 행, 주소가 없는 호스트로의 행, 고정 출발지 포트가 있는 행은 프로브하지 않습니다.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Rule and service</source>
        <translation>규칙 및 서비스</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (계속)</translation>
    </message>
    <message>
        <source>No difference: every connect gave what the design plans.</source>
        <translation>차이 없음: 모든 연결 시도가 설계의 계획대로 결과를 냈습니다.</translation>
    </message>
    <message>
        <source>Allowed flows (expected open)</source>
        <translation>허용된 플로우 (열림 예상)</translation>
    </message>
    <message>
        <source>No allowed tcp flow from this host was probed.</source>
        <translation>이 호스트에서 나가는 허용된 tcp 플로우는 프로브하지 않았습니다.</translation>
    </message>
    <message>
        <source>Block rows (expected not open)</source>
        <translation>차단 행 (열림 아님 예상)</translation>
    </message>
    <message>
        <source>No block row was probed.</source>
        <translation>프로브한 차단 행이 없습니다.</translation>
    </message>
    <message>
        <source>Every row was probed.</source>
        <translation>모든 행을 프로브했습니다.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>시험자</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>입회자</translation>
    </message>
    <message>
        <source>Commissioning probe: %1 from %2</source>
        <translation>시운전 프로브: %1 (%2에서 실행)</translation>
    </message>
</context>
<context>
    <name>ProbePlan</name>
    <message>
        <source>udp: a TCP connect cannot test it, and a udp port that does not answer proves nothing; test it with the service itself.</source>
        <translation>udp: TCP 연결로는 시험할 수 없고, 응답하지 않는 udp 포트는 아무것도 증명하지 않습니다. 서비스 자체로 시험하십시오.</translation>
    </message>
    <message>
        <source>icmp: a TCP connect cannot test it; test it with ping.</source>
        <translation>icmp: TCP 연결로는 시험할 수 없습니다. ping으로 시험하십시오.</translation>
    </message>
    <message>
        <source>%1 has no address in the design.</source>
        <translation>%1에 설계상 주소가 없습니다.</translation>
    </message>
    <message>
        <source>The flow leaves from source port %1 and the probe connects from a port the system chooses, so the firewall would judge another connection.</source>
        <translation>이 플로우는 출발지 포트 %1에서 나가지만 프로브는 시스템이 선택한 포트에서 연결하므로, 방화벽은 다른 연결로 판단합니다.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Dry run: a TCP connect to %1 port %2 would be tried.</source>
        <translation>시험 실행: %1 포트 %2(으)로 TCP 연결을 시도합니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 has no address in the design, so the firewall&apos;s rules for it cannot be checked from this machine (addresses: %2); the results show what this machine may reach.</source>
        <translation>%1에 설계상 주소가 없으므로 이 머신에서 해당 방화벽 규칙을 확인할 수 없습니다 (주소: %2). 결과는 이 머신이 도달할 수 있는 범위를 보여 줍니다.</translation>
    </message>
    <message>
        <source>None of this machine&apos;s addresses (%1) is %2&apos;s address %3: the firewall sees another source, so the results show what this machine may reach, not what %2 may.</source>
        <translation>이 머신의 주소(%1) 중 어느 것도 %2의 주소 %3이(가) 아닙니다. 방화벽에는 다른 출발지로 보이므로, 결과는 %2이(가) 아니라 이 머신이 도달할 수 있는 범위를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>계획대로</translation>
    </message>
    <message>
        <source>Passes, nothing listens</source>
        <translation>통과, 수신 대기 없음</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>프로브하지 않음</translation>
    </message>
    <message>
        <source>%1 (sampled from %2-%3)</source>
        <translation>%1 (%2-%3에서 샘플링)</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>프로브하지 않음: %1</translation>
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
        <translation>자동 저장</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1에 쓸 수 없습니다: 완성된 파일을 제자리로 옮기지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>Exported into the project</source>
        <translation>프로젝트에 내보냄</translation>
    </message>
    <message>
        <source>Exported as a new project</source>
        <translation>새 프로젝트로 내보냄</translation>
    </message>
    <message>
        <source>Portolan project</source>
        <translation>Portolan 프로젝트</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Qt SQLite 드라이버(QSQLITE)를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>리비전 %1 복원됨</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: 리비전 %2: %3</translation>
    </message>
    <message>
        <source>%1: the sign-off cannot be recorded: %2</source>
        <translation>%1: 결재를 기록할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>프로젝트 형식 %1에서의 마이그레이션이 없습니다</translation>
    </message>
    <message>
        <source>migration from project format %1 failed: %2</source>
        <translation>프로젝트 형식 %1에서의 마이그레이션이 실패했습니다: %2</translation>
    </message>
    <message>
        <source>the table &quot;meta&quot; is missing</source>
        <translation>&quot;meta&quot; 테이블이 없습니다</translation>
    </message>
    <message>
        <source>the project format version is missing</source>
        <translation>프로젝트 형식 버전이 없습니다</translation>
    </message>
    <message>
        <source>the project format version %1 does not match the header&apos;s %2</source>
        <translation>프로젝트 형식 버전 %1이(가) 헤더의 %2와(과) 일치하지 않습니다</translation>
    </message>
    <message>
        <source>its database holds more than %1 tables, indexes, views and triggers</source>
        <translation>데이터베이스에 테이블, 인덱스, 뷰, 트리거가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>a virtual table &quot;%1&quot;</source>
        <translation>가상 테이블 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>테이블 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>인덱스 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>뷰 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>트리거 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry &quot;%1&quot; of type &quot;%2&quot;</source>
        <translation>유형이 &quot;%2&quot;인 항목 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its database holds %1 where project format %2 has %3</source>
        <translation>데이터베이스에 %1이(가) 있으나 프로젝트 형식 %2에는 %3이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 of project format %2 is missing</source>
        <translation>프로젝트 형식 %2의 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not defined as project format %2 defines it (its columns, types or constraints differ)</source>
        <translation>%1이(가) 프로젝트 형식 %2의 정의와 다릅니다 (열, 유형 또는 제약 조건이 다름)</translation>
    </message>
    <message>
        <source>its database holds %1, which Portolan does not make; project files with tables, views or triggers of their own are refused</source>
        <translation>데이터베이스에 Portolan이 만들지 않는 %1이(가) 있습니다. 자체 테이블, 뷰 또는 트리거가 있는 프로젝트 파일은 거부됩니다</translation>
    </message>
    <message>
        <source>a value is larger than the limit of %1 MiB for one cell</source>
        <translation>값이 셀 하나의 한도인 %1 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>RequestReader</name>
    <message>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>&quot;%1&quot;은(는) 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>an access-group line reads &quot;access-group LIST in|out interface NAME&quot; or &quot;access-group LIST global&quot;.</source>
        <translation>access-group 행의 형식은 &quot;access-group LIST in|out interface NAME&quot; 또는 &quot;access-group LIST global&quot;입니다.</translation>
    </message>
    <message>
        <source>the configuration has no extended access list (access-list NAME extended ...); Portolan reviews those.</source>
        <translation>구성에 확장 액세스 리스트(access-list NAME extended ...)가 없습니다. Portolan은 확장 액세스 리스트를 검토합니다.</translation>
    </message>
    <message>
        <source>&quot;host&quot; needs an address.</source>
        <translation>&quot;host&quot;에는 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;range&quot; needs two addresses.</source>
        <translation>&quot;range&quot;에는 주소 두 개가 필요합니다.</translation>
    </message>
    <message>
        <source>this is not a range of addresses.</source>
        <translation>주소 범위가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet.</source>
        <translation>&quot;%1&quot;은(는) 서브넷이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with its netmask, host, range, object or any.</source>
        <translation>&quot;%1&quot;은(는) 넷마스크가 있는 주소, host, range, object 또는 any가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask.</source>
        <translation>&quot;%1&quot;은(는) 넷마스크가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;subnet&quot; needs an address and a netmask.</source>
        <translation>&quot;subnet&quot;에는 주소와 넷마스크가 필요합니다.</translation>
    </message>
    <message>
        <source>it names a host by its DNS name</source>
        <translation>호스트를 DNS 이름으로 지정합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a port name ASA knows.</source>
        <translation>&quot;%1&quot;은(는) 포트 번호나 ASA가 아는 포트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port operator (eq, neq, lt, gt, range).</source>
        <translation>&quot;%1&quot;은(는) 포트 연산자(eq, neq, lt, gt, range)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port operator.</source>
        <translation>&quot;%1&quot;에는 포트 연산자가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a service.</source>
        <translation>&quot;%1&quot;은(는) 서비스의 일부가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;group-object&quot; needs a group name.</source>
        <translation>&quot;group-object&quot;에는 그룹 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;network-object&quot; needs an address.</source>
        <translation>&quot;network-object&quot;에는 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;port-object&quot; needs eq or range and ports.</source>
        <translation>&quot;port-object&quot;에는 eq 또는 range와 포트가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;service-object&quot; needs a protocol.</source>
        <translation>&quot;service-object&quot;에는 프로토콜이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object-group of the configuration.</source>
        <translation>&quot;%1&quot;은(는) 구성의 network object-group이 아닙니다.</translation>
    </message>
    <message>
        <source>the object-group &quot;%1&quot; contains itself.</source>
        <translation>object-group &quot;%1&quot;이(가) 자기 자신을 포함합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network object of the configuration.</source>
        <translation>&quot;%1&quot;은(는) 구성의 network object가 아닙니다.</translation>
    </message>
    <message>
        <source>the object &quot;%1&quot; cannot be reviewed: %2.</source>
        <translation>object &quot;%1&quot;을(를) 검토할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service object of the configuration.</source>
        <translation>&quot;%1&quot;은(는) 구성의 service object가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object-group of the configuration.</source>
        <translation>&quot;%1&quot;은(는) 구성의 object-group이 아닙니다.</translation>
    </message>
    <message>
        <source>the entry ends before its source or destination.</source>
        <translation>항목이 출발지나 목적지 전에 끝납니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name.</source>
        <translation>&quot;%1&quot;에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches by interface, user or security group, which Portolan cannot weigh against a design&apos;s hosts.</source>
        <translation>&quot;%1&quot;은(는) 인터페이스, 사용자 또는 보안 그룹으로 일치시키므로, Portolan이 설계의 호스트와 비교할 수 없습니다.</translation>
    </message>
    <message>
        <source>an access-list line needs a name and a type.</source>
        <translation>access-list 행에는 이름과 유형이 필요합니다.</translation>
    </message>
    <message>
        <source>an extended access-list entry says permit or deny.</source>
        <translation>확장 access-list 항목에는 permit 또는 deny가 있어야 합니다.</translation>
    </message>
    <message>
        <source>the entry ends before its protocol.</source>
        <translation>항목이 프로토콜 전에 끝납니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol or service object-group of the configuration.</source>
        <translation>&quot;%1&quot;은(는) 구성의 프로토콜 또는 서비스 object-group이 아닙니다.</translation>
    </message>
    <message>
        <source>only during the time range %1</source>
        <translation>시간 범위 %1 동안에만</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>ICMP 유형 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an access-list entry Portolan reads.</source>
        <translation>&quot;%1&quot;은(는) Portolan이 읽는 access-list 항목의 일부가 아닙니다.</translation>
    </message>
    <message>
        <source>an ICMP type</source>
        <translation>ICMP 유형</translation>
    </message>
    <message>
        <source>protocol %1, which no flow of a design uses</source>
        <translation>설계의 어떤 플로우도 사용하지 않는 프로토콜 %1</translation>
    </message>
    <message>
        <source>No access-group line is active; the commented-out access-group lines give the lists&apos; places.</source>
        <translation>활성화된 access-group 행이 없습니다. 주석 처리된 access-group 행으로 리스트의 위치를 판단합니다.</translation>
    </message>
    <message>
        <source>the access-group applies the list &quot;%1&quot;, which has no extended entry in the configuration.</source>
        <translation>access-group이 리스트 &quot;%1&quot;을(를) 적용하지만, 구성에 이 리스트의 확장 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No access-group applies the lists; each is reviewed as the list of one interface.</source>
        <translation>리스트를 적용하는 access-group이 없습니다. 각 리스트를 하나의 인터페이스 리스트로 검토합니다.</translation>
    </message>
    <message>
        <source>access-group %1 %2</source>
        <translation>access-group %1 %2</translation>
    </message>
    <message>
        <source>The access list %1 is applied by no access-group and is not reviewed.</source>
        <translation>액세스 리스트 %1은(는) 어떤 access-group으로도 적용되지 않아 검토하지 않습니다.</translation>
    </message>
    <message>
        <source>Replies of permitted connections pass by the firewall&apos;s state table; whatever no entry permits is denied.</source>
        <translation>허용된 연결의 응답은 방화벽의 상태 테이블로 통과하며, 어떤 항목도 허용하지 않는 트래픽은 거부됩니다.</translation>
    </message>
    <message>
        <source>the %1 is empty; write a host id or name, an address, a subnet, zone:&lt;id&gt; or any.</source>
        <translation>%1이(가) 비어 있습니다. 호스트 id나 이름, 주소, 서브넷, zone:&lt;id&gt; 또는 any를 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;zone:&quot; names no zone.</source>
        <translation>&quot;zone:&quot;에 영역이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or subnet.</source>
        <translation>&quot;%1&quot;은(는) IPv4 또는 IPv6 주소나 서브넷이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535 or a range of them (&quot;3000-3032&quot;); write ports as &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; or any.</source>
        <translation>&quot;%1&quot;은(는) 1부터 65535까지의 포트나 그 범위(&quot;3000-3032&quot;)가 아닙니다. 포트는 &quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot; 또는 any로 쓰십시오.</translation>
    </message>
    <message>
        <source>the file is empty; a change request starts with a header line naming its columns.</source>
        <translation>파일이 비어 있습니다. 변경 요청은 열 이름을 나열한 헤더 행으로 시작합니다.</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; every column needs one.</source>
        <translation>헤더의 %1번째 열에 이름이 없습니다. 모든 열에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>헤더에 &quot;%1&quot; 열이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; a change request names the columns id, source, destination, protocol and ports (action and comment are optional), in any order. Is this a change request?</source>
        <translation>헤더에 &quot;%1&quot; 열이 없습니다. 변경 요청에는 id, source, destination, protocol, ports 열이 순서에 상관없이 있어야 합니다 (action과 comment는 선택 사항). 변경 요청 파일이 맞습니까?</translation>
    </message>
    <message>
        <source>this row has %1 cells, but the header names %2 columns.</source>
        <translation>이 행에는 셀이 %1개 있지만 헤더에는 열이 %2개 있습니다.</translation>
    </message>
    <message>
        <source>the row has no id; every request line needs one.</source>
        <translation>행에 id가 없습니다. 모든 요청 행에 id가 필요합니다.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2; ids must be unique.</source>
        <translation>id &quot;%1&quot;은(는) 이미 %2행에서 사용되었습니다. id는 고유해야 합니다.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol; write tcp, udp, icmp or any.</source>
        <translation>&quot;%1&quot;은(는) 프로토콜이 아닙니다. tcp, udp, icmp 또는 any를 쓰십시오.</translation>
    </message>
    <message>
        <source>the ports are empty; a %1 request names its destination ports (&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) or any.</source>
        <translation>포트가 비어 있습니다. %1 요청에는 목적지 포트(&quot;443&quot;, &quot;22,443&quot;, &quot;3000-3032&quot;) 또는 any를 써야 합니다.</translation>
    </message>
    <message>
        <source>an icmp request has no ports; leave the cell empty.</source>
        <translation>icmp 요청에는 포트가 없습니다. 셀을 비워 두십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; write allow, block, or leave the cell empty for allow.</source>
        <translation>&quot;%1&quot;은(는) 동작이 아닙니다. allow, block을 쓰거나, allow이면 셀을 비워 두십시오.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; starts before the table &quot;%2&quot; of line %3 is committed.</source>
        <translation>%3행의 테이블 &quot;%2&quot;이(가) 커밋되기 전에 테이블 &quot;%1&quot;이(가) 시작됩니다.</translation>
    </message>
    <message>
        <source>the filter table is given twice.</source>
        <translation>filter 테이블이 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>COMMIT outside a table.</source>
        <translation>테이블 밖에 COMMIT이 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output.</source>
        <translation>&quot;%1&quot;은(는) iptables-save 출력의 행이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output (a chain &quot;:NAME POLICY&quot;, a rule &quot;-A CHAIN ...&quot; or COMMIT).</source>
        <translation>&quot;%1&quot;은(는) iptables-save 출력의 행(체인 &quot;:NAME POLICY&quot;, 규칙 &quot;-A CHAIN ...&quot; 또는 COMMIT)이 아닙니다.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; that starts here is never committed (COMMIT).</source>
        <translation>여기서 시작하는 테이블 &quot;%1&quot;이(가) 커밋(COMMIT)되지 않습니다.</translation>
    </message>
    <message>
        <source>the file has no filter table (*filter); Portolan reviews the filter table&apos;s FORWARD chain as iptables-save writes it.</source>
        <translation>파일에 filter 테이블(*filter)이 없습니다. Portolan은 iptables-save가 기록한 filter 테이블의 FORWARD 체인을 검토합니다.</translation>
    </message>
    <message>
        <source>the filter table has no FORWARD chain.</source>
        <translation>filter 테이블에 FORWARD 체인이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;create&quot; needs a set name and a type.</source>
        <translation>&quot;create&quot;에는 세트 이름과 유형이 필요합니다.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is created twice.</source>
        <translation>세트 &quot;%1&quot;이(가) 두 번 생성됩니다.</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a set name and a member.</source>
        <translation>&quot;add&quot;에는 세트 이름과 멤버가 필요합니다.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is not created before this line.</source>
        <translation>세트 &quot;%1&quot;이(가) 이 행 전에 생성되지 않았습니다.</translation>
    </message>
    <message>
        <source>&quot;nomatch&quot; members are not supported; list the addresses the set matches.</source>
        <translation>&quot;nomatch&quot; 멤버는 지원하지 않습니다. 세트가 일치시키는 주소를 나열하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address, subnet or range of addresses.</source>
        <translation>&quot;%1&quot;은(는) 주소, 서브넷 또는 주소 범위가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of iptables-save output, and outside a table only the create and add lines of ipset save may stand.</source>
        <translation>&quot;%1&quot;은(는) iptables-save 출력의 행이 아니며, 테이블 밖에는 ipset save의 create 및 add 행만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>a chain line reads &quot;:NAME POLICY [packets:bytes]&quot;.</source>
        <translation>체인 행의 형식은 &quot;:NAME POLICY [packets:bytes]&quot;입니다.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is declared twice.</source>
        <translation>체인 &quot;%1&quot;이(가) 두 번 선언되어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or subnet.</source>
        <translation>&quot;%1&quot;은(는) 주소나 서브넷이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a port range.</source>
        <translation>&quot;%1&quot;은(는) 포트나 포트 범위가 아닙니다.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is used here, but its members are not in the file; put the output of &quot;ipset save&quot; before or after the iptables-save output.</source>
        <translation>여기서 세트 &quot;%1&quot;을(를) 사용하지만 파일에 멤버가 없습니다. &quot;ipset save&quot;의 출력을 iptables-save 출력의 앞이나 뒤에 넣으십시오.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; contains itself.</source>
        <translation>세트 &quot;%1&quot;이(가) 자기 자신을 포함합니다.</translation>
    </message>
    <message>
        <source>the set &quot;%1&quot; is of type %2; Portolan reads sets of addresses (hash:ip, hash:net, bitmap:ip, list:set of them).</source>
        <translation>세트 &quot;%1&quot;의 유형은 %2입니다. Portolan은 주소 세트(hash:ip, hash:net, bitmap:ip 및 이들의 list:set)를 읽습니다.</translation>
    </message>
    <message>
        <source>&quot;-A&quot; needs a chain name.</source>
        <translation>&quot;-A&quot;에는 체인 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not declared (&quot;:%1 POLICY&quot;) before its rules.</source>
        <translation>체인 &quot;%1&quot;이(가) 규칙보다 먼저 선언(&quot;:%1 POLICY&quot;)되지 않았습니다.</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>옵션 %1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>packets in on interface %1%2</source>
        <translation>인터페이스 %1%2(으)로 들어오는 패킷</translation>
    </message>
    <message>
        <source>packets out on interface %1%2</source>
        <translation>인터페이스 %1%2(으)로 나가는 패킷</translation>
    </message>
    <message>
        <source>fragments only</source>
        <translation>프래그먼트만</translation>
    </message>
    <message>
        <source>--ports matches the source port as well</source>
        <translation>--ports는 출발지 포트도 일치시킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Portolan reads sets matched on one address, src or dst.</source>
        <translation>&quot;%1&quot;: Portolan은 하나의 주소(src 또는 dst)로 일치시키는 세트를 읽습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection state.</source>
        <translation>&quot;%1&quot;은(는) 연결 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>packets other than a connection&apos;s first</source>
        <translation>연결의 첫 패킷이 아닌 패킷</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of addresses.</source>
        <translation>&quot;%1&quot;은(는) 주소 범위가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 hands the packet to a program, whose verdict Portolan cannot review.</source>
        <translation>%1은(는) 패킷을 프로그램에 넘기므로, Portolan이 그 판정을 검토할 수 없습니다.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Portolan reads, so it cannot tell what this rule matches.</source>
        <translation>옵션 &quot;%1&quot;은(는) Portolan이 읽는 옵션이 아니므로, 이 규칙이 무엇을 일치시키는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;!&quot; negates nothing.</source>
        <translation>&quot;!&quot;이(가) 아무것도 부정하지 않습니다.</translation>
    </message>
    <message>
        <source>connections with address translation only</source>
        <translation>주소 변환이 있는 연결만</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a chain of the filter table nor a target Portolan knows.</source>
        <translation>&quot;%1&quot;은(는) filter 테이블의 체인도 아니고 Portolan이 아는 타깃도 아닙니다.</translation>
    </message>
    <message>
        <source>a rule cannot jump to the built-in chain &quot;%1&quot;.</source>
        <translation>규칙은 내장 체인 &quot;%1&quot;(으)로 점프할 수 없습니다.</translation>
    </message>
    <message>
        <source>after %1 (RETURN)</source>
        <translation>%1 이후 (RETURN)</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is reached again from itself.</source>
        <translation>체인 &quot;%1&quot;이(가) 자기 자신에서 다시 도달됩니다.</translation>
    </message>
    <message>
        <source>through %1 (%2 %3)</source>
        <translation>%1 경유 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (ESTABLISHED, RELATED) or invalid packets are not requests.</source>
        <translation>
            <numerusform>허용된 연결의 응답(ESTABLISHED, RELATED)이나 무효 패킷만 일치시키는 규칙 %n개는 요청이 아닙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 table is not reviewed: it does not filter.</source>
        <translation>%1 테이블은 필터링하지 않으므로 검토하지 않습니다.</translation>
    </message>
    <message>
        <source>The FORWARD chain&apos;s policy is %1.</source>
        <translation>FORWARD 체인의 정책은 %1입니다.</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>유효한 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>this JSON has no &quot;nftables&quot; array; give the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>이 JSON에는 &quot;nftables&quot; 배열이 없습니다. &quot;nft -j list ruleset&quot;의 출력을 주십시오.</translation>
    </message>
    <message>
        <source>this rule belongs to the chain &quot;%1&quot;, which is not listed before it.</source>
        <translation>이 규칙은 체인 &quot;%1&quot;에 속하지만, 그 체인이 규칙보다 앞에 나열되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the rule set has no filter chain on the forward hook, so it filters no traffic between zones.</source>
        <translation>규칙 세트에 forward 훅의 filter 체인이 없으므로, 영역 간 트래픽을 필터링하지 않습니다.</translation>
    </message>
    <message>
        <source>The chain %1 (%2 %3, priority %4) has the policy %5.</source>
        <translation>체인 %1 (%2 %3, 우선순위 %4)의 정책은 %5입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) that match only replies of accepted connections (established, related) or invalid packets are not requests.</source>
        <translation>
            <numerusform>허용된 연결의 응답(established, related)이나 무효 패킷만 일치시키는 규칙 %n개는 요청이 아닙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>규칙 %1: %2</translation>
    </message>
    <message>
        <source>the set @%1 is not listed in the rule set.</source>
        <translation>세트 @%1이(가) 규칙 세트에 나열되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the set @%1 holds %2, not addresses.</source>
        <translation>세트 @%1에는 주소가 아니라 %2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not an address, a prefix, a range or a set of them.</source>
        <translation>%1은(는) 주소, 프리픽스, 범위 또는 이들의 세트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1은(는) 포트가 아닙니다.</translation>
    </message>
    <message>
        <source>the set @%1 is not a listed set of ports.</source>
        <translation>세트 @%1은(는) 나열된 포트 세트가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot;은(는) 포트 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>the port range is not valid.</source>
        <translation>포트 범위가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>the ports are not a number, a range or a set of them.</source>
        <translation>포트가 숫자, 범위 또는 이들의 세트가 아닙니다.</translation>
    </message>
    <message>
        <source>expr[%1]: %2</source>
        <translation>expr[%1]: %2</translation>
    </message>
    <message>
        <source>a statement after the verdict.</source>
        <translation>판정 뒤에 문이 있습니다.</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not in the table.</source>
        <translation>체인 &quot;%1&quot;이(가) 테이블에 없습니다.</translation>
    </message>
    <message>
        <source>a quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>속도 제한</translation>
    </message>
    <message>
        <source>an iptables-nft compatibility expression; review this firewall&apos;s iptables-save output instead.</source>
        <translation>iptables-nft 호환 표현식입니다. 대신 이 방화벽의 iptables-save 출력을 검토하십시오.</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is not one Portolan reads.</source>
        <translation>문 &quot;%1&quot;은(는) Portolan이 읽는 문이 아닙니다.</translation>
    </message>
    <message>
        <source>the comparison &quot;%1&quot; is not one Portolan reads.</source>
        <translation>비교 &quot;%1&quot;은(는) Portolan이 읽는 비교가 아닙니다.</translation>
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
        <translation>%1 %2에 대한 일치는 Portolan이 읽지 않습니다.</translation>
    </message>
    <message>
        <source>meta %1 %2%3</source>
        <translation>meta %1 %2%3</translation>
    </message>
    <message>
        <source>the match on meta %1 is not one Portolan reads.</source>
        <translation>meta %1에 대한 일치는 Portolan이 읽지 않습니다.</translation>
    </message>
    <message>
        <source>ct %1 %2</source>
        <translation>ct %1 %2</translation>
    </message>
    <message>
        <source>the match %1 is not one Portolan reads.</source>
        <translation>일치 %1은(는) Portolan이 읽지 않습니다.</translation>
    </message>
    <message>
        <source>after %1 (return)</source>
        <translation>%1 이후 (return)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다 (바이트 0x%1). 변경 요청이나 규칙 세트가 아닙니다.</translation>
    </message>
    <message>
        <source>the file holds binary data (byte 0x%1); it is not a change request or a rule set.</source>
        <translation>파일에 바이너리 데이터가 있습니다 (바이트 0x%1). 변경 요청이나 규칙 세트가 아닙니다.</translation>
    </message>
    <message>
        <source>the quoted text that starts here does not end on its line.</source>
        <translation>여기서 시작하는 따옴표 텍스트가 같은 행에서 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>변경 요청</translation>
    </message>
    <message>
        <source>iptables-save rule set</source>
        <translation>iptables-save 규칙 세트</translation>
    </message>
    <message>
        <source>nftables rule set (nft -j list ruleset)</source>
        <translation>nftables 규칙 세트 (nft -j list ruleset)</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco ASA 구성</translation>
    </message>
    <message>
        <source>this is an nftables script (nft -f); review the rule set as the firewall holds it: the output of &quot;nft -j list ruleset&quot;.</source>
        <translation>이것은 nftables 스크립트(nft -f)입니다. 방화벽이 실제로 보유한 규칙 세트, 즉 &quot;nft -j list ruleset&quot;의 출력을 검토하십시오.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>no host of the design has the id or name &quot;%1&quot;</source>
        <translation>설계에 id나 이름이 &quot;%1&quot;인 호스트가 없습니다</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; is not a zone of the design.</source>
        <translation>영역 &quot;%1&quot;은(는) 설계의 영역이 아닙니다.</translation>
    </message>
    <message>
        <source>the zone &quot;%1&quot; has no host</source>
        <translation>영역 &quot;%1&quot;에 호스트가 없습니다</translation>
    </message>
    <message>
        <source>every host of the design with an address lies in %1</source>
        <translation>주소가 있는 설계의 모든 호스트가 %1에 있습니다</translation>
    </message>
    <message>
        <source>no host of the design has the address %1</source>
        <translation>설계에 주소가 %1인 호스트가 없습니다</translation>
    </message>
    <message>
        <source>no host of the design has an address in %1</source>
        <translation>설계에 %1 안의 주소를 가진 호스트가 없습니다</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>호스트 없음</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>호스트 %1개</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%2에서 %3(으)로 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any port (65,535 ports)</source>
        <translation>모든 포트 (65,535개 포트)</translation>
    </message>
    <message>
        <source>%1 (%2 ports)</source>
        <translation>%1 (포트 %2개)</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>포트 %1개</translation>
    </message>
    <message>
        <source>Unknown: the source &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>알 수 없음: 출발지 &quot;%1&quot;이(가) 설계의 어떤 호스트도 포함하지 않습니다: %2.</translation>
    </message>
    <message>
        <source>Unknown: the destination &quot;%1&quot; covers no host of the design: %2.</source>
        <translation>알 수 없음: 목적지 &quot;%1&quot;이(가) 설계의 어떤 호스트도 포함하지 않습니다: %2.</translation>
    </message>
    <message>
        <source>Not required: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>불필요: 설계의 서로 다른 호스트 쌍을 하나도 포함하지 않습니다 (출발지 %1, 목적지 %2).</translation>
    </message>
    <message>
        <source>Consistent: it covers no pair of different hosts of the design (sources %1, destinations %2).</source>
        <translation>일관됨: 설계의 서로 다른 호스트 쌍을 하나도 포함하지 않습니다 (출발지 %1, 목적지 %2).</translation>
    </message>
    <message>
        <source>Shadowed: every packet it matches is already decided by %1 before it, so it never applies.</source>
        <translation>가려짐: 일치하는 모든 패킷이 이미 앞의 %1에서 결정되므로 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Forbidden: it opens %1, which %2 forbids (%3).</source>
        <translation>금지: %2이(가) 금지하는 %1을(를) 엽니다 (%3).</translation>
    </message>
    <message>
        <source>In all %1 forbidden tuple(s), by %2.</source>
        <translation>금지된 튜플 총 %1개, %2에 의함.</translation>
    </message>
    <message>
        <source>Not required: no flow of the design needs what it opens (%1 tuple(s)).</source>
        <translation>불필요: 설계의 어떤 플로우도 이 규칙이 여는 것을 필요로 하지 않습니다 (튜플 %1개).</translation>
    </message>
    <message>
        <source>Required: every tuple it opens is a flow of the design, by %1.</source>
        <translation>필수: 여는 모든 튜플이 설계의 플로우입니다 (%1에 의함).</translation>
    </message>
    <message>
        <source>Partly required: it covers %1 tuple(s) the design needs, by %2, and opens %3 tuple(s) more than the design needs.</source>
        <translation>일부 필수: 설계에 필요한 튜플 %1개를 포함하지만(%2에 의함), 설계에 필요한 것보다 튜플 %3개를 더 엽니다.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>외 다수</translation>
    </message>
    <message>
        <source>Excess: %1.</source>
        <translation>초과: %1.</translation>
    </message>
    <message>
        <source>Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.</source>
        <translation>충돌: 설계에 필요한 플로우의 튜플 %1개를 차단합니다 (%2에 의함).</translation>
    </message>
    <message>
        <source>Consistent: it blocks no flow the design needs.</source>
        <translation>일관됨: 설계에 필요한 플로우를 차단하지 않습니다.</translation>
    </message>
    <message>
        <source>The design forbids the same by %1.</source>
        <translation>설계도 %1에 의해 같은 것을 금지합니다.</translation>
    </message>
    <message>
        <source>It also requires %1, which the review does not weigh: it is reviewed as if it matched every such tuple, and it hides no later rule.</source>
        <translation>또한 %1을(를) 요구하는데, 검토에서는 이를 고려하지 않습니다. 해당하는 모든 튜플과 일치하는 것으로 간주하여 검토하며, 뒤의 규칙을 가리지 않습니다.</translation>
    </message>
    <message>
        <source>It matches source ports %1 only.</source>
        <translation>출발지 포트 %1만 일치시킵니다.</translation>
    </message>
    <message>
        <source>Reached %1.</source>
        <translation>도달 경로: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Reviewed by</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Approved by (change board)</source>
        <translation>승인자 (변경 위원회)</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>구현자</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>조건부 승인</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Conditions and comments:</source>
        <translation>조건 및 의견:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Firewall audit: %1 against %2</source>
        <translation>방화벽 감사: %2 대비 %1</translation>
    </message>
    <message>
        <source>Change request review: %1 against %2</source>
        <translation>변경 요청 검토: %2 대비 %1</translation>
    </message>
    <message>
        <source>FIREWALL AUDIT</source>
        <translation>방화벽 감사</translation>
    </message>
    <message>
        <source>CHANGE REQUEST REVIEW</source>
        <translation>변경 요청 검토</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>작성 도구</translation>
    </message>
    <message>
        <source>- (design JSON)</source>
        <translation>- (설계 JSON)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor document.</source>
        <translation>Portolan %1: 제품 카탈로그가 도출한 플로우에 따른 판정이며, 각 판정은 해당 벤더 문서를 인용합니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Every allow request is required by the design and nothing the design needs is missing.</source>
        <translation>모든 허용 요청이 설계에 필수이며, 설계에 필요한 것 중 누락된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Some requests are not required as they stand, or flows the design needs are missing: each row below says why.</source>
        <translation>일부 요청은 현재 상태로는 필수가 아니거나, 설계에 필요한 플로우가 누락되었습니다. 아래 각 행에 이유가 있습니다.</translation>
    </message>
    <message>
        <source>Reviewed as a firewall&apos;s whole rule set: the flows of the design that cross the zones it covers (%1) and that no rule allows are listed as missing.</source>
        <translation>방화벽의 전체 규칙 세트로 검토했습니다. 이 규칙 세트가 담당하는 영역(%1)을 통과하면서 어떤 규칙도 허용하지 않는 설계의 플로우는 누락으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Verdicts: required (the design derives every tuple it opens), partly-required (some, and opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the catalog forbids part of it), unknown (a side names no host of the design); for a block, conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule already decides everything it matches.</source>
        <translation>판정: 필수(설계가 여는 모든 튜플을 도출함), 일부 필수(일부를 도출하고 더 많이 엶: 초과분), 불필요(하나도 도출하지 않음), 금지(카탈로그의 차단 행이나 단방향 규칙이 일부를 금지함), 알 수 없음(한쪽이 설계의 어떤 호스트도 지정하지 않음). 차단의 경우 충돌(설계에 필요한 플로우를 드롭함) 또는 일관됨. 가려짐: 앞의 규칙이 이미 일치하는 모든 것을 결정함.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청 내용</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Flows of the design and their references</source>
        <translation>설계의 플로우와 참고 자료</translation>
    </message>
    <message>
        <source>Excess and forbidden</source>
        <translation>초과 및 금지</translation>
    </message>
    <message>
        <source>%1 -&gt; %2
%3 %4, %5</source>
        <translation>%1 -&gt; %2
%3 %4, %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>의견: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Excess (%1 tuples):
%2</source>
        <translation>초과 (튜플 %1개):
%2</translation>
    </message>
    <message>
        <source>Forbidden:
%1</source>
        <translation>금지:
%1</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>파일에 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Rules (continued)</source>
        <translation>규칙 (계속)</translation>
    </message>
    <message>
        <source>Requests (continued)</source>
        <translation>요청 (계속)</translation>
    </message>
    <message>
        <source>Missing flows</source>
        <translation>누락된 플로우</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>담당 영역을 통과하는 설계의 모든 플로우가 허용됩니다.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows: the firewall drops them.</source>
        <translation>어떤 규칙도 허용하지 않는 설계의 플로우: 방화벽이 드롭합니다.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참고 자료</translation>
    </message>
    <message>
        <source>Missing flows (continued)</source>
        <translation>누락된 플로우 (계속)</translation>
    </message>
    <message>
        <source>, design revision %1</source>
        <translation>, 설계 리비전 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 (%2 hosts)</source>
        <translation>%1 (호스트 %2개)</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>호스트 %1개</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3</source>
        <translation>%1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>포트 %1개</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> (%1 tuples in all)</source>
        <translation> (총 튜플 %1개)</translation>
    </message>
    <message>
        <source>No rule allows this flow of the design: %1 (%2).</source>
        <translation>어떤 규칙도 설계의 이 플로우를 허용하지 않습니다: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RuleSetDelta</name>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message numerus="yes">
        <source>the %1 design has %n host(s) without an address (%2); a rule set delta needs every address a rule uses</source>
        <translation>
            <numerusform>%1 설계에 주소가 없는 호스트가 %n개 있습니다 (%2). 규칙 세트 델타에는 규칙이 사용하는 모든 주소가 필요합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delta: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1 델타: &quot;%2&quot; -&gt; &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 from the product catalog; each line names its catalog rule and the design changes that cause it.</source>
        <translation>Portolan %1이(가) 제품 카탈로그에서 생성했습니다. 각 행에는 해당 카탈로그 규칙과 그 원인인 설계 변경이 적혀 있습니다.</translation>
    </message>
    <message>
        <source>No design change.</source>
        <translation>설계 변경 없음.</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>설계 변경:</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed.</source>
        <translation>플로우: %1개 추가, %2개 제거, %3개 변경. 점검 결과: %4개 추가, %5개 제거.</translation>
    </message>
    <message>
        <source>old</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새</translation>
    </message>
    <message>
        <source>unchanged: deleted and appended again to keep the order of the new rule set</source>
        <translation>변경 없음: 새 규칙 세트의 순서를 유지하기 위해 삭제 후 다시 추가</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>규칙 %1: %2</translation>
    </message>
    <message>
        <source>the chain %1 %2: %3</source>
        <translation>체인 %1 %2: %3</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>the zone&apos;s own subnets return: %1</source>
        <translation>영역 자체 서브넷이 돌아옴: %1</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>Apply with: iptables-restore --noflush FILE, on a firewall loaded from the old design&apos;s iptables export; it then holds exactly the new design&apos;s export. IPv6 rules are not part of it.</source>
        <translation>적용: 이전 설계의 iptables 내보내기로 로드된 방화벽에서 iptables-restore --noflush FILE을 실행하면, 새 설계의 내보내기와 정확히 같아집니다. IPv6 규칙은 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>a new chain for a zone pair or zone</source>
        <translation>영역 쌍 또는 영역의 새 체인</translation>
    </message>
    <message>
        <source>the chain is no longer used</source>
        <translation>더 이상 사용하지 않는 체인</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Apply in configuration mode on a firewall configured from the old design&apos;s ASA export. New permits are appended to their interface list; new blocks go before the global list&apos;s final deny. Remarks are not changed.</source>
        <translation>이전 설계의 ASA 내보내기로 구성된 방화벽에서 구성 모드로 적용하십시오. 새 permit은 해당 인터페이스 리스트 끝에 추가되고, 새 차단은 전역 리스트의 최종 deny 앞에 들어갑니다. remark는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>new address group %1: %2</source>
        <translation>새 주소 그룹 %1: %2</translation>
    </message>
    <message>
        <source>address group %1 gains members: %2</source>
        <translation>주소 그룹 %1에 멤버 추가: %2</translation>
    </message>
    <message>
        <source>the final deny goes after the new blocks</source>
        <translation>최종 deny를 새 차단 뒤로 이동</translation>
    </message>
    <message>
        <source>the final deny, last again</source>
        <translation>최종 deny, 다시 마지막으로</translation>
    </message>
    <message>
        <source>address group %1 loses members: %2</source>
        <translation>주소 그룹 %1에서 멤버 제거: %2</translation>
    </message>
    <message>
        <source>address group %1 is no longer used: %2</source>
        <translation>주소 그룹 %1은(는) 더 이상 사용하지 않음: %2</translation>
    </message>
    <message>
        <source>a new access list: check the interface name before binding it, as the export does</source>
        <translation>새 액세스 리스트: 내보내기와 마찬가지로 바인딩 전에 인터페이스 이름을 확인하십시오</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>No rule changes.</source>
        <translation>규칙 변경 없음.</translation>
    </message>
    <message>
        <source>%1: %2 rule(s) added, %3 removed</source>
        <translation>%1: 규칙 %2개 추가, %3개 제거</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>The whole new table follows: nft -f FILE replaces the table inet portolan in one step.</source>
        <translation>이어서 새 테이블 전체가 나옵니다: nft -f FILE은 table inet portolan을 한 번에 교체합니다.</translation>
    </message>
</context>
<context>
    <name>RuleSetPlan</name>
    <message>
        <source>Hosts without a zone</source>
        <translation>영역이 없는 호스트</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4 (%5): the addresses are of different families</source>
        <translation>%1 -&gt; %2 %3 %4 (%5): 주소 체계가 서로 다릅니다</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 %4</source>
        <translation>%1 -&gt; %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without an address: %1. Give them addresses, or export with placeholders (--placeholders).</source>
        <translation>
            <numerusform>주소가 없는 호스트 %n개: %1. 주소를 지정하거나 자리 표시자를 사용해 내보내십시오 (--placeholders).</numerusform>
        </translation>
    </message>
    <message>
        <source>any host outside the zone</source>
        <translation>영역 외부의 모든 호스트</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 [%4]</source>
        <translation>%1 -&gt; %2: %3 [%4]</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>; %1 참조</translation>
    </message>
    <message>
        <source> [PLACEHOLDER address: %1]</source>
        <translation> [PLACEHOLDER 주소: %1]</translation>
    </message>
    <message>
        <source>%1 for the design &quot;%2&quot;</source>
        <translation>설계 &quot;%2&quot;의 %1</translation>
    </message>
    <message>
        <source>Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.</source>
        <translation>Portolan %1이(가) %2에 제품 카탈로그에서 생성했습니다. 각 규칙은 해당 벤더 문서를 인용합니다.</translation>
    </message>
    <message>
        <source>One section per zone pair: source zone -&gt; destination zone, one firewall.</source>
        <translation>영역 쌍마다 한 섹션: 출발지 영역 -&gt; 목적지 영역, 방화벽 하나.</translation>
    </message>
    <message>
        <source>Allow rules of every zone pair come first, then the block rows of each destination zone,</source>
        <translation>모든 영역 쌍의 허용 규칙이 먼저 오고, 그다음 각 목적지 영역의 차단 행이 옵니다.</translation>
    </message>
    <message>
        <source>which match any source outside that zone; the allowed exceptions precede them.</source>
        <translation>차단 행은 그 영역 외부의 모든 출발지와 일치하며, 허용된 예외가 그 앞에 옵니다.</translation>
    </message>
    <message>
        <source>Replies of allowed connections pass (established, related); everything else is dropped.</source>
        <translation>허용된 연결의 응답은 통과하고(established, related), 그 밖의 모든 트래픽은 드롭됩니다.</translation>
    </message>
    <message>
        <source>Flows within one zone cross no firewall; they are included on request.</source>
        <translation>같은 영역 내 플로우는 방화벽을 통과하지 않으며, 요청 시 포함됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) within one zone cross no firewall and are left out.</source>
        <translation>
            <numerusform>같은 영역 내 플로우 %n개는 방화벽을 통과하지 않으므로 제외됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>제외됨: %1</translation>
    </message>
    <message>
        <source>Address groups (hosts that share the same flows):</source>
        <translation>주소 그룹 (같은 플로우를 공유하는 호스트):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder</source>
        <translation>PLACEHOLDER(자리 표시자): 이 호스트들은 설계에 주소가 없습니다. 적용하기 전에 각 자리 표시자</translation>
    </message>
    <message>
        <source>address (documentation range, RFC 5737) with the real one before applying:</source>
        <translation>주소(문서용 범위, RFC 5737)를 실제 주소로 바꾸십시오:</translation>
    </message>
    <message>
        <source>  %1 = %2  address of %3</source>
        <translation>  %1 = %2  %3의 주소</translation>
    </message>
    <message>
        <source>%1 for an untitled design</source>
        <translation>제목 없는 설계의 %1</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>line %1 of the rule set would hold the control character U+%2; nothing was written</source>
        <translation>규칙 세트의 %1행에 제어 문자 U+%2이(가) 들어가게 되므로, 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 against revision %3</source>
        <translation>%1이(가) %2에 리비전 %3에 대해 승인함</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2 against revision %3</source>
        <translation>%1이(가) %2에 리비전 %3에 대해 반려함</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-off %1 of revision %2 is unreadable</source>
        <translation>리비전 %2의 결재 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>리비전 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.hardware-poll</name>
    <message>
        <source>ClearSCADA partner hardware status poll</source>
        <translation>ClearSCADA 파트너 하드웨어 상태 폴링</translation>
    </message>
    <message>
        <source>One way: the DMZ permanent standby never connects or polls back.</source>
        <translation>단방향: DMZ 상시 대기 서버는 접속하거나 역으로 폴링하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.main-count</name>
    <message>
        <source>The ClearSCADA redundant system of {members} has {count} main servers; it needs exactly one.</source>
        <translation>{members}의 ClearSCADA 이중화 시스템에 메인 서버가 {count}대 있습니다. 정확히 한 대여야 합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.partner</name>
    <message>
        <source>ClearSCADA server link</source>
        <translation>ClearSCADA 서버 링크</translation>
    </message>
    <message>
        <source>Synchronisation from the main, proxied controls from a standby, partner status checks.</source>
        <translation>메인에서의 동기화, 대기 서버에서 프록시된 제어, 파트너 상태 확인.</translation>
    </message>
</context>
<context>
    <name>catalog:clearscada.port-mismatch</name>
    <message>
        <source>The ClearSCADA servers {members} form one redundant system but use different incoming ports ({values}).</source>
        <translation>ClearSCADA 서버 {members}은(는) 하나의 이중화 시스템을 이루지만 서로 다른 수신 포트({values})를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:database-client+sms-server</name>
    <message>
        <source>An external system reads the SMS database.</source>
        <translation>외부 시스템이 SMS 데이터베이스를 읽습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+ips</name>
    <message>
        <source>The two devices form a transparent high-availability (TRHA) pair.</source>
        <translation>두 장치가 투명 고가용성(TRHA) 쌍을 이룹니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:ips+sflow-collector</name>
    <message>
        <source>The device sends sFlow samples to this collector.</source>
        <translation>장치가 이 수집기로 sFlow 샘플을 보냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>PowerChute 에이전트가 UPS의 Network Management Card에 등록되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-client+sms-server</name>
    <message>
        <source>An administrator manages the SMS with the SMS client.</source>
        <translation>관리자가 SMS 클라이언트로 SMS를 관리합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dd-analyzer</name>
    <message>
        <source>The SMS sends URLs to the Deep Discovery Analyzer.</source>
        <translation>SMS가 Deep Discovery Analyzer로 URL을 보냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+dns-server</name>
    <message>
        <source>The SMS resolves names with this server.</source>
        <translation>SMS가 이 서버로 이름을 확인합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+external-host</name>
    <message>
        <source>Active Response triggers URLs and lookups on this host.</source>
        <translation>Active Response가 이 호스트에 대해 URL 호출과 조회를 실행합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+file-server</name>
    <message>
        <source>The SMS exports reports and database backups to this file server.</source>
        <translation>SMS가 이 파일 서버로 보고서와 데이터베이스 백업을 내보냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+identity-agent</name>
    <message>
        <source>The SMS polls the Identity Agent for user-to-IP correlation.</source>
        <translation>SMS가 사용자-IP 연관 정보를 얻기 위해 Identity Agent를 폴링합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ip2id-server</name>
    <message>
        <source>The SMS takes IP-to-identity correlation from IDsentrie on an A10 device.</source>
        <translation>SMS가 A10 장치의 IDsentrie에서 IP-ID 연관 정보를 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ips</name>
    <message>
        <source>The SMS manages the TippingPoint device.</source>
        <translation>SMS가 TippingPoint 장치를 관리합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ldap-server</name>
    <message>
        <source>The SMS authenticates users against Active Directory.</source>
        <translation>SMS가 Active Directory로 사용자를 인증합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+mail-server</name>
    <message>
        <source>The SMS sends e-mail notifications and Active Response e-mails.</source>
        <translation>SMS가 이메일 알림과 Active Response 이메일을 보냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+network-switch</name>
    <message>
        <source>Active Response can disconnect ports of this switch.</source>
        <translation>Active Response가 이 스위치의 포트를 차단할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+ntp-server</name>
    <message>
        <source>The SMS takes its time from this server.</source>
        <translation>SMS가 이 서버에서 시간을 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+radius-server</name>
    <message>
        <source>The SMS authenticates users with RADIUS.</source>
        <translation>SMS가 RADIUS로 사용자를 인증합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+sms-server</name>
    <message>
        <source>The two SMS servers form a high-availability pair.</source>
        <translation>두 SMS 서버가 고가용성 쌍을 이룹니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+snmp-manager</name>
    <message>
        <source>An SNMP manager queries the SMS and exchanges traps with Active Response.</source>
        <translation>SNMP 매니저가 SMS를 조회하고 Active Response와 트랩을 주고받습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+syslog-server</name>
    <message>
        <source>The SMS sends its audit log and Active Response syslog messages.</source>
        <translation>SMS가 감사 로그와 Active Response syslog 메시지를 보냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tacacs-server</name>
    <message>
        <source>The SMS authenticates users with TACACS+.</source>
        <translation>SMS가 TACACS+로 사용자를 인증합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+tmc</name>
    <message>
        <source>The SMS downloads Digital Vaccine and software updates from the TMC.</source>
        <translation>SMS가 TMC에서 Digital Vaccine과 소프트웨어 업데이트를 다운로드합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:sms-server+whois-server</name>
    <message>
        <source>The SMS performs WhoIs lookups.</source>
        <translation>SMS가 WhoIs 조회를 수행합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:snmp-manager+vos-module</name>
    <message>
        <source>The SNMP manager queries the module.</source>
        <translation>SNMP 매니저가 모듈을 조회합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+dns-server</name>
    <message>
        <source>The module resolves names with this server.</source>
        <translation>모듈이 이 서버로 이름을 확인합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+file-server</name>
    <message>
        <source>The module copies files with sftp and scp.</source>
        <translation>모듈이 sftp와 scp로 파일을 복사합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+mq-server</name>
    <message>
        <source>Applications on the module talk to an MQSeries server.</source>
        <translation>모듈의 애플리케이션이 MQSeries 서버와 통신합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+nio</name>
    <message>
        <source>The NIO blade handles X.25 for the module.</source>
        <translation>NIO 블레이드가 모듈의 X.25를 처리합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+ntp-server</name>
    <message>
        <source>The module takes its time from this server.</source>
        <translation>모듈이 이 서버에서 시간을 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+radius-server</name>
    <message>
        <source>The module checks external passwords with RADIUS.</source>
        <translation>모듈이 RADIUS로 외부 비밀번호를 확인합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:vos-module+vos-module</name>
    <message>
        <source>The modules share files and devices (OSL within a system, OSN between bridge modules).</source>
        <translation>모듈들이 파일과 장치를 공유합니다 (시스템 내에서는 OSL, 브리지 모듈 간에는 OSN).</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+pcns</name>
    <message>
        <source>An administrator uses the PowerChute web interface.</source>
        <translation>관리자가 PowerChute 웹 인터페이스를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:link:workstation+vos-module</name>
    <message>
        <source>A user logs in to the module or transfers files.</source>
        <translation>사용자가 모듈에 로그인하거나 파일을 전송합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.aix-tls</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; runs on AIX, where its web interface also accepts TLS 1.1 (deprecated).</source>
        <translation>PowerChute 에이전트 &quot;{id}&quot;은(는) AIX에서 실행되며, 이 경우 웹 인터페이스가 TLS 1.1(사용 중단됨)도 허용합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-http</name>
    <message>
        <source>NMC &quot;{id}&quot; registers PowerChute agents over HTTP, authenticated with MD5; prefer HTTPS.</source>
        <translation>NMC &quot;{id}&quot;은(는) MD5로 인증되는 HTTP로 PowerChute 에이전트를 등록합니다. HTTPS를 권장합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>NMC &quot;{id}&quot;: 등록 포트 {port}은(는) 허용되지 않습니다. 80, 443 또는 5000부터 32768까지의 포트를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.nmc-status</name>
    <message>
        <source>NMC status packet every 25 s and MACONFIG packet every 100 s</source>
        <translation>NMC 상태 패킷 25초마다, MACONFIG 패킷 100초마다</translation>
    </message>
    <message>
        <source>MD5-authenticated; no packet is sent until a PowerChute agent is registered.</source>
        <translation>MD5로 인증됩니다. PowerChute 에이전트가 등록되기 전에는 패킷을 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.no-nmc</name>
    <message>
        <source>PowerChute agent &quot;{id}&quot; is linked to no NMC: it will never receive a shutdown signal.</source>
        <translation>PowerChute 에이전트 &quot;{id}&quot;이(가) 어떤 NMC와도 링크되어 있지 않아 종료 신호를 받지 못합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>PowerChute 등록 및 설정 확인</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>HTTP 등록은 MD5로 인증됩니다. HTTPS를 권장합니다.</translation>
    </message>
    <message>
        <source>HTTPS registration.</source>
        <translation>HTTPS 등록.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-redirect</name>
    <message>
        <source>PowerChute web interface (redirects to TLS on 6547)</source>
        <translation>PowerChute 웹 인터페이스 (6547의 TLS로 리디렉션)</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.web-ui</name>
    <message>
        <source>PowerChute web interface over TLS</source>
        <translation>TLS를 통한 PowerChute 웹 인터페이스</translation>
    </message>
    <message>
        <source>TLS 1.3, accepts TLS 1.2.</source>
        <translation>TLS 1.3, TLS 1.2도 허용.</translation>
    </message>
    <message>
        <source>On AIX TLS 1.1 is also accepted (deprecated).</source>
        <translation>AIX에서는 TLS 1.1(사용 중단됨)도 허용됩니다.</translation>
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
        <translation>APC PowerChute Network Shutdown 및 UPS NMC</translation>
    </message>
</context>
<context>
    <name>catalog:product:shared</name>
    <message>
        <source>Shared infrastructure</source>
        <translation>공용 인프라</translation>
    </message>
</context>
<context>
    <name>catalog:product:tippingpoint</name>
    <message>
        <source>Trend Micro TippingPoint SMS and IPS</source>
        <translation>Trend Micro TippingPoint SMS 및 IPS</translation>
    </message>
</context>
<context>
    <name>catalog:product:vos</name>
    <message>
        <source>Stratus VOS and STCP</source>
        <translation>Stratus VOS 및 STCP</translation>
    </message>
</context>
<context>
    <name>catalog:system:clearscada.system</name>
    <message>
        <source>ClearSCADA redundant system</source>
        <translation>ClearSCADA 이중화 시스템</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-directory</name>
    <message>
        <source>Active Directory authentication: LDAP, LDAP over SSL, ID correlation</source>
        <translation>Active Directory 인증: LDAP, LDAP over SSL, ID 연관</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-snmp</name>
    <message>
        <source>Active Response SNMP and NMS actions (traps to the manager)</source>
        <translation>Active Response SNMP 및 NMS 동작 (매니저로 트랩 전송)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-trigger</name>
    <message>
        <source>SNMP traps that trigger Active Response</source>
        <translation>Active Response를 트리거하는 SNMP 트랩</translation>
    </message>
    <message>
        <source>The seed&apos;s table lists this row from the SMS server to the NMS; its text says the traps come from the NMS to Active Response, which is the direction used here.</source>
        <translation>시드의 표에는 이 행이 SMS 서버에서 NMS 방향으로 되어 있지만, 본문에는 트랩이 NMS에서 Active Response로 온다고 되어 있으며, 여기서는 그 방향을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.active-response-url</name>
    <message>
        <source>Active Response URL triggers, IP correlation, IP or MAC lookups</source>
        <translation>Active Response URL 트리거, IP 연관, IP 또는 MAC 조회</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-https</name>
    <message>
        <source>SMS management of the device (HTTPS)</source>
        <translation>SMS의 장치 관리 (HTTPS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-ntp</name>
    <message>
        <source>NTP time synchronisation of the device from the SMS</source>
        <translation>SMS에서 장치로의 NTP 시간 동기화</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-remote-auth</name>
    <message>
        <source>SMS provision: remote authentication of device users</source>
        <translation>SMS 프로비전: 장치 사용자의 원격 인증</translation>
    </message>
    <message>
        <source>Accepts TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>TLS 1.0, 1.1, 1.2(1.0과 1.1은 사용 중단됨)를 TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384와 함께 허용합니다.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS 모드: SSLv2 형식 hello, SSLv3, TLS 1.2 없음, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384와 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 없음.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-snmp</name>
    <message>
        <source>SMS management of the device (SNMP)</source>
        <translation>SMS의 장치 관리 (SNMP)</translation>
    </message>
    <message>
        <source>Bidirectional connectivity required.</source>
        <translation>양방향 연결이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.device-traps</name>
    <message>
        <source>SNMP traps from the device to the SMS</source>
        <translation>장치에서 SMS로의 SNMP 트랩</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.dns</name>
    <message>
        <source>Name resolution</source>
        <translation>이름 확인</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.external-database</name>
    <message>
        <source>External database access</source>
        <translation>외부 데이터베이스 접근</translation>
    </message>
    <message>
        <source>The seed&apos;s From/To columns read from the SMS to any host; its purpose, external access to the SMS database, reads this way.</source>
        <translation>시드의 From/To 열에는 SMS에서 임의 호스트 방향으로 되어 있으며, 그 목적인 SMS 데이터베이스에 대한 외부 접근도 그렇게 읽힙니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.fips-mode</name>
    <message>
        <source>SMS server &quot;{id}&quot; runs in FIPS mode: it does not support SSLv2-formatted hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; clients must do without them.</source>
        <translation>SMS 서버 &quot;{id}&quot;은(는) FIPS 모드로 실행됩니다. SSLv2 형식 hello, SSLv3, TLS 1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384를 지원하지 않으므로 클라이언트는 이들 없이 동작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.identity-agent</name>
    <message>
        <source>Identity Agent: user ID to IP correlation</source>
        <translation>Identity Agent: 사용자 ID-IP 연관</translation>
    </message>
    <message>
        <source>The seed&apos;s To column reads &quot;SMS Management&quot;; its service, Identity Agent, names the destination used here.</source>
        <translation>시드의 To 열에는 &quot;SMS Management&quot;로 되어 있으며, 서비스인 Identity Agent가 여기서 사용하는 목적지를 나타냅니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ip2id</name>
    <message>
        <source>IP2ID for IDsentrie on an A10 device</source>
        <translation>A10 장치의 IDsentrie용 IP2ID</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ips-trha</name>
    <message>
        <source>Transparent high availability heartbeat over SSL (every 60 s)</source>
        <translation>SSL을 통한 투명 고가용성 하트비트 (60초마다)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.nfs</name>
    <message>
        <source>Report export and database backup over NFS</source>
        <translation>NFS를 통한 보고서 내보내기 및 데이터베이스 백업</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.ntp</name>
    <message>
        <source>Time synchronisation from an external NTP server</source>
        <translation>외부 NTP 서버로부터의 시간 동기화</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.radius</name>
    <message>
        <source>SMS user authentication (RADIUS)</source>
        <translation>SMS 사용자 인증 (RADIUS)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sflow</name>
    <message>
        <source>sFlow data from the device</source>
        <translation>장치의 sFlow 데이터</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smb</name>
    <message>
        <source>Report export and database backup over SMB (Samba)</source>
        <translation>SMB(Samba)를 통한 보고서 내보내기 및 데이터베이스 백업</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-client</name>
    <message>
        <source>SMS client: CLI (SSH), client connection, backup/restore, downloads and web services, restore</source>
        <translation>SMS 클라이언트: CLI(SSH), 클라이언트 연결, 백업/복원, 다운로드 및 웹 서비스, 복원</translation>
    </message>
    <message>
        <source>tcp 443, 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated) with TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384; tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 443, 9033, 10042는 TLS 1.0, 1.1, 1.2(1.0과 1.1은 사용 중단됨)를 TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384와 함께 허용합니다. tcp 22는 aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr, aes256-ctr을 사용하는 SSH-2입니다.</translation>
    </message>
    <message>
        <source>FIPS mode: no SSLv2-formatted hello, SSLv3 or TLS 1.2, and no TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.</source>
        <translation>FIPS 모드: SSLv2 형식 hello, SSLv3, TLS 1.2 없음, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384와 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 없음.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.sms-ha</name>
    <message>
        <source>SMS high availability: SSH, Java RMI, database replication, JMS, CLI replication</source>
        <translation>SMS 고가용성: SSH, Java RMI, 데이터베이스 복제, JMS, CLI 복제</translation>
    </message>
    <message>
        <source>tcp 9033 and 10042 accept TLS 1.0, 1.1 and 1.2 (1.0 and 1.1 are deprecated); tcp 22 is SSH-2 with aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr and aes256-ctr.</source>
        <translation>tcp 9033과 10042는 TLS 1.0, 1.1, 1.2(1.0과 1.1은 사용 중단됨)를 허용합니다. tcp 22는 aes128-gcm, aes256-gcm, aes128-ctr, aes192-ctr, aes256-ctr을 사용하는 SSH-2입니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.smtp</name>
    <message>
        <source>E-mail notifications and Active Response e-mail action</source>
        <translation>이메일 알림 및 Active Response 이메일 동작</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.snmp-mib</name>
    <message>
        <source>SNMP queries of the SMS MIBs</source>
        <translation>SMS MIB에 대한 SNMP 조회</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.switch-disconnect</name>
    <message>
        <source>RADIUS proxy for the Active Response switch disconnect action</source>
        <translation>Active Response 스위치 연결 해제 동작을 위한 RADIUS 프록시</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.syslog</name>
    <message>
        <source>SMS audit and Active Response syslog action</source>
        <translation>SMS 감사 및 Active Response syslog 동작</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tacacs</name>
    <message>
        <source>SMS user authentication (TACACS+)</source>
        <translation>SMS 사용자 인증 (TACACS+)</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tls-deprecated</name>
    <message>
        <source>SMS server &quot;{id}&quot; accepts TLS 1.0 and 1.1 on tcp 443, 9033, 10042 and 10043; both are deprecated.</source>
        <translation>SMS 서버 &quot;{id}&quot;은(는) tcp 443, 9033, 10042, 10043에서 TLS 1.0과 1.1을 허용합니다. 둘 다 사용 중단되었습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.tmc-updates</name>
    <message>
        <source>Digital Vaccine and software updates from the TMC</source>
        <translation>TMC에서 받는 Digital Vaccine 및 소프트웨어 업데이트</translation>
    </message>
    <message>
        <source>443 is the default for new SMS installations.</source>
        <translation>새 SMS 설치의 기본값은 443입니다.</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.url-analysis</name>
    <message>
        <source>URL threat analysis</source>
        <translation>URL 위협 분석</translation>
    </message>
</context>
<context>
    <name>catalog:tippingpoint.whois</name>
    <message>
        <source>WhoIs lookups</source>
        <translation>WhoIs 조회</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-dmz-standby</name>
    <message>
        <source>ClearSCADA DMZ permanent standby server</source>
        <translation>ClearSCADA DMZ 상시 대기 서버</translation>
    </message>
    <message>
        <source>A permanent standby in the DMZ: receives data from the main and never connects back to it.</source>
        <translation>DMZ의 상시 대기 서버: 메인에서 데이터를 받으며 메인으로는 접속하지 않습니다.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>서버 수신 포트</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-main</name>
    <message>
        <source>ClearSCADA main server</source>
        <translation>ClearSCADA 메인 서버</translation>
    </message>
    <message>
        <source>The server that is main in a ClearSCADA redundant system (hot standby, triple standby).</source>
        <translation>ClearSCADA 이중화 시스템(hot standby, triple standby)에서 메인인 서버.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>서버 수신 포트</translation>
    </message>
    <message>
        <source>Global Parameters &gt; Advanced in the Server Configuration; every server of a system must use the same port.</source>
        <translation>Server Configuration의 Global Parameters &gt; Advanced. 시스템의 모든 서버가 같은 포트를 사용해야 합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-permanent-standby</name>
    <message>
        <source>ClearSCADA permanent standby server</source>
        <translation>ClearSCADA 상시 대기 서버</translation>
    </message>
    <message>
        <source>A permanent standby server: stays in sync but never becomes main.</source>
        <translation>상시 대기 서버: 동기화를 유지하지만 메인이 되지는 않습니다.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>서버 수신 포트</translation>
    </message>
</context>
<context>
    <name>catalog:type:clearscada-standby</name>
    <message>
        <source>ClearSCADA standby server</source>
        <translation>ClearSCADA 대기 서버</translation>
    </message>
    <message>
        <source>A standby server: takes over as main, and proxies controls to the main.</source>
        <translation>대기 서버: 메인 역할을 인계받으며, 제어를 메인으로 프록시합니다.</translation>
    </message>
    <message>
        <source>Server incoming port</source>
        <translation>서버 수신 포트</translation>
    </message>
</context>
<context>
    <name>catalog:type:database-client</name>
    <message>
        <source>Database client</source>
        <translation>데이터베이스 클라이언트</translation>
    </message>
    <message>
        <source>An external system that reads a product&apos;s database.</source>
        <translation>제품의 데이터베이스를 읽는 외부 시스템.</translation>
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
        <translation>URL과 파일을 분석하는 Trend Micro의 샌드박스.</translation>
    </message>
</context>
<context>
    <name>catalog:type:dns-server</name>
    <message>
        <source>DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>A name server.</source>
        <translation>네임 서버.</translation>
    </message>
</context>
<context>
    <name>catalog:type:external-host</name>
    <message>
        <source>External host</source>
        <translation>외부 호스트</translation>
    </message>
    <message>
        <source>A host that Active Response reaches by URL.</source>
        <translation>Active Response가 URL로 접근하는 호스트.</translation>
    </message>
</context>
<context>
    <name>catalog:type:file-server</name>
    <message>
        <source>File server</source>
        <translation>파일 서버</translation>
    </message>
    <message>
        <source>An NFS, SMB or SFTP file server.</source>
        <translation>NFS, SMB 또는 SFTP 파일 서버.</translation>
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
        <translation>도메인 컨트롤러에서 사용자 로그인을 수집하는 Trend Micro의 에이전트. SMS가 이를 폴링하여 사용자와 IP 주소를 연관시킵니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ip2id-server</name>
    <message>
        <source>IP2ID server (A10 IDsentrie)</source>
        <translation>IP2ID 서버 (A10 IDsentrie)</translation>
    </message>
    <message>
        <source>An A10 Networks device running IDsentrie, which maps IP addresses to user identities for the SMS.</source>
        <translation>IDsentrie를 실행하는 A10 Networks 장치로, SMS를 위해 IP 주소를 사용자 ID에 매핑합니다.</translation>
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
        <translation>SMS가 관리하는 TippingPoint 침입 방지 장치.</translation>
    </message>
    <message>
        <source>Time from the SMS (NTP)</source>
        <translation>SMS에서 시간 동기화 (NTP)</translation>
    </message>
    <message>
        <source>The device takes its time from the SMS over NTP.</source>
        <translation>장치가 NTP로 SMS에서 시간을 가져옵니다.</translation>
    </message>
    <message>
        <source>Remote authentication</source>
        <translation>원격 인증</translation>
    </message>
    <message>
        <source>The device authenticates users through the SMS (SMS provision, tcp 10043).</source>
        <translation>장치가 SMS를 통해 사용자를 인증합니다 (SMS 프로비전, tcp 10043).</translation>
    </message>
</context>
<context>
    <name>catalog:type:ldap-server</name>
    <message>
        <source>Active Directory (LDAP) server</source>
        <translation>Active Directory (LDAP) 서버</translation>
    </message>
    <message>
        <source>An Active Directory domain controller.</source>
        <translation>Active Directory 도메인 컨트롤러.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mail-server</name>
    <message>
        <source>Mail server</source>
        <translation>메일 서버</translation>
    </message>
    <message>
        <source>An SMTP relay.</source>
        <translation>SMTP 릴레이.</translation>
    </message>
</context>
<context>
    <name>catalog:type:mq-server</name>
    <message>
        <source>MQSeries server</source>
        <translation>MQSeries 서버</translation>
    </message>
    <message>
        <source>An IBM MQ queue manager.</source>
        <translation>IBM MQ 큐 관리자.</translation>
    </message>
</context>
<context>
    <name>catalog:type:network-switch</name>
    <message>
        <source>Network switch</source>
        <translation>네트워크 스위치</translation>
    </message>
    <message>
        <source>A switch whose ports Active Response can disconnect (RADIUS).</source>
        <translation>Active Response가 포트 연결을 해제할 수 있는 스위치 (RADIUS).</translation>
    </message>
</context>
<context>
    <name>catalog:type:nio</name>
    <message>
        <source>Stratus NIO blade</source>
        <translation>Stratus NIO 블레이드</translation>
    </message>
    <message>
        <source>A V-series network I/O blade that handles X.25 for its module.</source>
        <translation>모듈의 X.25를 처리하는 V 시리즈 네트워크 I/O 블레이드.</translation>
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
        <translation>APC UPS의 네트워크 카드. 등록된 PowerChute 에이전트에 호스트를 종료할 시점을 알립니다.</translation>
    </message>
    <message>
        <source>Registration protocol</source>
        <translation>등록 프로토콜</translation>
    </message>
    <message>
        <source>How PowerChute agents register with the card. Newer NMC firmware defaults to HTTPS.</source>
        <translation>PowerChute 에이전트가 카드에 등록하는 방식. 최신 NMC 펌웨어의 기본값은 HTTPS입니다.</translation>
    </message>
    <message>
        <source>Registration port</source>
        <translation>등록 포트</translation>
    </message>
    <message>
        <source>80 for HTTP or 443 for HTTPS; any other port must be from 5000 to 32768.</source>
        <translation>HTTP는 80, HTTPS는 443. 그 밖의 포트는 5000부터 32768까지여야 합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:ntp-server</name>
    <message>
        <source>NTP server</source>
        <translation>NTP 서버</translation>
    </message>
    <message>
        <source>A network time source.</source>
        <translation>네트워크 시간 소스.</translation>
    </message>
</context>
<context>
    <name>catalog:type:pcns</name>
    <message>
        <source>PowerChute Network Shutdown agent</source>
        <translation>PowerChute Network Shutdown 에이전트</translation>
    </message>
    <message>
        <source>PowerChute Network Shutdown 4.x/5.x: shuts a server down gracefully when its UPS reports a power event.</source>
        <translation>PowerChute Network Shutdown 4.x/5.x: UPS가 전원 이벤트를 보고하면 서버를 정상 종료합니다.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>On AIX the web interface also accepts TLS 1.1.</source>
        <translation>AIX에서는 웹 인터페이스가 TLS 1.1도 허용합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:radius-server</name>
    <message>
        <source>RADIUS server</source>
        <translation>RADIUS 서버</translation>
    </message>
    <message>
        <source>A RADIUS authentication server.</source>
        <translation>RADIUS 인증 서버.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sflow-collector</name>
    <message>
        <source>sFlow collector</source>
        <translation>sFlow 수집기</translation>
    </message>
    <message>
        <source>A server that collects sFlow samples.</source>
        <translation>sFlow 샘플을 수집하는 서버.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-client</name>
    <message>
        <source>TippingPoint SMS client</source>
        <translation>TippingPoint SMS 클라이언트</translation>
    </message>
    <message>
        <source>An administrator PC running the SMS client and a browser.</source>
        <translation>SMS 클라이언트와 브라우저를 실행하는 관리자 PC.</translation>
    </message>
</context>
<context>
    <name>catalog:type:sms-server</name>
    <message>
        <source>TippingPoint SMS server</source>
        <translation>TippingPoint SMS 서버</translation>
    </message>
    <message>
        <source>The Security Management System server that manages TippingPoint IPS, TPS and NGFW devices.</source>
        <translation>TippingPoint IPS, TPS, NGFW 장치를 관리하는 Security Management System 서버.</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>FIPS 모드</translation>
    </message>
    <message>
        <source>In FIPS mode the SMS drops SSLv2-formatted hello, SSLv3, TLS 1.2 and two ECDHE ciphers.</source>
        <translation>FIPS 모드에서 SMS는 SSLv2 형식 hello, SSLv3, TLS 1.2 및 ECDHE 암호 두 개를 제외합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:snmp-manager</name>
    <message>
        <source>SNMP manager</source>
        <translation>SNMP 매니저</translation>
    </message>
    <message>
        <source>A network management station that polls SNMP agents and receives traps.</source>
        <translation>SNMP 에이전트를 폴링하고 트랩을 수신하는 네트워크 관리 스테이션.</translation>
    </message>
</context>
<context>
    <name>catalog:type:syslog-server</name>
    <message>
        <source>Syslog server</source>
        <translation>Syslog 서버</translation>
    </message>
    <message>
        <source>A syslog collector.</source>
        <translation>syslog 수집기.</translation>
    </message>
</context>
<context>
    <name>catalog:type:tacacs-server</name>
    <message>
        <source>TACACS+ server</source>
        <translation>TACACS+ 서버</translation>
    </message>
    <message>
        <source>A TACACS+ authentication server.</source>
        <translation>TACACS+ 인증 서버.</translation>
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
        <translation>인터넷상의 Trend Micro 업데이트 서비스: Digital Vaccine 및 소프트웨어 업데이트.</translation>
    </message>
</context>
<context>
    <name>catalog:type:vos-module</name>
    <message>
        <source>Stratus VOS module</source>
        <translation>Stratus VOS 모듈</translation>
    </message>
    <message>
        <source>A Stratus VOS module (V-series or Continuum) running STCP.</source>
        <translation>STCP를 실행하는 Stratus VOS 모듈 (V 시리즈 또는 Continuum).</translation>
    </message>
    <message>
        <source>VOS system</source>
        <translation>VOS 시스템</translation>
    </message>
    <message>
        <source>The VOS system the module belongs to; modules of one system talk Open StrataLink. Defaults to the module&apos;s own name.</source>
        <translation>모듈이 속한 VOS 시스템. 같은 시스템의 모듈은 Open StrataLink로 통신합니다. 기본값은 모듈 자신의 이름입니다.</translation>
    </message>
    <message>
        <source>Bridge module</source>
        <translation>브리지 모듈</translation>
    </message>
    <message>
        <source>The one module per system that talks Open StrataNet to other systems&apos; bridges.</source>
        <translation>시스템마다 하나 있으며, 다른 시스템의 브리지와 Open StrataNet으로 통신하는 모듈.</translation>
    </message>
    <message>
        <source>max_open_server</source>
        <translation>max_open_server</translation>
    </message>
    <message>
        <source>From new_modules.tin (OSL ports 3000 to 3000 + 2 x this) and new_backbone_systems.tin (OSN ports 4000 to 4000 + this).</source>
        <translation>new_modules.tin(OSL 포트 3000부터 3000 + 2 x 이 값까지)과 new_backbone_systems.tin(OSN 포트 4000부터 4000 + 이 값까지)에서 가져옵니다.</translation>
    </message>
    <message>
        <source>VOS release</source>
        <translation>VOS 릴리스</translation>
    </message>
    <message>
        <source>Such as 14.7, 15.1, 15.1.0ar or 16.1: it decides which services exist and the ephemeral port ranges.</source>
        <translation>14.7, 15.1, 15.1.0ar, 16.1 등: 어떤 서비스가 있는지와 임시 포트 범위를 결정합니다.</translation>
    </message>
    <message>
        <source>SSH (tcp 22)</source>
        <translation>SSH (tcp 22)</translation>
    </message>
    <message>
        <source>sshd; release 14.7, or 15.1 and later (not 15.0).</source>
        <translation>sshd. 릴리스 14.7 또는 15.1 이상 (15.0 제외).</translation>
    </message>
    <message>
        <source>Telnet (tcp 23)</source>
        <translation>Telnet (tcp 23)</translation>
    </message>
    <message>
        <source>telnetd, started with STCP.</source>
        <translation>telnetd, STCP와 함께 시작됩니다.</translation>
    </message>
    <message>
        <source>telnet_msd (tcp 24)</source>
        <translation>telnet_msd (tcp 24)</translation>
    </message>
    <message>
        <source>The vterm telnet daemon; not started by default.</source>
        <translation>vterm telnet 데몬. 기본적으로 시작되지 않습니다.</translation>
    </message>
    <message>
        <source>FTP (tcp 21)</source>
        <translation>FTP (tcp 21)</translation>
    </message>
    <message>
        <source>The STCP FTP server, started with STCP.</source>
        <translation>STCP FTP 서버, STCP와 함께 시작됩니다.</translation>
    </message>
    <message>
        <source>HTTP (tcp 80)</source>
        <translation>HTTP (tcp 80)</translation>
    </message>
    <message>
        <source>Apache web server.</source>
        <translation>Apache 웹 서버.</translation>
    </message>
    <message>
        <source>HTTPS (tcp 443)</source>
        <translation>HTTPS (tcp 443)</translation>
    </message>
    <message>
        <source>Apache web server with SSL; release 15.2 and later.</source>
        <translation>SSL을 사용하는 Apache 웹 서버. 릴리스 15.2 이상.</translation>
    </message>
    <message>
        <source>Samba (udp 137, 138; tcp 139, 445)</source>
        <translation>Samba (udp 137, 138; tcp 139, 445)</translation>
    </message>
    <message>
        <source>Samba file sharing; tcp 445 from release 15.1.</source>
        <translation>Samba 파일 공유. tcp 445는 릴리스 15.1부터.</translation>
    </message>
    <message>
        <source>SWAT (tcp 901)</source>
        <translation>SWAT (tcp 901)</translation>
    </message>
    <message>
        <source>Samba configuration web tool.</source>
        <translation>Samba 구성 웹 도구.</translation>
    </message>
    <message>
        <source>NFS (udp 2049)</source>
        <translation>NFS (udp 2049)</translation>
    </message>
    <message>
        <source>NFS server; releases up to 15.x.</source>
        <translation>NFS 서버. 릴리스 15.x까지.</translation>
    </message>
    <message>
        <source>IPsec IKE (udp 500, 4500)</source>
        <translation>IPsec IKE (udp 500, 4500)</translation>
    </message>
    <message>
        <source>iked; release 16.1 and later.</source>
        <translation>iked. 릴리스 16.1 이상.</translation>
    </message>
    <message>
        <source>SNMP agent (udp 161)</source>
        <translation>SNMP 에이전트 (udp 161)</translation>
    </message>
    <message>
        <source>The STCP SNMP agent.</source>
        <translation>STCP SNMP 에이전트.</translation>
    </message>
    <message>
        <source>NTP (udp 123)</source>
        <translation>NTP (udp 123)</translation>
    </message>
    <message>
        <source>ntpd; release 15.1 and later.</source>
        <translation>ntpd. 릴리스 15.1 이상.</translation>
    </message>
    <message>
        <source>Tiny services (7, 9, 13, 19, 37)</source>
        <translation>Tiny services (7, 9, 13, 19, 37)</translation>
    </message>
    <message>
        <source>echo, discard, daytime, chargen and time, started by inetd.</source>
        <translation>echo, discard, daytime, chargen, time. inetd가 시작합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:type:whois-server</name>
    <message>
        <source>WhoIs server</source>
        <translation>WhoIs 서버</translation>
    </message>
    <message>
        <source>A regional WhoIs service such as whois.arin.net.</source>
        <translation>whois.arin.net 같은 지역 WhoIs 서비스.</translation>
    </message>
</context>
<context>
    <name>catalog:type:workstation</name>
    <message>
        <source>Workstation</source>
        <translation>워크스테이션</translation>
    </message>
    <message>
        <source>An operator or administrator PC with a browser.</source>
        <translation>브라우저가 있는 운영자 또는 관리자 PC.</translation>
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
        <translation>RSN 슬레이브 포트 (rsn_incoming)</translation>
    </message>
    <message>
        <source>Never from a corporate or production intranet or the internet.</source>
        <translation>회사 또는 생산 인트라넷이나 인터넷에서는 절대 허용하지 않습니다.</translation>
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
        <translation>NIO 요청은 사설 네트워크를 통해 들어옵니다.</translation>
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
        <translation>TFTP는 NIO만 필요합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.block.tiny-services</name>
    <message>
        <source>Tiny services (echo, discard, daytime, chargen, time)</source>
        <translation>Tiny services (echo, discard, daytime, chargen, time)</translation>
    </message>
    <message>
        <source>Denial of service risk.</source>
        <translation>서비스 거부(DoS) 위험.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.dns</name>
    <message>
        <source>Domain name queries</source>
        <translation>도메인 이름 조회</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp</name>
    <message>
        <source>FTP control</source>
        <translation>FTP 제어</translation>
    </message>
    <message>
        <source>FTP sends passwords in clear text; prefer SFTP.</source>
        <translation>FTP는 비밀번호를 평문으로 보냅니다. SFTP를 권장합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ftp-data</name>
    <message>
        <source>FTP active-mode data</source>
        <translation>FTP 액티브 모드 데이터</translation>
    </message>
    <message>
        <source>Active-mode data from source port 20 to the port the client names; a stateful firewall&apos;s FTP helper makes this row unnecessary.</source>
        <translation>출발지 포트 20에서 클라이언트가 지정한 포트로 가는 액티브 모드 데이터. 상태 기반 방화벽의 FTP 헬퍼가 있으면 이 행은 필요 없습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.http</name>
    <message>
        <source>Apache web server</source>
        <translation>Apache 웹 서버</translation>
    </message>
</context>
<context>
    <name>catalog:vos.https</name>
    <message>
        <source>Apache web server over SSL</source>
        <translation>SSL을 통한 Apache 웹 서버</translation>
    </message>
</context>
<context>
    <name>catalog:vos.mq</name>
    <message>
        <source>MQSeries client</source>
        <translation>MQSeries 클라이언트</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-sync</name>
    <message>
        <source>sync_configd requests from the NIO</source>
        <translation>NIO의 sync_configd 요청</translation>
    </message>
    <message>
        <source>Normally over the private network between the NIO and its module.</source>
        <translation>보통 NIO와 해당 모듈 사이의 사설 네트워크를 통합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-tftp</name>
    <message>
        <source>TFTP boot of the NIO</source>
        <translation>NIO의 TFTP 부팅</translation>
    </message>
    <message>
        <source>Configure tcpd so that only the NIO may use TFTP.</source>
        <translation>NIO만 TFTP를 사용할 수 있도록 tcpd를 구성하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.nio-time</name>
    <message>
        <source>Time service for NIO log time stamps</source>
        <translation>NIO 로그 타임스탬프용 시간 서비스</translation>
    </message>
</context>
<context>
    <name>catalog:vos.not-bridges</name>
    <message>
        <source>Modules &quot;{a.id}&quot; (system {a.system}) and &quot;{b.id}&quot; (system {b.system}) are in different systems, and systems talk only bridge to bridge: no flow is derived.</source>
        <translation>모듈 &quot;{a.id}&quot;(시스템 {a.system})과(와) &quot;{b.id}&quot;(시스템 {b.system})은(는) 서로 다른 시스템에 있으며, 시스템 간에는 브리지끼리만 통신하므로 플로우가 도출되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ntp</name>
    <message>
        <source>Network time (ntpd)</source>
        <translation>네트워크 시간 (ntpd)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osl</name>
    <message>
        <source>Open StrataLink between modules of one system</source>
        <translation>같은 시스템 모듈 간 Open StrataLink</translation>
    </message>
    <message>
        <source>Ports 3000 to 3000 + 2 x the destination&apos;s max_open_server.</source>
        <translation>포트 3000부터 3000 + 2 x 목적지의 max_open_server까지.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.osn</name>
    <message>
        <source>Open StrataNet between bridge modules of two systems</source>
        <translation>두 시스템의 브리지 모듈 간 Open StrataNet</translation>
    </message>
    <message>
        <source>Ports 4000 to 4000 + the destination&apos;s max_open_server.</source>
        <translation>포트 4000부터 4000 + 목적지의 max_open_server까지.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.radius</name>
    <message>
        <source>RADIUS authentication (radius_auth_server)</source>
        <translation>RADIUS 인증 (radius_auth_server)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-https</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no HTTPS web server; turn https off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) HTTPS 웹 서버가 없는 릴리스 {release}을(를) 실행합니다. https를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ipsec</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no IPsec; turn ipsec off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) IPsec이 없는 릴리스 {release}을(를) 실행합니다. ipsec을 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-nfs</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NFS server; turn nfs off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) NFS 서버가 없는 릴리스 {release}을(를) 실행합니다. nfs를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ntp</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no NTP daemon; turn ntp off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) NTP 데몬이 없는 릴리스 {release}을(를) 실행합니다. ntp를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-samba</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no Samba; turn samba off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) Samba가 없는 릴리스 {release}을(를) 실행합니다. samba를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-ssh</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SSH; turn ssh off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) SSH가 없는 릴리스 {release}을(를) 실행합니다. ssh를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.release-swat</name>
    <message>
        <source>VOS module &quot;{id}&quot; runs release {release}, which has no SWAT; turn swat off or change the release.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) SWAT가 없는 릴리스 {release}을(를) 실행합니다. swat를 끄거나 릴리스를 변경하십시오.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-direct</name>
    <message>
        <source>Samba (CIFS) over TCP</source>
        <translation>TCP를 통한 Samba (CIFS)</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-netbios</name>
    <message>
        <source>Samba NetBIOS name and datagram service</source>
        <translation>Samba NetBIOS 이름 및 데이터그램 서비스</translation>
    </message>
</context>
<context>
    <name>catalog:vos.samba-session</name>
    <message>
        <source>Samba NetBIOS session service</source>
        <translation>Samba NetBIOS 세션 서비스</translation>
    </message>
</context>
<context>
    <name>catalog:vos.sftp</name>
    <message>
        <source>sftp and scp clients</source>
        <translation>sftp 및 scp 클라이언트</translation>
    </message>
</context>
<context>
    <name>catalog:vos.snmp</name>
    <message>
        <source>SNMP queries of MIB II</source>
        <translation>MIB II에 대한 SNMP 조회</translation>
    </message>
</context>
<context>
    <name>catalog:vos.ssh</name>
    <message>
        <source>SSH login, slave sessions and secure file transfer</source>
        <translation>SSH 로그인, 슬레이브 세션 및 보안 파일 전송</translation>
    </message>
</context>
<context>
    <name>catalog:vos.swat</name>
    <message>
        <source>SWAT Samba configuration</source>
        <translation>SWAT Samba 구성</translation>
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
        <translation>Telnet은 비밀번호를 평문으로 보냅니다. SSH를 권장합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-cleartext</name>
    <message>
        <source>VOS module &quot;{id}&quot; accepts Telnet, which sends passwords in clear text; prefer SSH.</source>
        <translation>VOS 모듈 &quot;{id}&quot;은(는) 비밀번호를 평문으로 보내는 Telnet을 허용합니다. SSH를 권장합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.telnet-msd</name>
    <message>
        <source>Telnet on vterm devices (telnet_msd)</source>
        <translation>vterm 장치의 Telnet (telnet_msd)</translation>
    </message>
    <message>
        <source>Telnet sends passwords in clear text; prefer SSH.</source>
        <translation>Telnet은 비밀번호를 평문으로 보냅니다. SSH를 권장합니다.</translation>
    </message>
</context>
<context>
    <name>catalog:vos.x25</name>
    <message>
        <source>X.25 over TCP (x25_cpc)</source>
        <translation>TCP를 통한 X.25 (x25_cpc)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the firewall flows of industrial networks.</source>
        <translation>산업 네트워크의 방화벽 플로우를 계획합니다.</translation>
    </message>
    <message>
        <source>The design to open.</source>
        <translation>열 설계.</translation>
    </message>
    <message>
        <source>The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); by default the one chosen in Preferences, else the system&apos;s.</source>
        <translation>이번 실행의 인터페이스 언어 (de, fr, ja, ko, zh_TW 등, 영어는 en). 기본값은 환경설정에서 선택한 언어이며, 없으면 시스템 언어입니다.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is empty.</source>
        <translation>%1은(는) Portolan 프로젝트 파일이 아닙니다: 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or of another format).</source>
        <translation>%1은(는) Portolan 프로젝트 파일이 아닙니다: SQLite 데이터베이스가 아닙니다 (암호화되었거나 다른 형식일 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 is not a Portolan project file: it is an SQLite database of another application.</source>
        <translation>%1은(는) Portolan 프로젝트 파일이 아닙니다: 다른 애플리케이션의 SQLite 데이터베이스입니다.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says; it was probably truncated.</source>
        <translation>파일이 헤더에 적힌 것보다 짧습니다. 잘린 것으로 보입니다.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Portolan (project format %2; this version reads formats up to %3). It is left unchanged; please open it with a newer Portolan.</source>
        <translation>%1은(는) 더 새로운 버전의 Portolan으로 저장되었습니다 (프로젝트 형식 %2, 이 버전은 형식 %3까지 읽음). 파일은 변경하지 않았습니다. 최신 Portolan으로 여십시오.</translation>
    </message>
    <message>
        <source>it records no project format version.</source>
        <translation>프로젝트 형식 버전이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>무결성 검사 결과: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>%1에 쓸 수 없습니다: 완성된 파일을 제자리로 옮기지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: revision %2: %3</source>
        <translation>%1: 리비전 %2: %3</translation>
    </message>
    <message>
        <source>The save to %1 was cancelled. Nothing was written to it.</source>
        <translation>%1(으)로의 저장이 취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::AddHostCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
</context>
<context>
    <name>portolan::AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1과(와) %2 링크</translation>
    </message>
</context>
<context>
    <name>portolan::AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>영역 %1 추가</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeCommand</name>
    <message>
        <source>Arrange all</source>
        <translation>모두 배치</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>배치</translation>
    </message>
</context>
<context>
    <name>portolan::ArrangeJob</name>
    <message>
        <source>Arranging every zone and host…</source>
        <translation>모든 영역과 호스트를 배치하는 중…</translation>
    </message>
    <message>
        <source>Arranging the zones and hosts without a place…</source>
        <translation>위치가 없는 영역과 호스트를 배치하는 중…</translation>
    </message>
    <message>
        <source>Arranged the design; Undo puts every zone and host back.</source>
        <translation>설계를 배치했습니다. 실행 취소하면 모든 영역과 호스트가 원래 위치로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Nothing to arrange: every zone and host already has its place.</source>
        <translation>배치할 것이 없습니다. 모든 영역과 호스트에 이미 위치가 있습니다.</translation>
    </message>
    <message>
        <source>Arranging was cancelled; nothing moved.</source>
        <translation>배치가 취소되었습니다. 아무것도 옮기지 않았습니다.</translation>
    </message>
    <message>
        <source>The design changed while it was being arranged; nothing moved. Arrange it again.</source>
        <translation>배치하는 동안 설계가 바뀌어 아무것도 옮기지 않았습니다. 다시 배치하십시오.</translation>
    </message>
    <message>
        <source>An old revision is shown: it cannot be arranged.</source>
        <translation>이전 리비전이 표시되어 있어 배치할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The work could not be completed.</source>
        <translation>작업을 완료할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>Catalog Browser</source>
        <translation>카탈로그 브라우저</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참고 자료</translation>
    </message>
    <message>
        <source>Search host types, links, rules, blocks and findings</source>
        <translation>호스트 유형, 링크, 규칙, 차단, 점검 결과 검색</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>항목 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4</source>
        <translation>%1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>보안 참고 사항</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Host type</source>
        <translation>호스트 유형</translation>
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
        <translation>링크</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>플로우</translation>
    </message>
    <message>
        <source>a link %1</source>
        <translation>링크 %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message numerus="yes">
        <source>Redundant system of %n host types</source>
        <translation>
            <numerusform>호스트 유형 %n개로 구성된 이중화 시스템</numerusform>
        </translation>
    </message>
    <message>
        <source>between members of %1</source>
        <translation>%1의 구성원 간</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>recommended for every %1</source>
        <translation>모든 %1에 권고</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>removed (ghost)</source>
        <translation>제거됨 (고스트)</translation>
    </message>
    <message>
        <source>Everything else is dimmed.</source>
        <translation>나머지는 모두 흐리게 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Export Change Report…</source>
        <translation>변경 보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the change report as PDF: the design changes and what each causes</source>
        <translation>변경 보고서를 PDF로 작성: 설계 변경과 각 변경이 일으키는 결과</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>결재(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>비교 모드 종료(&amp;L)</translation>
    </message>
    <message>
        <source>Back to editing the design (Esc)</source>
        <translation>설계 편집으로 돌아가기 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n design change(s).</source>
        <translation>
            <numerusform>설계 변경 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 added, %7 removed in %8 zone pair(s).</source>
        <translation>플로우: %1개 추가, %2개 제거, %3개 변경. 점검 결과: %4개 추가, %5개 제거. 방화벽 규칙: 영역 쌍 %8개에서 %6개 추가, %7개 제거.</translation>
    </message>
</context>
<context>
    <name>portolan::ChangesModel</name>
    <message>
        <source>any</source>
        <translation>any</translation>
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
        <translation>추가됨: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>제거됨: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>변경됨: %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 추가됨: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>%1 제거됨: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message numerus="yes">
        <source>%n flow change(s)</source>
        <translation>
            <numerusform>플로우 변경 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding change(s)</source>
        <translation>
            <numerusform>점검 결과 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Changes no design change explains</source>
        <translation>어떤 설계 변경으로도 설명되지 않는 변경</translation>
    </message>
</context>
<context>
    <name>portolan::Clipboard</name>
    <message numerus="yes">
        <source>Copied %n items.</source>
        <translation>
            <numerusform>항목 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>붙여 넣을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n items.</source>
        <translation>
            <numerusform>항목 %n개를 붙여 넣었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CompareMode</name>
    <message>
        <source>The design changed: compare mode ended.</source>
        <translation>설계가 변경되어 비교 모드가 종료되었습니다.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>리비전과 비교</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be read: %3</source>
        <translation>%2의 리비전 %1을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>%2의 리비전 %1</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>파일과 비교</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1과(와) %2 비교 중</translation>
    </message>
    <message numerus="yes">
        <source>Compare mode: %n design change(s). Press Esc to leave it.</source>
        <translation>
            <numerusform>비교 모드: 설계 변경 %n건. Esc를 누르면 종료합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1 (저장하지 않은 변경 있음)</translation>
    </message>
    <message>
        <source>Sign-offs are recorded between two revisions of one project.</source>
        <translation>결재는 한 프로젝트의 두 리비전 사이에서 기록됩니다.</translation>
    </message>
    <message>
        <source>Save the design first: a sign-off is on a saved revision.</source>
        <translation>먼저 설계를 저장하십시오. 결재는 저장된 리비전에 대해 이루어집니다.</translation>
    </message>
    <message>
        <source>The revision is compared with itself.</source>
        <translation>리비전을 자기 자신과 비교하고 있습니다.</translation>
    </message>
    <message>
        <source>Approve or reject revision %1 against revision %2, with a comment.</source>
        <translation>리비전 %2 대비 리비전 %1을(를) 의견과 함께 승인하거나 반려합니다.</translation>
    </message>
    <message>
        <source>%1 (removed zone)</source>
        <translation>%1 (제거된 영역)</translation>
    </message>
    <message>
        <source>Nothing is being compared.</source>
        <translation>비교 중인 것이 없습니다.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>리비전 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A sign-off is recorded on a saved revision against another revision of the same project.</source>
        <translation>결재는 같은 프로젝트의 다른 리비전 대비 저장된 리비전에 대해 기록됩니다.</translation>
    </message>
    <message>
        <source>Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>설계 (*.portolan *.json);;Portolan 프로젝트 (*.portolan);;설계 JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>변경 보고서 내보내기</translation>
    </message>
    <message>
        <source>%1 changes.pdf</source>
        <translation>%1 변경 사항.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the change report to %1.</source>
        <translation>변경 보고서를 %1에 작성했습니다.</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Recorded: %1 approves revision %2 against revision %3.</source>
        <translation>기록됨: %1이(가) 리비전 %3 대비 리비전 %2을(를) 승인합니다.</translation>
    </message>
    <message>
        <source>Recorded: %1 rejects revision %2 against revision %3.</source>
        <translation>기록됨: %1이(가) 리비전 %3 대비 리비전 %2을(를) 반려합니다.</translation>
    </message>
    <message>
        <source>Custom flow %1: %2</source>
        <translation>사용자 정의 플로우 %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowActions</name>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>사용자 정의 플로우 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Flow…</source>
        <translation>사용자 정의 플로우 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Flow</source>
        <translation>사용자 정의 플로우 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Add a flow the catalog does not know, with the reason it is needed; the selected hosts are its source and destination</source>
        <translation>카탈로그에 없는 플로우를 필요한 사유와 함께 추가합니다. 선택한 호스트가 출발지와 목적지가 됩니다</translation>
    </message>
    <message>
        <source>Edit the custom flow of the chosen matrix row</source>
        <translation>선택한 매트릭스 행의 사용자 정의 플로우를 편집합니다</translation>
    </message>
    <message>
        <source>Remove the custom flow of the chosen matrix row</source>
        <translation>선택한 매트릭스 행의 사용자 정의 플로우를 제거합니다</translation>
    </message>
    <message>
        <source>Custom Flow</source>
        <translation>사용자 정의 플로우</translation>
    </message>
    <message>
        <source>The custom flow cannot be taken: %1</source>
        <translation>사용자 정의 플로우를 적용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>portolan::CustomFlowDialog</name>
    <message>
        <source>Add Custom Flow</source>
        <translation>사용자 정의 플로우 추가</translation>
    </message>
    <message>
        <source>Edit Custom Flow %1</source>
        <translation>사용자 정의 플로우 %1 편집</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>443, or 3000-3032</source>
        <translation>443 또는 3000-3032</translation>
    </message>
    <message>
        <source>What it is for, such as NMC web administration</source>
        <translation>용도 (예: NMC 웹 관리)</translation>
    </message>
    <message>
        <source>Why it is needed, such as CR-2031: UPS firmware updates</source>
        <translation>필요한 사유 (예: CR-2031: UPS 펌웨어 업데이트)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출발지(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>목적지(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>프로토콜(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>서비스(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>A custom flow is derived and exported like a catalog flow, marked as custom. A block row or one-way rule of the catalog still forbids it.</source>
        <translation>사용자 정의 플로우는 카탈로그 플로우처럼 도출되고 내보내지며, 사용자 정의로 표시됩니다. 카탈로그의 차단 행이나 단방향 규칙은 여전히 이 플로우를 금지합니다.</translation>
    </message>
    <message>
        <source>A custom flow joins two hosts: add hosts to the design first.</source>
        <translation>사용자 정의 플로우는 두 호스트를 연결합니다. 먼저 설계에 호스트를 추가하십시오.</translation>
    </message>
    <message>
        <source>Choose a destination other than the source.</source>
        <translation>출발지와 다른 목적지를 선택하십시오.</translation>
    </message>
    <message>
        <source>Give the reason the flow is needed (a change request, a maintenance contract).</source>
        <translation>플로우가 필요한 사유(변경 요청, 유지보수 계약 등)를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>portolan::DesignFragment</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
</context>
<context>
    <name>portolan::DesignScene</name>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>카탈로그는 이 쌍에 의미를 정의하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>Resize zone %1</source>
        <translation>영역 %1 크기 조정</translation>
    </message>
    <message>
        <source>%1 (custom: %2)</source>
        <translation>%1 (사용자 정의: %2)</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>%1: an old revision is shown read-only and cannot be saved.</source>
        <translation>%1: 이전 리비전은 읽기 전용으로 표시되며 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%2에 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1과(와) %2은(는) 이미 링크되어 있습니다.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2: the catalog gives the pair no meaning.</source>
        <translation>%1을(를) %2에 링크할 수 없습니다: 카탈로그는 이 쌍에 의미를 정의하지 않습니다.</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3</source>
        <translation>%1과(와) %2을(를) 링크했습니다: %3</translation>
    </message>
    <message>
        <source>New zone %1</source>
        <translation>새 영역 %1</translation>
    </message>
    <message>
        <source>Add custom flow %1</source>
        <translation>사용자 정의 플로우 %1 추가</translation>
    </message>
    <message>
        <source>There is no custom flow &quot;%1&quot;.</source>
        <translation>사용자 정의 플로우 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Edit custom flow %1</source>
        <translation>사용자 정의 플로우 %1 편집</translation>
    </message>
    <message>
        <source>Remove custom flow %1</source>
        <translation>사용자 정의 플로우 %1 제거</translation>
    </message>
    <message>
        <source>An old revision is shown read-only.</source>
        <translation>이전 리비전은 읽기 전용으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>portolan::DrawZoneMode</name>
    <message>
        <source>Drag a rectangle on the canvas to draw a zone; Escape cancels.</source>
        <translation>캔버스에서 사각형을 끌어 영역을 그리십시오. Esc 키를 누르면 취소됩니다.</translation>
    </message>
    <message>
        <source>A zone needs at least %1 × %1 units: drag a larger rectangle.</source>
        <translation>영역은 최소 %1 × %1 단위여야 합니다. 더 큰 사각형을 그리십시오.</translation>
    </message>
</context>
<context>
    <name>portolan::EditorActions</name>
    <message>
        <source>Nudge Left</source>
        <translation>왼쪽으로 조금 이동</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>오른쪽으로 조금 이동</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>위로 조금 이동</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>아래로 조금 이동</translation>
    </message>
    <message>
        <source>%1 Further</source>
        <translation>%1 (크게)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목으로 확대/축소(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom and scroll so that the selected hosts and zones fill the view</source>
        <translation>선택한 호스트와 영역이 화면을 채우도록 확대/축소하고 스크롤합니다</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>정렬(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>왼쪽 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>가운데 맞춤(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>오른쪽 맞춤(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>위쪽 맞춤(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>중간 맞춤(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>아래쪽 맞춤(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>가로 간격을 동일하게(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>세로 간격을 동일하게(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>속성(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>여기에 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Zone Here</source>
        <translation>여기에 영역 추가(&amp;Z)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows</source>
        <translation>플로우 선택(&amp;F)</translation>
    </message>
    <message>
        <source>Select &amp;Flows of the Link</source>
        <translation>링크의 플로우 선택(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zoom To</source>
        <translation>확대하여 보기(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Select Its Hosts</source>
        <translation>소속 호스트 선택(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Zoom To Its Hosts</source>
        <translation>소속 호스트 확대하여 보기(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Properties of the Source</source>
        <translation>출발지 속성(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Custom Flow…</source>
        <translation>사용자 정의 플로우 추가(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>This format has no options.</source>
        <translation>이 형식에는 옵션이 없습니다.</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>바이트 순서 표시(BOM)로 시작 (Excel용)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Placeholder addresses for hosts without one</source>
        <translation>주소가 없는 호스트에 자리 표시자 주소 사용(&amp;P)</translation>
    </message>
    <message>
        <source>Include flows &amp;within one zone</source>
        <translation>같은 영역 내 플로우 포함(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read UTF-8 only when the file starts with this mark.</source>
        <translation>일부 스프레드시트 프로그램은 파일이 이 표시로 시작할 때만 UTF-8로 읽습니다.</translation>
    </message>
    <message>
        <source>Hosts without an address get a documentation address (192.0.2.x) marked to be filled in, instead of stopping the export.</source>
        <translation>주소가 없는 호스트는 내보내기를 중단하는 대신, 입력해야 함을 표시한 문서용 주소(192.0.2.x)를 받습니다.</translation>
    </message>
    <message>
        <source>Flows between hosts of the same zone cross no firewall; they are left out unless this is on.</source>
        <translation>같은 영역의 호스트 간 플로우는 방화벽을 통과하지 않으므로, 이 옵션을 켜지 않으면 제외됩니다.</translation>
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
        <translation>표제란용, 예: C-7</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>이름 또는 팀</translation>
    </message>
    <message>
        <source> px per unit</source>
        <translation> px/단위</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; 2 suits high-density screens and print.</source>
        <translation>캔버스 단위당 픽셀 수. 고밀도 화면과 인쇄에는 2가 적합합니다.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>페이지 크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>리비전(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>형식을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n host(s)…</source>
        <translation>
            <numerusform>호스트 %n개의 미리 보기를 렌더링하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram picture could not be drawn.</source>
        <translation>다이어그램 그림을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The export could not be built.</source>
        <translation>내보내기를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>This format has no preview. The file will hold %1.</source>
        <translation>이 형식에는 미리 보기가 없습니다. 파일에는 %1이(가) 담깁니다.</translation>
    </message>
    <message>
        <source>%1

Turn on placeholder addresses, or give these hosts an address in their properties.</source>
        <translation>%1

자리 표시자 주소를 켜거나, 속성에서 이 호스트들에 주소를 지정하십시오.</translation>
    </message>
    <message>
        <source>Use &amp;Placeholder Addresses</source>
        <translation>자리 표시자 주소 사용(&amp;P)</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>이 내보내기를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1을(를) %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>%1(으)로 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>%1(으)로의 내보내기가 취소되었습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::ExportPreviewWidget</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>이전 페이지 (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>다음 페이지 (Page Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1.</source>
        <translation>
            <numerusform>%n행, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the file holds them all.</source>
        <translation>
            <numerusform>… 여기 표시되지 않은 %n행이 더 있습니다. 파일에는 모두 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts with a UTF-8 byte order mark.</source>
        <translation>UTF-8 바이트 순서 표시(BOM)로 시작합니다.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 픽셀.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <source>US Letter, landscape.</source>
        <translation>US Letter, 가로 방향.</translation>
    </message>
    <message>
        <source>A4, landscape.</source>
        <translation>A4, 가로 방향.</translation>
    </message>
</context>
<context>
    <name>portolan::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>설계 &quot;%1&quot;에 저장하지 않은 변경 사항이 있습니다. 먼저 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>New design: drag host types from the palette onto the canvas.</source>
        <translation>새 설계: 팔레트에서 호스트 유형을 캔버스로 끌어 놓으십시오.</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)</source>
        <translation>Portolan 프로젝트 (*.portolan);;설계 JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>This is a sample design. Select a host to see its flows; drag host types from the palette to plan your own.</source>
        <translation>샘플 설계입니다. 호스트를 선택하면 해당 플로우를 볼 수 있습니다. 직접 계획하려면 팔레트에서 호스트 유형을 끌어 놓으십시오.</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>의견과 함께 저장</translation>
    </message>
    <message>
        <source>What changed in this revision?</source>
        <translation>이 리비전에서 무엇이 변경되었습니까?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan 프로젝트 (*.portolan)</translation>
    </message>
    <message>
        <source>%1 cannot be saved.</source>
        <translation>%1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2.</source>
        <translation>%2의 리비전 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Import Design JSON</source>
        <translation>설계 JSON 가져오기</translation>
    </message>
    <message>
        <source>Design JSON (*.json);;All files (*)</source>
        <translation>설계 JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1을(를) 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Imported %1: save it to keep it as a project.</source>
        <translation>%1을(를) 가져왔습니다. 프로젝트로 보관하려면 저장하십시오.</translation>
    </message>
    <message>
        <source>Export Design JSON</source>
        <translation>설계 JSON 내보내기</translation>
    </message>
    <message>
        <source>Design JSON (*.json)</source>
        <translation>설계 JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Exported the design to %1.</source>
        <translation>설계를 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be opened.</source>
        <translation>%2의 리비전 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.</source>
        <translation>%2의 리비전 %1이(가) 읽기 전용으로 표시됩니다. 이 리비전에서 계속하려면 리비전 대화 상자에서 복원하십시오.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be restored.</source>
        <translation>%2의 리비전 %1을(를) 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3.</source>
        <translation>리비전 %1을(를) %3의 리비전 %2(으)로 복원했습니다.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Portolan did not close normally. An autosave of %1 from %2 holds changes that were not saved.</source>
        <translation>Portolan이 정상적으로 종료되지 않았습니다. %2에 만들어진 %1의 자동 저장에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Recover opens the changes so you can save them. Discard deletes the info. Later keeps it and asks again on the next start.</source>
        <translation>복구를 누르면 변경 사항을 열어 저장할 수 있습니다. 삭제를 누르면 이 정보를 지웁니다. 나중에를 누르면 보관했다가 다음 시작 때 다시 묻습니다.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>The autosave %1 cannot be opened.</source>
        <translation>자동 저장 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save them to keep them.</source>
        <translation>%1의 저장하지 않은 변경 사항을 복구했습니다. 보관하려면 저장하십시오.</translation>
    </message>
    <message>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>%1 열기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only and cannot be saved.</source>
        <translation>이전 리비전은 읽기 전용으로 표시되며 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장하는 중…</translation>
    </message>
    <message>
        <source>The save was cancelled: %1 is as it was.</source>
        <translation>저장이 취소되었습니다. %1은(는) 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>%1
(rule %2)</source>
        <translation>%1
(규칙 %2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
</context>
<context>
    <name>portolan::FlowMatrixWidget</name>
    <message>
        <source>Filter flows (host, service, port, reference…)</source>
        <translation>플로우 필터 (호스트, 서비스, 포트, 참고 자료…)</translation>
    </message>
    <message>
        <source>Show only flows from one zone to another</source>
        <translation>한 영역에서 다른 영역으로 가는 플로우만 표시</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>모든 프로토콜</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Show the flows of every host</source>
        <translation>모든 호스트의 플로우 표시</translation>
    </message>
    <message>
        <source>Any zone pair</source>
        <translation>모든 영역 쌍</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>플로우 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>플로우 %2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>no zone</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Any → %1</source>
        <translation>Any → %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2에서)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Recommended block: traffic the product should not receive.</source>
        <translation>권장 차단: 제품이 받지 않아야 하는 트래픽.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참고 자료</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Allow (custom)</source>
        <translation>허용 (사용자 정의)</translation>
    </message>
    <message>
        <source>Custom flow added by the designers (%1).</source>
        <translation>설계자가 추가한 사용자 정의 플로우 (%1).</translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsCommand</name>
    <message numerus="yes">
        <source>Import %n hosts</source>
        <translation>
            <numerusform>호스트 %n개 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportHostsDialog</name>
    <message>
        <source>Import Hosts from CSV</source>
        <translation>CSV에서 호스트 가져오기</translation>
    </message>
    <message>
        <source>Inventory &amp;file:</source>
        <translation>인벤토리 파일(&amp;F):</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, type, address, and optionally zone and id</source>
        <translation>name, type, address 열과 선택적으로 zone, id 열이 있는 CSV 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Choose an inventory to see what it adds to the design.</source>
        <translation>인벤토리를 선택하면 설계에 무엇이 추가되는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>가져오기 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>미리 보기(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Host inventories (*.csv *.txt);;All files (*)</source>
        <translation>호스트 인벤토리 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported (highlighted, with the reason). Fix them in the file and reload it: nothing is imported while a row is bad.</source>
        <translation>
            <numerusform>%n개 행을 가져올 수 없습니다 (사유와 함께 강조 표시됨). 파일에서 고친 뒤 다시 읽으십시오. 잘못된 행이 있는 동안에는 아무것도 가져오지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hosts cannot be imported: %1</source>
        <translation>호스트를 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The inventory holds no hosts.</source>
        <translation>인벤토리에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>An old revision is shown read-only; go back to the latest revision to import.</source>
        <translation>이전 리비전은 읽기 전용으로 표시됩니다. 가져오려면 최신 리비전으로 돌아가십시오.</translation>
    </message>
    <message>
        <source>Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.</source>
        <translation>추가할 호스트: %1. 새 영역: %2. 가져오기는 이들을 한 단계로 추가하며, 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1.</source>
        <translation>
            <numerusform>%1에서 호스트 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>%1번째 열: %2</translation>
    </message>
    <message>
        <source>The host will be in no zone.</source>
        <translation>이 호스트는 어느 영역에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (new zone)</source>
        <translation>%1 (새 영역)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>확대/축소 %1%</translation>
    </message>
    <message>
        <source>Drag a host type from the palette onto the canvas to begin.</source>
        <translation>시작하려면 팔레트에서 호스트 유형을 캔버스로 끌어 놓으십시오.</translation>
    </message>
    <message>
        <source>Host types</source>
        <translation>호스트 유형</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;열린 설계&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>플로우 매트릭스</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save with &amp;Comment…</source>
        <translation>의견과 함께 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a new revision and describe what changed</source>
        <translation>새 리비전을 저장하고 변경 내용을 기술합니다</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>리비전(&amp;V)…</translation>
    </message>
    <message>
        <source>List the saved revisions of the project, open an old one or restore it</source>
        <translation>프로젝트에 저장된 리비전을 나열하고, 이전 리비전을 열거나 복원합니다</translation>
    </message>
    <message>
        <source>Back to the &amp;Latest Revision</source>
        <translation>최신 리비전으로 돌아가기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a design JSON file as a new, unsaved design</source>
        <translation>설계 JSON 파일을 저장되지 않은 새 설계로 읽습니다</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the design as design JSON</source>
        <translation>설계를 설계 JSON으로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the flow matrix, a rule set, the report or the diagram, with a preview</source>
        <translation>플로우 매트릭스, 규칙 세트, 보고서 또는 다이어그램을 미리 보기와 함께 씁니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find Host…</source>
        <translation>호스트 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>플로우 표시(&amp;F)</translation>
    </message>
    <message>
        <source>Draw the derived flows as arrows from source to destination</source>
        <translation>도출된 플로우를 출발지에서 목적지로 향하는 화살표로 그립니다</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>선택 및 이동(&amp;S)</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>링크 그리기(&amp;L)</translation>
    </message>
    <message>
        <source>Draw links: drag from one host to another (L)</source>
        <translation>링크 그리기: 한 호스트에서 다른 호스트로 끌어 놓습니다 (L)</translation>
    </message>
    <message>
        <source>Select and move hosts and zones (S)</source>
        <translation>호스트와 영역을 선택하고 이동합니다 (S)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>영역 추가(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>Portolan 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Portolan 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows of industrial networks: place hosts in zones, link the ones that talk, and read every flow the product references call for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;산업 네트워크의 방화벽 플로우를 계획합니다. 호스트를 영역에 배치하고 서로 통신하는 호스트를 링크하면, 제품 참고 자료가 요구하는 모든 플로우를 확인할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>설계(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Find host (%1)</source>
        <translation>호스트 찾기 (%1)</translation>
    </message>
    <message>
        <source>No host matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>Portolan — %1 (revision %2, read-only)</source>
        <translation>Portolan — %1 (리비전 %2, 읽기 전용)</translation>
    </message>
    <message>
        <source>Portolan — %1[*]</source>
        <translation>Portolan — %1[*]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>점검 결과 (%1)</translation>
    </message>
    <message>
        <source>Flows of %1</source>
        <translation>%1의 플로우</translation>
    </message>
    <message numerus="yes">
        <source>Flows of %n selected hosts</source>
        <translation>
            <numerusform>선택한 호스트 %n개의 플로우</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (없음)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Added a zone: name it and give its subnets in the properties.</source>
        <translation>영역을 추가했습니다. 속성에서 이름을 정하고 서브넷을 지정하십시오.</translation>
    </message>
    <message>
        <source>&amp;Verify from This Machine…</source>
        <translation>이 머신에서 검증(&amp;V)…</translation>
    </message>
    <message>
        <source>Probe the live network from this machine, standing in for a host of the design</source>
        <translation>이 머신이 설계의 호스트를 대신하여 실제 네트워크를 프로브합니다</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Revision…</source>
        <translation>리비전과 비교(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what the design changed since a revision: marks on the canvas, and the flows and findings each change causes</source>
        <translation>특정 리비전 이후 설계에서 변경된 내용을 보여 줍니다: 캔버스의 표시와, 각 변경이 일으키는 플로우 및 점검 결과</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>파일과 비교(&amp;F)…</translation>
    </message>
    <message>
        <source>Show what the design changes against another design file</source>
        <translation>다른 설계 파일과 비교하여 설계가 무엇을 변경하는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>비교 모드 종료</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>환경설정(&amp;F)…</translation>
    </message>
    <message>
        <source>Set the author of revisions, the autosave interval, the language and the report&apos;s page size</source>
        <translation>리비전 작성자, 자동 저장 간격, 언어, 보고서 페이지 크기를 설정합니다</translation>
    </message>
    <message>
        <source>&amp;Review Change Request…</source>
        <translation>변경 요청 검토(&amp;R)…</translation>
    </message>
    <message>
        <source>Give each line of a change request or a firewall&apos;s rule set its verdict against the design</source>
        <translation>변경 요청이나 방화벽 규칙 세트의 각 행에 설계 대비 판정을 내립니다</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>호스트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>링크 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>플로우 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Leave the probe mode first.</source>
        <translation>먼저 프로브 모드를 종료하십시오.</translation>
    </message>
    <message>
        <source>Import &amp;Hosts from CSV…</source>
        <translation>CSV에서 호스트 가져오기(&amp;H)…</translation>
    </message>
    <message>
        <source>Add the hosts of an inventory (CSV) to the design, with a preview</source>
        <translation>인벤토리(CSV)의 호스트를 미리 보기와 함께 설계에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>배치(&amp;A)</translation>
    </message>
    <message>
        <source>Give a place to every zone and host that has none, keeping the places already set</source>
        <translation>위치가 없는 모든 영역과 호스트에 위치를 지정하고, 이미 지정된 위치는 유지합니다</translation>
    </message>
    <message>
        <source>Arrange A&amp;ll</source>
        <translation>모두 다시 배치(&amp;L)</translation>
    </message>
    <message>
        <source>Place every zone and host anew: zones side by side, hosts in a grid in their zone</source>
        <translation>모든 영역과 호스트를 새로 배치합니다: 영역은 나란히, 호스트는 영역 안에 격자로</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>영역 그리기(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a zone: drag a rectangle on the canvas (Z)</source>
        <translation>영역 그리기: 캔버스에서 사각형을 끌어 그립니다 (Z)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>List every action of the window with its keyboard shortcuts</source>
        <translation>창의 모든 동작과 바로 가기 키를 나열합니다</translation>
    </message>
    <message>
        <source>&amp;Catalog Browser</source>
        <translation>카탈로그 브라우저(&amp;C)</translation>
    </message>
    <message>
        <source>Search every host type, link, flow, block and finding of the catalog with its reference</source>
        <translation>카탈로그의 모든 호스트 유형, 링크, 플로우, 차단, 점검 결과를 참고 자료와 함께 검색합니다</translation>
    </message>
</context>
<context>
    <name>portolan::MoveItemsCommand</name>
    <message>
        <source>Move %1 to another zone</source>
        <translation>%1을(를) 다른 영역으로 이동</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>항목 %n개 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PaletteWidget</name>
    <message>
        <source>Filter host types</source>
        <translation>호스트 유형 필터</translation>
    </message>
</context>
<context>
    <name>portolan::PasteCommand</name>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>항목 %n개 붙여넣기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Your name, as project revisions record it</source>
        <translation>프로젝트 리비전에 기록되는 이름</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
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
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>자동 저장 간격(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when Portolan starts again.</source>
        <translation>새 언어는 Portolan을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>보고서 페이지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeDialog</name>
    <message>
        <source>Verify from This Machine</source>
        <translation>이 머신에서 검증</translation>
    </message>
    <message>
        <source>Connects from this machine to the flows of the host it stands in for: every allowed tcp flow should open, every block row into another zone should not. Only addresses of the design are touched.</source>
        <translation>이 머신이 대신하는 호스트의 플로우로 연결을 시도합니다. 허용된 모든 tcp 플로우는 열려야 하고, 다른 영역으로의 모든 차단 행은 열리지 않아야 합니다. 설계에 있는 주소에만 접속합니다.</translation>
    </message>
    <message>
        <source>%1 (%2), no address</source>
        <translation>%1 (%2), 주소 없음</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: this machine</source>
        <translation>%1: 이 머신</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Stand in for:</source>
        <translation>대신할 호스트(&amp;S):</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>이 머신:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>계획:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a connect may wait for an answer before it counts as filtered</source>
        <translation>연결이 필터링됨으로 간주되기 전까지 응답을 기다리는 시간</translation>
    </message>
    <message>
        <source>Connections in flight at most</source>
        <translation>동시에 진행하는 최대 연결 수</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> /초</translation>
    </message>
    <message>
        <source>Connections started per second at most</source>
        <translation>초당 시작하는 최대 연결 수</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>시간 제한(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>동시 연결 수(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>속도(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>The design has no host.</source>
        <translation>설계에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, no address).</source>
        <translation>%1이(가) 설계의 주소 %2개로 연결을 시도합니다. %3개 행은 연결 없이 나열됩니다 (udp, icmp, 주소 없음).</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMachine</name>
    <message>
        <source>%1 hosts are named &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>&quot;%2&quot;(이)라는 호스트가 %1개 있습니다. 다음 id 중 하나를 지정하십시오: %3.</translation>
    </message>
    <message>
        <source>The design has no host with the id or name &quot;%1&quot;.</source>
        <translation>설계에 id나 이름이 &quot;%1&quot;인 호스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMarkItem</name>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>예기치 않음</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>필터링됨</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>프로브하지 않음</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMatrixColumn</name>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>프로브하지 않음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (a sample of the range)</source>
        <translation>%1 (범위의 샘플)</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: 차이</translation>
    </message>
    <message>
        <source>%1: passes, nothing listens</source>
        <translation>%1: 통과, 수신 대기 없음</translation>
    </message>
    <message>
        <source>%1: as planned</source>
        <translation>%1: 계획대로</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>포트 %1: %2</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>프로브 결과</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeMode</name>
    <message>
        <source>Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row of a host with an address.</source>
        <translation>연결할 대상이 없습니다: %1에는 허용된 tcp 플로우가 없고, 주소가 있는 호스트의 tcp 차단 행에도 해당하지 않습니다.</translation>
    </message>
    <message>
        <source>Another design was opened: the probe stopped.</source>
        <translation>다른 설계가 열려서 프로브가 중지되었습니다.</translation>
    </message>
    <message>
        <source>The design changed: the probe stopped.</source>
        <translation>설계가 변경되어 프로브가 중지되었습니다.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 (저장하지 않은 변경 사항 있음)</translation>
    </message>
    <message>
        <source>From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per second, %8 ms timeout.</source>
        <translation>이 머신(%1)이 %2(%3, %4)을(를) 대신함: 연결 %5개, 동시 최대 %6개, 초당 %7개, 시간 제한 %8 ms.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>주소 없음</translation>
    </message>
    <message>
        <source>no address in the design</source>
        <translation>설계에 주소 없음</translation>
    </message>
    <message>
        <source>Close the Probe</source>
        <translation>프로브 닫기</translation>
    </message>
    <message>
        <source>The results have not been saved as a report. Close them all the same?</source>
        <translation>결과가 보고서로 저장되지 않았습니다. 그래도 닫으시겠습니까?</translation>
    </message>
    <message>
        <source>Verification from %1</source>
        <translation>%1에서의 검증</translation>
    </message>
    <message>
        <source>Probing from this machine as %1…</source>
        <translation>이 머신에서 %1(으)로서 프로브하는 중…</translation>
    </message>
    <message>
        <source>Probe cancelled: what was not answered is listed as not probed.</source>
        <translation>프로브 취소됨: 응답을 받지 못한 항목은 프로브하지 않음으로 나열됩니다.</translation>
    </message>
    <message>
        <source>Save Commissioning Report</source>
        <translation>시운전 보고서 저장</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV, one row per result (*.csv)</source>
        <translation>PDF 보고서 (*.pdf);;CSV, 결과당 한 행 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the commissioning report as %1.</source>
        <translation>시운전 보고서를 %1(으)로 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Probe done: %n differences from the design.</source>
        <translation>
            <numerusform>프로브 완료: 설계와의 차이 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe done: the network is as planned.</source>
        <translation>프로브 완료: 네트워크가 계획대로입니다.</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>차단</translation>
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
        <translation>프로브 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>보고서 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>닫기(&amp;E)</translation>
    </message>
    <message>
        <source>Stop now: connects in flight are dropped, the rest is listed as not probed</source>
        <translation>지금 중지: 진행 중인 연결은 버리고, 나머지는 프로브하지 않음으로 나열합니다</translation>
    </message>
    <message>
        <source>Save the results as a commissioning report: PDF or CSV</source>
        <translation>결과를 시운전 보고서(PDF 또는 CSV)로 저장합니다</translation>
    </message>
    <message>
        <source>Leave the probe: the canvas and the matrix show the design again</source>
        <translation>프로브 종료: 캔버스와 매트릭스가 다시 설계를 표시합니다</translation>
    </message>
    <message>
        <source>%1 of %2 connects</source>
        <translation>연결 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>프로브하는 중…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Done: the network differs from the design.</source>
        <translation>완료: 네트워크가 설계와 다릅니다.</translation>
    </message>
    <message>
        <source>Done: the network is as planned.</source>
        <translation>완료: 네트워크가 계획대로입니다.</translation>
    </message>
    <message>
        <source>%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.</source>
        <translation>%1 계획대로: %2. 통과, 수신 대기 없음: %3. 차이: %4. 프로브하지 않음: %5.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeResultsModel</name>
    <message>
        <source>(no address)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeRunner</name>
    <message>
        <source>connected in %1 ms</source>
        <translation>%1 ms 만에 연결됨</translation>
    </message>
    <message>
        <source>refused (TCP reset) in %1 ms</source>
        <translation>%1 ms 만에 거부됨 (TCP reset)</translation>
    </message>
    <message>
        <source>%1 (an ICMP unreachable: a firewall that rejects, or no route)</source>
        <translation>%1 (ICMP unreachable: 거부하는 방화벽이 있거나 경로 없음)</translation>
    </message>
    <message>
        <source>This machine could not try it: %1.</source>
        <translation>이 머신에서 시도할 수 없었습니다: %1.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 안에 응답 없음</translation>
    </message>
    <message>
        <source>This machine could not send from %1: %2.</source>
        <translation>이 머신에서 %1(으)로부터 보낼 수 없었습니다: %2.</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer came.</source>
        <translation>응답이 오기 전에 프로브가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The probe was cancelled before it was tried.</source>
        <translation>시도하기 전에 프로브가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::ProbeSettings</name>
    <message>
        <source>The timeout must be 50 to 60000 milliseconds; %1 is not.</source>
        <translation>시간 제한은 50~60000밀리초여야 합니다. %1은(는) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>The concurrency must be 1 to 256 connections; %1 is not.</source>
        <translation>동시 연결 수는 1~256이어야 합니다. %1은(는) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>The rate must be 1 to 1000 connections per second; %1 is not.</source>
        <translation>속도는 초당 1~1000 연결이어야 합니다. %1은(는) 범위를 벗어납니다.</translation>
    </message>
</context>
<context>
    <name>portolan::ProjectConnection</name>
    <message>
        <source>the Qt SQLite driver does not give access to SQLite&apos;s safety settings</source>
        <translation>Qt SQLite 드라이버가 SQLite의 안전 설정에 접근할 수 없게 합니다</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite가 안전 설정(%1)을 거부했습니다</translation>
    </message>
</context>
<context>
    <name>portolan::PropertiesWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;항목 %n개 선택됨&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Select a host, a zone or a link to edit it.&lt;/span&gt;</source>
        <translation>&lt;b&gt;설계&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;편집할 호스트, 영역 또는 링크를 선택하십시오.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>내용:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4 또는 IPv6 주소</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>release, such as 15.2</source>
        <translation>릴리스, 예: 15.2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zone&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;Hosts in one zone share a firewall boundary with every other zone.&lt;/span&gt;</source>
        <translation>&lt;b&gt;영역&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;한 영역의 호스트는 다른 모든 영역과 방화벽 경계를 공유합니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>192.168.10.0/24, 10.1.0.0/16</source>
        <translation>192.168.10.0/24, 10.1.0.0/16</translation>
    </message>
    <message>
        <source>The zone&apos;s subnets, separated by commas or spaces</source>
        <translation>영역의 서브넷 (쉼표나 공백으로 구분)</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>서브넷:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;&lt;br&gt;%1 — %2</source>
        <translation>&lt;b&gt;링크&lt;/b&gt;&lt;br&gt;%1 — %2</translation>
    </message>
    <message>
        <source>The catalog gives this pair no meaning.</source>
        <translation>카탈로그는 이 쌍에 의미를 정의하지 않습니다.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>의미:</translation>
    </message>
    <message>
        <source>Brings:</source>
        <translation>생성 플로우:</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(영역 없음)</translation>
    </message>
    <message>
        <source>%1 is outside the subnets of zone %2 (%3).</source>
        <translation>%1이(가) 영역 %2의 서브넷(%3) 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot;은(는) IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Change the address of %1</source>
        <translation>%1의 주소 변경</translation>
    </message>
    <message>
        <source>Move %1 to zone %2</source>
        <translation>%1을(를) 영역 %2(으)로 이동</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>영역 %1 이름 변경</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet such as 192.168.10.0/24.</source>
        <translation>&quot;%1&quot;은(는) 192.168.10.0/24 같은 서브넷이 아닙니다.</translation>
    </message>
    <message>
        <source>Change the subnets of zone %1</source>
        <translation>영역 %1의 서브넷 변경</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>hosts, zones, links</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>호스트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>영역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>링크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>비고:</translation>
    </message>
    <message>
        <source>Change the notes of %1</source>
        <translation>%1의 비고 변경</translation>
    </message>
</context>
<context>
    <name>portolan::ReadSession</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no room for a temporary copy to update its format.</source>
        <translation>%1을(를) 열 수 없습니다: 형식을 업데이트할 임시 사본을 만들 공간이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2</source>
        <translation>%1은(는) 올바른 프로젝트 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall Portolan.</source>
        <translation>%2초 동안 읽은 뒤 %1 읽기를 포기했습니다: 매우 크거나, 손상되었거나, Portolan을 멈추게 하도록 만들어진 파일입니다.</translation>
    </message>
</context>
<context>
    <name>portolan::RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::RenameDesignCommand</name>
    <message>
        <source>Rename design</source>
        <translation>설계 이름 변경</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewMode</name>
    <message>
        <source>Review Change Request</source>
        <translation>변경 요청 검토</translation>
    </message>
    <message>
        <source>Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;All files (*)</source>
        <translation>변경 요청 및 규칙 세트 (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %1 (%2): %n line(s).</source>
        <translation>
            <numerusform>%1 (%2) 검토 중: %n행.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review ended: %1</source>
        <translation>검토가 종료되었습니다: %1</translation>
    </message>
    <message>
        <source>The review is closed; the design can be edited again.</source>
        <translation>검토가 닫혔습니다. 다시 설계를 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3, %4 %5</source>
        <translation>%1 %2 -&gt; %3, %4 %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>의견: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Flows of the design it covers</source>
        <translation>이 규칙이 포함하는 설계의 플로우</translation>
    </message>
    <message>
        <source>Flows of the design it blocks</source>
        <translation>이 규칙이 차단하는 설계의 플로우</translation>
    </message>
    <message>
        <source>Forbidden by the design</source>
        <translation>설계에서 금지됨</translation>
    </message>
    <message>
        <source>Excess: %1 tuples the design does not need</source>
        <translation>초과: 설계에 필요 없는 튜플 %1개</translation>
    </message>
    <message>
        <source>Only the first %1 arrows are drawn.</source>
        <translation>처음 %1개의 화살표만 그립니다.</translation>
    </message>
    <message>
        <source>Missing flows: %1</source>
        <translation>누락된 플로우: %1</translation>
    </message>
    <message>
        <source>Every flow of the design that crosses the covered zones is allowed.</source>
        <translation>담당 영역을 통과하는 설계의 모든 플로우가 허용됩니다.</translation>
    </message>
    <message>
        <source>Flows of the design that no rule allows:</source>
        <translation>어떤 규칙도 허용하지 않는 설계의 플로우:</translation>
    </message>
    <message>
        <source>%1 (an old revision)</source>
        <translation>%1 (이전 리비전)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 with unsaved changes</source>
        <translation>%1 (저장하지 않은 변경 사항 있음)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .csv or .json.</source>
        <translation>%1: .pdf, .csv 또는 .json으로 끝나는 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>-review</source>
        <translation>-검토</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>검토 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>서명용 PDF 보고서 (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>검토를 %1에 작성했습니다.</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Missing Flows</source>
        <translation>누락된 플로우</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>검토 닫기</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>요청 필터</translation>
    </message>
    <message>
        <source>The flows of the design that no rule allows</source>
        <translation>어떤 규칙도 허용하지 않는 설계의 플로우</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to sign, or as CSV or JSON</source>
        <translation>검토를 서명용 PDF 보고서 또는 CSV나 JSON으로 작성합니다</translation>
    </message>
    <message>
        <source>Leave the review and edit the design again (Esc)</source>
        <translation>검토를 종료하고 다시 설계를 편집합니다 (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n line(s): </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n행: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing flow(s)</source>
        <translation>
            <numerusform>; 누락된 플로우 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing Flows (%1)</source>
        <translation>누락된 플로우 (%1)</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>모든 판정</translation>
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
        <translation>판정</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionStore</name>
    <message>
        <source>it has no revision %1</source>
        <translation>리비전 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>it holds no revision</source>
        <translation>리비전이 하나도 없습니다</translation>
    </message>
    <message>
        <source>revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7</source>
        <translation>리비전 %1에는 영역 %2개, 호스트 %3개, 링크 %4개가 있어야 하지만 %5개, %6개, %7개가 있습니다</translation>
    </message>
    <message>
        <source>revision %1 holds zone &quot;%2&quot; twice</source>
        <translation>리비전 %1에 영역 &quot;%2&quot;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>revision %1 holds host &quot;%2&quot; twice</source>
        <translation>리비전 %1에 호스트 &quot;%2&quot;이(가) 두 번 있습니다</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>The revisions of %1 cannot be read: %2</source>
        <translation>%1의 리비전을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>읽기 전용으로 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore as New Revision…</source>
        <translation>새 리비전으로 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>리비전 복원</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in the history.</source>
        <translation>%2의 리비전 %1을(를) 복원하시겠습니까? 그 설계가 새 리비전이 되며, 이후 리비전은 기록에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>리비전과 비교</translation>
    </message>
    <message>
        <source>Compare the design as it is now with a revision of %1: the canvas marks what changed and the Changes dock lists what each change does to the flows and findings.</source>
        <translation>현재 설계를 %1의 리비전과 비교합니다. 캔버스에 변경된 부분이 표시되고, 변경 사항 패널에 각 변경이 플로우와 점검 결과에 미치는 영향이 나열됩니다.</translation>
    </message>
    <message>
        <source>Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to continue from it: restoring adds a new revision and keeps the history. Sign Off records a reviewer&apos;s decision on a revision.</source>
        <translation>%1을(를) 저장할 때마다 리비전으로 보관됩니다. 이전 리비전을 열어 보거나, 복원하여 그 리비전에서 계속할 수 있습니다. 복원하면 새 리비전이 추가되고 기록은 유지됩니다. 결재는 리비전에 대한 검토자의 결정을 기록합니다.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>결재(&amp;S)…</translation>
    </message>
    <message>
        <source>Approve or reject the selected revision against the one before it</source>
        <translation>선택한 리비전을 그 이전 리비전 대비 승인하거나 반려합니다</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>결재</translation>
    </message>
</context>
<context>
    <name>portolan::RevisionsModel</name>
    <message>
        <source>Restores revision %1</source>
        <translation>리비전 %1을(를) 복원함</translation>
    </message>
    <message>
        <source>%1 (restores revision %2)</source>
        <translation>%1 (리비전 %2을(를) 복원함)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Approved by %1 (against %2)</source>
        <translation>%1이(가) 승인 (%2 대비)</translation>
    </message>
    <message>
        <source>Rejected by %1 (against %2)</source>
        <translation>%1이(가) 반려 (%2 대비)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n earlier decision(s)</source>
        <translation>
            <numerusform>%1, 이전 결정 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
</context>
<context>
    <name>portolan::RowReader</name>
    <message>
        <source>column &quot;%1&quot; of row %2 in table &quot;%3&quot; holds an invalid value</source>
        <translation>테이블 &quot;%3&quot;의 %2행 &quot;%1&quot; 열에 잘못된 값이 있습니다</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>동작 또는 키로 필터</translation>
    </message>
</context>
<context>
    <name>portolan::SignOffDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>반려(&amp;R)</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file with your name and the time, and printed on the change report.</source>
        <translation>리비전 %3 대비 검토한 %2의 리비전 %1에 대한 결정입니다. 이름 및 시각과 함께 프로젝트 파일에 보관되며, 변경 보고서에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Kept as your name for the revisions you save and the changes you sign off</source>
        <translation>저장하는 리비전과 결재하는 변경에 사용할 이름으로 보관됩니다</translation>
    </message>
    <message>
        <source>What you checked, conditions, or why the change is rejected</source>
        <translation>확인한 내용, 조건 또는 변경을 반려하는 이유</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>결정 기록(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>검토자(&amp;V):</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>의견(&amp;C):</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Say why the change is rejected.</source>
        <translation>변경을 반려하는 이유를 입력하십시오.</translation>
    </message>
</context>
</TS>
