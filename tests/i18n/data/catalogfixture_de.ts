<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few catalog texts in German, written for the tests (not shipped): the holes reordered as a
     translator may reorder them. -->
<TS version="2.1" language="de">
<context>
    <name>catalog:pcns.nmc-port</name>
    <message>
        <source>NMC &quot;{id}&quot;: registration port {port} is not allowed; use 80, 443 or a port from 5000 to 32768.</source>
        <translation>Registrierungsport {port} der NMC „{id}“ ist nicht zulässig; 80, 443 oder einen Port von 5000 bis 32768 verwenden.</translation>
    </message>
</context>
<context>
    <name>catalog:pcns.registration</name>
    <message>
        <source>PowerChute registration and settings check</source>
        <translation>PowerChute-Registrierung und Einstellungsprüfung</translation>
    </message>
    <message>
        <source>HTTP registration is authenticated with MD5; prefer HTTPS.</source>
        <translation>Die HTTP-Registrierung wird mit MD5 authentifiziert; besser HTTPS verwenden.</translation>
    </message>
</context>
<context>
    <name>catalog:type:nmc</name>
    <message>
        <source>UPS Network Management Card</source>
        <translation>USV-Netzwerkmanagementkarte</translation>
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
    <name>catalog:link:pcns+nmc</name>
    <message>
        <source>The PowerChute agent is registered with the UPS&apos;s Network Management Card.</source>
        <translation>Der PowerChute-Agent ist bei der Netzwerkmanagementkarte der USV registriert.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Security notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
</context>
</TS>
