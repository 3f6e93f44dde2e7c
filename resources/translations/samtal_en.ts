<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name />
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="61" />
        <source>Importera ljud…</source>
        <translation>Import audio…</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="62" />
        <source>Importera utskrift…</source>
        <translation>Import transcript…</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="63" />
        <source>Maskinutkast…</source>
        <translation>Machine draft…</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="64" />
        <source>Utkastet är genomgånget</source>
        <translation>Draft checked</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="65" />
        <source>Radera ljudet…</source>
        <translation>Delete the audio…</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="66" />
        <source>Tangenter…</source>
        <translation>Keys…</translation>
    </message>
</context>
<context>
    <name>A11y</name>
    <message>
        <location filename="../../ui/widgets/a11y.py" line="83" />
        <source>Meny</source>
        <extracomment>the last announcements made (newest last), for the tests: no AT-SPI bus runs there</extracomment>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/a11y.py" line="90" />
        <source>Fler menyer</source>
        <translation>More menus</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../ui/analysis/window.py" line="75" />
        <source>Fråga i guiden</source>
        <translation>Question in the guide</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="78" />
        <source>Svar på frågan</source>
        <translation>Answers to the question</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="82" />
        <source>Frå&amp;ga:</source>
        <translation>&amp;Guide question:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="86" />
        <source>Tema att läsa</source>
        <translation>Theme to read</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="89" />
        <source>Stycken och citat med temat</source>
        <translation>Passages and quotes with the theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="93" />
        <source>&amp;Läs temat:</source>
        <translation>&amp;Read theme:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="97" />
        <source>Intervjuer med antal</source>
        <translation>Interviews with counts</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="101" />
        <source>Intervjuns anteckningar och citat</source>
        <translation>The interview's notes and quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="111" />
        <source>Sök i anteckningar och citat</source>
        <translation>Search notes and quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="113" />
        <source>Sök (Ctrl+F): ord, början av ord, ”fras”, -utan</source>
        <translation>Search (Ctrl+F): word, start of word, “phrase”, -exclude</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="116" />
        <source>Töm sökfältet</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="119" />
        <source>Sökträffar</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="124" />
        <source>Sök efter:</source>
        <translation>Search for:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="128" />
        <source>Visa %1 träffar till</source>
        <translation>Show %1 more hits</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="130" />
        <source>Visa fler sökträffar</source>
        <translation>Show more search hits</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="138" />
        <source>Läsvyer</source>
        <translation>Reading views</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="139" />
        <source>Per &amp;fråga</source>
        <translation>By &amp;question</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="140" />
        <source>Per &amp;tema</source>
        <translation>By &amp;theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="141" />
        <source>Per &amp;intervju</source>
        <translation>By &amp;interview</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="142" />
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="146" />
        <source>Sa&amp;mmanställning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="164" />
        <source>Kodbok</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="193" />
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="292" />
        <source>1 anteckning</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="292" />
        <source>{n} anteckningar</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="294" />
        <location filename="../../ui/analysis/window.py" line="316" />
        <source>1 citat</source>
        <translation>1 quote</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="294" />
        <location filename="../../ui/analysis/window.py" line="316" />
        <source>{n} citat</source>
        <translation>{n} quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="314" />
        <source>1 stycke</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="314" />
        <source>{n} stycken</source>
        <translation>{n} passages</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="216" />
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="222" />
        <source>&amp;Analys</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="223" />
        <source>&amp;Sök…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="226" />
        <source>&amp;Tagga markeringen…</source>
        <translation>&amp;Tag selection…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="229" />
        <source>&amp;Nytt tema…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="231" />
        <source>S&amp;täng analysen</source>
        <translation>&amp;Close analysis</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="236" />
        <source>Tagga med tema nummer</source>
        <translation>Tag with theme number</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="239" />
        <source>Tema {n}</source>
        <translation>Theme {n}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="379" />
        <source>Inga träffar</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="382" />
        <source>{n} träffar</source>
        <translation>{n} matches</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="382" />
        <source>1 träff</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="387" />
        <source>{n} av {total} träffar</source>
        <translation>{n} of {total} hits</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/window.py" line="393" />
        <source>De {n} bästa träffarna</source>
        <translation>The {n} best matches</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="59" />
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="64" />
        <source>Svar:</source>
        <extracomment>The answer buttons by stored value (options by their text), then "declined".</extracomment>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="69" />
        <source>Vill inte svara (Alt+W)</source>
        <translation>Prefers not to answer (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="72" />
        <source>Svar: vill inte svara</source>
        <translation>Answer: prefers not to answer</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="123" />
        <source>Svar: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="125" />
        <source>Tangent %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="154" />
        <source>tangent 1–9, 0 = 10 · Delete rensar</source>
        <translation>keys 1–9, 0 = 10 · Delete clears</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="156" />
        <source>tangent 1–5 · Delete rensar</source>
        <translation>keys 1–5 · Delete clears</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="158" />
        <source>flera svar går bra: tangent 1–9 · Delete rensar</source>
        <translation>several answers allowed: keys 1–9 · Delete clears</translation>
    </message>
    <message>
        <location filename="../../ui/session/answer_panel.py" line="159" />
        <source>tangent J / N / V eller 1–3 · Delete rensar</source>
        <translation>keys J / N / V or 1–3 · Delete clears</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app_controller.py" line="222" />
        <source>Förbereder demoprojektet…</source>
        <extracomment>The demo holds only fictional text; its passphrase is shown in the UI and the README. today's date for retention (tests replace it)</extracomment>
        <translation>Preparing the demo project…</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="325" />
        <source>Lås projektet</source>
        <translation>Lock the project</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="393" />
        <source>Projektet är låst. Skriv lösenordet för att fortsätta.</source>
        <translation>The project is locked. Enter the passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="463" />
        <source>Säkerhetskopierar projektet…</source>
        <translation>Backing up the project…</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="483" />
        <source>Säkerhetskopian misslyckades</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="484" />
        <source>Projektet är stängt, men säkerhetskopian kunde inte göras. %1</source>
        <translation>The project is closed, but the backup could not be made. %1</translation>
    </message>
    <message>
        <location filename="../../ui/start/in_use.py" line="27" />
        <source>Projektet är redan öppet</source>
        <translation>The project is already open</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="56" />
        <source>Ljud och gallring</source>
        <translation>Audio and retention</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="62" />
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="63" />
        <source>Radera ljudet så många dagar efter intervjun</source>
        <translation>Delete the audio this many days after the interview</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="67" />
        <source>Ljudet ska raderas</source>
        <translation>The audio is to be deleted</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="69" />
        <source>efter intervjun.</source>
        <translation>after the interview.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="73" />
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="73" />
        <source>Intervjudag</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="73" />
        <source>Längd</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="73" />
        <source>Ljudet</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="75" />
        <source>Inspelningar</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="80" />
        <source>Radera ljudet för markerade…</source>
        <translation>Delete the audio of the selected…</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="84" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="104" />
        <source>Ljudet för %1 intervjuer är äldre än regeln säger. Radera det när utskriften är klar – de markerade nedan.</source>
        <translation>The audio of %1 interviews is older than the rule allows. Delete it once the transcript is done – the selected ones below.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="111" />
        <source>Inspelningarna ligger krypterade i projektet. Metoden är att radera ljudet när intervjun är utskriven; raderingen loggas utan innehåll.</source>
        <translation>The recordings are encrypted inside the project. The method is to delete the audio once the interview is transcribed; the deletion is logged without content.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="119" />
        <source>raderat %1</source>
        <translation>deleted %1</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="121" />
        <source>ska raderas</source>
        <translation>due for deletion</translation>
    </message>
    <message>
        <location filename="../../ui/audio/audio_dialog.py" line="123" />
        <source>finns</source>
        <translation>kept</translation>
    </message>
</context>
<context>
    <name>BackgroundDialog</name>
    <message>
        <location filename="../../ui/session/background_dialog.py" line="25" />
        <source>Bakgrundsuppgifter – %1</source>
        <translation>Background – %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/background_dialog.py" line="31" />
        <source>Grova kategorier, aldrig fritext. Sammanställningen visar bara grupper med minst så många informanter som projektets minsta grupp.</source>
        <translation>Coarse categories, never free text. The summary only shows groups of at least as many informants as the project's minimum group.</translation>
    </message>
    <message>
        <location filename="../../ui/session/background_dialog.py" line="36" />
        <source>Projektet har inga bakgrundsvariabler än. Lägg till dem i projektfönstret: Bakgrundsvariabler och sammanställning.</source>
        <translation>The project has no background variables yet. Add them in the project window: Background variables and summary.</translation>
    </message>
    <message>
        <location filename="../../ui/session/background_dialog.py" line="42" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>BackgroundFields</name>
    <message>
        <location filename="../../ui/session/background_fields.py" line="26" />
        <source>Ej angivet</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="58" />
        <source>Samtal gör en kontrollerad, krypterad säkerhetskopia på den här datorn varje gång projektet stängs. Gör också en kopia till ett USB-minne eller en nätverksmapp som organisationen ansvarar för.</source>
        <extracomment>Where a chosen folder comes from (tests replace these).</extracomment>
        <translation>Samtal makes a verified, encrypted backup on this computer every time the project is closed. Also make a copy on a USB stick or a network folder your organisation is responsible for.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="65" />
        <source>Säkerhetskopior på den här datorn</source>
        <translation>Backups on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="67" />
        <source>Säkerhetskopiera till en mapp…</source>
        <translation>Back up to a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="68" />
        <source>Gör en säkerhetskopia i en mapp du väljer</source>
        <translation>Make a backup in a folder you choose</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="72" />
        <source>Lösenordet som gällde när kopian gjordes</source>
        <translation>The passphrase that was valid when the copy was made</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="75" />
        <source>Lösenord &amp;då kopian gjordes:</source>
        <translation>Passphrase &amp;then:</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="76" />
        <source>Återställ vald kopia…</source>
        <translation>Restore selected copy…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="77" />
        <source>Återställ den valda säkerhetskopian</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="79" />
        <source>Återställ en kopia från en annan mapp…</source>
        <translation>Restore a copy from another folder…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="81" />
        <source>Återställ en säkerhetskopia från en annan mapp</source>
        <translation>Restore a backup from another folder</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="87" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="95" />
        <source>Säkerhetskopior på den här datorn:</source>
        <translation>Backups on this computer:</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="114" />
        <source>(inga än – en görs när projektet stängs)</source>
        <translation>(none yet – one is made when the project is closed)</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="130" />
        <source>Välj mapp för säkerhetskopian</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="140" />
        <source>Gör säkerhetskopia…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="147" />
        <source>Säkerhetskopian är kontrollerad och sparad: %1</source>
        <translation>The backup is verified and saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="183" />
        <source>Välj säkerhetskopian (en .samtal-mapp)</source>
        <translation>Choose the backup (a .samtal folder)</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="188" />
        <source>Mappen är ingen säkerhetskopia av ett Samtal-projekt.</source>
        <translation>The folder is not a backup of a Samtal project.</translation>
    </message>
</context>
<context>
    <name>CancellableJob</name>
    <message>
        <location filename="../../ui/audio/jobs.py" line="85" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChartLabel</name>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="126" />
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="141" />
        <source>Kodbok</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="153" />
        <location filename="../../ui/analysis/codebook_panel.py" line="285" />
        <source>Nytt tema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="156" />
        <source>Undertema</source>
        <translation>Sub-theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="157" />
        <source>Nytt undertema till valt tema</source>
        <translation>New sub-theme of the selected theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="160" />
        <location filename="../../ui/analysis/codebook_panel.py" line="303" />
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="160" />
        <source>Byt namn på valt tema</source>
        <translation>Rename the selected theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="161" />
        <location filename="../../ui/analysis/codebook_panel.py" line="313" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="161" />
        <source>Beskriv valt tema</source>
        <translation>Describe the selected theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="162" />
        <source>Färg</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="162" />
        <source>Välj färg för valt tema</source>
        <translation>Choose a colour for the selected theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="165" />
        <source>Slå ihop…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="166" />
        <source>Slå ihop valt tema med ett annat</source>
        <translation>Merge the selected theme into another</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="171" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="172" />
        <source>Flytta upp valt tema</source>
        <translation>Move the selected theme up</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="177" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="178" />
        <source>Flytta ned valt tema</source>
        <translation>Move the selected theme down</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="181" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="181" />
        <source>Ta bort valt tema</source>
        <translation>Remove the selected theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="184" />
        <source>Importera kodbok…</source>
        <translation>Import codebook…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="185" />
        <source>Importera kodbok (.qdc)</source>
        <translation>Import a codebook (.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="190" />
        <source>Exportera kodbok…</source>
        <translation>Export codebook…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="191" />
        <source>Exportera kodbok (.qdc)</source>
        <translation>Export the codebook (.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="285" />
        <source>Temats namn:</source>
        <translation>Theme name:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="303" />
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="313" />
        <source>Vad temat handlar om:</source>
        <translation>What the theme is about:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="338" />
        <source>Slå ihop teman</source>
        <translation>Merge themes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="339" />
        <source>Flytta alla taggar och undertema från ”{name}” till:</source>
        <translation>Move all tags and sub-themes from “{name}” to:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="361" />
        <source>Ta bort temat ”{name}” och dess taggar? Undertema flyttas upp en nivå.</source>
        <translation>Remove the theme “{name}” and its tags? Sub-themes move up one level.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="373" />
        <source>Importera kodbok</source>
        <translation>Import codebook</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="373" />
        <source>REFI-QDA-kodbok (*.qdc *.QDC)</source>
        <translation>REFI-QDA codebook (*.qdc *.QDC)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="383" />
        <source>{added} teman lades till, {existing} fanns redan.</source>
        <translation>{added} themes added, {existing} were already there.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="394" />
        <source>Exportera kodbok</source>
        <translation>Export codebook</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="396" />
        <source>REFI-QDA-kodbok (*.qdc)</source>
        <translation>REFI-QDA codebook (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="407" />
        <source>{n} teman sparades i {name}.</source>
        <translation>{n} themes saved in {name}.</translation>
    </message>
</context>
<context>
    <name>ColistenerWindow</name>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="306" />
        <source>Samtal – medlyssnare, %1</source>
        <translation>Samtal – co-listener, %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="308" />
        <source>Medlyssnare · intervju %1</source>
        <translation>Co-listener · interview %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="315" />
        <source>Egen klocka</source>
        <translation>Own clock</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="317" />
        <source>Aktuell fråga följer klockan</source>
        <translation>The current question follows the clock</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="318" />
        <source>Frågeguidens disposition</source>
        <translation>Outline of the question guide</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="321" />
        <source>Informanten har inte samtyckt till citat (eller har återkallat samtycket). Citat kan inte sparas.</source>
        <translation>The informant has not consented to quotes (or has withdrawn consent). Quotes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="325" />
        <source>Citat – ordagrant</source>
        <translation>Quote – word for word</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="327" />
        <source>Skriv vad informanten sa. Enter sparar, Skift+Enter ny rad.</source>
        <translation>Type what the informant said. Enter saves, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="329" />
        <source>Nytt citat</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="330" />
        <source>★ Stjärna (Alt+S)</source>
        <translation>★ Star (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="298" />
        <location filename="../../ui/team/colistener_window.py" line="331" />
        <source>Stjärnmärk nästa citat</source>
        <translation>Star the next quote</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="223" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="282" />
        <source>Nästa fråga</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="285" />
        <source>Föregående fråga</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="288" />
        <source>Starta/pausa den egna klockan</source>
        <translation>Start/pause your own clock</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="291" />
        <source>Följ klockan</source>
        <translation>Follow the clock</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="294" />
        <source>Skapa citatpaket</source>
        <translation>Make a quotes package</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="301" />
        <source>Tema {n}</source>
        <translation>Theme {n}</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="311" />
        <source>Pausa klockan (Ctrl+Shift+K)</source>
        <translation>Pause the clock (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="313" />
        <source>Starta klockan (Ctrl+Shift+K)</source>
        <translation>Start the clock (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="316" />
        <source>Följ klockan (Ctrl+Shift+L)</source>
        <translation>Follow the clock (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="333" />
        <source>Tema: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="334" />
        <location filename="../../ui/team/colistener_window.py" line="335" />
        <source>Sparade citat</source>
        <translation>Saved quotes</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="336" />
        <source>Skapa citatpaket… (Ctrl+Shift+S)</source>
        <translation>Make quotes package… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="337" />
        <source>Skapa citatpaket till intervjuaren</source>
        <translation>Make the quotes package for the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="340" />
        <source>Ctrl+↓/↑ nästa/föregående fråga · Ctrl+Shift+L följ klockan · Ctrl+Shift+K klockan · Alt+S stjärna · Ctrl+1–9 teman · på ett sparat citat: * stjärna, Delete tar bort</source>
        <translation>Ctrl+↓/↑ next/previous question · Ctrl+Shift+L follow the clock · Ctrl+Shift+K clock · Alt+S star · Ctrl+1–9 themes · on a saved quote: * star, Delete removes</translation>
    </message>
    <message>
        <location filename="../../ui/team/colistener_window.py" line="452" />
        <source>Citatet sparades (%1).</source>
        <translation>The quote was saved (%1).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="36" />
        <source>Konflikter från paket</source>
        <translation>Conflicts from packages</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="40" />
        <source>Här har båda sidor ändrat samma sak. Inget har skrivits över: en anteckning eller utskrift har den andra versionen under ett märkt stycke, ett citat finns två gånger, och för svar, beslut och bakgrundsuppgifter står den andra versionen här. Rätta i intervjun och markera konflikten som löst.</source>
        <translation>Here both sides changed the same thing. Nothing was overwritten: a note or transcript has the other version under a marked paragraph, a quote is there twice, and for answers, decisions and background details the other version is shown here. Correct the interview and mark the conflict as settled.</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="48" />
        <source>Olösta konflikter</source>
        <translation>Unsettled conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="50" />
        <source>&amp;Markera som löst</source>
        <translation>&amp;Mark as settled</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="56" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="67" />
        <source>Anteckning: båda versionerna finns i anteckningen</source>
        <translation>Note: both versions are in the note</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="68" />
        <source>Citat: båda versionerna finns bland citaten</source>
        <translation>Quote: both versions are among the quotes</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="69" />
        <source>Svar/status för en fråga – deras: %1</source>
        <translation>Answer/status of a question – theirs: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="70" />
        <source>Pseudonymiseringsbeslut – deras: %1</source>
        <translation>Pseudonymisation decision – theirs: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="71" />
        <source>Samtyckesuppgift – deras version sparad</source>
        <translation>Consent record – their version kept</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="72" />
        <source>Intervjuns uppgifter – deras version sparad</source>
        <translation>Interview details – their version kept</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="73" />
        <source>Bakgrundsuppgift (%1) – deras: %2</source>
        <translation>Background detail (%1) – theirs: %2</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="74" />
        <source>Utskrift: båda versionerna finns i utskriften</source>
        <translation>Transcript: both versions are in the transcript</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflicts_dialog.py" line="75" />
        <source>Uppgift om raderat ljud – deras version sparad</source>
        <translation>Deleted-audio record – their version kept</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/session/consent_page.py" line="52" />
        <source>Syftet med intervjun är förklarat</source>
        <translation>The purpose of the interview has been explained</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="55" />
        <source>Konfidentialitet: inga namn sparas, rapporten pseudonymiseras</source>
        <translation>Confidentiality: no names are stored, the report is pseudonymised</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="58" />
        <source>Det är frivilligt att delta</source>
        <translation>Taking part is voluntary</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="61" />
        <source>Informanten kan avbryta när som helst utan att säga varför</source>
        <translation>The informant can stop at any time without saying why</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="64" />
        <source>Att delta påverkar inte kontakten med eller stödet från verksamheten</source>
        <translation>Taking part does not affect contact with or support from the service</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="67" />
        <source>Samtycker till att vi antecknar</source>
        <translation>Consents to us taking notes</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="70" />
        <source>Samtycker till ljudinspelning</source>
        <translation>Consents to an audio recording</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="71" />
        <source>Informerad om att inspelningen raderas när den skrivits ut</source>
        <translation>Informed that the recording is deleted once it has been transcribed</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="74" />
        <source>Samtycker till pseudonymiserade citat i rapporten</source>
        <translation>Consents to pseudonymised quotes in the report</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="77" />
        <source>Vill se citaten innan de används</source>
        <translation>Wants to see the quotes before they are used</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="80" />
        <source>Samtycker till att känsliga uppgifter (t.ex. hälsa) antecknas</source>
        <translation>Consents to sensitive details (e.g. health) being noted</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="134" />
        <source>Information till informanten</source>
        <translation>Information for the informant</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="137" />
        <source>Samtycke – gå igenom punkterna tillsammans med informanten</source>
        <translation>Consent – go through the items together with the informant</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="142" />
        <source>Krävs för att börja</source>
        <translation>Required to start</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="143" />
        <source>Frivilligt</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="162" />
        <source>Muntligt</source>
        <translation>Verbally</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="164" />
        <source>Skriftligt (pappersblanketten förvaras utanför programmet)</source>
        <translation>In writing (the paper form is kept outside the program)</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="167" />
        <source>Hur samtycket gavs</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="170" />
        <source>Revisorskod</source>
        <translation>Auditor code</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="174" />
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="176" />
        <source>Samtycket gavs:</source>
        <translation>Consent given:</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="177" />
        <source>&amp;Revisorskod:</source>
        <translation>&amp;Auditor code:</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="178" />
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="182" />
        <source>Samtyckets status</source>
        <translation>Consent status</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="184" />
        <location filename="../../ui/session/consent_page.py" line="185" />
        <source>Spara samtycket och starta intervjun</source>
        <translation>Save consent and start the interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="189" />
        <source>Informanten tar tillbaka sitt samtycke…</source>
        <translation>The informant withdraws consent…</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="190" />
        <source>Registrera att samtycket tas tillbaka</source>
        <translation>Record that consent is withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="192" />
        <source>Informanten vill inte delta…</source>
        <translation>The informant does not want to take part…</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="194" />
        <source>Informanten vill inte delta: ta bort intervjun</source>
        <translation>The informant does not want to take part: remove the interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="211" />
        <source>Samtyckets punkter</source>
        <translation>Consent points</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="238" />
        <location filename="../../ui/session/consent_page.py" line="239" />
        <source>Spara samtycket och fortsätt</source>
        <translation>Save consent and continue</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="262" />
        <source>1 obligatorisk punkt återstår.</source>
        <translation>1 required item remains.</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="264" />
        <source>{n} obligatoriska punkter återstår.</source>
        <translation>{n} required items remain.</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="269" />
        <source>Skriv revisorns kod (initialer).</source>
        <translation>Enter the auditor's code (initials).</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="271" />
        <source>Allt som krävs är ibockat.</source>
        <translation>Everything required is ticked.</translation>
    </message>
    <message>
        <location filename="../../ui/session/consent_page.py" line="298" />
        <source>Samtycket är tillbakataget.</source>
        <translation>Consent has been withdrawn.</translation>
    </message>
</context>
<context>
    <name>DeleteAudioDialog</name>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="33" />
        <location filename="../../ui/audio/dialogs.py" line="60" />
        <source>Radera ljudet</source>
        <translation>Delete the audio</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="36" />
        <source>Alla ljudfiler för intervjun tas bort ur projektet. Det går inte att ångra. Utskriften och anteckningarna finns kvar, och raderingsloggen får en rad med kod, tid, vem och varför – inget innehåll.</source>
        <translation>All audio files of the interview are removed from the project. This cannot be undone. The transcript and the notes remain, and the deletion log gets a row with code, time, who and why – no content.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="44" />
        <source>Din kod</source>
        <translation>Your code</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="46" />
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="48" />
        <source>Utskriften är klar</source>
        <translation>The transcript is done</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="49" />
        <source>Gallring enligt tidsgräns</source>
        <translation>Retention limit reached</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="50" />
        <source>Felaktig inspelning</source>
        <translation>Faulty recording</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="54" />
        <source>Din kod (initialer):</source>
        <translation>Your code (initials):</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="55" />
        <source>Skäl:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="61" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="54" />
        <source>Spara: %1</source>
        <translation>Save: %1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="59" />
        <location filename="../../ui/analysis/codebook_panel.py" line="67" />
        <location filename="../../ui/widgets/common.py" line="74" />
        <source>Avbryt</source>
        <extracomment>room left for a window's title bar and frame, which Qt cannot know before it is shown</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="66" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="94" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="110" />
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="111" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="112" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="113" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="119" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="120" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="127" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/common.py" line="129" />
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="90" />
        <source>Vad ska exporteras?</source>
        <translation>What should be exported?</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="94" />
        <source>Intervjuutskrift (en intervju)</source>
        <translation>Interview transcript (one interview)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="95" />
        <source>Citat per tema (valda intervjuer)</source>
        <translation>Quotes by theme (selected interviews)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="96" />
        <source>Frågeguiden som papperskopia</source>
        <translation>The question guide as a paper copy</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="97" />
        <source>Informationsbrev och samtyckeslista</source>
        <translation>Information letter and consent checklist</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="98" />
        <source>Sammanställning av slutna frågor (diagram och tabeller)</source>
        <translation>Summary of closed questions (charts and tables)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="108" />
        <source>Dela upp efter bakgrundsvariabel</source>
        <translation>Break down by background variable</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="109" />
        <source>Ingen uppdelning</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="111" />
        <source>Uppdelat efter %1</source>
        <translation>Broken down by %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="113" />
        <source>Projekt för QDA-program, REFI-QDA (.qdpx; valda intervjuer)</source>
        <translation>Project for QDA software, REFI-QDA (.qdpx; selected interviews)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="119" />
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="132" />
        <source>Tidsstämplar före replikerna i utskriften</source>
        <translation>Timestamps before the turns in the transcript</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="133" />
        <source>Tidsstämplar i utskriften</source>
        <translation>Timestamps in the transcript</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="135" />
        <location filename="../../ui/export/dialog.py" line="328" />
        <source>Kryptera filen med ett lösenord (rekommenderas)</source>
        <translation>Encrypt the file with a password (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="136" />
        <source>Kryptera filen</source>
        <translation>Encrypt the file</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="140" />
        <source>Lösenord för filen</source>
        <translation>Password for the file</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="143" />
        <source>Upprepa lösenordet för filen</source>
        <translation>Repeat the password for the file</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="146" />
        <source>Varning: en okrypterad fil kan läsas av alla som kommer åt den, även i molnsynkade mappar.</source>
        <translation>Warning: an unencrypted file can be read by anyone who can access it, including in cloud-synced folders.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="154" />
        <source>För QualCoder, MAXQDA, NVivo, ATLAS.ti m.fl. En .qdpx-fil kan inte själv krypteras: QDA-programmet läser den som den är, och texterna är pseudonymiserade men ändå känsliga. Lägg den i en krypterad zip-fil (AES-256); mottagaren öppnar den med lösenordet, t.ex. i 7-Zip, och importerar sedan .qdpx-filen.</source>
        <translation>For QualCoder, MAXQDA, NVivo, ATLAS.ti and others. A .qdpx file cannot itself be encrypted: the QDA program reads it as it is, and the texts are pseudonymised but still sensitive. Put it in an encrypted zip file (AES-256); the recipient opens it with the password, e.g. in 7-Zip, and then imports the .qdpx file.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="163" />
        <source>Om .qdpx-filer</source>
        <translation>About .qdpx files</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="165" />
        <source>Fil att spara</source>
        <translation>File to save</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="166" />
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="167" />
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="178" />
        <source>Kontrollerar pseudonymiseringen…</source>
        <translation>Checking the pseudonymisation…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="180" />
        <source>Fynd som väntar på granskning</source>
        <translation>Findings waiting for review</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="181" />
        <source>&amp;Granska…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="182" />
        <source>Granska pseudonymiseringen</source>
        <translation>Review the pseudonymisation</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="194" />
        <source>L&amp;ösenord för filen:</source>
        <translation>Pass&amp;word for the file:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="195" />
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="196" />
        <source>&amp;Spara som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="295" />
        <source>Ingen intervjutext i den här exporten.</source>
        <translation>No interview text in this export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="305" />
        <source>Pseudonymiseringen är granskad – inga fynd väntar.</source>
        <translation>The pseudonymisation is reviewed – no findings wait.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="311" />
        <source>1 fynd väntar på granskning ({codes}).</source>
        <translation>1 finding waits for review ({codes}).</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="312" />
        <source>{n} fynd väntar på granskning ({codes}).</source>
        <translation>{n} findings wait for review ({codes}).</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="314" />
        <source>Exporten går inte förrän de är beslutade.</source>
        <translation>The export cannot run until they are decided.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="468" />
        <source> Den är krypterad med lösenordet du valde.</source>
        <translation> It is encrypted with the password you chose.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="473" />
        <source>Klart. Filen %1 är sparad i mappen %2.</source>
        <translation>Done. The file %1 is saved in the folder %2.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="482" />
        <location filename="../../ui/export/dialog.py" line="483" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="84" />
        <location filename="../../ui/export/dialog.py" line="200" />
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="379" />
        <source>Mappen synkas till molnet ({name}). Spara hellre lokalt, och kryptera alltid.</source>
        <translation>The folder is synced to the cloud ({name}). Save locally instead, and always encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="393" />
        <source>Spara export</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="388" />
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="207" />
        <source>Var filen sparades</source>
        <translation>Where the file was saved</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="212" />
        <source>Öppna mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="213" />
        <source>Öppna mappen där filen sparades</source>
        <translation>Open the folder the file was saved in</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="326" />
        <source>Lägg .qdpx-filen i en krypterad zip-fil med lösenord (rekommenderas)</source>
        <translation>Put the .qdpx file in an encrypted zip file with a password (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="389" />
        <source>Krypterad zip-fil (*.zip)</source>
        <translation>Encrypted zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="390" />
        <source>REFI-QDA-projekt (*.qdpx)</source>
        <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="410" />
        <source>Lösenordet för filen måste ha minst {n} tecken.</source>
        <translation>The password for the file must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="417" />
        <source>Lösenorden är inte lika.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="428" />
        <source>Välj minst en intervju.</source>
        <translation>Choose at least one interview.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="441" />
        <location filename="../../ui/export/dialog.py" line="459" />
        <source>Exporterar…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/analysis/views.py" line="107" />
        <source>Filter: intervjuns status</source>
        <translation>Filter: interview status</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="108" />
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="112" />
        <source>Filter: intervjusätt</source>
        <translation>Filter: interview format</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="113" />
        <source>Alla sätt</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="116" />
        <source>Filter: från datum</source>
        <translation>Filter: from date</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="117" />
        <source>Filter: till datum</source>
        <translation>Filter: to date</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="119" />
        <source>Filter: tema</source>
        <translation>Filter: theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="120" />
        <source>Bara &amp;nyckelcitat ★</source>
        <translation>Key quotes o&amp;nly ★</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="126" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="127" />
        <source>Inter&amp;vjusätt:</source>
        <translation>Interview m&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="128" />
        <source>T&amp;ema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="129" />
        <source>Fr&amp;ån:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="130" />
        <source>till:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="121" />
        <source>Filter: bara stjärnmärkta</source>
        <translation>Filter: starred only</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="158" />
        <source>alla</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/views.py" line="166" />
        <source>Alla teman</source>
        <translation>All themes</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../../ui/guide/editor.py" line="64" />
        <source>Ny frågeguide</source>
        <translation>New question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="113" />
        <source>Guidens &amp;titel:</source>
        <translation>Guide &amp;title:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="115" />
        <source>Guidens titel</source>
        <translation>Guide title</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="155" />
        <location filename="../../ui/guide/editor.py" line="211" />
        <location filename="../../ui/guide/editor.py" line="398" />
        <location filename="../../ui/guide/editor.py" line="405" />
        <source>Nytt avsnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="158" />
        <location filename="../../ui/guide/editor.py" line="212" />
        <source>Ny fråga</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="161" />
        <location filename="../../ui/guide/editor.py" line="213" />
        <source>Ny följdfråga</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="164" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="170" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="173" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="175" />
        <location filename="../../ui/guide/editor.py" line="189" />
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="177" />
        <location filename="../../ui/guide/editor.py" line="190" />
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="214" />
        <source>Ta bort det markerade i guiden</source>
        <translation>Remove the selected item from the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="215" />
        <source>Flytta upp det markerade</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="216" />
        <source>Flytta ned det markerade</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="217" />
        <source>Ångra i guiden</source>
        <translation>Undo in the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="218" />
        <source>Gör om i guiden</source>
        <translation>Redo in the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="227" />
        <source>Guidens avsnitt, frågor och följdfrågor</source>
        <translation>The guide's sections, questions and follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="260" />
        <source>Förhandsvisning – så ser intervjuaren frågan</source>
        <translation>Preview – how the interviewer sees the question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/editor.py" line="404" />
        <source>Lägg till fråga</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="33" />
        <source>avsnittet ”%1”</source>
        <extracomment>Fields edited by typing: consecutive keystrokes in one field make one undo step.</extracomment>
        <translation>the section “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="34" />
        <source>utan rubrik</source>
        <translation>without a heading</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="41" />
        <source>fråga %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="42" />
        <source>frågan ”%1”</source>
        <translation>the question “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="43" />
        <source>ny fråga</source>
        <translation>new question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="46" />
        <source>följdfrågan ”%1”</source>
        <translation>the follow-up “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="47" />
        <source>ny följdfråga</source>
        <translation>new follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="49" />
        <source>guiden</source>
        <translation>the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="54" />
        <source>Lade till ett avsnitt.</source>
        <translation>Added a section.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="56" />
        <source>Lade till en fråga i %1.</source>
        <translation>Added a question to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="59" />
        <source>Lade till en följdfråga till %1.</source>
        <translation>Added a follow-up to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="66" />
        <source>Ändrade rubriken på %1.</source>
        <extracomment>What changed, by field: "Ändrade texten i fråga Under tiden · 7."</extracomment>
        <translation>Changed the heading of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="67" />
        <source>Ändrade texten i %1.</source>
        <translation>Changed the text of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="68" />
        <source>Ändrade tipset till %1.</source>
        <translation>Changed the hint for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="69" />
        <source>Ändrade inledningen till %1.</source>
        <translation>Changed the introduction to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="70" />
        <source>Ändrade numret på %1.</source>
        <translation>Changed the number of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="71" />
        <source>Ändrade svarsalternativen till %1.</source>
        <translation>Changed the answer options of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="72" />
        <source>Ändrade tiden för %1.</source>
        <translation>Changed the time for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="73" />
        <source>Ändrade frågetypen för %1.</source>
        <translation>Changed the question type of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="75" />
        <source>Ändrade när %1 visas (alltid, om ja, om nej).</source>
        <translation>Changed when %1 is shown (always, if yes, if no).</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="84" />
        <source>Ändrade guidens titel.</source>
        <translation>Changed the guide's title.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="86" />
        <source>Ändrade guiden.</source>
        <translation>Changed the guide.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="88" />
        <source>Ändrade %1.</source>
        <translation>Changed %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="107" />
        <source>Tog bort %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/commands.py" line="125" />
        <source>Flyttade %1.</source>
        <translation>Moved %1.</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <location filename="../../ui/guide/form.py" line="45" />
        <source>Redigera</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="51" />
        <source>Redigera markerat</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="56" />
        <source>Välj ett avsnitt, en fråga eller en följdfråga i listan, eller lägg till ett nytt avsnitt.</source>
        <translation>Choose a section, question or follow-up in the list, or add a new section.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="62" />
        <source>Inget markerat</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="68" />
        <source>Avsnittets rubrik</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="69" />
        <source>Avsnittets inledning</source>
        <translation>Section introduction</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="71" />
        <source>Planerad tid i minuter</source>
        <translation>Planned time in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="73" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="74" />
        <source>ingen angiven</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="75" />
        <source>&amp;Rubrik:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="77" />
        <source>&amp;Inledning (läses upp eller är stöd för intervjuaren):</source>
        <translation>&amp;Introduction (read aloud or support for the interviewer):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="79" />
        <source>&amp;Planerad tid:</source>
        <translation>&amp;Planned time:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="85" />
        <source>Frågans nummer</source>
        <translation>Question number</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="89" />
        <source>Frågetext</source>
        <translation>Question text</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="90" />
        <source>Ledtråd till intervjuaren</source>
        <translation>Hint for the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="92" />
        <source>Frågetyp</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="94" />
        <source>Öppen fråga</source>
        <translation>Open question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="95" />
        <source>Ja / nej / vet ej</source>
        <translation>Yes / no / don't know</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="96" />
        <source>Instämmandeskala (fem steg)</source>
        <translation>Agreement scale (five points)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="97" />
        <source>Betyg 1–10</source>
        <translation>Rating 1–10</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="98" />
        <source>Flerval</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="101" />
        <source>Svarsalternativ, ett per rad</source>
        <translation>Answer options, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="102" />
        <source>&amp;Svarsalternativ (ett per rad):</source>
        <translation>&amp;Answer options (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="104" />
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="105" />
        <source>&amp;Fråga:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="106" />
        <location filename="../../ui/guide/form.py" line="122" />
        <source>&amp;Ledtråd:</source>
        <translation>&amp;Hint:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="107" />
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="114" />
        <source>Följdfrågans text</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="115" />
        <source>Följdfrågans ledtråd</source>
        <translation>Follow-up hint</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="117" />
        <source>När följdfrågan visas</source>
        <translation>When the follow-up is shown</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="118" />
        <source>Alltid</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="119" />
        <source>Om ja</source>
        <translation>If yes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="120" />
        <source>Om nej</source>
        <translation>If no</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="121" />
        <source>&amp;Följdfråga:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="123" />
        <source>&amp;Visas:</source>
        <translation>&amp;Shown:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/form.py" line="176" />
        <source>”Om ja/Om nej” går bara på ja/nej-frågor</source>
        <translation>“If yes/If no” only works on yes/no questions</translation>
    </message>
</context>
<context>
    <name>GuideImportDialog</name>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="50" />
        <location filename="../../ui/guide/import_dialog.py" line="51" />
        <source>Importera frågeguide</source>
        <translation>Import question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="54" />
        <source>Kontrollera guiden innan den sparas och rätta det som blev fel.</source>
        <translation>Check the guide before it is saved and correct anything that went wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="56" />
        <source>Från %1. </source>
        <translation>From %1. </translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="59" />
        <source>Om importen</source>
        <translation>About the import</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="63" />
        <source>Saker att kontrollera</source>
        <translation>Things to check</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="67" />
        <source>&amp;Att kontrollera (%1):</source>
        <translation>&amp;To check (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="78" />
        <source>Spara som &amp;ny guide</source>
        <translation>Save as &amp;new guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="79" />
        <source>Spara som ny guide</source>
        <translation>Save as new guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="80" />
        <source>Spara som ny &amp;version av:</source>
        <translation>Save as new &amp;version of:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="81" />
        <source>Spara som ny version av en befintlig guide</source>
        <translation>Save as a new version of an existing guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="83" />
        <source>Befintlig guide</source>
        <translation>Existing guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="86" />
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="112" />
        <location filename="../../ui/guide/import_dialog.py" line="113" />
        <source>Spara i projektet</source>
        <translation>Save in the project</translation>
    </message>
    <message>
        <location filename="../../ui/guide/import_dialog.py" line="115" />
        <location filename="../../ui/guide/import_dialog.py" line="116" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuidePreview</name>
    <message>
        <location filename="../../ui/guide/preview.py" line="37" />
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="79" />
        <source>Ingen guide.</source>
        <translation>No guide.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="79" />
        <source>Ingen guide</source>
        <translation>No guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="96" />
        <source>Guidens titel</source>
        <translation>Guide title</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="98" />
        <location filename="../../ui/guide/preview.py" line="111" />
        <source>Inledning</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="99" />
        <source>%1 avsnitt · %2 frågor</source>
        <translation>%1 sections · %2 questions</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="102" />
        <source>%1 min planerat</source>
        <translation>%1 min planned</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="103" />
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="106" />
        <source>Avsnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="108" />
        <source>Planerad tid: %1 min</source>
        <translation>Planned time: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="109" />
        <source>Planerad tid</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="114" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="123" />
        <source>fråga %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="124" />
        <source>Var i guiden</source>
        <translation>Where in the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="128" />
        <source>Frågetext</source>
        <translation>Question text</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="130" />
        <location filename="../../ui/guide/preview.py" line="209" />
        <source>Ledtråd</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="135" />
        <source>Följdfrågor</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="137" />
        <source>Om ja</source>
        <translation>If yes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="137" />
        <source>Om nej</source>
        <translation>If no</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="160" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="160" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="160" />
        <source>Vet ej</source>
        <translation>Don't know</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="173" />
        <source>Svar: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="180" />
        <source>Svarsalternativ</source>
        <translation>Answer options</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="200" />
        <source>Följdfråga: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/preview.py" line="202" />
        <source>Följdfråga</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>GuideTreeModel</name>
    <message>
        <location filename="../../ui/guide/model.py" line="207" />
        <source>(avsnitt utan rubrik)</source>
        <extracomment>Which parent type each node type lives under. Called by ``dropMimeData`` to move a node; the editor routes it through its undo stack.</extracomment>
        <translation>(section without heading)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="210" />
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="216" />
        <source>(ny fråga)</source>
        <translation>(new question)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="219" />
        <source>ja/nej</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="220" />
        <source>skala</source>
        <translation>scale</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="221" />
        <source>betyg</source>
        <translation>rating</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="222" />
        <source>flerval</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="225" />
        <source>(ny följdfråga)</source>
        <translation>(new follow-up)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="227" />
        <source>Om ja: %1</source>
        <translation>If yes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/model.py" line="229" />
        <source>Om nej: %1</source>
        <translation>If no: %1</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide/window.py" line="44" />
        <source>Frågeguide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="49" />
        <source>Guidens status</source>
        <translation>The guide's status</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="50" />
        <source>&amp;Spara guiden</source>
        <translation>&amp;Save guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="51" />
        <location filename="../../ui/guide/window.py" line="60" />
        <source>Spara guiden</source>
        <translation>Save guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="53" />
        <source>&amp;Importera från Word eller JSON…</source>
        <translation>&amp;Import from Word or JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="54" />
        <source>Importera från Word eller JSON</source>
        <translation>Import from Word or JSON</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="56" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="57" />
        <source>Stäng frågeguiden</source>
        <translation>Close the question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="76" />
        <source>Ny frågeguide</source>
        <translation>New question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="78" />
        <source>Projektet har ingen frågeguide än. Skriv en här eller importera en.</source>
        <translation>The project has no question guide yet. Write one here or import one.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="87" />
        <source>Version {v}. Har en intervju använt den blir ändringar en ny version.</source>
        <translation>Version {v}. Once an interview has used it, changes become a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="103" />
        <source>Sparad som version {v}.</source>
        <translation>Saved as version {v}.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="110" />
        <source>Importera frågeguide</source>
        <translation>Import question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="112" />
        <source>Frågeguider (*.docx *.json)</source>
        <translation>Question guides (*.docx *.json)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/start/help.py" line="38" />
        <source>Kom igång med Samtal</source>
        <translation>Getting started with Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/start/help.py" line="42" />
        <source>Kom igång</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/start/help.py" line="47" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/start/help.py" line="48" />
        <source>Stäng hjälpen</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>InterviewCountsModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="298" />
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="299" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="300" />
        <source>Sätt</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="301" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="302" />
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="303" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="304" />
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="305" />
        <source>Nyckelcitat</source>
        <translation>Key quotes</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <location filename="../../ui/project/interview_model.py" line="75" />
        <source>Deltagarkod</source>
        <translation>Participant code</translation>
    </message>
    <message>
        <location filename="../../ui/project/interview_model.py" line="76" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/project/interview_model.py" line="77" />
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/project/interview_model.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/project/interview_model.py" line="79" />
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/project/interview_model.py" line="80" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="41" />
        <source>Bjud in medlyssnare</source>
        <translation>Invite a co-listener</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="47" />
        <source>Be medlyssnaren välja &lt;b&gt;Anslut som medlyssnare&lt;/b&gt; i Samtal på sin dator och skriva den här koden:</source>
        <translation>Ask the co-listener to choose &lt;b&gt;Join as co-listener&lt;/b&gt; in Samtal on their laptop and type this code:</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="64" />
        <source>QR-kod med adressen</source>
        <translation>QR code with the address</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="82" />
        <source>&amp;Ny kod</source>
        <translation>&amp;New code</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="83" />
        <source>&amp;Avsluta medlyssning</source>
        <translation>&amp;End co-listening</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="84" />
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="123" />
        <source>Kod: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="129" />
        <source>Hittar medlyssnarens dator inte din? Skriv in adressen där (eller läs av QR-koden med en mobil):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Båda datorerna ska vara på samma nätverk (kontorets wifi eller en mobils surfzon).</source>
        <translation>Does the co-listener's laptop not find yours? Type the address there (or read the QR code with a phone):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Both laptops must be on the same network (the office Wi-Fi or a phone's hotspot).</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="143" />
        <source>Koden gäller inte längre. Välj Ny kod.</source>
        <translation>The code is no longer valid. Choose New code.</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="148" />
        <source>Koden gäller i %1 till, för en medlyssnare.</source>
        <translation>The code is valid for %1 more, for one co-listener.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/invite_dialog.py" line="156" />
        <source>Medlyssnaren är ansluten. %n citat har kommit.</source>
        <translation>
            <numerusform>The co-listener is connected. %n quote has arrived.</numerusform>
            <numerusform>The co-listener is connected. %n quotes have arrived.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="158" />
        <source>Väntar på medlyssnaren …</source>
        <translation>Waiting for the co-listener …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/invite_dialog.py" line="161" />
        <source>Medlyssnaren är inte ansluten just nu (%n citat har kommit). Citat som markeras under tiden skickas när anslutningen är tillbaka.</source>
        <translation>
            <numerusform>The co-listener is not connected right now (%n quote has arrived). Quotes marked meanwhile are sent when the connection is back.</numerusform>
            <numerusform>The co-listener is not connected right now (%n quotes have arrived). Quotes marked meanwhile are sent when the connection is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/invite_dialog.py" line="172" />
        <source>Någon försökte ansluta med fel kod. %n försök kvar.</source>
        <translation>
            <numerusform>Someone tried to connect with a wrong code. %n attempt left.</numerusform>
            <numerusform>Someone tried to connect with a wrong code. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="174" />
        <source>Någon försökte ansluta, men koden gäller inte. Välj Ny kod.</source>
        <translation>Someone tried to connect, but the code is not valid. Choose New code.</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="181" />
        <source>Fel kod tre gånger: koden är spärrad. Välj Ny kod och läs upp den igen.</source>
        <translation>Wrong code three times: the code is blocked. Choose New code and read it out again.</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="188" />
        <source>En anslutning bröts: data hade ändrats på vägen. Inget från den sparades.</source>
        <translation>A connection was dropped: data had been changed on the way. Nothing from it was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="190" />
        <source>En anslutning bröts: den följde inte protokollet.</source>
        <translation>A connection was dropped: it did not follow the protocol.</translation>
    </message>
    <message>
        <location filename="../../ui/team/invite_dialog.py" line="192" />
        <source>Ett citat kunde inte sparas just nu; medlyssnaren skickar det igen.</source>
        <translation>A quote could not be stored just now; the co-listener will send it again.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="209" />
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="210" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="211" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="212" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="213" />
        <source>Teman</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="222" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="223" />
        <source>Stycke</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="224" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="238" />
        <source>Allmänt</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/team/live_join.py" line="73" />
        <source>Anslut som medlyssnare</source>
        <translation>Join as co-listener</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="77" />
        <source>Skriv koden som intervjuaren läser upp (nio siffror). Båda datorerna ska vara på samma nätverk.</source>
        <translation>Type the code the interviewer reads out (nine digits). Both laptops must be on the same network.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="84" />
        <source>Kod från intervjuaren</source>
        <translation>Code from the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="90" />
        <source>Intervjuarens adress (om den inte hittas)</source>
        <translation>The interviewer's address (if it is not found)</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="92" />
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="93" />
        <source>&amp;Adress (behövs sällan):</source>
        <translation>&amp;Address (rarely needed):</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="101" />
        <source>&amp;Anslut</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="102" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="137" />
        <source>Ansluter …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="137" />
        <source>Letar efter intervjuarens dator …</source>
        <translation>Looking for the interviewer's laptop …</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="161" />
        <source>Fel kod. Kontrollera siffrorna med intervjuaren.</source>
        <translation>Wrong code. Check the digits with the interviewer.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="162" />
        <source>Koden har gått ut. Be intervjuaren om en ny kod.</source>
        <translation>The code has expired. Ask the interviewer for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="166" />
        <source>Intervjuaren tar inte emot någon kod just nu (%1).</source>
        <translation>The interviewer's laptop is not taking a code right now (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="170" />
        <source>Datorn på den adressen kan inte koden.</source>
        <translation>The computer at that address does not know the code.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="176" />
        <source>Hittar ingen intervjuare med den koden på nätverket. Skriv adressen som intervjuaren ser under koden.</source>
        <translation>No interviewer with that code was found on the network. Type the address the interviewer sees below the code.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="182" />
        <source>Får ingen kontakt ännu – försöker igen …</source>
        <translation>No contact yet – trying again …</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="86" />
        <source>Tangenter för transkribering</source>
        <translation>Transcription keys</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="100" />
        <source>Hopp bakåt/framåt</source>
        <translation>Jump back/forward</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="106" />
        <source>Tillbaka vid paus</source>
        <translation>Step back on pause</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="107" />
        <source>Hopp bakåt/framåt:</source>
        <translation>Jump back/forward:</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="108" />
        <source>Tillbaka vid paus:</source>
        <translation>Step back on pause:</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="116" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="117" />
        <source>Standard</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="146" />
        <source>Samma tangent används två gånger: %1</source>
        <translation>The same key is used twice: %1</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/audio/level_meter.py" line="25" />
        <source>Ljudnivå</source>
        <translation>Sound level</translation>
    </message>
</context>
<context>
    <name>LiveColistenerSession</name>
    <message>
        <location filename="../../ui/team/live_join.py" line="249" />
        <source>Ett citat kunde inte sparas för att skickas (%1). Skriv det igen.</source>
        <translation>A quote could not be saved for sending (%1). Type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="254" />
        <source>Ett citat sparades inte hos intervjuaren (%1).</source>
        <translation>A quote was not stored by the interviewer (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="265" />
        <source>Ansluten till intervjuaren</source>
        <translation>Connected to the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="267" />
        <source>Inte ansluten – citaten väntar krypterade och skickas sedan</source>
        <translation>Not connected – quotes wait encrypted and are sent later</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="269" />
        <source>%1 · %2 citat framme · %3 väntar</source>
        <translation>%1 · %2 quotes arrived · %3 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="303" />
        <source>Citatpaketet är sparat: %1</source>
        <translation>The quotes package is saved: %1</translation>
    </message>
</context>
<context>
    <name>LiveColistenerWindow</name>
    <message>
        <location filename="../../ui/team/live_join.py" line="354" />
        <source>Spara kopia som citatpaket… (Ctrl+Shift+S)</source>
        <translation>Save a copy as a quotes package… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="357" />
        <source>Intervjuaren styr frågan och klockan · Enter skickar citatet · Alt+S stjärna · Ctrl+1–9 teman</source>
        <translation>The interviewer moves the question and the clock · Enter sends the quote · Alt+S star · Ctrl+1–9 themes</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="363" />
        <source>Samtal – medlyssnare live, %1</source>
        <translation>Samtal – live co-listener, %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="369" />
        <source>Skickat till intervjuaren (%1).</source>
        <translation>Sent to the interviewer (%1).</translation>
    </message>
</context>
<context>
    <name>LiveInSession</name>
    <message numerus="yes">
        <location filename="../../ui/team/session_live.py" line="100" />
        <source>Medlyssnare ansluten · %n citat</source>
        <translation>
            <numerusform>Co-listener connected · %n quote</numerusform>
            <numerusform>Co-listener connected · %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/session_live.py" line="102" />
        <source>Medlyssnare inte ansluten · %n citat</source>
        <translation>
            <numerusform>Co-listener not connected · %n quote</numerusform>
            <numerusform>Co-listener not connected · %n quotes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/team/session_live.py" line="104" />
        <source>någon försökte med fel kod</source>
        <translation>someone tried a wrong code</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="11" />
        <source>På plats</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="12" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="13" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="14" />
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../ui/session/new_interview.py" line="50" />
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="57" />
        <source>Deltagarkod</source>
        <translation>Participant code</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="67" />
        <source>Deltagarkod: %1</source>
        <translation>Participant code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="68" />
        <source>Utläst: %1</source>
        <translation>Read aloud: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="73" />
        <source>Kvitto till informanten</source>
        <translation>Receipt for the informant</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="79" />
        <source>Läs upp eller skriv ut kvittot åt informanten. Med koden kan hen ta tillbaka sitt samtycke utan att uppge sitt namn.</source>
        <translation>Read the receipt aloud or print it for the informant. With the code, they can withdraw their consent without giving their name.</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="84" />
        <source>Skriv ut eller spara kvittot…</source>
        <translation>Print or save the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="85" />
        <source>Skriv ut eller spara kvittot</source>
        <translation>Print or save the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="91" />
        <source>Intervjuform</source>
        <translation>Interview format</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="95" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="98" />
        <source>initialer, t.ex. AB</source>
        <translation>initials, e.g. AB</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="99" />
        <source>Intervjuarens kod</source>
        <translation>Interviewer's code</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="102" />
        <source>initialer, t.ex. CD</source>
        <translation>initials, e.g. CD</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="103" />
        <source>Medlyssnarens kod</source>
        <translation>Co-listener's code</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="105" />
        <source>&amp;Form:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="106" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="107" />
        <source>&amp;Intervjuare:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="108" />
        <source>&amp;Medlyssnare:</source>
        <translation>&amp;Co-listener:</translation>
    </message>
    <message>
        <location filename="../../ui/session/new_interview.py" line="115" />
        <source>Vidare till samtycke</source>
        <translation>Continue to consent</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/start/new_project.py" line="54" />
        <source>Nytt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="58" />
        <source>t.ex. Ekonomiskt bistånd 2026</source>
        <translation>e.g. Financial assistance 2026</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="59" />
        <source>Granskningens namn</source>
        <translation>Name of the audit</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="61" />
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="66" />
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="67" />
        <source>Välj mapp</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="74" />
        <source>Lösenord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="77" />
        <source>Upprepa lösenordet</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="79" />
        <source>&amp;Namn på granskningen:</source>
        <translation>&amp;Name of the audit:</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="80" />
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="83" />
        <source>&amp;Lösenord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="84" />
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="86" />
        <source>Minst {n} tecken. Projektet krypteras på den här datorn.</source>
        <translation>At least {n} characters. The project is encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="95" />
        <source>Lösenordet kan inte återställas. Skriv ner det och förvara det säkert: utan det går projektet inte att öppna.</source>
        <translation>The passphrase cannot be recovered. Write it down and keep it safe: without it the project cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="100" />
        <location filename="../../ui/start/new_project.py" line="106" />
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="118" />
        <source>Börja med frågeguiden från Uppsala-rapporten</source>
        <translation>Start with the question guide from the Uppsala report</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="121" />
        <source>Ekonomiskt bistånd. Guiden kan ändras eller bytas.</source>
        <translation>Financial assistance. The guide can be changed or replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="123" />
        <source>Börja med de fem temana från Uppsala-rapporten</source>
        <translation>Start with the five themes from the Uppsala report</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="128" />
        <source>Engagemang, förståelse, respekt, tydlighet, förutsägbarhet. Temana kan ändras eller tas bort.</source>
        <translation>Engagement, understanding, respect, clarity, predictability. The themes can be changed or removed.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="134" />
        <source>Skapa projekt</source>
        <translation>Create project</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="155" />
        <source>Mappen ligger i {name}, som synkas till molnet. Synkprogram kan förstöra databasen och kopierar den till en server: välj hellre en lokal mapp, till exempel standardmappen.</source>
        <translation>This folder is in {name}, which is synced to the cloud. Sync programs can corrupt the database and copy it to a server: better choose a local folder, such as the default folder.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="174" />
        <source>Välj mapp för projektet</source>
        <translation>Choose a folder for the project</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="186" />
        <source>Skriv ett namn på granskningen.</source>
        <translation>Enter a name for the audit.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="190" />
        <source>Lösenorden är inte lika.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/start/new_project.py" line="212" />
        <source>Skapar krypterat projekt…</source>
        <translation>Creating encrypted project…</translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="70" />
        <source>Frågan som anteckningen hör till</source>
        <translation>The question the note belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="72" />
        <source>Anteckningens text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="77" />
        <source>Taggade stycken i anteckningen</source>
        <translation>Tagged passages in the note</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="82" />
        <source>Tagga… (Ctrl+T)</source>
        <translation>Tag… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="83" />
        <source>Tagga markeringen med tema</source>
        <translation>Tag the selection with a theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="85" />
        <source>Ta bort tagg</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="86" />
        <source>Ta bort vald tagg</source>
        <translation>Remove selected tag</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="88" />
        <source>★ Nyckelstycke</source>
        <translation>★ Key passage</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="89" />
        <source>Stjärnmärk vald tagg</source>
        <translation>Star selected tag</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="101" />
        <source>Tagga&amp;r:</source>
        <translation>Tagged &amp;passages:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="130" />
        <source>Anteckning – intervju {code}</source>
        <translation>Note – interview {code}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="134" />
        <source>Allmän anteckning</source>
        <translation>General note</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/note_reader.py" line="170" />
        <source>{star}{theme}: ”{words}” (orden finns inte längre i anteckningen)</source>
        <translation>{star}{theme}: “{words}” (the words are no longer in the note)</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../ui/session/outline.py" line="53" />
        <source>Frågeguidens disposition</source>
        <extracomment>the tone of each state (from the look: light, dark or high contrast, always 4.5:1)</extracomment>
        <translation>Question guide outline</translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="92" />
        <source>ställd</source>
        <translation>asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="93" />
        <source>överhoppad</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="94" />
        <source>inte ställd än</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="115" />
        <source>aktuell fråga</source>
        <translation>current question</translation>
    </message>
    <message>
        <location filename="../../ui/session/outline.py" line="118" />
        <source>svar: %1</source>
        <translation>answer: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/security/preferences.py" line="39" />
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="46" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="47" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="48" />
        <source>Lås efter så många minuter utan aktivitet</source>
        <translation>Lock after this many minutes without activity</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="49" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="50" />
        <source>Töm urklipp efter så många sekunder</source>
        <translation>Clear the clipboard after this many seconds</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="51" />
        <source>&amp;Hög kontrast: svart text på vitt, tydliga ramar</source>
        <translation>&amp;High contrast: black text on white, clear borders</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="52" />
        <source>Hög kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="54" />
        <source>Svart text på vitt (vit på svart med mörkt tema) och en tjockare fokusram</source>
        <translation>Black text on white (white on black with a dark theme) and a thicker focus frame</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="58" />
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="59" />
        <source>&amp;Lås projektet efter inaktivitet:</source>
        <translation>&amp;Lock the project after inactivity:</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="60" />
        <source>&amp;Töm kopierad text efter:</source>
        <translation>&amp;Clear copied text after:</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="64" />
        <source>Projektet låses också när datorn går i viloläge eller skärmen låses, och när du trycker Ctrl+L. Kopierad text märks så att urklippshistorik inte sparar den, och töms när projektet låses eller Samtal avslutas.</source>
        <translation>The project is also locked when the computer sleeps or the screen is locked, and when you press Ctrl+L. Copied text is marked so that clipboard history does not keep it, and is cleared when the project is locked or Samtal quits.</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="75" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="76" />
        <source>Spara inställningarna</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="78" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/security/preferences.py" line="79" />
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="51" />
        <source>Projektinställningar</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="63" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="63" />
        <source>t.ex. Brukarrevisionsbyrån</source>
        <translation>e.g. the user audit agency</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="65" />
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="65" />
        <source>förnamn</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="66" />
        <source>Kontaktpersonens telefon</source>
        <translation>Contact person's phone</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="67" />
        <source>Kontaktpersonens e-post</source>
        <translation>Contact person's e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="68" />
        <source>Tack till informanten</source>
        <translation>Thank-you gift for the informant</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="68" />
        <source>t.ex. ett presentkort</source>
        <translation>e.g. a gift card</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="72" />
        <source> minuter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="73" />
        <source>Intervjuns längd i minuter</source>
        <translation>Length of the interview in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="75" />
        <source>Allt raderas senast:</source>
        <translation>Everything is erased by:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="76" />
        <source>Ange datum då allt raderas</source>
        <translation>Set the date when everything is erased</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="80" />
        <source>Datum då allt raderas</source>
        <translation>Date when everything is erased</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="97" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="98" />
        <source>&amp;Kontaktperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="99" />
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="100" />
        <source>&amp;E-post:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="101" />
        <source>&amp;Intervjun tar:</source>
        <translation>The &amp;interview takes:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="102" />
        <source>T&amp;ack till informanten:</source>
        <translation>Thank-you &amp;gift:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="103" />
        <source>Sparas:</source>
        <translation>Kept:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="106" />
        <source>Kontaktuppgifterna är organisationens, till den som informanterna kan höra av sig till. Skriv aldrig en informants uppgifter här.</source>
        <translation>The contact details are the organisation's: the person informants can get in touch with. Never write an informant's details here.</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="113" />
        <source>Nya intervjuer får datumet. En intervju som redan är gjord behåller datumet som står på informantens kvitto.</source>
        <translation>New interviews get this date. An interview already held keeps the date on the informant's receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="119" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="120" />
        <source>Spara projektinställningarna</source>
        <translation>Save the project settings</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="128" />
        <source>Informationen till informanten blir:</source>
        <translation>The information for the informant reads:</translation>
    </message>
    <message>
        <location filename="../../ui/project/settings_dialog.py" line="131" />
        <source>Förhandsvisning av informationen</source>
        <translation>Preview of the information</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <location filename="../../ui/project/window.py" line="271" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="272" />
        <source>&amp;Ny intervju…</source>
        <translation>&amp;New interview…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="273" />
        <source>Ö&amp;ppna intervju</source>
        <translation>&amp;Open interview</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="274" />
        <source>&amp;Frågeguide…</source>
        <translation>Question &amp;guide…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="275" />
        <source>&amp;Pseudonymisering…</source>
        <translation>&amp;Pseudonymisation…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="276" />
        <source>&amp;Exportera till Word…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="277" />
        <source>&amp;Analys: teman, taggning, sök…</source>
        <translation>&amp;Analysis: themes, tagging, search…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="278" />
        <source>&amp;Transkribering…</source>
        <translation>&amp;Transcription…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="279" />
        <source>Lju&amp;d och gallring…</source>
        <translation>Au&amp;dio and retention…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="280" />
        <source>Transkribering</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="281" />
        <source>Transkribering av vald intervju</source>
        <translation>Transcription of the selected interview</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="282" />
        <source>&amp;Bakgrundsuppgifter för vald intervju…</source>
        <translation>&amp;Background of the selected interview…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="283" />
        <source>Bakgrunds&amp;variabler och sammanställning…</source>
        <translation>Background &amp;variables and summary…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="284" />
        <location filename="../../ui/project/window.py" line="285" />
        <source>Frågeguide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="286" />
        <source>Pseudonymisering</source>
        <translation>Pseudonymisation</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="287" />
        <source>Granska pseudonymiseringen i hela projektet</source>
        <translation>Review the pseudonymisation of the whole project</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="288" />
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="289" />
        <source>Exportera till Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="290" />
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="291" />
        <source>Analys: teman, taggning och sök</source>
        <translation>Analysis: themes, tagging and search</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="292" />
        <source>&amp;Dela intervjuer (krypterat paket)…</source>
        <translation>&amp;Share interviews (encrypted package)…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="293" />
        <source>&amp;Ta emot paket…</source>
        <translation>&amp;Receive package…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="294" />
        <source>&amp;Mottagarnycklar…</source>
        <translation>Recipient &amp;keys…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="295" />
        <source>&amp;Konflikter från paket…</source>
        <translation>&amp;Conflicts from packages…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="296" />
        <source>Dela</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="297" />
        <source>Dela intervjuer som krypterat paket</source>
        <translation>Share interviews as an encrypted package</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="298" />
        <source>Ta emot</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="300" />
        <source>Ta emot paket (eller dra en paketfil till fönstret)</source>
        <translation>Receive a package (or drag a package file onto the window)</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="302" />
        <source>Du kan också dra en .samtalpkg-fil hit.</source>
        <translation>You can also drag a .samtalpkg file here.</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="303" />
        <source>&amp;Lås projektet</source>
        <translation>&amp;Lock project</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="304" />
        <source>&amp;Stäng projektet</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="305" />
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="307" />
        <source>P&amp;rojektinställningar (organisation, kontakt, kvitto)…</source>
        <translation>P&amp;roject settings (organisation, contact, receipt)…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="309" />
        <source>&amp;Säkerhet</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="310" />
        <source>Byt &amp;lösenord…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="311" />
        <source>Å&amp;terställningsnyckel…</source>
        <translation>Re&amp;covery key…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="312" />
        <source>Säkerhets&amp;kopior och återställning…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="313" />
        <source>&amp;Radera en intervju…</source>
        <translation>&amp;Erase an interview…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="315" />
        <source>Informanten tar tillbaka sitt samtycke / radera &amp;vald intervju…</source>
        <translation>The informant withdraws consent / erase the &amp;selected interview…</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="317" />
        <location filename="../../ui/project/window.py" line="318" />
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="319" />
        <location filename="../../ui/project/window.py" line="320" />
        <source>Öppna intervju</source>
        <translation>Open interview</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="321" />
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="324" />
        <source>Inga intervjuer än. Välj ”Ny intervju” när informanten är på plats: först samtycket, sedan frågeguiden.</source>
        <translation>No interviews yet. Choose “New interview” when the informant is present: consent first, then the question guide.</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="346" />
        <source>1 intervju</source>
        <translation>1 interview</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="348" />
        <source>{n} intervjuer</source>
        <translation>{n} interviews</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="354" />
        <source>1 konflikt från paket</source>
        <translation>1 conflict from packages</translation>
    </message>
    <message>
        <location filename="../../ui/project/window.py" line="356" />
        <source>%1 konflikter från paket</source>
        <translation>%1 conflicts from packages</translation>
    </message>
</context>
<context>
    <name>QuoteDock</name>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="388" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="134" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="140" />
        <source>Frågan som ställs nu</source>
        <translation>The question being asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="143" />
        <source>Informanten har inte samtyckt till citat. Citat kan inte sparas.</source>
        <translation>The informant has not consented to quotes. Quotes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="148" />
        <source>Vad sa informanten? Enter sparar</source>
        <translation>What did the informant say? Enter saves</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="149" />
        <source>Nytt citat</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="151" />
        <source>Stjärna</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="152" />
        <source>Stjärnmärk nästa citat</source>
        <translation>Star the next quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="160" />
        <source>Tema: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="167" />
        <source>Meddelande om citat</source>
        <translation>Quote message</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="170" />
        <source>Sparade citat</source>
        <translation>Saved quotes</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="182" />
        <source>Växla stjärna</source>
        <translation>Toggle star</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="183" />
        <source>Växla stjärna på markerat citat</source>
        <translation>Toggle star on selected quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="185" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="186" />
        <source>Ta bort markerat citat</source>
        <translation>Remove selected quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="192" />
        <source>F2 redigerar, Delete tar bort, * växlar stjärna.</source>
        <translation>F2 edits, Delete removes, * toggles the star.</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="212" />
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="265" />
        <source>Citatet sparades inte: informanten har inte samtyckt till citat. Ändra samtycket först om informanten vill det.</source>
        <translation>The quote was not saved: the informant has not consented to quotes. Change the consent first if the informant wishes.</translation>
    </message>
</context>
<context>
    <name>QuoteReader</name>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="52" />
        <source>Frågan som citatet hör till</source>
        <translation>The question the quote belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="55" />
        <source>Ordagrant citat</source>
        <translation>Verbatim quote</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="60" />
        <source>Citatet i rapporten</source>
        <translation>The quote in the report</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="62" />
        <source>Som det ordagranna citatet. Skriv här för att redigera.</source>
        <translation>Same as the verbatim quote. Type here to edit.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="66" />
        <source>[...] Utelämna</source>
        <translation>[...] Omit</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="67" />
        <source>Ersätt markeringen med [...]</source>
        <translation>Replace the selection with [...]</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="69" />
        <source>Ersätt de markerade orden med [...] (Ctrl+Shift+O)</source>
        <translation>Replace the selected words with [...] (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="71" />
        <source>[ ] Förtydliga</source>
        <translation>[ ] Clarify</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="72" />
        <source>Sätt markeringen inom hakparentes</source>
        <translation>Put the selection in square brackets</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="75" />
        <source>Sätt markeringen inom hakparentes, t.ex. [Handläggaren] (Ctrl+Shift+B)</source>
        <translation>Put the selection in square brackets, e.g. [The caseworker] (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="78" />
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="80" />
        <source>Återställ rapportversionen till det ordagranna</source>
        <translation>Restore the report version to the verbatim quote</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="83" />
        <source>Gör rapportversionen lika med det ordagranna citatet</source>
        <translation>Make the report version the same as the verbatim quote</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="86" />
        <source>Nyckelcitat ★</source>
        <translation>Key quote ★</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="87" />
        <source>Nyckelcitat</source>
        <translation>Key quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="90" />
        <source>Citatets teman</source>
        <translation>The quote's themes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="92" />
        <source>Tagga… (Ctrl+T)</source>
        <translation>Tag… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="93" />
        <source>Tagga citatet med tema</source>
        <translation>Tag the quote with a theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="95" />
        <source>Ta bort tema</source>
        <translation>Remove theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="96" />
        <source>Ta bort valt tema från citatet</source>
        <translation>Remove selected theme from the quote</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="110" />
        <source>&amp;Ordagrant (ändras inte):</source>
        <translation>&amp;Verbatim (not changed):</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="112" />
        <source>I ra&amp;pporten:</source>
        <translation>In the re&amp;port:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/quote_reader.py" line="149" />
        <source>Citat – intervju {code}</source>
        <translation>Quote – interview {code}</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../ui/analysis/reader.py" line="32" />
        <source>Välj en anteckning, ett stycke, ett citat eller en sökträff för att läsa och tagga.</source>
        <translation>Choose a note, passage, quote or search result to read and tag.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="71" />
        <source>Kvitto till informanten</source>
        <translation>Receipt for the informant</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="77" />
        <source>Kvittot</source>
        <translation>The receipt</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="80" />
        <source>Ge kvittot till informanten, på papper eller som fil. Det har inget namn, bara deltagarkoden, datumet då allt raderas och vem hen kan kontakta.</source>
        <translation>Give the receipt to the informant, on paper or as a file. It has no name, only the participant code, the date when everything is erased and whom to contact.</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="85" />
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="86" />
        <source>Skriv ut kvittot</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="88" />
        <source>Spara som Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="89" />
        <source>Spara kvittot som Word-dokument</source>
        <translation>Save the receipt as a Word document</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="91" />
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="92" />
        <source>Spara kvittot som PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="96" />
        <source>Var kvittot sparades</source>
        <translation>Where the receipt was saved</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="105" />
        <location filename="../../ui/session/receipt_dialog.py" line="106" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="156" />
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="156" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="176" />
        <source>Sparat: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="71" />
        <source>Ta emot paket</source>
        <translation>Receive package</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="78" />
        <source>Vad paketet innehåller</source>
        <translation>What the package holds</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="81" />
        <source>Paketets lösenord</source>
        <translation>The package's password</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="83" />
        <source>&amp;Öppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="88" />
        <source>Paketets lösenord:</source>
        <translation>Package password:</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="94" />
        <source>Intervjuer i paketet</source>
        <translation>Interviews in the package</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="101" />
        <source>Deltagarkod</source>
        <translation>Participant code</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="102" />
        <source>Vad händer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="103" />
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="104" />
        <source>Ändras</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="105" />
        <source>Tas bort</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="106" />
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="109" />
        <source>Nya teman: skapa eller slå ihop med ett befintligt</source>
        <translation>New themes: create, or merge into an existing one</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="113" />
        <source>Bakgrundskategorier som projektet inte har: lägg till eller slå ihop</source>
        <translation>Background categories the project does not have: add or merge</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="117" />
        <source>Citatens tider</source>
        <translation>Times of the quotes</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="120" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="121" />
        <source>Tidsförskjutning i sekunder</source>
        <translation>Time offset in seconds</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="123" />
        <source>Automatiskt</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="128" />
        <source>Förskjutning:</source>
        <translation>Offset:</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="136" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="139" />
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="163" />
        <source>Paketet är skyddat med ett lösenord.</source>
        <translation>The package is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="188" />
        <source>Läser paketet…</source>
        <translation>Reading the package…</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="231" />
        <source>Klockorna startade inom en minut: tiderna är justerade efter intervjuarens.</source>
        <translation>The clocks started within a minute: the times are aligned to the interviewer's.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="234" />
        <source>Ingen automatisk justering. Ange förskjutningen om du vet den.</source>
        <translation>No automatic alignment. Give the offset if you know it.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="236" />
        <source>Din förskjutning används.</source>
        <translation>Your offset is used.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="244" />
        <source>Öppna i medlyssnarläge</source>
        <translation>Open in co-listener mode</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="248" />
        <source>Paketet skapades %1.</source>
        <translation>The package was made %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="251" />
        <source>%1 nya</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="252" />
        <source>%1 uppdateras</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="253" />
        <source>%1 oförändrade</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="254" />
        <source>%1 äldre (hoppas över)</source>
        <translation>%1 older (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="257" />
        <source>%1 tas inte emot</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="259" />
        <source>Intervjuer: %1.</source>
        <translation>Interviews: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="262" />
        <source>1 konflikt: båda versionerna behålls och märks, så inga ord tappas.</source>
        <translation>1 conflict: both versions are kept and marked, so no words are lost.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="267" />
        <source>%1 konflikter: båda versionerna behålls och märks, så inga ord tappas.</source>
        <translation>%1 conflicts: both versions are kept and marked, so no words are lost.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="272" />
        <source>Återkallade, raderas här: %1.</source>
        <translation>Withdrawn, erased here: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="276" />
        <source>%1 raderingar från andra datorer noteras.</source>
        <translation>%1 erasures from other computers are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="282" />
        <source>Ny guideversion: %1.</source>
        <translation>New guide version: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="286" />
        <source>%1 nya namn i namnlistan.</source>
        <translation>%1 new names in the name list.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="290" />
        <source>Nya bakgrundsvariabler: %1.</source>
        <translation>New background variables: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="302" />
        <source>Citat från medlyssnaren till intervju %1: %2 nya, %3 ändrade, %4 redan här.</source>
        <translation>Quotes from the co-listener for interview %1: %2 new, %3 changed, %4 already here.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="313" />
        <source>Medlyssnarpaket för intervju %1 (guide, kod och samtycke, inga anteckningar).</source>
        <translation>Co-listener package for interview %1 (guide, code and consent, no notes).</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="317" />
        <source>Inget nytt: allt i paketet finns redan här.</source>
        <translation>Nothing new: everything in the package is already here.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="322" />
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="323" />
        <source>Uppdateras</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="324" />
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="325" />
        <source>Äldre version – hoppas över</source>
        <translation>Older version – skipped</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="326" />
        <source>Raderad (återkallad) – tas inte emot</source>
        <translation>Erased (withdrawn) – refused</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="327" />
        <source>Deltagarkoden hör till en annan intervju – tas inte emot</source>
        <translation>The participant code belongs to another interview – refused</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="328" />
        <source>Annan guideversion – tas inte emot</source>
        <translation>Another guide version – refused</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="332" />
        <source>(%1 citat utan samtycke tas inte emot)</source>
        <translation>(%1 quotes without consent refused)</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="339" />
        <source>Intervju %1 är raderad här: %2 citat tas inte emot.</source>
        <translation>Interview %1 is erased here: %2 quotes refused.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="341" />
        <source>Intervju %1 finns inte i det här projektet: %2 citat tas inte emot.</source>
        <translation>Interview %1 is not in this project: %2 quotes refused.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="343" />
        <source>Deltagarkoden %1 stämmer inte: %2 citat tas inte emot.</source>
        <translation>The participant code %1 does not match: %2 quotes refused.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="344" />
        <source>Intervju %1 har en annan guideversion: %2 citat tas inte emot.</source>
        <translation>Interview %1 has another guide version: %2 quotes refused.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="346" />
        <source>Informanten i intervju %1 har inte samtyckt till citat (eller har återkallat): %2 citat tas inte emot.</source>
        <translation>The informant of interview %1 has not consented to quotes (or has withdrawn): %2 quotes refused.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="359" />
        <source>Tema %1</source>
        <translation>Theme %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="360" />
        <source>Skapa som nytt tema</source>
        <translation>Create as a new theme</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="362" />
        <location filename="../../ui/team/receive_dialog.py" line="402" />
        <source>Slå ihop med %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="374" />
        <source>Nya kategorier läggs till bredvid de befintliga: %1.</source>
        <translation>New categories are added beside the existing ones: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="381" />
        <source>Ryms inte (en variabel har högst %2 kategorier), slå ihop med en befintlig för att kunna importera: %1.</source>
        <translation>No room (a variable has at most %2 categories); merge with an existing one to import: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="396" />
        <source>Kategori %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="398" />
        <source>Lägg till som ny kategori</source>
        <translation>Add as a new category</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="400" />
        <source>Ryms inte: välj en att slå ihop med</source>
        <translation>No room: choose one to merge with</translation>
    </message>
    <message>
        <location filename="../../ui/team/receive_dialog.py" line="445" />
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>RecipientKeyDialog</name>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="50" />
        <source>Mottagarnycklar</source>
        <translation>Recipient keys</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="54" />
        <source>Det här projektets mottagarnyckel</source>
        <translation>This project's recipient key</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="59" />
        <source>Mottagarnyckel</source>
        <translation>Recipient key</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="61" />
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="62" />
        <source>Kopiera mottagarnyckeln</source>
        <translation>Copy the recipient key</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="67" />
        <source>Kontrollkod: %1</source>
        <translation>Check code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="70" />
        <source>Mottagarnyckeln som QR-kod</source>
        <translation>The recipient key as a QR code</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="76" />
        <source>Ge nyckeln till dem som ska skicka intervjuer hit (e-post, papper, QR). Den är inte hemlig: med den kan man bara kryptera paket som endast det här projektet kan öppna. Jämför kontrollkoden muntligt.</source>
        <translation>Give the key to those who will send interviews here (e-mail, paper, QR). It is not secret: with it one can only encrypt packages that only this project can open. Compare the check code aloud.</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="96" />
        <source>Mottagare som det här projektet skickar till</source>
        <translation>Recipients this project sends to</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="98" />
        <source>Sparade mottagarnycklar</source>
        <translation>Saved recipient keys</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="101" />
        <source>t.ex. Analytikerna</source>
        <translation>e.g. The analysts</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="102" />
        <source>Namn på mottagaren</source>
        <translation>Name of the recipient</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="106" />
        <source>Mottagarnyckel att lägga till</source>
        <translation>Recipient key to add</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="107" />
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="109" />
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="110" />
        <source>Ta bort vald mottagare</source>
        <translation>Remove the selected recipient</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="115" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="117" />
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="118" />
        <source>N&amp;yckel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../ui/team/key_dialog.py" line="130" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="60" />
        <location filename="../../ui/audio/recording_bar.py" line="282" />
        <source>● Spela in</source>
        <extracomment>Below this much room for recording, starting is refused.</extracomment>
        <translation>● Record</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="62" />
        <source>Starta eller fortsätt inspelningen (Ctrl+R)</source>
        <translation>Start or continue recording (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="63" />
        <source>■ Stoppa</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="64" />
        <source>Avsluta inspelningen</source>
        <translation>End the recording</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="68" />
        <source>Inspelningsstatus</source>
        <translation>Recording status</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="205" />
        <location filename="../../ui/audio/recording_bar.py" line="214" />
        <source>Diskutrymme</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="207" />
        <source>Det finns bara plats för ungefär %1 minuters inspelning. Frigör utrymme först.</source>
        <translation>There is only room for about %1 minutes of recording. Free some space first.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="216" />
        <source>Det finns plats för ungefär %1 minuters inspelning. Spela in ändå?</source>
        <translation>There is room for about %1 minutes of recording. Record anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="259" />
        <source>Ingen inspelning (inget samtycke till ljudinspelning)</source>
        <translation>No recording (no consent to audio recording)</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="271" />
        <source>SPELAR IN</source>
        <translation>RECORDING</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="273" />
        <source>❚❚ Pausa inspelning</source>
        <translation>❚❚ Pause recording</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="275" />
        <source>Inspelningen pausad</source>
        <translation>Recording paused</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="277" />
        <source>● Fortsätt inspelningen</source>
        <translation>● Continue recording</translation>
    </message>
    <message>
        <location filename="../../ui/audio/recording_bar.py" line="279" />
        <source>Spelar inte in</source>
        <translation>Not recording</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/security/recovery.py" line="36" />
        <source>Glömt lösenordet</source>
        <translation>Forgotten passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="41" />
        <source>Skriv återställningsnyckeln (40 tecken, den skrevs ut när den skapades) och välj ett nytt lösenord. Det gamla lösenordet slutar gälla.</source>
        <translation>Type the recovery key (40 characters, printed when it was made) and choose a new passphrase. The old passphrase stops working.</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="47" />
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="51" />
        <source>Nytt lösenord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="54" />
        <source>Upprepa det nya lösenordet</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="56" />
        <source>Å&amp;terställningsnyckel:</source>
        <translation>Re&amp;covery key:</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="57" />
        <source>N&amp;ytt lösenord:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="58" />
        <source>&amp;Upprepa det nya:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="61" />
        <source>Lås upp och byt lösenord</source>
        <translation>Unlock and change the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/recovery.py" line="92" />
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/security/retention.py" line="71" />
        <source>Intervjuer att radera</source>
        <translation>Interviews to erase</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="76" />
        <source>1 intervju har passerat sitt sista sparandedatum.</source>
        <translation>1 interview is past its keep-until date.</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="78" />
        <source>%1 intervjuer har passerat sitt sista sparandedatum.</source>
        <translation>%1 interviews are past their keep-until date.</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="84" />
        <source>Enligt granskningens regler ska de raderas. Allt om dem tas bort: anteckningar, citat, samtycke och namnlista. Det går inte att ångra.</source>
        <translation>Under the audit's rules they are to be erased. Everything about them is removed: notes, quotes, consent and name list. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="90" />
        <source>Deltagarkod</source>
        <translation>Participant code</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="90" />
        <source>Spara till</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="91" />
        <source>Intervjuer som ska raderas</source>
        <translation>Interviews to be erased</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="109" />
        <source>Din granskarkod</source>
        <translation>Your auditor code</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="110" />
        <source>t.ex. AB</source>
        <translation>e.g. AB</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="113" />
        <source>Din &amp;granskarkod:</source>
        <translation>Your &amp;auditor code:</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="117" />
        <source>Radera %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="119" />
        <source>1 intervju</source>
        <translation>1 interview</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="119" />
        <source>%1 intervjuer</source>
        <translation>%1 interviews</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="123" />
        <source>Radera intervjuerna</source>
        <translation>Erase the interviews</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="127" />
        <source>Inte nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="129" />
        <source>Inte nu, fråga igen nästa gång</source>
        <translation>Not now, ask again next time</translation>
    </message>
    <message>
        <location filename="../../ui/security/retention.py" line="155" />
        <source>Raderar…</source>
        <translation>Erasing…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/review/window.py" line="70" />
        <source>Pronomen</source>
        <extracomment>a kind's colour; shown as a tint behind the text (``ui.style``), strong enough to tell the kinds apart and light enough for the text on it to keep 4.5:1</extracomment>
        <translation>Pronoun</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="71" />
        <source>Genitiv (hans/hennes)</source>
        <translation>Genitive (hans/hennes)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="72" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="73" />
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="74" />
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="75" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="76" />
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="77" />
        <source>denne/dennes</source>
        <translation>denne/dennes</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="78" />
        <source>Talspråk ('an, 'na)</source>
        <translation>Spoken forms ('an, 'na)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="79" />
        <source>Könsbundna ord</source>
        <translation>Gendered words</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review/window.py" line="116" />
        <source>Pseudonymisering – hela projektet</source>
        <translation>Pseudonymisation – whole project</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="118" />
        <source>Läser in fynden…</source>
        <translation>Loading the findings…</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="120" />
        <source>Antal fynd som väntar</source>
        <translation>Number of findings waiting</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="123" />
        <source>Visa intervju</source>
        <translation>Show interview</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="125" />
        <source>Visa typ av fynd</source>
        <translation>Show kind of finding</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="127" />
        <source>Visa beslut</source>
        <translation>Show decision</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="129" />
        <source>Väntar på beslut</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="130" />
        <source>Alla fynd</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="131" />
        <source>Ersätts</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="132" />
        <source>Behålls</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="137" />
        <source>&amp;Intervju:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="138" />
        <source>&amp;Typ:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="139" />
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="146" />
        <source>N&amp;umrera namnen: [Person 1], [Person 2] …</source>
        <translation>N&amp;umber the names: [Person 1], [Person 2] …</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="147" />
        <source>Numrera namnen i stället för xxx</source>
        <translation>Number the names instead of xxx</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="150" />
        <source>Samma namn får samma nummer i intervjun, och i hela projektet för namnen på projektets namnlista. Numren sparas krypterat i projektet.</source>
        <translation>The same name gets the same number in the interview, and in the whole project for the names on the project's name list. The numbers are kept encrypted in the project.</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="164" />
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="165" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="166" />
        <location filename="../../ui/review/window.py" line="172" />
        <source>Fynd</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="167" />
        <source>Ersätts med</source>
        <translation>Replaced with</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="168" />
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="169" />
        <source>Sammanhang</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="178" />
        <source>Texten där fyndet finns</source>
        <translation>The text where the finding is</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="182" />
        <source>Så här exporteras texten</source>
        <translation>How the text will be exported</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="186" />
        <source>&amp;Ersätt (E)</source>
        <translation>&amp;Replace (E)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="187" />
        <source>&amp;Behåll (B)</source>
        <translation>&amp;Keep (B)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="188" />
        <source>Ersätt ordet i &amp;hela projektet (A)</source>
        <translation>Replace the word in the &amp;whole project (A)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="189" />
        <source>Det här är ett &amp;namn (N)</source>
        <translation>This is a &amp;name (N)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="190" />
        <source>Lägg till markerat ord i namn&amp;listan</source>
        <translation>Add the selected word to the name &amp;list</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="192" />
        <source>Ersätt det markerade fyndet</source>
        <translation>Replace the selected finding</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="193" />
        <source>Behåll det markerade fyndet</source>
        <translation>Keep the selected finding</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="194" />
        <source>Ersätt ordet i hela projektet</source>
        <translation>Replace the word in the whole project</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="195" />
        <source>Det här är ett namn</source>
        <translation>This is a name</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="216" />
        <source>E ersätter, B behåller, A ersätter ordet i hela projektet, N: det här är ett namn. Pilarna väljer fynd. Markera ett ord i texten och välj ”Lägg till markerat ord i namnlistan” (Ctrl+Shift+N) om ett namn saknas.</source>
        <translation>E replaces, B keeps, A replaces the word in the whole project, N: this is a name. The arrow keys choose a finding. Select a word in the text and choose “Add the selected word to the name list” (Ctrl+Shift+N) if a name was missed.</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="375" />
        <source>1 fynd väntar på granskning i 1 intervju</source>
        <translation>1 finding waits for review in 1 interview</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="377" />
        <source>{n} fynd väntar på granskning i 1 intervju</source>
        <translation>{n} findings wait for review in 1 interview</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="379" />
        <source>{n} fynd väntar på granskning i {m} intervjuer</source>
        <translation>{n} findings wait for review in {m} interviews</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="424" />
        <source>{kind} i {where} · {code}: {why}</source>
        <translation>{kind} in {where} · {code}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="196" />
        <source>Lägg till markerat ord i namnlistan</source>
        <translation>Add selected word to the name list</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="227" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="230" />
        <source>Som den exporteras</source>
        <translation>As it will be exported</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="264" />
        <source>Läser in fynden i alla intervjuer…</source>
        <translation>Loading the findings of every interview…</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="282" />
        <source>Alla intervjuer</source>
        <translation>All interviews</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="285" />
        <source>Alla typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="362" />
        <source>ersätts</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="364" />
        <source>behålls</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="366" />
        <source>ersätts (automatiskt)</source>
        <translation>replaced (automatically)</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="367" />
        <source>väntar</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="373" />
        <source>Inga fynd väntar – klart för export</source>
        <translation>No findings waiting – ready for export</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="416" />
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="417" />
        <source>utskrift</source>
        <translation>transcript</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="418" />
        <source>citat</source>
        <translation>quote</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../ui/session/runner_page.py" line="132" />
        <source>Klocka</source>
        <extracomment>Hints are read by the interviewer at a glance: the normal text colour, set apart by italics.</extracomment>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="136" />
        <source>Pausa eller fortsätt klockan</source>
        <translation>Pause or resume the clock</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="138" />
        <source>Sparstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="141" />
        <source>Medlyssnare</source>
        <translation>Co-listener</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="164" />
        <source>Avsnitt och fråga</source>
        <translation>Section and question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="165" />
        <source>Inledning till avsnittet – läs upp</source>
        <translation>Introduction to the section – read it out</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="171" />
        <source>Inledning till avsnittet</source>
        <translation>Introduction to the section</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="184" />
        <source>Aktuell fråga</source>
        <translation>Current question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="188" />
        <source>Tips till intervjuaren</source>
        <translation>Tips for the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="194" />
        <source>Följdfrågor</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="203" />
        <location filename="../../ui/session/runner_page.py" line="206" />
        <source>Anteckningar till frågan</source>
        <translation>Notes for the question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="208" />
        <source>Skriv anteckningar här. Varje stycke får sin tid.</source>
        <translation>Write notes here. Each paragraph gets its own time.</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="210" />
        <location filename="../../ui/session/runner_page.py" line="213" />
        <source>Allmän anteckning</source>
        <translation>General note</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="214" />
        <source>Om intervjun i stort (Ctrl+Shift+E)</source>
        <translation>About the interview as a whole (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="237" />
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="258" />
        <source>◀ Föregående</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="259" />
        <source>Föregående fråga</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="260" />
        <source>Nästa ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="261" />
        <source>Nästa fråga</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="262" />
        <source>Hoppa över</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="263" />
        <source>Hoppa över frågan</source>
        <translation>Skip the question</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="264" />
        <source>Avsluta intervjun…</source>
        <translation>End the interview…</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="265" />
        <source>Avsluta intervjun</source>
        <translation>End the interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="270" />
        <source>Ctrl+↓/↑ fråga · Ctrl+J disposition · Alt+1–9 följdfråga · Ctrl+K hoppa över · Ctrl+E anteckning · Ctrl+Shift+Q citat · Ctrl+Shift+C markerat → citat · Ctrl+P paus · F8 citatfönster · F9 sammanfattning</source>
        <translation>Ctrl+↓/↑ question · Ctrl+J outline · Alt+1–9 follow-up · Ctrl+K skip · Ctrl+E note · Ctrl+Shift+Q quote · Ctrl+Shift+C selection → quote · Ctrl+P pause · F8 quote window · F9 summary</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="337" />
        <source>Frågeguiden är tom.</source>
        <translation>The question guide is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="375" />
        <source>Om ja: </source>
        <translation>If yes: </translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="377" />
        <source>Om nej: </source>
        <translation>If no: </translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="384" />
        <source>Följdfråga %1: %2</source>
        <translation>Follow-up %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/runner_page.py" line="386" />
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="261" />
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="261" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="261" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="261" />
        <source>Träff</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="272" />
        <source>Allmänt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="274" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="274" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security/dialog.py" line="89" />
        <location filename="../../ui/security/dialog.py" line="94" />
        <source>Säkerhet</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="95" />
        <source>&amp;Lösenord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="96" />
        <source>Å&amp;terställningsnyckel</source>
        <translation>Re&amp;covery key</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="99" />
        <source>&amp;Säkerhetskopior</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="100" />
        <source>&amp;Radera intervju</source>
        <translation>&amp;Erase interview</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="104" />
        <location filename="../../ui/security/dialog.py" line="105" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="114" />
        <source>Nuvarande lösenord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="115" />
        <source>Nytt lösenord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="116" />
        <source>Upprepa det nya lösenordet</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="118" />
        <source>Lösenordet kan ha kommit ut: kryptera om projektet med en ny nyckel</source>
        <translation>The passphrase may have been exposed: re-encrypt the project with a new key</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="120" />
        <source>Lösenordet kan ha kommit ut</source>
        <translation>The passphrase may have been exposed</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="124" />
        <source>Utan bocken byts bara lösenordet; äldre kopior av nyckelfilen (till exempel i säkerhetskopior) öppnar då fortfarande projektet med det gamla lösenordet. Med bocken krypteras projektet och säkerhetskopiorna på den här datorn om med en ny nyckel, så att det gamla lösenordet inte öppnar något nytt.</source>
        <translation>Without the tick only the passphrase changes; older copies of the key file (in backups, for example) then still open the project with the old passphrase. With the tick the project and the backups on this computer are re-encrypted with a new key, so the old passphrase opens nothing new.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="131" />
        <source>&amp;Nuvarande lösenord:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="132" />
        <source>N&amp;ytt lösenord:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="133" />
        <source>&amp;Upprepa det nya:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="134" />
        <location filename="../../ui/security/dialog.py" line="135" />
        <location filename="../../ui/security/dialog.py" line="159" />
        <source>Byt lösenord</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="139" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="142" />
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="159" />
        <source>Byt lösenord och kryptera om</source>
        <translation>Change passphrase and re-encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="190" />
        <source>Lösenordet är bytt.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="206" />
        <source>Lösenordet är bytt och projektet är krypterat med en ny nyckel.</source>
        <translation>The passphrase has been changed and the project is encrypted with a new key.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="208" />
        <source>1 säkerhetskopia på den här datorn krypterades om.</source>
        <translation>1 backup on this computer was re-encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="210" />
        <source>%1 säkerhetskopior på den här datorn krypterades om.</source>
        <translation>%1 backups on this computer were re-encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="215" />
        <source>Kopior som gjorts på andra ställen (USB-minne, nätverk) öppnas fortfarande med det gamla lösenordet: radera dem eller byt ut dem mot nya kopior.</source>
        <translation>Copies made elsewhere (USB stick, network) still open with the old passphrase: delete them or replace them with new copies.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="221" />
        <source>Återställningsnyckeln gäller inte längre: skapa en ny under fliken ovan.</source>
        <translation>The recovery key no longer works: make a new one under the tab above.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="234" />
        <source>Kontrollerar projektet…</source>
        <translation>Checking the project…</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="235" />
        <source>Krypterar om projektet…</source>
        <translation>Re-encrypting the project…</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="236" />
        <source>Krypterar om säkerhetskopiorna…</source>
        <translation>Re-encrypting the backups…</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="237" />
        <location filename="../../ui/security/dialog.py" line="238" />
        <source>Byter till den nya nyckeln…</source>
        <translation>Switching to the new key…</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="239" />
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="269" />
        <source>Återställningsnyckelns status</source>
        <translation>Recovery key status</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="272" />
        <source>En återställningsnyckel låser upp projektet om lösenordet glöms bort. Den visas bara en gång: skriv ut eller skriv ner den och förvara den inlåst. En ny nyckel gör den gamla ogiltig.</source>
        <translation>A recovery key unlocks the project if the passphrase is forgotten. It is shown only once: print it or write it down and keep it locked away. A new key makes the old one invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="277" />
        <source>Lösenord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="279" />
        <source>&amp;Lösenord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="280" />
        <location filename="../../ui/security/dialog.py" line="281" />
        <source>Skapa återställningsnyckel</source>
        <translation>Make a recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="285" />
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="293" />
        <source>Visas bara nu. Skriv ner den innan du stänger fönstret.</source>
        <translation>Shown only now. Write it down before you close the window.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="311" />
        <source>Projektet har en återställningsnyckel.</source>
        <translation>The project has a recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="312" />
        <source>Projektet har ingen återställningsnyckel.</source>
        <translation>The project has no recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="338" />
        <source>Välj intervjun. Har informanten tagit tillbaka sitt samtycke registreras det först; sedan raderas allt om intervjun efter att du bekräftat med dess deltagarkod. En intervju utan samtycke (informanten avböjde) kan tas bort.</source>
        <translation>Choose the interview. If the informant has withdrawn consent, that is recorded first; then everything about the interview is erased once you confirm with its participant code. An interview without consent (the informant declined) can be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="344" />
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="347" />
        <source>&amp;Intervju:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="348" />
        <source>Återkalla samtycke eller radera…</source>
        <translation>Withdraw consent or erase…</translation>
    </message>
    <message>
        <location filename="../../ui/security/dialog.py" line="349" />
        <source>Återkalla samtycke eller radera intervjun</source>
        <translation>Withdraw consent or erase the interview</translation>
    </message>
</context>
<context>
    <name>SecurityFlows</name>
    <message>
        <location filename="../../ui/security/flows.py" line="192" />
        <source>Återställer säkerhetskopian…</source>
        <extracomment>The controller, whose private helpers this module shares (it is its extension).</extracomment>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/security/flows.py" line="196" />
        <source>Återställer säkerhetskopian</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/flows.py" line="220" />
        <source>Kopierar säkerhetskopian…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/security/flows.py" line="221" />
        <source>Kontrollerar kopian och raderar det som raderats sedan dess…</source>
        <translation>Checking the copy and erasing what was erased since…</translation>
    </message>
    <message>
        <location filename="../../ui/security/flows.py" line="222" />
        <source>Lägger kopian på plats…</source>
        <translation>Putting the copy in place…</translation>
    </message>
    <message>
        <location filename="../../ui/security/flows.py" line="223" />
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../ui/session/actions.py" line="29" />
        <source>&amp;Intervju</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="30" />
        <source>&amp;Gå till</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="31" />
        <source>Vi&amp;sa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="33" />
        <source>Nästa fråga</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="39" />
        <source>Föregående fråga</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="45" />
        <source>Hoppa till fråga (dispositionen)</source>
        <translation>Jump to question (outline)</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="51" />
        <source>Hoppa över frågan</source>
        <translation>Skip the question</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="58" />
        <source>Anteckningar till frågan</source>
        <translation>Notes for the question</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="64" />
        <source>Allmän anteckning</source>
        <translation>General note</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="70" />
        <source>Skriv citat</source>
        <translation>Write quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="76" />
        <source>Markering som citat</source>
        <translation>Selection as quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="82" />
        <source>Pausa/fortsätt</source>
        <translation>Pause/resume</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="88" />
        <source>Svar ja</source>
        <translation>Answer yes</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="94" />
        <source>Svar nej</source>
        <translation>Answer no</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="100" />
        <source>Svar vet ej</source>
        <translation>Answer don't know</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="106" />
        <source>Svar: vill inte svara</source>
        <translation>Answer: prefers not to answer</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="112" />
        <source>Svara med sifferknapparna</source>
        <translation>Answer with the number keys</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="118" />
        <source>Bakgrundsuppgifter…</source>
        <translation>Background…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="125" />
        <source>Bjud in medlyssnare…</source>
        <translation>Invite a co-listener…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="131" />
        <source>Samtycke…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="137" />
        <source>Kvitto till informanten…</source>
        <translation>Receipt for the informant…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="143" />
        <source>Avsluta intervjun…</source>
        <translation>End the interview…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="149" />
        <source>Lås projektet</source>
        <translation>Lock project</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="155" />
        <source>Stäng fönstret</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="162" />
        <source>Följdfråga %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="169" />
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="175" />
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="181" />
        <source>Citat i eget fönster (andra skärmen) eller bredvid frågorna</source>
        <translation>Quotes in a window of their own (second screen) or beside the questions</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="189" />
        <source>Sammanfattning (F9 igen: tillbaka)</source>
        <translation>Summary (F9 again: back)</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="195" />
        <source>Läs upp tiden (för skärmläsare)</source>
        <translation>Read out the time (for screen readers)</translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="120" />
        <source>Citat – %1 (F8: eget fönster eller bredvid)</source>
        <extracomment>The session clock's time source (monotonic seconds); tests replace it.</extracomment>
        <translation>Quotes – %1 (F8: own window or beside)</translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="159" />
        <source>Intervju %1</source>
        <translation>Interview %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="324" />
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="332" />
        <source>Inte sparat – försöker igen. %1</source>
        <translation>Not saved – trying again. %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/window.py" line="446" />
        <source>Markera text i anteckningen först.</source>
        <translation>Select text in the note first.</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_view.py" line="26" />
        <source>Avsnittet: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_view.py" line="31" />
        <source>Paus (Ctrl+P)</source>
        <translation>Pause (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_view.py" line="33" />
        <source>Starta klockan (Ctrl+P)</source>
        <translation>Start the clock (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_view.py" line="37" />
        <source>går</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_view.py" line="39" />
        <location filename="../../ui/session/speech.py" line="57" />
        <source>pausad</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/session/recording.py" line="53" />
        <source>Spela in / pausa inspelningen</source>
        <translation>Record / pause recording</translation>
    </message>
    <message>
        <location filename="../../ui/session/speech.py" line="53" />
        <source>Intervjun %1</source>
        <extracomment>the key that reads the time aloud</extracomment>
        <translation>Interview %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/speech.py" line="61" />
        <source>Avsnittet %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/speech.py" line="64" />
        <source>av</source>
        <translation>of</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="73" />
        <source>Dela intervjuer</source>
        <translation>Share interviews</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="76" />
        <source>Vad ska delas?</source>
        <translation>What to share?</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="80" />
        <source>Intervjuer med allt som hör till (till analytikerna)</source>
        <translation>Interviews with everything that belongs to them (for the analysts)</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="83" />
        <source>Medlyssnarpaket för en intervju (guide, kod, samtycke – inga anteckningar)</source>
        <translation>Co-listener package for one interview (guide, code, consent – no notes)</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="90" />
        <source>Alla intervjuer</source>
        <translation>All interviews</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="91" />
        <source>Markera alla intervjuer</source>
        <translation>Select all interviews</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="94" />
        <source>Intervjuer att dela</source>
        <translation>Interviews to share</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="100" />
        <source>(samtycket återkallat – delas inte)</source>
        <translation>(consent withdrawn – not shared)</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="118" />
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="120" />
        <source>Mottagarnycklar…</source>
        <translation>Recipient keys…</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="121" />
        <source>Lägg till eller visa mottagarnycklar</source>
        <translation>Add or show recipient keys</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="128" />
        <source>Lösenord för paketet</source>
        <translation>Password for the package</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="131" />
        <source>Upprepa lösenordet för paketet</source>
        <translation>Repeat the password for the package</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="138" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="142" />
        <source>&amp;Mottagare:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="145" />
        <source>L&amp;ösenord för paketet:</source>
        <translation>Package &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="146" />
        <source>&amp;Upprepa:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="148" />
        <source>Spara paket…</source>
        <translation>Save package…</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="170" />
        <source>Inget mottagarprojekt – skydda med ett lösenord</source>
        <translation>No recipient project – protect with a password</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="214" />
        <source>Medlyssnaren öppnar paketet i medlyssnarläge och skickar tillbaka ett citatpaket som bara det här projektet kan öppna. Välj medlyssnarens mottagarnyckel, eller ett lösenord som du säger till medlyssnaren.</source>
        <translation>The co-listener opens the package in co-listener mode and sends back a quotes package that only this project can open. Choose the co-listener's recipient key, or a password you tell the co-listener.</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="223" />
        <source>%1 intervjuer delas, krypterade så att bara mottagaren kan öppna dem.</source>
        <translation>%1 interviews are shared, encrypted so that only the recipient can open them.</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="236" />
        <source>Välj minst en intervju.</source>
        <translation>Choose at least one interview.</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="243" />
        <source>Lösenordet för paketet måste ha minst %1 tecken.</source>
        <translation>The password for the package must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="249" />
        <source>Lösenorden är inte lika.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="272" />
        <source>Krypterar paketet…</source>
        <translation>Encrypting the package…</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="283" />
        <source>Spara paket</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../ui/team/share_dialog.py" line="285" />
        <source>Samtal-paket (*.samtalpkg)</source>
        <translation>Samtal packages (*.samtalpkg)</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start/window.py" line="165" />
        <source>Intervjuer för brukarrevision: frågeguide, samtycke, anteckningar och citat – krypterat på den här datorn och pseudonymiserat innan något lämnar den.</source>
        <translation>Interviews for user audits: question guide, consent, notes and quotes – encrypted on this computer and pseudonymised before anything leaves it.</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="169" />
        <source>&amp;Nytt projekt…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="151" />
        <location filename="../../ui/start/window.py" line="170" />
        <source>Nytt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="171" />
        <source>Ö&amp;ppna projekt…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="153" />
        <location filename="../../ui/start/window.py" line="172" />
        <source>Öppna projekt</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="155" />
        <location filename="../../ui/start/window.py" line="158" />
        <source>Kom igång</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="173" />
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="174" />
        <source>Öppna demo</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="175" />
        <source>&amp;Anslut som medlyssnare…</source>
        <translation>&amp;Join as co-listener…</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="177" />
        <source>Anslut som medlyssnare: följ intervjun live med intervjuarens kod</source>
        <translation>Join as co-listener: follow the interview live with the interviewer's code</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="181" />
        <source>Följ intervjun på din egen dator och markera citat som kommer fram till intervjuaren direkt. Du behöver koden som intervjuaren läser upp.</source>
        <translation>Follow the interview on your own laptop and mark quotes that reach the interviewer at once. You need the code the interviewer reads out.</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="185" />
        <source>&amp;Medlyssnarläge…</source>
        <translation>&amp;Co-listener mode…</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="187" />
        <source>Medlyssnarläge: öppna ett medlyssnarpaket från intervjuaren</source>
        <translation>Co-listener mode: open a co-listener package from the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="191" />
        <source>Öppna medlyssnarpaketet från intervjuaren. Citaten sparas krypterat i det projekt som är markerat i listan (eller ett som du väljer).</source>
        <translation>Open the co-listener package from the interviewer. The quotes are kept encrypted in the project selected in the list (or one you choose).</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="195" />
        <source>Projekt i standardmappen:</source>
        <translation>Projects in the default folder:</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="196" />
        <source>Projekt i standardmappen</source>
        <translation>Projects in the default folder</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="199" />
        <source>Inga projekt ännu. Prova med demon, eller skapa ett nytt projekt. Tryck F1 för Kom igång.</source>
        <translation>No projects yet. Try the demo, or create a new project. Press F1 for Getting started.</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="203" />
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="204" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="205" />
        <source>Kom &amp;igång (F1)</source>
        <translation>&amp;Getting started (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="206" />
        <source>Kom igång: hjälp för första gången</source>
        <translation>Getting started: help for the first time</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="228" />
        <source>Standardmappen ligger i {name}, som synkas till molnet. Skapa projekt i en lokal mapp i stället: synkprogram kan förstöra databasen.</source>
        <translation>The default folder is in {name}, which is synced to the cloud. Create projects in a local folder instead: sync programs can corrupt the database.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="21" />
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="22" />
        <source>Samtycke klart</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="23" />
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="24" />
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="25" />
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="26" />
        <source>Avbruten</source>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/session/summary_page.py" line="33" />
        <source>Sammanfattning av intervjun</source>
        <translation>Interview summary</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="34" />
        <location filename="../../ui/session/summary_page.py" line="35" />
        <location filename="../../ui/session/summary_page.py" line="59" />
        <source>Redigera anteckningar och citat</source>
        <translation>Edit notes and quotes</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="38" />
        <location filename="../../ui/session/summary_page.py" line="39" />
        <source>Stäng intervjun</source>
        <translation>Close interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="57" />
        <source>Tillbaka till intervjun (F9)</source>
        <translation>Back to the interview (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="74" />
        <source>Intervju %1</source>
        <translation>Interview %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="77" />
        <source>Status: %1 · Tid: %2 · %3 av %4 frågor ställda, %5 överhoppade, %6 inte ställda · %7 · %8</source>
        <translation>Status: %1 · Time: %2 · %3 of %4 questions asked, %5 skipped, %6 not asked · %7 · %8</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="86" />
        <source>1 anteckning</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="86" />
        <source>{n} anteckningar</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="87" />
        <source>1 citat</source>
        <translation>1 quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="87" />
        <source>{n} citat</source>
        <translation>{n} quotes</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="95" />
        <source>Avsnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="96" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="97" />
        <source>Ställda</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="98" />
        <source>Överhoppade</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="99" />
        <source>Inte ställda</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="112" />
        <source>överhoppad</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="114" />
        <source>inte ställd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="132" />
        <source>Svar på de slutna frågorna</source>
        <translation>Answers to the closed questions</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="135" />
        <source>Frågor som inte ställdes</source>
        <translation>Questions not asked</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary_page.py" line="138" />
        <source>Alla frågor ställdes.</source>
        <translation>All questions were asked.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="162" />
        <source>Dela upp efter bakgrundsvariabel</source>
        <extracomment>Answer labels, table words and chart texts in the UI's language.</extracomment>
        <translation>Break down by background variable</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="164" />
        <source>Minsta grupp som visas</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="166" />
        <source>&amp;Dela upp efter:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="173" />
        <source>Slutna frågor</source>
        <translation>Closed questions</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="177" />
        <source>Tabell: antal och andel per svar</source>
        <translation>Table: count and share per answer</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="190" />
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="193" />
        <source>Klicka på en stapel för att se intervjuerna bakom den.</source>
        <translation>Click a bar to see the interviews behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="196" />
        <source>Intervjuer bakom stapeln</source>
        <translation>Interviews behind the bar</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="228" />
        <source>Minsta grupp: %1</source>
        <translation>Minimum group: %1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="231" />
        <source>Ingen uppdelning</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="261" />
        <source>Guiden har inga slutna frågor.</source>
        <translation>The guide has no closed questions.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="278" />
        <source>Ritar diagrammet…</source>
        <translation>Drawing the chart…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="296" />
        <location filename="../../ui/analysis/summary_tab.py" line="306" />
        <source>alla</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="314" />
        <source>%1: dolt – gruppen är för liten för att visas eller öppnas.</source>
        <translation>%1: hidden – the group is too small to show or open.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="318" />
        <source>%1: inga intervjuer att visa.</source>
        <translation>%1: no interviews to show.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="322" />
        <source>%1: %2 intervjuer (Enter öppnar)</source>
        <translation>%1: %2 interviews (Enter opens)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="82" />
        <source>dolt</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/summary_tab.py" line="87" />
        <source>Dolt: färre än minsta gruppen, eller skulle kunna räknas fram</source>
        <translation>Hidden: fewer than the minimum group, or could be computed</translation>
    </message>
</context>
<context>
    <name>SurveySettingsDialog</name>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="105" />
        <source>Bakgrundsvariabler och sammanställning</source>
        <translation>Background variables and summary</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="110" />
        <source> informanter</source>
        <translation> informants</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="111" />
        <source>Minsta grupp</source>
        <translation>Minimum group</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="114" />
        <source>Siffror som bygger på färre informanter visas som ”–” i fönstret, på kommandoraden och i varje export, så att ingen kan pekas ut.</source>
        <translation>Figures built from fewer informants are shown as “–” in the window, on the command line and in every export, so that no one can be singled out.</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="120" />
        <source>Bakgrundsvariabler</source>
        <translation>Background variables</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="121" />
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="122" />
        <source>Ä&amp;ndra…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="123" />
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="136" />
        <source>&amp;Minsta grupp:</source>
        <translation>&amp;Minimum group:</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="138" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="140" />
        <source>Bakgrundsvariabler (väljs per intervju):</source>
        <translation>Background variables (chosen per interview):</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="196" />
        <source>Ta bort variabel</source>
        <translation>Remove variable</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="197" />
        <source>Ta bort %1 och alla intervjuers val för den?</source>
        <translation>Remove %1 and every interview's choice for it?</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../ui/team/actions.py" line="81" />
        <source>Paketet sparades: %1</source>
        <translation>The package was saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="103" />
        <source>Ta emot paket</source>
        <translation>Receive package</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="105" />
        <source>Samtal-paket (*.samtalpkg)</source>
        <translation>Samtal packages (*.samtalpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="163" />
        <source>Citatpaketet sparades: %1</source>
        <translation>The quotes package was saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="171" />
        <source>Krypterar citatpaketet…</source>
        <translation>Encrypting the quotes package…</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="76" />
        <source>Tagga med tema</source>
        <translation>Tag with theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="78" />
        <source>Skriv för att filtrera…</source>
        <translation>Type to filter…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="79" />
        <source>Filtrera teman</source>
        <translation>Filter themes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="81" />
        <source>Teman</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="89" />
        <source>Tagga</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/codebook_panel.py" line="94" />
        <source>Välj ett eller flera teman (Ctrl-klick):</source>
        <translation>Choose one or more themes (Ctrl+click):</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <location filename="../../ui/analysis/models.py" line="145" />
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/models.py" line="145" />
        <source>Antal</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../ui/audio/timeline_bar.py" line="39" />
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../../ui/audio/transcript_editor.py" line="51" />
        <source>Utskrift</source>
        <translation>Transcript</translation>
    </message>
</context>
<context>
    <name>TranscriptionKeys</name>
    <message>
        <location filename="../../ui/audio/keys.py" line="21" />
        <source>Spela/pausa</source>
        <translation>Play/pause</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="22" />
        <source>Bakåt</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="23" />
        <source>Framåt</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="24" />
        <source>Långsammare</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="25" />
        <source>Snabbare</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="26" />
        <source>Infoga tidsstämpel</source>
        <translation>Insert timestamp</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="27" />
        <source>Ny replik: I</source>
        <translation>New turn: I</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="28" />
        <source>Ny replik: IP</source>
        <translation>New turn: IP</translation>
    </message>
    <message>
        <location filename="../../ui/audio/keys.py" line="31" />
        <source>Ny replik: annan talare</source>
        <translation>New turn: other speaker</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="81" />
        <source>Transkribering – %1</source>
        <translation>Transcription – %1</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="89" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="91" />
        <source>Hastighet</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="92" />
        <location filename="../../ui/audio/transcription_window.py" line="342" />
        <source>Spela</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="94" />
        <source>Inspelning</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="101" />
        <source>Frågeguiden</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="103" />
        <source>Citat</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="155" />
        <source>Frågeguiden (dubbelklicka för att lyssna)</source>
        <translation>Question guide (double-click to listen)</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="157" />
        <source>Citatmarkeringar</source>
        <translation>Quote marks</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="170" />
        <source>Transkribering</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="196" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="226" />
        <source>Inspelning %1 (%2)</source>
        <translation>Recording %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="303" />
        <source>Ljudet raderades %1. Utskriften finns kvar.</source>
        <translation>The audio was deleted %1. The transcript remains.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="306" />
        <source>Ingen inspelning. Importera ljud eller skriv utskriften direkt.</source>
        <translation>No recording. Import audio or type the transcript directly.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="308" />
        <source>Maskinutkast: gå igenom texten mot ljudet innan den används.</source>
        <translation>Machine draft: check the text against the audio before it is used.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="323" />
        <source>Annan talare</source>
        <translation>Other speaker</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="323" />
        <source>Beteckning (t.ex. T för tolk):</source>
        <translation>Label (e.g. T for interpreter):</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="342" />
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="350" />
        <source>Ändrat</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_window.py" line="365" />
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/start/unlock.py" line="46" />
        <source>Lås upp projekt</source>
        <translation>Unlock project</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="50" />
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="51" />
        <source>Skriv projektets lösenord.</source>
        <translation>Enter the project passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="55" />
        <source>Lösenord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="57" />
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="66" />
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="68" />
        <location filename="../../ui/start/unlock.py" line="69" />
        <source>Återställ säkerhetskopian</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="72" />
        <source>Fortsätt med det som finns</source>
        <translation>Go on with what is there</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="74" />
        <source>Öppna projektet med det som finns kvar efter kraschen</source>
        <translation>Open the project with what is left after the crash</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="78" />
        <source>Glömt lösenordet? Använd återställningsnyckeln…</source>
        <translation>Forgotten the passphrase? Use the recovery key…</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="79" />
        <source>Lås upp med återställningsnyckeln</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="101" />
        <location filename="../../ui/start/unlock.py" line="145" />
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="161" />
        <source>Det finns ingen säkerhetskopia av projektet på den här datorn. Ingenting har skrivits över; kontakta den som ansvarar för granskningen.</source>
        <translation>There is no backup of this project on this computer. Nothing has been overwritten; contact the person responsible for the audit.</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="170" />
        <source>Det finns en kontrollerad säkerhetskopia från %1. Skriv lösenordet som gällde då och välj Återställ. Det skadade projektet flyttas undan och raderas inte.</source>
        <translation>There is a verified backup from %1. Enter the passphrase that was valid then and choose Restore. The damaged project is moved aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="196" />
        <source>Återställer säkerhetskopian…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>VariableDialog</name>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="50" />
        <source>Ny bakgrundsvariabel</source>
        <translation>New background variable</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="50" />
        <source>Ändra variabel</source>
        <translation>Change variable</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="54" />
        <source>Variabelns namn</source>
        <translation>Name of the variable</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="55" />
        <source>t.ex. Åldersgrupp</source>
        <translation>e.g. Age group</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="57" />
        <source>Kategorier, en per rad</source>
        <translation>Categories, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="58" />
        <source>18–29
30–49
50–64
65 eller äldre</source>
        <translation>18–29
30–49
50–64
65 or older</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="62" />
        <source>2–12 grova kategorier, en per rad. Aldrig exakta åldrar, datum eller fritext. Ändrar du en kategori på sin rad byter den namn för alla intervjuer.</source>
        <translation>2–12 coarse categories, one per line. Never exact ages, dates or free text. Changing a category on its line renames it for every interview.</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="68" />
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="69" />
        <source>&amp;Kategorier:</source>
        <translation>&amp;Categories:</translation>
    </message>
    <message>
        <location filename="../../ui/project/survey_settings.py" line="71" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="71" />
        <source>Återkalla samtycke och radera – %1</source>
        <extracomment>Saves and closes the interview's own window, if open; False: not erased now.</extracomment>
        <translation>Withdraw consent and erase – %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="78" />
        <source>Din revisorskod</source>
        <translation>Your auditor code</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="79" />
        <source>t.ex. AB</source>
        <translation>e.g. AB</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="85" />
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="90" />
        <source>Din &amp;revisorskod:</source>
        <translation>Your &amp;auditor code:</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="113" />
        <source>Informanten tar tillbaka sitt samtycke för intervju %1</source>
        <translation>The informant withdraws consent for interview %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="121" />
        <source>Återkallelsen registreras direkt. Efter det exporteras, visas och söks intervjun aldrig mer. I nästa steg kan du radera allt om den.</source>
        <translation>The withdrawal is recorded at once. From then on the interview is never exported, shown or searched again. In the next step you can erase everything about it.</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="131" />
        <source>Registrera återkallelsen</source>
        <translation>Record the withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="132" />
        <source>Registrera att samtycket återkallas</source>
        <translation>Record that consent is withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="136" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="138" />
        <source>Avbryt utan att ändra något</source>
        <translation>Cancel without changing anything</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="152" />
        <source>Skriv deltagarkoden för att bekräfta</source>
        <translation>Type the participant code to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="156" />
        <source>Skriv deltagarkoden &amp;%1 för att bekräfta:</source>
        <translation>Type the participant code &amp;%1 to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="168" />
        <source>Radera %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="172" />
        <source>Radera intervju %1 för alltid</source>
        <translation>Erase interview %1 for good</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="180" />
        <source>Intervju %1 har inget samtycke</source>
        <translation>Interview %1 has no consent</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="184" />
        <source>Informanten avböjde, eller samtycket registrerades aldrig. Inget har antecknats. Ta bort intervjun: kvar blir bara en rad utan innehåll i raderingsloggen.</source>
        <translation>The informant declined, or consent was never recorded. Nothing has been noted. Remove the interview: only a content-free row in the deletion log remains.</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="190" />
        <source>Ta bort %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="193" />
        <source>Radera allt om intervju %1 nu?</source>
        <translation>Erase everything about interview %1 now?</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="197" />
        <source>Anteckningar, citat, samtycke och namnlista tas bort för alltid; kvar blir bara en rad utan innehåll i raderingsloggen. Väljer du Inte nu är intervjun kvar men exporteras aldrig.</source>
        <translation>Notes, quotes, consent and name list are removed for good; only a content-free row in the deletion log remains. If you choose Not now the interview stays but is never exported.</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="204" />
        <source>Säkerhetskopiorna på den här datorn görs om utan intervjun. Kopior som gjorts på andra ställen (USB-minne, nätverk) innehåller den fortfarande; återställs en sådan raderas intervjun igen.</source>
        <translation>The backups on this computer are remade without the interview. Copies made elsewhere (USB stick, network) still hold it; if one of them is restored, the interview is erased again.</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="212" />
        <source>Inte nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="213" />
        <source>Inte nu: intervjun raderas inte</source>
        <translation>Not now: the interview is not erased</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="264" />
        <source>Raderar intervjun…</source>
        <translation>Erasing the interview…</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="265" />
        <source>Gör om säkerhetskopiorna på den här datorn…</source>
        <translation>Remaking the backups on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/security/withdrawal.py" line="266" />
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../ui/widgets/zoom.py" line="66" />
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/zoom.py" line="67" />
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/zoom.py" line="68" />
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="164" />
        <source>Ljudet är importerat</source>
        <translation>The audio is imported</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="166" />
        <source>Ljudet finns nu krypterat i projektet. Ta bort originalfilen %1?</source>
        <translation>The audio is now encrypted in the project. Remove the original file %1?</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="172" />
        <source>Andra kopior – i inspelaren, på minneskortet, i molnet, i e-post eller i papperskorgen – måste du själv ta bort.</source>
        <translation>Other copies – on the recorder, the memory card, in the cloud, in e-mail or in the trash – are yours to delete.</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="176" />
        <source>Ta bort originalet</source>
        <translation>Remove the original</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="177" />
        <source>Behåll</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="190" />
        <source>Utskriften har redan text. Vad ska hända med den?</source>
        <translation>The transcript already has text. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="191" />
        <source>Lägg till sist</source>
        <translation>Append</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="192" />
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/audio/dialogs.py" line="193" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="204" />
        <source>Samtal avslutades oväntat förra gången. En felrapport utan innehåll finns sparad lokalt; den skickas aldrig någonstans.</source>
        <extracomment>Files the program reads at some point, checked by ``--self-test``.</extracomment>
        <translation>Samtal closed unexpectedly last time. An error report without any content is saved locally; it is never sent anywhere.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="511" />
        <source>Ersätta filen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="512" />
        <source>{name} finns redan. Vill du ersätta den?</source>
        <translation>{name} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="143" />
        <source>Frågeguide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="144" />
        <source>Guiden har ändringar som inte är sparade. Spara dem?</source>
        <translation>The guide has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="147" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="148" />
        <source>Spara inte</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ui/guide/window.py" line="149" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="349" />
        <source>Ta bort citat</source>
        <translation>Remove quote</translation>
    </message>
    <message>
        <location filename="../../ui/session/quote_panel.py" line="349" />
        <source>Ta bort citatet?</source>
        <translation>Remove the quote?</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="33" />
        <source>Avsluta intervjun</source>
        <translation>End the interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="34" />
        <source>Avsluta intervjun? Anteckningar och citat kan redigeras efteråt.</source>
        <translation>End the interview? Notes and quotes can be edited afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="45" />
        <source>Stäng intervjun</source>
        <translation>Close the interview</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="46" />
        <source>Intervjun pågår. Vill du pausa den eller avsluta den?</source>
        <translation>The interview is in progress. Do you want to pause it or end it?</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="49" />
        <source>En pausad intervju fortsätter där den slutade när du öppnar den igen. Allt som skrivits är sparat.</source>
        <translation>A paused interview goes on where it stopped when you open it again. Everything written is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="53" />
        <source>Pausa och stäng</source>
        <translation>Pause and close</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="55" />
        <source>Avsluta intervjun och stäng</source>
        <translation>End the interview and close</translation>
    </message>
    <message>
        <location filename="../../ui/session/closing.py" line="57" />
        <source>Fortsätt intervjun</source>
        <translation>Go on with the interview</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="290" />
        <source>Öppna projekt (mapp som slutar på .samtal)</source>
        <translation>Open project (folder ending in .samtal)</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="302" />
        <source>Medlyssnarpaket från intervjuaren</source>
        <translation>Co-listener package from the interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/start/window.py" line="304" />
        <location filename="../../ui/team/actions.py" line="199" />
        <source>Samtal-paket (*.samtalpkg)</source>
        <translation>Samtal packages (*.samtalpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="197" />
        <location filename="../../ui/team/live_join.py" line="285" />
        <source>Spara citatpaket</source>
        <translation>Save quotes package</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="215" />
        <source>Radera medlyssnarkopian?</source>
        <translation>Erase the co-listener copy?</translation>
    </message>
    <message>
        <location filename="../../ui/team/actions.py" line="217" />
        <source>Citatpaketet för %1 är sparat. Radera citaten och intervjuns guide från den här datorn nu? (Rekommenderas när paketet har lämnats till intervjuaren.)</source>
        <translation>The quotes package for %1 is saved. Erase the quotes and the interview's guide from this computer now? (Recommended once the package has been handed to the interviewer.)</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="287" />
        <source>Samtal-paket (*%1)</source>
        <translation>Samtal packages (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="311" />
        <source>Medlyssningen är avslutad</source>
        <translation>Co-listening has ended</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="313" />
        <source>%1 citat kom aldrig fram till intervjuaren. Spara dem som citatpaket? Annars raderas de från den här datorn.</source>
        <translation>%1 quotes never reached the interviewer. Save them as a quotes package? Otherwise they are deleted from this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="384" />
        <source>Lämna medlyssningen</source>
        <translation>Leave co-listening</translation>
    </message>
    <message>
        <location filename="../../ui/team/live_join.py" line="386" />
        <source>Lämna medlyssningen? Citat som inte har kommit fram raderas från den här datorn om du inte sparar en kopia först (Ctrl+Shift+S).</source>
        <translation>Leave co-listening? Quotes that have not arrived are deleted from this laptop unless you save a copy first (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../../ui/session/receipt_dialog.py" line="130" />
        <source>Spara kvittot</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="163" />
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="165" />
        <source>Projektet ersätts av säkerhetskopian från %1. Det nuvarande projektet flyttas undan och raderas inte. Intervjuer som raderats sedan kopian gjordes raderas igen.</source>
        <translation>The project is replaced by the backup from %1. The current project is moved aside, not deleted. Interviews erased since the copy was made are erased again.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="172" />
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="525" />
        <source>Lägga till i namnlistan?</source>
        <translation>Add to the name list?</translation>
    </message>
    <message>
        <location filename="../../ui/review/window.py" line="527" />
        <source>Lägg till ”{word}” i projektets namnlista? Då ersätts det automatiskt i alla intervjuer.</source>
        <translation>Add “{word}” to the project's name list? It is then replaced automatically in every interview.</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="91" />
        <source>Taligenkänning är inte installerad (pip install samtal[stt]).</source>
        <translation>Speech recognition is not installed (pip install samtal[stt]).</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="99" />
        <source>Importera ljud</source>
        <translation>Import audio</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="107" />
        <source>Importerar och krypterar ljudet …</source>
        <translation>Importing and encrypting the audio …</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="133" />
        <location filename="../../ui/audio/transcription_actions.py" line="141" />
        <source>Importera utskrift</source>
        <translation>Import transcript</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="168" />
        <source>Välj mappen med taligenkänningsmodellen</source>
        <translation>Choose the folder of the speech recognition model</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="181" />
        <source>Taligenkänning …</source>
        <translation>Speech recognition …</translation>
    </message>
    <message>
        <location filename="../../ui/audio/transcription_actions.py" line="183" />
        <source>Maskinutkast</source>
        <translation>Machine draft</translation>
    </message>
</context>
</TS>