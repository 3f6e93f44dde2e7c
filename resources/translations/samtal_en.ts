<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/session/consent_page.py" line="47"/>
        <source>Syftet med intervjun är förklarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="49"/>
        <source>Konfidentialitet: inga namn sparas, rapporten pseudonymiseras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="51"/>
        <source>Det är frivilligt att delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="52"/>
        <source>Informanten kan avbryta när som helst utan att säga varför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="54"/>
        <source>Att delta påverkar inte kontakten med eller stödet från verksamheten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="56"/>
        <source>Samtycker till att vi antecknar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="57"/>
        <source>Samtycker till ljudinspelning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="58"/>
        <source>Informerad om att inspelningen raderas när den skrivits ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="59"/>
        <source>Samtycker till pseudonymiserade citat i rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="60"/>
        <source>Vill se citaten innan de används</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="62"/>
        <source>Samtycker till att känsliga uppgifter (t.ex. hälsa) antecknas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../ui/analysis/window.py" line="210"/>
        <source>Fråga i guiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="213"/>
        <source>Svar på frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="219"/>
        <source>Tema att läsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="221"/>
        <source>Stycken och citat med temat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="227"/>
        <source>Intervjuer med antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="231"/>
        <source>Intervjuns anteckningar och citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="241"/>
        <source>Sök i anteckningar och citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="243"/>
        <source>Sök (Ctrl+F): ord, början av ord, ”fras”, -utan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="248"/>
        <source>Sökträffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="255"/>
        <source>Läsvyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="256"/>
        <source>Per &amp;fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="257"/>
        <source>Per &amp;tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="258"/>
        <source>Per &amp;intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="259"/>
        <source>&amp;Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="273"/>
        <source>Kodbok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="299"/>
        <source>Samtal – analys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="318"/>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="324"/>
        <source>&amp;Analys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="325"/>
        <source>&amp;Sök…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="328"/>
        <source>&amp;Tagga markeringen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="331"/>
        <source>&amp;Nytt tema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="333"/>
        <source>S&amp;täng analysen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="338"/>
        <source>Tagga med tema nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="341"/>
        <source>Tema {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="388"/>
        <source>{n} anteckningar, {q} citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="409"/>
        <source>{p} stycken, {q} citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="460"/>
        <source>Inga träffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="462"/>
        <source>{n} träffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="465"/>
        <source>De {n} bästa träffarna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app_controller.py" line="97"/>
        <source>Förbereder demoprojektet…</source>
        <extracomment>The demo holds only fictional text; its passphrase is shown in the UI and the README.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="173"/>
        <source>Projektet är låst. Skriv lösenordet för att fortsätta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="114"/>
        <source>Kodbok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="125"/>
        <location filename="../../ui/analysis/codebook_panel.py" line="204"/>
        <source>Nytt tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="126"/>
        <source>Undertema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="127"/>
        <location filename="../../ui/analysis/codebook_panel.py" line="222"/>
        <source>Byt namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="128"/>
        <location filename="../../ui/analysis/codebook_panel.py" line="232"/>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="129"/>
        <source>Färg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="130"/>
        <source>Slå ihop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="131"/>
        <source>Flytta upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="132"/>
        <source>Flytta ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="133"/>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="204"/>
        <source>Temats namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="222"/>
        <source>Nytt namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="232"/>
        <source>Vad temat handlar om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="257"/>
        <source>Slå ihop teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="258"/>
        <source>Flytta alla taggar och undertema från ”{name}” till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="280"/>
        <source>Ta bort temat ”{name}” och dess taggar? Undertema flyttas upp en nivå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/session/consent_page.py" line="90"/>
        <source>Information till informanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="93"/>
        <source>Samtycke – gå igenom punkterna tillsammans med informanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="98"/>
        <source>Krävs för att börja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="99"/>
        <source>Frivilligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="113"/>
        <source>Muntligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="115"/>
        <source>Skriftligt (pappersblanketten förvaras utanför programmet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="118"/>
        <source>Hur samtycket gavs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="121"/>
        <source>Revisorskod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="124"/>
        <source>Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="126"/>
        <source>Samtycket gavs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="127"/>
        <source>&amp;Revisorskod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="128"/>
        <source>Tid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="132"/>
        <source>Samtyckets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="137"/>
        <location filename="../../ui/session/consent_page.py" line="138"/>
        <source>Spara samtycket och starta intervjun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="142"/>
        <source>Informanten tar tillbaka sitt samtycke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="143"/>
        <source>Registrera att samtycket tas tillbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="184"/>
        <location filename="../../ui/session/consent_page.py" line="185"/>
        <source>Spara samtycket och fortsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/consent_page.py" line="205"/>
        <source>%n obligatoriska punkter återstår.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="207"/>
        <source>Skriv revisorns kod (initialer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="209"/>
        <source>Allt som krävs är ibockat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="249"/>
        <source>Samtycket är tillbakataget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="50"/>
        <source>Exportera till Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="56"/>
        <source>Vad ska exporteras?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="60"/>
        <source>Intervjuutskrift (en intervju)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="61"/>
        <source>Citat per tema (valda intervjuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>Frågeguiden som papperskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="63"/>
        <source>Informationsbrev och samtyckeslista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="73"/>
        <source>Intervjuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Kryptera filen med ett lösenord (rekommenderas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Kryptera filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>Lösenord för filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Upprepa lösenordet för filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="94"/>
        <source>Varning: en okrypterad fil kan läsas av alla som kommer åt den, även i molnsynkade mappar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="98"/>
        <source>Fil att spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>Välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>Välj fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Felmeddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115"/>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="116"/>
        <source>&amp;Upprepa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>&amp;Spara som:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="120"/>
        <location filename="../../ui/export_dialog.py" line="121"/>
        <source>Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="123"/>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="176"/>
        <source>Mappen synkas till molnet ({name}). Spara hellre lokalt, och kryptera alltid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="181"/>
        <source>Spara export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="181"/>
        <source>Word-dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="199"/>
        <source>Lösenordet för filen måste ha minst {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="203"/>
        <source>Lösenorden är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="210"/>
        <source>Välj minst en intervju.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="218"/>
        <source>Exporterar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/analysis/window.py" line="117"/>
        <source>Filter: intervjuns status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="118"/>
        <source>Alla statusar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="122"/>
        <source>Filter: intervjusätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="123"/>
        <source>Alla sätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="126"/>
        <source>Filter: från datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="127"/>
        <source>Filter: till datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="129"/>
        <source>Filter: tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="130"/>
        <source>Bara nyckelcitat ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="131"/>
        <source>Filter: bara stjärnmärkta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="138"/>
        <source>Från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="140"/>
        <source>till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="159"/>
        <source>alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="167"/>
        <source>Alla teman</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../../ui/guide_editor.py" line="70"/>
        <source>Ny frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="119"/>
        <source>Guidens &amp;titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="121"/>
        <source>Guidens titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="161"/>
        <location filename="../../ui/guide_editor.py" line="205"/>
        <location filename="../../ui/guide_editor.py" line="482"/>
        <location filename="../../ui/guide_editor.py" line="489"/>
        <source>Nytt avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="164"/>
        <location filename="../../ui/guide_editor.py" line="206"/>
        <source>Ny fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="167"/>
        <location filename="../../ui/guide_editor.py" line="207"/>
        <source>Ny följdfråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="170"/>
        <location filename="../../ui/guide_editor.py" line="208"/>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="176"/>
        <location filename="../../ui/guide_editor.py" line="209"/>
        <source>Flytta upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="179"/>
        <location filename="../../ui/guide_editor.py" line="210"/>
        <source>Flytta ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="181"/>
        <location filename="../../ui/guide_editor.py" line="253"/>
        <location filename="../../ui/guide_editor.py" line="254"/>
        <source>Redigera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="182"/>
        <location filename="../../ui/guide_editor.py" line="211"/>
        <source>Ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="184"/>
        <location filename="../../ui/guide_editor.py" line="212"/>
        <source>Gör om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="221"/>
        <source>Guidens avsnitt, frågor och följdfrågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="260"/>
        <source>Redigera markerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="265"/>
        <source>Välj ett avsnitt, en fråga eller en följdfråga i listan, eller lägg till ett nytt avsnitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="271"/>
        <source>Inget markerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="277"/>
        <source>Avsnittets rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="278"/>
        <source>Avsnittets inledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="280"/>
        <source>Planerad tid i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="282"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="283"/>
        <source>ingen angiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="284"/>
        <source>&amp;Rubrik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="286"/>
        <source>&amp;Inledning (läses upp eller är stöd för intervjuaren):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="288"/>
        <source>&amp;Planerad tid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="294"/>
        <source>Frågans nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="298"/>
        <source>Frågetext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="299"/>
        <source>Ledtråd till intervjuaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="301"/>
        <source>Frågetyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="303"/>
        <source>Öppen fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="304"/>
        <source>Ja / nej / vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="305"/>
        <source>Instämmandeskala (fem steg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="306"/>
        <source>Betyg 1–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="307"/>
        <source>Flerval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="310"/>
        <source>Svarsalternativ, ett per rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="311"/>
        <source>&amp;Svarsalternativ (ett per rad):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="313"/>
        <source>&amp;Nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="314"/>
        <source>&amp;Fråga:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="315"/>
        <location filename="../../ui/guide_editor.py" line="331"/>
        <source>&amp;Ledtråd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="316"/>
        <source>T&amp;yp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="323"/>
        <source>Följdfrågans text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="324"/>
        <source>Följdfrågans ledtråd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="326"/>
        <source>När följdfrågan visas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="327"/>
        <source>Alltid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="328"/>
        <source>Om ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="329"/>
        <source>Om nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="330"/>
        <source>&amp;Följdfråga:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="332"/>
        <source>&amp;Visas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="343"/>
        <source>Förhandsvisning – så ser intervjuaren frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="344"/>
        <source>Förhandsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="424"/>
        <source>Ändra frågetyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="447"/>
        <source>Lägg till gren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="488"/>
        <source>Lägg till fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_editor.py" line="613"/>
        <source>”Om ja/Om nej” går bara på ja/nej-frågor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideImportDialog</name>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="50"/>
        <location filename="../../ui/guide_import_dialog.py" line="51"/>
        <source>Importera frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="54"/>
        <source>Kontrollera guiden innan den sparas och rätta det som blev fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="56"/>
        <source>Från %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="59"/>
        <source>Om importen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="63"/>
        <source>Saker att kontrollera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="67"/>
        <source>&amp;Att kontrollera (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="78"/>
        <source>Spara som &amp;ny guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="79"/>
        <source>Spara som ny guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="80"/>
        <source>Spara som ny &amp;version av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="81"/>
        <source>Spara som ny version av en befintlig guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="83"/>
        <source>Befintlig guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="86"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="107"/>
        <source>Felmeddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="118"/>
        <location filename="../../ui/guide_import_dialog.py" line="119"/>
        <source>Spara i projektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_import_dialog.py" line="121"/>
        <location filename="../../ui/guide_import_dialog.py" line="122"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePreview</name>
    <message>
        <location filename="../../ui/guide_preview.py" line="34"/>
        <source>Förhandsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="79"/>
        <source>Ingen guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="79"/>
        <source>Ingen guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="96"/>
        <source>Guidens titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="98"/>
        <location filename="../../ui/guide_preview.py" line="111"/>
        <source>Inledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="99"/>
        <source>%1 avsnitt · %2 frågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="102"/>
        <source>%1 min planerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="103"/>
        <source>Omfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="106"/>
        <source>Avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="108"/>
        <source>Planerad tid: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="109"/>
        <source>Planerad tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="114"/>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="123"/>
        <source>fråga %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="124"/>
        <source>Var i guiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="128"/>
        <source>Frågetext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="130"/>
        <location filename="../../ui/guide_preview.py" line="207"/>
        <source>Ledtråd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="135"/>
        <source>Följdfrågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="137"/>
        <source>Om ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="137"/>
        <source>Om nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="160"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="160"/>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="160"/>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="173"/>
        <source>Svar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="179"/>
        <source>Svarsalternativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="199"/>
        <source>Följdfråga: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_preview.py" line="200"/>
        <source>Följdfråga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideTreeModel</name>
    <message>
        <location filename="../../ui/guide_model.py" line="207"/>
        <source>(avsnitt utan rubrik)</source>
        <extracomment>Which parent type each node type lives under. Called by ``dropMimeData`` to move a node; the editor routes it through its undo stack.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="210"/>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="216"/>
        <source>(ny fråga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="219"/>
        <source>ja/nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="220"/>
        <source>skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="221"/>
        <source>betyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="222"/>
        <source>flerval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="225"/>
        <source>(ny följdfråga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="227"/>
        <source>Om ja: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_model.py" line="229"/>
        <source>Om nej: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide_window.py" line="43"/>
        <source>Frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="49"/>
        <source>&amp;Spara guiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="50"/>
        <source>Spara guiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="52"/>
        <source>&amp;Importera från Word eller JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="53"/>
        <source>Importera från Word eller JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="55"/>
        <location filename="../../ui/guide_window.py" line="56"/>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="74"/>
        <source>Ny frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="75"/>
        <source>Projektet har ingen frågeguide än. Skriv en här eller importera en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="81"/>
        <source>Version {v}. Har en intervju använt den blir ändringar en ny version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="96"/>
        <source>Sparad som version {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="101"/>
        <source>Importera frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="102"/>
        <source>Frågeguider (*.docx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewCountsModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="276"/>
        <source>Intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="277"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="278"/>
        <source>Sätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="279"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="280"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="281"/>
        <source>Citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="282"/>
        <source>Taggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="283"/>
        <source>Nyckelcitat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <location filename="../../ui/interview_model.py" line="97"/>
        <source>Deltagarkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="97"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="97"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="98"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="98"/>
        <source>Citat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="185"/>
        <source>Intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="186"/>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="187"/>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="188"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="189"/>
        <source>Teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="198"/>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="199"/>
        <source>Stycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="200"/>
        <source>Citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="214"/>
        <source>Allmänt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../ui/interview_model.py" line="17"/>
        <source>På plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="18"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="19"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="20"/>
        <source>Skriftligt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../ui/session/new_interview.py" line="44"/>
        <source>Ny intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="51"/>
        <location filename="../../ui/session/new_interview.py" line="60"/>
        <source>Deltagarkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="62"/>
        <source>Utläst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="67"/>
        <source>Kvitto till informanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="73"/>
        <source>Läs upp eller skriv ut kvittot åt informanten. Med koden kan hen ta tillbaka sitt samtycke utan att uppge sitt namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="83"/>
        <source>Intervjuform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="87"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="90"/>
        <source>initialer, t.ex. AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="91"/>
        <source>Intervjuarens kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="94"/>
        <source>initialer, t.ex. CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="95"/>
        <source>Medlyssnarens kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="97"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="98"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="99"/>
        <source>&amp;Intervjuare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="100"/>
        <source>&amp;Medlyssnare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="105"/>
        <source>Felmeddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="111"/>
        <location filename="../../ui/session/new_interview.py" line="112"/>
        <source>Vidare till samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="114"/>
        <location filename="../../ui/session/new_interview.py" line="115"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="54"/>
        <source>Nytt projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58"/>
        <source>t.ex. Ekonomiskt bistånd 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="59"/>
        <source>Granskningens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Mapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>Välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>Välj mapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Upprepa lösenordet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>&amp;Namn på granskningen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>&amp;Mapp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78"/>
        <source>&amp;Upprepa lösenordet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80"/>
        <source>Minst {n} tecken. Lösenordet kan inte återställas: skriv ner det och förvara det säkert. Projektet krypteras på den här datorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="86"/>
        <source>Börja med frågeguiden från Uppsala-rapporten (ekonomiskt bistånd) – den kan ändras eller bytas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88"/>
        <source>Börja med exempelguiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>Skapa projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <location filename="../../ui/dialogs.py" line="96"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107"/>
        <source>Välj mapp för projektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118"/>
        <source>Skriv ett namn på granskningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="122"/>
        <source>Lösenorden är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>Skapar krypterat projekt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <location filename="../../ui/analysis/reader.py" line="74"/>
        <source>Anteckningens text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="78"/>
        <source>Taggade stycken i anteckningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="83"/>
        <source>Tagga… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="84"/>
        <source>Tagga markeringen med tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="86"/>
        <source>Ta bort tagg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="87"/>
        <source>Ta bort vald tagg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="89"/>
        <source>★ Nyckelstycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="90"/>
        <source>Stjärnmärk vald tagg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="102"/>
        <source>Taggar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="126"/>
        <source>Anteckning – intervju {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="131"/>
        <source>Allmän anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="165"/>
        <source>{star}{theme}: ”{words}” (orden finns inte längre i anteckningen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../ui/session/outline.py" line="45"/>
        <source>Frågeguidens disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="83"/>
        <source>ställd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="84"/>
        <source>överhoppad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="85"/>
        <source>inte ställd än</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="102"/>
        <source>aktuell fråga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <location filename="../../ui/project_window.py" line="131"/>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="132"/>
        <source>&amp;Ny intervju…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="133"/>
        <source>Ö&amp;ppna intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="134"/>
        <source>&amp;Frågeguide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="135"/>
        <source>&amp;Pseudonymisering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="136"/>
        <source>&amp;Exportera till Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="137"/>
        <source>&amp;Analys: teman, taggning, sök…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="138"/>
        <source>Analys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="139"/>
        <source>Analys: teman, taggning och sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="140"/>
        <source>&amp;Lås projektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="141"/>
        <source>&amp;Stäng projektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="142"/>
        <location filename="../../ui/project_window.py" line="143"/>
        <source>Ny intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="144"/>
        <location filename="../../ui/project_window.py" line="145"/>
        <source>Öppna intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="146"/>
        <source>Intervjuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="148"/>
        <source>Inga intervjuer än. Välj ”Ny intervju” när informanten är på plats: först samtycket, sedan frågeguiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="162"/>
        <source>1 intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/project_window.py" line="162"/>
        <source>{n} intervjuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="125"/>
        <source>Citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="128"/>
        <source>Informanten har inte samtyckt till citat. Citat kan inte sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="133"/>
        <source>Vad sa informanten? Enter sparar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="134"/>
        <source>Nytt citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="136"/>
        <source>Stjärna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="137"/>
        <source>Stjärnmärk nästa citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="145"/>
        <source>Tema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="152"/>
        <source>Meddelande om citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="155"/>
        <source>Sparade citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="167"/>
        <source>Växla stjärna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="168"/>
        <source>Växla stjärna på markerat citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="170"/>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="171"/>
        <source>Ta bort markerat citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="177"/>
        <source>F2 redigerar, Delete tar bort, Ctrl+8 växlar stjärna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="241"/>
        <source>Citatet sparades inte: informanten har inte samtyckt till citat. Ändra samtycket först om informanten vill det.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteReader</name>
    <message>
        <location filename="../../ui/analysis/reader.py" line="321"/>
        <source>Ordagrant citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="324"/>
        <source>Citatet i rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="326"/>
        <source>Som det ordagranna citatet. Skriv här för att redigera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="330"/>
        <source>[...] Utelämna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="331"/>
        <source>Ersätt markeringen med [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="333"/>
        <source>Ersätt de markerade orden med [...] (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="335"/>
        <source>[ ] Förtydliga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="336"/>
        <source>Sätt markeringen inom hakparentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="339"/>
        <source>Sätt markeringen inom hakparentes, t.ex. [Handläggaren] (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="342"/>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="344"/>
        <source>Återställ rapportversionen till det ordagranna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="347"/>
        <source>Gör rapportversionen lika med det ordagranna citatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="350"/>
        <source>Nyckelcitat ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="351"/>
        <source>Nyckelcitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="354"/>
        <source>Citatets teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="356"/>
        <source>Tagga… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="357"/>
        <source>Tagga citatet med tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="359"/>
        <source>Ta bort tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="360"/>
        <source>Ta bort valt tema från citatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="374"/>
        <source>Ordagrant (ändras inte):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="376"/>
        <source>I rapporten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/reader.py" line="398"/>
        <source>Citat – intervju {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../ui/analysis/reader.py" line="503"/>
        <source>Välj en anteckning, ett stycke, ett citat eller en sökträff för att läsa och tagga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review_window.py" line="71"/>
        <source>Pseudonymisering – {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="75"/>
        <source>Antal fynd som väntar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="77"/>
        <location filename="../../ui/review_window.py" line="78"/>
        <source>Fynd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="77"/>
        <source>Ersätts med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="77"/>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="77"/>
        <source>Sammanhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="85"/>
        <source>Texten där fyndet finns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="89"/>
        <source>Så här exporteras texten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="93"/>
        <source>&amp;Ersätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="94"/>
        <source>&amp;Behåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="95"/>
        <source>Ersätt &amp;alla av typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="96"/>
        <source>Lägg till markerat ord i &amp;namnlistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="97"/>
        <source>Ersätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="97"/>
        <source>Behåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="98"/>
        <source>Ersätt alla av typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="99"/>
        <source>Lägg till markerat ord i namnlistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="110"/>
        <source>E ersätter, B behåller, pilarna väljer fynd. Markera ett ord i texten och välj ”Lägg till i namnlistan” (Ctrl+Shift+N) om ett namn saknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="118"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="121"/>
        <source>Som den exporteras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="185"/>
        <source>ersätts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="187"/>
        <source>behålls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="188"/>
        <source>väntar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="192"/>
        <source>Inga fynd väntar – klart för export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="193"/>
        <source>{n} fynd väntar på granskning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="229"/>
        <source>anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="229"/>
        <source>citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_window.py" line="230"/>
        <source>{kind} i {where} · regel: {rule} · säkerhet {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../ui/session/runner_page.py" line="53"/>
        <source>Klocka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="57"/>
        <source>Pausa eller fortsätt klockan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="59"/>
        <source>Sparstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="84"/>
        <source>Aktuell fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="88"/>
        <source>Tips till intervjuaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="97"/>
        <source>Svar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="100"/>
        <source>Ja (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="100"/>
        <source>Svar ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="101"/>
        <source>Nej (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="101"/>
        <source>Svar nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="102"/>
        <source>Vet ej (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="102"/>
        <source>Svar vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="116"/>
        <source>Följdfrågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="124"/>
        <location filename="../../ui/session/runner_page.py" line="127"/>
        <source>Anteckningar till frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="129"/>
        <source>Skriv anteckningar här. Varje stycke får sin tid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="131"/>
        <location filename="../../ui/session/runner_page.py" line="134"/>
        <source>Allmän anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="135"/>
        <source>Om intervjun i stort (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="171"/>
        <source>◀ Föregående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="172"/>
        <source>Föregående fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="173"/>
        <source>Nästa ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="174"/>
        <source>Nästa fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="175"/>
        <source>Hoppa över</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="176"/>
        <source>Hoppa över frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="177"/>
        <source>Avsluta intervjun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="178"/>
        <source>Avsluta intervjun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="183"/>
        <source>Ctrl+↓/↑ fråga · Ctrl+J disposition · Alt+1–9 följdfråga · Ctrl+K hoppa över · Ctrl+E anteckning · Ctrl+Shift+Q citat · Ctrl+Shift+C markerat → citat · Ctrl+P paus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="241"/>
        <source>Frågeguiden är tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="247"/>
        <source>Fråga %1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="273"/>
        <source>Om ja: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="275"/>
        <source>Om nej: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="281"/>
        <source>Följdfråga %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="283"/>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="237"/>
        <source>Intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="237"/>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="237"/>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="237"/>
        <source>Träff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="249"/>
        <source>Allmänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="252"/>
        <source>Citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="252"/>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../ui/session/window.py" line="127"/>
        <source>Samtal – intervju %1</source>
        <extracomment>The session clock&apos;s time source (monotonic seconds); tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="164"/>
        <source>&amp;Intervju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="165"/>
        <source>&amp;Gå till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="166"/>
        <source>Vi&amp;sa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="168"/>
        <source>Nästa fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="171"/>
        <source>Föregående fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="174"/>
        <source>Hoppa till fråga (dispositionen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="177"/>
        <source>Hoppa över frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="181"/>
        <source>Anteckningar till frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="184"/>
        <source>Allmän anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="187"/>
        <source>Skriv citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="190"/>
        <source>Markering som citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="196"/>
        <source>Pausa/fortsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="199"/>
        <source>Svar ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="202"/>
        <source>Svar nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="205"/>
        <source>Svar vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="208"/>
        <source>Samtycke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="209"/>
        <source>Avsluta intervjun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="211"/>
        <source>Lås projektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="213"/>
        <source>Stäng fönstret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="216"/>
        <source>Följdfråga %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="223"/>
        <source>Större text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="226"/>
        <source>Mindre text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="229"/>
        <source>Citatfönster för andra skärmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="231"/>
        <source>Sammanfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="357"/>
        <source>Sparat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="366"/>
        <source>Inte sparat – försöker igen. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="455"/>
        <source>Markera text i anteckningen först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="467"/>
        <source>Citat – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="516"/>
        <source>Avsnittet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="519"/>
        <source>Paus (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="519"/>
        <source>Starta klockan (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="522"/>
        <source>går</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="522"/>
        <source>pausad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="106"/>
        <source>Intervjuer för brukarrevision: frågeguide, samtycke, anteckningar och citat – krypterat på den här datorn och pseudonymiserat innan något lämnar den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="109"/>
        <source>&amp;Nytt projekt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="110"/>
        <source>Nytt projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="111"/>
        <source>Ö&amp;ppna projekt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="112"/>
        <source>Öppna projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="113"/>
        <source>Öppna &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="114"/>
        <source>Öppna demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="115"/>
        <source>Projekt i standardmappen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="116"/>
        <source>Projekt i standardmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="117"/>
        <source>&amp;Språk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="118"/>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/interview_model.py" line="27"/>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="28"/>
        <source>Samtycke klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="29"/>
        <source>Pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="30"/>
        <source>Pausad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="31"/>
        <source>Avslutad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interview_model.py" line="32"/>
        <source>Avbruten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/session/summary_page.py" line="32"/>
        <source>Sammanfattning av intervjun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="33"/>
        <location filename="../../ui/session/summary_page.py" line="34"/>
        <source>Redigera anteckningar och citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="37"/>
        <location filename="../../ui/session/summary_page.py" line="38"/>
        <source>Stäng intervjun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="57"/>
        <source>Intervju %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="61"/>
        <source>Status: %1 · Tid: %2 · %3 av %4 frågor ställda, %5 överhoppade, %6 inte ställda · %7 anteckningar · %8 citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="79"/>
        <source>Avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="80"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="81"/>
        <source>Ställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="82"/>
        <source>Överhoppade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="83"/>
        <source>Inte ställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="96"/>
        <source>överhoppad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="98"/>
        <source>inte ställd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="45"/>
        <source>Tagga med tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="47"/>
        <source>Skriv för att filtrera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="48"/>
        <source>Filtrera teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="50"/>
        <source>Teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="67"/>
        <source>Välj ett eller flera teman (Ctrl-klick):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="143"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="143"/>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="171"/>
        <source>Lås upp projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="175"/>
        <source>Projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>Skriv projektets lösenord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="180"/>
        <source>Lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="184"/>
        <location filename="../../ui/dialogs.py" line="185"/>
        <source>Lås upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187"/>
        <location filename="../../ui/dialogs.py" line="188"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="207"/>
        <source>Låser upp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../ui/guide_editor.py" line="684"/>
        <source>Frågeguide – Samtal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="55"/>
        <source>Samtal avslutades oväntat förra gången. En felrapport utan innehåll finns sparad lokalt; den skickas aldrig någonstans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>Ersätta filen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="239"/>
        <source>{name} finns redan. Vill du ersätta den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="132"/>
        <source>Frågeguide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="133"/>
        <source>Guiden har ändringar som inte är sparade. Spara dem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="134"/>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="135"/>
        <source>Spara inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="136"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="231"/>
        <source>Ta tillbaka samtycket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="233"/>
        <source>Registrera att informanten tar tillbaka sitt samtycke? Intervjun avbryts. Att radera det som sparats är ett separat steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="311"/>
        <source>Ta bort citat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="311"/>
        <source>Ta bort citatet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="549"/>
        <source>Avsluta intervjun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="550"/>
        <source>Avsluta intervjun? Anteckningar och citat kan redigeras efteråt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="148"/>
        <source>Öppna projekt (mapp som slutar på .samtal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
