<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>homeward::AccountEditDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator: enters and edits persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifier: checks the details entered by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor: confirms batches and manages accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Accounts</name>
    <message>
        <source>Enter a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may hold letters, digits, “.”, “_” and “-” only (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, not the user name. A phrase of several words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as a supervisor to manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can create, change, disable or reset accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first supervisor has already been created; log in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is already taken; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot be changed; create a new account instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active supervisor; give another account the supervisor role first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot enable your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked until %1 (%n second(s) from now). Try again then, or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Too many failed attempts: this account is locked until %1 (%n second from now). Try again then, or ask a supervisor to reset the password.</numerusform>
            <numerusform>Too many failed attempts: this account is locked until %1 (%n seconds from now). Try again then, or ask a supervisor to reset the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled; ask a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: the record of who did what keeps their names. Disable an account that is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account cannot be disabled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account “%1” (%2)? They will not be able to log in until a supervisor enables it again. Their name stays in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::AuditJson</name>
    <message>
        <source>The stored record could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit trail, so it was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row does not follow the row before it: a row before it was deleted, or rows were reordered or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row&apos;s content does not match its hash: it was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be locked for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Authorisation</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 does not exist in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: ask an official with that role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Backup</name>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy does not check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give the manifest its name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no manifest (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has been changed since it was taken: its SHA-256 does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, manifest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not hold what its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to write it to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lacks &quot;%1&quot; or it is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1 UTC from %2 (Homeward %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1, batches: %2, exchanges: %3, rows in all: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1 row(s), head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of %1 could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homeward (schema %2; this program knows schema %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in %1 is broken at row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal in %1 does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked copy of the database and its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a verified backup in place of this database; the current file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may restore a backup. Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: it does not verify. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 verifies. Restore it in place of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database file is kept beside it as %1 (the time in the name is the time of the restore). Homeward closes, restores the backup, and must then be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was restored in place of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Homeward again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database is backed up and restored by its server&apos;s administrator, not from this desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BackupCommand</name>
    <message>
        <source>Writes a consistent copy of the database to FILE (taken while others may be working), checks the copy (integrity check) and writes FILE.manifest.json beside it: when it was taken, the schema version, the row counts, the audit trail&apos;s newest hash and the SHA-256 of FILE. Both files are readable by their owner only. An existing FILE is never overwritten.
  homeward backup --database PATH --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments besides --database and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --database and the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --to and the path of the new backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 in %2 s (manifest %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a backup in place of the database:
  homeward restore --from FILE --database PATH --user NAME

The backup is verified first (its manifest, SHA-256, integrity check, audit trail); when anything is wrong nothing is changed. The current database is kept as PATH.replaced-YYYYMMDD-HHMMSS beside it (never deleted), and the restore is recorded in the restored database&apos;s audit trail. The database must not be open in Homeward or another program meanwhile.

Only a supervisor may restore. The password of --user is read from the HOMEWARD_PASSWORD environment variable or, when it is not set, asked for on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor doing the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes no arguments besides --from, --database and --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --from and the path of the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --database and the path of the database file to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore changes data: name your account with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor may restore a backup; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 in %3 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchChecklistModel</name>
    <message>
        <source>The batch could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n for you</source>
        <translation>
            <numerusform>%n for you</numerusform>
            <numerusform>%n for you</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 details confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open discrepancy(ies)</source>
        <translation>
            <numerusform>%n open discrepancy</numerusform>
            <numerusform>%n open discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) wait for your verification</source>
        <translation>
            <numerusform>%n detail waits for your verification</numerusform>
            <numerusform>%n details wait for your verification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) you last changed yourself: another official must verify them</source>
        <translation>
            <numerusform>%n detail you last changed yourself: another official must verify it</numerusform>
            <numerusform>%n details you last changed yourself: another official must verify them</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchChecklistProxy</name>
    <message>
        <source>All persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for my verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchDialog</name>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s number within the exchange: 1, 2, 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The border point or place of the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;servicemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;civilians:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next batch number could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changes through the Batch menu: submit for verification, confirm, complete …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored batch could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchImport</name>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons are imported only into a draft batch; batch %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the batch (person %2: %3); skip the row or keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats line %2 of this list (same surname, given name and date of birth); skip the row or keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not prepare the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 repeats a person; the file changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be written; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be listed in the batch; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be recorded; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was being imported; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchPanel</name>
    <message>
        <source>No batch selected.
Choose a batch on the left, or create an exchange and a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is confirmed: its list can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only persons whose surname, given name or patronymic contains the typed words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read and may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match the filter</source>
        <translation>
            <numerusform>%n person matches the filter</numerusform>
            <numerusform>%n persons match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(over plan!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: %1 men, %2 women
Civilians: %3 men, %4 women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is completed: its list can no longer be changed. Sealed by %1 on %2; seal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is confirmed: its list can no longer be changed. Sealed by %1 on %2; seal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash: %1
Audit head at confirmation: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchRepository</name>
    <message>
        <source>The batch was not saved (is batch number %1 already used in this exchange?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch no longer exists; it may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not deleted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s counts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchTransitions</name>
    <message>
        <source>the batch lists no persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not fully verified</source>
        <translation>
            <numerusform>%n person not fully verified</numerusform>
            <numerusform>%n persons not fully verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open discrepancy(ies)</source>
        <translation>
            <numerusform>%n open discrepancy</numerusform>
            <numerusform>%n open discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) still waiting for verification</source>
        <translation>
            <numerusform>%n detail still waiting for verification</numerusform>
            <numerusform>%n details still waiting for verification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counts differ from the plan: %n servicemen entered, %1 planned</source>
        <translation>
            <numerusform>counts differ from the plan: %n serviceman entered, %1 planned</numerusform>
            <numerusform>counts differ from the plan: %n servicemen entered, %1 planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counts differ from the plan: %n civilians entered, %1 planned</source>
        <translation>
            <numerusform>counts differ from the plan: %n civilian entered, %1 planned</numerusform>
            <numerusform>counts differ from the plan: %n civilians entered, %1 planned</numerusform>
        </translation>
    </message>
    <message>
        <source>the actual handover date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual handover place is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual numbers of servicemen and civilians handed over are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual numbers handed over cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed person(s) not marked as handed over or not handed over</source>
        <translation>
            <numerusform>%n listed person not marked as handed over or not handed over</numerusform>
            <numerusform>%n listed persons not marked as handed over or not handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked not handed over without a reason</source>
        <translation>
            <numerusform>%n person marked not handed over without a reason</numerusform>
            <numerusform>%n persons marked not handed over without a reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) name a person not listed in the batch</source>
        <translation>
            <numerusform>%n outcome names a person not listed in the batch</numerusform>
            <numerusform>%n outcomes name a person not listed in the batch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) given more than one outcome</source>
        <translation>
            <numerusform>%n person given more than one outcome</numerusform>
            <numerusform>%n persons given more than one outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actual count of servicemen (%1) differs from the %n marked handed over</source>
        <translation>
            <numerusform>the actual count of servicemen (%1) differs from the %n marked handed over</numerusform>
            <numerusform>the actual count of servicemen (%1) differs from the %n marked handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actual count of civilians (%1) differs from the %n marked handed over</source>
        <translation>
            <numerusform>the actual count of civilians (%1) differs from the %n marked handed over</numerusform>
            <numerusform>the actual count of civilians (%1) differs from the %n marked handed over</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch that is %1 cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>you entered, edited or verified details of %n person(s) in this batch; another supervisor must confirm it</source>
        <translation>
            <numerusform>you entered, edited or verified details of %n person in this batch; another supervisor must confirm it</numerusform>
            <numerusform>you entered, edited or verified details of %n persons in this batch; another supervisor must confirm it</numerusform>
        </translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchValidator</name>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence number cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned number of servicemen cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned number of civilians cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned totals must be at least one person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchWorkflow</name>
    <message>
        <source>The batch no longer exists; it may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stays %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password again to confirm the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not confirmed: the password is not that of the signed-in official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was changed meanwhile (it is now %1); look again and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was changed meanwhile; look again and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover record could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s checklist could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BatchWorkflowActions</name>
    <message>
        <source>&amp;Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the list to the verifiers: every person&apos;s details are then checked one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to veri&amp;fication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and seal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible for a batch that is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch confirmed and sealed; seal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover recorded; the batch is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled batch cannot be used again: its persons stay in the database and the batch stays in the history as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening removes the seal and unlocks the batch for changes; it must be verified and confirmed again. Printed sheets of the sealed batch no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BlindReentry</name>
    <message>
        <source>Type the surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of birth (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the service number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::BlindReentryDialog</name>
    <message>
        <source>Blind re-entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1 (surname not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it from your own record (the document, the registry or the other side&apos;s list) without looking at what is stored. It is confirmed only when both agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value typed from your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values differ. Nothing was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters that differ are bold, underlined and highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;discrepancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by looking at the stored value, when your record cannot be typed from. Blind re-entry catches typos that a glance misses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value from your record to compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed “%1” from my record; stored “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistModel</name>
    <message>
        <source>The person could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this person yourself; another official must confirm their identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You last changed this person&apos;s details yourself; another official must verify “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed %1 of this person yourself; another official must verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden: type it from your record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by typing it again from your record without seeing the stored value (Space or B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm in person, from a photo or from documents (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistQueries</name>
    <message>
        <source>The persons of the batch could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification checklist of the batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistReviewWidget</name>
    <message>
        <source>%1 of %2 persons verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which persons to list (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down: persons · Enter or Right: their checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down: details · Ctrl+Up/Down or PageUp/PageDown: persons
Space or Enter: verify · D: discrepancy · B: blind re-entry · Ctrl+H: history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy… (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind re-entry… (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History… (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: ↑/↓ details · Ctrl+↑/↓ or PgUp/PgDn persons · Space or Enter verify · D discrepancy · B blind re-entry · Ctrl+H history · Ctrl+L filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in: you can see the progress but not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see the progress; only an official with the verifier role can verify details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification · Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with open discrepancies</source>
        <translation>
            <numerusform>%n person with open discrepancies</numerusform>
            <numerusform>%n persons with open discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) pending</source>
        <translation>
            <numerusform>%n detail pending</numerusform>
            <numerusform>%n details pending</numerusform>
        </translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a detail to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed the identity of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind re-entry is for the surname, the date of birth and the service number or document. Press Space to verify %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already confirmed (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by blind re-entry (only capital letters differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by blind re-entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1 of %2 by comparing it with your record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for it. Confirm only if your record has nothing either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: %1

Typing it blind catches typos that a glance misses; compare only when your record cannot be typed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a discrepancy in %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checklist as stored now; your values stay here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply mine again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your verdict again over the reloaded checklist, with your values filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discrepancy in %1, note “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity confirmed (%1), note “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed by blind re-entry, typed “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed by comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discrepancy recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, note “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this checklist item no longer exists, so your values cannot be applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded. Stored now for %1: %2. Your values were not saved; apply them again if they still hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person of your unsaved values is not in this list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist item no longer exists; the person may have been removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CommandLine</name>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run without the window (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command [arguments]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored interface language &quot;%1&quot; is not known; using uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation &quot;%1&quot; is missing from this build; the interface stays in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use uk or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file (must not exist yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs the path of the new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes exactly one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database&apos;s audit trail: recomputes every row&apos;s hash and the links between rows. Prints the number of rows and the newest hash and exits 0 when the trail is intact; otherwise names the first row that does not verify and exits 1. The database is not migrated or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-audit takes no arguments besides --database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-audit needs --database and the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homeward (schema %2; this program knows schema %3); use a newer version of the program to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audit trail yet (schema %2); opening it in Homeward upgrades it and starts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s), head %1
</source>
        <translation>
            <numerusform>Audit trail intact: %n row, head %1
</numerusform>
            <numerusform>Audit trail intact: %n rows, head %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a demo database to a new file: one exchange &quot;1,000 for 1,000&quot; in three batches with %1 persons. Every person in it is invented; a demo database is for trying the program out only. An existing file is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to %1: %n person(s) in three batches. The persons are fictional; use this database for trying the program out only.
</source>
        <translation>
            <numerusform>Demo database written to %1: %n person in three batches. The persons are fictional; use this database for trying the program out only.
</numerusform>
            <numerusform>Demo database written to %1: %n persons in three batches. The persons are fictional; use this database for trying the program out only.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the seals of confirmed batches could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: uk or en. Without it, the language chosen in Settings; by default the system&apos;s (Ukrainian unless the system speaks English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own translation qtbase_%1.qm is missing from %2 (package qt6-translations-l10n); standard buttons and dialogs stay in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward: coordinating exchanges of prisoners of war and detained civilians.

Without a command, opens the window on the database: the one given with --database, else the default database (created with fictional demo data on the first start).

Commands:
  demo PATH    write a demo database with fictional persons to a new file
  verify-audit --database PATH
               check that the database&apos;s audit trail is intact
  migrate --database postgresql://OWNER@HOST:PORT/NAME
               set up or upgrade a shared database (as its owner)
  import --database PATH --registry FILE --user NAME
               import the registry from an interchange CSV file
  match --registry FILE --list FILE --out FILE
  match --database PATH --batch ID --out FILE
               match a list against the registry
  backup --database PATH --to FILE
               write a checked copy of the database and its manifest
  restore --from FILE --database PATH --user NAME
               put a verified backup in place of the database (the old file is kept)
  report --database PATH (--batch ID [--kind summary|checklist] | --exchange ID) --pdf FILE
               write a summary sheet, a checklist or an exchange summary as a PDF
  export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE
               write a batch&apos;s list or the registry as CSV or XLSX

&quot;homeward demo --help&quot; describes a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open. A file that does not exist is created empty (no demo data). A shared database on a PostgreSQL server is named by its address, postgresql://USER@HOST:PORT/NAME; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo writes a new database file; it never fills a shared database with invented persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up or upgrades a shared database on a PostgreSQL server to this program&apos;s schema, and grants the desks&apos; group role homeward_desk its rights. Run it as the database&apos;s owner (the desks&apos; roles may not change the schema); the password comes from PGPASSWORD or ~/.pgpass. Each step runs in one transaction: a failure leaves the previous schema in place. A database file needs no migrate: the program upgrades it when it opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes no arguments besides --database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --database and the address of a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate sets up a shared database on a server (postgresql://…); a database file is upgraded when the program opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database %1 was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 is at schema %2; the desks (members of homeward_desk) may work on it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CompletionDialog</name>
    <message>
        <source>Record the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen counted at the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians counted at the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servicemen handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Civilians handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or clears “Handed over”; type the reason for anyone not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything needed is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ConfirmBatchDialog</name>
    <message>
        <source>Confirm batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming locks the batch: its list, the persons&apos; details and their checklists can no longer change, and the batch is sealed (a hash of its content and of the history at this moment), so that a printed sheet can be checked against the database. Only a supervisor who did not enter or verify any detail of this batch may confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own password, entered again to confirm that it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and &amp;seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: %1 servicemen of %2 planned, %3 civilians of %4 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person is verified and the counts equal the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be confirmed yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hq-db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or address of the database server, as your administrator gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s usual one is 5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the shared database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your desk&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role this desk signs in as (a member of homeward_desk, never the database&apos;s owner); not your Homeward account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, server&apos;s identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted (TLS). Personal data travels on it: choose &quot;Required&quot; unless the server is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s password, for this run of Homeward only: it is never stored. Leave it empty when it is in ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to give with --database to the homeward commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server with these settings and check the database, without switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database is remembered for this computer&apos;s user account and opened at every start. Your Homeward account and password are asked after connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fill in the server, the database and the role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the shared database is ready for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be stored in this computer&apos;s settings: Homeward connects to it now, but not at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ConnectionLostBar</name>
    <message>
        <source>&amp;Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect to the shared database again now, without waiting for the next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared database was lost at %1: the server may have restarted, or the network failed. Everything saved before then is kept on the server; a change that failed then was not saved, so make it again once connected. Homeward tries to connect again every %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shared database again at %1; the lists show what was saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartImportCommand</name>
    <message>
        <source>  %1: ours %2, theirs %3, planned %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (does not agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: batch %1 is %2; the other side&apos;s list is taken only while a batch is a draft, in verification or verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: problems in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the other side&apos;s list for batch %1 from %2 (%3): %4 rows, list %5; SHA-256 %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list was imported, but the reconciliation could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: %1 (differences: %2, of them high risk and open: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (all agree):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (some do not agree):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so some persons shown on one list only may be on the other with typos.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items to resolve: %1. Review them in the window: Batch &gt; Reconcile with the other side&apos;s list.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartListFile</name>
    <message>
        <source>the reading of %1 stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartRepository</name>
    <message>
        <source>The batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is confirmed, completed or cancelled: its counterpart list and its reconciliation can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart list holds no persons; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart list has no file name; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of the counterpart list is not 64 lower-case hexadecimal digits; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list has no valid record_id; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list repeats record_id %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list lacks the surname or the given name; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart list could not be stored; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not prepare the counterpart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list could not be stored; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart lists could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart list holds a birth date that cannot be read (record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference was chosen to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note that says how the difference was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This difference is not marked resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution could not be taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolutions could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterpart list has been imported for batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CsvReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or a binary file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes (a quote that never closes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field: the quote that opens it is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not begin with a quote (put the whole field in quotes and double the quote: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 is not a character of Windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is UTF-8 but the file is Windows-1251: the file mixes encodings; save the list again in one encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DashboardBatchModel</name>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, planned for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, no date planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) planned</source>
        <translation>
            <numerusform>%n person planned</numerusform>
            <numerusform>%n persons planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) marked discrepant, in %1 person(s)</source>
        <translation>
            <numerusform>%n detail marked discrepant, in %1 person(s)</numerusform>
            <numerusform>%n details marked discrepant, in %1 person(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a verifier</source>
        <translation>
            <numerusform>%n person waiting for a verifier</numerusform>
            <numerusform>%n persons waiting for a verifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons planned for the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons entered in the batch&apos;s list, of those planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons with every detail verified, of those entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details marked discrepant and not yet corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons entered, neither verified nor held up by a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DashboardCharts</name>
    <message>
        <source>Persons by category and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons verified over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person is entered in this exchange yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person of this exchange is fully verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DashboardPage</name>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: %1 servicemen, %2 civilians; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open discrepancies: %1 (%n person(s))</source>
        <translation>
            <numerusform>Open discrepancies: %1 (%n person)</numerusform>
            <numerusform>Open discrepancies: %1 (%n persons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for verification: %n person(s)</source>
        <translation>
            <numerusform>Waiting for verification: %n person</numerusform>
            <numerusform>Waiting for verification: %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons entered in the lists of the exchange&apos;s batches, of those planned (cancelled batches left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons with every detail verified, of those entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on the batches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a batch of this exchange open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on the batches now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DashboardQueries</name>
    <message>
        <source>The batches of the exchange could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has an unknown direction or status: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons of the exchange could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category or sex: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification history of the exchange could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification has an unreadable time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the database connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the database file %1 private to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed: apt-get install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 asks for a password: set PGPASSWORD or put the password in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the shared database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 was set up by a newer version of Homeward (schema %2; this program knows schema %3). Use a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 is at schema %2 and this program needs schema %3. The database&apos;s owner upgrades it with: homeward migrate --database %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rights of %1 on the shared database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may change or delete the audit trail of the shared database %2 (it owns the database or is a superuser). Homeward works there only as a desk&apos;s role, a member of %3 that may add to the audit trail but not rewrite it. Sign in as such a role; README, &quot;A shared database&quot;, says how the administrator sets one up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DatabaseArgument</name>
    <message>
        <source>there is no database file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on a database file; the shared database %2 is kept by its server, whose administrator backs it up and restores it with the server&apos;s own tools (pg_dump, pg_restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the database role %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DatabaseUrl</name>
    <message>
        <source>The database address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must start with postgresql:// or postgres://, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must start with postgresql:// or postgres://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address contains a password. Never write the password in the address: set PGPASSWORD or put it in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must not contain #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no user: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name in the database address contains @: write it as %40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no host: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names several hosts (%1): give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address in the database address has no closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the database address is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected “%1” after the IPv6 address: write [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address in the database address must be written in brackets, as in postgresql://USER@[::1]:5432/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” contains characters that are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has a : after the host but no port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” in the database address is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no database: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name “%1” in the address contains /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name “%1” in the address has a broken %-escape or a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has an unknown setting “%1”: only sslmode is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address gives sslmode more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an sslmode: use disable, prefer, require, verify-ca or verify-full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DateLineEdit</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 17.05.1990.
If only the month or the year is known, type MM.YYYY or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 17.05.2024. Leave empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DemoData</name>
    <message>
        <source>A demo person does not pass the checks: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000 for 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed in talks on 16 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian–Belarusian border, Volyn region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: every person here is invented. For trying the program out only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo exchange does not pass the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border crossing point, Volyn region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo batch does not pass the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a demo database is written only to a new file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned; the list has not been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side&apos;s list gives service number Ю-000210; check the military ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side&apos;s list spells the patronymic «Олеговна»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::DiscrepancyDialog</name>
    <message>
        <source>Record a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a discrepancy in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What differs, and in which record? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the passport reads Коваленко, the other side&apos;s list Коваленков</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Enums</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>civilian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeDialog</name>
    <message>
        <source>New exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name everyone recognises, e.g. “1000 for 1000”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when it was agreed, e.g. “agreed in talks on 16 May”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or organisation mediating the exchange, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intermediary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;servicemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;civilians:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored exchange could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeRepository</name>
    <message>
        <source>The exchange was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange no longer exists; it may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange was not deleted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchanges could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeValidator</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed servicemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed number of servicemen cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed number of civilians cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed totals must be at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Export</name>
    <message>
        <source>%1 is a folder; give the path of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the export in place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batch&apos;s list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has %1 persons; a spreadsheet worksheet holds at most %2. Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ExportActions</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the persons of the selected batch to a CSV file or an Excel workbook (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole registry to a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %L2 persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn person(s) left out.</source>
        <translation>
            <numerusform>%n withdrawn person left out.</numerusform>
            <numerusform>%n withdrawn persons left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without a record number written as person-&lt;number&gt;.</source>
        <translation>
            <numerusform>%n person without a record number written as person-&lt;number&gt;.</numerusform>
            <numerusform>%n persons without a record number written as person-&lt;number&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) beginning with = + - @ written with an apostrophe in front, so a spreadsheet shows them as text; importing the file takes the apostrophe off.</source>
        <translation>
            <numerusform>%n value beginning with = + - @ written with an apostrophe in front, so a spreadsheet shows it as text; importing the file takes the apostrophe off.</numerusform>
            <numerusform>%n values beginning with = + - @ written with an apostrophe in front, so a spreadsheet shows them as text; importing the file takes the apostrophe off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n person written to %1.</numerusform>
            <numerusform>%n persons written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ExportCommand</name>
    <message>
        <source>Writes the persons of a batch, or the whole registry, in the interchange columns of Homeward:
  homeward export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE

CSV is UTF-8 with a header row; XLSX is one worksheet of text cells. A batch&apos;s withdrawn persons are left out (the count is printed); a person without a record_id is written as person-&lt;number&gt;. A value that a spreadsheet could run as a formula (beginning with = + - @) is written with an apostrophe in front; importing the file takes it off again. FILE is readable by its owner only and is replaced only once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this batch&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --database and the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one of --batch ID and --registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch needs the number of a batch, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv or --format xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out and the path of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1 in %2 s.
</source>
        <translation>
            <numerusform>Exported %n person to %1 in %2 s.
</numerusform>
            <numerusform>Exported %n persons to %1 in %2 s.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn person(s) left out.
</source>
        <translation>
            <numerusform>%n withdrawn person left out.
</numerusform>
            <numerusform>%n withdrawn persons left out.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without a record_id written as person-&lt;number&gt;.
</source>
        <translation>
            <numerusform>%n person without a record_id written as person-&lt;number&gt;.
</numerusform>
            <numerusform>%n persons without a record_id written as person-&lt;number&gt;.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beginning with = + - @ written with an apostrophe in front.
</source>
        <translation>
            <numerusform>%n cell beginning with = + - @ written with an apostrophe in front.
</numerusform>
            <numerusform>%n cells beginning with = + - @ written with an apostrophe in front.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::FileHash</name>
    <message>
        <source>The file %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::FilePage</name>
    <message>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its persons will be added to %1. Nothing is written before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its records will be imported into the registry. Nothing is written before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (any encoding, comma, semicolon or tab) or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to import: CSV in UTF-8, UTF-16 or Windows-1251, or an .xlsx workbook (its first sheet). The first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the file already in the registry (same record number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse the file: import nothing when any record is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace them with the file&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records not in the file always stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::FirstSupervisorDialog</name>
    <message>
        <source>Homeward — first supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the first supervisor: the official who will create the other accounts and give them their roles. Nobody else can do that until this account exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”; used to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname, given name and patronymic, as they appear on signed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor account was created, but logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::FormSupport</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed in this form has not been saved and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::FormatPage</name>
    <message>
        <source>Encoding and delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the letters and the columns below look right; if not, choose the encoding or the delimiter yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s letters are stored. Lists from older programs are often in Windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, read with the encoding and delimiter above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, values separated by %2; the header is line %3; %n row(s) shown.</source>
        <translation>
            <numerusform>Read as %1, values separated by %2; the header is line %3; %n row shown.</numerusform>
            <numerusform>Read as %1, values separated by %2; the header is line %3; %n rows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::HeaderMapping</name>
    <message>
        <source>column %1 has no name and is not mapped to a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “%1”: map it to a field or leave it out explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” and column %2 (“%3”) are both mapped to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::HeadlessSignIn</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command changes data: name your account with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set the HOMEWARD_PASSWORD environment variable, or run the command in a terminal to be asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in as %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read and may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n recorded change, newest first.</numerusform>
            <numerusform>%n recorded changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::HistoryModel</name>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of the person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off a batch&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
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
    <message>
        <source>(no official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
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
</context>
<context>
    <name>homeward::IdentityCheckDialog</name>
    <message>
        <source>Confirm identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you confirm that this is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which document or photo (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: military ID АА 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::IdleLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the data and ask for the password before anyone works on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ImportActions</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the persons of a CSV file or an Excel workbook to the selected batch, after checking every row (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registry from a &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the batch to add the list to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft batch takes a list: this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records of a CSV file (any encoding, the interchange CSV included) or an Excel workbook to the registry, choosing its columns and checking every row first; nothing is imported while any row has a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ImportCommand</name>
    <message>
        <source>The database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FILE into the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official doing the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite registry records whose record_id is already stored (else an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --database and the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import changes data: name your account with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1 to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: problems in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into the registry from %1: rows %2 (new %3, replaced %4); SHA-256 %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a list into a batch or into the registry:
  homeward import --database PATH --batch ID [--category C] [--encoding E] [--delimiter D] FILE --user NAME
  homeward import --database PATH --registry [--replace] [--encoding E] [--delimiter D] FILE --user NAME
  homeward import --database PATH --counterpart BATCH_ID [--encoding E] [--delimiter D] FILE --user NAME

FILE is a CSV file or an .xlsx workbook (its first sheet). CSV: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, or Windows-1251; comma, semicolon or tab between fields; both detected unless --encoding (utf-8, utf-16le, utf-16be, windows-1251) or --delimiter (comma, semicolon, tab) is given. The first row names the columns, in Ukrainian, Russian or English (Прізвище/Фамилия/Surname, Ім&apos;я/Имя/First name, Дата народження/Дата рождения/DOB …) or as the interchange columns: record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,document_number,birth_place,region,notes. Surname and given name are required; a batch also needs sex and category (or --category for every row). A list without a record id column gets &quot;line-N&quot; (N: the row&apos;s line). Dates: YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; sex and category in Ukrainian, Russian or English.

Every row is checked first; when any row is invalid, every problem is printed as FILE:LINE:COLUMN: reason and nothing is imported. Otherwise all rows are imported in one transaction. A batch import refuses rows that repeat a person already in the batch or an earlier row (same surname, given name and date of birth); the import wizard lets an official skip such rows or keep both. A registry record_id already stored is an error unless --replace is given.

The password of --user is read from the HOMEWARD_PASSWORD environment variable or, when it is not set, asked for on the terminal.

--counterpart imports the other side&apos;s list of a batch, kept as its own record beside ours, and prints how it reconciles with our list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FILE into this batch (a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FILE as the other side&apos;s list of this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1251 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file&apos;s delimiter: comma, semicolon, tab (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of every person whose row gives none (serviceman or civilian); batch import only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to import (CSV or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one of --batch ID, --registry or --counterpart BATCH_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes only one of --batch, --registry and --counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding %1 (use utf-8, utf-16le, utf-16be or windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter %1 (use comma, semicolon or tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category is for a batch import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category %1 (use serviceman or civilian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs the number of a batch, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace is for a registry import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into batch %1 from %2 (%3): persons %4; SHA-256 %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into the registry from %1 (%2): rows %3 (new %4, replaced %5)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are written together, or none: a cancel or a failure leaves everything as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from %1 will be added to %2.</source>
        <translation>
            <numerusform>%n person from %1 will be added to %2.</numerusform>
            <numerusform>%n persons from %1 will be added to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) skipped.</source>
        <translation>
            <numerusform>%n repeated row skipped.</numerusform>
            <numerusform>%n repeated rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 will be imported into the registry; records with the same number are replaced.</source>
        <translation>
            <numerusform>%n record from %1 will be imported into the registry; a record with the same number is replaced.</numerusform>
            <numerusform>%n records from %1 will be imported into the registry; records with the same number are replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 will be imported into the registry; if any is already there, nothing is imported.</source>
        <translation>
            <numerusform>%n record from %1 will be imported into the registry; if it is already there, nothing is imported.</numerusform>
            <numerusform>%n records from %1 will be imported into the registry; if any is already there, nothing is imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %L2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 once more: %L2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to %1.</source>
        <translation>
            <numerusform>%n person added to %1.</numerusform>
            <numerusform>%n persons added to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 records imported into the registry (%L2 new, %L3 replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. %1</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found. %1</numerusform>
            <numerusform>Nothing was imported: %n problems found. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ImportProblemsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ImportWizard</name>
    <message>
        <source>batch %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list into the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::InterchangeCsv</name>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is empty; it must be the header row (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column %1 (the interchange columns are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice (also column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields: %1 in this row, %2 in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control character U+%2 at position %3 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date: %1 is not a valid date (write YYYY-MM-DD or DD.MM.YYYY; YYYY or YYYY-MM when only partly known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date: %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex: %1 is not M or F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: %1 is not serviceman or civilian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record_id: %1 contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record_id: %1 is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ListFormats</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file mixes encodings: line %1 is UTF-8 but this line is not (byte 0x%2); save the list again in one encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file mixes encodings: this line is UTF-8 but line %1 is not (byte 0x%2); save the list again in one encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor Windows-1251 Cyrillic text; choose the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16: a high surrogate without its pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16: a low surrogate without its pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character: the file is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 while the beginning of the file is UTF-8, so the file mixes encodings; save the list again in one encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 Cyrillic text; choose Windows-1251 as the file&apos;s encoding, or save the list again as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ListPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ListProblemsDialog</name>
    <message>
        <source>Their list was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n problem(s) in %1. Every row must be readable before the list is taken; correct the file (or choose its encoding) and load it again.</source>
        <translation>
            <numerusform>Nothing was loaded: %n problem in %1. Every row must be readable before the list is taken; correct the file (or choose its encoding) and load it again.</numerusform>
            <numerusform>Nothing was loaded: %n problems in %1. Every row must be readable before the list is taken; correct the file (or choose its encoding) and load it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… and %n more problem not listed</numerusform>
            <numerusform>… and %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE:LINE:COLUMN: reason. Select and copy to send the problems back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ListReader</name>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is empty; it must be the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping is for %1 columns but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value beyond the last column of the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields: %1 in this row, %2 in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control character U+%2 at position %3 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY when only partly known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a sex (M or F; Ч or Ж; М or Ж)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a category (serviceman or civilian; військовослужбовець or цивільний; военнослужащий or гражданский)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already used on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::LockScreen</name>
    <message>
        <source>Homeward — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is hidden until an official signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open forms of the signed-in official are kept for them, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Roles: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked at %1. Enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no other window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n open window(s) of %1 are kept for them, hidden, until they sign in again.</source>
        <translation>
            <numerusform>The %n open window of %1 is kept for them, hidden, until they sign in again.</numerusform>
            <numerusform>The %n open windows of %1 are kept for them, hidden, until they sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n second(s), or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n second, or ask a supervisor to reset the password.</numerusform>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n seconds, or ask a supervisor to reset the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %n open form(s) are back.</source>
        <translation>
            <numerusform>Your %n open form is back.</numerusform>
            <numerusform>Your %n open forms are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your forms stay kept until the forms another official opened after them are closed.</source>
        <translation>
            <numerusform>%n of your forms stays kept until the forms another official opened after it are closed.</numerusform>
            <numerusform>%n of your forms stay kept until the forms another official opened after them are closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of %1</source>
        <translation>
            <numerusform>%n form of %1</numerusform>
            <numerusform>%n forms of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open forms of other officials, hidden until they sign in again (lock with Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of other officials are still open, kept until they sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting now loses what they typed and did not save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::LoginDialog</name>
    <message>
        <source>Homeward — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n second(s), or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n second, or ask a supervisor to reset the password.</numerusform>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n seconds, or ask a supervisor to reset the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::LoginFlow</name>
    <message>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::LookAlikeBar</name>
    <message>
        <source>Replace the look-alike letters with the letters of the name&apos;s own alphabet. Ctrl+Z in the field takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably typed in the wrong keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::MainWindow</name>
    <message>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new agreed exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handover to the selected exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the selected batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s details (Enter or double-click in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person off the batch&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Homeward %1&lt;/h3&gt;&lt;p&gt;Lists of prisoners of war and detained civilians for exchanges: batches, persons, checks and summary sheets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change, disable and enable accounts; reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. No good backup of this database was found; choose one to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. Restore from the newest good backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time, automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected exchange&apos;s batches, progress and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which detail each column of the list holds, or leave the column out. The guesses come from the column names: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person of a batch needs a category. A list without a category column may give one for all its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the list gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category for &amp;rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail column %1 holds, or Leave out to not import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::MatchAllDialog</name>
    <message>
        <source>Match all with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only persons that need a look (not a clear match, or listed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The riskiest first: ambiguous, probable, no candidate, then matches; within each, the closest call first. Double-click a person to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the batch with the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) matched against %L1 registry records: </source>
        <translation>
            <numerusform>%n person matched against %L1 registry records: </numerusform>
            <numerusform>%n persons matched against %L1 registry records: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ambiguous, %2 probable, %3 without a candidate, %4 matched; %5 listed elsewhere too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the rest of the batch was not matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is empty: import it first (Registry → Import registry from a list…). Only other listings of the same persons are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::MatchCommand</name>
    <message>
        <source>the file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches every person of a list against the registry and writes one row per person to OUT:
  list_record_id,registry_record_id,score,verdict,discrepancies
verdict is match, probable, ambiguous or none; registry_record_id is the best candidate (empty for none); score is 0 to 1.

Either two interchange CSV files (no database needed):
  homeward match --registry REGISTRY.csv --list LIST.csv --out OUT.csv
or a batch of a database against the registry stored in it:
  homeward match --database PATH --batch ID --out OUT.csv

Invalid input stops the command before anything is written; every problem is printed as FILE:LINE:COLUMN: reason. OUT appears only when it is complete. A summary goes to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry, an interchange CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to match, an interchange CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holding the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch whose list is matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result file (CSV) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --registry and --list, or --database and --batch, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs --registry and --list, or --database and --batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs both --registry and --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs both --database and --batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch needs the number of a batch, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs --out and the path of the result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was matched; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry in %1 is empty; import it first (homeward import --registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching stopped before the end; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: list %1, registry %2: %3 match, %4 probable, %5 ambiguous, %6 none (index %7 ms, matching %8 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::MatchResultsModel</name>
    <message>
        <source>%1 · %2 — score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best registry candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Matcher</name>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in the list (registry: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in the registry (list: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Migrations</name>
    <message>
        <source>This database was written by a newer version of Homeward (schema %1; this program knows schema %2). It was not opened or changed. Use a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Homeward can set up a PostgreSQL database only up to schema %1, and it needs schema %2. The database was not changed (it is at schema %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::NavigatorModel</name>
    <message>
        <source>The exchanges could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches of “%1” could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts of batch %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts of a batch could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2 · %3 · %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: %1 of %2 (men %3, women %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians: %1 of %2 (men %3, women %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: %1 servicemen, %2 civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges and batches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::NavigatorWidget</name>
    <message>
        <source>Exchanges and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read again and may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::OfficialTableModel</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) in a row</source>
        <translation>
            <numerusform>%n failed login attempt in a row</numerusform>
            <numerusform>%n failed login attempts in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::OpenCheck</name>
    <message>
        <source>%1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the links between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record %1 in table %2 refers to a missing record in table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more records refer to missing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the database file is whole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the links between records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the seals of confirmed batches…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::OpenCheckFlow</name>
    <message>
        <source>The database %1 did not pass its checks: it may have been tampered with, or damaged. It opens read-only: nothing can be changed until it is restored from a good backup. Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward: the database did not pass its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward: opening %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PasswordHasher</name>
    <message>
        <source>The password could not be protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for “%1” (%2). Tell it to them in person; it also lifts a lock-out after failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Permissions</name>
    <message>
        <source>manage exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter and edit persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit batches for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark batches verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen confirmed batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record completed handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PersonDialog</name>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · exchange “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>%n problem to correct before saving.</numerusform>
            <numerusform>%n problems to correct before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling: — (correct the letters of the name first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling by the Ukrainian passport system (Cabinet of Ministers resolution No. 55 of 2010), as printed on the summary sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was saved, but not linked to the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored person could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PersonForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the identity document. Letters of one alphabet only: a Latin letter among Cyrillic ones is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the person has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement, district, region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: passport, military ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series and number exactly as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s identifier in an interchange list, if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serviceman or civilian: a serviceman needs a rank or a service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serviceman needs a rank or a service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal number as in the military ID. A serviceman needs a rank or a service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture and detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wounds, illnesses, needs on handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative or other person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the officials should know. Enter starts a new line; Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person and start an empty form for the next one (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PersonRepository</name>
    <message>
        <source>The person was not saved; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not removed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer listed in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not listed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already listed in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists; they may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already withdrawn from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already on the batch&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s batches could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PersonTableModel</name>
    <message>
        <source>The persons of the batch could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth known only to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth known only to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More persons of the batch could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PersonValidator</name>
    <message>
        <source>Record identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of the person to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surname is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name is in %1 letters but the surname is in %2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the surname is in %2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the given name is in %2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is required (the year alone is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of capture %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of capture %1 is before the date of birth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of capture %1 may be before the date of birth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the date of capture the person would be %1 years old; the age must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today the person would be %1 years old; the age must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serviceman needs a rank or a service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character “%2” at position %3 is not allowed (only letters, digits, space, “-”, “/” and “№”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record identifier cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record identifier is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PresenceModel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PresenceRepository</name>
    <message>
        <source>Nobody is signed in: the batch cannot be marked as open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be marked as open at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk could not tell the others it is still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be marked as closed at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on the batches could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PresenceTracker</name>
    <message>
        <source>Other desks are not told which batch is open here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::PrintActions</name>
    <message>
        <source>Print batch &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batch summary to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print batch &amp;checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batch checklist to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;exchange summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export exchange summary to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s summary sheet: counts, the numbered list, the seal and the signatures (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every listed person&apos;s verification checklist, one person per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch of the exchange and the totals against the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1-checklist.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange-%1-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Written to %1 (%n page)</numerusform>
            <numerusform>Written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ProgressDelegate</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: nothing is written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this step is taken, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Reconciler</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing on their list (ours: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing on our list (theirs: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category differs: the person is counted under another category of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same number written differently (spaces, dashes or letter case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same words in another alphabet or spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen, men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen, women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen, sex not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians, men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians, women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians, sex not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationActions</name>
    <message>
        <source>&amp;Reconcile with the other side&apos;s list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list the other side sent for the selected batch and compare it with ours: differences riskiest first, persons on one list only, the counts (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database failed its checks when it was opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationCountsModel</name>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationDifferencesModel</name>
    <message>
        <source>No. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every compared detail agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationOnlyModel</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationPrinter</name>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (our list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot;: reconciliation with the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, %2, %3: reconciliation with the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list: %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (high risk, open: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO NOT AGREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so a person shown on one list only may be on the other with typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All details agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences in the matched pairs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person of their list was paired with ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person of their list is on ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person of our list is on theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: the printer or file did not accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationReport</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every compared detail agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their list only: none of our persons matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On our list only: missing from their list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the reconciliation report failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the report in place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationWindow</name>
    <message>
        <source>&amp;Load their list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the other side&apos;s list of this batch (CSV or Excel workbook) and compare it with ours. Every row is checked first; nothing is stored when any row has a problem. The list is kept as it was received, beside ours; earlier lists stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding. Detect reads it from the file; choose one when the names come out garbled. Not used for Excel workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What separates the fields of the CSV file. Detect reads it from the file. Not used for Excel workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every item of the reconciliation to a CSV file (one line per difference, person on one list only, and count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A print preview of the reconciliation report, every page marked as containing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reconciliation report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every detail in which a person of their list differs from the same person on ours, the riskiest first: red, a difference that may hand over the wrong person; amber, the same detail written another way; green, resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons on their list whom none of ours matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons on our list whom their list does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by category and sex on each list, against the batch&apos;s plan; a line in red does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of batch %1 with the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot; (%3, %4): reconciliation with the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their list: %1, %n row(s), loaded by %2 on %3; SHA-256 %4.</source>
        <translation>
            <numerusform>Their list: %1, %n row, loaded by %2 on %3; SHA-256 %4.</numerusform>
            <numerusform>Their list: %1, %n rows, loaded by %2 on %3; SHA-256 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so a person shown on one list only may be on the other with typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of the other side has been loaded for this batch yet. Load the list they sent to compare it with ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences in matched pairs: %1 open of %2 (%3 pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list: %1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list: %1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned (some do not agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is %2: its reconciliation can be read, exported and printed, but no list can be loaded and nothing resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in: the reconciliation can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles allow reading the reconciliation only: loading their list needs the operator role, marking items resolved the operator or verifier role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may mark items resolved; loading their list needs the operator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a difference or a person on one list only first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already resolved: reopen it first to change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this item is in order, with a note saying why (double-click a row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the resolution back: the item counts as open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the other side&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their list %1 loaded for batch %2 (%3): %n row(s)</source>
        <translation>
            <numerusform>Their list %1 loaded for batch %2 (%3): %n row</numerusform>
            <numerusform>Their list %1 loaded for batch %2 (%3): %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (our No. %2): %3 is &quot;%4&quot; on our list and &quot;%5&quot; on theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution was stored, but the list could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: the item counts as open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1-reconciliation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation written to %1: %n line(s)</source>
        <translation>
            <numerusform>Reconciliation written to %1: %n line</numerusform>
            <numerusform>Reconciliation written to %1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the reconciliation to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1-reconciliation.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Written to %1 (%n page)</numerusform>
            <numerusform>Written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (required, kept with your name in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is in order, e.g. &quot;same person: their list writes the name in Russian&quot; or &quot;agreed by phone with the other side on …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you checked and with whom. The note holds only for the values shown: when either list changes them, the difference shows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was reopened, but the list could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored resolutions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer in the reconciliation: their list or ours changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already marked resolved by %1 with the same note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your note over theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it resolved with your note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store my note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was not stored: the resolution by %1 was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was not stored: the item stays open, as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen it (the item counts as open again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reopened: the resolution by %1 was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RecordActions</name>
    <message>
        <source>Exchange “%1” created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete exchange “%1”? It has no batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete exchange “%1” with its %n batch(es)?</source>
        <translation>
            <numerusform>Delete exchange “%1” with its %n batch?</numerusform>
            <numerusform>Delete exchange “%1” with its %n batches?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) listed in its batches will be taken off the lists; person records entered only for this exchange will be deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>%n person listed in its batches will be taken off the lists; person records entered only for this exchange will be deleted too. This cannot be undone.</numerusform>
            <numerusform>%n persons listed in its batches will be taken off the lists; person records entered only for this exchange will be deleted too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch %1? Its list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete batch %1 with its list of %n person(s)?</source>
        <translation>
            <numerusform>Delete batch %1 with its list of %n person?</numerusform>
            <numerusform>Delete batch %1 with its list of %n persons?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person record(s) entered only for this batch will be deleted too.</source>
        <translation>
            <numerusform>%n person record entered only for this batch will be deleted too.</numerusform>
            <numerusform>%n person records entered only for this batch will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (No. %2) from batch %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from batch %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryActions</name>
    <message>
        <source>&amp;Match all with the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match every person of the batch with the registry and list the riskiest cases first (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match with the registry — batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryCandidatesWidget</name>
    <message>
        <source>&lt;b&gt;Registry&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between this person and the registry record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a surname and a given name to see the registry&apos;s candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is confirmed: the person&apos;s registry link cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is empty: import it (Registry menu) to see candidates here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate in the registry (%L1 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt; · best score %2 · %n candidate(s)</source>
        <translation>
            <numerusform>Verdict: &lt;b&gt;%1&lt;/b&gt; · best score %2 · %n candidate</numerusform>
            <numerusform>Verdict: &lt;b&gt;%1&lt;/b&gt; · best score %2 · %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Other listings could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 — score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is linked to this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this person is registry record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more candidate(s) not shown.</source>
        <translation>
            <numerusform>%n more candidate not shown.</numerusform>
            <numerusform>%n more candidates not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be linked to registry record %1 when the person is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a registry record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry link could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to registry record %1 by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this person registry record %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered: %1
Registry: %2
Verdict: %3, score %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to registry record %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry record %1, linked by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is now linked to registry record %1, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry record %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1 instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to %1 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryLinks</name>
    <message>
        <source>The person&apos;s registry link could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of a registry link must lie between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer in the database; nothing was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record “%1” in the registry; nothing was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is already linked to the registry record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be linked to the registry record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not linked to a registry record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s registry link could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryListImport</name>
    <message>
        <source>The file %1 changed while it was being imported; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryMatcher</name>
    <message>
        <source>listed twice: also No. %1 of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already No. %1 in batch %2 of exchange “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists of the batches could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryQueries</name>
    <message>
        <source>The registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryRepository</name>
    <message>
        <source>The file %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the registry was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RegistryWriter</name>
    <message>
        <source>record_id: “%1” is already in the registry (import with replace to overwrite the stored record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry import could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be written to the registry; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry import was not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry import was refused; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 to %2 could not be written to the registry; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry import could not be written; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ReportCommand</name>
    <message>
        <source>Writes a printed sheet as a PDF file, without a window:
  homeward report --database PATH --batch ID [--kind summary|checklist] [--person ID] --pdf OUT.pdf
  homeward report --database PATH --exchange ID --pdf OUT.pdf

summary (the default): the batch summary sheet with its counts, the numbered list of persons, the seal and the signature block. checklist: the verification checklist of every listed person, one person per page (only the person given with --person). --exchange: the summary of the exchange, every batch and the totals against the agreement.

The sheet is in the interface language (--language before the command). The database is only read. OUT.pdf is replaced only when the whole document has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary (default) or checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kind checklist: only this person (their id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --database and the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs either --batch or --exchange (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (a whole number above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind belongs with --batch; the exchange has one summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use summary or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person belongs with --kind checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf and the path of the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; --pdf needs the path of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf names the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and this program reads schema %3; open it once in this version of Homeward (which upgrades it) or use the version that wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n page(s) in %2 s
</source>
        <translation>
            <numerusform>Report written to %1: %n page in %2 s
</numerusform>
            <numerusform>Report written to %1: %n pages in %2 s
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ReportQueries</name>
    <message>
        <source>The history of the batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of the batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Restore</name>
    <message>
        <source>The database %1 is open in Homeward or another program; close it there and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be prepared for the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::RollingBackups</name>
    <message>
        <source>Cannot create the backups folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::SealCheck</name>
    <message>
        <source>seal broken for %1 (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seals could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch is confirmed but carries no seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seals could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content no longer matches its seal: the batch, a person&apos;s details or a checklist was changed after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored seal differs from the one recorded at confirmation (audit row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal&apos;s head hash is not the audit trail&apos;s head at confirmation (audit row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its confirmation is not in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ServerConnection</name>
    <message>
        <source>The database server still does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ServerNotifications</name>
    <message>
        <source>Changes made at other desks will not appear until the database is opened again: the server did not accept the request to be told of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input the desk locks: the data is hidden and the password asked again. 0 = never lock (not advised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While changes come in, a backup is written this many minutes after the first change not yet in a backup, into the “backups” folder beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic backups are kept; older ones are removed, but never the newest one that verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backup every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are kept for this computer&apos;s user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be stored (%1). They apply until Homeward closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, the messages and the printed sheets. &quot;Follow the system&quot; uses Ukrainian unless the system speaks English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used when Homeward is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::SharedDatabaseActions</name>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a database that several desks share, on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database on this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the shared database and work on this computer&apos;s own database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the shared database and open this computer&apos;s own database file? Homeward will ask you to sign in again. The shared database is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be stored in this computer&apos;s settings: the shared database opens again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::SheetPrinter</name>
    <message>
        <source>Batch %1 of &quot;%2&quot;: %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed %1, content %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SEALED (%1): a working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISCREPANCY (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen: total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians: men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians: women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians: total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual at completion</source>
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
        <source>Batch %1 of &quot;%2&quot;: summary sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot;: verification checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch summary sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) withdrawn from the list are neither counted nor listed.</source>
        <translation>
            <numerusform>%n person withdrawn from the list is neither counted nor listed.</numerusform>
            <numerusform>%n persons withdrawn from the list are neither counted nor listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>List of persons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname, given name, patronymic / Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person is listed in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1. Confirmed and sealed by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail hash at confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds both hashes: compare them with the batch in Homeward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1. NOT CONFIRMED: this sheet is a working copy and not the final list; the list may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servicemen, %2 civilians, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: servicemen / civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered: servicemen / civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: servicemen / civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals against the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in open batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and handed over count the completed batches (actual counts as recorded at the handover); cancelled batches are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn: the printer or file did not accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceman</source>
        <comment>short form for the narrow category column of the printed list of persons, at most 13 letters a word, e.g. військовий</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::StaleEdit</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist item was removed since you opened the checklist (its person or its free item was deleted). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist item was changed by %1 at %2 since you opened the checklist. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution was withdrawn by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry link was removed by %1 since you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry link was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::StaleEditBar</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the stored record: fields you did not change take its values, yours stay where you changed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded. The other change touched none of the fields you changed: the form now shows it together with yours. Save to store yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded. These fields were changed both by you and by the other official; the form keeps yours (the stored value is also in each field&apos;s tool tip). Save to store yours over the stored ones, or correct them first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yours %2 → stored %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Startup</name>
    <message>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database on this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward: shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the database role %1 on %2 (not your Homeward password):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::ValidationPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is read as it will be imported. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, for instance after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the problems of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that repeat a person: skip the row, or keep both as two persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import none of these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every one of these rows as a person of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1: %L2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: the row is not imported. Keep both: the row becomes a person of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows that repeat a person (%n): decide each one</source>
        <translation>
            <numerusform>Rows that repeat a person (%n): decide each one</numerusform>
            <numerusform>Rows that repeat a person (%n): decide each one</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (the first %L1 of %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Check again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Nothing can be imported until they are solved: correct the file (then Check again), or go Back to change the columns.</source>
        <translation>
            <numerusform>%1 has %n problem. Nothing can be imported until it is solved: correct the file (then Check again), or go Back to change the columns.</numerusform>
            <numerusform>%1 has %n problems. Nothing can be imported until they are solved: correct the file (then Check again), or go Back to change the columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide for each row below whether to skip it or keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %L1 rows are correct: %n person(s) will be added to %2, %L3 row(s) skipped.</source>
        <translation>
            <numerusform>All %L1 rows are correct: %n person will be added to %2, %L3 row(s) skipped.</numerusform>
            <numerusform>All %L1 rows are correct: %n persons will be added to %2, %L3 row(s) skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) are correct and can be imported into the registry.</source>
        <translation>
            <numerusform>The %n record is correct and can be imported into the registry.</numerusform>
            <numerusform>All %n records are correct and can be imported into the registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::Verification</name>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number or identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed again without seeing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category and rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service number or identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The verification of %1 was reset; another official must verify it again.</source>
        <translation>
            <numerusform>The verification of %1 was reset; another official must verify it again.</numerusform>
            <numerusform>The verification of %1 was reset; another official must verify them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::VerificationActions</name>
    <message>
        <source>&amp;Verify details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every detail of every person of the batch, as the second official (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed and verified the selected person&apos;s details, when, and what they were before (the batch&apos;s history when no person is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the batch, when, and what it was before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify details — batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::VerificationRepository</name>
    <message>
        <source>The verification checklist could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist item no longer exists; the person may have been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You last changed this person&apos;s details yourself; another official must verify “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this person yourself; another official must confirm their identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed %1 of this person yourself; another official must verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail was not confirmed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind re-entry is recorded only when the typed value matches; type the value again to confirm it that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is confirmed in person, from a photo or from documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already confirmed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discrepancy was not recorded; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the discrepancy: what differs, and from which record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value to compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified by comparing, not by typing it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for %1; verify it by comparing with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what is to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item was not added; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification progress could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::WriteTransaction</name>
    <message>
        <source>The database is busy or cannot start a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved and was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read (input/output error); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved and was undone. Free some space on the disk, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written (input/output error): the change could not be saved and was undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::XlsxReader</name>
    <message>
        <source>the file is damaged or cut short (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (a checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet unpacks to more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a workbook: %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s first worksheet is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip file, or it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row number %1 after row %2: the rows are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference %1 does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell %1 comes twice or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell names shared string %1, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::XlsxWriter</name>
    <message>
        <source>cannot create the spreadsheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a worksheet in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worksheet holds at most %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the spreadsheet failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::names</name>
    <message>
        <source>The transliteration rules cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transliteration rules are invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::names::FieldComparison</name>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 letters %3 in a %4 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; with the look-alike letters replaced, %2 and %3 agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters swapped: %1, letters %2 and %3 %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 is only in the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 is only in the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side has a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are one name in another alphabet or spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are formed from one given name (%3), but one is a man&apos;s patronymic and the other a woman&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are Ukrainian and Russian forms of one patronymic (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are Ukrainian and Russian forms of one given name (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are patronymics from different given names (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are different given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter differs once both are written in Latin letters: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are similar (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One digit of the year differs: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One digit of the month differs: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One digit of the day differs: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both dates are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side has a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and month swapped: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates agree as far as both are known: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the years agree: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates differ: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same once look-alike letters are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, other alphabet or spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, Ukrainian or Russian form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one letter differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one digit differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::names::GivenNames</name>
    <message>
        <source>The table of given names cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::names::PassportTransliterator</name>
    <message>
        <source>The name has a letter the transliteration system does not cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::report::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::report::SheetBuilder</name>
    <message>
        <source>The checklist of %1 %2 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of the batch changed while it was read; print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not on the list of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::sql</name>
    <message>
        <source>The database could not prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not read a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no id for a new row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homeward::text</name>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining mark “%1” at position %2 does not follow a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter “%1” at position %2 is neither Cyrillic nor Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character “%1” at position %2 is not allowed in a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra space at position %1 in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at position %2 must stand between two letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name mixes Cyrillic and Latin letters: %1 “%2” at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name mixes Cyrillic and Latin words: %1 word “%2” at position %3; use one script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
