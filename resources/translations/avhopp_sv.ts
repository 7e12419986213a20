<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>When</source>
        <extracomment>Actions that only read (everything else changed something or was a deliberate act).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogTab</name>
    <message>
        <source>Who has read or changed this participant&apos;s record, newest first. Opening this log is recorded too.</source>
        <extracomment>The log arrived and the table is filled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Which changes each tab reloads for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountLineEdit</name>
    <message>
        <source>SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number of kronor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New life-domain assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each life domain from 1 (serious problems) to 5 (no problems). Leave a domain unscored if it was not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1</source>
        <extracomment>life-domain code → its score combo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignCaseDialog</name>
    <message>
        <source>Assign case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (the team only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(team {team})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Read agreement</source>
        <extracomment>The action codes the services write (grep ``audit_entry(`` and ``action=`` in avhopp/services), translated in the context &quot;AuditActions&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a participant&apos;s access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked log entries reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew a log spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabelled code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed contact link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved journal draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged person records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read merged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed protected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched by identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed purge candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read purge archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed automatic reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read support steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added threat assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read threat assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {remark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by {user} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in the next version: verified, encrypted backups made every day and when Avhopp closes, with rotation, restore and a regular restore drill.

Avhopp does not make backups yet. Until it does, copy the vault file and its key file (vault.avhopp and vault.avhopp.keys) together while Avhopp is closed, and keep the copies as safely as the PC itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>New breach of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency / relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is a risk to the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseContactsTab</name>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link from directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected contact&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n marked as a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Cases</source>
        <extracomment>The user picked another case in the table: (case id). The user chose &quot;Reload&quot; after a conflict.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the case&apos;s phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the case to a case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to continue the work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Welcome to Avhopp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp keeps its data in an encrypted vault. Create a new one, open one that already exists, or connect to your office&apos;s database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a unit that works on one PC. You become the vault&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault file that was created earlier on this PC or restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an office where several PCs share one database. You can also create a new vault on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEntryDialog</name>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a–z, 0–9 and _, for example social_worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swedish label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code cannot be changed or deleted later; an entry that is no longer used is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEntryModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListsTab</name>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support-step categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal note types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change la&amp;bels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are never deleted: a deactivated entry is no longer offered for new records, and old records keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {code} – {label} ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database address your IT department gave you. The login window then tells whether the server holds a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: postgresql+psycopg://user@server:port/database. Leave the password out if the server is set up for it (a .pgpass file or a service file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new vault on this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>New consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies information may be exchanged with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the consent starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (oral)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the date the agreement was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the agreement was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the date and save to clear a date entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n valid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has not been signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n breach(es) logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Choose a contact in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a case to open the participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Change contact</source>
        <extracomment>The user chose &quot;Reload&quot; after someone else changed the contact meanwhile. The message box of an error that is no field&apos;s (tests inspect it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are shared by every case the contact is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivate network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type, e.g. Polisen Västerås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or title there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example mother, mentor, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a case reference or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant agrees that we contact this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a ris&amp;k to the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case the contact belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role in the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency or relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <source>Professional</source>
        <extracomment>Role with the value to sort by (case-folded text). Role with the contact id of a directory row; on a linked-case row, the case id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLinkDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a contact from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the contact&apos;s link to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professional (an agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vate (relative, mentor, friend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. probation officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, agency or relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other contacts in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;May be contacted (the participant agrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a &amp;risk to the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <extracomment>Emitted on the GUI thread when the directory has been shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, agency, phone, case reference or participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n of {total} contact(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Avhopp ran into an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Avhopp. What you saved before is safe. The report below contains no personal data; copy it and send it to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become the vault&apos;s first administrator. Choose a long passphrase you can remember: several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Avhopparverksamheten Västerås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example anna.admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp vault (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and tuning the key derivation to this PC. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Loading…</source>
        <extracomment>A restore drill older than this is shown as a warning to those who run backups. Kinds of change that alter what the overview shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Emitted on the GUI thread when the overview has been shown (models filled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not responsible for any open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open case is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to open the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore drill: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a restore drill at least every {days} days, so you know the backups can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no restore drill in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainProgressChart</name>
    <message>
        <source>Life domains, start and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: start %2, now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No life-domain assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainProgressModel</name>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <extracomment>Better / worse accents (text only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another case worker or team, so you cannot open it as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency – for example when the participant or the police contacts you and the responsible team cannot be reached – you can open it anyway. State why. The access lasts %n hour(s), is recorded with your reason and is flagged for the unit manager&apos;s log review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Avhopp — set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedCasesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the participant and the case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the participant&apos;s &amp;own words:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the participant&apos;s words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Show notes of type</source>
        <extracomment>Autosave this long after the last keystroke. A draft was saved (the NoteView), after the commit. A note was signed (the NoteView), after the commit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note. It is saved as a draft while you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the note (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor; the draft is kept unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note to read it, or write a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– %n unsigned draft(s) of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft by {author}, not signed. Only you can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by {author} · signed {when} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the note of {date}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has been corrected on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed – saving shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the note? A signed note can never be changed; a mistake is corrected with a new, linked note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedCasesModel</name>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is a risk to the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant has not agreed that we contact them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogReviewPage</name>
    <message>
        <source>this PC&apos;s witness agrees</source>
        <extracomment>Entries fetched per page (&quot;Load more&quot; fetches the next).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC keeps no witness of this log yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC&apos;s witness has seen a longer log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference or person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random spot chec&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;what it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export person&apos;s log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the log chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry&apos;s seal and its link to the one before, so an edited, removed or inserted entry is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person in {references}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with this reference is known here. Give the id shown in the log, or select an entry and choose “Filter by what it concerns”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n entry(s) match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %n entry(s) of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (more with “Load more”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n entry(s) marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person here (a case reference or the person&apos;s id), or select an entry about the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the person&apos;s access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n entry(s) exported to {path}. The file is sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the whole log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this at once to the unit manager and the IT security contact; the log can no longer prove who did what.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Log in to Avhopp</source>
        <extracomment>A small status accent for refusals (wrong passphrase, throttled): colour only, no bold, readable on light and dark palettes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database you log in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database or create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <extracomment>Palette-aware (light and dark themes): only palette roles, no fixed colours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {user} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Avhopp (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCasesModel</name>
    <message>
        <source>Name</source>
        <extracomment>The column that shows the participant&apos;s name (repainted by ``names_changed``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCorrectionDialog</name>
    <message>
        <source>Correct note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note is never changed. The correction is saved as a new signed note linked to the original, which stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wrong date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Draft – not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <source>Open an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault file. Its key file (the same name ending in .keys) must be in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp vault (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Avhopp vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Person</source>
        <extracomment>The user chose &quot;Reload&quot; after a conflict: the view reloads the file. The address was revealed (after the audit entry was committed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal protected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected – hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Role with the value to sort by (Vorta&apos;s pattern): text columns case-folded. Role with the case id of a row; ``PERSON_ROLE`` the person id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>Overview</source>
        <extracomment>(key, English title in the context &quot;ParticipantView&quot;, tab class), in the order shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to list</source>
        <extracomment>Status accents (light theme, dark theme): the only colours the view sets itself. Seconds of the last load (worker call and delivery) and of filling the tabs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is outside your own: emergency access needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: the case belongs to another case worker or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected personal data: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: protected identity. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is hidden. Never pass on where this person lives or stays; revealing the address is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened through emergency access: this case belongs to another team. Your access is time-limited and flagged for the log review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, identity number or case reference</source>
        <extracomment>Emitted on the GUI thread when the list has been filled (rows shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>Small status accents for the bar, weak (red) to very strong (green); readable on light and dark palettes. zxcvbn&apos;s English feedback (zxcvbn/feedback.py), marked for translation. Anything not listed (a newer zxcvbn) is replaced by a generic translated hint, never shown in English inside the Swedish interface.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <extracomment>The last estimate&apos;s score (0–4), or -1 before any / for an empty passphrase.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters: several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} – too short: {length} of at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} – too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseResetDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for {name} ({username}). The old one stops working at once. Give the new passphrase to the user in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Edit person details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Another record has the same identity number, or the same name and year of birth. If it is the same person, a unit manager can merge the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from a Swedish identity number when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>070-123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotected data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected un&amp;til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: reveal the address to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected – hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictitious identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictitious personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}: {phase} since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseChart</name>
    <message>
        <source>Open cases by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseHistoryModel</name>
    <message>
        <source>From</source>
        <extracomment>(code list, code) → label in the interface language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>New &amp;threat assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains, start and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains: start and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n assessment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeCandidateModel</name>
    <message>
        <source>Approve / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived for research, then deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on the 5th, 15th or 25th: the records are written to an encrypted research archive file before they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeTab</name>
    <message>
        <source>People whose cases are all closed and whose retention period since the last note has passed; they must be purged by the deadline. Tick the people you approve. People born on the 5th, 15th or 25th are first written to an encrypted research archive file. A purge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the research archive files are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge appro&amp;ved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} for the research archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %n appro&amp;ved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the research archive files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them are first written to the research archive in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Backups keep the records until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge records permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging records and compacting the vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} written to the research archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} case(s), {m} contact(s) deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was not compacted now (a server database, or the file is in use); the next purge compacts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now. Print it or save it as a PDF, and keep it in a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens the vault if every administrator&apos;s passphrase is lost. Anyone who has it can read everything in the vault: do not keep it on this PC, in e-mail or in a shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the recovery key and tick the box before you close the wizard: the key is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet in a locked safe, away from the PC. Do not copy the key into e-mail, chat or a shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens the vault if every administrator&apos;s passphrase is lost. Anyone who has it can read everything in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it, an administrator gives it to the command-line tool (avhopp-admin --recovery-key-file) and sets a new passphrase. Letters are not case-sensitive; the dashes may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Check the printer or the file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avhopp-recovery-key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Move it to a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the inquiry is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the referral source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record has the same identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record has the same name and year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to cases you cannot see: ask a unit manager to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant was registered. Check whether this is the same person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is, a unit manager can merge the records; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Manual</source>
        <extracomment>Accent colours of threat levels (a stripe and the level&apos;s text; backgrounds stay the palette&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality marking expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderKinds</name>
    <message>
        <source>Review a plan goal</source>
        <extracomment>Role telling whether a reminder row is overdue (bool).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidentiality marking ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is due for purging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: follows its source and moves when that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show reminders marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reminders follow a goal&apos;s deadline, a consent&apos;s end date, the end of a confidentiality marking or the purge date; change those and the reminder moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a goal of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent ends (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidentiality marking ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed case may be purged from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reminders follow their source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in the next version: the progress report for the safety council (aggregate figures with small counts suppressed), individual progress summaries for case conferences, and register extracts for participants who ask for their data. Until then, the unit&apos;s figures for a period are available from the command line: avhopp-admin stats --from … --to ….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealAddressDialog</name>
    <message>
        <source>Reveal protected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has protected personal data. The address is hidden so that it is not seen by accident or passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is hidden so that it is not seen by accident or passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal it only when your task needs it now. The reveal is recorded in the access log with your name and reason and is followed up in the log review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: booking a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRemarkDialog</name>
    <message>
        <source>Mark as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example the social welfare committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data c&amp;ontroller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection o&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supp&amp;ression threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cells with fewer people than this are suppressed, so nobody can be singled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp locks itself when nobody has used it for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum passphrase &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;do changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults apply: the settings were never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved {time} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Random spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw log entries at random from a period, to review them one by one. Nobody can predict which entries a check picks; the draw itself is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted, %1 SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportStepDialog</name>
    <message>
        <source>New support step</source>
        <extracomment>The Police&apos;s decision on exit funds: not decided yet, granted, refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal provider (not the municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police exit funds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police exit funds applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount granted (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Support steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add support step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police exit funds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Change team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of {name} ({username}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatAssessmentDialog</name>
    <message>
        <source>New threat assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep detail minimal: record who made the assessment, not what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the Police, the case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatLevel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatPanel</name>
    <message>
        <source>Threat assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threat assessment has been recorded for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest threat assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatTableModel</name>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example anna.berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters. Several unrelated words are easy to remember and hard to guess; no special characters are needed. Give the passphrase to the user in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>--participants must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-stdin was given but standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go back from {current} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure reason is only given when the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure reason is required to close a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code has 1–{n} characters: a–z, 0–9 or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed step cannot have an end date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent names at least one agency information may be exchanged with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is at most {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase change cannot be dated before the previous one ({previous}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase change cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional contact needs an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge cannot be undone: confirm it in a terminal, or add --yes. Nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has {expected} characters (without dashes); this one has {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation belongs to a private contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A samordningsnummer has a day between 61 and 91.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note cannot be changed. Write a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that has started cannot have a start date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support-step item needs a step category as parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team code has 1–40 characters: a–z, 0–9, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title belongs to a professional contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2–64 characters: a–z, 0–9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator changed the vault key while you were working. Lock and unlock again; this change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency belongs to a professional contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is only given when the Police exit funds were granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive file already exists: {paths}. Move it away first; nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic reminder follows its source and is not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity number has 10 or 12 digits (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve at least one person to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} entries at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp is locked. Log in again and repeat what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avhopp never downgrades a vault; restore a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases go to an active case worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open phase to reopen the case in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one log entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and {n} participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is only generated into an empty vault (this one has participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a protection level for the end date to apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number of kronor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the backup folder (for example D:\Avhopp\backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians are recorded only for participants under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid calibration target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the number empty when it is missing or the identity is fictitious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such case worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a purge candidate now: {ids}. Nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed note is corrected; edit the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only postgresql+psycopg:// URLs or file paths can hold a vault, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only support-step items have a parent; the list {list} has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police exit funds can only be granted or refused once applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least one life domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason for the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why the records are the same person (at least {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why you need emergency access (at least {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support phases need an investigation and decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to add a support step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to change its phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was already withdrawn on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already linked to this case; change that link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is read-only: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is too far ahead (at most {n} years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is too far in the past (at most {n} days back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {n} rows; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first row must hold the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable CSV file (row {row}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number has a birth date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number has an impossible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number has an invalid serial number (000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was refused: {count} errors in {rows} rows. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inquiry date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active entry of the list {list} cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must be an active user who works on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess ({hint}). Use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least {min_length} characters long (it has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at most {max_length} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase &apos;closed&apos; cannot be deactivated: every case must be able to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection cannot end in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed by someone else ({changed_by}, {changed_at}). Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of {ids} changed since the purge list was shown; list again. Nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains a character that cannot be in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is mistyped (its check characters do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not yours or your team&apos;s. Request emergency access with a reason to open it; the access is flagged for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be before {what} ({first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flag is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support step does not belong to the category {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role!r}; use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a .csv or .xlsx file (this one ends in {suffix!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the psycopg driver: postgresql+psycopg://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retired key does not match its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed vault key does not match its key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed vault key in the key slots was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored role is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change another user&apos;s draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry differs from the one this PC saw: the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry was altered, inserted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry was written under an unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a FILE to import or --template FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new passphrase on the second line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on a network share; use a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot memory cost outside the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot parallelism outside the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot salt has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot time cost outside the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key slot identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key slot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed sealed keys in a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge person records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given: use --passphrase-file, --passphrase-stdin or AVHOPP_PASSPHRASE, or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request emergency access to your own case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who you are with --user NAME (or AVHOPP_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see case content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see this person&apos;s access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see unit statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive failed authentication (altered, or written by another vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds no readable document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log holds an entry beyond its recorded head (an inserted entry?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is append-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database does not belong to this key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is encrypted with another vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not empty; give Avhopp a database of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Avhopp archive (or is cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key header has an unknown version (made by a newer Avhopp?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot belongs to no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot does not hold the current vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot does not match its user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault was made by a newer version of Avhopp; update Avhopp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s key record was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key derivation in a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key slot kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault key must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code!r} is not an active entry of the list {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain!r} is not an active life domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} cannot hold a vault: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} is not a valid database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} is not an Avhopp vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent!r} is not an active step category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be an archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not an active entry of the {what} list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} already exists but is deactivated; reactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too easy to guess</source>
        <extracomment>The same warnings as the core&apos;s ``WeakPassphraseError`` carries them in ``{hint}`` (the trailing full stop removed); the error presenter translates parameters in the &quot;UserError&quot; context, so the refusal next to the field is translated too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name} ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {username} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent stays in the register, marked as withdrawn from this date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
