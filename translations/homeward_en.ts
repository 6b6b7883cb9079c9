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
        <source>The account was changed by someone else meanwhile; open it again</source>
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
        <source>Stat&amp;us:</source>
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
    <name>homeward::CommandLine</name>
    <message>
        <source>The database file to open. A file that does not exist is created empty (no demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: uk (default) or en.</source>
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
        <source>the &apos;%1&apos; command is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a demo database to a new file: one exchange &quot;1,000 for 1,000&quot; in two batches with %1 persons. Every person in it is invented; a demo database is for trying the program out only. An existing file is never changed.</source>
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
    <message numerus="yes">
        <source>Demo database written to %1: %n person(s) in two batches. The persons are fictional; use this database for trying the program out only.
</source>
        <translation>
            <numerusform>Demo database written to %1: %n person in two batches. The persons are fictional; use this database for trying the program out only.
</numerusform>
            <numerusform>Demo database written to %1: %n persons in two batches. The persons are fictional; use this database for trying the program out only.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Homeward: coordinating exchanges of prisoners of war and detained civilians.

Without a command, opens the window on the database: the one given with --database, else the default database (created with fictional demo data on the first start).

Commands:
  demo PATH    write a demo database with fictional persons to a new file
  verify-audit --database PATH
               check that the database&apos;s audit trail is intact
  import, export, match, report, backup
               not available in this version yet

&quot;homeward demo --help&quot; describes a command.</source>
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
        <source>there is no database file at %1</source>
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
        <source>This person was changed or deleted elsewhere since you opened the form. Nothing was saved: reload the person and make your change again.</source>
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
        <source>The audit trail of the database %1 does not verify. The database may have been tampered with. Tell your supervisor before you go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeward: the audit trail is broken</source>
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
        <source>Log in as a verifier to verify details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot verify details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an official with the verifier role can verify details</source>
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
        <source>Log in as a supervisor to add checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot add checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can add checklist items</source>
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
    <name>homeward::names::PassportTransliterator</name>
    <message>
        <source>The name has a letter the transliteration system does not cover</source>
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
