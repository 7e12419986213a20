<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
        <message>
            <source>Person record</source>
            <translation>Personakt</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Bevakning</translation>
        </message>
        <message>
            <source>through emergency access</source>
            <translation>via nödåtkomst</translation>
        </message>
        <message>
            <source>reason: {reason}</source>
            <translation>skäl: {reason}</translation>
        </message>
        <message>
            <source>Case {reference}</source>
            <translation>Ärende {reference}</translation>
        </message>
    </context>
    <context>
        <name>AccessLogTab</name>
        <message>
            <source>Who has read or changed this participant's record, newest first. Opening this log is recorded too.</source>
            <translation>Vem som har läst eller ändrat deltagarens uppgifter, senaste först. Även att du öppnar den här loggen registreras.</translation>
        </message>
        <message>
            <source>Show entries</source>
            <translation>Visa poster</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Alla poster</translation>
        </message>
        <message>
            <source>Changes only</source>
            <translation>Endast ändringar</translation>
        </message>
        <message>
            <source>Reads only</source>
            <translation>Endast läsningar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Read the log again</source>
            <translation>Läs in loggen igen</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Åtkomstlogg</translation>
        </message>
        <message>
            <source>Reading the log…</source>
            <translation>Läser in loggen…</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Användare</translation>
        </message>
        <message>
            <source>&amp;Code lists</source>
            <translation>&amp;Kodlistor</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>&amp;Purge list</source>
            <translation>&amp;Gallringslista</translation>
        </message>
    </context>
    <context>
        <name>AmountLineEdit</name>
        <message>
            <source>SEK</source>
            <translation>kr</translation>
        </message>
        <message>
            <source>Give a whole number of kronor.</source>
            <translation>Ange ett helt antal kronor.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message numerus="yes">
            <source>Avhopp locked itself after %n minute(s) without activity. Unsaved text was kept as a draft.</source>
            <translation>
                <numerusform>Avhopp låstes automatiskt efter %n minut utan aktivitet. Text som inte hade sparats har behållits som utkast.</numerusform>
                <numerusform>Avhopp låstes automatiskt efter %n minuter utan aktivitet. Text som inte hade sparats har behållits som utkast.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Score each life domain from 1 (serious problems) to 5 (no problems). Leave a domain unscored if it was not assessed.</source>
            <translation>Bedöm varje livsområde från 1 (allvarliga problem) till 5 (inga problem). Lämna ett område utan poäng om det inte har bedömts.</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation>&amp;Bedömningsdatum:</translation>
        </message>
        <message>
            <source>New life-domain assessment</source>
            <translation>Ny bedömning av livsområden</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Ej bedömt</translation>
        </message>
        <message>
            <source>Give the assessment date.</source>
            <translation>Ange datum för bedömningen.</translation>
        </message>
        <message>
            <source>Score for %1</source>
            <translation>Poäng för %1</translation>
        </message>
        <message>
            <source>latest %1 (%2)</source>
            <translation>senast %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>AssignCaseDialog</name>
        <message>
            <source>Nobody (the team only)</source>
            <translation>Ingen (endast teamet)</translation>
        </message>
        <message>
            <source>&amp;Case worker:</source>
            <translation>&amp;Handläggare:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>Assign case</source>
            <translation>Tilldela ärende</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Tilldela</translation>
        </message>
        <message>
            <source>Case {reference}.</source>
            <translation>Ärende {reference}.</translation>
        </message>
        <message>
            <source>(team {team})</source>
            <translation>(team {team})</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>Read agreement</source>
            <translation>Läste överenskommelse</translation>
        </message>
        <message>
            <source>Signed agreement</source>
            <translation>Registrerade undertecknad överenskommelse</translation>
        </message>
        <message>
            <source>Added assessment</source>
            <translation>Lade till bedömning</translation>
        </message>
        <message>
            <source>Read assessments</source>
            <translation>Läste bedömningar</translation>
        </message>
        <message>
            <source>Exported audit log</source>
            <translation>Exporterade loggen</translation>
        </message>
        <message>
            <source>Read a participant's access log</source>
            <translation>Läste en deltagares åtkomstlogg</translation>
        </message>
        <message>
            <source>Read audit log</source>
            <translation>Läste loggen</translation>
        </message>
        <message>
            <source>Marked log entries reviewed</source>
            <translation>Markerade loggposter som granskade</translation>
        </message>
        <message>
            <source>Drew a log spot check</source>
            <translation>Gjorde ett stickprov i loggen</translation>
        </message>
        <message>
            <source>Verified audit log</source>
            <translation>Verifierade loggen</translation>
        </message>
        <message>
            <source>Recorded breach</source>
            <translation>Registrerade regelbrott</translation>
        </message>
        <message>
            <source>Reassigned case</source>
            <translation>Bytte ansvarig för ärende</translation>
        </message>
        <message>
            <source>Changed phase</source>
            <translation>Bytte fas</translation>
        </message>
        <message>
            <source>Closed case</source>
            <translation>Avslutade ärende</translation>
        </message>
        <message>
            <source>Opened case</source>
            <translation>Öppnade ärende</translation>
        </message>
        <message>
            <source>Emergency access to case</source>
            <translation>Nödåtkomst till ärende</translation>
        </message>
        <message>
            <source>Read case</source>
            <translation>Läste ärende</translation>
        </message>
        <message>
            <source>Reopened case</source>
            <translation>Återöppnade ärende</translation>
        </message>
        <message>
            <source>Added code</source>
            <translation>Lade till kod</translation>
        </message>
        <message>
            <source>Deactivated code</source>
            <translation>Inaktiverade kod</translation>
        </message>
        <message>
            <source>Reactivated code</source>
            <translation>Återaktiverade kod</translation>
        </message>
        <message>
            <source>Relabelled code</source>
            <translation>Ändrade benämning på kod</translation>
        </message>
        <message>
            <source>Recorded consent</source>
            <translation>Registrerade samtycke</translation>
        </message>
        <message>
            <source>Read consents</source>
            <translation>Läste samtycken</translation>
        </message>
        <message>
            <source>Withdrew consent</source>
            <translation>Återkallade samtycke</translation>
        </message>
        <message>
            <source>Added contact</source>
            <translation>Lade till kontakt</translation>
        </message>
        <message>
            <source>Linked contact</source>
            <translation>Kopplade kontakt</translation>
        </message>
        <message>
            <source>Listed contacts</source>
            <translation>Listade kontakter</translation>
        </message>
        <message>
            <source>Read contacts</source>
            <translation>Läste kontakter</translation>
        </message>
        <message>
            <source>Changed contact</source>
            <translation>Ändrade kontakt</translation>
        </message>
        <message>
            <source>Changed contact link</source>
            <translation>Ändrade kontaktkoppling</translation>
        </message>
        <message>
            <source>Read overview</source>
            <translation>Läste översikten</translation>
        </message>
        <message>
            <source>Generated demo data</source>
            <translation>Skapade demodata</translation>
        </message>
        <message>
            <source>Listed flags</source>
            <translation>Listade markeringar</translation>
        </message>
        <message>
            <source>Read flags</source>
            <translation>Läste markeringar</translation>
        </message>
        <message>
            <source>Removed flag</source>
            <translation>Tog bort markering</translation>
        </message>
        <message>
            <source>Set flag</source>
            <translation>Satte markering</translation>
        </message>
        <message>
            <source>Imported participants</source>
            <translation>Importerade deltagare</translation>
        </message>
        <message>
            <source>Corrected journal note</source>
            <translation>Rättade journalanteckning</translation>
        </message>
        <message>
            <source>Saved journal draft</source>
            <translation>Sparade utkast till journalanteckning</translation>
        </message>
        <message>
            <source>Read journal</source>
            <translation>Läste journal</translation>
        </message>
        <message>
            <source>Signed journal note</source>
            <translation>Signerade journalanteckning</translation>
        </message>
        <message>
            <source>Rotated vault key</source>
            <translation>Bytte databasnyckel</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Loggade in</translation>
        </message>
        <message>
            <source>Failed login</source>
            <translation>Misslyckad inloggning</translation>
        </message>
        <message>
            <source>Logged in with recovery key</source>
            <translation>Loggade in med återställningsnyckel</translation>
        </message>
        <message>
            <source>Listed participants</source>
            <translation>Listade deltagare</translation>
        </message>
        <message>
            <source>Registered participant</source>
            <translation>Registrerade deltagare</translation>
        </message>
        <message>
            <source>Merged person records</source>
            <translation>Slog ihop personakter</translation>
        </message>
        <message>
            <source>Read person</source>
            <translation>Läste personuppgifter</translation>
        </message>
        <message>
            <source>Read merged records</source>
            <translation>Läste sammanslagna personakter</translation>
        </message>
        <message>
            <source>Revealed protected address</source>
            <translation>Visade skyddad adress</translation>
        </message>
        <message>
            <source>Searched by identity number</source>
            <translation>Sökte på personnummer</translation>
        </message>
        <message>
            <source>Changed person</source>
            <translation>Ändrade personuppgifter</translation>
        </message>
        <message>
            <source>Added plan goal</source>
            <translation>Lade till mål i planen</translation>
        </message>
        <message>
            <source>Read plan</source>
            <translation>Läste genomförandeplan</translation>
        </message>
        <message>
            <source>Changed plan goal</source>
            <translation>Ändrade mål i planen</translation>
        </message>
        <message>
            <source>Listed purge candidates</source>
            <translation>Listade poster att gallra</translation>
        </message>
        <message>
            <source>Read purge archive</source>
            <translation>Läste gallringsarkivet</translation>
        </message>
        <message>
            <source>Purged records</source>
            <translation>Gallrade uppgifter</translation>
        </message>
        <message>
            <source>Created recovery key</source>
            <translation>Skapade återställningsnyckel</translation>
        </message>
        <message>
            <source>Added reminder</source>
            <translation>Lade till bevakning</translation>
        </message>
        <message>
            <source>Completed reminder</source>
            <translation>Markerade bevakning som klar</translation>
        </message>
        <message>
            <source>Listed reminders</source>
            <translation>Listade bevakningar</translation>
        </message>
        <message>
            <source>Read reminders</source>
            <translation>Läste bevakningar</translation>
        </message>
        <message>
            <source>Refreshed reminders</source>
            <translation>Uppdaterade bevakningar</translation>
        </message>
        <message>
            <source>Refreshed automatic reminders</source>
            <translation>Uppdaterade automatiska bevakningar</translation>
        </message>
        <message>
            <source>Changed reminder</source>
            <translation>Ändrade bevakning</translation>
        </message>
        <message>
            <source>Changed settings</source>
            <translation>Ändrade inställningar</translation>
        </message>
        <message>
            <source>Read statistics</source>
            <translation>Läste statistik</translation>
        </message>
        <message>
            <source>Added support step</source>
            <translation>Lade till insats</translation>
        </message>
        <message>
            <source>Read support steps</source>
            <translation>Läste insatser</translation>
        </message>
        <message>
            <source>Changed support step</source>
            <translation>Ändrade insats</translation>
        </message>
        <message>
            <source>Added threat assessment</source>
            <translation>Lade till hotbedömning</translation>
        </message>
        <message>
            <source>Read threat assessments</source>
            <translation>Läste hotbedömningar</translation>
        </message>
        <message>
            <source>Added user</source>
            <translation>Lade till användare</translation>
        </message>
        <message>
            <source>Disabled user</source>
            <translation>Inaktiverade användare</translation>
        </message>
        <message>
            <source>Enabled user</source>
            <translation>Aktiverade användare</translation>
        </message>
        <message>
            <source>Listed users</source>
            <translation>Listade användare</translation>
        </message>
        <message>
            <source>Changed passphrase</source>
            <translation>Bytte lösenfras</translation>
        </message>
        <message>
            <source>Changed team</source>
            <translation>Bytte team</translation>
        </message>
        <message>
            <source>Created vault</source>
            <translation>Skapade databasen</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryModel</name>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>case</source>
            <translation>ärende</translation>
        </message>
        <message>
            <source>reminder</source>
            <translation>bevakning</translation>
        </message>
        <message>
            <source>user</source>
            <translation>användare</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kod</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>inställningar</translation>
        </message>
        <message>
            <source>purge run</source>
            <translation>gallringskörning</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>kontakt</translation>
        </message>
        <message>
            <source>journal note</source>
            <translation>journalanteckning</translation>
        </message>
        <message>
            <source>flagged for review</source>
            <translation>markerad för granskning</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>nekad</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Granskad</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Reviewed by {user} at {time}</source>
            <translation>Granskad av {user} {time}</translation>
        </message>
        <message>
            <source>{action} ({outcome})</source>
            <translation>{action} ({outcome})</translation>
        </message>
        <message>
            <source>Yes: {remark}</source>
            <translation>Ja: {remark}</translation>
        </message>
    </context>
    <context>
        <name>AutomaticBackups</name>
        <message>
            <source>Checking the daily backup…</source>
            <translation>Kontrollerar den dagliga säkerhetskopian…</translation>
        </message>
        <message>
            <source>Avhopp is closing</source>
            <translation>Avhopp stängs</translation>
        </message>
        <message>
            <source>Backing up before Avhopp closes…</source>
            <translation>Säkerhetskopierar innan Avhopp stängs…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Backup before closing</source>
            <translation>Säkerhetskopia före stängning</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Säkerhetskopia</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Daily backup made {time}.</source>
            <translation>Daglig säkerhetskopia gjord {time}.</translation>
        </message>
        <message>
            <source>The daily backup failed: {reason} See Backups.</source>
            <translation>Den dagliga säkerhetskopian misslyckades: {reason} Se Säkerhetskopior.</translation>
        </message>
        <message>
            <source>The backup before closing failed: {reason} Avhopp closes anyway; make a backup on the Backups page next time.</source>
            <translation>Säkerhetskopian före stängning misslyckades: {reason} Avhopp stängs ändå; gör en säkerhetskopia på sidan Säkerhetskopior nästa gång.</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daglig</translation>
        </message>
        <message>
            <source>On exit</source>
            <translation>Vid stängning</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Made before a key change</source>
            <translation>Gjord före nyckelbyte</translation>
        </message>
        <message>
            <source>Another vault</source>
            <translation>Annan databas</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Skadad</translation>
        </message>
        <message>
            <source>Newer version</source>
            <translation>Nyare version</translation>
        </message>
        <message>
            <source>Made before the vault key was changed: it opens with a passphrase that was valid then (avhopp-admin).</source>
            <translation>Gjord innan databasnyckeln byttes: den öppnas med en lösenfras som gällde då (avhopp-admin).</translation>
        </message>
        <message>
            <source>A backup of another vault.</source>
            <translation>En säkerhetskopia av en annan databas.</translation>
        </message>
        <message>
            <source>The file is damaged or altered and cannot be restored.</source>
            <translation>Filen är skadad eller ändrad och kan inte återställas.</translation>
        </message>
        <message>
            <source>Made by a newer version of Avhopp: update Avhopp to use it.</source>
            <translation>Gjord av en nyare version av Avhopp: uppdatera Avhopp för att använda den.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Säkerhetskopior i mappen</translation>
        </message>
        <message>
            <source>&amp;Create backup now</source>
            <translation>&amp;Skapa säkerhetskopia nu</translation>
        </message>
        <message>
            <source>Create a backup now</source>
            <translation>Skapa en säkerhetskopia nu</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Refresh the list of backups</source>
            <translation>Uppdatera listan över säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Öppna ma&amp;ppen</translation>
        </message>
        <message>
            <source>Open the backup folder</source>
            <translation>Öppna mappen med säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verifiera</translation>
        </message>
        <message>
            <source>Verify the selected backup</source>
            <translation>Verifiera den markerade säkerhetskopian</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Återställ…</translation>
        </message>
        <message>
            <source>Restore the selected backup to a new vault file</source>
            <translation>Återställ den markerade säkerhetskopian till en ny databasfil</translation>
        </message>
        <message>
            <source>Restore dr&amp;ill</source>
            <translation>Återställnings&amp;övning</translation>
        </message>
        <message>
            <source>Run a restore drill on the selected or newest backup</source>
            <translation>Gör en återställningsövning med den markerade eller nyaste säkerhetskopian</translation>
        </message>
        <message>
            <source>Restores the selected backup (or the newest) into a temporary vault, checks it and deletes the copy. The open vault is not touched.</source>
            <translation>Återställer den markerade säkerhetskopian (eller den nyaste) till en tillfällig databas, kontrollerar den och raderar kopian. Den öppna databasen rörs inte.</translation>
        </message>
        <message>
            <source>An administrator restores a backup; the restored vault is a new file, the open vault is never replaced.</source>
            <translation>En administratör återställer säkerhetskopior; den återställda databasen blir en ny fil och den öppna databasen ersätts aldrig.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>No folder chosen</source>
            <translation>Ingen mapp vald</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Välj mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>Preferably another disk than the vault's: a network share or an external drive that is kept safe.</source>
            <translation>Helst en annan disk än databasens: en nätverksmapp eller en extern disk som förvaras säkert.</translation>
        </message>
        <message>
            <source>Fold&amp;er:</source>
            <translation>&amp;Mapp:</translation>
        </message>
        <message>
            <source>&amp;Automatic: once a day and when Avhopp closes</source>
            <translation>&amp;Automatiskt: en gång om dagen och när Avhopp stängs</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatiska säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>Spa&amp;ra inställningar</translation>
        </message>
        <message>
            <source>Save the backup settings</source>
            <translation>Spara inställningarna för säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Undo changes</source>
            <translation>Å&amp;ngra ändringar</translation>
        </message>
        <message>
            <source>Undo changes to the backup settings</source>
            <translation>Ångra ändringarna av inställningarna för säkerhetskopior</translation>
        </message>
        <message>
            <source>On: once a day and when Avhopp closes</source>
            <translation>På: en gång om dagen och när Avhopp stängs</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved or changed.</source>
            <translation>Avbrutet. Inget sparades eller ändrades.</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n månad</numerusform>
                <numerusform>%n månader</numerusform>
            </translation>
        </message>
        <message>
            <source>Unit managers and administrators make, check and restore the unit's backups. Ask them if you need something restored.</source>
            <translation>Enhetschefer och administratörer gör, kontrollerar och återställer enhetens säkerhetskopior. Fråga dem om något behöver återställas.</translation>
        </message>
        <message>
            <source>Keep &amp;daily:</source>
            <translation>Spara &amp;dagliga:</translation>
        </message>
        <message>
            <source>Keep &amp;weekly:</source>
            <translation>Spara vec&amp;kovisa:</translation>
        </message>
        <message>
            <source>Keep &amp;monthly:</source>
            <translation>Spara månat&amp;liga:</translation>
        </message>
        <message>
            <source>Only an administrator can change these settings.</source>
            <translation>Bara en administratör kan ändra de här inställningarna.</translation>
        </message>
        <message>
            <source>On, but nothing happens until a folder is set</source>
            <translation>På, men inget händer förrän en mapp är vald</translation>
        </message>
        <message>
            <source>Off: backups are only made by hand</source>
            <translation>Av: säkerhetskopior görs bara för hand</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Aldrig</translation>
        </message>
        <message>
            <source>Choose a backup folder first.</source>
            <translation>Välj först en mapp för säkerhetskopior.</translation>
        </message>
        <message>
            <source>Create backup</source>
            <translation>Skapa säkerhetskopia</translation>
        </message>
        <message>
            <source>Creating an encrypted backup and reading it back…</source>
            <translation>Skapar en krypterad säkerhetskopia och läser tillbaka den…</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>Verifiera säkerhetskopia</translation>
        </message>
        <message>
            <source>Reading and checking the whole backup…</source>
            <translation>Läser och kontrollerar hela säkerhetskopian…</translation>
        </message>
        <message>
            <source>The backup is whole: {rows} rows, created {time} by {user}. It holds {people} people, {cases} cases and {notes} journal notes.</source>
            <translation>Säkerhetskopian är hel: {rows} rader, skapad {time} av {user}. Den innehåller {people} personer, {cases} ärenden och {notes} journalanteckningar.</translation>
        </message>
        <message>
            <source>Restore drill</source>
            <translation>Återställningsövning</translation>
        </message>
        <message>
            <source>Restoring the backup into a temporary vault and checking it…</source>
            <translation>Återställer säkerhetskopian till en tillfällig databas och kontrollerar den…</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n vecka</numerusform>
                <numerusform>%n veckor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Mapp:</translation>
        </message>
        <message>
            <source>Automatic backups:</source>
            <translation>Automatiska säkerhetskopior:</translation>
        </message>
        <message>
            <source>Last backup:</source>
            <translation>Senaste säkerhetskopia:</translation>
        </message>
        <message>
            <source>Last passed restore drill:</source>
            <translation>Senaste godkända återställningsövning:</translation>
        </message>
        <message>
            <source>No folder is set, so no backups are made. Choose one under Settings on this page.</source>
            <translation>Ingen mapp är vald, så inga säkerhetskopior görs. Välj en under Inställningar på den här sidan.</translation>
        </message>
        <message>
            <source>No folder is set, so no backups are made. Ask an administrator to choose one.</source>
            <translation>Ingen mapp är vald, så inga säkerhetskopior görs. Be en administratör att välja en.</translation>
        </message>
        <message>
            <source>No restore drill has passed in the last {days} days. Run one: it shows that the backups can really be restored.</source>
            <translation>Ingen återställningsövning har godkänts de senaste {days} dagarna. Gör en: den visar att säkerhetskopiorna verkligen går att återställa.</translation>
        </message>
        <message>
            <source>The folder cannot be read.</source>
            <translation>Mappen går inte att läsa.</translation>
        </message>
        <message>
            <source>There are no backups in the folder yet.</source>
            <translation>Det finns inga säkerhetskopior i mappen ännu.</translation>
        </message>
        <message>
            <source>Backup created and checked by reading it back: {name} ({size}, {rows} rows).</source>
            <translation>Säkerhetskopian är skapad och kontrollerad genom att läsas tillbaka: {name} ({size}, {rows} rader).</translation>
        </message>
        <message>
            <source>The restore drill passed: the backup from {time} was restored into a temporary vault with all {rows} rows, and its audit log of {entries} entries is unbroken. The temporary copy was deleted.</source>
            <translation>Återställningsövningen är godkänd: säkerhetskopian från {time} återställdes till en tillfällig databas med alla {rows} rader, och dess logg med {entries} poster är obruten. Den tillfälliga kopian raderades.</translation>
        </message>
        <message>
            <source>Restored to {location}. The open vault was not changed.</source>
            <translation>Återställd till {location}. Den öppna databasen ändrades inte.</translation>
        </message>
        <message>
            <source>Rotation keeps every backup of the last 24 hours and the newest of each of the last {daily} days, {weekly} weeks and {monthly} months, and deletes older backup files. Data purged from the vault is therefore gone from the backups after at most {horizon}.</source>
            <translation>Gallringen sparar alla säkerhetskopior från det senaste dygnet och den nyaste från var och en av de senaste {daily} dagarna, {weekly} veckorna och {monthly} månaderna, och raderar äldre filer. Uppgifter som gallrats ur databasen finns därför kvar i säkerhetskopiorna i högst {horizon}.</translation>
        </message>
        <message>
            <source>Saved {time} by {user}.</source>
            <translation>Sparat {time} av {user}.</translation>
        </message>
    </context>
    <context>
        <name>BreachDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;Vad hände:</translation>
        </message>
        <message>
            <source>New breach of conditions</source>
            <translation>Nytt regelbrott</translation>
        </message>
        <message>
            <source>Give the date.</source>
            <translation>Ange datum.</translation>
        </message>
    </context>
    <context>
        <name>BreachTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Vad hände</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrerat</translation>
        </message>
    </context>
    <context>
        <name>CaseContactTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Agency / relation</source>
            <translation>Myndighet / relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>May be contacted</source>
            <translation>Får kontaktas</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>This contact is a risk to the participant.</source>
            <translation>Den här kontakten utgör en risk för deltagaren.</translation>
        </message>
        <message>
            <source>Do not contact.</source>
            <translation>Får inte kontaktas.</translation>
        </message>
    </context>
    <context>
        <name>CaseContactsTab</name>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;Ny kontakt…</translation>
        </message>
        <message>
            <source>&amp;Link from directory…</source>
            <translation>Hämta från &amp;kontaktregistret…</translation>
        </message>
        <message>
            <source>&amp;Change link…</source>
            <translation>Än&amp;dra koppling…</translation>
        </message>
        <message numerus="yes">
            <source>%n private</source>
            <translation>
                <numerusform>%n privat</numerusform>
                <numerusform>%n privata</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the selected contact's link</source>
            <translation>Ändra den valda kontaktens koppling</translation>
        </message>
        <message>
            <source>Contacts of the case</source>
            <translation>Ärendets kontakter</translation>
        </message>
        <message>
            <source>No contacts linked yet.</source>
            <translation>Inga kontakter är kopplade ännu.</translation>
        </message>
        <message numerus="yes">
            <source>%n professional</source>
            <translation>
                <numerusform>%n professionell</numerusform>
                <numerusform>%n professionella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked as a risk</source>
            <translation>
                <numerusform>%n markerad som risk</numerusform>
                <numerusform>%n markerade som risk</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Anteckning: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Case reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sedan</translation>
        </message>
        <message>
            <source>Case worker</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Förfrågan</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>team {team}</source>
            <translation>team {team}</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Change phase…</source>
            <translation>Byt fas…</translation>
        </message>
        <message>
            <source>Change the case's phase</source>
            <translation>Byt fas för ärendet</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Återöppna…</translation>
        </message>
        <message>
            <source>Reopen the closed case</source>
            <translation>Återöppna det avslutade ärendet</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Tilldela…</translation>
        </message>
        <message>
            <source>Assign the case to a case worker</source>
            <translation>Tilldela ärendet till en handläggare</translation>
        </message>
        <message>
            <source>Progress summary…</source>
            <translation>Lägesrapport…</translation>
        </message>
        <message>
            <source>Progress summary of the case as a PDF</source>
            <translation>Lägesrapport för ärendet som PDF</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>No case that you may see.</source>
            <translation>Det finns inget ärende som du har behörighet att se.</translation>
        </message>
        <message>
            <source>The case is closed. Reopen it to continue the work.</source>
            <translation>Ärendet är avslutat. Återöppna det för att fortsätta arbetet.</translation>
        </message>
        <message>
            <source>Case {reference}</source>
            <translation>Ärende {reference}</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>Welcome to Avhopp</source>
            <translation>Välkommen till Avhopp</translation>
        </message>
        <message>
            <source>Avhopp keeps its data in an encrypted vault. Create a new one, open one that already exists, or connect to your office's database server.</source>
            <translation>Avhopp sparar sina uppgifter i en krypterad databas. Skapa en ny, öppna en som redan finns eller anslut till kontorets databasserver.</translation>
        </message>
        <message>
            <source>&amp;Create a new vault on this PC</source>
            <translation>&amp;Skapa en ny databas på den här datorn</translation>
        </message>
        <message>
            <source>&amp;Open an existing vault file</source>
            <translation>&amp;Öppna en befintlig databasfil</translation>
        </message>
        <message>
            <source>Connect to a &amp;PostgreSQL server</source>
            <translation>Anslut till en &amp;PostgreSQL-server</translation>
        </message>
        <message>
            <source>For a unit that works on one PC. You become the vault's administrator.</source>
            <translation>För en enhet som arbetar på en enda dator. Du blir databasens administratör.</translation>
        </message>
        <message>
            <source>A vault file that was created earlier on this PC or restored here.</source>
            <translation>En databasfil som har skapats tidigare på den här datorn eller återlästs hit.</translation>
        </message>
        <message>
            <source>For an office where several PCs share one database. You can also create a new vault on the server.</source>
            <translation>För ett kontor där flera datorer delar på en databas. Du kan också skapa en ny databas på servern.</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryDialog</name>
        <message>
            <source>List:</source>
            <translation>Lista:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kod:</translation>
        </message>
        <message>
            <source>&amp;Swedish label:</source>
            <translation>Svensk &amp;benämning:</translation>
        </message>
        <message>
            <source>&amp;English label:</source>
            <translation>&amp;Engelsk benämning:</translation>
        </message>
        <message>
            <source>a–z, 0–9 and _, for example social_worker</source>
            <translation>a–z, 0–9 och _, till exempel social_worker</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>K&amp;ategori:</translation>
        </message>
        <message>
            <source>A code cannot be changed or deleted later; an entry that is no longer used is deactivated.</source>
            <translation>En kod kan inte ändras eller tas bort i efterhand; en post som inte längre används inaktiveras.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Ny kod</translation>
        </message>
        <message>
            <source>Change labels</source>
            <translation>Ändra benämningar</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Swedish label</source>
            <translation>Svensk benämning</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>Engelsk benämning</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Inaktiverad</translation>
        </message>
    </context>
    <context>
        <name>CodeListsTab</name>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Referral sources</source>
            <translation>Aktualiseringskällor</translation>
        </message>
        <message>
            <source>Closure reasons</source>
            <translation>Avslutsorsaker</translation>
        </message>
        <message>
            <source>Support-step categories</source>
            <translation>Insatskategorier</translation>
        </message>
        <message>
            <source>Support steps</source>
            <translation>Insatser</translation>
        </message>
        <message>
            <source>Journal note types</source>
            <translation>Anteckningstyper</translation>
        </message>
        <message>
            <source>Life domains</source>
            <translation>Livsområden</translation>
        </message>
        <message>
            <source>Contact roles</source>
            <translation>Kontaktroller</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>Code list</source>
            <translation>Kodlista</translation>
        </message>
        <message>
            <source>&amp;List:</source>
            <translation>&amp;Lista:</translation>
        </message>
        <message>
            <source>&amp;New code…</source>
            <translation>&amp;Ny kod…</translation>
        </message>
        <message>
            <source>Change la&amp;bels…</source>
            <translation>Ändra &amp;benämningar…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Inaktivera</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Entries are never deleted: a deactivated entry is no longer offered for new records, and old records keep it.</source>
            <translation>Poster tas aldrig bort: en inaktiverad post erbjuds inte längre för nya uppgifter, och äldre uppgifter behåller den.</translation>
        </message>
        <message>
            <source>&amp;Reactivate</source>
            <translation>Åter&amp;aktivera</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>inaktiverad</translation>
        </message>
        <message>
            <source>Saved: {code} – {label} ({state}).</source>
            <translation>Sparad: {code} – {label} ({state}).</translation>
        </message>
    </context>
    <context>
        <name>ConnectPage</name>
        <message>
            <source>Connect to a PostgreSQL server</source>
            <translation>Anslut till en PostgreSQL-server</translation>
        </message>
        <message>
            <source>Enter the database address your IT department gave you. The login window then tells whether the server holds a vault.</source>
            <translation>Ange den databasadress som du har fått av IT-avdelningen. Inloggningsfönstret visar sedan om det finns en Avhopp-databas på servern.</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;Anslut</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>A&amp;dress:</translation>
        </message>
        <message>
            <source>Create a &amp;new vault on this server</source>
            <translation>Skapa en &amp;ny databas på den här servern</translation>
        </message>
        <message>
            <source>Server address (URL)</source>
            <translation>Serveradress (URL)</translation>
        </message>
        <message>
            <source>Form: postgresql+psycopg://user@server:port/database. Leave the password out if the server is set up for it (a .pgpass file or a service file).</source>
            <translation>Format: postgresql+psycopg://user@server:port/database. Utelämna lösenordet om servern är konfigurerad för det (en .pgpass-fil eller en tjänstfil).</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>&amp;Agencies:</source>
            <translation>&amp;Myndigheter:</translation>
        </message>
        <message>
            <source>Agencies information may be exchanged with</source>
            <translation>Myndigheter som uppgifter får utbytas med</translation>
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation>&amp;Omfattning:</translation>
        </message>
        <message>
            <source>&amp;Written consent</source>
            <translation>&amp;Skriftligt samtycke</translation>
        </message>
        <message>
            <source>Written consent</source>
            <translation>Skriftligt samtycke</translation>
        </message>
        <message>
            <source>Valid &amp;from:</source>
            <translation>Giltigt &amp;från:</translation>
        </message>
        <message>
            <source>Valid &amp;to:</source>
            <translation>Giltigt &amp;till:</translation>
        </message>
        <message>
            <source>New consent</source>
            <translation>Nytt samtycke</translation>
        </message>
        <message>
            <source>Give the date the consent starts.</source>
            <translation>Ange datum då samtycket börjar gälla.</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skriftligt</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Giltigt från</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Giltigt till</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Återkallat</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Giltigt</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Har upphört</translation>
        </message>
        <message>
            <source>Not yet valid</source>
            <translation>Ännu inte giltigt</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No (oral)</source>
            <translation>Nej (muntligt)</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>&amp;New consent…</source>
            <translation>&amp;Nytt samtycke…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Åter&amp;kalla…</translation>
        </message>
        <message>
            <source>&amp;Save date</source>
            <translation>&amp;Spara datum</translation>
        </message>
        <message>
            <source>Si&amp;gned on:</source>
            <translation>&amp;Undertecknad den:</translation>
        </message>
        <message>
            <source>Date the agreement was signed</source>
            <translation>Datum då överenskommelsen undertecknades</translation>
        </message>
        <message>
            <source>Empty the date and save to clear a date entered by mistake.</source>
            <translation>Töm fältet och spara för att ta bort ett datum som har angetts av misstag.</translation>
        </message>
        <message>
            <source>New &amp;breach…</source>
            <translation>Nytt &amp;regelbrott…</translation>
        </message>
        <message>
            <source>Withdraw the selected consent</source>
            <translation>Återkalla det valda samtycket</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtycken</translation>
        </message>
        <message>
            <source>Save the date the agreement was signed</source>
            <translation>Spara datum då överenskommelsen undertecknades</translation>
        </message>
        <message>
            <source>Breaches of conditions</source>
            <translation>Regelbrott</translation>
        </message>
        <message>
            <source>No consent registered.</source>
            <translation>Inget samtycke registrerat.</translation>
        </message>
        <message>
            <source>The agreement has not been signed.</source>
            <translation>Överenskommelsen har inte undertecknats.</translation>
        </message>
        <message>
            <source>Agreement and conditions</source>
            <translation>Överenskommelse och villkor</translation>
        </message>
        <message numerus="yes">
            <source>%n valid today</source>
            <translation>
                <numerusform>%n samtycke gäller i dag</numerusform>
                <numerusform>%n samtycken gäller i dag</numerusform>
            </translation>
        </message>
        <message>
            <source>No consent is valid today.</source>
            <translation>Inget samtycke är giltigt i dag.</translation>
        </message>
        <message numerus="yes">
            <source>%n breach(es) logged.</source>
            <translation>
                <numerusform>%n regelbrott registrerat.</numerusform>
                <numerusform>%n regelbrott registrerade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed %1.</source>
            <translation>Undertecknad %1.</translation>
        </message>
    </context>
    <context>
        <name>ContactDetails</name>
        <message>
            <source>Choose a contact in the list.</source>
            <translation>Välj en kontakt i listan.</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>Change the contact</source>
            <translation>Ändra kontakten</translation>
        </message>
        <message>
            <source>Linked cases</source>
            <translation>Kopplade ärenden</translation>
        </message>
        <message>
            <source>Double-click a case to open the participant</source>
            <translation>Dubbelklicka på ett ärende för att öppna deltagaren</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Myndighet:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Befattning:</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>Relation:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-post:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Anteckningar:</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>The details are shared by every case the contact is linked to.</source>
            <translation>Uppgifterna delas av alla ärenden som kontakten är kopplad till.</translation>
        </message>
        <message>
            <source>&amp;Professional</source>
            <translation>&amp;Professionell</translation>
        </message>
        <message>
            <source>Professional contact</source>
            <translation>Professionell kontakt</translation>
        </message>
        <message>
            <source>P&amp;rivate network</source>
            <translation>Pri&amp;vat nätverk</translation>
        </message>
        <message>
            <source>Private network</source>
            <translation>Privat nätverk</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Typ av kontakt</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Choose or type, e.g. Polisen Västerås</source>
            <translation>Välj eller skriv, t.ex. Polisen Västerås</translation>
        </message>
        <message>
            <source>&amp;Agency:</source>
            <translation>&amp;Myndighet:</translation>
        </message>
        <message>
            <source>Role or title there</source>
            <translation>Roll eller befattning där</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Befattning:</translation>
        </message>
        <message>
            <source>For example mother, mentor, neighbour</source>
            <translation>Till exempel mamma, mentor, granne</translation>
        </message>
        <message>
            <source>Re&amp;lation:</source>
            <translation>Re&amp;lation:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Anteckningar:</translation>
        </message>
        <message>
            <source>Save the contact</source>
            <translation>Spara kontakten</translation>
        </message>
        <message>
            <source>Linked to the case</source>
            <translation>Kopplad till ärendet</translation>
        </message>
        <message>
            <source>Choose a role</source>
            <translation>Välj en roll</translation>
        </message>
        <message>
            <source>&amp;Role in the case:</source>
            <translation>&amp;Roll i ärendet:</translation>
        </message>
        <message>
            <source>&amp;May be contacted</source>
            <translation>&amp;Får kontaktas</translation>
        </message>
        <message>
            <source>The participant agrees that we contact this person</source>
            <translation>Deltagaren godkänner att vi kontaktar den här personen</translation>
        </message>
        <message>
            <source>Is a ris&amp;k to the participant</source>
            <translation>&amp;Utgör en risk för deltagaren</translation>
        </message>
        <message>
            <source>Note on the &amp;link:</source>
            <translation>Anteckning om k&amp;opplingen:</translation>
        </message>
        <message>
            <source>Change contact</source>
            <translation>Ändra kontakt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>Type a case reference or a name</source>
            <translation>Skriv ett ärendenummer eller ett namn</translation>
        </message>
        <message>
            <source>&amp;Case:</source>
            <translation>Ären&amp;de:</translation>
        </message>
        <message>
            <source>Choose the case the contact belongs to.</source>
            <translation>Välj det ärende som kontakten hör till.</translation>
        </message>
        <message>
            <source>Choose the contact's role in the case.</source>
            <translation>Välj kontaktens roll i ärendet.</translation>
        </message>
    </context>
    <context>
        <name>ContactDirectoryModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Agency or relation</source>
            <translation>Myndighet eller relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Linked cases</source>
            <translation>Kopplade ärenden</translation>
        </message>
    </context>
    <context>
        <name>ContactKind</name>
        <message>
            <source>Professional</source>
            <translation>Professionell</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>ContactKinds</name>
        <message>
            <source>Professional</source>
            <translation>Professionell</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>ContactLinkDialog</name>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>Link a contact from the directory</source>
            <translation>Hämta en kontakt från kontaktregistret</translation>
        </message>
        <message>
            <source>Change the contact's link to the case</source>
            <translation>Ändra kontaktens koppling till ärendet</translation>
        </message>
        <message>
            <source>&amp;Professional (an agency)</source>
            <translation>&amp;Professionell (myndighet)</translation>
        </message>
        <message>
            <source>Pri&amp;vate (relative, mentor, friend)</source>
            <translation>Pri&amp;vat (anhörig, mentor, vän)</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Choose or type the agency</source>
            <translation>Välj eller skriv myndigheten</translation>
        </message>
        <message>
            <source>&amp;Agency:</source>
            <translation>&amp;Myndighet:</translation>
        </message>
        <message>
            <source>e.g. probation officer</source>
            <translation>t.ex. frivårdsinspektör</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Befattning:</translation>
        </message>
        <message>
            <source>e.g. mother, mentor</source>
            <translation>t.ex. mamma, mentor</translation>
        </message>
        <message>
            <source>Re&amp;lation:</source>
            <translation>Re&amp;lation:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>&amp;Anteckningar:</translation>
        </message>
        <message>
            <source>Search name, agency or relation</source>
            <translation>Sök namn, myndighet eller relation</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Sök kontakter</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Loading the directory…</source>
            <translation>Läser in kontaktregistret…</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>The directory could not be read.</source>
            <translation>Kontaktregistret kunde inte läsas in.</translation>
        </message>
        <message>
            <source>&amp;Role in the case:</source>
            <translation>&amp;Roll i ärendet:</translation>
        </message>
        <message>
            <source>&amp;May be contacted (the participant agrees)</source>
            <translation>&amp;Får kontaktas (deltagaren godkänner)</translation>
        </message>
        <message>
            <source>May be contacted</source>
            <translation>Får kontaktas</translation>
        </message>
        <message>
            <source>Is a &amp;risk to the participant</source>
            <translation>&amp;Utgör en risk för deltagaren</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Note on the &amp;link:</source>
            <translation>Anteckning om k&amp;opplingen:</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontakt</numerusform>
                <numerusform>%n kontakter</numerusform>
            </translation>
        </message>
        <message>
            <source>No other contacts in the directory.</source>
            <translation>Det finns inga andra kontakter i registret.</translation>
        </message>
        <message>
            <source>Choose a contact in the list.</source>
            <translation>Välj en kontakt i listan.</translation>
        </message>
        <message>
            <source>Linked to: %1</source>
            <translation>Kopplad till: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;Ny kontakt…</translation>
        </message>
        <message>
            <source>Add a new contact</source>
            <translation>Lägg till en ny kontakt</translation>
        </message>
        <message>
            <source>Search name, agency, phone, case reference or participant</source>
            <translation>Sök namn, myndighet, telefon, ärendenummer eller deltagare</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Sök kontakter</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrera på typ</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Loading contacts…</source>
            <translation>Läser in kontakter…</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontakt</numerusform>
                <numerusform>%n kontakter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} contact(s) shown</source>
            <translation>
                <numerusform>Visar %n av {total} kontakter</numerusform>
                <numerusform>Visar %n av {total} kontakter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Avhopp ran into an error</source>
            <translation>Avhopp har stött på ett fel</translation>
        </message>
        <message>
            <source>Something went wrong inside Avhopp. What you saved before is safe. The report below contains no personal data; copy it and send it to your support contact.</source>
            <translation>Något gick fel i Avhopp. Det du har sparat tidigare är i säkerhet. Rapporten nedan innehåller inga personuppgifter; kopiera den och skicka den till din supportkontakt.</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>Felrapport</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Kopiera rapporten</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create a new vault</source>
            <translation>Skapa en ny databas</translation>
        </message>
        <message>
            <source>You become the vault's first administrator. Choose a long passphrase you can remember: several unrelated words work well.</source>
            <translation>Du blir databasens första administratör. Välj en lång lösenfras som du kan komma ihåg: flera ord utan samband med varandra fungerar bra.</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>&amp;Skapa</translation>
        </message>
        <message>
            <source>for example Avhopparverksamheten Västerås</source>
            <translation>till exempel Avhopparverksamheten Västerås</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Enhet:</translation>
        </message>
        <message>
            <source>for example anna.admin</source>
            <translation>till exempel anna.admin</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>&amp;Användarnamn:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>För- och efternamn</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Visningsnamn:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose where to save the vault file</source>
            <translation>Välj var databasfilen ska sparas</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>Pla&amp;ts:</translation>
        </message>
        <message>
            <source>Creating the vault</source>
            <translation>Skapar databasen</translation>
        </message>
        <message>
            <source>Where to save the new vault</source>
            <translation>Var den nya databasen ska sparas</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Enhetens namn</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
            <translation>Administratörens användarnamn</translation>
        </message>
        <message>
            <source>Administrator's display name</source>
            <translation>Administratörens visningsnamn</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Upprepa lösenfrasen</translation>
        </message>
        <message>
            <source>Vault location</source>
            <translation>Databasens plats</translation>
        </message>
        <message>
            <source>Create a new vault on the server</source>
            <translation>Skapa en ny databas på servern</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Lösenfraserna stämmer inte överens.</translation>
        </message>
        <message>
            <source>Creating the vault and tuning the key derivation to this PC. This takes a few seconds…</source>
            <translation>Skapar databasen och anpassar nyckelhärledningen till den här datorn. Det tar några sekunder…</translation>
        </message>
        <message>
            <source>Avhopp vault (%1)</source>
            <translation>Avhopp-databas (%1)</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>My reminders</source>
            <translation>Mina bevakningar</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Refresh the overview</source>
            <translation>Uppdatera översikten</translation>
        </message>
        <message>
            <source>No reminders are due in the next 30 days.</source>
            <translation>Inga bevakningar förfaller de närmaste 30 dagarna.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mina ärenden</translation>
        </message>
        <message>
            <source>You are not responsible for any open case.</source>
            <translation>Du är inte ansvarig för något öppet ärende.</translation>
        </message>
        <message>
            <source>Open cases by phase</source>
            <translation>Öppna ärenden per fas</translation>
        </message>
        <message>
            <source>Flagged cases</source>
            <translation>Markerade ärenden</translation>
        </message>
        <message>
            <source>No open case is flagged.</source>
            <translation>Inget öppet ärende är markerat.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Click a row to open the participant</source>
            <translation>Klicka på en rad för att öppna deltagaren</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Ingen säkerhetskopia har gjorts ännu.</translation>
        </message>
        <message>
            <source>No restore drill has been made yet.</source>
            <translation>Ingen återställningsövning har gjorts ännu.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n försenad</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation>
                <numerusform>%n kommande</numerusform>
                <numerusform>%n kommande</numerusform>
            </translation>
        </message>
        <message>
            <source>Today {date}</source>
            <translation>I dag {date}</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>Senaste säkerhetskopia: {time}</translation>
        </message>
        <message>
            <source>Last restore drill: {time}</source>
            <translation>Senaste återställningsövning: {time}</translation>
        </message>
        <message>
            <source>Make a restore drill at least every {days} days, so you know the backups can be restored.</source>
            <translation>Gör en återställningsövning med högst {days} dagars mellanrum, så att ni vet att säkerhetskopiorna går att återställa.</translation>
        </message>
        <message>
            <source>Warning: no restore drill in the last {days} days.</source>
            <translation>Varning: ingen återställningsövning de senaste {days} dagarna.</translation>
        </message>
    </context>
    <context>
        <name>DateLineEdit</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Give the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
            <translation>Ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.</translation>
        </message>
    </context>
    <context>
        <name>DomainProgressChart</name>
        <message>
            <source>Life domains, start and now</source>
            <translation>Livsområden, start och nu</translation>
        </message>
        <message>
            <source>No life-domain assessment yet.</source>
            <translation>Ingen bedömning av livsområden ännu.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>ej bedömt</translation>
        </message>
        <message>
            <source>%1: not assessed</source>
            <translation>%1: ej bedömt</translation>
        </message>
        <message>
            <source>%1: start %2, now %3</source>
            <translation>%1: start %2, nu %3</translation>
        </message>
    </context>
    <context>
        <name>DomainProgressModel</name>
        <message>
            <source>Life domain</source>
            <translation>Livsområde</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>%1: not assessed</source>
            <translation>%1: ej bedömt</translation>
        </message>
    </context>
    <context>
        <name>EmergencyAccessDialog</name>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <source>Emergency access</source>
            <translation>Nödåtkomst</translation>
        </message>
        <message>
            <source>Open with emergency access</source>
            <translation>Öppna med nödåtkomst</translation>
        </message>
        <message numerus="yes">
            <source>In an emergency – for example when the participant or the police contacts you and the responsible team cannot be reached – you can open it anyway. State why. The access lasts %n hour(s), is recorded with your reason and is flagged for the unit manager's log review.</source>
            <translation>
                <numerusform>I en nödsituation – till exempel när deltagaren eller polisen kontaktar dig och det ansvariga teamet inte går att nå – kan du ändå öppna det. Ange skälet. Åtkomsten gäller i %n timme, registreras med ditt skäl och markeras för enhetschefens loggranskning.</numerusform>
                <numerusform>I en nödsituation – till exempel när deltagaren eller polisen kontaktar dig och det ansvariga teamet inte går att nå – kan du ändå öppna det. Ange skälet. Åtkomsten gäller i %n timmar, registreras med ditt skäl och markeras för enhetschefens loggranskning.</numerusform>
            </translation>
        </message>
        <message>
            <source>This case belongs to another case worker or team, so you cannot open it as usual.</source>
            <translation>Ärendet tillhör en annan handläggare eller ett annat team, så du kan inte öppna det på vanligt sätt.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <source>Could not be done</source>
            <translation>Kunde inte genomföras</translation>
        </message>
        <message>
            <source>Integrity check failed</source>
            <translation>Integritetskontrollen misslyckades</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Ändrat av någon annan</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Inte inloggad</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Läs in igen</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Avhopp — set up</source>
            <translation>Avhopp — kom igång</translation>
        </message>
    </context>
    <context>
        <name>FlaggedCasesModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markeringar</translation>
        </message>
    </context>
    <context>
        <name>Flags</name>
        <message>
            <source>Threat</source>
            <translation>Hot</translation>
        </message>
        <message>
            <source>Protected identity</source>
            <translation>Skyddad identitet</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Markerad</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>New plan goal</source>
            <translation>Nytt mål i planen</translation>
        </message>
        <message>
            <source>Change plan goal</source>
            <translation>Ändra mål i planen</translation>
        </message>
        <message>
            <source>&amp;Life domain:</source>
            <translation>&amp;Livsområde:</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Mål:</translation>
        </message>
        <message>
            <source>e.g. the participant and the case worker</source>
            <translation>t.ex. deltagaren och handläggaren</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Vem:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Klart senast:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>In the participant's &amp;own words:</source>
            <translation>Med deltagarens &amp;egna ord:</translation>
        </message>
    </context>
    <context>
        <name>GoalStatus</name>
        <message>
            <source>Open</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Uppnått</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation>Delvis uppnått</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>Inte uppnått</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Avbrutet</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <source>Life domain</source>
            <translation>Livsområde</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The deadline has passed.</source>
            <translation>Sista datum har passerat.</translation>
        </message>
        <message>
            <source>In the participant's words: %1</source>
            <translation>Med deltagarens egna ord: %1</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <source>Show notes of type</source>
            <translation>Visa anteckningar av typen</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Ny anteckning</translation>
        </message>
        <message>
            <source>Write a new note (Ctrl+N)</source>
            <translation>Skriv en ny anteckning (Ctrl+N)</translation>
        </message>
        <message>
            <source>Journal notes</source>
            <translation>Journalanteckningar</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Anteckningstext</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Rätta…</translation>
        </message>
        <message>
            <source>Correct this note</source>
            <translation>Rätta den här anteckningen</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Fortsätt skriva</translation>
        </message>
        <message>
            <source>Continue the draft</source>
            <translation>Fortsätt med utkastet</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>Event &amp;date:</source>
            <translation>Händelse&amp;datum:</translation>
        </message>
        <message>
            <source>Write the note. It is saved as a draft while you write.</source>
            <translation>Skriv anteckningen. Den sparas som utkast medan du skriver.</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Spara utkast</translation>
        </message>
        <message>
            <source>Save the draft now (Ctrl+S)</source>
            <translation>Spara utkastet nu (Ctrl+S)</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>Signera…</translation>
        </message>
        <message>
            <source>Sign the note (Ctrl+Shift+S)</source>
            <translation>Signera anteckningen (Ctrl+Skift+S)</translation>
        </message>
        <message>
            <source>Sign the note</source>
            <translation>Signera anteckningen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Close the editor; the draft is kept unsigned</source>
            <translation>Stäng redigeringen; utkastet finns kvar osignerat</translation>
        </message>
        <message>
            <source>Choose a note to read it, or write a new one (Ctrl+N).</source>
            <translation>Välj en anteckning för att läsa den, eller skriv en ny (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n anteckning</numerusform>
                <numerusform>%n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed – saving shortly</source>
            <translation>Ändrat – sparas strax</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Sign note</source>
            <translation>Signera anteckning</translation>
        </message>
        <message>
            <source>Sign the note? A signed note can never be changed; a mistake is corrected with a new, linked note.</source>
            <translation>Vill du signera anteckningen? En signerad anteckning kan aldrig ändras; ett fel rättas med en ny, länkad anteckning.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signera</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Signerar…</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Inte signerad</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message numerus="yes">
            <source>– %n unsigned draft(s) of yours</source>
            <translation>
                <numerusform>– %n eget osignerat utkast</numerusform>
                <numerusform>– %n egna osignerade utkast</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <source>Not saved: check the date</source>
            <translation>Inte sparat: kontrollera datumet</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>En anteckning måste innehålla text.</translation>
        </message>
        <message>
            <source>Draft by {author}, not signed. Only you can see it.</source>
            <translation>Utkast av {author}, inte signerat. Bara du kan se det.</translation>
        </message>
        <message>
            <source>Written by {author} · signed {when} by {user}</source>
            <translation>Skriven av {author} · signerad {when} av {user}</translation>
        </message>
        <message>
            <source>Correction of the note of {date}. Reason: {reason}</source>
            <translation>Rättelse av anteckningen från {date}. Skäl: {reason}</translation>
        </message>
        <message>
            <source>Show the original</source>
            <translation>Visa originalet</translation>
        </message>
        <message>
            <source>This note has been corrected on {date}.</source>
            <translation>Den här anteckningen har rättats {date}.</translation>
        </message>
        <message>
            <source>Show the correction</source>
            <translation>Visa rättelsen</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Inte sparat än</translation>
        </message>
        <message>
            <source>Write something before saving.</source>
            <translation>Skriv något innan du sparar.</translation>
        </message>
        <message>
            <source>Draft saved {when}</source>
            <translation>Utkast sparat {when}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Inte sparat: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LinkedCasesModel</name>
        <message>
            <source>Case reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Markeringar</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Får inte kontaktas</translation>
        </message>
        <message>
            <source>This contact is a risk to the participant.</source>
            <translation>Den här kontakten utgör en risk för deltagaren.</translation>
        </message>
        <message>
            <source>The participant has not agreed that we contact them.</source>
            <translation>Deltagaren har inte samtyckt till att vi kontaktar den här personen.</translation>
        </message>
    </context>
    <context>
        <name>LocateCaseDialog</name>
        <message>
            <source>Enter the exact case reference (AVH-YYYY-NNNN) or the person's exact personnummer or samordningsnummer. Cases of other teams open only with emergency access: you will be asked for a reason, and the access is flagged for the unit manager's log review. The search itself is logged.</source>
            <translation>Ange exakt ärendenummer (AVH-ÅÅÅÅ-NNNN) eller personens exakta person- eller samordningsnummer. Andra teams ärenden öppnas bara med nödåtkomst: du får ange ett skäl, och åtkomsten markeras för enhetschefens loggranskning. Själva sökningen loggas.</translation>
        </message>
        <message>
            <source>Case reference or &amp;number:</source>
            <translation>Ärendenummer eller &amp;personnummer:</translation>
        </message>
        <message>
            <source>Cases found</source>
            <translation>Hittade ärenden</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Sök igen</translation>
        </message>
        <message>
            <source>Find a case outside your own</source>
            <translation>Hitta ett ärende utanför dina egna</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <source>No case found.</source>
            <translation>Inget ärende hittades.</translation>
        </message>
        <message>
            <source>open to you</source>
            <translation>öppet för dig</translation>
        </message>
        <message>
            <source>needs emergency access</source>
            <translation>kräver nödåtkomst</translation>
        </message>
    </context>
    <context>
        <name>LogReviewPage</name>
        <message>
            <source>this PC's witness agrees</source>
            <translation>den här datorns kontrollpunkt stämmer</translation>
        </message>
        <message>
            <source>this PC keeps no witness of this log yet</source>
            <translation>den här datorn har ännu ingen kontrollpunkt för den här loggen</translation>
        </message>
        <message>
            <source>this PC's witness has seen a longer log</source>
            <translation>enligt den här datorns kontrollpunkt har loggen varit längre</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) marked reviewed.</source>
            <translation>
                <numerusform>%n post markerad som granskad.</numerusform>
                <numerusform>%n poster markerade som granskade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>Loggranskning</translation>
        </message>
        <message>
            <source>Filter by user</source>
            <translation>Filtrera på användare</translation>
        </message>
        <message>
            <source>Filter by action</source>
            <translation>Filtrera på åtgärd</translation>
        </message>
        <message>
            <source>Case reference or id</source>
            <translation>Ärendenummer eller id</translation>
        </message>
        <message>
            <source>Filter by case</source>
            <translation>Filtrera på ärende</translation>
        </message>
        <message>
            <source>Case reference or person id</source>
            <translation>Ärendenummer eller person-id</translation>
        </message>
        <message>
            <source>Filter by person</source>
            <translation>Filtrera på person</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Från datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Till datum</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filtrera</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Rensa filter</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>Loggposter</translation>
        </message>
        <message>
            <source>&amp;Mark reviewed…</source>
            <translation>&amp;Markera som granskade…</translation>
        </message>
        <message>
            <source>Random spot chec&amp;k…</source>
            <translation>Slumpvis &amp;stickprov…</translation>
        </message>
        <message>
            <source>Filter by &amp;what it concerns</source>
            <translation>Filtrera på &amp;vad posten gäller</translation>
        </message>
        <message>
            <source>&amp;Export person's log…</source>
            <translation>&amp;Exportera personens logg…</translation>
        </message>
        <message>
            <source>&amp;Load more</source>
            <translation>&amp;Läs in fler</translation>
        </message>
        <message>
            <source>&amp;Verify the log chain</source>
            <translation>&amp;Kontrollera loggkedjan</translation>
        </message>
        <message>
            <source>Checks every entry's seal and its link to the one before, so an edited, removed or inserted entry is found.</source>
            <translation>Kontrollerar varje posts försegling och dess koppling till den föregående posten, så att en ändrad, borttagen eller infogad post upptäcks.</translation>
        </message>
        <message>
            <source>No case with this reference is known here. Give the id shown in the log, or select an entry and choose “Filter by what it concerns”.</source>
            <translation>Inget ärende med det här ärendenumret är känt här. Ange id:t som visas i loggen, eller markera en post och välj ”Filtrera på vad posten gäller”.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) match the filters</source>
            <translation>
                <numerusform>%n post matchar filtren</numerusform>
                <numerusform>%n poster matchar filtren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The latest %n entry(s) of the log</source>
            <translation>
                <numerusform>Loggens senaste %n post</numerusform>
                <numerusform>Loggens senaste %n poster</numerusform>
            </translation>
        </message>
        <message>
            <source> (more with “Load more”)</source>
            <translation> (fler med ”Läs in fler”)</translation>
        </message>
        <message>
            <source>Give the person here (a case reference or the person's id), or select an entry about the person.</source>
            <translation>Ange personen här (ett ärendenummer eller personens id), eller markera en post som gäller personen.</translation>
        </message>
        <message>
            <source>Save the person's access log</source>
            <translation>Spara personens åtkomstlogg</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporterar…</translation>
        </message>
        <message>
            <source>Verifying the whole log…</source>
            <translation>Kontrollerar hela loggen…</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Användare:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Åtgärd:</translation>
        </message>
        <message>
            <source>Ca&amp;se:</source>
            <translation>&amp;Ärende:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>Frå&amp;n:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Alla användare</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Alla åtgärder</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>Det gick inte att genomföra</translation>
        </message>
        <message>
            <source>Write a date as YYYY-MM-DD.</source>
            <translation>Skriv ett datum som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message numerus="yes">
            <source>Random spot check: %n entry(s) drawn from {start} to {end}. “Filter” returns to the log.</source>
            <translation>
                <numerusform>Slumpvis stickprov: %n post utvald mellan {start} och {end}. ”Filtrera” tar dig tillbaka till loggen.</numerusform>
                <numerusform>Slumpvis stickprov: %n poster utvalda mellan {start} och {end}. ”Filtrera” tar dig tillbaka till loggen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) exported to {path}. The file is sensitive.</source>
            <translation>
                <numerusform>%n post exporterad till {path}. Filen innehåller känsliga uppgifter.</numerusform>
                <numerusform>%n poster exporterade till {path}. Filen innehåller känsliga uppgifter.</numerusform>
            </translation>
        </message>
        <message>
            <source>THE AUDIT LOG IS BROKEN.</source>
            <translation>LOGGEN ÄR SKADAD.</translation>
        </message>
        <message>
            <source>Report this at once to the unit manager and the IT security contact; the log can no longer prove who did what.</source>
            <translation>Rapportera detta omedelbart till enhetschefen och IT-säkerhetskontakten; loggen kan inte längre bevisa vem som har gjort vad.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(s) checked; {witness}.</source>
            <translation>
                <numerusform>Loggen är intakt: %n post kontrollerad; {witness}.</numerusform>
                <numerusform>Loggen är intakt: %n poster kontrollerade; {witness}.</numerusform>
            </translation>
        </message>
        <message>
            <source>case {reference}</source>
            <translation>ärende {reference}</translation>
        </message>
        <message>
            <source>Only entries by {user}</source>
            <translation>Bara poster av {user}</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {reason}</source>
            <translation>Filen {path} kunde inte skrivas: {reason}</translation>
        </message>
        <message>
            <source>person in {references}</source>
            <translation>person i {references}</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>Log in to Avhopp</source>
            <translation>Logga in i Avhopp</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>The database you log in to</source>
            <translation>Databasen som du loggar in i</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Användarnamn:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Forgot the passphrase?</source>
            <translation>Glömt lösenfrasen?</translation>
        </message>
        <message>
            <source>Set a new passphrase with the recovery key</source>
            <translation>Ange en ny lösenfras med återställningsnyckeln</translation>
        </message>
        <message>
            <source>Login message</source>
            <translation>Inloggningsmeddelande</translation>
        </message>
        <message>
            <source>Other database…</source>
            <translation>Annan databas…</translation>
        </message>
        <message>
            <source>Open another database or create a new one</source>
            <translation>Öppna en annan databas eller skapa en ny</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Låser upp…</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. Try again in %n s.</source>
            <translation>
                <numerusform>För många misslyckade försök. Försök igen om %n sekund.</numerusform>
                <numerusform>För många misslyckade försök. Försök igen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Ange ditt användarnamn.</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Ange din lösenfras.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Du kan försöka igen nu.</translation>
        </message>
        <message>
            <source>A new passphrase was set for %1. Log in with it.</source>
            <translation>En ny lösenfras har angetts för %1. Logga in med den.</translation>
        </message>
    </context>
    <context>
        <name>LongJob</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>Loggranskning</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigering</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Lock Avhopp (Ctrl+L)</source>
            <translation>Lås Avhopp (Ctrl+L)</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Sök deltagare</translation>
        </message>
        <message>
            <source>Logged in as {user} ({roles})</source>
            <translation>Inloggad som {user} ({roles})</translation>
        </message>
    </context>
    <context>
        <name>MyCasesModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Next reminder</source>
            <translation>Nästa bevakning</translation>
        </message>
    </context>
    <context>
        <name>NoteCorrectionDialog</name>
        <message>
            <source>A signed note is never changed. The correction is saved as a new signed note linked to the original, which stays visible.</source>
            <translation>En signerad anteckning ändras aldrig. Rättelsen sparas som en ny signerad anteckning som länkas till originalet, och originalet fortsätter att visas.</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>Original:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>Event &amp;date:</source>
            <translation>Händelse&amp;datum:</translation>
        </message>
        <message>
            <source>&amp;Corrected text:</source>
            <translation>&amp;Rättad text:</translation>
        </message>
        <message>
            <source>For example: wrong date of the meeting</source>
            <translation>Till exempel: fel datum för mötet</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <source>Correct note</source>
            <translation>Rätta anteckning</translation>
        </message>
        <message>
            <source>Sign correction</source>
            <translation>Signera rättelse</translation>
        </message>
    </context>
    <context>
        <name>NoteTableModel</name>
        <message>
            <source>Draft – not signed</source>
            <translation>Utkast – inte signerat</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signerad</translation>
        </message>
        <message>
            <source>Signed, corrected</source>
            <translation>Signerad, rättad</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Rättelse</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Skriven av</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>OpenPage</name>
        <message>
            <source>Open an existing vault</source>
            <translation>Öppna en befintlig databas</translation>
        </message>
        <message>
            <source>Choose the vault file. Its key file (the same name ending in .keys) must be in the same folder.</source>
            <translation>Välj databasfilen. Dess nyckelfil (samma namn, men med ändelsen .keys) måste ligga i samma mapp.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose the vault file</source>
            <translation>Välj databasfilen</translation>
        </message>
        <message>
            <source>&amp;Vault file:</source>
            <translation>&amp;Databasfil:</translation>
        </message>
        <message>
            <source>Open a vault</source>
            <translation>Öppna en databas</translation>
        </message>
        <message>
            <source>Vault file</source>
            <translation>Databasfil</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alla filer (*)</translation>
        </message>
        <message>
            <source>There is no Avhopp vault at %1.</source>
            <translation>Det finns ingen Avhopp-databas på %1.</translation>
        </message>
        <message>
            <source>Avhopp vault (%1)</source>
            <translation>Avhopp-databas (%1)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Reveal address…</source>
            <translation>Visa adress…</translation>
        </message>
        <message>
            <source>Reveal protected address</source>
            <translation>Visa skyddad adress</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Edit details…</source>
            <translation>Ändra uppgifter…</translation>
        </message>
        <message>
            <source>Edit person details</source>
            <translation>Ändra personuppgifter</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>needs an interpreter</source>
            <translation>behöver tolk</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Namn:</translation>
        </message>
        <message>
            <source>Identity number:</source>
            <translation>Identitetsnummer:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Födelsedatum:</translation>
        </message>
        <message>
            <source>Legal gender:</source>
            <translation>Juridiskt kön:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-post:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adress:</translation>
        </message>
        <message>
            <source>Protected data:</source>
            <translation>Skyddade personuppgifter:</translation>
        </message>
        <message>
            <source>Guardians:</source>
            <translation>Vårdnadshavare:</translation>
        </message>
        <message>
            <source>Case reference:</source>
            <translation>Ärendenummer:</translation>
        </message>
        <message>
            <source>Current phase:</source>
            <translation>Aktuell fas:</translation>
        </message>
        <message>
            <source>Referral source:</source>
            <translation>Aktualiseringskälla:</translation>
        </message>
        <message>
            <source>Inquiry:</source>
            <translation>Förfrågan:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Beslut:</translation>
        </message>
        <message>
            <source>Agreement signed:</source>
            <translation>Överenskommelse undertecknad:</translation>
        </message>
        <message>
            <source>Case worker:</source>
            <translation>Handläggare:</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Sammanfattning:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Inga</translation>
        </message>
        <message>
            <source>Protected – hidden</source>
            <translation>Skyddad – dold</translation>
        </message>
        <message>
            <source>team {team}</source>
            <translation>team {team}</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>sedan {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>till och med {date}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identitetsnummer</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Case worker</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markeringar</translation>
        </message>
    </context>
    <context>
        <name>ParticipantView</name>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Cases and phases</source>
            <translation>Ärenden och faser</translation>
        </message>
        <message>
            <source>Support steps</source>
            <translation>Insatser</translation>
        </message>
        <message>
            <source>Plan and assessment</source>
            <translation>Plan och bedömning</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Consents and conditions</source>
            <translation>Samtycken och villkor</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Bevakningar</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Åtkomstlogg</translation>
        </message>
        <message>
            <source>The address is hidden. Never pass on where this person lives or stays; revealing the address is recorded.</source>
            <translation>Adressen är dold. Lämna aldrig ut var den här personen bor eller vistas; när adressen visas registreras det i loggen.</translation>
        </message>
        <message>
            <source>Back to list</source>
            <translation>Tillbaka till listan</translation>
        </message>
        <message>
            <source>Back to the list (Alt+Left)</source>
            <translation>Tillbaka till listan (Alt+Vänsterpil)</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Tillbaka till listan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identitetsnummer</translation>
        </message>
        <message>
            <source>&amp;Case:</source>
            <translation>&amp;Ärende:</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Öppnar…</translation>
        </message>
        <message>
            <source>Participant record</source>
            <translation>Personakt</translation>
        </message>
        <message>
            <source>Flagged: protected identity. </source>
            <translation>Markerad: skyddad identitet. </translation>
        </message>
        <message>
            <source>The participant could not be opened.</source>
            <translation>Deltagaren kunde inte öppnas.</translation>
        </message>
        <message>
            <source>This case is outside your own: emergency access needed.</source>
            <translation>Det här ärendet ligger utanför dina egna: nödåtkomst krävs.</translation>
        </message>
        <message>
            <source>Not opened: the case belongs to another case worker or team.</source>
            <translation>Inte öppnat: ärendet tillhör en annan handläggare eller ett annat team.</translation>
        </message>
        <message>
            <source>Opened through emergency access: this case belongs to another team. Your access is time-limited and flagged for the log review.</source>
            <translation>Öppnat med nödåtkomst: det här ärendet tillhör ett annat team. Din åtkomst är tidsbegränsad och markeras för loggranskning.</translation>
        </message>
        <message>
            <source>Protected personal data: {level}</source>
            <translation>Skyddade personuppgifter: {level}</translation>
        </message>
        <message>
            <source>(until {date})</source>
            <translation>(till och med {date})</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Search name, identity number or case reference</source>
            <translation>Sök namn, personnummer eller ärendenummer</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Sök deltagare</translation>
        </message>
        <message>
            <source>Filter by phase</source>
            <translation>Filtrera på fas</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Öppna ärenden</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Alla faser</translation>
        </message>
        <message>
            <source>Filter by case worker</source>
            <translation>Filtrera på handläggare</translation>
        </message>
        <message>
            <source>All case workers</source>
            <translation>Alla handläggare</translation>
        </message>
        <message>
            <source>Filter by flag</source>
            <translation>Filtrera på markering</translation>
        </message>
        <message>
            <source>Flagged or not</source>
            <translation>Med eller utan markering</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>Någon markering</translation>
        </message>
        <message>
            <source>New participant…</source>
            <translation>Ny deltagare…</translation>
        </message>
        <message>
            <source>Register a new participant</source>
            <translation>Registrera en ny deltagare</translation>
        </message>
        <message>
            <source>Other case…</source>
            <translation>Annat ärende…</translation>
        </message>
        <message>
            <source>Find a case outside your own by its case reference or identity number (emergency access)</source>
            <translation>Hitta ett ärende utanför dina egna med ärendenummer eller personnummer (nödåtkomst)</translation>
        </message>
        <message>
            <source>Find a case outside your own</source>
            <translation>Hitta ett ärende utanför dina egna</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Loading participants…</source>
            <translation>Läser in deltagare…</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mina ärenden</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) shown</source>
            <translation>
                <numerusform>Visar %n ärende</numerusform>
                <numerusform>Visar %n ärenden</numerusform>
            </translation>
        </message>
        <message>
            <source>of {total}</source>
            <translation>av {total}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseMeter</name>
        <message>
            <source>Very weak</source>
            <translation>Mycket svag</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Svag</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Godtagbar</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Mycket stark</translation>
        </message>
        <message>
            <source>Use several unrelated words.</source>
            <translation>Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>Use a few words, avoid common phrases.</source>
            <translation>Använd några ord, undvik vanliga fraser.</translation>
        </message>
        <message>
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>Du behöver inte använda symboler, siffror eller versaler.</translation>
        </message>
        <message>
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Lägg till ett eller två ord till. Ovanliga ord är bättre.</translation>
        </message>
        <message>
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Raka rader av tangenter är lätta att gissa.</translation>
        </message>
        <message>
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Korta tangentbordsmönster är lätta att gissa.</translation>
        </message>
        <message>
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Använd ett längre tangentbordsmönster med fler svängar.</translation>
        </message>
        <message>
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>Upprepningar som ”aaa” är lätta att gissa.</translation>
        </message>
        <message>
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.</translation>
        </message>
        <message>
            <source>Avoid repeated words and characters.</source>
            <translation>Undvik upprepade ord och tecken.</translation>
        </message>
        <message>
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>Följder som ”abc” eller ”6543” är lätta att gissa.</translation>
        </message>
        <message>
            <source>Avoid sequences.</source>
            <translation>Undvik teckenföljder.</translation>
        </message>
        <message>
            <source>Recent years are easy to guess.</source>
            <translation>Årtal från de senaste åren är lätta att gissa.</translation>
        </message>
        <message>
            <source>Avoid recent years.</source>
            <translation>Undvik årtal från de senaste åren.</translation>
        </message>
        <message>
            <source>Avoid years that are associated with you.</source>
            <translation>Undvik årtal som har anknytning till dig.</translation>
        </message>
        <message>
            <source>Dates are often easy to guess.</source>
            <translation>Datum är ofta lätta att gissa.</translation>
        </message>
        <message>
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Undvik datum och årtal som har anknytning till dig.</translation>
        </message>
        <message>
            <source>This is a top-10 common password.</source>
            <translation>Det här är ett av de 10 vanligaste lösenorden.</translation>
        </message>
        <message>
            <source>This is a top-100 common password.</source>
            <translation>Det här är ett av de 100 vanligaste lösenorden.</translation>
        </message>
        <message>
            <source>This is a very common password.</source>
            <translation>Det här är ett mycket vanligt lösenord.</translation>
        </message>
        <message>
            <source>This is similar to a commonly used password.</source>
            <translation>Det här liknar ett vanligt lösenord.</translation>
        </message>
        <message>
            <source>A word by itself is easy to guess.</source>
            <translation>Ett ensamt ord är lätt att gissa.</translation>
        </message>
        <message>
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>För- och efternamn är lätta att gissa när de står ensamma.</translation>
        </message>
        <message>
            <source>Common names and surnames are easy to guess.</source>
            <translation>Vanliga för- och efternamn är lätta att gissa.</translation>
        </message>
        <message>
            <source>Capitalization doesn't help very much.</source>
            <translation>Stor begynnelsebokstav hjälper inte särskilt mycket.</translation>
        </message>
        <message>
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>Bara versaler är nästan lika lätt att gissa som bara gemener.</translation>
        </message>
        <message>
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Ord stavade baklänges är inte mycket svårare att gissa.</translation>
        </message>
        <message>
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>Förutsägbara utbyten som ”@” i stället för ”a” hjälper inte särskilt mycket.</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Lösenfrasens styrka</translation>
        </message>
        <message>
            <source>Use at least {n} characters: several unrelated words.</source>
            <translation>Använd minst {n} tecken: flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>{verdict} – too short: {length} of at least {n} characters</source>
            <translation>{verdict} – för kort: {length} av minst {n} tecken</translation>
        </message>
        <message>
            <source>{verdict} – too easy to guess</source>
            <translation>{verdict} – för lätt att gissa</translation>
        </message>
    </context>
    <context>
        <name>PassphraseResetDialog</name>
        <message>
            <source>Reset passphrase</source>
            <translation>Återställ lösenfras</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>&amp;Ange lösenfras</translation>
        </message>
        <message>
            <source>New passphrase for {name} ({username}). The old one stops working at once. Give the new passphrase to the user in person.</source>
            <translation>Ny lösenfras för {name} ({username}). Den gamla slutar fungera direkt. Lämna den nya lösenfrasen till användaren personligen.</translation>
        </message>
    </context>
    <context>
        <name>PersonEditDialog</name>
        <message>
            <source>Edit person details</source>
            <translation>Ändra personuppgifter</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Möjlig dubblett</translation>
        </message>
        <message>
            <source>Saved. Another record has the same identity number, or the same name and year of birth. If it is the same person, a unit manager can merge the records.</source>
            <translation>Sparat. En annan personakt har samma identitetsnummer, eller samma namn och födelseår. Om det är samma person kan en enhetschef slå ihop personakterna.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Protected: reveal the address to change it.</source>
            <translation>Skyddad: visa adressen för att ändra den.</translation>
        </message>
        <message>
            <source>YYYYMMDD-NNNN</source>
            <translation>ÅÅÅÅMMDD-NNNN</translation>
        </message>
        <message>
            <source>Taken from a Swedish identity number when left empty.</source>
            <translation>Hämtas från ett svenskt identitetsnummer om fältet lämnas tomt.</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Behöver tolk</translation>
        </message>
        <message>
            <source>070-123 45 67</source>
            <translation>070-123 45 67</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Inga</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Förnamn:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Efternamn:</translation>
        </message>
        <message>
            <source>Identity &amp;kind:</source>
            <translation>Identitets&amp;typ:</translation>
        </message>
        <message>
            <source>Identity &amp;number:</source>
            <translation>Identitets&amp;nummer:</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Födelse&amp;datum:</translation>
        </message>
        <message>
            <source>Legal &amp;gender:</source>
            <translation>&amp;Juridiskt kön:</translation>
        </message>
        <message>
            <source>Lang&amp;uage:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>Contact and protection</source>
            <translation>Kontakt och skydd</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Te&amp;lefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;post:</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adress:</translation>
        </message>
        <message>
            <source>P&amp;rotected data:</source>
            <translation>Skyddade person&amp;uppgifter:</translation>
        </message>
        <message>
            <source>Protected un&amp;til:</source>
            <translation>Skyddad till och &amp;med:</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <source>Protected – hidden</source>
            <translation>Skyddad – dold</translation>
        </message>
    </context>
    <context>
        <name>PersonLabels</name>
        <message>
            <source>Personal identity number</source>
            <translation>Personnummer</translation>
        </message>
        <message>
            <source>Coordination number</source>
            <translation>Samordningsnummer</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Nummer saknas</translation>
        </message>
        <message>
            <source>Foreign number</source>
            <translation>Utländskt nummer</translation>
        </message>
        <message>
            <source>Fictitious identity</source>
            <translation>Fingerad identitet</translation>
        </message>
        <message>
            <source>Temporary number</source>
            <translation>Tillfälligt nummer</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Kvinna</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Confidentiality marking</source>
            <translation>Sekretessmarkering</translation>
        </message>
        <message>
            <source>Protected registration</source>
            <translation>Skyddad folkbokföring</translation>
        </message>
        <message>
            <source>Fictitious personal data</source>
            <translation>Fingerade personuppgifter</translation>
        </message>
    </context>
    <context>
        <name>PhaseChangeDialog</name>
        <message>
            <source>Reopen case</source>
            <translation>Återöppna ärende</translation>
        </message>
        <message>
            <source>Change phase</source>
            <translation>Byt fas</translation>
        </message>
        <message>
            <source>New &amp;phase:</source>
            <translation>Ny &amp;fas:</translation>
        </message>
        <message>
            <source>Choose why the case is closed</source>
            <translation>Välj varför ärendet avslutas</translation>
        </message>
        <message>
            <source>Closure &amp;reason:</source>
            <translation>&amp;Avslutsorsak:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Återöppna</translation>
        </message>
        <message>
            <source>Case {reference}: {phase} since {date}.</source>
            <translation>Ärende {reference}: {phase} sedan {date}.</translation>
        </message>
    </context>
    <context>
        <name>PhaseChart</name>
        <message>
            <source>Open cases by phase</source>
            <translation>Öppna ärenden per fas</translation>
        </message>
        <message>
            <source>No open cases.</source>
            <translation>Inga aktiva ärenden.</translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s): </source>
            <translation>
                <numerusform>%n öppet ärende: </numerusform>
                <numerusform>%n öppna ärenden: </numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
    </context>
    <context>
        <name>PhaseHistoryModel</name>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Closure reason</source>
            <translation>Avslutsorsak</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrerad</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>New &amp;threat assessment…</source>
            <translation>Ny &amp;hotbedömning…</translation>
        </message>
        <message>
            <source>Add &amp;goal…</source>
            <translation>Lägg till &amp;mål…</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>New &amp;assessment…</source>
            <translation>Ny &amp;kartläggning…</translation>
        </message>
        <message>
            <source>Threat assessments</source>
            <translation>Hotbedömningar</translation>
        </message>
        <message>
            <source>Change the selected goal</source>
            <translation>Ändra det valda målet</translation>
        </message>
        <message>
            <source>Plan goals</source>
            <translation>Mål i planen</translation>
        </message>
        <message>
            <source>Life domains, start and now</source>
            <translation>Livsområden, vid start och nu</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n kartläggning</numerusform>
                <numerusform>%n kartläggningar</numerusform>
            </translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>Ingen kartläggning än.</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>Genomförandeplan</translation>
        </message>
        <message>
            <source>Life domains: start and now</source>
            <translation>Livsområden: vid start och nu</translation>
        </message>
    </context>
    <context>
        <name>PurgeCandidateModel</name>
        <message>
            <source>Approve / name</source>
            <translation>Godkänn / namn</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Född</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Senaste aktivitet</translation>
        </message>
        <message>
            <source>Purge from</source>
            <translation>Gallras från</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Sista datum</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Vad som händer</translation>
        </message>
        <message>
            <source>Born on the 5th, 15th or 25th: the records are written to an encrypted research archive file before they are deleted.</source>
            <translation>Född den 5:e, 15:e eller 25:e: uppgifterna skrivs till en krypterad forskningsarkivfil innan de raderas.</translation>
        </message>
        <message>
            <source>Archived for research, then deleted</source>
            <translation>Arkiveras för forskning, raderas sedan</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Raderas</translation>
        </message>
        <message>
            <source>{date} (passed)</source>
            <translation>{date} (passerat)</translation>
        </message>
    </context>
    <context>
        <name>PurgeTab</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n person att gallra</numerusform>
                <numerusform>%n personer att gallra</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Permanently delete every record of %n person(s): their cases, support steps, journal notes, contacts and flags.</source>
            <translation>
                <numerusform>Radera permanent alla uppgifter om %n person: personens ärenden, insatser, journalanteckningar, kontakter och markeringar.</numerusform>
                <numerusform>Radera permanent alla uppgifter om %n personer: deras ärenden, insatser, journalanteckningar, kontakter och markeringar.</numerusform>
            </translation>
        </message>
        <message>
            <source>People whose cases are all closed and whose retention period since the last note has passed; they must be purged by the deadline. Tick the people you approve. People born on the 5th, 15th or 25th are first written to an encrypted research archive file. A purge cannot be undone.</source>
            <translation>Personer vars ärenden alla är avslutade och vars bevarandetid efter den senaste anteckningen har gått ut; de måste gallras senast sista datum. Kryssa för de personer som du godkänner. Personer som är födda den 5:e, 15:e eller 25:e skrivs först till en krypterad forskningsarkivfil. En gallring kan inte ångras.</translation>
        </message>
        <message>
            <source>Purge candidates</source>
            <translation>Personer att gallra</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Approve &amp;all</source>
            <translation>Godkänn &amp;alla</translation>
        </message>
        <message>
            <source>Approve &amp;none</source>
            <translation>Godkänn &amp;ingen</translation>
        </message>
        <message>
            <source>Archive folder</source>
            <translation>Arkivmapp</translation>
        </message>
        <message>
            <source>Where the research archive files are written</source>
            <translation>Mapp där forskningsarkivfilerna sparas</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose archive folder</source>
            <translation>Välj arkivmapp</translation>
        </message>
        <message>
            <source>Purge appro&amp;ved…</source>
            <translation>Gallra &amp;godkända…</translation>
        </message>
        <message>
            <source>Archive &amp;folder:</source>
            <translation>Arkiv&amp;mapp:</translation>
        </message>
        <message>
            <source>This cannot be undone. Backups keep the records until they rotate out.</source>
            <translation>Det här kan inte ångras. Säkerhetskopior behåller uppgifterna tills de har roterats bort.</translation>
        </message>
        <message>
            <source>Purge records permanently?</source>
            <translation>Vill du gallra uppgifterna permanent?</translation>
        </message>
        <message>
            <source>Purge permanently</source>
            <translation>Gallra permanent</translation>
        </message>
        <message>
            <source>Purging records and compacting the vault file…</source>
            <translation>Gallrar uppgifter och komprimerar databasfilen…</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>Gallring</translation>
        </message>
        <message>
            <source>Purge finished</source>
            <translation>Gallringen är klar</translation>
        </message>
        <message numerus="yes">
            <source>Purge %n appro&amp;ved…</source>
            <translation>
                <numerusform>Gallra %n &amp;godkänd…</numerusform>
                <numerusform>Gallra %n &amp;godkända…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder for the research archive files.</source>
            <translation>Välj mappen för forskningsarkivfilerna.</translation>
        </message>
        <message>
            <source>The vault file was not compacted now (a server database, or the file is in use); the next purge compacts it.</source>
            <translation>Databasfilen komprimerades inte nu (det är en serverdatabas, eller så används filen); nästa gallring komprimerar den.</translation>
        </message>
        <message>
            <source>, {n} for the research archive</source>
            <translation>, {n} till forskningsarkivet</translation>
        </message>
        <message>
            <source>, {n} past the deadline</source>
            <translation>, {n} har passerat sista datum</translation>
        </message>
        <message numerus="yes">
            <source>Purged on {date}: %n person(s) deleted</source>
            <translation>
                <numerusform>Gallrat den {date}: %n person raderad</numerusform>
                <numerusform>Gallrat den {date}: %n personer raderade</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} written to the research archive</source>
            <translation>{n} skrevs till forskningsarkivet</translation>
        </message>
        <message>
            <source>{n} case(s), {m} contact(s) deleted</source>
            <translation>raderade ärenden: {n}, raderade kontakter: {m}</translation>
        </message>
        <message>
            <source>{n} of them are first written to the research archive in {folder}.</source>
            <translation>{n} av dem skrivs först till forskningsarkivet i {folder}.</translation>
        </message>
        <message>
            <source>Archive file: {path}</source>
            <translation>Arkivfil: {path}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>New passphrase with the recovery key</source>
            <translation>Ny lösenfras med återställningsnyckeln</translation>
        </message>
        <message>
            <source>If a passphrase is lost, the vault's recovery key (the sheet printed when the vault was created) can set a new one. Whoever holds the key can read everything, so its use is recorded in the access log.</source>
            <translation>Om en lösenfras har glömts kan databasens återställningsnyckel (bladet som skrevs ut när databasen skapades) användas för att ange en ny. Den som har nyckeln kan läsa allt, därför registreras användningen i åtkomstloggen.</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>Å&amp;terställningsnyckel:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Användarnamn:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Ny lösenfras:</translation>
        </message>
        <message>
            <source>Re&amp;peat:</source>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>Setting the passphrase</source>
            <translation>Anger lösenfrasen</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>An&amp;ge lösenfras</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Återställningsnyckel</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny lösenfras</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Upprepa den nya lösenfrasen</translation>
        </message>
        <message>
            <source>Type the recovery key from the sheet.</source>
            <translation>Skriv in återställningsnyckeln från bladet.</translation>
        </message>
        <message>
            <source>Enter the user name whose passphrase is lost.</source>
            <translation>Ange användarnamnet vars lösenfras har glömts.</translation>
        </message>
        <message>
            <source>Choose a new passphrase.</source>
            <translation>Välj en ny lösenfras.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Lösenfraserna stämmer inte överens.</translation>
        </message>
        <message>
            <source>There is no user with this user name.</source>
            <translation>Det finns ingen användare med det användarnamnet.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>Your recovery key</source>
            <translation>Din återställningsnyckel</translation>
        </message>
        <message>
            <source>It is shown only now. Print it or save it as a PDF, and keep it in a safe.</source>
            <translation>Den visas bara nu. Skriv ut den eller spara den som PDF, och förvara den i ett kassaskåp.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Återställningsnyckel</translation>
        </message>
        <message>
            <source>The recovery key opens the vault if every administrator's passphrase is lost. Anyone who has it can read everything in the vault: do not keep it on this PC, in e-mail or in a shared folder.</source>
            <translation>Återställningsnyckeln öppnar databasen om alla administratörers lösenfraser har gått förlorade. Den som har nyckeln kan läsa allt i databasen: förvara den inte på den här datorn, i e-post eller i en delad mapp.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>Skriv ut återställningsnyckeln</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Spara som PDF…</translation>
        </message>
        <message>
            <source>Save the recovery key as a PDF file</source>
            <translation>Spara återställningsnyckeln som en PDF-fil</translation>
        </message>
        <message>
            <source>I have printed or stored the recovery key in a safe place</source>
            <translation>Jag har skrivit ut eller sparat återställningsnyckeln på ett säkert ställe</translation>
        </message>
        <message>
            <source>Print or save the recovery key and tick the box before you close the wizard: the key is not shown again.</source>
            <translation>Skriv ut eller spara återställningsnyckeln och kryssa i rutan innan du stänger guiden: nyckeln visas inte igen.</translation>
        </message>
        <message>
            <source>Avhopp recovery key</source>
            <translation>Återställningsnyckel för Avhopp</translation>
        </message>
        <message>
            <source>Keep this sheet in a locked safe, away from the PC. Do not copy the key into e-mail, chat or a shared folder.</source>
            <translation>Förvara det här arket i ett låst kassaskåp, på avstånd från datorn. Kopiera inte nyckeln till e-post, chatt eller en delad mapp.</translation>
        </message>
        <message>
            <source>The recovery key opens the vault if every administrator's passphrase is lost. Anyone who has it can read everything in the vault.</source>
            <translation>Återställningsnyckeln öppnar databasen om alla administratörers lösenfraser har gått förlorade. Den som har nyckeln kan läsa allt i databasen.</translation>
        </message>
        <message>
            <source>To use it, choose "Forgot the passphrase?" in Avhopp's login window (or give it to avhopp-admin --recovery-key-file) and set a new passphrase. Letters are not case-sensitive; the dashes may be left out.</source>
            <translation>För att använda nyckeln väljer du ”Glömt lösenfrasen?” i Avhopps inloggningsfönster (eller ger den till avhopp-admin --recovery-key-file) och anger en ny lösenfras. Det spelar ingen roll om bokstäverna är stora eller små, och bindestrecken kan utelämnas.</translation>
        </message>
        <message>
            <source>Stored by</source>
            <translation>Förvarad av</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Save the recovery key as a PDF</source>
            <translation>Spara återställningsnyckeln som PDF</translation>
        </message>
        <message>
            <source>avhopp-recovery-key.pdf</source>
            <translation>avhopp-aterstallningsnyckel.pdf</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>The recovery key could not be printed. Check the printer or the file name and try again.</source>
            <translation>Återställningsnyckeln kunde inte skrivas ut. Kontrollera skrivaren eller filnamnet och försök igen.</translation>
        </message>
        <message>
            <source>PDF files (%1)</source>
            <translation>PDF-filer (%1)</translation>
        </message>
        <message>
            <source>Saved as %1. Move it to a safe place.</source>
            <translation>Sparad som %1. Flytta den till ett säkert ställe.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Skickad till skrivaren.</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>PDF-filen kunde inte skrivas till %1.</translation>
        </message>
    </context>
    <context>
        <name>RegisterParticipantDialog</name>
        <message>
            <source>First case</source>
            <translation>Första ärendet</translation>
        </message>
        <message>
            <source>Choose who made the inquiry</source>
            <translation>Välj vem som gjorde förfrågan</translation>
        </message>
        <message>
            <source>Referral &amp;source:</source>
            <translation>Aktualiserings&amp;källa:</translation>
        </message>
        <message>
            <source>Inquiry &amp;date:</source>
            <translation>Förfrågan &amp;inkom:</translation>
        </message>
        <message>
            <source>What the inquiry is about (optional)</source>
            <translation>Vad förfrågan gäller (valfritt)</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>&amp;Sammanfattning:</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Möjlig dubblett</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Ny deltagare</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registrera</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Jag</translation>
        </message>
        <message>
            <source>&amp;Case worker:</source>
            <translation>&amp;Handläggare:</translation>
        </message>
        <message>
            <source>Choose the referral source.</source>
            <translation>Välj aktualiseringskälla.</translation>
        </message>
        <message>
            <source>Another record has the same identity number.</source>
            <translation>En annan personakt har samma identitetsnummer.</translation>
        </message>
        <message>
            <source>Another record has the same name and year of birth.</source>
            <translation>En annan personakt har samma namn och födelseår.</translation>
        </message>
        <message>
            <source>If it is, a unit manager can merge the records; nothing is lost.</source>
            <translation>Om det är det kan en enhetschef slå ihop personakterna; ingenting går förlorat.</translation>
        </message>
        <message>
            <source>Open the other record</source>
            <translation>Öppna den andra personakten</translation>
        </message>
        <message>
            <source>It belongs to cases you cannot see: ask a unit manager to check it.</source>
            <translation>Den hör till ärenden som du inte kan se: be en enhetschef att kontrollera den.</translation>
        </message>
        <message>
            <source>The participant was registered. Check whether this is the same person:</source>
            <translation>Deltagaren har registrerats. Kontrollera om det är samma person:</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>New reminder</source>
            <translation>Ny bevakning</translation>
        </message>
        <message>
            <source>Change reminder</source>
            <translation>Ändra bevakning</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Vad:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Ansvarig:</translation>
        </message>
    </context>
    <context>
        <name>ReminderKind</name>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Plan review</source>
            <translation>Uppföljning av plan</translation>
        </message>
        <message>
            <source>Consent expires</source>
            <translation>Samtycke upphör</translation>
        </message>
        <message>
            <source>Confidentiality marking expires</source>
            <translation>Sekretessmarkering upphör</translation>
        </message>
        <message>
            <source>Purge date</source>
            <translation>Gallringsdatum</translation>
        </message>
    </context>
    <context>
        <name>ReminderKinds</name>
        <message>
            <source>Review a plan goal</source>
            <translation>Följ upp ett mål i planen</translation>
        </message>
        <message>
            <source>A consent expires</source>
            <translation>Ett samtycke upphör</translation>
        </message>
        <message>
            <source>A confidentiality marking ends</source>
            <translation>En sekretessmarkering upphör</translation>
        </message>
        <message>
            <source>The case is due for purging</source>
            <translation>Ärendet ska gallras</translation>
        </message>
    </context>
    <context>
        <name>ReminderListModel</name>
        <message>
            <source>Due</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Bevakning</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date} (försenad)</translation>
        </message>
    </context>
    <context>
        <name>ReminderTableModel</name>
        <message>
            <source>Due</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Försenad %n dag</numerusform>
                <numerusform>Försenad %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Förfaller i dag</translation>
        </message>
        <message>
            <source>Automatic: follows its source and moves when that changes.</source>
            <translation>Automatisk: följer sin källa och flyttas när den ändras.</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Klar %1</translation>
        </message>
        <message>
            <source>%1 (automatic)</source>
            <translation>%1 (automatisk)</translation>
        </message>
        <message>
            <source>Done by %1</source>
            <translation>Klarmarkerad av %1</translation>
        </message>
    </context>
    <context>
        <name>RemindersTab</name>
        <message>
            <source>Show &amp;done</source>
            <translation>Visa &amp;klara</translation>
        </message>
        <message>
            <source>Also show reminders marked done</source>
            <translation>Visa även bevakningar som är markerade som klara</translation>
        </message>
        <message>
            <source>&amp;New reminder…</source>
            <translation>&amp;Ny bevakning…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Markera som klar</translation>
        </message>
        <message>
            <source>Automatic reminders follow a goal's deadline, a consent's end date, the end of a confidentiality marking or the purge date; change those and the reminder moves.</source>
            <translation>Automatiska bevakningar följer slutdatum för mål i planen, slutdatum för samtycken, slutet på sekretessmarkeringar och gallringsdatumet; ändras något av dem flyttas bevakningen med.</translation>
        </message>
        <message>
            <source>Review a goal of the plan</source>
            <translation>Följ upp ett mål i planen</translation>
        </message>
        <message>
            <source>A consent ends</source>
            <translation>Ett samtycke upphör</translation>
        </message>
        <message>
            <source>The confidentiality marking ends</source>
            <translation>Sekretessmarkeringen upphör</translation>
        </message>
        <message>
            <source>The closed case may be purged from this date</source>
            <translation>Det avslutade ärendet får gallras från och med detta datum</translation>
        </message>
        <message>
            <source>No open reminders.</source>
            <translation>Inga öppna bevakningar.</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n öppen</numerusform>
                <numerusform>%n öppna</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the selected reminder</source>
            <translation>Ändra den valda bevakningen</translation>
        </message>
        <message>
            <source>Mark the selected reminder done</source>
            <translation>Markera den valda bevakningen som klar</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Bevakningar</translation>
        </message>
        <message>
            <source>Automatic reminders follow their source.</source>
            <translation>Automatiska bevakningar följer sin källa.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n försenad</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message>
            <source>Review the goal: %1</source>
            <translation>Följ upp målet: %1</translation>
        </message>
        <message>
            <source>The consent ends (%1)</source>
            <translation>Samtycket upphör (%1)</translation>
        </message>
    </context>
    <context>
        <name>ReportOutput</name>
        <message>
            <source>Council progress report</source>
            <translation>Rådsrapport</translation>
        </message>
        <message>
            <source>Progress summary</source>
            <translation>Lägesrapport</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Registerutdrag</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Spara rapporten</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Report progress</source>
            <translation>Rapportens förlopp</translation>
        </message>
        <message>
            <source>Report ready</source>
            <translation>Rapporten är klar</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n sida</numerusform>
                <numerusform>%n sidor</numerusform>
            </translation>
        </message>
        <message>
            <source>Protected with a password (AES-256). Give the password to the recipient separately, never with the file.</source>
            <translation>Skyddad med lösenord (AES-256). Lämna lösenordet till mottagaren separat, aldrig tillsammans med filen.</translation>
        </message>
        <message>
            <source>The report is only in memory until you save it; closing this window discards it. Save it only where such documents may be kept.</source>
            <translation>Rapporten finns bara i minnet tills du sparar den; stänger du fönstret försvinner den. Spara den bara där sådana handlingar får förvaras.</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Spara som…</translation>
        </message>
        <message>
            <source>Save and &amp;open</source>
            <translation>Spara och ö&amp;ppna</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>Skriv &amp;ut</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Skickar till skrivaren…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Creating the report…</source>
            <translation>Rapporten skapas…</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Sparad som {path}</translation>
        </message>
        <message>
            <source>Creating the report</source>
            <translation>Rapporten skapas</translation>
        </message>
        <message>
            <source>No program opened the file. Open {path} with a PDF viewer yourself.</source>
            <translation>Inget program öppnade filen. Öppna {path} i ett PDF-program själv.</translation>
        </message>
        <message>
            <source>Sent to the default printer. Saved as {path}</source>
            <translation>Skickad till standardskrivaren. Sparad som {path}</translation>
        </message>
        <message>
            <source>This computer has no print command Avhopp can use. Open the saved file ({path}) in a PDF viewer and print it from there.</source>
            <translation>Datorn har inget utskriftskommando som Avhopp kan använda. Öppna den sparade filen ({path}) i ett PDF-program och skriv ut den därifrån.</translation>
        </message>
        <message>
            <source>The printer did not accept the file: {reason}</source>
            <translation>Skrivaren tog inte emot filen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Council progress report</source>
            <translation>Rådsrapport</translation>
        </message>
        <message>
            <source>Aggregate figures for the safety council: inflow, caseload, closures, phases, lead times, support, outcomes and quality indicators, with charts. No name, identity number or case reference appears in it.</source>
            <translation>Sammanställda siffror för trygghetsrådet: inflöde, ärendemängd, avslut, faser, ledtider, insatser, utfall och kvalitetsindikatorer, med diagram. Inga namn, identitetsnummer eller ärendenummer förekommer i den.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Perioden från</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Perioden till</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Rapportens språk</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Optional: the unit's own words on the period, printed in a box on the first page. Write no names or details that identify anyone.</source>
            <translation>Valfritt: verksamhetens egen beskrivning av perioden, som skrivs ut i en ruta på första sidan. Skriv inga namn eller detaljer som kan peka ut någon.</translation>
        </message>
        <message>
            <source>&amp;Create report</source>
            <translation>&amp;Skapa rapport</translation>
        </message>
        <message>
            <source>Create the council progress report</source>
            <translation>Skapa rådsrapporten</translation>
        </message>
        <message>
            <source>Reports on one participant</source>
            <translation>Rapporter om en deltagare</translation>
        </message>
        <message>
            <source>A progress summary of the selected case for a case conference, or a register extract of everything the unit holds about the person (GDPR article 15). Both are secret and are logged when made.</source>
            <translation>En lägesrapport om det valda ärendet inför ett samverkansmöte, eller ett registerutdrag med allt verksamheten har om personen (artikel 15 i dataskyddsförordningen). Båda omfattas av sekretess och loggas när de skapas.</translation>
        </message>
        <message>
            <source>Search name, identity number or case reference</source>
            <translation>Sök namn, identitetsnummer eller ärendenummer</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Sök deltagare</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Progress &amp;summary…</source>
            <translation>&amp;Lägesrapport…</translation>
        </message>
        <message>
            <source>Progress summary of the selected case</source>
            <translation>Lägesrapport för det valda ärendet</translation>
        </message>
        <message>
            <source>Register &amp;extract…</source>
            <translation>&amp;Registerutdrag…</translation>
        </message>
        <message>
            <source>Register extract of the selected person</source>
            <translation>Registerutdrag för den valda personen</translation>
        </message>
        <message>
            <source>Loading participants…</source>
            <translation>Hämtar deltagare…</translation>
        </message>
        <message>
            <source>The report compares the period with the period just before it and applies disclosure control with the unit's threshold.</source>
            <translation>Rapporten jämför perioden med perioden närmast före och tillämpar röjandekontroll med verksamhetens gränsvärde.</translation>
        </message>
        <message>
            <source>The report was cancelled; nothing was saved.</source>
            <translation>Rapporten avbröts; inget sparades.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) shown</source>
            <translation>
                <numerusform>%n ärende visas</numerusform>
                <numerusform>%n ärenden visas</numerusform>
            </translation>
        </message>
        <message>
            <source>First half-year</source>
            <translation>Första halvåret</translation>
        </message>
        <message>
            <source>Second half-year</source>
            <translation>Andra halvåret</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Helår</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>Egen period</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>Sa&amp;mmanfattning:</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Case {reference}</source>
            <translation>Ärende {reference}</translation>
        </message>
        <message>
            <source>The person of case {reference}</source>
            <translation>Personen i ärende {reference}</translation>
        </message>
        <message>
            <source>The report compares the period with the period just before it and applies disclosure control with the unit's threshold: counts under {n} are shown as “&lt;{n}”.</source>
            <translation>Rapporten jämför perioden med perioden närmast före och tillämpar röjandekontroll med verksamhetens gränsvärde: antal under {n} visas som ”&lt;{n}”.</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>Write a date as YYYY-MM-DD.</source>
            <translation>Skriv datum som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <source>Compared with {start} – {end}.</source>
            <translation>Jämförs med {start} – {end}.</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore backup</source>
            <translation>Återställ säkerhetskopia</translation>
        </message>
        <message>
            <source>The open vault is not touched: the backup becomes a separate vault file, which you can open later from the login window (Other database…).</source>
            <translation>Den öppna databasen rörs inte: säkerhetskopian blir en separat databasfil, som du kan öppna senare från inloggningsfönstret (Annan databas…).</translation>
        </message>
        <message>
            <source>Restore to this vault file</source>
            <translation>Återställ till den här databasfilen</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose where to restore to</source>
            <translation>Välj var säkerhetskopian ska återställas</translation>
        </message>
        <message>
            <source>Restore &amp;to:</source>
            <translation>Återställ &amp;till:</translation>
        </message>
        <message>
            <source>In the restored vault you sign in with a passphrase that was valid when the backup was made, or with the recovery key.</source>
            <translation>I den återställda databasen loggar du in med en lösenfras som gällde när säkerhetskopian gjordes, eller med återställningsnyckeln.</translation>
        </message>
        <message>
            <source>To restore into a PostgreSQL server instead (to move from one PC to a server), run this on the command line:</source>
            <translation>För att i stället återställa till en PostgreSQL-server (för att flytta från en dator till en server), kör detta på kommandoraden:</translation>
        </message>
        <message>
            <source>Command for restoring into PostgreSQL</source>
            <translation>Kommando för att återställa till PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Restore to a new vault file</source>
            <translation>Återställ till en ny databasfil</translation>
        </message>
        <message>
            <source>Avhopp vaults (*.avhopp)</source>
            <translation>Avhopp-databaser (*.avhopp)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Ersätta filen?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <source>To work in it, choose it with Other database… in the login window and sign in with a passphrase that was valid when the backup was made.</source>
            <translation>För att arbeta i den väljer du den med Annan databas… i inloggningsfönstret och loggar in med en lösenfras som gällde när säkerhetskopian gjordes.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>The restore was cancelled; nothing was created.</source>
            <translation>Återställningen avbröts; inget skapades.</translation>
        </message>
        <message>
            <source>Choose where to restore to.</source>
            <translation>Välj var säkerhetskopian ska återställas.</translation>
        </message>
        <message>
            <source>Give the full path of the new vault file.</source>
            <translation>Ange hela sökvägen till den nya databasfilen.</translation>
        </message>
        <message>
            <source>The backup came from an older version of Avhopp and was brought up to date.</source>
            <translation>Säkerhetskopian kom från en äldre version av Avhopp och har uppdaterats.</translation>
        </message>
        <message>
            <source>Restore the backup created {time} to a new vault file.</source>
            <translation>Återställ säkerhetskopian som skapades {time} till en ny databasfil.</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it with the restored backup? The existing vault is not deleted: it will be moved aside and renamed {name}.replaced-… in the same folder.</source>
            <translation>{path} finns redan. Ersätta den med den återställda säkerhetskopian? Den befintliga databasen raderas inte: den flyttas undan och byter namn till {name}.replaced-… i samma mapp.</translation>
        </message>
        <message>
            <source>Restored: {rows} rows are now in {location}. The open vault was not changed.</source>
            <translation>Återställt: {rows} rader finns nu i {location}. Den öppna databasen ändrades inte.</translation>
        </message>
        <message>
            <source>Restoring the backup into {name}…</source>
            <translation>Återställer säkerhetskopian till {name}…</translation>
        </message>
        <message>
            <source>The file that was there was moved to {path}.</source>
            <translation>Filen som låg där flyttades till {path}.</translation>
        </message>
    </context>
    <context>
        <name>RevealAddressDialog</name>
        <message>
            <source>This person has protected personal data. The address is hidden so that it is not seen by accident or passed on.</source>
            <translation>Personen har skyddade personuppgifter. Adressen är dold så att den inte syns av misstag eller förs vidare.</translation>
        </message>
        <message>
            <source>Reveal it only when your task needs it now. The reveal is recorded in the access log with your name and reason and is followed up in the log review.</source>
            <translation>Visa den bara när du behöver den för en uppgift just nu. Visningen registreras i åtkomstloggen med ditt namn och skäl och följs upp vid loggranskningen.</translation>
        </message>
        <message>
            <source>For example: booking a home visit</source>
            <translation>Till exempel: bokning av hembesök</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <source>Reveal protected address</source>
            <translation>Visa skyddad adress</translation>
        </message>
        <message>
            <source>Reveal address</source>
            <translation>Visa adress</translation>
        </message>
        <message>
            <source>The address is hidden so that it is not seen by accident or passed on.</source>
            <translation>Adressen är dold så att den inte syns av misstag eller förs vidare.</translation>
        </message>
        <message>
            <source>Protection: {level}.</source>
            <translation>Skydd: {level}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewRemarkDialog</name>
        <message numerus="yes">
            <source>Mark %n log entry(s) as reviewed. A remark is optional: write one when something needs follow-up. Reviews cannot be changed afterwards.</source>
            <translation>
                <numerusform>Markera %n loggpost som granskad. En anmärkning är frivillig: skriv en när något behöver följas upp. Granskningar kan inte ändras i efterhand.</numerusform>
                <numerusform>Markera %n loggposter som granskade. En anmärkning är frivillig: skriv en när något behöver följas upp. Granskningar kan inte ändras i efterhand.</numerusform>
            </translation>
        </message>
        <message>
            <source>No remarks</source>
            <translation>Utan anmärkning</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Anmärkning:</translation>
        </message>
        <message>
            <source>Mark as reviewed</source>
            <translation>Markera som granskad</translation>
        </message>
        <message>
            <source>&amp;Mark reviewed</source>
            <translation>&amp;Markera som granskad</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Anmärkning</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>case worker</source>
            <translation>handläggare</translation>
        </message>
        <message>
            <source>unit manager</source>
            <translation>enhetschef</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administratör</translation>
        </message>
        <message>
            <source>log reviewer</source>
            <translation>loggranskare</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommun:</translation>
        </message>
        <message>
            <source>for example the social welfare committee</source>
            <translation>till exempel socialnämnden</translation>
        </message>
        <message>
            <source>Data c&amp;ontroller:</source>
            <translation>Personuppgifts&amp;ansvarig:</translation>
        </message>
        <message>
            <source>Data protection o&amp;fficer:</source>
            <translation>&amp;Dataskyddsombud:</translation>
        </message>
        <message>
            <source>Supp&amp;ression threshold:</source>
            <translation>&amp;Gränsvärde för röjandekontroll:</translation>
        </message>
        <message>
            <source>Report cells with fewer people than this are suppressed, so nobody can be singled out.</source>
            <translation>Rapportceller med färre personer än så döljs, så att ingen kan pekas ut.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Idle lock after:</source>
            <translation>Lås vid &amp;inaktivitet efter:</translation>
        </message>
        <message>
            <source>Avhopp locks itself when nobody has used it for this long.</source>
            <translation>Avhopp låser sig när ingen har använt programmet så här länge.</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> tecken</translation>
        </message>
        <message>
            <source>Minimum passphrase &amp;length:</source>
            <translation>Minsta &amp;längd på lösenfras:</translation>
        </message>
        <message>
            <source>Not configured</source>
            <translation>Inte angiven</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>Välj mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Mapp för säkerhetskopior:</translation>
        </message>
        <message>
            <source>Report logo</source>
            <translation>Logotyp i rapporter</translation>
        </message>
        <message>
            <source>Choose ima&amp;ge…</source>
            <translation>Välj &amp;bild…</translation>
        </message>
        <message>
            <source>Choose report logo</source>
            <translation>Välj logotyp för rapporter</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ta b&amp;ort</translation>
        </message>
        <message>
            <source>Remove report logo</source>
            <translation>Ta bort logotypen för rapporter</translation>
        </message>
        <message>
            <source>Printed on the first page of the council report. PNG or JPEG, at most 256 KiB.</source>
            <translation>Skrivs ut på rådsrapportens första sida. PNG eller JPEG, högst 256 KiB.</translation>
        </message>
        <message>
            <source>Report &amp;logo:</source>
            <translation>Logo&amp;typ i rapporter:</translation>
        </message>
        <message>
            <source>Sa&amp;ve settings</source>
            <translation>&amp;Spara inställningar</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Spara inställningar</translation>
        </message>
        <message>
            <source>Un&amp;do changes</source>
            <translation>Å&amp;ngra ändringar</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Ångra ändringar</translation>
        </message>
        <message>
            <source>The defaults apply: the settings were never saved.</source>
            <translation>Standardvärdena gäller: inställningarna har aldrig sparats.</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ingen logotyp</translation>
        </message>
        <message>
            <source>Last saved {time} by {user}.</source>
            <translation>Inställningarna sparades senast {time} av {user}.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>Filen kan inte läsas: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckDialog</name>
        <message>
            <source>Draw log entries at random from a period, to review them one by one. Nobody can predict which entries a check picks; the draw itself is logged.</source>
            <translation>Dra loggposter slumpvis från en period för att granska dem en i taget. Ingen kan förutse vilka poster ett stickprov väljer; själva dragningen loggas.</translation>
        </message>
        <message>
            <source>&amp;Entries:</source>
            <translation>&amp;Antal poster:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>Random spot check</source>
            <translation>Slumpvis stickprov</translation>
        </message>
        <message>
            <source>&amp;Draw</source>
            <translation>&amp;Dra stickprov</translation>
        </message>
        <message>
            <source>Write a date as YYYY-MM-DD.</source>
            <translation>Skriv datum som ÅÅÅÅ-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>StepStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
    </context>
    <context>
        <name>StepTableModel</name>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Support step</source>
            <translation>Insats</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Utförare</translation>
        </message>
        <message>
            <source>Cost (SEK)</source>
            <translation>Kostnad (kr)</translation>
        </message>
        <message>
            <source>Police funds</source>
            <translation>Polisens medel</translation>
        </message>
        <message>
            <source>Applied for</source>
            <translation>Ansökt</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Avslag</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Beviljat</translation>
        </message>
        <message>
            <source>Granted, %1 SEK</source>
            <translation>Beviljat, %1 kr</translation>
        </message>
        <message>
            <source>external</source>
            <translation>extern</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>Legal basis: %1</source>
            <translation>Lagrum: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryReportDialog</name>
        <message>
            <source>A progress summary for a case conference: status and phases, consent, plan, support, life domains, key events from signed notes, risks and next steps. Every page is marked as secret under chapter 26 section 1 of the Public Access to Information and Secrecy Act (OSL).</source>
            <translation>En lägesrapport inför ett samverkansmöte: status och faser, samtycke, plan, insatser, livsområden, viktiga händelser ur signerade anteckningar, risker och nästa steg. Varje sida märks med sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen (OSL).</translation>
        </message>
        <message>
            <source>The register extract (GDPR article 15) shows the person what the unit holds about them: the purposes and legal basis, a copy of the data and signed notes, what is withheld under secrecy, their rights, and who has read or changed the record. Making it is logged.</source>
            <translation>Registerutdraget (artikel 15 i dataskyddsförordningen) visar personen vad verksamheten har om hen: ändamål och rättslig grund, en kopia av uppgifterna och de signerade anteckningarna, vad som undantas på grund av sekretess, personens rättigheter och vem som har läst eller ändrat akten. Att utdraget skapas loggas.</translation>
        </message>
        <message>
            <source>&amp;Protect with a password</source>
            <translation>Skydda med lös&amp;enord</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Löse&amp;nord:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>The file is encrypted with AES-256. Give the password to the recipient another way than the file; it is not stored anywhere.</source>
            <translation>Filen krypteras med AES-256. Lämna lösenordet till mottagaren på annat sätt än filen; det sparas ingenstans.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>Key events &amp;from:</source>
            <translation>Viktiga händelser &amp;från:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>P&amp;seudonymise (the case reference instead of name and identity number)</source>
            <translation>&amp;Pseudonymisera (ärendenummer i stället för namn och personnummer)</translation>
        </message>
        <message>
            <source>Include the protected &amp;address</source>
            <translation>Ta med skyddad &amp;adress</translation>
        </message>
        <message>
            <source>Including a protected address is logged. Only do it when every reader may know where the person lives.</source>
            <translation>Att ta med en skyddad adress loggas. Gör det bara när alla som läser rapporten får veta var personen bor.</translation>
        </message>
        <message>
            <source>&amp;Create report</source>
            <translation>&amp;Skapa rapport</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Upprepa lösenordet</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Rapportens språk</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>De två lösenorden är inte likadana.</translation>
        </message>
        <message>
            <source>Progress summary</source>
            <translation>Lägesrapport</translation>
        </message>
        <message>
            <source>Key events from</source>
            <translation>Viktiga händelser från</translation>
        </message>
        <message>
            <source>Key events to</source>
            <translation>Viktiga händelser till</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Registerutdrag</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>minst {n} tecken</translation>
        </message>
        <message>
            <source>Write a date as YYYY-MM-DD.</source>
            <translation>Skriv datum som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <source>Case {reference}.</source>
            <translation>Ärende {reference}.</translation>
        </message>
        <message>
            <source>For {who}.</source>
            <translation>Gäller {who}.</translation>
        </message>
    </context>
    <context>
        <name>SupportStepDialog</name>
        <message>
            <source>New support step</source>
            <translation>Ny insats</translation>
        </message>
        <message>
            <source>Change support step</source>
            <translation>Ändra insats</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>Support &amp;step:</source>
            <translation>&amp;Insats:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>&amp;Decided on:</source>
            <translation>&amp;Beslutsdatum:</translation>
        </message>
        <message>
            <source>St&amp;arts on:</source>
            <translation>St&amp;artdatum:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Slutdatum:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Utförare:</translation>
        </message>
        <message>
            <source>E&amp;xternal provider (not the municipality)</source>
            <translation>E&amp;xtern utförare (inte kommunen)</translation>
        </message>
        <message>
            <source>External provider</source>
            <translation>Extern utförare</translation>
        </message>
        <message>
            <source>&amp;Legal basis:</source>
            <translation>&amp;Lagrum:</translation>
        </message>
        <message>
            <source>C&amp;ost (SEK):</source>
            <translation>K&amp;ostnad (kr):</translation>
        </message>
        <message>
            <source>Applied &amp;for</source>
            <translation>A&amp;nsökt</translation>
        </message>
        <message>
            <source>Police exit funds:</source>
            <translation>Polisens avhopparmedel:</translation>
        </message>
        <message>
            <source>Police exit funds applied for</source>
            <translation>Polisens avhopparmedel har sökts</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Inte beslutat än</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Beviljat</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Avslag</translation>
        </message>
        <message>
            <source>Police &amp;decision:</source>
            <translation>&amp;Polisens beslut:</translation>
        </message>
        <message>
            <source>&amp;Amount granted (SEK):</source>
            <translation>Be&amp;viljat belopp (kr):</translation>
        </message>
    </context>
    <context>
        <name>SupportTab</name>
        <message>
            <source>Support steps</source>
            <translation>Insatser</translation>
        </message>
        <message>
            <source>&amp;Add support step…</source>
            <translation>&amp;Lägg till insats…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>Change the selected support step</source>
            <translation>Ändra den valda insatsen</translation>
        </message>
        <message>
            <source>No support steps yet.</source>
            <translation>Inga insatser än.</translation>
        </message>
        <message numerus="yes">
            <source>%n planned</source>
            <translation>
                <numerusform>%n planerad</numerusform>
                <numerusform>%n planerade</numerusform>
            </translation>
        </message>
        <message>
            <source>Last changed %1</source>
            <translation>Senast ändrad %1</translation>
        </message>
        <message numerus="yes">
            <source>%n ongoing</source>
            <translation>
                <numerusform>%n pågående</numerusform>
                <numerusform>%n pågående</numerusform>
            </translation>
        </message>
        <message>
            <source>Legal basis: %1</source>
            <translation>Lagrum: %1</translation>
        </message>
        <message>
            <source>Police exit funds: %1</source>
            <translation>Polisens avhopparmedel: %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>av %1</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n insats</numerusform>
                <numerusform>%n insatser</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>Change team</source>
            <translation>Byt team</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Team of {name} ({username}):</source>
            <translation>Team för {name} ({username}):</translation>
        </message>
    </context>
    <context>
        <name>ThreatAssessmentDialog</name>
        <message>
            <source>Keep detail minimal: record who made the assessment, not what was said.</source>
            <translation>Skriv så lite detaljer som möjligt: ange vem som gjorde bedömningen, inte vad som sades.</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Nivå:</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation>&amp;Bedömningsdatum:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>Nästa &amp;omprövning:</translation>
        </message>
        <message>
            <source>e.g. the Police, the case worker</source>
            <translation>t.ex. Polisen, handläggaren</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Källa:</translation>
        </message>
        <message>
            <source>New threat assessment</source>
            <translation>Ny hotbedömning</translation>
        </message>
        <message>
            <source>Give the assessment date.</source>
            <translation>Ange datum för bedömningen.</translation>
        </message>
    </context>
    <context>
        <name>ThreatLevel</name>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medel</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
    </context>
    <context>
        <name>ThreatPanel</name>
        <message>
            <source>Threat assessment</source>
            <translation>Hotbedömning</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Inte bedömd</translation>
        </message>
        <message>
            <source>No threat assessment has been recorded for this case.</source>
            <translation>Ingen hotbedömning har registrerats för ärendet.</translation>
        </message>
        <message>
            <source>Threat assessment: not assessed</source>
            <translation>Hotbedömning: inte bedömd</translation>
        </message>
        <message>
            <source>Assessed %1</source>
            <translation>Bedömd %1</translation>
        </message>
        <message>
            <source>Next review %1</source>
            <translation>Nästa omprövning %1</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(försenad)</translation>
        </message>
        <message>
            <source>Latest threat assessment: %1</source>
            <translation>Senaste hotbedömning: %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>av %1</translation>
        </message>
    </context>
    <context>
        <name>ThreatTableModel</name>
        <message>
            <source>Assessed</source>
            <translation>Bedömd</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>Inget team</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Upprepa lösenfrasen</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>for example anna.berg</source>
            <translation>till exempel anna.berg</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Användarnamn:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roller:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Lösenfraserna stämmer inte överens.</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Ny användare</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>&amp;Skapa användare</translation>
        </message>
        <message>
            <source>At least {n} characters. Several unrelated words are easy to remember and hard to guess; no special characters are needed. Give the passphrase to the user in person.</source>
            <translation>Minst {n} tecken. Flera ord som inte hör ihop är lätta att komma ihåg och svåra att gissa; inga specialtecken behövs. Lämna lösenfrasen till användaren personligen.</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>--participants must be at least 1</source>
            <translation>--participants måste vara minst 1</translation>
        </message>
        <message>
            <source>--passphrase-stdin was given but standard input is empty</source>
            <translation>--passphrase-stdin angavs men standardinmatningen är tom</translation>
        </message>
        <message>
            <source>--password-stdin was given but standard input has no password</source>
            <translation>--password-stdin angavs men standardinmatningen innehåller inget lösenord</translation>
        </message>
        <message>
            <source>A backup cannot be restored over the vault that is open. Restore it to a new place, or sign out and restore with avhopp-admin.</source>
            <translation>En säkerhetskopia kan inte återställas över den databas som är öppen. Återställ den till en ny plats, eller logga ut och återställ med avhopp-admin.</translation>
        </message>
        <message>
            <source>A case cannot go back from {current} to {target}.</source>
            <translation>Ett ärende kan inte gå tillbaka från {current} till {target}.</translation>
        </message>
        <message>
            <source>A closure reason is only given when the case is closed.</source>
            <translation>En avslutsorsak anges bara när ärendet avslutas.</translation>
        </message>
        <message>
            <source>A closure reason is required to close a case.</source>
            <translation>En avslutsorsak krävs för att avsluta ett ärende.</translation>
        </message>
        <message>
            <source>A code has 1–{n} characters: a–z, 0–9 or '_'.</source>
            <translation>En kod har 1–{n} tecken: a–z, 0–9 eller '_'.</translation>
        </message>
        <message>
            <source>A completed step cannot have an end date in the future.</source>
            <translation>En avslutad insats kan inte ha ett slutdatum i framtiden.</translation>
        </message>
        <message>
            <source>A consent names at least one agency information may be exchanged with.</source>
            <translation>Ett samtycke anger minst en myndighet som uppgifter får utbytas med.</translation>
        </message>
        <message>
            <source>A display name is required.</source>
            <translation>Ange ett namn.</translation>
        </message>
        <message>
            <source>A label cannot contain control characters.</source>
            <translation>En benämning får inte innehålla styrtecken.</translation>
        </message>
        <message>
            <source>A label has at most {n} characters.</source>
            <translation>En benämning har högst {n} tecken.</translation>
        </message>
        <message>
            <source>A note is at most {n} characters long.</source>
            <translation>En anteckning får vara högst {n} tecken lång.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>En anteckning måste innehålla text.</translation>
        </message>
        <message>
            <source>A phase change cannot be dated before the previous one ({previous}).</source>
            <translation>Ett fasbyte kan inte dateras före det föregående ({previous}).</translation>
        </message>
        <message>
            <source>A phase change cannot be dated in the future.</source>
            <translation>Ett fasbyte kan inte dateras i framtiden.</translation>
        </message>
        <message>
            <source>A professional contact needs an agency.</source>
            <translation>En professionell kontakt måste ha en myndighet.</translation>
        </message>
        <message>
            <source>A purge cannot be undone: confirm it in a terminal, or add --yes. Nothing was purged.</source>
            <translation>En gallring kan inte ångras: bekräfta den i en terminal eller lägg till --yes. Ingenting gallrades.</translation>
        </message>
        <message>
            <source>A recovery key has {expected} characters (without dashes); this one has {got}.</source>
            <translation>En återställningsnyckel har {expected} tecken (utan bindestreck); den här har {got}.</translation>
        </message>
        <message>
            <source>A relation belongs to a private contact.</source>
            <translation>En relation hör till en privat kontakt.</translation>
        </message>
        <message>
            <source>A reminder needs a due date.</source>
            <translation>En bevakning måste ha ett datum.</translation>
        </message>
        <message>
            <source>A samordningsnummer has a day between 61 and 91.</source>
            <translation>Ett samordningsnummer har en dag mellan 61 och 91.</translation>
        </message>
        <message>
            <source>A score is a whole number.</source>
            <translation>En skattning ska vara ett heltal.</translation>
        </message>
        <message>
            <source>A score is from {low} to {high}.</source>
            <translation>En skattning ska vara från {low} till {high}.</translation>
        </message>
        <message>
            <source>A signed note cannot be changed. Write a correction instead.</source>
            <translation>En signerad anteckning kan inte ändras. Skriv en rättelse i stället.</translation>
        </message>
        <message>
            <source>A step that has started cannot have a start date in the future.</source>
            <translation>En insats som har startat kan inte ha ett startdatum i framtiden.</translation>
        </message>
        <message>
            <source>A support-step item needs a step category as parent.</source>
            <translation>En post för insats måste ha en insatskategori som överordnad post.</translation>
        </message>
        <message>
            <source>A team code has 1–40 characters: a–z, 0–9, '-' or '_'.</source>
            <translation>En teamkod har 1–40 tecken: a–z, 0–9, '-' eller '_'.</translation>
        </message>
        <message>
            <source>A title belongs to a professional contact.</source>
            <translation>En titel hör till en professionell kontakt.</translation>
        </message>
        <message>
            <source>A user name has 2–64 characters: a–z, 0–9, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>Ett användarnamn har 2–64 tecken: a–z, 0–9, '.', '_' eller '-', och börjar med en bokstav eller siffra.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>En användare måste ha minst en roll.</translation>
        </message>
        <message>
            <source>A vault already exists at {location}.</source>
            <translation>Det finns redan en databas på {location}.</translation>
        </message>
        <message>
            <source>An administrator changed the vault key while you were working. Lock and unlock again; this change was not saved.</source>
            <translation>En administratör ändrade databasnyckeln medan du arbetade. Lås och lås upp igen; den här ändringen sparades inte.</translation>
        </message>
        <message>
            <source>An agency belongs to a professional contact.</source>
            <translation>En myndighet hör till en professionell kontakt.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Ett belopp kan inte vara negativt.</translation>
        </message>
        <message>
            <source>An amount is only given when the Police exit funds were granted.</source>
            <translation>Ett belopp anges bara när Polisens avhopparmedel har beviljats.</translation>
        </message>
        <message>
            <source>An archive file already exists: {paths}. Move it away first; nothing was purged.</source>
            <translation>Det finns redan en arkivfil: {paths}. Flytta den först; ingenting gallrades.</translation>
        </message>
        <message>
            <source>An automatic reminder follows its source and is not edited.</source>
            <translation>En automatisk bevakning följer sin källa och kan inte ändras.</translation>
        </message>
        <message>
            <source>An identity number has 10 or 12 digits (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
            <translation>Ett person- eller samordningsnummer har 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</translation>
        </message>
        <message>
            <source>Approve at least one person to purge.</source>
            <translation>Godkänn minst en person att gallra.</translation>
        </message>
        <message>
            <source>At most {n} SEK.</source>
            <translation>Högst {n} kr.</translation>
        </message>
        <message>
            <source>At most {n} characters.</source>
            <translation>Högst {n} tecken.</translation>
        </message>
        <message>
            <source>At most {n} entries at a time.</source>
            <translation>Högst {n} poster åt gången.</translation>
        </message>
        <message>
            <source>Avhopp is locked. Log in again and repeat what you were doing.</source>
            <translation>Avhopp är låst. Logga in igen och gör om det du höll på med.</translation>
        </message>
        <message>
            <source>Avhopp never downgrades a vault; restore a backup instead.</source>
            <translation>Avhopp nedgraderar aldrig en databas; återställ en säkerhetskopia i stället.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Avbrutet; ingenting skrevs.</translation>
        </message>
        <message>
            <source>Cases go to an active case worker.</source>
            <translation>Ärenden kan bara tilldelas en aktiv handläggare.</translation>
        </message>
        <message>
            <source>Choose a PNG or JPEG image.</source>
            <translation>Välj en PNG- eller JPEG-bild.</translation>
        </message>
        <message>
            <source>Choose a file name, not a folder.</source>
            <translation>Välj ett filnamn, inte en mapp.</translation>
        </message>
        <message>
            <source>Choose a whole number from {low} to {high}.</source>
            <translation>Välj ett heltal från {low} till {high}.</translation>
        </message>
        <message>
            <source>Choose an open phase to reopen the case in.</source>
            <translation>Välj en öppen fas att återöppna ärendet i.</translation>
        </message>
        <message>
            <source>Choose at least one log entry.</source>
            <translation>Välj minst en loggpost.</translation>
        </message>
        <message>
            <source>Choose between 1 and {n} participants.</source>
            <translation>Välj mellan 1 och {n} deltagare.</translation>
        </message>
        <message>
            <source>Choose on or off.</source>
            <translation>Välj på eller av.</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>Välj två olika poster att slå samman.</translation>
        </message>
        <message>
            <source>Demo data is only generated into an empty vault (this one has participants).</source>
            <translation>Demodata skapas bara i en tom databas (den här har deltagare).</translation>
        </message>
        <message>
            <source>Enter a case reference (AVH-YYYY-NNNN) or a personnummer or samordningsnummer.</source>
            <translation>Ange ett ärendenummer (AVH-ÅÅÅÅ-NNNN) eller ett person- eller samordningsnummer.</translation>
        </message>
        <message>
            <source>Enter the number.</source>
            <translation>Skriv numret.</translation>
        </message>
        <message>
            <source>Give a protection level for the end date to apply to.</source>
            <translation>Ange en skyddsnivå som slutdatumet ska gälla för.</translation>
        </message>
        <message>
            <source>Give a user name and passphrase, or the recovery key.</source>
            <translation>Ange användarnamn och lösenfras, eller återställningsnyckeln.</translation>
        </message>
        <message>
            <source>Give a whole number of kronor.</source>
            <translation>Ange ett helt antal kronor.</translation>
        </message>
        <message>
            <source>Give the case reference (AVH-YYYY-NNNN) of the case.</source>
            <translation>Ange ärendets ärendenummer (AVH-ÅÅÅÅ-NNNN).</translation>
        </message>
        <message>
            <source>Give the full path of the backup folder (for example D:\Avhopp\backup).</source>
            <translation>Ange hela sökvägen till mappen för säkerhetskopior (till exempel D:\Avhopp\backup).</translation>
        </message>
        <message>
            <source>Guardians are recorded only for participants under 18.</source>
            <translation>Vårdnadshavare registreras bara för deltagare under 18 år.</translation>
        </message>
        <message>
            <source>Integrity check failed: {reason}</source>
            <translation>Integritetskontrollen misslyckades: {reason}</translation>
        </message>
        <message>
            <source>Invalid calibration target.</source>
            <translation>Ogiltigt kalibreringsmål.</translation>
        </message>
        <message>
            <source>Leave the number empty when it is missing or the identity is fictitious.</source>
            <translation>Lämna numret tomt när det saknas eller när identiteten är fingerad.</translation>
        </message>
        <message>
            <source>No backup folder is set. Choose one under Backups → Settings.</source>
            <translation>Ingen mapp för säkerhetskopior är vald. Välj en under Säkerhetskopior → Inställningar.</translation>
        </message>
        <message>
            <source>No such case worker.</source>
            <translation>Handläggaren finns inte.</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>Användaren finns inte.</translation>
        </message>
        <message>
            <source>Not a purge candidate now: {ids}. Nothing was purged.</source>
            <translation>Kan inte gallras nu: {ids}. Ingenting gallrades.</translation>
        </message>
        <message>
            <source>Only a closed case can be reopened.</source>
            <translation>Bara ett avslutat ärende kan återöppnas.</translation>
        </message>
        <message>
            <source>Only a signed note is corrected; edit the draft instead.</source>
            <translation>Bara en signerad anteckning kan rättas; ändra utkastet i stället.</translation>
        </message>
        <message>
            <source>Only postgresql+psycopg:// URLs or file paths can hold a vault, not {kind}.</source>
            <translation>Bara postgresql+psycopg://-adresser eller sökvägar till filer kan rymma en databas, inte {kind}.</translation>
        </message>
        <message>
            <source>Only support-step items have a parent; the list {list} has none.</source>
            <translation>Bara poster för insatser har en överordnad post; listan {list} har inga.</translation>
        </message>
        <message>
            <source>Police exit funds can only be granted or refused once applied for.</source>
            <translation>Polisens avhopparmedel kan bara beviljas eller avslås när de har sökts.</translation>
        </message>
        <message>
            <source>Reports are written in Swedish (sv) or English (en).</source>
            <translation>Rapporter skrivs på svenska (sv) eller engelska (en).</translation>
        </message>
        <message>
            <source>Score at least one life domain.</source>
            <translation>Skatta minst ett livsområde.</translation>
        </message>
        <message>
            <source>State the reason for the correction.</source>
            <translation>Ange skälet till rättelsen.</translation>
        </message>
        <message>
            <source>State the reason.</source>
            <translation>Ange skälet.</translation>
        </message>
        <message>
            <source>State why the records are the same person (at least {n} characters).</source>
            <translation>Ange varför posterna gäller samma person (minst {n} tecken).</translation>
        </message>
        <message>
            <source>State why you need emergency access (at least {n} characters).</source>
            <translation>Ange varför du behöver nödåtkomst (minst {n} tecken).</translation>
        </message>
        <message>
            <source>Support phases need an investigation and decision first.</source>
            <translation>Stödfaserna kräver att utredning och beslut har gjorts först.</translation>
        </message>
        <message>
            <source>That user is disabled.</source>
            <translation>Användaren är inaktiverad.</translation>
        </message>
        <message>
            <source>The archive folder {path} does not exist.</source>
            <translation>Arkivmappen {path} finns inte.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {seq}: {reason}</source>
            <translation>Loggen är bruten vid post {seq}: {reason}</translation>
        </message>
        <message>
            <source>The backup folder {location} is read-only: choose another folder.</source>
            <translation>Det går inte att skriva i mappen för säkerhetskopior {location}: välj en annan mapp.</translation>
        </message>
        <message>
            <source>The backup folder {path} does not exist.</source>
            <translation>Mappen för säkerhetskopior {path} finns inte.</translation>
        </message>
        <message>
            <source>The backup was cancelled; nothing was saved.</source>
            <translation>Säkerhetskopieringen avbröts; inget sparades.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future.</source>
            <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>The birth date does not match the identity number.</source>
            <translation>Födelsedatumet stämmer inte med person- eller samordningsnumret.</translation>
        </message>
        <message>
            <source>The case</source>
            <translation>Ärendet</translation>
        </message>
        <message>
            <source>The case is already in this phase.</source>
            <translation>Ärendet är redan i den här fasen.</translation>
        </message>
        <message>
            <source>The case is closed. Reopen it to add a support step.</source>
            <translation>Ärendet är avslutat. Återöppna det för att lägga till en insats.</translation>
        </message>
        <message>
            <source>The case is closed. Reopen it to change its phase.</source>
            <translation>Ärendet är avslutat. Återöppna det för att byta fas.</translation>
        </message>
        <message>
            <source>The consent</source>
            <translation>Samtycket</translation>
        </message>
        <message>
            <source>The consent was already withdrawn on {day}.</source>
            <translation>Samtycket återkallades redan {day}.</translation>
        </message>
        <message>
            <source>The contact</source>
            <translation>Kontakten</translation>
        </message>
        <message>
            <source>The contact is already linked to this case; change that link instead.</source>
            <translation>Kontakten är redan kopplad till ärendet; ändra den kopplingen i stället.</translation>
        </message>
        <message>
            <source>The database could not be used: {reason}</source>
            <translation>Databasen kunde inte användas: {reason}</translation>
        </message>
        <message>
            <source>The database location is read-only: {location}</source>
            <translation>Databasens plats är skrivskyddad: {location}</translation>
        </message>
        <message>
            <source>The database server could not be reached: {reason}</source>
            <translation>Det gick inte att nå databasservern: {reason}</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Datumet kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Disken är full. Ingenting ändrades; frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>The display name is too long (at most 200 characters).</source>
            <translation>Namnet är för långt (högst 200 tecken).</translation>
        </message>
        <message>
            <source>The due date is too far ahead (at most {n} years).</source>
            <translation>Datumet ligger för långt fram (högst {n} år).</translation>
        </message>
        <message>
            <source>The due date is too far in the past (at most {n} days back).</source>
            <translation>Datumet ligger för långt bak i tiden (högst {n} dagar bakåt).</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Slutdatumet ligger före startdatumet.</translation>
        </message>
        <message>
            <source>The event date cannot be in the future.</source>
            <translation>Händelsedatumet kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook (.xlsx).</source>
            <translation>Filen kan inte läsas som en Excel-arbetsbok (.xlsx).</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>Filen kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>The file has more than {n} rows; split it.</source>
            <translation>Filen har fler än {n} rader; dela upp den.</translation>
        </message>
        <message>
            <source>The file holds no participants.</source>
            <translation>Filen innehåller inga deltagare.</translation>
        </message>
        <message>
            <source>The file is empty: the first row must hold the column headers.</source>
            <translation>Filen är tom: den första raden måste innehålla kolumnrubrikerna.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.</source>
            <translation>Filen är inte UTF-8-text. Spara den som 'CSV UTF-8' och försök igen.</translation>
        </message>
        <message>
            <source>The file is not a readable CSV file (row {row}: {reason}).</source>
            <translation>Filen är inte en läsbar CSV-fil (rad {row}: {reason}).</translation>
        </message>
        <message>
            <source>The flag</source>
            <translation>Markeringen</translation>
        </message>
        <message>
            <source>The flag was already removed.</source>
            <translation>Markeringen är redan borttagen.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Mappen {folder} finns inte.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>Mappen {path} finns inte.</translation>
        </message>
        <message>
            <source>The identity number has a birth date in the future.</source>
            <translation>Person- eller samordningsnumret har ett födelsedatum i framtiden.</translation>
        </message>
        <message>
            <source>The identity number has a wrong check digit.</source>
            <translation>Person- eller samordningsnumret har fel kontrollsiffra.</translation>
        </message>
        <message>
            <source>The identity number has an impossible date.</source>
            <translation>Person- eller samordningsnumret har ett datum som inte finns.</translation>
        </message>
        <message>
            <source>The identity number has an invalid serial number (000).</source>
            <translation>Person- eller samordningsnumret har ett ogiltigt födelsenummer (000).</translation>
        </message>
        <message>
            <source>The image is too large: at most {n} KiB.</source>
            <translation>Bilden är för stor: högst {n} KiB.</translation>
        </message>
        <message>
            <source>The import was refused: {count} errors in {rows} rows. Nothing was imported.</source>
            <translation>Importen avvisades: {count} fel på {rows} rader. Ingenting importerades.</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>Uppgifterna är inte giltiga.</translation>
        </message>
        <message>
            <source>The inquiry date cannot be in the future.</source>
            <translation>Datumet för förfrågan kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>The label cannot be empty.</source>
            <translation>Benämningen får inte vara tom.</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>Den sista aktiva administratören kan inte inaktiveras.</translation>
        </message>
        <message>
            <source>The last active entry of the list {list} cannot be deactivated.</source>
            <translation>Den sista aktiva posten i listan {list} kan inte inaktiveras.</translation>
        </message>
        <message>
            <source>The link</source>
            <translation>Kopplingen</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Anteckningen</translation>
        </message>
        <message>
            <source>The note belongs to another case.</source>
            <translation>Anteckningen hör till ett annat ärende.</translation>
        </message>
        <message>
            <source>The number is not a {expected}.</source>
            <translation>Numret är inte ett {expected}.</translation>
        </message>
        <message>
            <source>The number is too long (at most 40 characters).</source>
            <translation>Numret är för långt (högst 40 tecken).</translation>
        </message>
        <message>
            <source>The offset cannot be negative.</source>
            <translation>Förskjutningen kan inte vara negativ.</translation>
        </message>
        <message>
            <source>The owner must be an active user who works on this case.</source>
            <translation>Den ansvarige måste vara en aktiv användare som arbetar med ärendet.</translation>
        </message>
        <message>
            <source>The passphrase file {path} cannot be read: {reason}</source>
            <translation>Filen med lösenfrasen, {path}, kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>The passphrase is too easy to guess ({hint}). Use several unrelated words.</source>
            <translation>Lösenfrasen är för lätt att gissa ({hint}). Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase is too weak: {reason}</source>
            <translation>Lösenfrasen är för svag: {reason}</translation>
        </message>
        <message>
            <source>The passphrase must be at least {min_length} characters long (it has {length}).</source>
            <translation>Lösenfrasen måste vara minst {min_length} tecken lång (den har {length}).</translation>
        </message>
        <message>
            <source>The passphrase must be at most {max_length} characters long.</source>
            <translation>Lösenfrasen får vara högst {max_length} tecken lång.</translation>
        </message>
        <message>
            <source>The passphrase must not start or end with a space.</source>
            <translation>Lösenfrasen får inte börja eller sluta med ett mellanslag.</translation>
        </message>
        <message>
            <source>The password file {path} cannot be read: {reason}</source>
            <translation>Lösenordsfilen {path} kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>The password must be at least {n} characters long.</source>
            <translation>Lösenordet måste vara minst {n} tecken långt.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutar innan den börjar.</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The person record</source>
            <translation>Personakten</translation>
        </message>
        <message>
            <source>The phase 'closed' cannot be deactivated: every case must be able to close.</source>
            <translation>Fasen 'closed' kan inte inaktiveras: alla ärenden måste kunna avslutas.</translation>
        </message>
        <message>
            <source>The plan goal</source>
            <translation>Målet i planen</translation>
        </message>
        <message>
            <source>The protection cannot end in the past.</source>
            <translation>Skyddet kan inte upphöra i det förflutna.</translation>
        </message>
        <message>
            <source>The record was changed by someone else ({changed_by}, {changed_at}). Reload and try again.</source>
            <translation>Posten ändrades av någon annan ({changed_by}, {changed_at}). Läs in igen och försök på nytt.</translation>
        </message>
        <message>
            <source>The records of {ids} changed since the purge list was shown; list again. Nothing was purged.</source>
            <translation>Uppgifterna för {ids} har ändrats sedan gallringslistan visades; ta fram listan igen. Ingenting gallrades.</translation>
        </message>
        <message>
            <source>The recovery key contains a character that cannot be in it.</source>
            <translation>Återställningsnyckeln innehåller ett tecken som inte kan ingå i den.</translation>
        </message>
        <message>
            <source>The recovery key file cannot be read: {reason}</source>
            <translation>Filen med återställningsnyckeln kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>The recovery key is mistyped (its check characters do not match).</source>
            <translation>Återställningsnyckeln är felskriven (kontrolltecknen stämmer inte).</translation>
        </message>
        <message>
            <source>The recovery key is wrong.</source>
            <translation>Återställningsnyckeln är fel.</translation>
        </message>
        <message>
            <source>The reminder</source>
            <translation>Bevakningen</translation>
        </message>
        <message>
            <source>The report was cancelled; nothing was saved.</source>
            <translation>Rapporten avbröts; inget sparades.</translation>
        </message>
        <message>
            <source>The summary file {path} cannot be read: {reason}</source>
            <translation>Sammanfattningsfilen {path} kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>The support step</source>
            <translation>Insatsen</translation>
        </message>
        <message>
            <source>The suppression threshold must be at least 2.</source>
            <translation>Gränsvärdet för röjandekontroll måste vara minst 2.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Lösenfraserna är olika.</translation>
        </message>
        <message>
            <source>The user</source>
            <translation>Användaren</translation>
        </message>
        <message>
            <source>The user name or passphrase is wrong.</source>
            <translation>Användarnamnet eller lösenfrasen är fel.</translation>
        </message>
        <message>
            <source>The work on the backup was cancelled; nothing was changed.</source>
            <translation>Arbetet med säkerhetskopian avbröts; inget ändrades.</translation>
        </message>
        <message>
            <source>There is no backup of this vault to run a restore drill on.</source>
            <translation>Det finns ingen säkerhetskopia av den här databasen att göra en återställningsövning med.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>Kontot är inaktiverat. Kontakta en administratör.</translation>
        </message>
        <message>
            <source>This backup belongs to another vault or an earlier vault key; restore it with avhopp-admin backup restore and a passphrase from that time.</source>
            <translation>Säkerhetskopian hör till en annan databas eller en tidigare databasnyckel; återställ den med avhopp-admin backup restore och en lösenfras från den tiden.</translation>
        </message>
        <message>
            <source>This backup belongs to another vault.</source>
            <translation>Säkerhetskopian hör till en annan databas.</translation>
        </message>
        <message>
            <source>This backup has no recovery key slot.</source>
            <translation>Säkerhetskopian saknar plats för återställningsnyckeln.</translation>
        </message>
        <message>
            <source>This backup was made before the vault key was changed; verify it with a passphrase from that time (avhopp-admin backup verify --standalone).</source>
            <translation>Säkerhetskopian gjordes innan databasnyckeln byttes; verifiera den med en lösenfras från den tiden (avhopp-admin backup verify --standalone).</translation>
        </message>
        <message>
            <source>This case is not yours or your team's. Request emergency access with a reason to open it; the access is flagged for review.</source>
            <translation>Ärendet är inte ditt eller ditt teams. Begär nödåtkomst med ett skäl för att öppna det; åtkomsten markeras för granskning.</translation>
        </message>
        <message>
            <source>This date cannot be before {what} ({first}).</source>
            <translation>Datumet kan inte ligga före {what} ({first}).</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>Datumet kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>This date does not exist.</source>
            <translation>Datumet finns inte.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Fältet måste fyllas i.</translation>
        </message>
        <message>
            <source>This field must be text.</source>
            <translation>Fältet måste innehålla text.</translation>
        </message>
        <message>
            <source>This flag is already set.</source>
            <translation>Markeringen är redan satt.</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>Det här är inte ett telefonnummer.</translation>
        </message>
        <message>
            <source>This is not a usable folder path.</source>
            <translation>Det här är inte en användbar sökväg till en mapp.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>Det här är inte en giltig e-postadress.</translation>
        </message>
        <message>
            <source>This is not a valid phone number.</source>
            <translation>Det här är inte ett giltigt telefonnummer.</translation>
        </message>
        <message>
            <source>This support step does not belong to the category {category}.</source>
            <translation>Insatsen hör inte till kategorin {category}.</translation>
        </message>
        <message>
            <source>This vault has no recovery key.</source>
            <translation>Databasen har ingen återställningsnyckel.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Try again in {seconds} s.</source>
            <translation>För många misslyckade försök. Försök igen om {seconds} s.</translation>
        </message>
        <message>
            <source>Unknown role {role!r}; use one of: {choices}.</source>
            <translation>Okänd roll {role!r}; använd någon av: {choices}.</translation>
        </message>
        <message>
            <source>Use a .csv or .xlsx file (this one ends in {suffix!r}).</source>
            <translation>Använd en .csv- eller .xlsx-fil (den här slutar på {suffix!r}).</translation>
        </message>
        <message>
            <source>Use the psycopg driver: postgresql+psycopg://…</source>
            <translation>Använd drivrutinen psycopg: postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Du kan inte inaktivera ditt eget konto.</translation>
        </message>
        <message>
            <source>You do not have the right to {action}.</source>
            <translation>Du har inte behörighet att {action}.</translation>
        </message>
        <message>
            <source>a key slot is not an object</source>
            <translation>en nyckelplats är inte ett objekt</translation>
        </message>
        <message>
            <source>a retired key does not match its id</source>
            <translation>en tidigare nyckel stämmer inte med sitt id</translation>
        </message>
        <message>
            <source>a sealed vault key does not match its key id</source>
            <translation>en förseglad databasnyckel stämmer inte med sitt nyckel-id</translation>
        </message>
        <message>
            <source>a sealed vault key in the key slots was altered</source>
            <translation>en förseglad databasnyckel i nyckelplatserna har ändrats</translation>
        </message>
        <message>
            <source>a stored role is unknown</source>
            <translation>en sparad roll är okänd</translation>
        </message>
        <message>
            <source>another user</source>
            <translation>en annan användare</translation>
        </message>
        <message>
            <source>assessed_on</source>
            <translation>assessed_on</translation>
        </message>
        <message>
            <source>backup header too large</source>
            <translation>säkerhetskopians huvud är för stort</translation>
        </message>
        <message>
            <source>change another user's draft</source>
            <translation>ändra en annan användares utkast</translation>
        </message>
        <message>
            <source>chunk size out of range</source>
            <translation>blockstorleken är orimlig</translation>
        </message>
        <message>
            <source>contact_id</source>
            <translation>contact_id</translation>
        </message>
        <message>
            <source>entry differs from the one this PC saw: the log was rewritten</source>
            <translation>posten skiljer sig från den som den här datorn såg: loggen har skrivits om</translation>
        </message>
        <message>
            <source>entry was altered, inserted or reordered</source>
            <translation>posten har ändrats, lagts till eller flyttats</translation>
        </message>
        <message>
            <source>entry was written under an unknown key</source>
            <translation>posten skrevs med en okänd nyckel</translation>
        </message>
        <message>
            <source>generate demo data</source>
            <translation>skapa demodata</translation>
        </message>
        <message>
            <source>give either a FILE to import or --template FILE</source>
            <translation>ange antingen en fil att importera (FILE) eller --template FILE</translation>
        </message>
        <message>
            <source>give the new passphrase on the second line of standard input</source>
            <translation>ange den nya lösenfrasen på andra raden i standardinmatningen</translation>
        </message>
        <message>
            <source>import participants</source>
            <translation>importera deltagare</translation>
        </message>
        <message>
            <source>it is on a network share; use a PostgreSQL server</source>
            <translation>den ligger på en nätverksresurs; använd en PostgreSQL-server</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>nyss</translation>
        </message>
        <message>
            <source>key slot memory cost outside the allowed range</source>
            <translation>nyckelplatsens minneskostnad ligger utanför det tillåtna intervallet</translation>
        </message>
        <message>
            <source>key slot parallelism outside the allowed range</source>
            <translation>nyckelplatsens parallellitet ligger utanför det tillåtna intervallet</translation>
        </message>
        <message>
            <source>key slot salt has the wrong length</source>
            <translation>nyckelplatsens salt har fel längd</translation>
        </message>
        <message>
            <source>key slot time cost outside the allowed range</source>
            <translation>nyckelplatsens tidskostnad ligger utanför det tillåtna intervallet</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>visa listan över användare</translation>
        </message>
        <message>
            <source>make a register extract</source>
            <translation>göra ett registerutdrag</translation>
        </message>
        <message>
            <source>malformed key derivation parameters</source>
            <translation>felaktiga parametrar för nyckelhärledning</translation>
        </message>
        <message>
            <source>malformed key header</source>
            <translation>felaktigt nyckelhuvud</translation>
        </message>
        <message>
            <source>malformed key slot</source>
            <translation>felaktig nyckelplats</translation>
        </message>
        <message>
            <source>malformed key slot identifiers</source>
            <translation>felaktiga id för nyckelplatser</translation>
        </message>
        <message>
            <source>malformed key slot list</source>
            <translation>felaktig lista över nyckelplatser</translation>
        </message>
        <message>
            <source>malformed sealed keys in a key slot</source>
            <translation>felaktiga förseglade nycklar i en nyckelplats</translation>
        </message>
        <message>
            <source>merge person records</source>
            <translation>slå samman personakter</translation>
        </message>
        <message>
            <source>no passphrase given: use --passphrase-file, --passphrase-stdin or AVHOPP_PASSPHRASE, or run in a terminal</source>
            <translation>ingen lösenfras angavs: använd --passphrase-file, --passphrase-stdin eller AVHOPP_PASSPHRASE, eller kör i en terminal</translation>
        </message>
        <message>
            <source>occurred_on</source>
            <translation>occurred_on</translation>
        </message>
        <message>
            <source>open a case for this person</source>
            <translation>öppna ett ärende för den här personen</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>öppna ärenden</translation>
        </message>
        <message>
            <source>print the council report</source>
            <translation>skriva ut rådsrapporten</translation>
        </message>
        <message>
            <source>reassign cases</source>
            <translation>flytta ärenden till en annan handläggare</translation>
        </message>
        <message>
            <source>request emergency access</source>
            <translation>begära nödåtkomst</translation>
        </message>
        <message>
            <source>request emergency access to your own case</source>
            <translation>begära nödåtkomst till ditt eget ärende</translation>
        </message>
        <message>
            <source>say who you are with --user NAME (or AVHOPP_USER)</source>
            <translation>ange vem du är med --user NAME (eller AVHOPP_USER)</translation>
        </message>
        <message>
            <source>search for cases</source>
            <translation>söka efter ärenden</translation>
        </message>
        <message>
            <source>see case content</source>
            <translation>se ärendets innehåll</translation>
        </message>
        <message>
            <source>see this contact</source>
            <translation>se den här kontakten</translation>
        </message>
        <message>
            <source>see this person</source>
            <translation>se den här personen</translation>
        </message>
        <message>
            <source>see this person's access log</source>
            <translation>se den här personens åtkomstlogg</translation>
        </message>
        <message>
            <source>see unit statistics</source>
            <translation>se enhetens statistik</translation>
        </message>
        <message>
            <source>the archive failed authentication (altered, or written by another vault)</source>
            <translation>arkivet klarade inte äkthetskontrollen (det har ändrats eller skrivits av en annan databas)</translation>
        </message>
        <message>
            <source>the archive holds no readable document</source>
            <translation>arkivet innehåller inget läsbart dokument</translation>
        </message>
        <message>
            <source>the audit log holds an entry beyond its recorded head (an inserted entry?)</source>
            <translation>loggen innehåller en post efter den registrerade sista posten (en inlagd post?)</translation>
        </message>
        <message>
            <source>the audit log is append-only</source>
            <translation>loggen kan bara utökas, inte ändras</translation>
        </message>
        <message>
            <source>the backup content does not start with its description</source>
            <translation>säkerhetskopians innehåll börjar inte med sin beskrivning</translation>
        </message>
        <message>
            <source>the backup content ends early</source>
            <translation>säkerhetskopians innehåll tar slut för tidigt</translation>
        </message>
        <message>
            <source>the backup content ends inside a frame</source>
            <translation>säkerhetskopians innehåll tar slut mitt i en post</translation>
        </message>
        <message>
            <source>the backup content is malformed</source>
            <translation>säkerhetskopians innehåll är felaktigt</translation>
        </message>
        <message>
            <source>the backup content is out of order</source>
            <translation>säkerhetskopians innehåll är i fel ordning</translation>
        </message>
        <message>
            <source>the backup file is cut short inside its header</source>
            <translation>säkerhetskopian är avkortad i sitt huvud</translation>
        </message>
        <message>
            <source>the backup has too many chunks</source>
            <translation>säkerhetskopian har för många block</translation>
        </message>
        <message>
            <source>the backup header is impossibly large</source>
            <translation>säkerhetskopians huvud är orimligt stort</translation>
        </message>
        <message>
            <source>the backup header is not readable</source>
            <translation>säkerhetskopians huvud går inte att läsa</translation>
        </message>
        <message>
            <source>the backup header lacks a required field</source>
            <translation>säkerhetskopians huvud saknar ett obligatoriskt fält</translation>
        </message>
        <message>
            <source>the backup header lacks its chunk parameters</source>
            <translation>säkerhetskopians huvud saknar sina blockparametrar</translation>
        </message>
        <message>
            <source>the backup header lacks its key slots</source>
            <translation>säkerhetskopians huvud saknar sina nyckelplatser</translation>
        </message>
        <message>
            <source>the backup header lacks its salt</source>
            <translation>säkerhetskopians huvud saknar sitt salt</translation>
        </message>
        <message>
            <source>the backup header names an impossible chunk size</source>
            <translation>säkerhetskopians huvud anger en omöjlig blockstorlek</translation>
        </message>
        <message>
            <source>the backup header names another format or cipher</source>
            <translation>säkerhetskopians huvud anger ett annat format eller chiffer</translation>
        </message>
        <message>
            <source>the backup header's nonce prefix is malformed</source>
            <translation>säkerhetskopians huvud har ett felaktigt nonce-prefix</translation>
        </message>
        <message>
            <source>the backup was made by a newer version of Avhopp; update Avhopp to restore it</source>
            <translation>säkerhetskopian gjordes av en nyare version av Avhopp; uppdatera Avhopp för att återställa den</translation>
        </message>
        <message>
            <source>the backup's content belongs to another backup</source>
            <translation>säkerhetskopians innehåll hör till en annan säkerhetskopia</translation>
        </message>
        <message>
            <source>the backup's content does not match the counts in its header</source>
            <translation>säkerhetskopians innehåll stämmer inte med antalen i dess huvud</translation>
        </message>
        <message>
            <source>the backup's header was altered</source>
            <translation>säkerhetskopians huvud har ändrats</translation>
        </message>
        <message>
            <source>the backup's key id does not match its key slots</source>
            <translation>säkerhetskopians nyckel-id stämmer inte med dess nyckelplatser</translation>
        </message>
        <message>
            <source>the backup's key slots belong to another vault</source>
            <translation>säkerhetskopians nyckelplatser hör till en annan databas</translation>
        </message>
        <message>
            <source>the backup's keys do not match its header</source>
            <translation>säkerhetskopians nycklar stämmer inte med dess huvud</translation>
        </message>
        <message>
            <source>the backup's totals do not match its content</source>
            <translation>säkerhetskopians summor stämmer inte med dess innehåll</translation>
        </message>
        <message>
            <source>the chain head does not match the last entry</source>
            <translation>kedjans sista länk stämmer inte med den sista posten</translation>
        </message>
        <message>
            <source>the database does not belong to this key header</source>
            <translation>databasen hör inte till det här nyckelhuvudet</translation>
        </message>
        <message>
            <source>the database file is damaged</source>
            <translation>databasfilen är skadad</translation>
        </message>
        <message>
            <source>the database is busy in another program; try again</source>
            <translation>databasen används av ett annat program; försök igen</translation>
        </message>
        <message>
            <source>the database is encrypted with another vault key</source>
            <translation>databasen är krypterad med en annan databasnyckel</translation>
        </message>
        <message>
            <source>the database is not empty; give Avhopp a database of its own</source>
            <translation>databasen är inte tom; ge Avhopp en egen databas</translation>
        </message>
        <message>
            <source>the file is not an Avhopp archive (or is cut off)</source>
            <translation>filen är inte ett Avhopp-arkiv (eller så är den avkortad)</translation>
        </message>
        <message>
            <source>the key header has an unknown version (made by a newer Avhopp?)</source>
            <translation>nyckelhuvudet har en okänd version (skapat av en nyare version av Avhopp?)</translation>
        </message>
        <message>
            <source>the key slot belongs to no user</source>
            <translation>nyckelplatsen hör inte till någon användare</translation>
        </message>
        <message>
            <source>the key slot does not hold the current vault key</source>
            <translation>nyckelplatsen innehåller inte den aktuella databasnyckeln</translation>
        </message>
        <message>
            <source>the key slot does not match its user</source>
            <translation>nyckelplatsen stämmer inte med sin användare</translation>
        </message>
        <message>
            <source>the key slots in the backup's header are damaged</source>
            <translation>nyckelplatserna i säkerhetskopians huvud är skadade</translation>
        </message>
        <message>
            <source>the restored audit log differs from the backup's head</source>
            <translation>den återställda loggen skiljer sig från säkerhetskopians senaste post</translation>
        </message>
        <message>
            <source>the restored audit log does not continue from the backup's head</source>
            <translation>den återställda loggen fortsätter inte från säkerhetskopians senaste post</translation>
        </message>
        <message>
            <source>the restored audit log does not end where the backup says</source>
            <translation>den återställda loggen slutar inte där säkerhetskopian anger</translation>
        </message>
        <message>
            <source>the restored database fails SQLite's integrity check</source>
            <translation>den återställda databasen klarar inte SQLites integritetskontroll</translation>
        </message>
        <message>
            <source>the restored database has broken references</source>
            <translation>den återställda databasen har brutna referenser</translation>
        </message>
        <message>
            <source>the vault has no schema revision or key header</source>
            <translation>databasen saknar schemaversion eller nyckelhuvud</translation>
        </message>
        <message>
            <source>the vault was made by a newer version of Avhopp; update Avhopp</source>
            <translation>databasen skapades av en nyare version av Avhopp; uppdatera Avhopp</translation>
        </message>
        <message>
            <source>the vault's key record was altered</source>
            <translation>databasens nyckelpost har ändrats</translation>
        </message>
        <message>
            <source>too many chunks</source>
            <translation>för många block</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <source>unknown key derivation in a key slot</source>
            <translation>okänd nyckelhärledning i en nyckelplats</translation>
        </message>
        <message>
            <source>unknown key slot kind</source>
            <translation>okänd typ av nyckelplats</translation>
        </message>
        <message>
            <source>valid_from</source>
            <translation>valid_from</translation>
        </message>
        <message>
            <source>vault key must be 32 bytes</source>
            <translation>databasnyckeln måste vara 32 byte</translation>
        </message>
        <message>
            <source>withdrawn_on</source>
            <translation>withdrawn_on</translation>
        </message>
        <message>
            <source>{code!r} is not an active entry of the list {list}.</source>
            <translation>{code!r} är inte en aktiv post i listan {list}.</translation>
        </message>
        <message>
            <source>{domain!r} is not an active life domain.</source>
            <translation>{domain!r} är inte ett aktivt livsområde.</translation>
        </message>
        <message>
            <source>{location} cannot hold a vault: {reason}</source>
            <translation>{location} kan inte rymma en databas: {reason}</translation>
        </message>
        <message>
            <source>{location} is not a valid database URL.</source>
            <translation>{location} är inte en giltig databasadress (URL).</translation>
        </message>
        <message>
            <source>{location} is not an Avhopp vault.</source>
            <translation>{location} är inte en Avhopp-databas.</translation>
        </message>
        <message>
            <source>{name} is not an Avhopp backup.</source>
            <translation>{name} är ingen säkerhetskopia från Avhopp.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Avhopp (backup format {version}); update Avhopp to read it.</source>
            <translation>{name} gjordes av en nyare version av Avhopp (säkerhetskopieformat {version}); uppdatera Avhopp för att läsa den.</translation>
        </message>
        <message>
            <source>{parent!r} is not an active step category.</source>
            <translation>{parent!r} är inte en aktiv insatskategori.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} finns inte.</translation>
        </message>
        <message>
            <source>{path} is too large to be an archive file.</source>
            <translation>{path} är för stor för att vara en arkivfil.</translation>
        </message>
        <message>
            <source>{value!r} is not a known kind.</source>
            <translation>{value!r} är inte en känd typ.</translation>
        </message>
        <message>
            <source>{value!r} is not an active entry of the {what} list.</source>
            <translation>{value!r} är inte ett aktivt val för {what}.</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {choices}.</source>
            <translation>{value!r} är inte något av: {choices}.</translation>
        </message>
        <message>
            <source>{what} already exists but is deactivated; reactivate it instead.</source>
            <translation>{what} finns redan men är inaktiverad; återaktivera den i stället.</translation>
        </message>
        <message>
            <source>{what} already exists.</source>
            <translation>{what} finns redan.</translation>
        </message>
        <message>
            <source>{what} was not found.</source>
            <translation>{what} hittades inte.</translation>
        </message>
        <message>
            <source>it is too easy to guess</source>
            <translation>den är för lätt att gissa</translation>
        </message>
        <message>
            <source>Straight rows of keys are easy to guess</source>
            <translation>Raka rader av tangenter är lätta att gissa</translation>
        </message>
        <message>
            <source>Short keyboard patterns are easy to guess</source>
            <translation>Korta tangentbordsmönster är lätta att gissa</translation>
        </message>
        <message>
            <source>Repeats like "aaa" are easy to guess</source>
            <translation>Upprepningar som ”aaa” är lätta att gissa</translation>
        </message>
        <message>
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc"</source>
            <translation>Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”</translation>
        </message>
        <message>
            <source>Sequences like "abc" or "6543" are easy to guess</source>
            <translation>Följder som ”abc” eller ”6543” är lätta att gissa</translation>
        </message>
        <message>
            <source>Recent years are easy to guess</source>
            <translation>Årtal från de senaste åren är lätta att gissa</translation>
        </message>
        <message>
            <source>Dates are often easy to guess</source>
            <translation>Datum är ofta lätta att gissa</translation>
        </message>
        <message>
            <source>This is a top-10 common password</source>
            <translation>Det här är ett av de tio vanligaste lösenorden</translation>
        </message>
        <message>
            <source>This is a top-100 common password</source>
            <translation>Det här är ett av de hundra vanligaste lösenorden</translation>
        </message>
        <message>
            <source>This is a very common password</source>
            <translation>Det här är ett mycket vanligt lösenord</translation>
        </message>
        <message>
            <source>This is similar to a commonly used password</source>
            <translation>Det här liknar ett vanligt lösenord</translation>
        </message>
        <message>
            <source>A word by itself is easy to guess</source>
            <translation>Ett ensamt ord är lätt att gissa</translation>
        </message>
        <message>
            <source>Names and surnames by themselves are easy to guess</source>
            <translation>För- och efternamn är lätta att gissa var för sig</translation>
        </message>
        <message>
            <source>Common names and surnames are easy to guess</source>
            <translation>Vanliga för- och efternamn är lätta att gissa</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roller</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Inaktiverad</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>&amp;Ny användare…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Inaktivera</translation>
        </message>
        <message>
            <source>Change &amp;team…</source>
            <translation>Byt &amp;team…</translation>
        </message>
        <message>
            <source>&amp;Reset passphrase…</source>
            <translation>&amp;Sätt ny lösenfras…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Åter&amp;aktivera</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s), {active} active</source>
            <translation>
                <numerusform>%n användare, aktiva: {active}</numerusform>
                <numerusform>%n användare, aktiva: {active}</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: {name} ({username}).</source>
            <translation>Sparat: {name} ({username}).</translation>
        </message>
        <message>
            <source>The passphrase of {username} was changed.</source>
            <translation>Lösenfrasen för {username} har ändrats.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Återkalla</translation>
        </message>
        <message>
            <source>Withdrawn &amp;on:</source>
            <translation>Återkallat &amp;den:</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Återkalla samtycke</translation>
        </message>
        <message>
            <source>Give the date of withdrawal.</source>
            <translation>Ange datum för återkallelsen.</translation>
        </message>
        <message>
            <source>The consent stays in the register, marked as withdrawn from this date: %1</source>
            <translation>Samtycket finns kvar i registret, markerat som återkallat från och med detta datum: %1</translation>
        </message>
    </context>
</TS>
