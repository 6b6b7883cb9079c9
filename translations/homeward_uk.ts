<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>homeward::AccountEditDialog</name>
    <message>
        <source>New account</source>
        <translation>Новий обліковий запис</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>Обліковий запис «%1»</translation>
    </message>
    <message>
        <source>A user name cannot be changed</source>
        <translation>Імʼя користувача змінити неможливо</translation>
    </message>
    <message>
        <source>&amp;Operator: enters and edits persons</source>
        <translation>&amp;Оператор: вносить і редагує дані осіб</translation>
    </message>
    <message>
        <source>&amp;Verifier: checks the details entered by others</source>
        <translation>&amp;Верифікатор: перевіряє дані, внесені іншими</translation>
    </message>
    <message>
        <source>&amp;Supervisor: confirms batches and manages accounts</source>
        <translation>&amp;Керівник: підтверджує етапи й керує обліковими записами</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Імʼя користувача:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ПІБ:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Ролі:</translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation>Обліковий запис не збережено</translation>
    </message>
</context>
<context>
    <name>homeward::Accounts</name>
    <message>
        <source>Enter a user name</source>
        <translation>Введіть імʼя користувача</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters</source>
        <translation>Імʼя користувача довше за допустимі %1 символів</translation>
    </message>
    <message>
        <source>A user name may hold letters, digits, “.”, “_” and “-” only (no spaces)</source>
        <translation>Імʼя користувача може містити лише літери, цифри, «.», «_» і «-» (без пробілів)</translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name</source>
        <translation>Введіть прізвище, імʼя та по батькові посадової особи</translation>
    </message>
    <message>
        <source>The full name is longer than %1 characters</source>
        <translation>ПІБ довше за допустимі %1 символів</translation>
    </message>
    <message>
        <source>Give the account at least one role</source>
        <translation>Надайте обліковому запису щонайменше одну роль</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters</source>
        <translation>Пароль має містити щонайменше %1 символів</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters</source>
        <translation>Пароль має містити не більше ніж %1 символів</translation>
    </message>
    <message>
        <source>The password must not be the user name</source>
        <translation>Пароль не повинен збігатися з імʼям користувача</translation>
    </message>
    <message>
        <source>At least %1 characters, not the user name. A phrase of several words is easy to remember and hard to guess.</source>
        <translation>Щонайменше %1 символів, не імʼя користувача. Фразу з кількох слів легко запамʼятати й важко вгадати.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>verifier</source>
        <translation>верифікатор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>Не вдалося прочитати облікові записи</translation>
    </message>
    <message>
        <source>The account could not be read</source>
        <translation>Не вдалося прочитати обліковий запис</translation>
    </message>
    <message>
        <source>No account with number %1</source>
        <translation>Немає облікового запису з номером %1</translation>
    </message>
    <message>
        <source>Log in as a supervisor to manage accounts</source>
        <translation>Щоб керувати обліковими записами, увійдіть як керівник</translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot manage accounts</source>
        <translation>Ваш обліковий запис вимкнено; з нього не можна керувати обліковими записами</translation>
    </message>
    <message>
        <source>Only a supervisor can create, change, disable or reset accounts</source>
        <translation>Лише керівник може створювати, змінювати й вимикати облікові записи та скидати їхні паролі</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Обліковий запис не створено</translation>
    </message>
    <message>
        <source>The password is empty</source>
        <translation>Пароль порожній</translation>
    </message>
    <message>
        <source>The first supervisor has already been created; log in instead</source>
        <translation>Першого керівника вже створено; просто увійдіть</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken; choose another</source>
        <translation>Імʼя користувача «%1» уже зайняте; виберіть інше</translation>
    </message>
    <message>
        <source>The account was not saved</source>
        <translation>Обліковий запис не збережено</translation>
    </message>
    <message>
        <source>A user name cannot be changed; create a new account instead</source>
        <translation>Імʼя користувача змінити неможливо; натомість створіть новий обліковий запис</translation>
    </message>
    <message>
        <source>%1 is the last active supervisor; give another account the supervisor role first</source>
        <translation>%1 — останній активний керівник; спочатку надайте роль керівника іншому обліковому запису</translation>
    </message>
    <message>
        <source>The account was not enabled</source>
        <translation>Обліковий запис не увімкнено</translation>
    </message>
    <message>
        <source>The account was not disabled</source>
        <translation>Обліковий запис не вимкнено</translation>
    </message>
    <message>
        <source>You cannot enable your own account</source>
        <translation>Ви не можете увімкнути власний обліковий запис</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another supervisor</source>
        <translation>Ви не можете вимкнути власний обліковий запис; зверніться до іншого керівника</translation>
    </message>
    <message>
        <source>%1 is the last active supervisor</source>
        <translation>%1 — останній активний керівник</translation>
    </message>
    <message>
        <source>The password was not reset</source>
        <translation>Пароль не скинуто</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>Пароль не змінено</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>The new password is the same as the current one</source>
        <translation>Новий пароль збігається з поточним</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>Поточний пароль неправильний</translation>
    </message>
    <message>
        <source>The password was changed meanwhile; try again</source>
        <translation>Тим часом пароль було змінено; спробуйте ще раз</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Неправильне імʼя користувача або пароль</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked until %1 (%n second(s) from now). Try again then, or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано до %1 (через %n секунду). Тоді спробуйте ще раз або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано до %1 (через %n секунди). Тоді спробуйте ще раз або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано до %1 (через %n секунд). Тоді спробуйте ще раз або попросіть керівника скинути пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login could not be checked</source>
        <translation>Не вдалося перевірити дані для входу</translation>
    </message>
    <message>
        <source>This account is disabled; ask a supervisor</source>
        <translation>Цей обліковий запис вимкнено; зверніться до керівника</translation>
    </message>
</context>
<context>
    <name>homeward::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Скинути пароль…</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the record of who did what keeps their names. Disable an account that is no longer needed.</source>
        <translation>Облікові записи ніколи не видаляються: в історії дій зберігаються імена посадових осіб. Обліковий запис, який більше не потрібен, вимкніть.</translation>
    </message>
    <message>
        <source>Accounts not read</source>
        <translation>Облікові записи не прочитано</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <source>Your own account cannot be disabled by you</source>
        <translation>Ви не можете вимкнути власний обліковий запис</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Вимкнути обліковий запис</translation>
    </message>
    <message>
        <source>Disable the account “%1” (%2)? They will not be able to log in until a supervisor enables it again. Their name stays in the records.</source>
        <translation>Вимкнути обліковий запис «%1» (%2)? Посадова особа не зможе увійти, доки керівник знову не увімкне цей обліковий запис. Її імʼя залишиться в записах.</translation>
    </message>
    <message>
        <source>Account not disabled</source>
        <translation>Обліковий запис не вимкнено</translation>
    </message>
    <message>
        <source>Account not enabled</source>
        <translation>Обліковий запис не увімкнено</translation>
    </message>
</context>
<context>
    <name>homeward::AuditJson</name>
    <message>
        <source>The stored record could not be read</source>
        <translation>Не вдалося прочитати збережений запис</translation>
    </message>
</context>
<context>
    <name>homeward::AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit trail, so it was not made</source>
        <translation>Зміну не вдалося записати в журнал аудиту, тому її не внесено</translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation>Не вдалося прочитати журнал аудиту</translation>
    </message>
    <message>
        <source>the row does not follow the row before it: a row before it was deleted, or rows were reordered or replaced</source>
        <translation>запис не повʼязаний із попереднім: один із попередніх записів видалено або записи переставлено чи замінено</translation>
    </message>
    <message>
        <source>the row&apos;s content does not match its hash: it was changed after it was written</source>
        <translation>вміст запису не відповідає його гешу: запис змінено після того, як його було внесено</translation>
    </message>
    <message>
        <source>The audit trail could not be locked for writing</source>
        <translation>Не вдалося заблокувати журнал аудиту для запису</translation>
    </message>
</context>
<context>
    <name>homeward::Authorisation</name>
    <message>
        <source>Log in to %1</source>
        <translation>Увійдіть, щоб %1</translation>
    </message>
    <message>
        <source>The account could not be read</source>
        <translation>Не вдалося прочитати обліковий запис</translation>
    </message>
    <message>
        <source>The account of %1 does not exist in this database</source>
        <translation>Облікового запису %1 немає в цій базі даних</translation>
    </message>
    <message>
        <source>The account of %1 is disabled</source>
        <translation>Обліковий запис %1 вимкнено</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: ask an official with that role</source>
        <translation>%1 (%2) не може %3: зверніться до посадової особи з такою роллю</translation>
    </message>
</context>
<context>
    <name>homeward::Backup</name>
    <message>
        <source>Cannot read %1</source>
        <translation>Не вдалося прочитати %1</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 уже існує; резервна копія ніколи не перезаписує наявний файл</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не вдалося створити теку %1</translation>
    </message>
    <message>
        <source>The backup copy could not be written</source>
        <translation>Не вдалося записати резервну копію</translation>
    </message>
    <message>
        <source>The backup copy does not check out</source>
        <translation>Резервна копія не пройшла перевірки</translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1</source>
        <translation>Не вдалося надати резервній копії назву %1</translation>
    </message>
    <message>
        <source>Cannot give the manifest its name %1</source>
        <translation>Не вдалося надати маніфесту назву %1</translation>
    </message>
    <message>
        <source>There is no backup file %1</source>
        <translation>Файлу резервної копії %1 не існує</translation>
    </message>
    <message>
        <source>The backup %1 has no manifest (%2 is missing)</source>
        <translation>Резервна копія %1 не має маніфесту (бракує %2)</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read</source>
        <translation>Не вдалося прочитати маніфест резервної копії %1</translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON</source>
        <translation>Маніфест резервної копії %1 не є правильним JSON</translation>
    </message>
    <message>
        <source>The manifest of %1 is not usable</source>
        <translation>Маніфест резервної копії %1 непридатний для використання</translation>
    </message>
    <message>
        <source>The backup %1 has been changed since it was taken: its SHA-256 does not match the manifest</source>
        <translation>Резервну копію %1 змінено після створення: її SHA-256 не відповідає маніфесту</translation>
    </message>
    <message>
        <source>file %1, manifest %2</source>
        <translation>файл: %1, маніфест: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not hold what its manifest says</source>
        <translation>Вміст резервної копії %1 не відповідає її маніфесту</translation>
    </message>
    <message>
        <source>Cannot open %1 to write it to disk</source>
        <translation>Не вдалося відкрити %1 для запису на диск</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation>Не вдалося записати %1 на диск</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не вдалося створити %1</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner</source>
        <translation>Не вдалося зробити %1 доступним лише власникові</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не вдалося записати %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>Файлу %1 немає</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не вдалося відкрити %1</translation>
    </message>
    <message>
        <source>The manifest lacks &quot;%1&quot; or it is malformed</source>
        <translation>У маніфесті немає «%1» або він пошкоджений</translation>
    </message>
    <message>
        <source>Taken: %1 UTC from %2 (Homeward %3)</source>
        <translation>Створено: %1 UTC з %2 (Homeward %3)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версія схеми: %1</translation>
    </message>
    <message>
        <source>Persons: %1, batches: %2, exchanges: %3, rows in all: %4</source>
        <translation>Осіб: %1, етапів: %2, обмінів: %3, усього рядків: %4</translation>
    </message>
    <message>
        <source>Audit trail: %1 row(s), head %2</source>
        <translation>Журнал аудиту: рядків — %1, останній хеш %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>The integrity check of %1 could not run</source>
        <translation>Не вдалося виконати перевірку цілісності %1</translation>
    </message>
    <message>
        <source>The integrity check of %1 failed</source>
        <translation>Перевірка цілісності %1 не пройдена</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homeward (schema %2; this program knows schema %3)</source>
        <translation>%1 записано новішою версією Homeward (схема %2; ця програма знає схему %3)</translation>
    </message>
    <message>
        <source>The audit trail in %1 is broken at row %2</source>
        <translation>Журнал аудиту в %1 порушено в рядку %2</translation>
    </message>
    <message>
        <source>A seal in %1 does not hold</source>
        <translation>Печатка в %1 не збігається</translation>
    </message>
</context>
<context>
    <name>homeward::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Створити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database and its manifest</source>
        <translation>Записати перевірену копію бази даних разом із маніфестом</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Відновити з резервної &amp;копії…</translation>
    </message>
    <message>
        <source>Put a verified backup in place of this database; the current file is kept</source>
        <translation>Замінити цю базу даних перевіреною резервною копією; поточний файл буде збережено</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Не вдалося створити автоматичну резервну копію: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію створено: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервна копія бази даних</translation>
    </message>
    <message>
        <source>Homeward backups (*.sqlite);;All files (*)</source>
        <translation>Резервні копії Homeward (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Створити резервну копію</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Резервну копію не створено.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервну копію записано до %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Only a supervisor may restore a backup. Ask your supervisor.</source>
        <translation>Відновити резервну копію може лише керівник. Зверніться до свого керівника.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: it does not verify. Nothing was changed.</source>
        <translation>Цю резервну копію неможливо відновити: вона не пройшла перевірки. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup %1 verifies. Restore it in place of %2?</source>
        <translation>Резервна копія %1 пройшла перевірку. Відновити її замість %2?</translation>
    </message>
    <message>
        <source>The current database file is kept beside it as %1 (the time in the name is the time of the restore). Homeward closes, restores the backup, and must then be started again.</source>
        <translation>Поточний файл бази даних буде збережено поруч під назвою %1 (час у назві — час відновлення). Homeward закриється, відновить резервну копію, після чого програму потрібно буде запустити знову.</translation>
    </message>
    <message>
        <source>Close and restore</source>
        <translation>Закрити й відновити</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Резервну копію не відновлено.</translation>
    </message>
    <message>
        <source>The backup %1 was restored in place of %2.</source>
        <translation>Резервну копію %1 відновлено замість %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Замінену базу даних збережено як %1.</translation>
    </message>
    <message>
        <source>Start Homeward again to go on working.</source>
        <translation>Щоб продовжити роботу, запустіть Homeward знову.</translation>
    </message>
    <message>
        <source>A shared database is backed up and restored by its server&apos;s administrator, not from this desk</source>
        <translation>Резервні копії спільної бази даних створює й відновлює адміністратор її сервера, а не це робоче місце</translation>
    </message>
</context>
<context>
    <name>homeward::BackupCommand</name>
    <message>
        <source>Writes a consistent copy of the database to FILE (taken while others may be working), checks the copy (integrity check) and writes FILE.manifest.json beside it: when it was taken, the schema version, the row counts, the audit trail&apos;s newest hash and the SHA-256 of FILE. Both files are readable by their owner only. An existing FILE is never overwritten.
  homeward backup --database PATH --to FILE</source>
        <translation>Записує узгоджену копію бази даних до ФАЙЛУ (її можна створювати, поки інші працюють), перевіряє копію (перевірка цілісності) і записує поруч ФАЙЛ.manifest.json: час створення, версію схеми, кількість рядків, найновіший геш журналу аудиту та SHA-256 ФАЙЛУ. Обидва файли доступні для читання лише їхньому власникові. Наявний ФАЙЛ ніколи не перезаписується.
  homeward backup --database ШЛЯХ --to ФАЙЛ</translation>
    </message>
    <message>
        <source>The database to back up.</source>
        <translation>База даних, резервну копію якої слід створити.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Новий файл резервної копії.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>backup takes no arguments besides --database and --to</source>
        <translation>для backup не потрібні інші аргументи, крім --database і --to</translation>
    </message>
    <message>
        <source>backup needs --database and the path of a database file</source>
        <translation>для backup потрібно зазначити --database і шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>backup needs --to and the path of the new backup file</source>
        <translation>для backup потрібно зазначити --to і шлях до нового файлу резервної копії</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 уже існує; резервна копія ніколи не перезаписує наявний файл</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>no backup was written: %1</source>
        <translation>резервну копію не записано: %1</translation>
    </message>
    <message>
        <source>Backup written to %1 in %2 s (manifest %3)
</source>
        <translation>Резервну копію записано до %1 за %2 с (маніфест %3)
</translation>
    </message>
    <message>
        <source>Puts a backup in place of the database:
  homeward restore --from FILE --database PATH --user NAME

The backup is verified first (its manifest, SHA-256, integrity check, audit trail); when anything is wrong nothing is changed. The current database is kept as PATH.replaced-YYYYMMDD-HHMMSS beside it (never deleted), and the restore is recorded in the restored database&apos;s audit trail. The database must not be open in Homeward or another program meanwhile.

Only a supervisor may restore. The password of --user is read from the HOMEWARD_PASSWORD environment variable or, when it is not set, asked for on the terminal.</source>
        <translation>Замінює базу даних резервною копією:
  homeward restore --from ФАЙЛ --database ШЛЯХ --user ІМʼЯ

Спершу резервну копію перевіряють (маніфест, SHA-256, перевірка цілісності, журнал аудиту); якщо щось не так, нічого не змінюється. Поточну базу даних зберігають поруч як ШЛЯХ.replaced-РРРРММДД-ГГХХСС (її ніколи не видаляють), а відновлення фіксують у журналі аудиту відновленої бази даних. Тим часом база даних не повинна бути відкрита в Homeward чи іншій програмі.

Відновлювати може лише керівник. Пароль для --user зчитується зі змінної середовища HOMEWARD_PASSWORD, а якщо її не задано, його запитують у терміналі.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Файл резервної копії, який слід відновити.</translation>
    </message>
    <message>
        <source>The database to replace.</source>
        <translation>База даних, яку слід замінити.</translation>
    </message>
    <message>
        <source>The supervisor doing the restore.</source>
        <translation>Керівник, який виконує відновлення.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>restore takes no arguments besides --from, --database and --user</source>
        <translation>для restore не потрібні інші аргументи, крім --from, --database і --user</translation>
    </message>
    <message>
        <source>restore needs --from and the path of the backup file</source>
        <translation>для restore потрібно зазначити --from і шлях до файлу резервної копії</translation>
    </message>
    <message>
        <source>restore needs --database and the path of the database file to replace</source>
        <translation>для restore потрібно зазначити --database і шлях до файлу бази даних, яку слід замінити</translation>
    </message>
    <message>
        <source>restore changes data: name your account with --user</source>
        <translation>restore змінює дані: зазначте свій обліковий запис за допомогою --user</translation>
    </message>
    <message>
        <source>nothing was restored: %1</source>
        <translation>нічого не відновлено: %1</translation>
    </message>
    <message>
        <source>only a supervisor may restore a backup; %1 is not one</source>
        <translation>відновити резервну копію може лише керівник; %1 не є керівником</translation>
    </message>
    <message>
        <source>Restored %1 from %2 in %3 s.
</source>
        <translation>%1 відновлено з %2 за %3 с.
</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1
</source>
        <translation>Замінену базу даних збережено як %1
</translation>
    </message>
</context>
<context>
    <name>homeward::BatchChecklistModel</name>
    <message>
        <source>The batch could not be opened: %1</source>
        <translation>Не вдалося відкрити етап: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Розбіжність</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не розпочато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Триває</translation>
    </message>
    <message numerus="yes">
        <source>%n for you</source>
        <translation>
            <numerusform>%n для вас</numerusform>
            <numerusform>%n для вас</numerusform>
            <numerusform>%n для вас</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 details confirmed</source>
        <translation>Підтверджено даних: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open discrepancy(ies)</source>
        <translation>
            <numerusform>%n невирішена розбіжність</numerusform>
            <numerusform>%n невирішені розбіжності</numerusform>
            <numerusform>%n невирішених розбіжностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) wait for your verification</source>
        <translation>
            <numerusform>%n пункт чекає на вашу перевірку</numerusform>
            <numerusform>%n пункти чекають на вашу перевірку</numerusform>
            <numerusform>%n пунктів чекають на вашу перевірку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) you last changed yourself: another official must verify them</source>
        <translation>
            <numerusform>%n пункт востаннє змінювали ви самі: його має перевірити інша посадова особа</numerusform>
            <numerusform>%n пункти востаннє змінювали ви самі: їх має перевірити інша посадова особа</numerusform>
            <numerusform>%n пунктів востаннє змінювали ви самі: їх має перевірити інша посадова особа</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>homeward::BatchChecklistProxy</name>
    <message>
        <source>All persons</source>
        <translation>Усі особи</translation>
    </message>
    <message>
        <source>Waiting for my verification</source>
        <translation>Чекають на мою перевірку</translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation>З розбіжностями</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не розпочато</translation>
    </message>
</context>
<context>
    <name>homeward::BatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>The batch&apos;s number within the exchange: 1, 2, 3 …</source>
        <translation>Номер етапу в межах обміну: 1, 2, 3 …</translation>
    </message>
    <message>
        <source>The border point or place of the handover</source>
        <translation>Пункт пропуску або місце передачі</translation>
    </message>
    <message>
        <source>Batch &amp;number:</source>
        <translation>&amp;Номер етапу:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>На&amp;прям:</translation>
    </message>
    <message>
        <source>Planned &amp;date:</source>
        <translation>Запланована &amp;дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>Planned &amp;servicemen:</source>
        <translation>Заплановано &amp;військовослужбовців:</translation>
    </message>
    <message>
        <source>Planned &amp;civilians:</source>
        <translation>Заплановано &amp;цивільних осіб:</translation>
    </message>
    <message>
        <source>Planned in total:</source>
        <translation>Заплановано всього:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Приміт&amp;ки:</translation>
    </message>
    <message>
        <source>The next batch number could not be read: %1</source>
        <translation>Не вдалося визначити номер наступного етапу: %1</translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation>Обмін «%1»</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>Batch not saved</source>
        <translation>Етап не збережено</translation>
    </message>
    <message>
        <source>The status changes through the Batch menu: submit for verification, confirm, complete …</source>
        <translation>Статус змінюється через меню «Етап»: передати на перевірку, підтвердити, завершити …</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>The stored batch could not be read: %1</source>
        <translation>Не вдалося прочитати збережений етап: %1</translation>
    </message>
</context>
<context>
    <name>homeward::BatchImport</name>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation>Не вдалося прочитати етап</translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation>Етапу %1 не існує</translation>
    </message>
    <message>
        <source>Persons are imported only into a draft batch; batch %1 is %2</source>
        <translation>Осіб можна імпортувати лише до етапу в статусі чернетки; етап %1 має статус «%2»</translation>
    </message>
    <message>
        <source>%1 is already in the batch (person %2: %3); skip the row or keep both</source>
        <translation>%1 уже є в етапі (особа %2: %3); пропустіть рядок або залиште обидва записи</translation>
    </message>
    <message>
        <source>%1 repeats line %2 of this list (same surname, given name and date of birth); skip the row or keep both</source>
        <translation>%1 повторює рядок %2 цього списку (те саме прізвище, імʼя та дата народження); пропустіть рядок або залиште обидва записи</translation>
    </message>
    <message>
        <source>The database could not prepare the import</source>
        <translation>Базі даних не вдалося підготувати імпорт</translation>
    </message>
    <message>
        <source>Line %1 repeats a person; the file changed while it was being imported</source>
        <translation>Рядок %1 повторює особу; файл змінився під час імпорту</translation>
    </message>
    <message>
        <source>Line %1 could not be written; nothing was imported</source>
        <translation>Не вдалося записати рядок %1; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Line %1 could not be listed in the batch; nothing was imported</source>
        <translation>Не вдалося внести рядок %1 до списку етапу; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Line %1 could not be recorded; nothing was imported</source>
        <translation>Не вдалося зафіксувати рядок %1; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being imported; nothing was imported</source>
        <translation>Файл %1 змінився під час імпорту; нічого не імпортовано</translation>
    </message>
</context>
<context>
    <name>homeward::BatchPanel</name>
    <message>
        <source>No batch selected.
Choose a batch on the left, or create an exchange and a batch.</source>
        <translation>Етап не вибрано.
Виберіть етап ліворуч або створіть обмін і етап.</translation>
    </message>
    <message>
        <source>This batch is confirmed: its list can no longer be changed.</source>
        <translation>Етап підтверджено: його список більше не можна змінювати.</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Пошук за імʼям…</translation>
    </message>
    <message>
        <source>Shows only persons whose surname, given name or patronymic contains the typed words (Ctrl+F)</source>
        <translation>Показує лише осіб, у прізвищі, імені або по батькові яких є введені слова (Ctrl+F)</translation>
    </message>
    <message>
        <source>The list could not be read and may be incomplete: %1</source>
        <translation>Не вдалося прочитати список, він може бути неповним: %1</translation>
    </message>
    <message>
        <source>Persons in the batch</source>
        <translation>Особи етапу</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match the filter</source>
        <translation>
            <numerusform>Фільтру відповідає %n особа</numerusform>
            <numerusform>Фільтру відповідають %n особи</numerusform>
            <numerusform>Фільтру відповідають %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Етап %1 · %2</translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation>Обмін «%1»</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>Не вдалося прочитати кількісні дані: %1</translation>
    </message>
    <message>
        <source>Servicemen: %1 of %2</source>
        <translation>Військовослужбовці: %1 з %2</translation>
    </message>
    <message>
        <source>Civilians: %1 of %2</source>
        <translation>Цивільні особи: %1 з %2</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Усього: %1 з %2</translation>
    </message>
    <message>
        <source>(over plan!)</source>
        <translation>(понад план!)</translation>
    </message>
    <message>
        <source>(complete)</source>
        <translation>(укомплектовано)</translation>
    </message>
    <message>
        <source>Servicemen: %1 men, %2 women
Civilians: %3 men, %4 women</source>
        <translation>Військовослужбовці: чоловіків — %1, жінок — %2
Цивільні особи: чоловіків — %3, жінок — %4</translation>
    </message>
    <message>
        <source>This batch is completed: its list can no longer be changed. Sealed by %1 on %2; seal %3</source>
        <translation>Етап завершено: його список більше не можна змінювати. Опечатав(ла) %1 %2; печатка %3</translation>
    </message>
    <message>
        <source>This batch is confirmed: its list can no longer be changed. Sealed by %1 on %2; seal %3</source>
        <translation>Етап підтверджено: його список більше не можна змінювати. Опечатав(ла) %1 %2; печатка %3</translation>
    </message>
    <message>
        <source>Content hash: %1
Audit head at confirmation: %2</source>
        <translation>Хеш вмісту: %1
Останній хеш журналу аудиту під час підтвердження: %2</translation>
    </message>
</context>
<context>
    <name>homeward::BatchRepository</name>
    <message>
        <source>The batch was not saved (is batch number %1 already used in this exchange?)</source>
        <translation>Етап не збережено (можливо, номер етапу %1 у цьому обміні вже використано?)</translation>
    </message>
    <message>
        <source>The batch no longer exists; it may have been deleted</source>
        <translation>Етапу більше не існує; можливо, його видалено</translation>
    </message>
    <message>
        <source>No batch with number %1</source>
        <translation>Немає етапу з номером %1</translation>
    </message>
    <message>
        <source>The batch was not deleted; nothing was changed</source>
        <translation>Етап не видалено; нічого не змінено</translation>
    </message>
    <message>
        <source>The batch was not saved</source>
        <translation>Етап не збережено</translation>
    </message>
    <message>
        <source>The batches could not be read</source>
        <translation>Не вдалося прочитати етапи</translation>
    </message>
    <message>
        <source>The batch&apos;s counts could not be read</source>
        <translation>Не вдалося прочитати кількість осіб етапу</translation>
    </message>
</context>
<context>
    <name>homeward::BatchTransitions</name>
    <message>
        <source>the batch lists no persons</source>
        <translation>у списку етапу немає жодної особи</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not fully verified</source>
        <translation>
            <numerusform>%n особу не перевірено повністю</numerusform>
            <numerusform>%n особи не перевірено повністю</numerusform>
            <numerusform>%n осіб не перевірено повністю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open discrepancy(ies)</source>
        <translation>
            <numerusform>%n невирішена розбіжність</numerusform>
            <numerusform>%n невирішені розбіжності</numerusform>
            <numerusform>%n невирішених розбіжностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) still waiting for verification</source>
        <translation>
            <numerusform>%n пункт ще чекає на перевірку</numerusform>
            <numerusform>%n пункти ще чекають на перевірку</numerusform>
            <numerusform>%n пунктів ще чекають на перевірку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counts differ from the plan: %n servicemen entered, %1 planned</source>
        <translation>
            <numerusform>кількість не відповідає плану: військовослужбовців внесено — %n, заплановано — %1</numerusform>
            <numerusform>кількість не відповідає плану: військовослужбовців внесено — %n, заплановано — %1</numerusform>
            <numerusform>кількість не відповідає плану: військовослужбовців внесено — %n, заплановано — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counts differ from the plan: %n civilians entered, %1 planned</source>
        <translation>
            <numerusform>кількість не відповідає плану: цивільних осіб внесено — %n, заплановано — %1</numerusform>
            <numerusform>кількість не відповідає плану: цивільних осіб внесено — %n, заплановано — %1</numerusform>
            <numerusform>кількість не відповідає плану: цивільних осіб внесено — %n, заплановано — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the actual handover date is missing</source>
        <translation>не зазначено фактичну дату передачі</translation>
    </message>
    <message>
        <source>the actual handover place is missing</source>
        <translation>не зазначено фактичне місце передачі</translation>
    </message>
    <message>
        <source>the actual numbers of servicemen and civilians handed over are missing</source>
        <translation>не зазначено фактичну кількість переданих військовослужбовців і цивільних осіб</translation>
    </message>
    <message>
        <source>the actual numbers handed over cannot be negative</source>
        <translation>фактична кількість переданих осіб не може бути відʼємною</translation>
    </message>
    <message numerus="yes">
        <source>%n listed person(s) not marked as handed over or not handed over</source>
        <translation>
            <numerusform>%n особу зі списку не позначено ні як передану, ні як не передану</numerusform>
            <numerusform>%n особи зі списку не позначено ні як передані, ні як не передані</numerusform>
            <numerusform>%n осіб зі списку не позначено ні як передані, ні як не передані</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked not handed over without a reason</source>
        <translation>
            <numerusform>%n особу позначено як не передану без зазначення причини</numerusform>
            <numerusform>%n особи позначено як не передані без зазначення причини</numerusform>
            <numerusform>%n осіб позначено як не передані без зазначення причини</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) name a person not listed in the batch</source>
        <translation>
            <numerusform>%n результат передачі стосується особи, якої немає в списку етапу</numerusform>
            <numerusform>%n результати передачі стосуються осіб, яких немає в списку етапу</numerusform>
            <numerusform>%n результатів передачі стосуються осіб, яких немає в списку етапу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) given more than one outcome</source>
        <translation>
            <numerusform>для %n особи зазначено більше ніж один результат передачі</numerusform>
            <numerusform>для %n осіб зазначено більше ніж один результат передачі</numerusform>
            <numerusform>для %n осіб зазначено більше ніж один результат передачі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actual count of servicemen (%1) differs from the %n marked handed over</source>
        <translation>
            <numerusform>фактична кількість військовослужбовців (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
            <numerusform>фактична кількість військовослужбовців (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
            <numerusform>фактична кількість військовослужбовців (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actual count of civilians (%1) differs from the %n marked handed over</source>
        <translation>
            <numerusform>фактична кількість цивільних осіб (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
            <numerusform>фактична кількість цивільних осіб (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
            <numerusform>фактична кількість цивільних осіб (%1) не збігається з кількістю позначених як передані (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch that is %1 cannot become %2</source>
        <translation>етап зі статусом «%1» не може отримати статус «%2»</translation>
    </message>
    <message numerus="yes">
        <source>you entered, edited or verified details of %n person(s) in this batch; another supervisor must confirm it</source>
        <translation>
            <numerusform>ви вносили, редагували або перевіряли дані %n особи цього етапу; етап має підтвердити інший керівник</numerusform>
            <numerusform>ви вносили, редагували або перевіряли дані %n осіб цього етапу; етап має підтвердити інший керівник</numerusform>
            <numerusform>ви вносили, редагували або перевіряли дані %n осіб цього етапу; етап має підтвердити інший керівник</numerusform>
        </translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>потрібно зазначити причину</translation>
    </message>
    <message>
        <source>Return to entry</source>
        <translation>Повернути на внесення даних</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Передати на перевірку</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Повторно відкрити</translation>
    </message>
    <message>
        <source>Return to verification</source>
        <translation>Повернути на перевірку</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Позначити як перевірений</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>Зафіксувати передачу</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>Скасувати етап</translation>
    </message>
</context>
<context>
    <name>homeward::BatchValidator</name>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation>%1: задовгий текст (символів: %2, допустимо не більше ніж %3)</translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation>%1: керівний символ %2 у позиції %3 не допускається</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>The sequence number cannot be negative</source>
        <translation>Номер етапу не може бути відʼємним</translation>
    </message>
    <message>
        <source>The planned date is required</source>
        <translation>Потрібно вказати заплановану дату</translation>
    </message>
    <message>
        <source>The planned number of servicemen cannot be negative</source>
        <translation>Запланована кількість військовослужбовців не може бути відʼємною</translation>
    </message>
    <message>
        <source>The planned number of civilians cannot be negative</source>
        <translation>Запланована кількість цивільних осіб не може бути відʼємною</translation>
    </message>
    <message>
        <source>Planned totals must be at least one person</source>
        <translation>Загалом має бути заплановано щонайменше одну особу</translation>
    </message>
</context>
<context>
    <name>homeward::BatchWorkflow</name>
    <message>
        <source>The batch no longer exists; it may have been deleted</source>
        <translation>Етапу більше не існує; можливо, його видалено</translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation>Не вдалося прочитати етап</translation>
    </message>
    <message>
        <source>The batch was not changed</source>
        <translation>Етап не змінено</translation>
    </message>
    <message>
        <source>The batch stays %1: %2</source>
        <translation>Етап залишається зі статусом «%1»: %2</translation>
    </message>
    <message>
        <source>Enter your password again to confirm the batch</source>
        <translation>Щоб підтвердити етап, ще раз введіть свій пароль</translation>
    </message>
    <message>
        <source>The batch was not confirmed: %1</source>
        <translation>Етап не підтверджено: %1</translation>
    </message>
    <message>
        <source>The batch was not confirmed: the password is not that of the signed-in official</source>
        <translation>Етап не підтверджено: пароль не належить посадовій особі, яка увійшла в систему</translation>
    </message>
    <message>
        <source>The batch was changed meanwhile (it is now %1); look again and retry</source>
        <translation>Тим часом етап було змінено (тепер його статус — «%1»); перегляньте його ще раз і повторіть спробу</translation>
    </message>
    <message>
        <source>The batch was changed meanwhile; look again and retry</source>
        <translation>Тим часом етап було змінено; перегляньте його ще раз і повторіть спробу</translation>
    </message>
    <message>
        <source>The seal could not be read</source>
        <translation>Не вдалося прочитати печатку</translation>
    </message>
    <message>
        <source>The handover record could not be read</source>
        <translation>Не вдалося прочитати запис про передачу</translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
    <message>
        <source>The batch&apos;s checklist could not be read</source>
        <translation>Не вдалося прочитати контрольний перелік етапу</translation>
    </message>
</context>
<context>
    <name>homeward::BatchWorkflowActions</name>
    <message>
        <source>&amp;Submit for verification</source>
        <translation>Пере&amp;дати на перевірку</translation>
    </message>
    <message>
        <source>Hand the list to the verifiers: every person&apos;s details are then checked one by one</source>
        <translation>Передати список верифікаторам: тоді дані кожної особи перевірятимуть пункт за пунктом</translation>
    </message>
    <message>
        <source>Return to &amp;entry</source>
        <translation>Повернути на в&amp;несення даних</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>По&amp;значити як перевірений</translation>
    </message>
    <message>
        <source>Return to veri&amp;fication</source>
        <translation>Повернути на перевір&amp;ку</translation>
    </message>
    <message>
        <source>&amp;Confirm and seal…</source>
        <translation>Під&amp;твердити й опечатати…</translation>
    </message>
    <message>
        <source>Record the &amp;handover…</source>
        <translation>Зафіксувати перед&amp;ачу…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Повторно в&amp;ідкрити…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the batch…</source>
        <translation>&amp;Скасувати етап…</translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation>Спершу виберіть етап</translation>
    </message>
    <message>
        <source>Not possible for a batch that is %1</source>
        <translation>Неможливо для етапу зі статусом «%1»</translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1</source>
        <translation>Ваші ролі не дозволяють вам %1</translation>
    </message>
    <message>
        <source>“%1” is not possible yet:</source>
        <translation>Дію «%1» поки що неможливо виконати:</translation>
    </message>
    <message>
        <source>Batch confirmed and sealed; seal %1</source>
        <translation>Етап підтверджено й опечатано; печатка %1</translation>
    </message>
    <message>
        <source>Handover recorded; the batch is completed</source>
        <translation>Передачу зафіксовано; етап завершено</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>Скасувати етап</translation>
    </message>
    <message>
        <source>A cancelled batch cannot be used again: its persons stay in the database and the batch stays in the history as cancelled.</source>
        <translation>Скасований етап не можна використати знову: його особи залишаться в базі даних, а етап залишиться в історії як скасований.</translation>
    </message>
    <message>
        <source>Cancel the &amp;batch</source>
        <translation>&amp;Скасувати етап</translation>
    </message>
    <message>
        <source>Reopen the batch</source>
        <translation>Повторно відкрити етап</translation>
    </message>
    <message>
        <source>Reopening removes the seal and unlocks the batch for changes; it must be verified and confirmed again. Printed sheets of the sealed batch no longer match.</source>
        <translation>Повторне відкриття знімає печатку й дозволяє знову змінювати етап; його потрібно буде знову перевірити й підтвердити. Надруковані відомості опечатаного етапу більше не відповідатимуть даним.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Повторно в&amp;ідкрити</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Виконано: %1</translation>
    </message>
</context>
<context>
    <name>homeward::BlindReentry</name>
    <message>
        <source>Type the surname</source>
        <translation>Введіть прізвище</translation>
    </message>
    <message>
        <source>Type the date of birth (DD.MM.YYYY)</source>
        <translation>Введіть дату народження (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Type the document number</source>
        <translation>Введіть номер документа</translation>
    </message>
    <message>
        <source>Type the service number</source>
        <translation>Введіть особистий номер</translation>
    </message>
</context>
<context>
    <name>homeward::BlindReentryDialog</name>
    <message>
        <source>Blind re-entry</source>
        <translation>Повторне введення наосліп</translation>
    </message>
    <message>
        <source>Person: %1 (surname not shown)</source>
        <translation>Особа: %1 (прізвище не показано)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Особа: %1</translation>
    </message>
    <message>
        <source>Type it from your own record (the document, the registry or the other side&apos;s list) without looking at what is stored. It is confirmed only when both agree.</source>
        <translation>Введіть значення з власного джерела (документа, реєстру чи списку іншої сторони), не дивлячись на збережене значення. Його буде підтверджено, лише якщо обидва значення збігаються.</translation>
    </message>
    <message>
        <source>Value typed from your record</source>
        <translation>Значення, введене з вашого джерела</translation>
    </message>
    <message>
        <source>&amp;Your record:</source>
        <translation>&amp;Ваше джерело:</translation>
    </message>
    <message>
        <source>The values differ. Nothing was confirmed.</source>
        <translation>Значення відрізняються. Нічого не підтверджено.</translation>
    </message>
    <message>
        <source>Letters that differ are bold, underlined and highlighted.</source>
        <translation>Літери, що відрізняються, виділено жирним шрифтом, підкресленням і кольором.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Спробувати &amp;ще раз</translation>
    </message>
    <message>
        <source>Record a &amp;discrepancy…</source>
        <translation>Зафіксувати &amp;розбіжність…</translation>
    </message>
    <message>
        <source>Co&amp;mpare instead…</source>
        <translation>&amp;Звірити натомість…</translation>
    </message>
    <message>
        <source>Confirm by looking at the stored value, when your record cannot be typed from. Blind re-entry catches typos that a glance misses.</source>
        <translation>Підтвердити, переглянувши збережене значення, якщо з вашого джерела неможливо ввести значення. Повторне введення наосліп виявляє помилки, які легко пропустити під час перегляду.</translation>
    </message>
    <message>
        <source>Type the value from your record to compare it.</source>
        <translation>Введіть значення з вашого джерела, щоб звірити його.</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Збережено:</translation>
    </message>
    <message>
        <source>You typed:</source>
        <translation>Ви ввели:</translation>
    </message>
    <message>
        <source>Typed “%1” from my record; stored “%2”.</source>
        <translation>Введено з мого джерела: «%1»; збережено: «%2».</translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistModel</name>
    <message>
        <source>The person could not be read: %1</source>
        <translation>Не вдалося прочитати дані особи: %1</translation>
    </message>
    <message>
        <source>You entered this person yourself; another official must confirm their identity</source>
        <translation>Дані цієї особи внесли ви самі; особу має підтвердити інша посадова особа</translation>
    </message>
    <message>
        <source>You last changed this person&apos;s details yourself; another official must verify “%1”</source>
        <translation>Востаннє дані цієї особи змінювали ви самі; пункт «%1» має перевірити інша посадова особа</translation>
    </message>
    <message>
        <source>You changed %1 of this person yourself; another official must verify it</source>
        <translation>Ви самі змінили дані цієї особи (%1); їх має перевірити інша посадова особа</translation>
    </message>
    <message>
        <source>(hidden: type it from your record)</source>
        <translation>(приховано: введіть значення з вашого джерела)</translation>
    </message>
    <message>
        <source>Verified by typing it again from your record without seeing the stored value (Space or B)</source>
        <translation>Перевіряється повторним введенням з вашого джерела без перегляду збереженого значення (пробіл або B)</translation>
    </message>
    <message>
        <source>Confirm in person, from a photo or from documents (Space)</source>
        <translation>Підтвердити особисто, за фото або за документами (пробіл)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Збережене значення</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Ким перевірено</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Ким востаннє змінено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistQueries</name>
    <message>
        <source>The persons of the batch could not be counted</source>
        <translation>Не вдалося підрахувати осіб етапу</translation>
    </message>
    <message>
        <source>The verification checklist of the batch could not be read</source>
        <translation>Не вдалося прочитати контрольний перелік етапу</translation>
    </message>
</context>
<context>
    <name>homeward::ChecklistReviewWidget</name>
    <message>
        <source>%1 of %2 persons verified</source>
        <translation>Перевірено осіб: %1 з %2</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Приховати це повідомлення</translation>
    </message>
    <message>
        <source>Which persons to list (Ctrl+L)</source>
        <translation>Яких осіб показувати (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зати:</translation>
    </message>
    <message>
        <source>Persons of the batch</source>
        <translation>Особи етапу</translation>
    </message>
    <message>
        <source>Up/Down: persons · Enter or Right: their checklist</source>
        <translation>Вгору/Вниз: особи · Enter або Вправо: їхній контрольний перелік</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Checklist of the person</source>
        <translation>Контрольний перелік особи</translation>
    </message>
    <message>
        <source>Up/Down: details · Ctrl+Up/Down or PageUp/PageDown: persons
Space or Enter: verify · D: discrepancy · B: blind re-entry · Ctrl+H: history</source>
        <translation>Вгору/Вниз: пункти · Ctrl+Вгору/Вниз або PageUp/PageDown: особи
Пробіл або Enter: перевірити · D: розбіжність · B: повторне введення наосліп · Ctrl+H: історія</translation>
    </message>
    <message>
        <source>&amp;Verify (Space)</source>
        <translation>&amp;Перевірити (пробіл)</translation>
    </message>
    <message>
        <source>Discrepancy… (D)</source>
        <translation>Розбіжність… (D)</translation>
    </message>
    <message>
        <source>Blind re-entry… (B)</source>
        <translation>Повторне введення наосліп… (B)</translation>
    </message>
    <message>
        <source>History… (Ctrl+H)</source>
        <translation>Історія… (Ctrl+H)</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ details · Ctrl+↑/↓ or PgUp/PgDn persons · Space or Enter verify · D discrepancy · B blind re-entry · Ctrl+H history · Ctrl+L filter</source>
        <translation>Клавіші: ↑/↓ пункти · Ctrl+↑/↓ або PgUp/PgDn особи · пробіл або Enter перевірити · D розбіжність · B повторне введення наосліп · Ctrl+H історія · Ctrl+L фільтр</translation>
    </message>
    <message>
        <source>You are not logged in: you can see the progress but not verify.</source>
        <translation>Ви не увійшли в систему: ви бачите хід перевірки, але не можете перевіряти.</translation>
    </message>
    <message>
        <source>Your account could not be read: %1</source>
        <translation>Не вдалося прочитати ваш обліковий запис: %1</translation>
    </message>
    <message>
        <source>You can see the progress; only an official with the verifier role can verify details.</source>
        <translation>Ви бачите хід перевірки; перевіряти дані може лише посадова особа з роллю верифікатора.</translation>
    </message>
    <message>
        <source>Verification · Batch %1 · %2</source>
        <translation>Перевірка · Етап %1 · %2</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>Не вдалося прочитати етап: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with open discrepancies</source>
        <translation>
            <numerusform>%n особа з невирішеними розбіжностями</numerusform>
            <numerusform>%n особи з невирішеними розбіжностями</numerusform>
            <numerusform>%n осіб з невирішеними розбіжностями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n не розпочато</numerusform>
            <numerusform>%n не розпочато</numerusform>
            <numerusform>%n не розпочато</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) pending</source>
        <translation>
            <numerusform>%n пункт очікує</numerusform>
            <numerusform>%n пункти очікують</numerusform>
            <numerusform>%n пунктів очікують</numerusform>
        </translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Особу не вибрано</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>№ %1 · %2</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>народж. %1</translation>
    </message>
    <message>
        <source>Choose a detail to verify.</source>
        <translation>Виберіть пункт для перевірки.</translation>
    </message>
    <message>
        <source>Confirmed %1 of %2.</source>
        <translation>Підтверджено: %1 (%2).</translation>
    </message>
    <message>
        <source>Confirmed the identity of %1 (%2).</source>
        <translation>Підтверджено особу: %1 (%2).</translation>
    </message>
    <message>
        <source>Blind re-entry is for the surname, the date of birth and the service number or document. Press Space to verify %1.</source>
        <translation>Повторне введення наосліп передбачено для прізвища, дати народження та особистого номера або документа. Натисніть пробіл, щоб перевірити цей пункт (%1).</translation>
    </message>
    <message>
        <source>%1 is already confirmed (by %2).</source>
        <translation>Пункт «%1» уже підтвердила посадова особа %2.</translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by blind re-entry (only capital letters differ).</source>
        <translation>Підтверджено повторним введенням наосліп: %1 (%2); відрізняються лише великі й малі літери.</translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by blind re-entry.</source>
        <translation>Підтверджено повторним введенням наосліп: %1 (%2).</translation>
    </message>
    <message>
        <source>Confirm by comparing</source>
        <translation>Підтвердити звірянням</translation>
    </message>
    <message>
        <source>Confirm %1 of %2 by comparing it with your record?</source>
        <translation>Підтвердити звірянням із вашим джерелом: %1 (%2)?</translation>
    </message>
    <message>
        <source>Nothing is stored for it. Confirm only if your record has nothing either.</source>
        <translation>Значення не збережено. Підтверджуйте, лише якщо у вашому джерелі його теж немає.</translation>
    </message>
    <message>
        <source>Stored: %1

Typing it blind catches typos that a glance misses; compare only when your record cannot be typed from.</source>
        <translation>Збережено: %1

Введення наосліп виявляє помилки, які легко пропустити під час перегляду; звіряйте лише тоді, коли з вашого джерела неможливо ввести значення.</translation>
    </message>
    <message>
        <source>Confirmed %1 of %2 by comparing.</source>
        <translation>Підтверджено звірянням: %1 (%2).</translation>
    </message>
    <message>
        <source>Recorded a discrepancy in %1 of %2.</source>
        <translation>Зафіксовано розбіжність: %1 (%2).</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Не виконано.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Виконано.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Show the checklist as stored now; your values stay here</source>
        <translation>Показати контрольний перелік у збереженому вигляді; ваші значення залишаються тут</translation>
    </message>
    <message>
        <source>&amp;Apply mine again…</source>
        <translation>&amp;Застосувати мої знову…</translation>
    </message>
    <message>
        <source>Make your verdict again over the reloaded checklist, with your values filled in</source>
        <translation>Ухвалити ваше рішення знову щодо оновленого контрольного переліку, з уже заповненими вашими значеннями</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Відкинути мої</translation>
    </message>
    <message>
        <source>a discrepancy in %1, note “%2”</source>
        <translation>розбіжність у полі «%1», примітка «%2»</translation>
    </message>
    <message>
        <source>the identity confirmed (%1)</source>
        <translation>особу підтверджено (%1)</translation>
    </message>
    <message>
        <source>the identity confirmed (%1), note “%2”</source>
        <translation>особу підтверджено (%1), примітка «%2»</translation>
    </message>
    <message>
        <source>%1 confirmed by blind re-entry, typed “%2”</source>
        <translation>%1 підтверджено повторним введенням наосліп, введено «%2»</translation>
    </message>
    <message>
        <source>%1 confirmed by comparing</source>
        <translation>%1 підтверджено звірянням</translation>
    </message>
    <message>
        <source>waiting for verification</source>
        <translation>очікує на перевірку</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>підтвердив(ла) %1</translation>
    </message>
    <message>
        <source>a discrepancy recorded by %1</source>
        <translation>розбіжність зафіксував(ла) %1</translation>
    </message>
    <message>
        <source>%1, note “%2”</source>
        <translation>%1, примітка «%2»</translation>
    </message>
    <message>
        <source>Your unsaved values: %1.</source>
        <translation>Ваші незбережені значення: %1.</translation>
    </message>
    <message>
        <source>Reloaded: this checklist item no longer exists, so your values cannot be applied to it.</source>
        <translation>Оновлено: цього пункту контрольного переліку більше не існує, тому ваші значення до нього застосувати неможливо.</translation>
    </message>
    <message>
        <source>Reloaded. Stored now for %1: %2. Your values were not saved; apply them again if they still hold.</source>
        <translation>Оновлено. Зараз збережено для %1: %2. Ваші значення не збережено; застосуйте їх знову, якщо вони досі правильні.</translation>
    </message>
    <message>
        <source>The person of your unsaved values is not in this list any more.</source>
        <translation>Особи, до якої належать ваші незбережені значення, у цьому списку більше немає.</translation>
    </message>
    <message>
        <source>This checklist item no longer exists; the person may have been removed</source>
        <translation>Цього пункту контрольного переліку більше не існує; можливо, особу вилучено</translation>
    </message>
</context>
<context>
    <name>homeward::CommandLine</name>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>A command to run without the window (see above).</source>
        <translation>Команда, яку слід виконати без вікна (див. вище).</translation>
    </message>
    <message>
        <source>[command [arguments]]</source>
        <translation>[команда [аргументи]]</translation>
    </message>
    <message>
        <source>the stored interface language &quot;%1&quot; is not known; using uk</source>
        <translation>збережена мова інтерфейсу «%1» невідома; використовується uk</translation>
    </message>
    <message>
        <source>the translation &quot;%1&quot; is missing from this build; the interface stays in English</source>
        <translation>переклад «%1» відсутній у цій збірці; інтерфейс залишається англійською мовою</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use uk or en</source>
        <translation>невідома мова «%1»; зазначте uk або en</translation>
    </message>
    <message>
        <source>--database needs the path of a database file</source>
        <translation>для --database потрібно зазначити шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>The new database file (must not exist yet).</source>
        <translation>Новий файл бази даних (його ще не повинно існувати).</translation>
    </message>
    <message>
        <source>demo needs the path of the new database file</source>
        <translation>для demo потрібно зазначити шлях до нового файлу бази даних</translation>
    </message>
    <message>
        <source>demo takes exactly one path</source>
        <translation>для demo потрібно зазначити рівно один шлях</translation>
    </message>
    <message>
        <source>the audit trail could not be checked: %1</source>
        <translation>не вдалося перевірити журнал аудиту: %1</translation>
    </message>
    <message>
        <source>audit trail broken at row %1: %2</source>
        <translation>журнал аудиту порушено на записі %1: %2</translation>
    </message>
    <message>
        <source>Checks the database&apos;s audit trail: recomputes every row&apos;s hash and the links between rows. Prints the number of rows and the newest hash and exits 0 when the trail is intact; otherwise names the first row that does not verify and exits 1. The database is not migrated or changed.</source>
        <translation>Перевіряє журнал аудиту бази даних: повторно обчислює геш кожного запису та звʼязки між записами. Якщо журнал цілісний, виводить кількість записів і найновіший геш та завершується з кодом 0; інакше зазначає перший запис, що не проходить перевірки, і завершується з кодом 1. Базу даних не оновлюють до нової схеми й не змінюють.</translation>
    </message>
    <message>
        <source>The database file to check.</source>
        <translation>Файл бази даних, який слід перевірити.</translation>
    </message>
    <message>
        <source>verify-audit takes no arguments besides --database</source>
        <translation>для verify-audit не потрібні інші аргументи, крім --database</translation>
    </message>
    <message>
        <source>verify-audit needs --database and the path of a database file</source>
        <translation>для verify-audit потрібно зазначити --database і шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Homeward (schema %2; this program knows schema %3); use a newer version of the program to check it</source>
        <translation>%1 створено новішою версією Homeward (схема %2; ця програма підтримує схему %3); щоб перевірити цю базу даних, скористайтеся новішою версією програми</translation>
    </message>
    <message>
        <source>%1 has no audit trail yet (schema %2); opening it in Homeward upgrades it and starts one</source>
        <translation>у %1 ще немає журналу аудиту (схема %2); якщо відкрити цю базу даних у Homeward, її буде оновлено й журнал аудиту розпочнеться</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s), head %1
</source>
        <translation>
            <numerusform>Журнал аудиту цілісний: %n запис, останній геш %1
</numerusform>
            <numerusform>Журнал аудиту цілісний: %n записи, останній геш %1
</numerusform>
            <numerusform>Журнал аудиту цілісний: %n записів, останній геш %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a demo database to a new file: one exchange &quot;1,000 for 1,000&quot; in three batches with %1 persons. Every person in it is invented; a demo database is for trying the program out only. An existing file is never changed.</source>
        <translation>Записує демонстраційну базу даних до нового файлу: один обмін «1000 на 1000» у трьох етапах, осіб: %1. Усіх осіб у ній вигадано; демонстраційна база даних призначена лише для ознайомлення з програмою. Наявний файл ніколи не змінюється.</translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to %1: %n person(s) in three batches. The persons are fictional; use this database for trying the program out only.
</source>
        <translation>
            <numerusform>Демонстраційну базу даних записано до %1: %n особа в трьох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
</numerusform>
            <numerusform>Демонстраційну базу даних записано до %1: %n особи в трьох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
</numerusform>
            <numerusform>Демонстраційну базу даних записано до %1: %n осіб у трьох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the seals of confirmed batches could not be checked: %1</source>
        <translation>не вдалося перевірити печатки підтверджених етапів: %1</translation>
    </message>
    <message>
        <source>Interface language for this run: uk or en. Without it, the language chosen in Settings; by default the system&apos;s (Ukrainian unless the system speaks English).</source>
        <translation>Мова інтерфейсу для цього запуску: uk або en. Якщо не зазначено — мова, вибрана в налаштуваннях; за замовчуванням — мова системи (українська, якщо мова системи не англійська).</translation>
    </message>
    <message>
        <source>Qt&apos;s own translation qtbase_%1.qm is missing from %2 (package qt6-translations-l10n); standard buttons and dialogs stay in English</source>
        <translation>Власного перекладу Qt qtbase_%1.qm немає в %2 (пакет qt6-translations-l10n); стандартні кнопки й діалогові вікна залишаться англійською</translation>
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
        <translation>Homeward: координація обмінів військовополонених і затриманих цивільних осіб.

Без команди відкриває вікно з базою даних: зазначеною в --database, а якщо її не зазначено — з базою даних за замовчуванням (під час першого запуску її створюють із вигаданими демонстраційними даними).

Команди:
  demo ШЛЯХ    записати до нового файлу демонстраційну базу даних із вигаданими особами
  verify-audit --database ШЛЯХ
               перевірити цілісність журналу аудиту бази даних
  migrate --database postgresql://ВЛАСНИК@СЕРВЕР:ПОРТ/НАЗВА
               створити або оновити спільну базу даних (від імені її власника)
  import --database ШЛЯХ --registry ФАЙЛ --user ІМʼЯ
               імпортувати реєстр із CSV-файлу обміну даними
  match --registry ФАЙЛ --list ФАЙЛ --out ФАЙЛ
  match --database ШЛЯХ --batch ID --out ФАЙЛ
               звірити список із реєстром
  backup --database ШЛЯХ --to ФАЙЛ
               записати перевірену копію бази даних разом із маніфестом
  restore --from ФАЙЛ --database ШЛЯХ --user ІМʼЯ
               замінити базу даних перевіреною резервною копією (старий файл зберігається)
  report --database ШЛЯХ (--batch ID [--kind summary|checklist] | --exchange ID) --pdf ФАЙЛ
               записати зведену відомість, контрольний перелік або зведення за обміном у PDF
  export --database ШЛЯХ (--batch ID | --registry) --format csv|xlsx --out ФАЙЛ
               записати список етапу або реєстр у форматі CSV чи XLSX

«homeward demo --help» описує команду.</translation>
    </message>
    <message>
        <source>The database file to open. A file that does not exist is created empty (no demo data). A shared database on a PostgreSQL server is named by its address, postgresql://USER@HOST:PORT/NAME; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Файл бази даних, який слід відкрити. Якщо файлу не існує, буде створено порожній (без демонстраційних даних). Спільну базу даних на сервері PostgreSQL зазначають її адресою postgresql://КОРИСТУВАЧ@СЕРВЕР:ПОРТ/НАЗВА; пароль береться з PGPASSWORD або ~/.pgpass.</translation>
    </message>
    <message>
        <source>demo writes a new database file; it never fills a shared database with invented persons</source>
        <translation>demo записує нову базу даних у файл; вона ніколи не заповнює спільну базу даних вигаданими особами</translation>
    </message>
    <message>
        <source>Sets up or upgrades a shared database on a PostgreSQL server to this program&apos;s schema, and grants the desks&apos; group role homeward_desk its rights. Run it as the database&apos;s owner (the desks&apos; roles may not change the schema); the password comes from PGPASSWORD or ~/.pgpass. Each step runs in one transaction: a failure leaves the previous schema in place. A database file needs no migrate: the program upgrades it when it opens it.</source>
        <translation>Створює або оновлює спільну базу даних на сервері PostgreSQL до схеми цієї програми й надає груповій ролі робочих місць homeward_desk її права. Запускайте від імені власника бази даних (ролі робочих місць не можуть змінювати схему); пароль береться з PGPASSWORD або ~/.pgpass. Кожен крок виконується в одній транзакції: у разі збою залишається попередня схема. Файлу бази даних migrate не потрібна: програма оновлює його, коли відкриває.</translation>
    </message>
    <message>
        <source>The shared database&apos;s address.</source>
        <translation>Адреса спільної бази даних.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>migrate takes no arguments besides --database</source>
        <translation>migrate не приймає інших аргументів, крім --database</translation>
    </message>
    <message>
        <source>migrate needs --database and the address of a shared database</source>
        <translation>migrate потребує --database і адреси спільної бази даних</translation>
    </message>
    <message>
        <source>migrate sets up a shared database on a server (postgresql://…); a database file is upgraded when the program opens it</source>
        <translation>migrate створює спільну базу даних на сервері (postgresql://…); файл бази даних оновлюється, коли програма його відкриває</translation>
    </message>
    <message>
        <source>the shared database %1 was not upgraded: %2</source>
        <translation>спільну базу даних %1 не оновлено: %2</translation>
    </message>
    <message>
        <source>The shared database %1 is at schema %2; the desks (members of homeward_desk) may work on it.
</source>
        <translation>Спільна база даних %1 має схему %2; робочі місця (члени homeward_desk) можуть із нею працювати.
</translation>
    </message>
</context>
<context>
    <name>homeward::CompletionDialog</name>
    <message>
        <source>Record the handover</source>
        <translation>Фіксація передачі</translation>
    </message>
    <message>
        <source>Servicemen counted at the handover</source>
        <translation>Військовослужбовці, пораховані під час передачі</translation>
    </message>
    <message>
        <source>Civilians counted at the handover</source>
        <translation>Цивільні особи, пораховані під час передачі</translation>
    </message>
    <message>
        <source>Actual &amp;date:</source>
        <translation>Фактична &amp;дата:</translation>
    </message>
    <message>
        <source>Actual &amp;place:</source>
        <translation>Фактичне &amp;місце:</translation>
    </message>
    <message>
        <source>&amp;Servicemen handed over:</source>
        <translation>Передано &amp;військовослужбовців:</translation>
    </message>
    <message>
        <source>&amp;Civilians handed over:</source>
        <translation>Передано &amp;цивільних осіб:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Reason if not handed over</source>
        <translation>Причина, якщо не передано</translation>
    </message>
    <message>
        <source>Space ticks or clears “Handed over”; type the reason for anyone not handed over</source>
        <translation>Пробіл ставить або знімає позначку «Передано»; для кожної непереданої особи введіть причину</translation>
    </message>
    <message>
        <source>&amp;Record the handover</source>
        <translation>&amp;Зафіксувати передачу</translation>
    </message>
    <message>
        <source>Everything needed is recorded.</source>
        <translation>Усе потрібне зазначено.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Ще бракує:</translation>
    </message>
    <message>
        <source>Handover not recorded</source>
        <translation>Передачу не зафіксовано</translation>
    </message>
</context>
<context>
    <name>homeward::ConfirmBatchDialog</name>
    <message>
        <source>Confirm batch</source>
        <translation>Підтвердження етапу</translation>
    </message>
    <message>
        <source>Confirming locks the batch: its list, the persons&apos; details and their checklists can no longer change, and the batch is sealed (a hash of its content and of the history at this moment), so that a printed sheet can be checked against the database. Only a supervisor who did not enter or verify any detail of this batch may confirm it.</source>
        <translation>Підтвердження блокує етап: його список, дані осіб і їхні контрольні переліки більше не можна змінити, а етап опечатується (геш його вмісту та історії на цю мить), щоб надруковану відомість можна було звірити з базою даних. Підтвердити етап може лише керівник, який не вносив і не перевіряв жодних даних цього етапу.</translation>
    </message>
    <message>
        <source>Your own password, entered again to confirm that it is you</source>
        <translation>Ваш власний пароль, введений ще раз, щоб підтвердити, що це ви</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal</source>
        <translation>Підтвердити й &amp;опечатати</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>Batch %1 of “%2”</source>
        <translation>Етап %1 обміну «%2»</translation>
    </message>
    <message>
        <source>Listed: %1 servicemen of %2 planned, %3 civilians of %4 planned</source>
        <translation>У списку: військовослужбовців — %1 із запланованих %2, цивільних осіб — %3 із запланованих %4</translation>
    </message>
    <message>
        <source>Every person is verified and the counts equal the plan.</source>
        <translation>Усіх осіб перевірено, кількість відповідає плану.</translation>
    </message>
    <message>
        <source>The batch cannot be confirmed yet:</source>
        <translation>Етап поки що неможливо підтвердити:</translation>
    </message>
</context>
<context>
    <name>homeward::ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Підключитися до спільної бази даних</translation>
    </message>
    <message>
        <source>e.g. hq-db.example.org</source>
        <translation>напр. hq-db.example.org</translation>
    </message>
    <message>
        <source>The name or address of the database server, as your administrator gave it</source>
        <translation>Назва або адреса сервера бази даних, як її надав адміністратор</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s usual one is 5432</source>
        <translation>Порт сервера; звичайний порт PostgreSQL — 5432</translation>
    </message>
    <message>
        <source>e.g. homeward</source>
        <translation>напр. homeward</translation>
    </message>
    <message>
        <source>The name of the shared database on the server</source>
        <translation>Назва спільної бази даних на сервері</translation>
    </message>
    <message>
        <source>your desk&apos;s role</source>
        <translation>роль вашого робочого місця</translation>
    </message>
    <message>
        <source>The database role this desk signs in as (a member of homeward_desk, never the database&apos;s owner); not your Homeward account</source>
        <translation>Роль бази даних, від імені якої входить це робоче місце (член homeward_desk, ніколи не власник бази даних); це не ваш обліковий запис Homeward</translation>
    </message>
    <message>
        <source>Required, server&apos;s identity verified</source>
        <translation>Обовʼязкове, з перевіркою сертифіката сервера</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обовʼязкове</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Якщо сервер пропонує</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Вимкнено (лише в мережі, якій ви довіряєте)</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted (TLS). Personal data travels on it: choose &quot;Required&quot; unless the server is on this computer.</source>
        <translation>Чи шифрується зʼєднання з сервером (TLS). Ним передаються персональні дані: оберіть «Обовʼязкове», якщо сервер не на цьому компʼютері.</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>з ~/.pgpass, якщо порожньо</translation>
    </message>
    <message>
        <source>The role&apos;s password, for this run of Homeward only: it is never stored. Leave it empty when it is in ~/.pgpass or PGPASSWORD.</source>
        <translation>Пароль ролі лише для цього запуску Homeward: його ніколи не зберігають. Залиште порожнім, якщо він є в ~/.pgpass або PGPASSWORD.</translation>
    </message>
    <message>
        <source>The address to give with --database to the homeward commands</source>
        <translation>Адреса, яку слід указувати в --database для команд homeward</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Під&amp;ключитися</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Перевірити &amp;зʼєднання</translation>
    </message>
    <message>
        <source>Sign in to the server with these settings and check the database, without switching</source>
        <translation>Увійти на сервер із цими налаштуваннями й перевірити базу даних, не перемикаючись на неї</translation>
    </message>
    <message>
        <source>The shared database is remembered for this computer&apos;s user account and opened at every start. Your Homeward account and password are asked after connecting.</source>
        <translation>Спільну базу даних буде запамʼятовано для облікового запису користувача цього компʼютера й відкриватиметься під час кожного запуску. Ваш обліковий запис і пароль Homeward запитуються після підключення.</translation>
    </message>
    <message>
        <source>(fill in the server, the database and the role)</source>
        <translation>(заповніть сервер, базу даних і роль)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>Connected: the shared database is ready for this desk.</source>
        <translation>Підключено: спільна база даних готова для цього робочого місця.</translation>
    </message>
    <message>
        <source>The address could not be stored in this computer&apos;s settings: Homeward connects to it now, but not at the next start.</source>
        <translation>Адресу не вдалося зберегти в налаштуваннях цього компʼютера: Homeward підключиться до неї зараз, але не під час наступного запуску.</translation>
    </message>
</context>
<context>
    <name>homeward::ConnectionLostBar</name>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>Підʼєднатися &amp;знову</translation>
    </message>
    <message>
        <source>Try to connect to the shared database again now, without waiting for the next attempt</source>
        <translation>Спробувати підʼєднатися до спільної бази даних зараз, не чекаючи на наступну спробу</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost at %1: the server may have restarted, or the network failed. Everything saved before then is kept on the server; a change that failed then was not saved, so make it again once connected. Homeward tries to connect again every %2 seconds.</source>
        <translation>О %1 втрачено зʼєднання зі спільною базою даних: можливо, сервер перезапустився або стався збій мережі. Усе, що було збережено раніше, зберігається на сервері; зміну, яка тоді не вдалася, не збережено, тож внесіть її знову, щойно зʼєднання відновиться. Homeward намагається підʼєднатися знову кожні %2 с.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost</source>
        <translation>Втрачено зʼєднання зі спільною базою даних</translation>
    </message>
    <message>
        <source>Last attempt at %1: %2</source>
        <translation>Остання спроба о %1: %2</translation>
    </message>
    <message>
        <source>Connected to the shared database again at %1; the lists show what was saved meanwhile</source>
        <translation>О %1 зʼєднання зі спільною базою даних відновлено; списки показують те, що було збережено за цей час</translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartImportCommand</name>
    <message>
        <source>  %1: ours %2, theirs %3, planned %4%5
</source>
        <translation>  %1: у нас — %2, в іншої сторони — %3, заплановано — %4%5
</translation>
    </message>
    <message>
        <source>  (does not agree)</source>
        <translation>  (не збігається)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>nothing was imported: batch %1 is %2; the other side&apos;s list is taken only while a batch is a draft, in verification or verified</source>
        <translation>нічого не імпортовано: етап %1 має статус «%2»; список іншої сторони приймається лише для етапу в статусі чернетки, на перевірці або перевіреного</translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation>%1: інші проблеми не наведено: %2
</translation>
    </message>
    <message>
        <source>nothing was imported: problems in %1: %2</source>
        <translation>нічого не імпортовано: проблеми в %1: %2</translation>
    </message>
    <message>
        <source>Imported the other side&apos;s list for batch %1 from %2 (%3): %4 rows, list %5; SHA-256 %6
</source>
        <translation>Імпортовано список іншої сторони для етапу %1 з %2 (%3): рядків — %4, список %5; SHA-256 %6
</translation>
    </message>
    <message>
        <source>the list was imported, but the reconciliation could not be made: %1</source>
        <translation>список імпортовано, але звірку виконати не вдалося: %1</translation>
    </message>
    <message>
        <source>Pairs: %1 (differences: %2, of them high risk and open: %3)
</source>
        <translation>Пар: %1 (з відмінностями: %2, з них високого ризику й невирішених: %3)
</translation>
    </message>
    <message>
        <source>Only on their list: %1
</source>
        <translation>Лише в їхньому списку: %1
</translation>
    </message>
    <message>
        <source>Only on our list: %1
</source>
        <translation>Лише в нашому списку: %1
</translation>
    </message>
    <message>
        <source>Counts (all agree):
</source>
        <translation>Кількість осіб (усе збігається):
</translation>
    </message>
    <message>
        <source>Counts (some do not agree):
</source>
        <translation>Кількість осіб (не все збігається):
</translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so some persons shown on one list only may be on the other with typos.
</source>
        <translation>Списки майже не збігаються: другий прохід зіставлення не виконувався, тому деякі особи, показані лише в одному списку, можуть бути в іншому з помилками в написанні.
</translation>
    </message>
    <message>
        <source>Open items to resolve: %1. Review them in the window: Batch &gt; Reconcile with the other side&apos;s list.
</source>
        <translation>Невирішених пунктів: %1. Перегляньте їх у вікні: Етап &gt; Звірити зі списком іншої сторони.
</translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartListFile</name>
    <message>
        <source>the reading of %1 stopped before the end</source>
        <translation>читання %1 зупинилося до кінця файлу</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>homeward::CounterpartRepository</name>
    <message>
        <source>The batch could not be read</source>
        <translation>Не вдалося прочитати етап</translation>
    </message>
    <message>
        <source>No batch with number %1</source>
        <translation>Немає етапу з номером %1</translation>
    </message>
    <message>
        <source>Batch %1 is confirmed, completed or cancelled: its counterpart list and its reconciliation can no longer change</source>
        <translation>Етап %1 підтверджено, завершено або скасовано: його список іншої сторони та його звірку більше не можна змінювати</translation>
    </message>
    <message>
        <source>The counterpart list holds no persons; nothing was imported</source>
        <translation>Список іншої сторони не містить жодної особи; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The counterpart list has no file name; nothing was imported</source>
        <translation>Список іншої сторони не має назви файлу; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The SHA-256 of the counterpart list is not 64 lower-case hexadecimal digits; nothing was imported</source>
        <translation>SHA-256 списку іншої сторони не складається з 64 шістнадцяткових цифр у нижньому регістрі; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list has no valid record_id; nothing was imported</source>
        <translation>Рядок %1 списку іншої сторони не має коректного record_id; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list repeats record_id %2; nothing was imported</source>
        <translation>Рядок %1 списку іншої сторони повторює record_id %2; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list lacks the surname or the given name; nothing was imported</source>
        <translation>У рядку %1 списку іншої сторони бракує прізвища або імені; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The counterpart list could not be stored; nothing was imported</source>
        <translation>Не вдалося зберегти список іншої сторони; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The database could not prepare the counterpart list</source>
        <translation>Базі даних не вдалося підготувати список іншої сторони</translation>
    </message>
    <message>
        <source>Line %1 of the counterpart list could not be stored; nothing was imported</source>
        <translation>Не вдалося зберегти рядок %1 списку іншої сторони; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The counterpart lists could not be read</source>
        <translation>Не вдалося прочитати списки іншої сторони</translation>
    </message>
    <message>
        <source>The counterpart list could not be read</source>
        <translation>Не вдалося прочитати список іншої сторони</translation>
    </message>
    <message>
        <source>The counterpart list holds a birth date that cannot be read (record %1)</source>
        <translation>Список іншої сторони містить дату народження, яку неможливо прочитати (запис %1)</translation>
    </message>
    <message>
        <source>No difference was chosen to resolve</source>
        <translation>Не вибрано відмінності, яку слід вирішити</translation>
    </message>
    <message>
        <source>Write a note that says how the difference was resolved</source>
        <translation>Напишіть примітку про те, як вирішено відмінність</translation>
    </message>
    <message>
        <source>The resolution could not be stored</source>
        <translation>Не вдалося зберегти рішення</translation>
    </message>
    <message>
        <source>The resolution could not be read</source>
        <translation>Не вдалося прочитати рішення</translation>
    </message>
    <message>
        <source>This difference is not marked resolved</source>
        <translation>Цю відмінність не позначено як вирішену</translation>
    </message>
    <message>
        <source>The resolution could not be taken back</source>
        <translation>Не вдалося скасувати рішення</translation>
    </message>
    <message>
        <source>The resolutions could not be read</source>
        <translation>Не вдалося прочитати рішення</translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
    <message>
        <source>No counterpart list has been imported for batch %1</source>
        <translation>Для етапу %1 ще не імпортовано списку іншої сторони</translation>
    </message>
</context>
<context>
    <name>homeward::CsvReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>не вдалося прочитати файл: %1</translation>
    </message>
    <message>
        <source>a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or a binary file)</source>
        <translation>символ NUL: це не текстовий файл у кодуванні UTF-8 (можливо, UTF-16 або двійковий файл)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>неправильний UTF-8 (байт 0x%1); збережіть файл у кодуванні UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8</source>
        <translation>файл у кодуванні UTF-16 (починається з мітки порядку байтів UTF-16); збережіть його в кодуванні UTF-8</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes (a quote that never closes?)</source>
        <translation>запис довший за %1 байтів (можливо, лапки не закрито?)</translation>
    </message>
    <message>
        <source>unterminated quoted field: the quote that opens it is never closed</source>
        <translation>незавершене поле в лапках: лапки, що його відкривають, ніде не закрито</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>текст після закривних лапок поля в лапках (лапки всередині поля в лапках потрібно подвоювати: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not begin with a quote (put the whole field in quotes and double the quote: &quot;&quot;)</source>
        <translation>лапки всередині поля, яке не починається з лапок (візьміть усе поле в лапки, а лапки всередині подвойте: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file</source>
        <translation>символ NUL: це не текстовий файл</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a character of Windows-1251</source>
        <translation>байт 0x%1 не є символом кодування Windows-1251</translation>
    </message>
    <message>
        <source>this field is UTF-8 but the file is Windows-1251: the file mixes encodings; save the list again in one encoding</source>
        <translation>це поле в кодуванні UTF-8, а файл — у Windows-1251: у файлі змішано кодування; збережіть список ще раз в одному кодуванні</translation>
    </message>
</context>
<context>
    <name>homeward::CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>не вдалося записати дані</translation>
    </message>
</context>
<context>
    <name>homeward::DashboardBatchModel</name>
    <message>
        <source>Batch %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>Batch %1, planned for %2</source>
        <translation>Етап %1, заплановано на %2</translation>
    </message>
    <message>
        <source>Batch %1, no date planned</source>
        <translation>Етап %1, дату не заплановано</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) planned</source>
        <translation>
            <numerusform>Заплановано %n особу</numerusform>
            <numerusform>Заплановано %n особи</numerusform>
            <numerusform>Заплановано %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entered</source>
        <translation>Внесено %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation>Перевірено %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) marked discrepant, in %1 person(s)</source>
        <translation>
            <numerusform>%n пункт позначено як розбіжний, осіб: %1</numerusform>
            <numerusform>%n пункти позначено як розбіжні, осіб: %1</numerusform>
            <numerusform>%n пунктів позначено як розбіжні, осіб: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a verifier</source>
        <translation>
            <numerusform>%n особа чекає на верифікатора</numerusform>
            <numerusform>%n особи чекають на верифікатора</numerusform>
            <numerusform>%n осіб чекають на верифікатора</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікують</translation>
    </message>
    <message>
        <source>Persons planned for the batch</source>
        <translation>Осіб, запланованих для етапу</translation>
    </message>
    <message>
        <source>Persons entered in the batch&apos;s list, of those planned</source>
        <translation>Осіб, внесених до списку етапу, із запланованих</translation>
    </message>
    <message>
        <source>Persons with every detail verified, of those entered</source>
        <translation>Осіб, усі дані яких перевірено, із внесених</translation>
    </message>
    <message>
        <source>Details marked discrepant and not yet corrected</source>
        <translation>Пункти, позначені як розбіжні й ще не виправлені</translation>
    </message>
    <message>
        <source>Persons entered, neither verified nor held up by a discrepancy</source>
        <translation>Внесені особи, ще не перевірені й не затримані через розбіжність</translation>
    </message>
</context>
<context>
    <name>homeward::DashboardCharts</name>
    <message>
        <source>Persons by category and sex</source>
        <translation>Особи за категорією та статтю</translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation>Військовослужбовці</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Цивільні особи</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Чоловіки</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жінки</translation>
    </message>
    <message>
        <source>Persons verified over time</source>
        <translation>Динаміка перевірки осіб</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Entered (%1)</source>
        <translation>Внесено (%1)</translation>
    </message>
    <message>
        <source>No person is entered in this exchange yet.</source>
        <translation>У цьому обміні ще не внесено жодної особи.</translation>
    </message>
    <message>
        <source>No person of this exchange is fully verified yet.</source>
        <translation>У цьому обміні ще немає жодної повністю перевіреної особи.</translation>
    </message>
</context>
<context>
    <name>homeward::DashboardPage</name>
    <message>
        <source>Exchange</source>
        <translation>Обмін</translation>
    </message>
    <message>
        <source>The exchange could not be read: %1</source>
        <translation>Не вдалося прочитати обмін: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Agreed: %1 servicemen, %2 civilians; %3</source>
        <translation>Узгоджено: військовослужбовців — %1, цивільних осіб — %2; %3</translation>
    </message>
    <message>
        <source>The dashboard could not be brought up to date: %1</source>
        <translation>Не вдалося оновити панель показників: %1</translation>
    </message>
    <message>
        <source>%1 of %2 entered</source>
        <translation>Внесено %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation>Перевірено %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>Open discrepancies: %1 (%n person(s))</source>
        <translation>
            <numerusform>Невирішені розбіжності: %1 (%n особа)</numerusform>
            <numerusform>Невирішені розбіжності: %1 (%n особи)</numerusform>
            <numerusform>Невирішені розбіжності: %1 (%n осіб)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for verification: %n person(s)</source>
        <translation>
            <numerusform>Чекають на перевірку: %n особа</numerusform>
            <numerusform>Чекають на перевірку: %n особи</numerusform>
            <numerusform>Чекають на перевірку: %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>Внесено:</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Перевірено:</translation>
    </message>
    <message>
        <source>Persons entered in the lists of the exchange&apos;s batches, of those planned (cancelled batches left out)</source>
        <translation>Осіб, внесених до списків етапів обміну, із запланованих (без скасованих етапів)</translation>
    </message>
    <message>
        <source>Persons with every detail verified, of those entered</source>
        <translation>Осіб, усі дані яких перевірено, із внесених</translation>
    </message>
    <message>
        <source>Who is working on the batches could not be read: %1</source>
        <translation>Не вдалося прочитати, хто працює з етапами: %1</translation>
    </message>
    <message>
        <source>Nobody has a batch of this exchange open now.</source>
        <translation>Зараз ніхто не має відкритого етапу цього обміну.</translation>
    </message>
    <message>
        <source>Working on the batches now:</source>
        <translation>Зараз працюють з етапами:</translation>
    </message>
</context>
<context>
    <name>homeward::DashboardQueries</name>
    <message>
        <source>The batches of the exchange could not be read</source>
        <translation>Не вдалося прочитати етапи обміну</translation>
    </message>
    <message>
        <source>Batch %1 has an unknown direction or status: %2, %3</source>
        <translation>Етап %1 має невідомий напрям або статус: %2, %3</translation>
    </message>
    <message>
        <source>The persons of the exchange could not be counted</source>
        <translation>Не вдалося підрахувати осіб обміну</translation>
    </message>
    <message>
        <source>Unknown category or sex: %1, %2</source>
        <translation>Невідома категорія або стать: %1, %2</translation>
    </message>
    <message>
        <source>The verification history of the exchange could not be read</source>
        <translation>Не вдалося прочитати історію перевірок обміну</translation>
    </message>
    <message>
        <source>A verification has an unreadable time: %1</source>
        <translation>Перевірка має час, який неможливо прочитати: %1</translation>
    </message>
</context>
<context>
    <name>homeward::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>Драйвер SQLite для Qt не встановлено (пакет Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Не вдалося створити теку для бази даних</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Не вдалося відкрити базу даних %1</translation>
    </message>
    <message>
        <source>Cannot set up the database connection (%1)</source>
        <translation>Не вдалося налаштувати зʼєднання з базою даних (%1)</translation>
    </message>
    <message>
        <source>Cannot create the database file %1</source>
        <translation>Не вдалося створити файл бази даних %1</translation>
    </message>
    <message>
        <source>Cannot make the database file %1 private to its owner</source>
        <translation>Не вдалося зробити файл бази даних %1 доступним лише його власникові</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed: apt-get install libqt6sql6-psql</source>
        <translation>Драйвер PostgreSQL для Qt не встановлено: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The database server %1 asks for a password: set PGPASSWORD or put the password in ~/.pgpass</source>
        <translation>Сервер бази даних %1 вимагає пароль: задайте PGPASSWORD або запишіть пароль у ~/.pgpass</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1</source>
        <translation>Не вдається підключитися до сервера бази даних %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the shared database %1</source>
        <translation>Не вдалося прочитати версію схеми спільної бази даних %1</translation>
    </message>
    <message>
        <source>The shared database %1 was set up by a newer version of Homeward (schema %2; this program knows schema %3). Use a newer version of the program.</source>
        <translation>Спільну базу даних %1 налаштувала новіша версія Homeward (схема %2; ця програма знає схему %3). Скористайтеся новішою версією програми.</translation>
    </message>
    <message>
        <source>The shared database %1 is at schema %2 and this program needs schema %3. The database&apos;s owner upgrades it with: homeward migrate --database %4</source>
        <translation>Спільна база даних %1 має схему %2, а цій програмі потрібна схема %3. Власник бази даних оновлює її командою: homeward migrate --database %4</translation>
    </message>
    <message>
        <source>Cannot read the rights of %1 on the shared database %2</source>
        <translation>Не вдалося прочитати права %1 у спільній базі даних %2</translation>
    </message>
    <message>
        <source>The role %1 may change or delete the audit trail of the shared database %2 (it owns the database or is a superuser). Homeward works there only as a desk&apos;s role, a member of %3 that may add to the audit trail but not rewrite it. Sign in as such a role; README, &quot;A shared database&quot;, says how the administrator sets one up.</source>
        <translation>Роль %1 може змінювати або видаляти журнал аудиту спільної бази даних %2 (вона є власником бази даних або суперкористувачем). Homeward працює там лише від імені ролі робочого місця — члена %3, яка може доповнювати журнал аудиту, але не переписувати його. Увійдіть від імені такої ролі; як адміністратор її налаштовує, описано в README, розділ «A shared database».</translation>
    </message>
</context>
<context>
    <name>homeward::DatabaseArgument</name>
    <message>
        <source>there is no database file at %1</source>
        <translation>файлу бази даних %1 не існує</translation>
    </message>
    <message>
        <source>%1 works on a database file; the shared database %2 is kept by its server, whose administrator backs it up and restores it with the server&apos;s own tools (pg_dump, pg_restore)</source>
        <translation>%1 працює з файлом бази даних; спільну базу даних %2 зберігає її сервер, адміністратор якого створює й відновлює її резервні копії власними засобами сервера (pg_dump, pg_restore)</translation>
    </message>
    <message>
        <source>Password of the database role %1 on %2: </source>
        <translation>Пароль ролі бази даних %1 на %2: </translation>
    </message>
</context>
<context>
    <name>homeward::DatabaseUrl</name>
    <message>
        <source>The database address is empty</source>
        <translation>Адресу бази даних не вказано</translation>
    </message>
    <message>
        <source>The database address must start with postgresql:// or postgres://, not %1</source>
        <translation>Адреса бази даних має починатися з postgresql:// або postgres://, а не з %1</translation>
    </message>
    <message>
        <source>The database address must start with postgresql:// or postgres://</source>
        <translation>Адреса бази даних має починатися з postgresql:// або postgres://</translation>
    </message>
    <message>
        <source>The database address contains a password. Never write the password in the address: set PGPASSWORD or put it in ~/.pgpass</source>
        <translation>Адреса бази даних містить пароль. Ніколи не пишіть пароль в адресі: задайте PGPASSWORD або запишіть його в ~/.pgpass</translation>
    </message>
    <message>
        <source>The database address must not contain #</source>
        <translation>Адреса бази даних не може містити #</translation>
    </message>
    <message>
        <source>The database address names no user: write %1</source>
        <translation>В адресі бази даних не вказано користувача: напишіть %1</translation>
    </message>
    <message>
        <source>The user name in the database address contains @: write it as %40</source>
        <translation>Імʼя користувача в адресі бази даних містить @: запишіть його як %40</translation>
    </message>
    <message>
        <source>The user name “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation>Імʼя користувача «%1» в адресі бази даних має пошкоджену %-послідовність або недозволений символ</translation>
    </message>
    <message>
        <source>The database address names no host: write %1</source>
        <translation>В адресі бази даних не вказано сервер: напишіть %1</translation>
    </message>
    <message>
        <source>The database address names several hosts (%1): give one</source>
        <translation>В адресі бази даних вказано кілька серверів (%1): вкажіть один</translation>
    </message>
    <message>
        <source>The IPv6 address in the database address has no closing ]</source>
        <translation>IPv6-адреса в адресі бази даних не має закривної ]</translation>
    </message>
    <message>
        <source>“%1” in the database address is not an IPv6 address</source>
        <translation>«%1» в адресі бази даних не є IPv6-адресою</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the IPv6 address: write [ADDRESS]:PORT</source>
        <translation>Неочікуване «%1» після IPv6-адреси: напишіть [АДРЕСА]:ПОРТ</translation>
    </message>
    <message>
        <source>An IPv6 address in the database address must be written in brackets, as in postgresql://USER@[::1]:5432/DATABASE</source>
        <translation>IPv6-адресу в адресі бази даних слід писати у квадратних дужках, як-от postgresql://USER@[::1]:5432/DATABASE</translation>
    </message>
    <message>
        <source>The host “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation>Сервер «%1» в адресі бази даних має пошкоджену %-послідовність або недозволений символ</translation>
    </message>
    <message>
        <source>The host name “%1” contains characters that are not allowed</source>
        <translation>Імʼя сервера «%1» містить недозволені символи</translation>
    </message>
    <message>
        <source>The database address has a : after the host but no port number</source>
        <translation>В адресі бази даних після сервера стоїть :, але немає номера порту</translation>
    </message>
    <message>
        <source>The port “%1” in the database address is not a number from 1 to 65535</source>
        <translation>Порт «%1» в адресі бази даних не є числом від 1 до 65535</translation>
    </message>
    <message>
        <source>The database address names no database: write %1</source>
        <translation>В адресі бази даних не вказано базу даних: напишіть %1</translation>
    </message>
    <message>
        <source>The database name “%1” in the address contains /</source>
        <translation>Назва бази даних «%1» в адресі містить /</translation>
    </message>
    <message>
        <source>The database name “%1” in the address has a broken %-escape or a character that is not allowed</source>
        <translation>Назва бази даних «%1» в адресі має пошкоджену %-послідовність або недозволений символ</translation>
    </message>
    <message>
        <source>The setting “%1” in the database address has a broken %-escape or a character that is not allowed</source>
        <translation>Параметр «%1» в адресі бази даних має пошкоджену %-послідовність або недозволений символ</translation>
    </message>
    <message>
        <source>The database address has an unknown setting “%1”: only sslmode is accepted</source>
        <translation>Адреса бази даних має невідомий параметр «%1»: дозволено лише sslmode</translation>
    </message>
    <message>
        <source>The database address gives sslmode more than once</source>
        <translation>Адреса бази даних задає sslmode більше одного разу</translation>
    </message>
    <message>
        <source>“%1” is not an sslmode: use disable, prefer, require, verify-ca or verify-full</source>
        <translation>«%1» не є значенням sslmode: використовуйте disable, prefer, require, verify-ca або verify-full</translation>
    </message>
</context>
<context>
    <name>homeward::DateLineEdit</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 17.05.1990.
If only the month or the year is known, type MM.YYYY or YYYY.</source>
        <translation>Введіть дату у форматі ДД.ММ.РРРР, наприклад 17.05.1990.
Якщо відомі лише місяць і рік або лише рік, введіть ММ.РРРР або РРРР.</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 17.05.2024. Leave empty if unknown.</source>
        <translation>Введіть дату у форматі ДД.ММ.РРРР, наприклад 17.05.2024. Якщо дата невідома, залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Not a date: type DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation>Це не дата: введіть ДД.ММ.РРРР, ММ.РРРР або РРРР</translation>
    </message>
    <message>
        <source>Not a date: type DD.MM.YYYY</source>
        <translation>Це не дата: введіть ДД.ММ.РРРР</translation>
    </message>
</context>
<context>
    <name>homeward::DemoData</name>
    <message>
        <source>A demo person does not pass the checks: %1 %2</source>
        <translation>Демонстраційна особа не проходить перевірки: %1 %2</translation>
    </message>
    <message>
        <source>1,000 for 1,000</source>
        <translation>1000 на 1000</translation>
    </message>
    <message>
        <source>agreed in talks on 16 May</source>
        <translation>домовленість на переговорах 16 травня</translation>
    </message>
    <message>
        <source>Ukrainian–Belarusian border, Volyn region</source>
        <translation>Українсько-білоруський кордон, Волинська область</translation>
    </message>
    <message>
        <source>ICRC</source>
        <translation>МКЧХ</translation>
    </message>
    <message>
        <source>Demo data: every person here is invented. For trying the program out only.</source>
        <translation>Демонстраційні дані: усіх осіб тут вигадано. Лише для ознайомлення з програмою.</translation>
    </message>
    <message>
        <source>The demo exchange does not pass the checks</source>
        <translation>Демонстраційний обмін не проходить перевірки</translation>
    </message>
    <message>
        <source>Border crossing point, Volyn region</source>
        <translation>Пункт пропуску через державний кордон, Волинська область</translation>
    </message>
    <message>
        <source>A demo batch does not pass the checks</source>
        <translation>Демонстраційний етап не проходить перевірки</translation>
    </message>
    <message>
        <source>%1 already exists; a demo database is written only to a new file. Nothing was changed.</source>
        <translation>%1 уже існує; демонстраційну базу даних записують лише в новий файл. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Не вдалося створити теку для бази даних</translation>
    </message>
    <message>
        <source>The demo database could not be completed</source>
        <translation>Не вдалося завершити створення демонстраційної бази даних</translation>
    </message>
    <message>
        <source>The demo database could not be moved into place</source>
        <translation>Не вдалося перемістити демонстраційну базу даних на призначене місце</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Керівник Демонстраційний</translation>
    </message>
    <message>
        <source>Demo Verifier</source>
        <translation>Верифікатор Демонстраційний</translation>
    </message>
    <message>
        <source>Demo Operator</source>
        <translation>Оператор Демонстраційний</translation>
    </message>
    <message>
        <source>The demo accounts could not be created</source>
        <translation>Не вдалося створити демонстраційні облікові записи</translation>
    </message>
    <message>
        <source>checked against the documents received</source>
        <translation>звірено з отриманими документами</translation>
    </message>
    <message>
        <source>Planned; the list has not been received yet.</source>
        <translation>Заплановано; список ще не отримано.</translation>
    </message>
    <message>
        <source>The other side&apos;s list gives service number Ю-000210; check the military ID</source>
        <translation>У списку іншої сторони зазначено особистий номер Ю-000210; перевірте військовий квиток</translation>
    </message>
    <message>
        <source>The other side&apos;s list spells the patronymic «Олеговна»</source>
        <translation>У списку іншої сторони по батькові написано «Олеговна»</translation>
    </message>
</context>
<context>
    <name>homeward::DiscrepancyDialog</name>
    <message>
        <source>Record a discrepancy</source>
        <translation>Фіксація розбіжності</translation>
    </message>
    <message>
        <source>Record a discrepancy in %1.</source>
        <translation>Зафіксувати розбіжність: %1.</translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation>Збережене значення: %1</translation>
    </message>
    <message>
        <source>&amp;What differs, and in which record? (required)</source>
        <translation>&amp;Що відрізняється і в якому записі? (обовʼязково)</translation>
    </message>
    <message>
        <source>For example: the passport reads Коваленко, the other side&apos;s list Коваленков</source>
        <translation>Наприклад: у паспорті — Коваленко, у списку іншої сторони — Коваленков</translation>
    </message>
    <message>
        <source>&amp;Record discrepancy</source>
        <translation>&amp;Зафіксувати розбіжність</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>homeward::Enums</name>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>serviceman</source>
        <translation>військовослужбовець</translation>
    </message>
    <message>
        <source>civilian</source>
        <translation>цивільна особа</translation>
    </message>
    <message>
        <source>we receive</source>
        <translation>ми отримуємо</translation>
    </message>
    <message>
        <source>we hand over</source>
        <translation>ми передаємо</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>in verification</source>
        <translation>на перевірці</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>у списку</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>вилучено зі списку</translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeDialog</name>
    <message>
        <source>New exchange</source>
        <translation>Новий обмін</translation>
    </message>
    <message>
        <source>A short name everyone recognises, e.g. “1000 for 1000”</source>
        <translation>Коротка назва, зрозуміла всім, напр. «1000 на 1000»</translation>
    </message>
    <message>
        <source>Where and when it was agreed, e.g. “agreed in talks on 16 May”</source>
        <translation>Де й коли домовилися, напр. «домовленість на переговорах 16 травня»</translation>
    </message>
    <message>
        <source>The state or organisation mediating the exchange, if any</source>
        <translation>Держава чи організація — посередник в обміні, якщо є</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>&amp;Дата домовленості:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Intermediary:</source>
        <translation>П&amp;осередник:</translation>
    </message>
    <message>
        <source>Agreed &amp;servicemen:</source>
        <translation>Узгоджено &amp;військовослужбовців:</translation>
    </message>
    <message>
        <source>Agreed &amp;civilians:</source>
        <translation>Узгоджено &amp;цивільних осіб:</translation>
    </message>
    <message>
        <source>Agreed in total:</source>
        <translation>Узгоджено всього:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Приміт&amp;ки:</translation>
    </message>
    <message>
        <source>Exchange “%1”</source>
        <translation>Обмін «%1»</translation>
    </message>
    <message>
        <source>Exchange not saved</source>
        <translation>Обмін не збережено</translation>
    </message>
    <message>
        <source>The stored exchange could not be read: %1</source>
        <translation>Не вдалося прочитати збережений обмін: %1</translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeRepository</name>
    <message>
        <source>The exchange was not saved</source>
        <translation>Обмін не збережено</translation>
    </message>
    <message>
        <source>The exchange no longer exists; it may have been deleted</source>
        <translation>Обміну більше не існує; можливо, його видалено</translation>
    </message>
    <message>
        <source>No exchange with number %1</source>
        <translation>Немає обміну з номером %1</translation>
    </message>
    <message>
        <source>The exchange was not deleted; nothing was changed</source>
        <translation>Обмін не видалено; нічого не змінено</translation>
    </message>
    <message>
        <source>The exchanges could not be read</source>
        <translation>Не вдалося прочитати обміни</translation>
    </message>
</context>
<context>
    <name>homeward::ExchangeValidator</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Підстава (домовленість)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <source>Agreed servicemen</source>
        <translation>Узгоджено військовослужбовців</translation>
    </message>
    <message>
        <source>Agreed civilians</source>
        <translation>Узгоджено цивільних осіб</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата домовленості</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation>%1: задовгий текст (символів: %2, допустимо не більше ніж %3)</translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation>%1: керівний символ %2 у позиції %3 не допускається</translation>
    </message>
    <message>
        <source>The title is required</source>
        <translation>Потрібно зазначити назву</translation>
    </message>
    <message>
        <source>The agreed number of servicemen cannot be negative</source>
        <translation>Узгоджена кількість військовослужбовців не може бути відʼємною</translation>
    </message>
    <message>
        <source>The agreed number of civilians cannot be negative</source>
        <translation>Узгоджена кількість цивільних осіб не може бути відʼємною</translation>
    </message>
    <message>
        <source>Agreed totals must be at least one person</source>
        <translation>Узгоджена кількість має становити щонайменше одну особу</translation>
    </message>
    <message>
        <source>The agreement date %1 is in the future</source>
        <translation>Дата домовленості %1 пізніша за сьогоднішню</translation>
    </message>
</context>
<context>
    <name>homeward::Export</name>
    <message>
        <source>%1 is a folder; give the path of the file to write</source>
        <translation>%1 — це папка; зазначте шлях до файлу, який слід записати</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не існує</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation>немає дозволу на запис у папку файлу %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не вдалося записати %1</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>помилка під час запису %1</translation>
    </message>
    <message>
        <source>cannot put the export in place at %1</source>
        <translation>не вдалося розмістити експортований файл за шляхом %1</translation>
    </message>
    <message>
        <source>writing the export failed</source>
        <translation>помилка під час запису експортованого файлу</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written</source>
        <translation>Експорт скасовано; жоден файл не записано</translation>
    </message>
    <message>
        <source>Reading the batch failed</source>
        <translation>Не вдалося прочитати етап</translation>
    </message>
    <message>
        <source>There is no batch with number %1</source>
        <translation>Етапу з номером %1 не існує</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>Reading the batch&apos;s list failed</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
    <message>
        <source>Reading the registry failed</source>
        <translation>Не вдалося прочитати реєстр</translation>
    </message>
    <message>
        <source>The registry has %1 persons; a spreadsheet worksheet holds at most %2. Export it as CSV instead.</source>
        <translation>Реєстр містить осіб: %1; аркуш електронної таблиці вміщує не більше ніж %2. Експортуйте реєстр у форматі CSV.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реєстр</translation>
    </message>
</context>
<context>
    <name>homeward::ExportActions</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Експортувати &amp;список…</translation>
    </message>
    <message>
        <source>Write the persons of the selected batch to a CSV file or an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Записати осіб вибраного етапу до CSV-файлу або книги Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Export registry…</source>
        <translation>&amp;Експортувати реєстр…</translation>
    </message>
    <message>
        <source>Write the whole registry to a CSV file or an Excel workbook</source>
        <translation>Записати весь реєстр до CSV-файлу або книги Excel</translation>
    </message>
    <message>
        <source>Interchange CSV (*.csv)</source>
        <translation>CSV обміну даними (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the batch&apos;s list</source>
        <translation>Експорт списку етапу</translation>
    </message>
    <message>
        <source>batch-%1</source>
        <translation>batch-%1</translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation>Експорт реєстру</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Writing %1: %L2 persons…</source>
        <translation>Запис %1: осіб — %L2…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Нічого не експортовано. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn person(s) left out.</source>
        <translation>
            <numerusform>Не включено %n особу, вилучену зі списку.</numerusform>
            <numerusform>Не включено %n особи, вилучені зі списку.</numerusform>
            <numerusform>Не включено %n осіб, вилучених зі списку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without a record number written as person-&lt;number&gt;.</source>
        <translation>
            <numerusform>%n особу без номера запису записано як person-&lt;number&gt;.</numerusform>
            <numerusform>%n особи без номера запису записано як person-&lt;number&gt;.</numerusform>
            <numerusform>%n осіб без номера запису записано як person-&lt;number&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) beginning with = + - @ written with an apostrophe in front, so a spreadsheet shows them as text; importing the file takes the apostrophe off.</source>
        <translation>
            <numerusform>%n значення, що починається з = + - @, записано з апострофом на початку, щоб електронна таблиця показувала його як текст; під час імпорту файлу апостроф буде вилучено.</numerusform>
            <numerusform>%n значення, що починаються з = + - @, записано з апострофом на початку, щоб електронна таблиця показувала їх як текст; під час імпорту файлу апостроф буде вилучено.</numerusform>
            <numerusform>%n значень, що починаються з = + - @, записано з апострофом на початку, щоб електронна таблиця показувала їх як текст; під час імпорту файлу апостроф буде вилучено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Експортовано</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n особу записано до %1.</numerusform>
            <numerusform>%n особи записано до %1.</numerusform>
            <numerusform>%n осіб записано до %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ExportCommand</name>
    <message>
        <source>Writes the persons of a batch, or the whole registry, in the interchange columns of Homeward:
  homeward export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE

CSV is UTF-8 with a header row; XLSX is one worksheet of text cells. A batch&apos;s withdrawn persons are left out (the count is printed); a person without a record_id is written as person-&lt;number&gt;. A value that a spreadsheet could run as a formula (beginning with = + - @) is written with an apostrophe in front; importing the file takes it off again. FILE is readable by its owner only and is replaced only once the export is complete.</source>
        <translation>Записує осіб етапу або весь реєстр у стовпцях формату обміну даними Homeward:
  homeward export --database ШЛЯХ (--batch ID | --registry) --format csv|xlsx --out ФАЙЛ

CSV — у кодуванні UTF-8 з рядком заголовка; XLSX — один аркуш із текстовими клітинками. Осіб, вилучених зі списку етапу, не включають (їхню кількість буде виведено); особу без record_id записують як person-&lt;number&gt;. Значення, яке електронна таблиця могла б виконати як формулу (починається з = + - @), записують з апострофом на початку; під час імпорту файлу апостроф вилучається. ФАЙЛ доступний для читання лише його власникові й замінюється тільки після завершення експорту.</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>База даних, яку слід прочитати.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Export this batch&apos;s list.</source>
        <translation>Експортувати список цього етапу.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Export the registry.</source>
        <translation>Експортувати реєстр.</translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation>csv або xlsx.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл, який слід записати.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options: %1</source>
        <translation>для export не потрібні інші аргументи, крім його параметрів: %1</translation>
    </message>
    <message>
        <source>export needs --database and the path of a database file</source>
        <translation>для export потрібно зазначити --database і шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>export needs exactly one of --batch ID and --registry</source>
        <translation>для export потрібно зазначити або --batch ID, або --registry (лише одне з них)</translation>
    </message>
    <message>
        <source>--batch needs the number of a batch, not &quot;%1&quot;</source>
        <translation>для --batch потрібно зазначити номер етапу, а не «%1»</translation>
    </message>
    <message>
        <source>export needs --format csv or --format xlsx</source>
        <translation>для export потрібно зазначити --format csv або --format xlsx</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;</source>
        <translation>значенням --format має бути csv або xlsx, а не «%1»</translation>
    </message>
    <message>
        <source>export needs --out and the path of the file to write</source>
        <translation>для export потрібно зазначити --out і шлях до файлу, який слід записати</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>нічого не експортовано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1 in %2 s.
</source>
        <translation>
            <numerusform>Експортовано %n особу до %1 за %2 с.
</numerusform>
            <numerusform>Експортовано %n особи до %1 за %2 с.
</numerusform>
            <numerusform>Експортовано %n осіб до %1 за %2 с.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn person(s) left out.
</source>
        <translation>
            <numerusform>Не включено %n особу, вилучену зі списку.
</numerusform>
            <numerusform>Не включено %n особи, вилучені зі списку.
</numerusform>
            <numerusform>Не включено %n осіб, вилучених зі списку.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without a record_id written as person-&lt;number&gt;.
</source>
        <translation>
            <numerusform>%n особу без record_id записано як person-&lt;number&gt;.
</numerusform>
            <numerusform>%n особи без record_id записано як person-&lt;number&gt;.
</numerusform>
            <numerusform>%n осіб без record_id записано як person-&lt;number&gt;.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beginning with = + - @ written with an apostrophe in front.
</source>
        <translation>
            <numerusform>%n клітинку, що починається з = + - @, записано з апострофом на початку.
</numerusform>
            <numerusform>%n клітинки, що починаються з = + - @, записано з апострофом на початку.
</numerusform>
            <numerusform>%n клітинок, що починаються з = + - @, записано з апострофом на початку.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::FileHash</name>
    <message>
        <source>The file %1 could not be opened</source>
        <translation>Не вдалося відкрити файл %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read</source>
        <translation>Не вдалося прочитати файл %1</translation>
    </message>
</context>
<context>
    <name>homeward::FilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>Виберіть список</translation>
    </message>
    <message>
        <source>Its persons will be added to %1. Nothing is written before the last page.</source>
        <translation>Особи зі списку буде додано до %1. Нічого не буде записано до останньої сторінки.</translation>
    </message>
    <message>
        <source>Its records will be imported into the registry. Nothing is written before the last page.</source>
        <translation>Записи зі списку буде імпортовано до реєстру. Нічого не буде записано до останньої сторінки.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>A CSV file (any encoding, comma, semicolon or tab) or an Excel workbook</source>
        <translation>Файл CSV (будь-яке кодування; кома, крапка з комою або табуляція) чи книга Excel</translation>
    </message>
    <message>
        <source>The list to import: CSV in UTF-8, UTF-16 or Windows-1251, or an .xlsx workbook (its first sheet). The first row names the columns.</source>
        <translation>Список для імпорту: CSV у кодуванні UTF-8, UTF-16 або Windows-1251 чи книга .xlsx (її перший аркуш). Перший рядок містить назви стовпців.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Вибрати файл у діалоговому вікні</translation>
    </message>
    <message>
        <source>Records of the file already in the registry (same record number)</source>
        <translation>Записи файлу, які вже є в реєстрі (той самий номер запису)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the file: import nothing when any record is already there</source>
        <translation>&amp;Відхилити файл: нічого не імпортувати, якщо будь-який запис уже є</translation>
    </message>
    <message>
        <source>&amp;Replace them with the file&apos;s records</source>
        <translation>За&amp;мінити їх записами з файлу</translation>
    </message>
    <message>
        <source>Records not in the file always stay</source>
        <translation>Записи, яких немає у файлі, завжди залишаються</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Списки (*.csv *.txt *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Цей файл неможливо імпортувати: %1</translation>
    </message>
    <message>
        <source>This file holds no rows.</source>
        <translation>Цей файл не містить рядків.</translation>
    </message>
</context>
<context>
    <name>homeward::FirstSupervisorDialog</name>
    <message>
        <source>Homeward — first supervisor</source>
        <translation>Homeward — перший керівник</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the first supervisor: the official who will create the other accounts and give them their roles. Nobody else can do that until this account exists.</source>
        <translation>У цій базі даних ще немає облікових записів. Створіть першого керівника — посадову особу, яка створюватиме інші облікові записи й надаватиме їм ролі. Доки цього облікового запису не створено, ніхто інший не зможе цього зробити.</translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”; used to log in</source>
        <translation>Літери, цифри, «.», «_» і «-»; використовується для входу</translation>
    </message>
    <message>
        <source>Surname, given name and patronymic, as they appear on signed sheets</source>
        <translation>Прізвище, імʼя та по батькові, як у підписаних відомостях</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Імʼя користувача:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ПІБ:</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Створити й увійти</translation>
    </message>
    <message>
        <source>Supervisor not created</source>
        <translation>Керівника не створено</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Вхід не виконано</translation>
    </message>
    <message>
        <source>The supervisor account was created, but logging in failed: %1</source>
        <translation>Обліковий запис керівника створено, але увійти не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>homeward::FormSupport</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Відкинути незбережені зміни?</translation>
    </message>
    <message>
        <source>What was typed in this form has not been saved and will be lost.</source>
        <translation>Дані, введені в цій формі, не збережено, їх буде втрачено.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продовжити редагування</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Змінено на іншому робочому місці</translation>
    </message>
    <message>
        <source>Stored now: %1</source>
        <translation>Збережено зараз: %1</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ваше: %1</translation>
    </message>
</context>
<context>
    <name>homeward::FormatPage</name>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Кодування й розділювач</translation>
    </message>
    <message>
        <source>Check that the letters and the columns below look right; if not, choose the encoding or the delimiter yourself.</source>
        <translation>Перевірте, чи правильно відображаються літери та стовпці нижче; якщо ні, виберіть кодування або розділювач самостійно.</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are stored. Lists from older programs are often in Windows-1251.</source>
        <translation>Як зберігаються літери файлу. Списки зі старіших програм часто мають кодування Windows-1251.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Визначити автоматично</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>Символ між значеннями рядка</translation>
    </message>
    <message>
        <source>The first rows of the file, read with the encoding and delimiter above</source>
        <translation>Перші рядки файлу, прочитані з указаними вище кодуванням і розділювачем</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Розділювач:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (визначено)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, values separated by %2; the header is line %3; %n row(s) shown.</source>
        <translation>
            <numerusform>Прочитано як %1, значення розділено символом «%2»; заголовок — рядок %3; показано %n рядок.</numerusform>
            <numerusform>Прочитано як %1, значення розділено символом «%2»; заголовок — рядок %3; показано %n рядки.</numerusform>
            <numerusform>Прочитано як %1, значення розділено символом «%2»; заголовок — рядок %3; показано %n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
</context>
<context>
    <name>homeward::HeaderMapping</name>
    <message>
        <source>column %1 has no name and is not mapped to a field</source>
        <translation>стовпець %1 не має назви й не зіставлений із жодним полем</translation>
    </message>
    <message>
        <source>unknown column “%1”: map it to a field or leave it out explicitly</source>
        <translation>невідомий стовпець «%1»: зіставте його з полем або явно пропустіть</translation>
    </message>
    <message>
        <source>column “%1” and column %2 (“%3”) are both mapped to %4</source>
        <translation>стовпець «%1» і стовпець %2 («%3») обидва зіставлено з полем «%4»</translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation>бракує обовʼязкового стовпця %1 (%2)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Номер запису</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>homeward::HeadlessSignIn</name>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>this command changes data: name your account with --user</source>
        <translation>ця команда змінює дані: вкажіть свій обліковий запис через --user</translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>пароль не введено</translation>
    </message>
    <message>
        <source>no password: set the HOMEWARD_PASSWORD environment variable, or run the command in a terminal to be asked for it</source>
        <translation>немає пароля: задайте змінну середовища HOMEWARD_PASSWORD або запустіть команду в терміналі, щоб ввести пароль</translation>
    </message>
    <message>
        <source>signing in as %1 failed</source>
        <translation>не вдалося увійти як %1</translation>
    </message>
</context>
<context>
    <name>homeward::HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation>Історія — %1</translation>
    </message>
    <message>
        <source>The history could not be read and may be incomplete: %1</source>
        <translation>Не вдалося прочитати історію, вона може бути неповною: %1</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Зміни, починаючи з найновіших</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Змін не зафіксовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n зафіксована зміна, починаючи з найновіших.</numerusform>
            <numerusform>%n зафіксовані зміни, починаючи з найновіших.</numerusform>
            <numerusform>%n зафіксованих змін, починаючи з найновіших.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::HistoryModel</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation>Дата полонення (затримання)</translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation>Місце полонення (затримання)</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Стан здоровʼя</translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation>Особа, яку слід повідомити</translation>
    </message>
    <message>
        <source>Contact of the person to inform</source>
        <translation>Контакти особи, яку слід повідомити</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Ідентифікатор запису</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>No. in the list</source>
        <translation>№ у списку</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Статус у списку</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>Номер етапу</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Запланована дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Servicemen planned</source>
        <translation>Заплановано військовослужбовців</translation>
    </message>
    <message>
        <source>Civilians planned</source>
        <translation>Заплановано цивільних осіб</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт перевірки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Listed in a batch</source>
        <translation>Внесено до списку етапу</translation>
    </message>
    <message>
        <source>Taken off a batch&apos;s list</source>
        <translation>Прибрано зі списку етапу</translation>
    </message>
    <message>
        <source>Withdrawn from the batch</source>
        <translation>Вилучено зі списку етапу</translation>
    </message>
    <message>
        <source>Listed again</source>
        <translation>Знову внесено до списку</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Discrepancy recorded</source>
        <translation>Зафіксовано розбіжність</translation>
    </message>
    <message>
        <source>Checklist item added</source>
        <translation>Додано пункт перевірки</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Змінено статус</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Повторно відкрито</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>(no official)</source>
        <translation>(посадову особу не зазначено)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Посадова особа</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
</context>
<context>
    <name>homeward::IdentityCheckDialog</name>
    <message>
        <source>Confirm identity</source>
        <translation>Підтвердження особи</translation>
    </message>
    <message>
        <source>How did you confirm that this is %1?</source>
        <translation>Як ви підтвердили, що це %1?</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;Особисто</translation>
    </message>
    <message>
        <source>From a &amp;photo</source>
        <translation>За &amp;фото</translation>
    </message>
    <message>
        <source>From &amp;documents</source>
        <translation>За &amp;документами</translation>
    </message>
    <message>
        <source>&amp;Which document or photo (optional):</source>
        <translation>&amp;Який документ або фото (необовʼязково):</translation>
    </message>
    <message>
        <source>For example: military ID АА 123456</source>
        <translation>Наприклад: військовий квиток АА 123456</translation>
    </message>
    <message>
        <source>&amp;Confirm identity</source>
        <translation>&amp;Підтвердити особу</translation>
    </message>
</context>
<context>
    <name>homeward::IdleLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокувати зараз</translation>
    </message>
    <message>
        <source>Hide the data and ask for the password before anyone works on</source>
        <translation>Приховати дані й вимагати пароль перед продовженням роботи</translation>
    </message>
</context>
<context>
    <name>homeward::ImportActions</name>
    <message>
        <source>Log in to %1</source>
        <translation>Увійдіть, щоб %1</translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation>Ваш обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow you to %2</source>
        <translation>Ваші ролі (%1) не дозволяють вам %2</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>І&amp;мпортувати список…</translation>
    </message>
    <message>
        <source>Add the persons of a CSV file or an Excel workbook to the selected batch, after checking every row (Ctrl+Shift+I)</source>
        <translation>Додати до вибраного етапу осіб із файлу CSV або книги Excel після перевірки кожного рядка (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import registry from a &amp;list…</source>
        <translation>Імпортувати реєстр зі &amp;списку…</translation>
    </message>
    <message>
        <source>Select the batch to add the list to</source>
        <translation>Виберіть етап, до якого слід додати список</translation>
    </message>
    <message>
        <source>Only a draft batch takes a list: this one is %1</source>
        <translation>Список можна додати лише до етапу в статусі чернетки; цей етап має статус «%1»</translation>
    </message>
    <message>
        <source>Add the records of a CSV file (any encoding, the interchange CSV included) or an Excel workbook to the registry, choosing its columns and checking every row first; nothing is imported while any row has a problem</source>
        <translation>Додати до реєстру записи з файлу CSV (у будь-якому кодуванні, зокрема CSV обміну) або книги Excel: спершу вибрати стовпці й перевірити кожен рядок; поки хоч один рядок має проблему, нічого не імпортується</translation>
    </message>
</context>
<context>
    <name>homeward::ImportCommand</name>
    <message>
        <source>The database to import into.</source>
        <translation>База даних, до якої слід імпортувати.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Import FILE into the registry.</source>
        <translation>Імпортувати ФАЙЛ до реєстру.</translation>
    </message>
    <message>
        <source>The official doing the import.</source>
        <translation>Посадова особа, яка виконує імпорт.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>Overwrite registry records whose record_id is already stored (else an error).</source>
        <translation>Перезаписати записи реєстру, record_id яких уже збережено (інакше — помилка).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>кодування</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>розділювач</translation>
    </message>
    <message>
        <source>import needs the file to import</source>
        <translation>для import потрібно зазначити файл, який слід імпортувати</translation>
    </message>
    <message>
        <source>import takes exactly one file: %1</source>
        <translation>import приймає рівно один файл: %1</translation>
    </message>
    <message>
        <source>import needs --database and the path of a database file</source>
        <translation>для import потрібно зазначити --database і шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>import changes data: name your account with --user</source>
        <translation>import змінює дані: зазначте свій обліковий запис за допомогою --user</translation>
    </message>
    <message>
        <source>there is no file %1 to import</source>
        <translation>файлу %1 для імпорту не існує</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation>%1: інші проблеми не наведено: %2
</translation>
    </message>
    <message>
        <source>nothing was imported: problems in %1: %2</source>
        <translation>нічого не імпортовано: проблеми в %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>імпорт скасовано; нічого не імпортовано</translation>
    </message>
    <message>
        <source>Imported into the registry from %1: rows %2 (new %3, replaced %4); SHA-256 %5
</source>
        <translation>Імпортовано до реєстру з %1: рядків — %2 (нових — %3, замінених — %4); SHA-256 %5
</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> with byte-order mark</source>
        <translation> з маркером порядку байтів</translation>
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
        <translation>Імпортує список до етапу або до реєстру:
  homeward import --database ШЛЯХ --batch ID [--category C] [--encoding E] [--delimiter D] ФАЙЛ --user ІМʼЯ
  homeward import --database ШЛЯХ --registry [--replace] [--encoding E] [--delimiter D] ФАЙЛ --user ІМʼЯ
  homeward import --database ШЛЯХ --counterpart BATCH_ID [--encoding E] [--delimiter D] ФАЙЛ --user ІМʼЯ

ФАЙЛ — це файл CSV або книга .xlsx (її перший аркуш). CSV: UTF-8 з маркером порядку байтів або без нього, UTF-16 з маркером порядку байтів чи Windows-1251; між полями — кома, крапка з комою або табуляція; обидва параметри визначаються автоматично, якщо не зазначено --encoding (utf-8, utf-16le, utf-16be, windows-1251) або --delimiter (comma, semicolon, tab). Перший рядок містить назви стовпців українською, російською чи англійською мовою (Прізвище/Фамилия/Surname, Ім&apos;я/Имя/First name, Дата народження/Дата рождения/DOB …) або назви стовпців формату обміну даними: record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,document_number,birth_place,region,notes. Прізвище та імʼя обовʼязкові; для етапу потрібні також стать і категорія (або --category для всіх рядків). Список без стовпця з номером запису отримує «line-N» (N — номер рядка). Дати: YYYY-MM-DD, DD.MM.YYYY або D.M.YYYY; стать і категорія — українською, російською чи англійською мовою.

Спершу перевіряється кожен рядок; якщо хоча б один рядок некоректний, усі проблеми виводяться у вигляді ФАЙЛ:РЯДОК:СТОВПЕЦЬ: причина, і нічого не імпортується. Інакше всі рядки імпортуються однією транзакцією. Під час імпорту до етапу відхиляються рядки, що повторюють особу, яка вже є в етапі, або попередній рядок (те саме прізвище, імʼя та дата народження); майстер імпорту дає посадовій особі змогу пропустити такі рядки або залишити обидва записи. record_id, уже збережений у реєстрі, є помилкою, якщо не зазначено --replace.

Пароль для --user зчитується зі змінної середовища HOMEWARD_PASSWORD, а якщо її не задано — запитується в терміналі.

--counterpart імпортує список іншої сторони для етапу, який зберігається як окремий запис поруч із нашим, і виводить результат його звірки з нашим списком.</translation>
    </message>
    <message>
        <source>Import FILE into this batch (a draft).</source>
        <translation>Імпортувати ФАЙЛ до цього етапу (чернетки).</translation>
    </message>
    <message>
        <source>Import FILE as the other side&apos;s list of this batch.</source>
        <translation>Імпортувати ФАЙЛ як список іншої сторони для цього етапу.</translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1251 (default: detect).</source>
        <translation>Кодування файлу CSV: utf-8, utf-16le, utf-16be, windows-1251 (за замовчуванням — визначити автоматично).</translation>
    </message>
    <message>
        <source>The CSV file&apos;s delimiter: comma, semicolon, tab (default: detect).</source>
        <translation>Розділювач файлу CSV: comma, semicolon, tab (за замовчуванням — визначити автоматично).</translation>
    </message>
    <message>
        <source>The category of every person whose row gives none (serviceman or civilian); batch import only.</source>
        <translation>Категорія кожної особи, у рядку якої її не зазначено (serviceman або civilian); лише для імпорту до етапу.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>The list to import (CSV or XLSX).</source>
        <translation>Список для імпорту (CSV або XLSX).</translation>
    </message>
    <message>
        <source>import needs one of --batch ID, --registry or --counterpart BATCH_ID</source>
        <translation>для import потрібно зазначити одне з: --batch ID, --registry або --counterpart BATCH_ID</translation>
    </message>
    <message>
        <source>import takes only one of --batch, --registry and --counterpart</source>
        <translation>import приймає лише одне з: --batch, --registry і --counterpart</translation>
    </message>
    <message>
        <source>unknown encoding %1 (use utf-8, utf-16le, utf-16be or windows-1251)</source>
        <translation>невідоме кодування %1 (зазначте utf-8, utf-16le, utf-16be або windows-1251)</translation>
    </message>
    <message>
        <source>unknown delimiter %1 (use comma, semicolon or tab)</source>
        <translation>невідомий розділювач %1 (зазначте comma, semicolon або tab)</translation>
    </message>
    <message>
        <source>--category is for a batch import</source>
        <translation>--category використовується лише для імпорту до етапу</translation>
    </message>
    <message>
        <source>unknown category %1 (use serviceman or civilian)</source>
        <translation>невідома категорія %1 (зазначте serviceman або civilian)</translation>
    </message>
    <message>
        <source>--%1 needs the number of a batch, not %2</source>
        <translation>для --%1 потрібно зазначити номер етапу, а не %2</translation>
    </message>
    <message>
        <source>--replace is for a registry import</source>
        <translation>--replace використовується лише для імпорту до реєстру</translation>
    </message>
    <message>
        <source>Imported into batch %1 from %2 (%3): persons %4; SHA-256 %5
</source>
        <translation>Імпортовано до етапу %1 з %2 (%3): осіб — %4; SHA-256 %5
</translation>
    </message>
    <message>
        <source>Imported into the registry from %1 (%2): rows %3 (new %4, replaced %5)
</source>
        <translation>Імпортовано до реєстру з %1 (%2): рядків — %3 (нових — %4, замінених — %5)
</translation>
    </message>
</context>
<context>
    <name>homeward::ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>All rows are written together, or none: a cancel or a failure leaves everything as it was.</source>
        <translation>Усі рядки записуються разом або жоден: скасування чи збій залишають усе як було.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Write the rows now</source>
        <translation>Записати рядки зараз</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from %1 will be added to %2.</source>
        <translation>
            <numerusform>%n особу з %1 буде додано до %2.</numerusform>
            <numerusform>%n особи з %1 буде додано до %2.</numerusform>
            <numerusform>%n осіб з %1 буде додано до %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) skipped.</source>
        <translation>
            <numerusform>Пропущено %n повторюваний рядок.</numerusform>
            <numerusform>Пропущено %n повторювані рядки.</numerusform>
            <numerusform>Пропущено %n повторюваних рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 will be imported into the registry; records with the same number are replaced.</source>
        <translation>
            <numerusform>%n запис з %1 буде імпортовано до реєстру; записи з тим самим номером буде замінено.</numerusform>
            <numerusform>%n записи з %1 буде імпортовано до реєстру; записи з тим самим номером буде замінено.</numerusform>
            <numerusform>%n записів з %1 буде імпортовано до реєстру; записи з тим самим номером буде замінено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 will be imported into the registry; if any is already there, nothing is imported.</source>
        <translation>
            <numerusform>%n запис з %1 буде імпортовано до реєстру; якщо будь-який із них уже є, нічого не буде імпортовано.</numerusform>
            <numerusform>%n записи з %1 буде імпортовано до реєстру; якщо будь-який із них уже є, нічого не буде імпортовано.</numerusform>
            <numerusform>%n записів з %1 буде імпортовано до реєстру; якщо будь-який із них уже є, нічого не буде імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 once more…</source>
        <translation>Повторна перевірка %1…</translation>
    </message>
    <message>
        <source>Writing %1: %L2 rows…</source>
        <translation>Запис %1: рядків — %L2…</translation>
    </message>
    <message>
        <source>Checking %1 once more: %L2 rows…</source>
        <translation>Повторна перевірка %1: рядків — %L2…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to %1.</source>
        <translation>
            <numerusform>%n особу додано до %1.</numerusform>
            <numerusform>%n особи додано до %1.</numerusform>
            <numerusform>%n осіб додано до %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 records imported into the registry (%L2 new, %L3 replaced).</source>
        <translation>Записів імпортовано до реєстру: %L1 (нових — %L2, замінених — %L3).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Імпорт скасовано. Нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. %1</source>
        <translation>
            <numerusform>Нічого не імпортовано: знайдено %n проблему. %1</numerusform>
            <numerusform>Нічого не імпортовано: знайдено %n проблеми. %1</numerusform>
            <numerusform>Нічого не імпортовано: знайдено %n проблем. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ImportProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>homeward::ImportWizard</name>
    <message>
        <source>batch %1 (%2, %3)</source>
        <translation>етапу %1 (%2, %3)</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>етапу %1</translation>
    </message>
    <message>
        <source>Import a list into %1</source>
        <translation>Імпорт списку до %1</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>реєстру</translation>
    </message>
    <message>
        <source>Import a list into the registry</source>
        <translation>Імпорт списку до реєстру</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>homeward::InterchangeCsv</name>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>файл порожній: у ньому немає рядка заголовка</translation>
    </message>
    <message>
        <source>the first line is empty; it must be the header row (%1)</source>
        <translation>перший рядок порожній; це має бути рядок заголовка (%1)</translation>
    </message>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>стовпець %1 не має назви в заголовку</translation>
    </message>
    <message>
        <source>unknown column %1 (the interchange columns are: %2)</source>
        <translation>невідомий стовпець %1 (стовпці формату обміну даними: %2)</translation>
    </message>
    <message>
        <source>the column %1 appears twice (also column %2)</source>
        <translation>стовпець %1 трапляється двічі (також стовпець %2)</translation>
    </message>
    <message>
        <source>the required column %1 is missing from the header</source>
        <translation>у заголовку бракує обовʼязкового стовпця %1</translation>
    </message>
    <message>
        <source>wrong number of fields: %1 in this row, %2 in the header</source>
        <translation>неправильна кількість полів: у цьому рядку — %1, у заголовку — %2</translation>
    </message>
    <message>
        <source>%1: control character U+%2 at position %3 is not allowed</source>
        <translation>%1: керівний символ U+%2 у позиції %3 не допускається</translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation>%1: задовгий текст (символів: %2, допустимо не більше ніж %3)</translation>
    </message>
    <message>
        <source>birth_date: %1 is not a valid date (write YYYY-MM-DD or DD.MM.YYYY; YYYY or YYYY-MM when only partly known)</source>
        <translation>birth_date: %1 не є правильною датою (пишіть РРРР-ММ-ДД або ДД.ММ.РРРР; РРРР або РРРР-ММ, якщо дата відома лише частково)</translation>
    </message>
    <message>
        <source>birth_date: %1 is in the future</source>
        <translation>birth_date: дата %1 пізніша за сьогоднішню</translation>
    </message>
    <message>
        <source>sex: %1 is not M or F</source>
        <translation>sex: %1 — не M і не F</translation>
    </message>
    <message>
        <source>category: %1 is not serviceman or civilian</source>
        <translation>category: %1 — не serviceman і не civilian</translation>
    </message>
    <message>
        <source>record_id: %1 contains a space</source>
        <translation>record_id: %1 містить пробіл</translation>
    </message>
    <message>
        <source>%1: required, but empty</source>
        <translation>%1: обовʼязкове поле, але порожнє</translation>
    </message>
    <message>
        <source>record_id: %1 is already used on line %2</source>
        <translation>record_id: %1 уже використано в рядку %2</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>файл має заголовок, але не має рядків даних</translation>
    </message>
</context>
<context>
    <name>homeward::ListFormats</name>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>визначити автоматично</translation>
    </message>
    <message>
        <source>the file mixes encodings: line %1 is UTF-8 but this line is not (byte 0x%2); save the list again in one encoding</source>
        <translation>у файлі змішано кодування: рядок %1 — у UTF-8, а цей рядок — ні (байт 0x%2); збережіть список ще раз в одному кодуванні</translation>
    </message>
    <message>
        <source>the file mixes encodings: this line is UTF-8 but line %1 is not (byte 0x%2); save the list again in one encoding</source>
        <translation>у файлі змішано кодування: цей рядок — у UTF-8, а рядок %1 — ні (байт 0x%2); збережіть список ще раз в одному кодуванні</translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor Windows-1251 Cyrillic text; choose the file&apos;s encoding</source>
        <translation>байт 0x%1 не є ні текстом UTF-8, ні кирилицею Windows-1251; виберіть кодування файлу</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>не вдалося прочитати файл: %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>файл закінчується посеред символу UTF-16</translation>
    </message>
    <message>
        <source>invalid UTF-16: a high surrogate without its pair</source>
        <translation>некоректний UTF-16: старший сурогат без пари</translation>
    </message>
    <message>
        <source>invalid UTF-16: a low surrogate without its pair</source>
        <translation>некоректний UTF-16: молодший сурогат без пари</translation>
    </message>
    <message>
        <source>a NUL character: the file is not text</source>
        <translation>символ NUL: файл не є текстовим</translation>
    </message>
    <message>
        <source>the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 while the beginning of the file is UTF-8, so the file mixes encodings; save the list again in one encoding</source>
        <translation>байти не є UTF-8 (байт 0x%1): цей рядок схожий на Windows-1251, а початок файлу — у UTF-8, тобто файл змішує кодування; збережіть список ще раз в одному кодуванні</translation>
    </message>
    <message>
        <source>the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 Cyrillic text; choose Windows-1251 as the file&apos;s encoding, or save the list again as UTF-8</source>
        <translation>байти не є UTF-8 (байт 0x%1): цей рядок схожий на кириличний текст у Windows-1251; виберіть для файлу кодування Windows-1251 або збережіть список ще раз у UTF-8</translation>
    </message>
</context>
<context>
    <name>homeward::ListPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Стовпець %1 файлу</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Рядок %1 файлу</translation>
    </message>
</context>
<context>
    <name>homeward::ListProblemsDialog</name>
    <message>
        <source>Their list was not loaded</source>
        <translation>Їхній список не завантажено</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n problem(s) in %1. Every row must be readable before the list is taken; correct the file (or choose its encoding) and load it again.</source>
        <translation>
            <numerusform>Нічого не завантажено: %n проблема в %1. Перш ніж список буде прийнято, кожен рядок має бути прочитаним; виправте файл (або виберіть його кодування) і завантажте його знову.</numerusform>
            <numerusform>Нічого не завантажено: %n проблеми в %1. Перш ніж список буде прийнято, кожен рядок має бути прочитаним; виправте файл (або виберіть його кодування) і завантажте його знову.</numerusform>
            <numerusform>Нічого не завантажено: %n проблем у %1. Перш ніж список буде прийнято, кожен рядок має бути прочитаним; виправте файл (або виберіть його кодування) і завантажте його знову.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… і ще %n проблема, не наведена тут</numerusform>
            <numerusform>… і ще %n проблеми, не наведені тут</numerusform>
            <numerusform>… і ще %n проблем, не наведених тут</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE:LINE:COLUMN: reason. Select and copy to send the problems back.</source>
        <translation>ФАЙЛ:РЯДОК:СТОВПЕЦЬ: причина. Виділіть і скопіюйте, щоб надіслати проблеми назад.</translation>
    </message>
</context>
<context>
    <name>homeward::ListReader</name>
    <message>
        <source>the file could not be read</source>
        <translation>не вдалося прочитати файл</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>файлу %1 не існує</translation>
    </message>
    <message>
        <source>the file could not be opened: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>файл порожній: у ньому немає рядка заголовка</translation>
    </message>
    <message>
        <source>the first line is empty; it must be the header row</source>
        <translation>перший рядок порожній; це має бути рядок заголовка</translation>
    </message>
    <message>
        <source>the column mapping is for %1 columns but the header has %2</source>
        <translation>зіставлення стовпців розраховано на %1 стовпців, а в заголовку їх %2</translation>
    </message>
    <message>
        <source>a value beyond the last column of the header</source>
        <translation>значення за межами останнього стовпця заголовка</translation>
    </message>
    <message>
        <source>wrong number of fields: %1 in this row, %2 in the header</source>
        <translation>неправильна кількість полів: у цьому рядку — %1, у заголовку — %2</translation>
    </message>
    <message>
        <source>%1: control character U+%2 at position %3 is not allowed</source>
        <translation>%1: керівний символ U+%2 у позиції %3 не допускається</translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation>%1: задовгий текст (символів: %2, допустимо не більше ніж %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY when only partly known)</source>
        <translation>%1: %2 — некоректна дата (пишіть YYYY-MM-DD, DD.MM.YYYY або D.M.YYYY; YYYY або MM.YYYY, якщо дата відома лише частково)</translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 — дата в майбутньому</translation>
    </message>
    <message>
        <source>%1: %2 is not a sex (M or F; Ч or Ж; М or Ж)</source>
        <translation>%1: %2 — не стать (M або F; Ч або Ж; М або Ж)</translation>
    </message>
    <message>
        <source>%1: %2 is not a category (serviceman or civilian; військовослужбовець or цивільний; военнослужащий or гражданский)</source>
        <translation>%1: %2 — не категорія (serviceman або civilian; військовослужбовець або цивільний; военнослужащий або гражданский)</translation>
    </message>
    <message>
        <source>%1: %2 contains a space</source>
        <translation>%1: %2 містить пробіл</translation>
    </message>
    <message>
        <source>%1: required, but empty</source>
        <translation>%1: обовʼязкове поле, але порожнє</translation>
    </message>
    <message>
        <source>%1: %2 is already used on line %3</source>
        <translation>%1: %2 уже використано в рядку %3</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>файл має заголовок, але не має рядків даних</translation>
    </message>
</context>
<context>
    <name>homeward::LockScreen</name>
    <message>
        <source>Homeward — locked</source>
        <translation>Homeward — заблоковано</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>Робоче місце заблоковано</translation>
    </message>
    <message>
        <source>The data is hidden until an official signs in.</source>
        <translation>Дані приховано, доки посадова особа не увійде в систему.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Розб&amp;локувати</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Sign in as &amp;another official</source>
        <translation>Увійти як &amp;інша посадова особа</translation>
    </message>
    <message>
        <source>The open forms of the signed-in official are kept for them, hidden</source>
        <translation>Відкриті форми посадової особи, яка увійшла в систему, зберігаються для неї прихованими</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Імʼя &amp;користувача:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Roles: %3</source>
        <translation>Увійшла посадова особа: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Ролі: %3</translation>
    </message>
    <message>
        <source>Locked at %1. Enter your password to go on where you left off.</source>
        <translation>Заблоковано о %1. Введіть пароль, щоб продовжити з того місця, де ви зупинилися.</translation>
    </message>
    <message>
        <source>%1 has no other window open.</source>
        <translation>Посадова особа %1 не має інших відкритих вікон.</translation>
    </message>
    <message numerus="yes">
        <source>The %n open window(s) of %1 are kept for them, hidden, until they sign in again.</source>
        <translation>
            <numerusform>%n відкрите вікно посадової особи %1 зберігається прихованим, доки вона знову не увійде в систему.</numerusform>
            <numerusform>%n відкриті вікна посадової особи %1 зберігаються прихованими, доки вона знову не увійде в систему.</numerusform>
            <numerusform>%n відкритих вікон посадової особи %1 зберігаються прихованими, доки вона знову не увійде в систему.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user name and password.</source>
        <translation>Введіть імʼя користувача та пароль.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введіть свій пароль.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Тепер можна спробувати ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n second(s), or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунду або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунди або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунд або попросіть керівника скинути пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Ви увійшли як %1.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n open form(s) are back.</source>
        <translation>
            <numerusform>Вашу %n відкриту форму відновлено.</numerusform>
            <numerusform>Ваші %n відкриті форми відновлено.</numerusform>
            <numerusform>Ваші %n відкритих форм відновлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your forms stay kept until the forms another official opened after them are closed.</source>
        <translation>
            <numerusform>%n ваша форма залишається прихованою, доки не буде закрито форми, які після неї відкрила інша посадова особа.</numerusform>
            <numerusform>%n ваші форми залишаються прихованими, доки не буде закрито форми, які після них відкрила інша посадова особа.</numerusform>
            <numerusform>%n ваших форм залишаються прихованими, доки не буде закрито форми, які після них відкрила інша посадова особа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of %1</source>
        <translation>
            <numerusform>%n форма посадової особи %1</numerusform>
            <numerusform>%n форми посадової особи %1</numerusform>
            <numerusform>%n форм посадової особи %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Open forms of other officials, hidden until they sign in again (lock with Ctrl+L)</source>
        <translation>Відкриті форми інших посадових осіб, приховані до їхнього повторного входу (блокування — Ctrl+L)</translation>
    </message>
    <message>
        <source>Quit Homeward</source>
        <translation>Вийти з Homeward</translation>
    </message>
    <message>
        <source>Forms of other officials are still open, kept until they sign in again.</source>
        <translation>Форми інших посадових осіб досі відкриті й зберігаються до їхнього повторного входу.</translation>
    </message>
    <message>
        <source>Quitting now loses what they typed and did not save.</source>
        <translation>Якщо вийти зараз, усе, що вони ввели й не зберегли, буде втрачено.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Вийти й утратити їх</translation>
    </message>
</context>
<context>
    <name>homeward::LoginDialog</name>
    <message>
        <source>Homeward — log in</source>
        <translation>Homeward — вхід</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Імʼя користувача:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Тепер можна спробувати ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n second(s), or ask a supervisor to reset the password.</source>
        <translation>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунду або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунди або попросіть керівника скинути пароль.</numerusform>
            <numerusform>Забагато невдалих спроб: обліковий запис заблоковано. Спробуйте ще раз через %n секунд або попросіть керівника скинути пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введіть імʼя користувача та пароль.</translation>
    </message>
</context>
<context>
    <name>homeward::LoginFlow</name>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
</context>
<context>
    <name>homeward::LookAlikeBar</name>
    <message>
        <source>Replace the look-alike letters with the letters of the name&apos;s own alphabet. Ctrl+Z in the field takes it back.</source>
        <translation>Замінити схожі літери іншого алфавіту на відповідні літери алфавіту, яким написано імʼя. Ctrl+Z у полі скасовує заміну.</translation>
    </message>
    <message>
        <source>Probably typed in the wrong keyboard layout.</source>
        <translation>Імовірно, введено в неправильній розкладці клавіатури.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Використати «%1»</translation>
    </message>
</context>
<context>
    <name>homeward::MainWindow</name>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>Homeward — %1</source>
        <translation>Homeward — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>New &amp;exchange…</source>
        <translation>Новий &amp;обмін…</translation>
    </message>
    <message>
        <source>Record a new agreed exchange</source>
        <translation>Внести новий узгоджений обмін</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>Новий &amp;етап…</translation>
    </message>
    <message>
        <source>Add a handover to the selected exchange</source>
        <translation>Додати етап (передачу) до вибраного обміну</translation>
    </message>
    <message>
        <source>&amp;Edit exchange…</source>
        <translation>&amp;Редагувати обмін…</translation>
    </message>
    <message>
        <source>&amp;Delete exchange…</source>
        <translation>&amp;Видалити обмін…</translation>
    </message>
    <message>
        <source>&amp;Edit batch…</source>
        <translation>&amp;Редагувати етап…</translation>
    </message>
    <message>
        <source>&amp;Delete batch…</source>
        <translation>&amp;Видалити етап…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Нова особа…</translation>
    </message>
    <message>
        <source>Add a person to the selected batch</source>
        <translation>Додати особу до вибраного етапу</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Редагувати особу…</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s details (Enter or double-click in the list)</source>
        <translation>Відкрити дані вибраної особи (Enter або подвійне клацання в списку)</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>&amp;Вилучити особу…</translation>
    </message>
    <message>
        <source>Take the selected person off the batch&apos;s list</source>
        <translation>Вилучити вибрану особу зі списку етапу</translation>
    </message>
    <message>
        <source>&amp;About Homeward</source>
        <translation>&amp;Про програму Homeward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмін</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Етап</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>О&amp;соба</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>About Homeward</source>
        <translation>Про програму Homeward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Homeward %1&lt;/h3&gt;&lt;p&gt;Lists of prisoners of war and detained civilians for exchanges: batches, persons, checks and summary sheets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Homeward %1&lt;/h3&gt;&lt;p&gt;Списки військовополонених і затриманих цивільних осіб для обмінів: етапи, особи, перевірки та зведені відомості.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Ви увійшли як %1</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Облікові записи…</translation>
    </message>
    <message>
        <source>Create, change, disable and enable accounts; reset passwords</source>
        <translation>Створити, змінити, вимкнути чи увімкнути обліковий запис; скинути пароль</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Адміністрування</translation>
    </message>
    <message>
        <source>Read-only: %1. No good backup of this database was found; choose one to restore.</source>
        <translation>Лише для читання: %1. Справної резервної копії цієї бази даних не знайдено; виберіть копію для відновлення.</translation>
    </message>
    <message>
        <source>Read-only: %1. Restore from the newest good backup: %2</source>
        <translation>Лише для читання: %1. Відновіть дані з найновішої справної резервної копії: %2</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Увійдіть, щоб %1</translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation>Ваш обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>Your roles (%1) do not allow you to %2</source>
        <translation>Ваші ролі (%1) не дозволяють вам %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Lock after idle time, automatic backups</source>
        <translation>Блокування після бездіяльності, автоматичні резервні копії</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Серв&amp;іс</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель показників</translation>
    </message>
    <message>
        <source>Show the selected exchange&apos;s batches, progress and charts</source>
        <translation>Показати етапи, хід роботи та діаграми вибраного обміну</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Спільна база даних: %1</translation>
    </message>
</context>
<context>
    <name>homeward::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Say which detail each column of the list holds, or leave the column out. The guesses come from the column names: check them.</source>
        <translation>Зазначте, які дані містить кожен стовпець списку, або пропустіть стовпець. Припущення зроблено за назвами стовпців: перевірте їх.</translation>
    </message>
    <message>
        <source>Every person of a batch needs a category. A list without a category column may give one for all its rows.</source>
        <translation>Кожна особа етапу повинна мати категорію. Для списку без стовпця категорії можна задати одну категорію для всіх рядків.</translation>
    </message>
    <message>
        <source>None: the list gives it</source>
        <translation>Немає: категорію зазначено в списку</translation>
    </message>
    <message>
        <source>Category for &amp;rows without one:</source>
        <translation>Категорія для &amp;рядків без неї:</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Стовпець файлу</translation>
    </message>
    <message>
        <source>Values in it</source>
        <translation>Значення в ньому</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>The detail column %1 holds, or Leave out to not import it</source>
        <translation>Дані, які містить стовпець %1, або «Пропустити», щоб не імпортувати його</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Стовпець %1: %2</translation>
    </message>
    <message>
        <source>Every column is decided.</source>
        <translation>Щодо кожного стовпця рішення ухвалено.</translation>
    </message>
</context>
<context>
    <name>homeward::MatchAllDialog</name>
    <message>
        <source>Match all with the registry</source>
        <translation>Звірити всіх із реєстром</translation>
    </message>
    <message>
        <source>Not matched yet.</source>
        <translation>Ще не звірено.</translation>
    </message>
    <message>
        <source>Only persons that need a look (not a clear match, or listed elsewhere)</source>
        <translation>Лише особи, які потребують уваги (немає однозначного збігу або є в інших списках)</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Звірити знову</translation>
    </message>
    <message>
        <source>The riskiest first: ambiguous, probable, no candidate, then matches; within each, the closest call first. Double-click a person to open them.</source>
        <translation>Спершу найризикованіші: неоднозначно, ймовірний збіг, немає кандидата, потім збіги; у кожній групі спершу найсумнівніші. Двічі клацніть особу, щоб відкрити її дані.</translation>
    </message>
    <message>
        <source>The registry could not be read: %1</source>
        <translation>Не вдалося прочитати реєстр: %1</translation>
    </message>
    <message>
        <source>Loading the registry…</source>
        <translation>Завантаження реєстру…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The registry could not be loaded: %1</source>
        <translation>Не вдалося завантажити реєстр: %1</translation>
    </message>
    <message>
        <source>Matching the batch with the registry…</source>
        <translation>Звіряння етапу з реєстром…</translation>
    </message>
    <message>
        <source>The batch could not be matched: %1</source>
        <translation>Не вдалося звірити етап: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) matched against %L1 registry records: </source>
        <translation>
            <numerusform>%n особу звірено з реєстром (записів у реєстрі: %L1): </numerusform>
            <numerusform>%n особи звірено з реєстром (записів у реєстрі: %L1): </numerusform>
            <numerusform>%n осіб звірено з реєстром (записів у реєстрі: %L1): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ambiguous, %2 probable, %3 without a candidate, %4 matched; %5 listed elsewhere too.</source>
        <translation>неоднозначно — %1, ймовірний збіг — %2, без кандидата — %3, збіг — %4; є також в інших списках — %5.</translation>
    </message>
    <message>
        <source>Cancelled: the rest of the batch was not matched.</source>
        <translation>Скасовано: решту етапу не звірено.</translation>
    </message>
    <message>
        <source>The registry is empty: import it first (Registry → Import registry from a list…). Only other listings of the same persons are shown.</source>
        <translation>Реєстр порожній: спершу імпортуйте його (Реєстр → Імпортувати реєстр зі списку…). Показано лише інші записи тих самих осіб.</translation>
    </message>
</context>
<context>
    <name>homeward::MatchCommand</name>
    <message>
        <source>the file %1 could not be opened: %2</source>
        <translation>не вдалося відкрити файл %1: %2</translation>
    </message>
    <message>
        <source>%1: further problems not listed: %2
</source>
        <translation>%1: інші проблеми не наведено: %2
</translation>
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
        <translation>Звіряє кожну особу списку з реєстром і записує до OUT по одному рядку на особу:
  list_record_id,registry_record_id,score,verdict,discrepancies
verdict — match, probable, ambiguous або none; registry_record_id — найкращий кандидат (порожній для none); score — від 0 до 1.

Або два CSV-файли обміну даними (база даних не потрібна):
  homeward match --registry REGISTRY.csv --list LIST.csv --out OUT.csv
або етап бази даних звіряють із реєстром, що зберігається в ній:
  homeward match --database ШЛЯХ --batch ID --out OUT.csv

Неправильні вхідні дані зупиняють команду, перш ніж щось буде записано; кожна проблема виводиться у форматі ФАЙЛ:РЯДОК:СТОВПЕЦЬ: причина. OUT зʼявляється лише тоді, коли він повний. Підсумок виводиться до stderr.</translation>
    </message>
    <message>
        <source>The registry, an interchange CSV file.</source>
        <translation>Реєстр — CSV-файл обміну даними.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The list to match, an interchange CSV file.</source>
        <translation>Список для звіряння — CSV-файл обміну даними.</translation>
    </message>
    <message>
        <source>The database holding the registry.</source>
        <translation>База даних, що містить реєстр.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>The batch whose list is matched.</source>
        <translation>Етап, список якого звіряють.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The result file (CSV) to write.</source>
        <translation>Файл результатів (CSV), який слід записати.</translation>
    </message>
    <message>
        <source>match takes no arguments besides its options: %1</source>
        <translation>для match не потрібні інші аргументи, крім параметрів: %1</translation>
    </message>
    <message>
        <source>use either --registry and --list, or --database and --batch, not both</source>
        <translation>зазначте або --registry і --list, або --database і --batch, але не обидва варіанти</translation>
    </message>
    <message>
        <source>match needs --registry and --list, or --database and --batch</source>
        <translation>для match потрібно зазначити --registry і --list або --database і --batch</translation>
    </message>
    <message>
        <source>match needs both --registry and --list</source>
        <translation>для match потрібно зазначити і --registry, і --list</translation>
    </message>
    <message>
        <source>match needs both --database and --batch</source>
        <translation>для match потрібно зазначити і --database, і --batch</translation>
    </message>
    <message>
        <source>--batch needs the number of a batch, not “%1”</source>
        <translation>для --batch потрібно зазначити номер етапу, а не «%1»</translation>
    </message>
    <message>
        <source>match needs --out and the path of the result file</source>
        <translation>для match потрібно зазначити --out і шлях до файлу результатів</translation>
    </message>
    <message>
        <source>nothing was matched; %1 was not written</source>
        <translation>нічого не звірено; %1 не записано</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>the registry in %1 is empty; import it first (homeward import --registry)</source>
        <translation>реєстр у %1 порожній; спершу імпортуйте його (homeward import --registry)</translation>
    </message>
    <message>
        <source>matching stopped before the end; %1 was not written</source>
        <translation>звіряння зупинилося, не дійшовши до кінця; %1 не записано</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>match: list %1, registry %2: %3 match, %4 probable, %5 ambiguous, %6 none (index %7 ms, matching %8 ms)
</source>
        <translation>match: список %1, реєстр %2: match — %3, probable — %4, ambiguous — %5, none — %6 (індекс — %7 мс, звіряння — %8 мс)
</translation>
    </message>
</context>
<context>
    <name>homeward::MatchResultsModel</name>
    <message>
        <source>%1 · %2 — score %3</source>
        <translation>%1 · %2 — оцінка %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Best registry candidate</source>
        <translation>Найкращий кандидат із реєстру</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Відмінності</translation>
    </message>
    <message>
        <source>Listed elsewhere</source>
        <translation>Є в інших списках</translation>
    </message>
</context>
<context>
    <name>homeward::Matcher</name>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Ймовірний збіг</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Неоднозначно</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Немає збігу</translation>
    </message>
    <message>
        <source>missing in the list (registry: %1)</source>
        <translation>немає в списку (у реєстрі: %1)</translation>
    </message>
    <message>
        <source>missing in the registry (list: %1)</source>
        <translation>немає в реєстрі (у списку: %1)</translation>
    </message>
    <message>
        <source>The sex differs.</source>
        <translation>Стать відрізняється.</translation>
    </message>
    <message>
        <source>different (%1 / %2)</source>
        <translation>відрізняється (%1 / %2)</translation>
    </message>
    <message>
        <source>The service numbers differ.</source>
        <translation>Військові номери відрізняються.</translation>
    </message>
    <message>
        <source>The document numbers differ.</source>
        <translation>Номери документів відрізняються.</translation>
    </message>
</context>
<context>
    <name>homeward::Migrations</name>
    <message>
        <source>This database was written by a newer version of Homeward (schema %1; this program knows schema %2). It was not opened or changed. Use a newer version of the program.</source>
        <translation>Цю базу даних створено новішою версією Homeward (схема %1; ця програма підтримує схему %2). Базу даних не відкрито й не змінено. Скористайтеся новішою версією програми.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2</source>
        <translation>Не вдалося оновити базу даних до схеми %1; вона залишилася на схемі %2</translation>
    </message>
    <message>
        <source>This version of Homeward can set up a PostgreSQL database only up to schema %1, and it needs schema %2. The database was not changed (it is at schema %3).</source>
        <translation>Ця версія Homeward може створити базу даних PostgreSQL лише до схеми %1, а потрібна схема %2. Базу даних не змінено (вона на схемі %3).</translation>
    </message>
</context>
<context>
    <name>homeward::NavigatorModel</name>
    <message>
        <source>The exchanges could not be loaded: %1</source>
        <translation>Не вдалося завантажити обміни: %1</translation>
    </message>
    <message>
        <source>The batches of “%1” could not be loaded: %2</source>
        <translation>Не вдалося завантажити етапи обміну «%1»: %2</translation>
    </message>
    <message>
        <source>The counts of batch %1 could not be loaded: %2</source>
        <translation>Не вдалося завантажити кількісні дані етапу %1: %2</translation>
    </message>
    <message>
        <source>The counts of a batch could not be loaded: %1</source>
        <translation>Не вдалося завантажити кількісні дані етапу: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>Batch %1 · %2 · %3 · %4 of %5</source>
        <translation>Етап %1 · %2 · %3 · %4 з %5</translation>
    </message>
    <message>
        <source>Batch %1, %2</source>
        <translation>Етап %1, %2</translation>
    </message>
    <message>
        <source>Planned date: %1</source>
        <translation>Запланована дата: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Servicemen: %1 of %2 (men %3, women %4)</source>
        <translation>Військовослужбовці: %1 з %2 (чоловіків — %3, жінок — %4)</translation>
    </message>
    <message>
        <source>Civilians: %1 of %2 (men %3, women %4)</source>
        <translation>Цивільні особи: %1 з %2 (чоловіків — %3, жінок — %4)</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Підстава: %1</translation>
    </message>
    <message>
        <source>Agreed on: %1</source>
        <translation>Дата домовленості: %1</translation>
    </message>
    <message>
        <source>Intermediary: %1</source>
        <translation>Посередник: %1</translation>
    </message>
    <message>
        <source>Agreed: %1 servicemen, %2 civilians</source>
        <translation>Узгоджено: військовослужбовців — %1, цивільних осіб — %2</translation>
    </message>
    <message>
        <source>Exchanges and batches</source>
        <translation>Обміни та етапи</translation>
    </message>
</context>
<context>
    <name>homeward::NavigatorWidget</name>
    <message>
        <source>Exchanges and batches</source>
        <translation>Обміни та етапи</translation>
    </message>
    <message>
        <source>The list could not be read again and may be out of date: %1</source>
        <translation>Не вдалося повторно прочитати список, він може бути застарілим: %1</translation>
    </message>
</context>
<context>
    <name>homeward::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Пов&amp;торіть пароль:</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>Паролі не збігаються</translation>
    </message>
</context>
<context>
    <name>homeward::OfficialTableModel</name>
    <message>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблоковано до %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) in a row</source>
        <translation>
            <numerusform>%n невдала спроба входу поспіль</numerusform>
            <numerusform>%n невдалі спроби входу поспіль</numerusform>
            <numerusform>%n невдалих спроб входу поспіль</numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Імʼя користувача</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>homeward::OpenCheck</name>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 — не вдалося виконати: %2</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation>Перевірка цілісності</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>файл бази даних пошкоджено: %1</translation>
    </message>
    <message>
        <source>The check of the links between records</source>
        <translation>Перевірка звʼязків між записами</translation>
    </message>
    <message>
        <source>the record %1 in table %2 refers to a missing record in table %3</source>
        <translation>запис %1 у таблиці %2 посилається на відсутній запис у таблиці %3</translation>
    </message>
    <message>
        <source>%1 more records refer to missing records</source>
        <translation>Ще записів, що посилаються на відсутні записи: %1</translation>
    </message>
    <message>
        <source>The schema check</source>
        <translation>Перевірка схеми</translation>
    </message>
    <message>
        <source>The audit trail check</source>
        <translation>Перевірка журналу аудиту</translation>
    </message>
    <message>
        <source>audit trail broken at row %1: %2</source>
        <translation>журнал аудиту порушено на записі %1: %2</translation>
    </message>
    <message>
        <source>The check of the seals</source>
        <translation>Перевірка печаток</translation>
    </message>
    <message>
        <source>The database could not be switched to read-only</source>
        <translation>Не вдалося перевести базу даних у режим лише для читання</translation>
    </message>
    <message>
        <source>Checking that the database file is whole…</source>
        <translation>Перевірка цілісності файлу бази даних…</translation>
    </message>
    <message>
        <source>Checking the links between records…</source>
        <translation>Перевірка звʼязків між записами…</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Перевірка журналу аудиту…</translation>
    </message>
    <message>
        <source>Checking the seals of confirmed batches…</source>
        <translation>Перевірка печаток підтверджених етапів…</translation>
    </message>
</context>
<context>
    <name>homeward::OpenCheckFlow</name>
    <message>
        <source>The database %1 did not pass its checks: it may have been tampered with, or damaged. It opens read-only: nothing can be changed until it is restored from a good backup. Tell your supervisor.</source>
        <translation>База даних %1 не пройшла перевірок: можливо, її підроблено або пошкоджено. Її відкрито лише для читання: нічого не можна змінити, доки її не буде відновлено зі справної резервної копії. Повідомте свого керівника.</translation>
    </message>
    <message>
        <source>Homeward: the database did not pass its checks</source>
        <translation>Homeward: база даних не пройшла перевірок</translation>
    </message>
    <message>
        <source>Homeward: opening %1</source>
        <translation>Homeward: відкриття %1</translation>
    </message>
</context>
<context>
    <name>homeward::PasswordHasher</name>
    <message>
        <source>The password could not be protected</source>
        <translation>Не вдалося захистити пароль</translation>
    </message>
</context>
<context>
    <name>homeward::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Скинути пароль</translation>
    </message>
    <message>
        <source>A new password for “%1” (%2). Tell it to them in person; it also lifts a lock-out after failed attempts.</source>
        <translation>Новий пароль для «%1» (%2). Повідомте його цій посадовій особі особисто; він також знімає блокування після невдалих спроб входу.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Скинути</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>Пароль не скинуто</translation>
    </message>
</context>
<context>
    <name>homeward::Permissions</name>
    <message>
        <source>manage exchanges</source>
        <translation>керувати обмінами</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>керувати етапами</translation>
    </message>
    <message>
        <source>enter and edit persons</source>
        <translation>вносити й редагувати осіб</translation>
    </message>
    <message>
        <source>verify details</source>
        <translation>перевіряти дані</translation>
    </message>
    <message>
        <source>submit batches for verification</source>
        <translation>передавати етапи на перевірку</translation>
    </message>
    <message>
        <source>mark batches verified</source>
        <translation>позначати етапи як перевірені</translation>
    </message>
    <message>
        <source>confirm batches</source>
        <translation>підтверджувати етапи</translation>
    </message>
    <message>
        <source>reopen confirmed batches</source>
        <translation>повторно відкривати підтверджені етапи</translation>
    </message>
    <message>
        <source>record completed handovers</source>
        <translation>фіксувати завершені передачі</translation>
    </message>
    <message>
        <source>cancel batches</source>
        <translation>скасовувати етапи</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>керувати обліковими записами</translation>
    </message>
    <message>
        <source>import the registry</source>
        <translation>імпортувати реєстр</translation>
    </message>
</context>
<context>
    <name>homeward::PersonDialog</name>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Етап %1 · %2</translation>
    </message>
    <message>
        <source> · exchange “%1”</source>
        <translation> · обмін «%1»</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>Не вдалося прочитати етап: %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>%1 — person</source>
        <translation>%1 — особа</translation>
    </message>
    <message>
        <source>No problems found. Ctrl+S saves.</source>
        <translation>Помилок не виявлено. Ctrl+S — зберегти.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>Перед збереженням потрібно виправити %n помилку.</numerusform>
            <numerusform>Перед збереженням потрібно виправити %n помилки.</numerusform>
            <numerusform>Перед збереженням потрібно виправити %n помилок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person not saved</source>
        <translation>Особу не збережено</translation>
    </message>
    <message>
        <source>Latin spelling: —</source>
        <translation>Написання латиницею: —</translation>
    </message>
    <message>
        <source>Latin spelling: %1</source>
        <translation>Написання латиницею: %1</translation>
    </message>
    <message>
        <source>Latin spelling: — (correct the letters of the name first)</source>
        <translation>Написання латиницею: — (спершу виправте літери в імені)</translation>
    </message>
    <message>
        <source>Latin spelling by the Ukrainian passport system (Cabinet of Ministers resolution No. 55 of 2010), as printed on the summary sheets</source>
        <translation>Написання латиницею за системою транслітерації для паспортів громадян України (постанова Кабінету Міністрів України № 55 від 2010 року) — так, як його буде надруковано у зведених відомостях</translation>
    </message>
    <message>
        <source>Saved, but not linked</source>
        <translation>Збережено, але не повʼязано</translation>
    </message>
    <message>
        <source>The person was saved, but not linked to the registry: %1</source>
        <translation>Особу збережено, але не повʼязано з реєстром: %1</translation>
    </message>
    <message>
        <source>The stored person could not be read: %1</source>
        <translation>Не вдалося прочитати збережені дані особи: %1</translation>
    </message>
</context>
<context>
    <name>homeward::PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Особові дані</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <source>As in the identity document. Letters of one alphabet only: a Latin letter among Cyrillic ones is reported.</source>
        <translation>Як у документі, що посвідчує особу. Лише літери одного алфавіту: про латинську літеру серед кириличних буде повідомлено.</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Імʼя:</translation>
    </message>
    <message>
        <source>As in the identity document</source>
        <translation>Як у документі, що посвідчує особу</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <source>Leave empty if the person has none</source>
        <translation>Залиште порожнім, якщо особа не має по батькові</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата народження:</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Місце народження:</translation>
    </message>
    <message>
        <source>Settlement, district, region</source>
        <translation>Населений пункт, район, область</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Громадянство:</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Тип документа:</translation>
    </message>
    <message>
        <source>For example: passport, military ID</source>
        <translation>Наприклад: паспорт, військовий квиток</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Номер документа:</translation>
    </message>
    <message>
        <source>Series and number exactly as printed</source>
        <translation>Серія та номер точно як у документі</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регіон:</translation>
    </message>
    <message>
        <source>Region of residence</source>
        <translation>Регіон проживання</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>Ідентифікатор запису:</translation>
    </message>
    <message>
        <source>The person&apos;s identifier in an interchange list, if there is one</source>
        <translation>Ідентифікатор особи в списку для обміну даними, якщо він є</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Військова служба</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Serviceman or civilian: a serviceman needs a rank or a service number</source>
        <translation>Військовослужбовець чи цивільна особа: для військовослужбовця потрібно зазначити військове звання або особистий номер</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Військове звання:</translation>
    </message>
    <message>
        <source>A serviceman needs a rank or a service number</source>
        <translation>Для військовослужбовця потрібно зазначити військове звання або особистий номер</translation>
    </message>
    <message>
        <source>Military unit:</source>
        <translation>Військова частина:</translation>
    </message>
    <message>
        <source>Service number:</source>
        <translation>Особистий номер:</translation>
    </message>
    <message>
        <source>The personal number as in the military ID. A serviceman needs a rank or a service number</source>
        <translation>Особистий номер, як у військовому квитку. Для військовослужбовця потрібно зазначити військове звання або особистий номер</translation>
    </message>
    <message>
        <source>Capture and detention</source>
        <translation>Полонення (затримання) та утримання</translation>
    </message>
    <message>
        <source>Date of capture:</source>
        <translation>Дата полонення (затримання):</translation>
    </message>
    <message>
        <source>Place of capture:</source>
        <translation>Місце полонення (затримання):</translation>
    </message>
    <message>
        <source>Place of detention:</source>
        <translation>Місце утримання:</translation>
    </message>
    <message>
        <source>State of health:</source>
        <translation>Стан здоровʼя:</translation>
    </message>
    <message>
        <source>Wounds, illnesses, needs on handover</source>
        <translation>Поранення, захворювання, потреби під час передачі</translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation>Особа, яку слід повідомити</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Relative or other person to inform</source>
        <translation>Родич або інша особа, яку слід повідомити</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакти:</translation>
    </message>
    <message>
        <source>Phone, address or e-mail</source>
        <translation>Телефон, адреса або електронна пошта</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Anything else the officials should know. Enter starts a new line; Tab moves on.</source>
        <translation>Усе інше, що мають знати посадові особи. Enter — новий рядок; Tab — перехід до наступного поля.</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Зберегти й &amp;додати нову</translation>
    </message>
    <message>
        <source>Save this person and start an empty form for the next one (Ctrl+Shift+S)</source>
        <translation>Зберегти цю особу й відкрити порожню форму для наступної (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Зберегти й закрити (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрити без збереження (Esc)</translation>
    </message>
</context>
<context>
    <name>homeward::PersonRepository</name>
    <message>
        <source>The person was not saved; nothing was changed</source>
        <translation>Особу не збережено; нічого не змінено</translation>
    </message>
    <message>
        <source>No person with number %1</source>
        <translation>Немає особи з номером %1</translation>
    </message>
    <message>
        <source>The person was not removed; nothing was changed</source>
        <translation>Особу не вилучено; нічого не змінено</translation>
    </message>
    <message>
        <source>This person is no longer listed in the batch</source>
        <translation>Цієї особи вже немає в списку етапу</translation>
    </message>
    <message>
        <source>The person was not listed; nothing was changed</source>
        <translation>Особу не внесено до списку; нічого не змінено</translation>
    </message>
    <message>
        <source>This person is already listed in the batch</source>
        <translation>Цю особу вже внесено до списку етапу</translation>
    </message>
    <message>
        <source>This person no longer exists; they may have been deleted</source>
        <translation>Цієї особи більше не існує; можливо, її видалено</translation>
    </message>
    <message>
        <source>The list was not changed</source>
        <translation>Список не змінено</translation>
    </message>
    <message>
        <source>This person is already withdrawn from the batch</source>
        <translation>Цю особу вже вилучено зі списку етапу</translation>
    </message>
    <message>
        <source>This person is already on the batch&apos;s list</source>
        <translation>Ця особа вже є в списку етапу</translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
    <message>
        <source>The person&apos;s batches could not be read</source>
        <translation>Не вдалося прочитати етапи цієї особи</translation>
    </message>
</context>
<context>
    <name>homeward::PersonTableModel</name>
    <message>
        <source>The persons of the batch could not be loaded: %1</source>
        <translation>Не вдалося завантажити осіб етапу: %1</translation>
    </message>
    <message>
        <source>The batch could not be opened: %1</source>
        <translation>Не вдалося відкрити етап: %1</translation>
    </message>
    <message>
        <source>The batches could not be read: %1</source>
        <translation>Не вдалося прочитати етапи: %1</translation>
    </message>
    <message>
        <source>Date of birth known only to the year</source>
        <translation>Відомий лише рік народження</translation>
    </message>
    <message>
        <source>Date of birth known only to the month</source>
        <translation>Відомі лише місяць і рік народження</translation>
    </message>
    <message>
        <source>Withdrawn from the batch</source>
        <translation>Вилучено зі списку етапу</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>More persons of the batch could not be loaded: %1</source>
        <translation>Не вдалося завантажити решту осіб етапу: %1</translation>
    </message>
</context>
<context>
    <name>homeward::PersonValidator</name>
    <message>
        <source>Record identifier</source>
        <translation>Ідентифікатор запису</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation>Дата полонення (затримання)</translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation>Місце полонення (затримання)</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Стан здоровʼя</translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation>Особа, яку слід повідомити</translation>
    </message>
    <message>
        <source>Contact of the person to inform</source>
        <translation>Контакти особи, яку слід повідомити</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3)</source>
        <translation>%1: задовгий текст (символів: %2, допустимо не більше ніж %3)</translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation>%1: керівний символ %2 у позиції %3 не допускається</translation>
    </message>
    <message>
        <source>The surname is required</source>
        <translation>Потрібно зазначити прізвище</translation>
    </message>
    <message>
        <source>The given name is required</source>
        <translation>Потрібно зазначити імʼя</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The given name is in %1 letters but the surname is in %2 letters</source>
        <translation>Імʼя та прізвище записано різними алфавітами: імʼя — %1, прізвище — %2</translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the surname is in %2 letters</source>
        <translation>По батькові та прізвище записано різними алфавітами: по батькові — %1, прізвище — %2</translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the given name is in %2 letters</source>
        <translation>По батькові та імʼя записано різними алфавітами: по батькові — %1, імʼя — %2</translation>
    </message>
    <message>
        <source>The date of birth is required (the year alone is enough)</source>
        <translation>Потрібно зазначити дату народження (достатньо року)</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date</source>
        <translation>Дата народження не є правильною датою</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future</source>
        <translation>Дата народження %1 пізніша за сьогоднішню</translation>
    </message>
    <message>
        <source>The date of capture %1 is in the future</source>
        <translation>Дата полонення (затримання) %1 пізніша за сьогоднішню</translation>
    </message>
    <message>
        <source>The date of capture %1 is before the date of birth %2</source>
        <translation>Дата полонення (затримання) %1 раніша за дату народження %2</translation>
    </message>
    <message>
        <source>The date of capture %1 may be before the date of birth %2</source>
        <translation>Дата полонення (затримання) %1, можливо, раніша за дату народження %2</translation>
    </message>
    <message>
        <source>At the date of capture the person would be %1 years old; the age must be between %2 and %3</source>
        <translation>На дату полонення (затримання) особі було б повних років: %1; вік має бути від %2 до %3</translation>
    </message>
    <message>
        <source>Today the person would be %1 years old; the age must be between %2 and %3</source>
        <translation>Сьогодні особі було б повних років: %1; вік має бути від %2 до %3</translation>
    </message>
    <message>
        <source>A serviceman needs a rank or a service number</source>
        <translation>Для військовослужбовця потрібно зазначити військове звання або особистий номер</translation>
    </message>
    <message>
        <source>%1: character “%2” at position %3 is not allowed (only letters, digits, space, “-”, “/” and “№”)</source>
        <translation>%1: символ «%2» у позиції %3 не допускається (дозволено лише літери, цифри, пробіл, «-», «/» і «№»)</translation>
    </message>
    <message>
        <source>The record identifier cannot contain spaces</source>
        <translation>Ідентифікатор запису не може містити пробілів</translation>
    </message>
    <message>
        <source>The record identifier is longer than %1 characters</source>
        <translation>Ідентифікатор запису перевищує допустиму довжину (символів: %1)</translation>
    </message>
</context>
<context>
    <name>homeward::PresenceModel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (це робоче місце)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>%1 at %2, since %3</source>
        <translation>%1 на %2, з %3</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Working on it now</source>
        <translation>Зараз працюють</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
</context>
<context>
    <name>homeward::PresenceRepository</name>
    <message>
        <source>Nobody is signed in: the batch cannot be marked as open</source>
        <translation>Ніхто не ввійшов: етап неможливо позначити як відкритий</translation>
    </message>
    <message>
        <source>The batch could not be marked as open at this desk</source>
        <translation>Не вдалося позначити етап як відкритий на цьому робочому місці</translation>
    </message>
    <message>
        <source>This desk could not tell the others it is still working</source>
        <translation>Це робоче місце не змогло повідомити інших, що досі працює</translation>
    </message>
    <message>
        <source>The batch could not be marked as closed at this desk</source>
        <translation>Не вдалося позначити етап як закритий на цьому робочому місці</translation>
    </message>
    <message>
        <source>Who is working on the batches could not be read</source>
        <translation>Не вдалося прочитати, хто працює з етапами</translation>
    </message>
</context>
<context>
    <name>homeward::PresenceTracker</name>
    <message>
        <source>Other desks are not told which batch is open here: %1</source>
        <translation>Інші робочі місця не знають, який етап відкрито тут: %1</translation>
    </message>
</context>
<context>
    <name>homeward::PrintActions</name>
    <message>
        <source>Print batch &amp;summary…</source>
        <translation>Друкувати &amp;зведену відомість етапу…</translation>
    </message>
    <message>
        <source>Export batch summary to PDF…</source>
        <translation>Експортувати зведену відомість етапу в PDF…</translation>
    </message>
    <message>
        <source>Print batch &amp;checklist…</source>
        <translation>Друкувати &amp;контрольний перелік етапу…</translation>
    </message>
    <message>
        <source>Export batch checklist to PDF…</source>
        <translation>Експортувати контрольний перелік етапу в PDF…</translation>
    </message>
    <message>
        <source>Print &amp;exchange summary…</source>
        <translation>Друкувати зведення за &amp;обміном…</translation>
    </message>
    <message>
        <source>Export exchange summary to PDF…</source>
        <translation>Експортувати зведення за обміном у PDF…</translation>
    </message>
    <message>
        <source>The batch&apos;s summary sheet: counts, the numbered list, the seal and the signatures (Ctrl+P)</source>
        <translation>Зведена відомість етапу: кількість осіб, нумерований список, печатка й підписи (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every listed person&apos;s verification checklist, one person per page</source>
        <translation>Контрольний перелік перевірки кожної особи зі списку, по одній особі на сторінку</translation>
    </message>
    <message>
        <source>Every batch of the exchange and the totals against the agreement</source>
        <translation>Усі етапи обміну та загальні підсумки порівняно з домовленістю</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Друкувати</translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation>Спершу виберіть етап</translation>
    </message>
    <message>
        <source>Select an exchange first</source>
        <translation>Спершу виберіть обмін</translation>
    </message>
    <message>
        <source>The sheet could not be prepared: %1</source>
        <translation>Не вдалося підготувати відомість: %1</translation>
    </message>
    <message>
        <source>The sheet could not be printed: %1</source>
        <translation>Не вдалося надрукувати відомість: %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation>%1 — надіслано на друк</translation>
    </message>
    <message>
        <source>batch-%1-summary.pdf</source>
        <translation>batch-%1-summary.pdf</translation>
    </message>
    <message>
        <source>batch-%1-checklist.pdf</source>
        <translation>batch-%1-checklist.pdf</translation>
    </message>
    <message>
        <source>exchange-%1-summary.pdf</source>
        <translation>exchange-%1-summary.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF не записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Записано до %1 (%n сторінка)</numerusform>
            <numerusform>Записано до %1 (%n сторінки)</numerusform>
            <numerusform>Записано до %1 (%n сторінок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
</context>
<context>
    <name>homeward::ProgressDelegate</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>homeward::ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop: nothing is written (Esc)</source>
        <translation>Зупинити: нічого не буде записано (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>homeward::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, kept in the history):</source>
        <translation>&amp;Причина (обовʼязково, зберігається в історії):</translation>
    </message>
    <message>
        <source>Why this step is taken, in a sentence</source>
        <translation>Чому виконується цей крок — одним реченням</translation>
    </message>
    <message>
        <source>Type the reason first</source>
        <translation>Спершу введіть причину</translation>
    </message>
</context>
<context>
    <name>homeward::Reconciler</name>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низький</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>середній</translation>
    </message>
    <message>
        <source>high</source>
        <translation>високий</translation>
    </message>
    <message>
        <source>Missing on their list (ours: %1).</source>
        <translation>Немає в їхньому списку (у нас: %1).</translation>
    </message>
    <message>
        <source>Missing on our list (theirs: %1).</source>
        <translation>Немає в нашому списку (у них: %1).</translation>
    </message>
    <message>
        <source>The sex differs.</source>
        <translation>Стать відрізняється.</translation>
    </message>
    <message>
        <source>The category differs: the person is counted under another category of the plan.</source>
        <translation>Категорія відрізняється: особу враховано в іншій категорії плану.</translation>
    </message>
    <message>
        <source>The rank differs.</source>
        <translation>Військове звання відрізняється.</translation>
    </message>
    <message>
        <source>The unit differs.</source>
        <translation>Військова частина відрізняється.</translation>
    </message>
    <message>
        <source>The service numbers differ.</source>
        <translation>Особисті номери відрізняються.</translation>
    </message>
    <message>
        <source>The document numbers differ.</source>
        <translation>Номери документів відрізняються.</translation>
    </message>
    <message>
        <source>The place of birth differs.</source>
        <translation>Місце народження відрізняється.</translation>
    </message>
    <message>
        <source>The region differs.</source>
        <translation>Регіон відрізняється.</translation>
    </message>
    <message>
        <source>The same number written differently (spaces, dashes or letter case).</source>
        <translation>Той самий номер, записаний по-іншому (пробіли, дефіси або регістр літер).</translation>
    </message>
    <message>
        <source>The same words in another alphabet or spelling.</source>
        <translation>Ті самі слова, написані іншою абеткою або по-іншому.</translation>
    </message>
    <message>
        <source>Servicemen, men</source>
        <translation>Військовослужбовці, чоловіки</translation>
    </message>
    <message>
        <source>Servicemen, women</source>
        <translation>Військовослужбовці, жінки</translation>
    </message>
    <message>
        <source>Servicemen, sex not given</source>
        <translation>Військовослужбовці, стать не зазначено</translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation>Військовослужбовці</translation>
    </message>
    <message>
        <source>Civilians, men</source>
        <translation>Цивільні особи, чоловіки</translation>
    </message>
    <message>
        <source>Civilians, women</source>
        <translation>Цивільні особи, жінки</translation>
    </message>
    <message>
        <source>Civilians, sex not given</source>
        <translation>Цивільні особи, стать не зазначено</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Цивільні особи</translation>
    </message>
    <message>
        <source>Category not given</source>
        <translation>Категорію не зазначено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationActions</name>
    <message>
        <source>&amp;Reconcile with the other side&apos;s list…</source>
        <translation>Звірити зі с&amp;писком іншої сторони…</translation>
    </message>
    <message>
        <source>Load the list the other side sent for the selected batch and compare it with ours: differences riskiest first, persons on one list only, the counts (Ctrl+Shift+R)</source>
        <translation>Завантажити список, надісланий іншою стороною для вибраного етапу, і порівняти його з нашим: спершу найризикованіші відмінності, далі особи лише в одному зі списків, кількість осіб (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation>Спершу виберіть етап</translation>
    </message>
    <message>
        <source>the database failed its checks when it was opened</source>
        <translation>база даних не пройшла перевірок під час відкриття</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationCountsModel</name>
    <message>
        <source>agrees</source>
        <translation>збігається</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>відрізняється</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Збіг</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationDifferencesModel</name>
    <message>
        <source>No. %1 %2</source>
        <translation>№ %1 %2</translation>
    </message>
    <message>
        <source>%1 (line %2) %3</source>
        <translation>%1 (рядок %2) %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every compared detail agrees.</source>
        <translation>Усі порівнювані дані збігаються.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Our list</source>
        <translation>Наш список</translation>
    </message>
    <message>
        <source>Their list</source>
        <translation>Їхній список</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationModel</name>
    <message>
        <source>Open</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Вирішено: %1</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>Вирішив(ла) %1 %2: %3</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationOnlyModel</name>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (рядок %2)</translation>
    </message>
    <message>
        <source>Their record</source>
        <translation>Їхній запис</translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation>Наш №</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationPrinter</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (рядок %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <source>Resolved: %1 (%2, %3)</source>
        <translation>Вирішено: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation>Наш №</translation>
    </message>
    <message>
        <source>Their record</source>
        <translation>Їхній запис</translation>
    </message>
    <message>
        <source>Person (our list)</source>
        <translation>Особа (наш список)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Що відрізняється</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot;: reconciliation with the other side&apos;s list</source>
        <translation>Етап %1 обміну «%2»: звірка зі списком іншої сторони</translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;</source>
        <translation>Обмін «%1»</translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot; (%2)</source>
        <translation>Обмін «%1» (%2)</translation>
    </message>
    <message>
        <source>Batch %1, %2, %3: reconciliation with the other side&apos;s list</source>
        <translation>Етап %1, %2, %3: звірка зі списком іншої сторони</translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA</source>
        <translation>МІСТИТЬ ПЕРСОНАЛЬНІ ДАНІ</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>Their list: %1, SHA-256 %2</source>
        <translation>Їхній список: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>No list of the other side</source>
        <translation>Списку іншої сторони немає</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Reconciliation with the other side&apos;s list</source>
        <translation>Звірка зі списком іншої сторони</translation>
    </message>
    <message>
        <source>Their list</source>
        <translation>Їхній список</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядків</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Імпортував(ла)</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Час імпорту</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Відмінності</translation>
    </message>
    <message>
        <source>%1 (high risk, open: %2)</source>
        <translation>%1 (високого ризику, невирішених: %2)</translation>
    </message>
    <message>
        <source>Only on their list</source>
        <translation>Лише в їхньому списку</translation>
    </message>
    <message>
        <source>Only on our list</source>
        <translation>Лише в нашому списку</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Невирішені пункти</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Кількість осіб</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>збігається</translation>
    </message>
    <message>
        <source>DO NOT AGREE</source>
        <translation>НЕ ЗБІГАЄТЬСЯ</translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so a person shown on one list only may be on the other with typos.</source>
        <translation>Списки майже не збігаються: другий прохід зіставлення не виконувався, тому особа, показана лише в одному списку, може бути в іншому з помилками в написанні.</translation>
    </message>
    <message>
        <source>All details agree</source>
        <translation>Усі дані збігаються</translation>
    </message>
    <message>
        <source>Differences in the matched pairs (%1)</source>
        <translation>Відмінності в зіставлених парах (%1)</translation>
    </message>
    <message>
        <source>No person of their list was paired with ours.</source>
        <translation>Жодну особу з їхнього списку не зіставлено з нашими.</translation>
    </message>
    <message>
        <source>Only on their list (%1)</source>
        <translation>Лише в їхньому списку (%1)</translation>
    </message>
    <message>
        <source>Every person of their list is on ours.</source>
        <translation>Кожна особа з їхнього списку є в нашому.</translation>
    </message>
    <message>
        <source>Only on our list (%1)</source>
        <translation>Лише в нашому списку (%1)</translation>
    </message>
    <message>
        <source>Every person of our list is on theirs.</source>
        <translation>Кожна особа з нашого списку є в їхньому.</translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned</source>
        <translation>Кількість осіб: у нас, у них і заплановано</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Збігається</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НІ</translation>
    </message>
    <message>
        <source>The report could not be drawn: the printer or file did not accept it</source>
        <translation>Не вдалося сформувати звіт: принтер або файл його не прийняв</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>Не вдалося записати %1</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationReport</name>
    <message>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation>Наш №</translation>
    </message>
    <message>
        <source>Our person id</source>
        <translation>Наш id особи</translation>
    </message>
    <message>
        <source>Their record</source>
        <translation>Їхній запис</translation>
    </message>
    <message>
        <source>Their line</source>
        <translation>Їхній рядок</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Kind of difference</source>
        <translation>Вид відмінності</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Примітка щодо рішення</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Хто вирішив</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Коли вирішено</translation>
    </message>
    <message>
        <source>Every compared detail agrees.</source>
        <translation>Усі порівнювані дані збігаються.</translation>
    </message>
    <message>
        <source>On their list only: none of our persons matches.</source>
        <translation>Лише в їхньому списку: не відповідає жодній нашій особі.</translation>
    </message>
    <message>
        <source>On our list only: missing from their list.</source>
        <translation>Лише в нашому списку: немає в їхньому списку.</translation>
    </message>
    <message>
        <source>writing the reconciliation report failed</source>
        <translation>не вдалося записати звіт про звірку</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the file to write</source>
        <translation>%1 — це папка; зазначте шлях до файлу, який слід записати</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не існує</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation>немає дозволу на запис у папку файлу %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не вдалося записати %1</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>помилка під час запису %1</translation>
    </message>
    <message>
        <source>cannot put the report in place at %1</source>
        <translation>не вдалося розмістити звіт у %1</translation>
    </message>
</context>
<context>
    <name>homeward::ReconciliationWindow</name>
    <message>
        <source>&amp;Load their list…</source>
        <translation>&amp;Завантажити їхній список…</translation>
    </message>
    <message>
        <source>Read the other side&apos;s list of this batch (CSV or Excel workbook) and compare it with ours. Every row is checked first; nothing is stored when any row has a problem. The list is kept as it was received, beside ours; earlier lists stay in the history.</source>
        <translation>Прочитати список іншої сторони для цього етапу (CSV або книга Excel) і порівняти його з нашим. Спершу перевіряється кожен рядок; якщо хоча б один рядок має проблему, нічого не зберігається. Список зберігається в тому вигляді, в якому його отримано, поруч із нашим; попередні списки залишаються в історії.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Визначити автоматично</translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding. Detect reads it from the file; choose one when the names come out garbled. Not used for Excel workbooks.</source>
        <translation>Кодування файлу CSV. «Визначити автоматично» зчитує його з файлу; виберіть кодування, якщо імена відображаються спотвореними. Для книг Excel не використовується.</translation>
    </message>
    <message>
        <source>What separates the fields of the CSV file. Detect reads it from the file. Not used for Excel workbooks.</source>
        <translation>Що розділяє поля файлу CSV. «Визначити автоматично» зчитує розділювач із файлу. Для книг Excel не використовується.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Розділювач:</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>Позначити як &amp;вирішене…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Повторно в&amp;ідкрити</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експортувати в &amp;CSV…</translation>
    </message>
    <message>
        <source>Write every item of the reconciliation to a CSV file (one line per difference, person on one list only, and count)</source>
        <translation>Записати всі пункти звірки до файлу CSV (один рядок на кожну відмінність, особу лише в одному списку та кількість осіб)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>A print preview of the reconciliation report, every page marked as containing personal data</source>
        <translation>Попередній перегляд друку звіту про звірку; кожну сторінку позначено як таку, що містить персональні дані</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Експортувати в P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the reconciliation report as a PDF file</source>
        <translation>Записати звіт про звірку у файл PDF</translation>
    </message>
    <message>
        <source>Every detail in which a person of their list differs from the same person on ours, the riskiest first: red, a difference that may hand over the wrong person; amber, the same detail written another way; green, resolved.</source>
        <translation>Усі дані, в яких особа з їхнього списку відрізняється від тієї самої особи в нашому, спершу найризикованіші: червоний — відмінність, через яку може бути передано не ту особу; жовтий — ті самі дані, записані по-іншому; зелений — вирішено.</translation>
    </message>
    <message>
        <source>Persons on their list whom none of ours matches</source>
        <translation>Особи з їхнього списку, яким не відповідає жодна наша особа</translation>
    </message>
    <message>
        <source>Persons on our list whom their list does not name</source>
        <translation>Особи з нашого списку, яких немає в їхньому списку</translation>
    </message>
    <message>
        <source>Persons by category and sex on each list, against the batch&apos;s plan; a line in red does not agree</source>
        <translation>Особи за категорією та статтю в кожному списку порівняно з планом етапу; рядок червоним кольором не збігається</translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned</source>
        <translation>Кількість осіб: у нас, у них і заплановано</translation>
    </message>
    <message>
        <source>Reconciliation of batch %1 with the other side&apos;s list</source>
        <translation>Звірка етапу %1 зі списком іншої сторони</translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot; (%3, %4): reconciliation with the other side&apos;s list</source>
        <translation>Етап %1 обміну «%2» (%3, %4): звірка зі списком іншої сторони</translation>
    </message>
    <message numerus="yes">
        <source>Their list: %1, %n row(s), loaded by %2 on %3; SHA-256 %4.</source>
        <translation>
            <numerusform>Їхній список: %1, %n рядок, завантажив(ла) %2 %3; SHA-256 %4.</numerusform>
            <numerusform>Їхній список: %1, %n рядки, завантажив(ла) %2 %3; SHA-256 %4.</numerusform>
            <numerusform>Їхній список: %1, %n рядків, завантажив(ла) %2 %3; SHA-256 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists hardly agree: the second pairing pass was left out, so a person shown on one list only may be on the other with typos.</source>
        <translation>Списки майже не збігаються: другий прохід зіставлення не виконувався, тому особа, показана лише в одному списку, може бути в іншому з помилками в написанні.</translation>
    </message>
    <message>
        <source>No list of the other side has been loaded for this batch yet. Load the list they sent to compare it with ours.</source>
        <translation>Для цього етапу ще не завантажено списку іншої сторони. Завантажте надісланий ними список, щоб порівняти його з нашим.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Не вдалося прочитати: %1</translation>
    </message>
    <message>
        <source>Differences in matched pairs: %1 open of %2 (%3 pairs)</source>
        <translation>Відмінності в зіставлених парах: невирішених — %1 з %2 (пар — %3)</translation>
    </message>
    <message>
        <source>Only on their list: %1 (%2 open)</source>
        <translation>Лише в їхньому списку: %1 (невирішених — %2)</translation>
    </message>
    <message>
        <source>Only on our list: %1 (%2 open)</source>
        <translation>Лише в нашому списку: %1 (невирішених — %2)</translation>
    </message>
    <message>
        <source>Counts: ours, theirs and planned (some do not agree)</source>
        <translation>Кількість осіб: у нас, у них і заплановано (не все збігається)</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>База даних відкрита лише для читання: %1</translation>
    </message>
    <message>
        <source>The batch&apos;s status could not be read: %1</source>
        <translation>Не вдалося прочитати статус етапу: %1</translation>
    </message>
    <message>
        <source>Batch %1 is %2: its reconciliation can be read, exported and printed, but no list can be loaded and nothing resolved.</source>
        <translation>Етап %1 має статус «%2»: його звірку можна переглядати, експортувати й друкувати, але не можна завантажити список чи позначити щось як вирішене.</translation>
    </message>
    <message>
        <source>You are not signed in: the reconciliation can only be read.</source>
        <translation>Ви не ввійшли в систему: звірку можна лише переглядати.</translation>
    </message>
    <message>
        <source>Your account could not be read: %1</source>
        <translation>Не вдалося прочитати ваш обліковий запис: %1</translation>
    </message>
    <message>
        <source>Your roles allow reading the reconciliation only: loading their list needs the operator role, marking items resolved the operator or verifier role.</source>
        <translation>Ваші ролі дозволяють лише переглядати звірку: для завантаження їхнього списку потрібна роль оператора, для позначення пунктів як вирішених — роль оператора або верифікатора.</translation>
    </message>
    <message>
        <source>You may mark items resolved; loading their list needs the operator role.</source>
        <translation>Ви можете позначати пункти як вирішені; для завантаження їхнього списку потрібна роль оператора.</translation>
    </message>
    <message>
        <source>Select a difference or a person on one list only first</source>
        <translation>Спершу виберіть відмінність або особу, яка є лише в одному списку</translation>
    </message>
    <message>
        <source>Already resolved: reopen it first to change the note</source>
        <translation>Уже вирішено: щоб змінити примітку, спершу відкрийте пункт повторно</translation>
    </message>
    <message>
        <source>Record that this item is in order, with a note saying why (double-click a row does the same)</source>
        <translation>Зафіксувати, що цей пункт у порядку, із приміткою з поясненням (те саме робить подвійне клацання рядка)</translation>
    </message>
    <message>
        <source>Take the resolution back: the item counts as open again</source>
        <translation>Скасувати рішення: пункт знову вважатиметься невирішеним</translation>
    </message>
    <message>
        <source>The item is open</source>
        <translation>Пункт не вирішено</translation>
    </message>
    <message>
        <source>Their list was not loaded</source>
        <translation>Їхній список не завантажено</translation>
    </message>
    <message>
        <source>Load the other side&apos;s list</source>
        <translation>Завантажити список іншої сторони</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Нічого не завантажено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Their list %1 loaded for batch %2 (%3): %n row(s)</source>
        <translation>
            <numerusform>Їхній список %1 завантажено для етапу %2 (%3): %n рядок</numerusform>
            <numerusform>Їхній список %1 завантажено для етапу %2 (%3): %n рядки</numerusform>
            <numerusform>Їхній список %1 завантажено для етапу %2 (%3): %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (our No. %2): %3 is &quot;%4&quot; on our list and &quot;%5&quot; on theirs.</source>
        <translation>%1 (наш № %2): %3 — «%4» у нашому списку і «%5» у їхньому.</translation>
    </message>
    <message>
        <source>Only on their list: %1.</source>
        <translation>Лише в їхньому списку: %1.</translation>
    </message>
    <message>
        <source>Only on our list: %1.</source>
        <translation>Лише в нашому списку: %1.</translation>
    </message>
    <message>
        <source>Not marked resolved</source>
        <translation>Не позначено як вирішене</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Marked resolved</source>
        <translation>Позначено як вирішене</translation>
    </message>
    <message>
        <source>The resolution was stored, but the list could not be read again: %1</source>
        <translation>Рішення збережено, але список не вдалося прочитати знову: %1</translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation>Позначено як вирішене: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не відкрито повторно</translation>
    </message>
    <message>
        <source>Reopened: the item counts as open again</source>
        <translation>Відкрито повторно: пункт знову вважається невирішеним</translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation>Експорт звірки</translation>
    </message>
    <message>
        <source>batch-%1-reconciliation.csv</source>
        <translation>batch-%1-reconciliation.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Нічого не експортовано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation written to %1: %n line(s)</source>
        <translation>
            <numerusform>Звірку записано до %1: %n рядок</numerusform>
            <numerusform>Звірку записано до %1: %n рядки</numerusform>
            <numerusform>Звірку записано до %1: %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the reconciliation to PDF</source>
        <translation>Експорт звірки в PDF</translation>
    </message>
    <message>
        <source>batch-%1-reconciliation.pdf</source>
        <translation>batch-%1-reconciliation.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF не записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Записано до %1 (%n сторінка)</numerusform>
            <numerusform>Записано до %1 (%n сторінки)</numerusform>
            <numerusform>Записано до %1 (%n сторінок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Не вдалося надрукувати звіт: %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation>%1 — надіслано на друк</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Позначити як вирішене</translation>
    </message>
    <message>
        <source>&amp;Note (required, kept with your name in the history):</source>
        <translation>&amp;Примітка (обовʼязкова, зберігається в історії з вашим іменем):</translation>
    </message>
    <message>
        <source>Why this is in order, e.g. &quot;same person: their list writes the name in Russian&quot; or &quot;agreed by phone with the other side on …&quot;</source>
        <translation>Чому це в порядку, наприклад: «та сама особа: у їхньому списку імʼя написано російською» або «узгоджено телефоном з іншою стороною …»</translation>
    </message>
    <message>
        <source>Say what you checked and with whom. The note holds only for the values shown: when either list changes them, the difference shows again.</source>
        <translation>Зазначте, що ви перевірили і з ким. Примітка стосується лише показаних значень: якщо будь-який зі списків їх змінить, відмінність зʼявиться знову.</translation>
    </message>
    <message>
        <source>Type the note first</source>
        <translation>Спершу введіть примітку</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Повторно відкрито</translation>
    </message>
    <message>
        <source>The item was reopened, but the list could not be read again: %1</source>
        <translation>Пункт повторно відкрито, але не вдалося знову прочитати список: %1</translation>
    </message>
    <message>
        <source>The stored resolutions could not be read: %1</source>
        <translation>Не вдалося прочитати збережені рішення: %1</translation>
    </message>
    <message>
        <source>The item is no longer in the reconciliation: their list or ours changed.</source>
        <translation>Цього пункту більше немає у звірянні: змінився їхній або наш список.</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>не вирішено</translation>
    </message>
    <message>
        <source>another official</source>
        <translation>інша посадова особа</translation>
    </message>
    <message>
        <source>resolved by %1 on %2: %3</source>
        <translation>вирішив(ла) %1 %2: %3</translation>
    </message>
    <message>
        <source>Already marked resolved by %1 with the same note</source>
        <translation>%1 уже позначив(ла) пункт вирішеним із тією самою приміткою</translation>
    </message>
    <message>
        <source>Store your note over theirs?</source>
        <translation>Зберегти вашу примітку замість збереженої?</translation>
    </message>
    <message>
        <source>Mark it resolved with your note?</source>
        <translation>Позначити пункт вирішеним із вашою приміткою?</translation>
    </message>
    <message>
        <source>Store my note</source>
        <translation>Зберегти мою примітку</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>Залишити збережене</translation>
    </message>
    <message>
        <source>Your note was not stored: the resolution by %1 was kept</source>
        <translation>Вашу примітку не збережено: залишено рішення, яке ухвалив(ла) %1</translation>
    </message>
    <message>
        <source>Your note was not stored: the item stays open, as stored</source>
        <translation>Вашу примітку не збережено: пункт залишається невирішеним, як збережено</translation>
    </message>
    <message>
        <source>The list could not be read again: %1</source>
        <translation>Не вдалося знову прочитати список: %1</translation>
    </message>
    <message>
        <source>reopen it (the item counts as open again)</source>
        <translation>повторно відкрити (пункт знову вважатиметься невирішеним)</translation>
    </message>
    <message>
        <source>Reopen it anyway?</source>
        <translation>Усе одно відкрити повторно?</translation>
    </message>
    <message>
        <source>Reopen it anyway</source>
        <translation>Усе одно відкрити повторно</translation>
    </message>
    <message>
        <source>Not reopened: the resolution by %1 was kept</source>
        <translation>Не відкрито повторно: залишено рішення, яке ухвалив(ла) %1</translation>
    </message>
</context>
<context>
    <name>homeward::RecordActions</name>
    <message>
        <source>Exchange “%1” created</source>
        <translation>Обмін «%1» створено</translation>
    </message>
    <message>
        <source>Exchange not opened</source>
        <translation>Обмін не відкрито</translation>
    </message>
    <message>
        <source>Exchange “%1” saved</source>
        <translation>Обмін «%1» збережено</translation>
    </message>
    <message>
        <source>Exchange not deleted</source>
        <translation>Обмін не видалено</translation>
    </message>
    <message>
        <source>Delete exchange “%1”? It has no batches.</source>
        <translation>Видалити обмін «%1»? Етапів у ньому немає.</translation>
    </message>
    <message numerus="yes">
        <source>Delete exchange “%1” with its %n batch(es)?</source>
        <translation>
            <numerusform>Видалити обмін «%1» разом з його %n етапом?</numerusform>
            <numerusform>Видалити обмін «%1» разом з його %n етапами?</numerusform>
            <numerusform>Видалити обмін «%1» разом з його %n етапами?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) listed in its batches will be taken off the lists; person records entered only for this exchange will be deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>%n особу, внесену до списків його етапів, буде вилучено зі списків; записи про осіб, внесені лише для цього обміну, також буде видалено. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n особи, внесені до списків його етапів, буде вилучено зі списків; записи про осіб, внесені лише для цього обміну, також буде видалено. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n осіб, внесених до списків його етапів, буде вилучено зі списків; записи про осіб, внесені лише для цього обміну, також буде видалено. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange</source>
        <translation>Видалити обмін</translation>
    </message>
    <message>
        <source>Exchange “%1” deleted</source>
        <translation>Обмін «%1» видалено</translation>
    </message>
    <message>
        <source>Batch %1 created</source>
        <translation>Етап %1 створено</translation>
    </message>
    <message>
        <source>Batch not opened</source>
        <translation>Етап не відкрито</translation>
    </message>
    <message>
        <source>Batch %1 saved</source>
        <translation>Етап %1 збережено</translation>
    </message>
    <message>
        <source>Batch not deleted</source>
        <translation>Етап не видалено</translation>
    </message>
    <message>
        <source>Delete batch %1? Its list is empty.</source>
        <translation>Видалити етап %1? Його список порожній.</translation>
    </message>
    <message numerus="yes">
        <source>Delete batch %1 with its list of %n person(s)?</source>
        <translation>
            <numerusform>Видалити етап %1 разом зі списком, у якому %n особа?</numerusform>
            <numerusform>Видалити етап %1 разом зі списком, у якому %n особи?</numerusform>
            <numerusform>Видалити етап %1 разом зі списком, у якому %n осіб?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person record(s) entered only for this batch will be deleted too.</source>
        <translation>
            <numerusform>%n запис про особу, внесений лише для цього етапу, також буде видалено.</numerusform>
            <numerusform>%n записи про осіб, внесені лише для цього етапу, також буде видалено.</numerusform>
            <numerusform>%n записів про осіб, внесених лише для цього етапу, також буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Цю дію неможливо скасувати.</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <source>Batch %1 deleted</source>
        <translation>Етап %1 видалено</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Person not opened</source>
        <translation>Особу не відкрито</translation>
    </message>
    <message>
        <source>Person not removed</source>
        <translation>Особу не вилучено</translation>
    </message>
    <message>
        <source>Remove %1 (No. %2) from batch %3?</source>
        <translation>Вилучити зі списку етапу %3: %1 (№ %2)?</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Вилучити особу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Removed %1 from batch %2</source>
        <translation>Вилучено зі списку етапу %2: %1</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryActions</name>
    <message>
        <source>&amp;Match all with the registry…</source>
        <translation>Звір&amp;ити всіх із реєстром…</translation>
    </message>
    <message>
        <source>Match every person of the batch with the registry and list the riskiest cases first (Ctrl+M)</source>
        <translation>Звірити кожну особу етапу з реєстром і показати спершу найризикованіші випадки (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Реєстр</translation>
    </message>
    <message>
        <source>Match with the registry — batch %1 · %2</source>
        <translation>Звіряння з реєстром — етап %1 · %2</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Не звірено</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryCandidatesWidget</name>
    <message>
        <source>&lt;b&gt;Registry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Реєстр&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Розірвати звʼязок</translation>
    </message>
    <message>
        <source>Remove the link between this person and the registry record</source>
        <translation>Вилучити звʼязок між цією особою та записом реєстру</translation>
    </message>
    <message>
        <source>Type a surname and a given name to see the registry&apos;s candidates.</source>
        <translation>Введіть прізвище та імʼя, щоб побачити кандидатів із реєстру.</translation>
    </message>
    <message>
        <source>The batch is confirmed: the person&apos;s registry link cannot change</source>
        <translation>Етап підтверджено: звʼязок особи з реєстром змінити неможливо</translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1</source>
        <translation>Ваші ролі не дозволяють вам %1</translation>
    </message>
    <message>
        <source>Loading the registry…</source>
        <translation>Завантаження реєстру…</translation>
    </message>
    <message>
        <source>The registry could not be searched: %1</source>
        <translation>Не вдалося виконати пошук у реєстрі: %1</translation>
    </message>
    <message>
        <source>The registry is empty: import it (Registry menu) to see candidates here.</source>
        <translation>Реєстр порожній: імпортуйте його (меню «Реєстр»), щоб побачити тут кандидатів.</translation>
    </message>
    <message>
        <source>No candidate in the registry (%L1 records).</source>
        <translation>У реєстрі немає кандидата (записів: %L1).</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt; · best score %2 · %n candidate(s)</source>
        <translation>
            <numerusform>Висновок: &lt;b&gt;%1&lt;/b&gt; · найкраща оцінка %2 · %n кандидат</numerusform>
            <numerusform>Висновок: &lt;b&gt;%1&lt;/b&gt; · найкраща оцінка %2 · %n кандидати</numerusform>
            <numerusform>Висновок: &lt;b&gt;%1&lt;/b&gt; · найкраща оцінка %2 · %n кандидатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Other listings could not be checked: %1</source>
        <translation>Не вдалося перевірити інші списки: %1</translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation>Можливо, та сама особа: %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation>Реєстр %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Відповідність</translation>
    </message>
    <message>
        <source>same</source>
        <translation>збігається</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>not known in the registry</source>
        <translation>у реєстрі невідомо</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не внесено</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>немає в реєстрі</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>відрізняється</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 — score %3</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 — оцінка %3</translation>
    </message>
    <message>
        <source>Link to this record…</source>
        <translation>Повʼязати з цим записом…</translation>
    </message>
    <message>
        <source>The person is linked to this record</source>
        <translation>Особу повʼязано з цим записом</translation>
    </message>
    <message>
        <source>Record that this person is registry record %1</source>
        <translation>Зафіксувати, що ця особа — запис реєстру %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more candidate(s) not shown.</source>
        <translation>
            <numerusform>Не показано ще кандидатів: %n.</numerusform>
            <numerusform>Не показано ще кандидатів: %n.</numerusform>
            <numerusform>Не показано ще кандидатів: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be linked to registry record %1 when the person is saved.</source>
        <translation>Під час збереження особу буде повʼязано із записом реєстру %1.</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Не повʼязувати</translation>
    </message>
    <message>
        <source>Not linked to a registry record.</source>
        <translation>Не повʼязано із записом реєстру.</translation>
    </message>
    <message>
        <source>The registry link could not be read: %1</source>
        <translation>Не вдалося прочитати звʼязок із реєстром: %1</translation>
    </message>
    <message>
        <source>Linked to registry record %1 by %2 on %3.</source>
        <translation>Звʼязок із записом реєстру %1 встановила посадова особа %2 (%3).</translation>
    </message>
    <message>
        <source>Link to the registry</source>
        <translation>Звʼязок із реєстром</translation>
    </message>
    <message>
        <source>Is this person registry record %1?</source>
        <translation>Ця особа — запис реєстру %1?</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Повʼязати</translation>
    </message>
    <message>
        <source>Entered: %1
Registry: %2
Verdict: %3, score %4</source>
        <translation>Внесено: %1
Реєстр: %2
Висновок: %3, оцінка %4</translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation>Відмінності:</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Не повʼязано</translation>
    </message>
    <message>
        <source>Remove the link to registry record %1?</source>
        <translation>Вилучити звʼязок із записом реєстру %1?</translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation>Звʼязок не вилучено</translation>
    </message>
    <message>
        <source>registry record %1, linked by %2 on %3</source>
        <translation>запис реєстру %1, звʼязок встановив(ла) %2 %3</translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation>Звʼязок уже встановлено</translation>
    </message>
    <message>
        <source>The person is now linked to registry record %1, as you chose.</source>
        <translation>Особу тепер повʼязано із записом реєстру %1, як ви й обрали.</translation>
    </message>
    <message>
        <source>registry record %1 (%2)</source>
        <translation>запис реєстру %1 (%2)</translation>
    </message>
    <message>
        <source>Link to %1?</source>
        <translation>Повʼязати із записом %1?</translation>
    </message>
    <message>
        <source>Link to %1 instead?</source>
        <translation>Повʼязати натомість із записом %1?</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Повʼязати з %1</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>Залишити збережене</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>звʼязку немає</translation>
    </message>
    <message>
        <source>Remove the link to %1 anyway?</source>
        <translation>Усе одно розірвати звʼязок із записом %1?</translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation>Розірвати звʼязок із %1</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryLinks</name>
    <message>
        <source>The person&apos;s registry link could not be read</source>
        <translation>Не вдалося прочитати звʼязок особи з реєстром</translation>
    </message>
    <message>
        <source>The score of a registry link must lie between 0 and 1</source>
        <translation>Оцінка звʼязку з реєстром має бути від 0 до 1</translation>
    </message>
    <message>
        <source>The person could not be read</source>
        <translation>Не вдалося прочитати дані особи</translation>
    </message>
    <message>
        <source>The person is no longer in the database; nothing was linked</source>
        <translation>Особи більше немає в базі даних; нічого не повʼязано</translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation>Не вдалося прочитати реєстр</translation>
    </message>
    <message>
        <source>There is no record “%1” in the registry; nothing was linked</source>
        <translation>У реєстрі немає запису «%1»; нічого не повʼязано</translation>
    </message>
    <message>
        <source>The person is already linked to the registry record “%1”</source>
        <translation>Особу вже повʼязано із записом реєстру «%1»</translation>
    </message>
    <message>
        <source>The person could not be linked to the registry record “%1”</source>
        <translation>Не вдалося повʼязати особу із записом реєстру «%1»</translation>
    </message>
    <message>
        <source>The person is not linked to a registry record</source>
        <translation>Особу не повʼязано з жодним записом реєстру</translation>
    </message>
    <message>
        <source>The person&apos;s registry link could not be removed</source>
        <translation>Не вдалося вилучити звʼязок особи з реєстром</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryListImport</name>
    <message>
        <source>The file %1 changed while it was being imported; nothing was imported</source>
        <translation>Файл %1 змінився під час імпорту; нічого не імпортовано</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryMatcher</name>
    <message>
        <source>listed twice: also No. %1 of this batch</source>
        <translation>внесено двічі: також № %1 у цьому етапі</translation>
    </message>
    <message>
        <source>already No. %1 in batch %2 of exchange “%3” (%4)</source>
        <translation>уже № %1 в етапі %2 обміну «%3» (%4)</translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation>Не вдалося прочитати реєстр</translation>
    </message>
    <message>
        <source>The lists of the batches could not be read</source>
        <translation>Не вдалося прочитати списки етапів</translation>
    </message>
    <message>
        <source>The batch&apos;s list could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryQueries</name>
    <message>
        <source>The registry could not be read</source>
        <translation>Не вдалося прочитати реєстр</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryRepository</name>
    <message>
        <source>The file %1 could not be opened</source>
        <translation>Не вдалося відкрити файл %1</translation>
    </message>
    <message>
        <source>The registry could not be read</source>
        <translation>Не вдалося прочитати реєстр</translation>
    </message>
    <message>
        <source>The file %1 could not be read</source>
        <translation>Не вдалося прочитати файл %1</translation>
    </message>
    <message>
        <source>Loading the registry was cancelled</source>
        <translation>Завантаження реєстру скасовано</translation>
    </message>
    <message>
        <source>The batch could not be read</source>
        <translation>Не вдалося прочитати етап</translation>
    </message>
    <message>
        <source>There is no batch %1 in this database</source>
        <translation>У цій базі даних немає етапу %1</translation>
    </message>
</context>
<context>
    <name>homeward::RegistryWriter</name>
    <message>
        <source>record_id: “%1” is already in the registry (import with replace to overwrite the stored record)</source>
        <translation>record_id: «%1» уже є в реєстрі (щоб перезаписати збережений запис, імпортуйте із заміною)</translation>
    </message>
    <message>
        <source>The registry import could not be prepared</source>
        <translation>Не вдалося підготувати імпорт реєстру</translation>
    </message>
    <message>
        <source>Line %1 could not be written to the registry; nothing was imported</source>
        <translation>Не вдалося записати рядок %1 до реєстру; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The registry import was not begun</source>
        <translation>Імпорт реєстру не було розпочато</translation>
    </message>
    <message>
        <source>The registry import was refused; nothing was imported</source>
        <translation>Імпорт реєстру відхилено; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The import could not be recorded</source>
        <translation>Не вдалося зафіксувати імпорт</translation>
    </message>
    <message>
        <source>Lines %1 to %2 could not be written to the registry; nothing was imported</source>
        <translation>Рядки з %1 по %2 не вдалося записати до реєстру; нічого не імпортовано</translation>
    </message>
    <message>
        <source>The registry import could not be written; nothing was imported</source>
        <translation>Не вдалося записати імпорт реєстру; нічого не імпортовано</translation>
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
        <translation>Записує друковану відомість у файл PDF без відкриття вікна:
  homeward report --database ШЛЯХ --batch ID [--kind summary|checklist] [--person ID] --pdf OUT.pdf
  homeward report --database ШЛЯХ --exchange ID --pdf OUT.pdf

summary (за замовчуванням): зведена відомість етапу з кількістю осіб, нумерованим списком осіб, печаткою та блоком підписів. checklist: контрольний перелік перевірки кожної особи зі списку, по одній особі на сторінку (лише особи, зазначеної в --person). --exchange: зведення за обміном — усі етапи й загальні підсумки порівняно з домовленістю.

Відомість складається мовою інтерфейсу (--language перед командою). База даних лише читається. OUT.pdf замінюється тільки після того, як увесь документ записано.</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>База даних, яку слід прочитати.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>The batch (its id).</source>
        <translation>Етап (його id).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The exchange (its id).</source>
        <translation>Обмін (його id).</translation>
    </message>
    <message>
        <source>summary (default) or checklist.</source>
        <translation>summary (за замовчуванням) або checklist.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>With --kind checklist: only this person (their id).</source>
        <translation>Разом із --kind checklist: лише ця особа (її id).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF, який слід записати.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>report takes no arguments besides its options: %1</source>
        <translation>для report не потрібні інші аргументи, крім його параметрів: %1</translation>
    </message>
    <message>
        <source>report needs --database and the path of a database file</source>
        <translation>для report потрібно зазначити --database і шлях до файлу бази даних</translation>
    </message>
    <message>
        <source>report needs either --batch or --exchange (one of them)</source>
        <translation>для report потрібно зазначити --batch або --exchange (лише одне з них)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (a whole number above 0)</source>
        <translation>«%1» не є id запису (ціле число, більше за 0)</translation>
    </message>
    <message>
        <source>--kind belongs with --batch; the exchange has one summary</source>
        <translation>--kind використовується лише з --batch; для обміну є одне зведення</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use summary or checklist</source>
        <translation>невідомий вид «%1»; використовуйте summary або checklist</translation>
    </message>
    <message>
        <source>--person belongs with --kind checklist</source>
        <translation>--person використовується лише з --kind checklist</translation>
    </message>
    <message>
        <source>report needs --pdf and the path of the PDF file to write</source>
        <translation>для report потрібно зазначити --pdf і шлях до файлу PDF, який слід записати</translation>
    </message>
    <message>
        <source>%1 is a folder; --pdf needs the path of a file</source>
        <translation>%1 — це папка; для --pdf потрібно зазначити шлях до файлу</translation>
    </message>
    <message>
        <source>--pdf names the database itself</source>
        <translation>--pdf вказує на сам файл бази даних</translation>
    </message>
    <message>
        <source>the database %1 could not be opened: %2</source>
        <translation>не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and this program reads schema %3; open it once in this version of Homeward (which upgrades it) or use the version that wrote it</source>
        <translation>%1 має схему %2, а ця програма читає схему %3; відкрийте базу даних один раз у цій версії Homeward (це її оновить) або скористайтеся версією, якою її створено</translation>
    </message>
    <message>
        <source>no report was written: %1</source>
        <translation>відомість не записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n page(s) in %2 s
</source>
        <translation>
            <numerusform>Відомість записано до %1: %n сторінка за %2 с
</numerusform>
            <numerusform>Відомість записано до %1: %n сторінки за %2 с
</numerusform>
            <numerusform>Відомість записано до %1: %n сторінок за %2 с
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::ReportQueries</name>
    <message>
        <source>The history of the batch could not be read</source>
        <translation>Не вдалося прочитати історію етапу</translation>
    </message>
    <message>
        <source>The list of the batch could not be read</source>
        <translation>Не вдалося прочитати список етапу</translation>
    </message>
</context>
<context>
    <name>homeward::Restore</name>
    <message>
        <source>The database %1 is open in Homeward or another program; close it there and try again. Nothing was changed.</source>
        <translation>База даних %1 відкрита в Homeward або іншій програмі; закрийте її там і спробуйте ще раз. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared for the restore</source>
        <translation>Не вдалося підготувати базу даних %1 до відновлення</translation>
    </message>
    <message>
        <source>The backup and the database are the same file %1</source>
        <translation>Резервна копія й база даних — це той самий файл %1</translation>
    </message>
    <message>
        <source>The backup was not restored, nothing was changed: %1</source>
        <translation>Резервну копію не відновлено, нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не вдалося створити теку %1</translation>
    </message>
    <message>
        <source>The current database could not be kept, so nothing was changed: %1</source>
        <translation>Не вдалося зберегти поточну базу даних, тому нічого не змінено: %1</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database was not changed</source>
        <translation>Не вдалося поставити резервну копію на місце %1; базу даних не змінено</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be recorded in the audit trail</source>
        <translation>Резервну копію відновлено, але відновлення не вдалося зафіксувати в журналі аудиту</translation>
    </message>
</context>
<context>
    <name>homeward::RollingBackups</name>
    <message>
        <source>Cannot create the backups folder %1</source>
        <translation>Не вдалося створити теку резервних копій %1</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1</source>
        <translation>Не вдалося видалити стару резервну копію %1</translation>
    </message>
</context>
<context>
    <name>homeward::SealCheck</name>
    <message>
        <source>seal broken for %1 (id %2): %3</source>
        <translation>порушено печатку: %1 (ідентифікатор %2): %3</translation>
    </message>
    <message>
        <source>The seals could not be read</source>
        <translation>Не вдалося прочитати печатки</translation>
    </message>
    <message>
        <source>batch %1 of “%2”</source>
        <translation>етап %1 обміну «%2»</translation>
    </message>
    <message>
        <source>the batch is confirmed but carries no seal</source>
        <translation>етап підтверджено, але він не має печатки</translation>
    </message>
    <message>
        <source>The seals could not be checked</source>
        <translation>Не вдалося перевірити печатки</translation>
    </message>
    <message>
        <source>its content no longer matches its seal: the batch, a person&apos;s details or a checklist was changed after confirmation</source>
        <translation>вміст етапу більше не відповідає печатці: після підтвердження було змінено етап, дані особи або контрольний перелік</translation>
    </message>
    <message>
        <source>the stored seal differs from the one recorded at confirmation (audit row %1)</source>
        <translation>збережена печатка відрізняється від зафіксованої під час підтвердження (запис журналу аудиту %1)</translation>
    </message>
    <message>
        <source>the seal&apos;s head hash is not the audit trail&apos;s head at confirmation (audit row %1)</source>
        <translation>головний геш печатки не збігається з останнім записом журналу аудиту на момент підтвердження (запис журналу аудиту %1)</translation>
    </message>
    <message>
        <source>its confirmation is not in the audit trail</source>
        <translation>підтвердження етапу відсутнє в журналі аудиту</translation>
    </message>
</context>
<context>
    <name>homeward::ServerConnection</name>
    <message>
        <source>The database server still does not answer</source>
        <translation>Сервер бази даних досі не відповідає</translation>
    </message>
</context>
<context>
    <name>homeward::ServerNotifications</name>
    <message>
        <source>Changes made at other desks will not appear until the database is opened again: the server did not accept the request to be told of them</source>
        <translation>Зміни, внесені на інших робочих місцях, не зʼявлятимуться, доки базу даних не буде відкрито знову: сервер не прийняв запит повідомляти про них</translation>
    </message>
</context>
<context>
    <name>homeward::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input the desk locks: the data is hidden and the password asked again. 0 = never lock (not advised).</source>
        <translation>Через указану кількість хвилин без дій із клавіатурою чи мишею робоче місце блокується: дані приховуються, а пароль запитується знову. 0 — ніколи не блокувати (не рекомендовано).</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>While changes come in, a backup is written this many minutes after the first change not yet in a backup, into the “backups” folder beside the database.</source>
        <translation>Коли вносяться зміни, резервна копія записується через указану кількість хвилин після першої зміни, ще не включеної до резервної копії, у папку «backups» поруч із базою даних.</translation>
    </message>
    <message>
        <source>How many automatic backups are kept; older ones are removed, but never the newest one that verifies.</source>
        <translation>Скільки автоматичних резервних копій зберігати; старіші вилучаються, але найновіша копія, що проходить перевірку, — ніколи.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокувати через:</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every:</source>
        <translation>Автоматична &amp;резервна копія кожні:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Зберігати останні:</translation>
    </message>
    <message>
        <source>These settings are kept for this computer&apos;s user account.</source>
        <translation>Ці налаштування зберігаються для облікового запису користувача цього компʼютера.</translation>
    </message>
    <message>
        <source>The settings could not be stored (%1). They apply until Homeward closes.</source>
        <translation>Не вдалося зберегти налаштування (%1). Вони діятимуть до закриття Homeward.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The language of the window, the messages and the printed sheets. &quot;Follow the system&quot; uses Ukrainian unless the system speaks English.</source>
        <translation>Мова вікна, повідомлень і друкованих документів. «Як у системі» означає українську, якщо мова системи не англійська.</translation>
    </message>
    <message>
        <source>A new language is used when Homeward is next started.</source>
        <translation>Нова мова застосовується після наступного запуску Homeward.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Мова:</translation>
    </message>
</context>
<context>
    <name>homeward::SharedDatabaseActions</name>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Підключитися до &amp;спільної бази даних…</translation>
    </message>
    <message>
        <source>Work on a database that several desks share, on a PostgreSQL server</source>
        <translation>Працювати зі спільною базою даних кількох робочих місць на сервері PostgreSQL</translation>
    </message>
    <message>
        <source>Use the database on this &amp;computer</source>
        <translation>Використовувати базу даних цього &amp;компʼютера</translation>
    </message>
    <message>
        <source>Leave the shared database and work on this computer&apos;s own database file</source>
        <translation>Залишити спільну базу даних і працювати з власним файлом бази даних цього компʼютера</translation>
    </message>
    <message>
        <source>Use the database on this computer</source>
        <translation>Використовувати базу даних цього компʼютера</translation>
    </message>
    <message>
        <source>Leave the shared database and open this computer&apos;s own database file? Homeward will ask you to sign in again. The shared database is not changed.</source>
        <translation>Залишити спільну базу даних і відкрити власний файл бази даних цього компʼютера? Homeward знову попросить вас увійти. Спільна база даних не змінюється.</translation>
    </message>
    <message>
        <source>The choice could not be stored in this computer&apos;s settings: the shared database opens again at the next start.</source>
        <translation>Вибір не вдалося зберегти в налаштуваннях цього компʼютера: під час наступного запуску знову відкриється спільна база даних.</translation>
    </message>
</context>
<context>
    <name>homeward::SheetPrinter</name>
    <message>
        <source>Batch %1 of &quot;%2&quot;: %3, %4, %5</source>
        <translation>Етап %1 обміну «%2»: %3, %4, %5</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>дату не встановлено</translation>
    </message>
    <message>
        <source>place not set</source>
        <translation>місце не встановлено</translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;</source>
        <translation>Обмін «%1»</translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot; (%2)</source>
        <translation>Обмін «%1» (%2)</translation>
    </message>
    <message>
        <source>Sealed %1, content %2</source>
        <translation>Опечатано %1, вміст %2</translation>
    </message>
    <message>
        <source>NOT SEALED (%1): a working copy</source>
        <translation>НЕ ОПЕЧАТАНО (%1): робоча копія</translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA</source>
        <translation>МІСТИТЬ ПЕРСОНАЛЬНІ ДАНІ</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>DISCREPANCY (%1)</source>
        <translation>РОЗБІЖНІСТЬ (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Перевірено %1 з %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>Servicemen: men</source>
        <translation>Військові: чоловіки</translation>
    </message>
    <message>
        <source>Servicemen: women</source>
        <translation>Військові: жінки</translation>
    </message>
    <message>
        <source>Servicemen: total</source>
        <translation>Військові: усього</translation>
    </message>
    <message>
        <source>Civilians: men</source>
        <translation>Цивільні особи: чоловіки</translation>
    </message>
    <message>
        <source>Civilians: women</source>
        <translation>Цивільні особи: жінки</translation>
    </message>
    <message>
        <source>Civilians: total</source>
        <translation>Цивільні особи: усього</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Actual at completion</source>
        <translation>Фактично на момент завершення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot;: summary sheet</source>
        <translation>Етап %1 обміну «%2»: зведена відомість</translation>
    </message>
    <message>
        <source>Batch %1 of &quot;%2&quot;: verification checklist</source>
        <translation>Етап %1 обміну «%2»: контрольний перелік перевірки</translation>
    </message>
    <message>
        <source>Exchange &quot;%1&quot;: summary</source>
        <translation>Обмін «%1»: зведення</translation>
    </message>
    <message>
        <source>Batch summary sheet</source>
        <translation>Зведена відомість етапу</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмін</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Підстава (домовленість)</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>Номер етапу</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Запланована дата</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <source>Handover place</source>
        <translation>Місце передачі</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Кількість осіб</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) withdrawn from the list are neither counted nor listed.</source>
        <translation>
            <numerusform>%n особу, вилучену зі списку, не враховано й не внесено до переліку.</numerusform>
            <numerusform>%n особи, вилучені зі списку, не враховано й не внесено до переліку.</numerusform>
            <numerusform>%n осіб, вилучених зі списку, не враховано й не внесено до переліку.</numerusform>
        </translation>
    </message>
    <message>
        <source>List of persons (%1)</source>
        <translation>Список осіб (%1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic / Latin spelling</source>
        <translation>Прізвище, імʼя, по батькові / написання латиницею</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Category, sex</source>
        <translation>Категорія, стать</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Військове звання</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>not handed over: %1</source>
        <translation>не передано: %1</translation>
    </message>
    <message>
        <source>No person is listed in this batch.</source>
        <translation>До списку цього етапу не внесено жодної особи.</translation>
    </message>
    <message>
        <source>Status and seal</source>
        <translation>Статус і печатка</translation>
    </message>
    <message>
        <source>Status: %1. Confirmed and sealed by %2 on %3.</source>
        <translation>Статус: %1. Підтвердив(ла) й опечатав(ла) %2 %3.</translation>
    </message>
    <message>
        <source>Content hash (SHA-256):</source>
        <translation>Хеш вмісту (SHA-256):</translation>
    </message>
    <message>
        <source>Audit trail hash at confirmation:</source>
        <translation>Хеш журналу аудиту на момент підтвердження:</translation>
    </message>
    <message>
        <source>The QR code holds both hashes: compare them with the batch in Homeward.</source>
        <translation>QR-код містить обидва хеші: звірте їх з етапом у Homeward.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>Не вдалося створити QR-код: %1</translation>
    </message>
    <message>
        <source>Status: %1. NOT CONFIRMED: this sheet is a working copy and not the final list; the list may still change.</source>
        <translation>Статус: %1. НЕ ПІДТВЕРДЖЕНО: ця відомість є робочою копією, а не остаточним списком; список ще може змінитися.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Склав(ла)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Ким перевірено</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Підтвердив(ла)</translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation>Контрольний перелік перевірки</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>№ %1: %2</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Написання латиницею</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Загалом</translation>
    </message>
    <message>
        <source>List position</source>
        <translation>Позиція у списку</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Збережене значення</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Verified by, when</source>
        <translation>Ким і коли перевірено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевірив(ла)</translation>
    </message>
    <message>
        <source>Exchange summary</source>
        <translation>Зведення за обміном</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата домовленості</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Узгоджено</translation>
    </message>
    <message>
        <source>%1 servicemen, %2 civilians, %3 in all</source>
        <translation>військовослужбовців — %1, цивільних осіб — %2, усього — %3</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>Етапи (%1)</translation>
    </message>
    <message>
        <source>Planned: servicemen / civilians</source>
        <translation>Заплановано: військові / цивільні особи</translation>
    </message>
    <message>
        <source>Entered: servicemen / civilians</source>
        <translation>Внесено: військові / цивільні особи</translation>
    </message>
    <message>
        <source>Actual: servicemen / civilians</source>
        <translation>Фактично: військові / цивільні особи</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>опечатано</translation>
    </message>
    <message>
        <source>Totals against the agreement</source>
        <translation>Загальні підсумки порівняно з домовленістю</translation>
    </message>
    <message>
        <source>Servicemen</source>
        <translation>Військовослужбовці</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Цивільні особи</translation>
    </message>
    <message>
        <source>Listed in open batches</source>
        <translation>У списках незавершених етапів</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Received and handed over count the completed batches (actual counts as recorded at the handover); cancelled batches are not counted.</source>
        <translation>Отримано й передано — за завершеними етапами (фактична кількість, зафіксована під час передачі); скасовані етапи не враховуються.</translation>
    </message>
    <message>
        <source>The document could not be drawn: the printer or file did not accept it</source>
        <translation>Не вдалося сформувати документ: принтер або файл його не прийняв</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>Не вдалося записати %1</translation>
    </message>
    <message>
        <source>serviceman</source>
        <comment>short form for the narrow category column of the printed list of persons, at most 13 letters a word, e.g. військовий</comment>
        <translation>військовий</translation>
    </message>
</context>
<context>
    <name>homeward::StaleEdit</name>
    <message>
        <source>an unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <source>This person was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили ці дані, особу видалив(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>This batch was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили цей етап, його видалив(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>This exchange was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили цей обмін, його видалив(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>This account was deleted by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили цей обліковий запис, його видалив(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>another official</source>
        <translation>інша посадова особа</translation>
    </message>
    <message>
        <source>This person was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили ці дані, їх змінив(ла) %1 (%2). Нічого не збережено: оновіть форму, щоб побачити зміну, а потім внесіть свої зміни знову.</translation>
    </message>
    <message>
        <source>This batch was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили цей етап, його змінив(ла) %1 (%2). Нічого не збережено: оновіть форму, щоб побачити зміну, а потім внесіть свої зміни знову.</translation>
    </message>
    <message>
        <source>This exchange was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили цей обмін, його змінив(ла) %1 (%2). Нічого не збережено: оновіть форму, щоб побачити зміну, а потім внесіть свої зміни знову.</translation>
    </message>
    <message>
        <source>This account was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили цей обліковий запис, його змінив(ла) %1 (%2). Нічого не збережено: оновіть форму, щоб побачити зміну, а потім внесіть свої зміни знову.</translation>
    </message>
    <message>
        <source>This checklist item was removed since you opened the checklist (its person or its free item was deleted). Nothing was saved.</source>
        <translation>Після того як ви відкрили контрольний перелік, цей пункт вилучено (вилучено його особу або його довільний пункт). Нічого не збережено.</translation>
    </message>
    <message>
        <source>This checklist item was changed by %1 at %2 since you opened the checklist. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили контрольний перелік, цей пункт змінив(ла) %1 (%2). Нічого не збережено: оновіть, щоб побачити зміну, а потім внесіть свою знову.</translation>
    </message>
    <message>
        <source>This resolution was withdrawn by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили це рішення, його скасував(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>This registry link was removed by %1 since you opened it. Nothing was saved.</source>
        <translation>Після того як ви відкрили цей звʼязок із реєстром, його вилучив(ла) %1. Нічого не збережено.</translation>
    </message>
    <message>
        <source>This resolution was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили це рішення, його змінив(ла) %1 (%2). Нічого не збережено: оновіть, щоб побачити зміну, а потім внесіть свою знову.</translation>
    </message>
    <message>
        <source>This registry link was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>Після того як ви відкрили цей звʼязок із реєстром, його змінив(ла) %1 (%2). Нічого не збережено: оновіть, щоб побачити зміну, а потім внесіть свою знову.</translation>
    </message>
</context>
<context>
    <name>homeward::StaleEditBar</name>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Read the stored record: fields you did not change take its values, yours stay where you changed them</source>
        <translation>Прочитати збережений запис: поля, які ви не змінювали, отримають збережені значення, а змінені вами залишаться без змін</translation>
    </message>
    <message>
        <source>Stored now: %1</source>
        <translation>Збережено зараз: %1</translation>
    </message>
    <message>
        <source>Reloaded. The other change touched none of the fields you changed: the form now shows it together with yours. Save to store yours.</source>
        <translation>Оновлено. Інша зміна не стосується жодного зі змінених вами полів: тепер форма показує її разом із вашими змінами. Збережіть, щоб зберегти свої зміни.</translation>
    </message>
    <message>
        <source>Reloaded. These fields were changed both by you and by the other official; the form keeps yours (the stored value is also in each field&apos;s tool tip). Save to store yours over the stored ones, or correct them first:</source>
        <translation>Оновлено. Ці поля змінили і ви, і інша посадова особа; форма зберігає ваші значення (збережене значення також показано в підказці кожного поля). Збережіть, щоб записати свої значення замість збережених, або спершу виправте їх:</translation>
    </message>
    <message>
        <source>%1: yours %2 → stored %3</source>
        <translation>%1: ваше %2 → збережене %3</translation>
    </message>
</context>
<context>
    <name>homeward::Startup</name>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>The demo database could not be written to %1</source>
        <translation>Не вдалося записати демонстраційну базу даних до %1</translation>
    </message>
    <message>
        <source>The database %1 could not be opened</source>
        <translation>Не вдалося відкрити базу даних %1</translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened</source>
        <translation>Не вдалося відкрити спільну базу даних %1</translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened.</source>
        <translation>Не вдалося відкрити спільну базу даних %1.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Спробувати &amp;ще раз</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Налаштування підключення…</translation>
    </message>
    <message>
        <source>Use the database on this &amp;computer</source>
        <translation>Використовувати базу даних цього &amp;компʼютера</translation>
    </message>
    <message>
        <source>Homeward: shared database</source>
        <translation>Homeward: спільна база даних</translation>
    </message>
    <message>
        <source>Password of the database role %1 on %2 (not your Homeward password):</source>
        <translation>Пароль ролі бази даних %1 на %2 (не ваш пароль Homeward):</translation>
    </message>
</context>
<context>
    <name>homeward::ValidationPage</name>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>The whole file is read as it will be imported. Nothing has been written yet.</source>
        <translation>Увесь файл прочитано так, як його буде імпортовано. Нічого ще не записано.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Перевірити &amp;ще раз</translation>
    </message>
    <message>
        <source>Read the file again, for instance after correcting it</source>
        <translation>Прочитати файл знову, наприклад після його виправлення</translation>
    </message>
    <message>
        <source>Show only the problems of one kind</source>
        <translation>Показати лише проблеми одного виду</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>У списку</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Уже є</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Rows that repeat a person: skip the row, or keep both as two persons</source>
        <translation>Рядки, що повторюють особу: пропустіть рядок або залиште обидва записи як дві окремі особи</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>&amp;Пропустити всі</translation>
    </message>
    <message>
        <source>Import none of these rows</source>
        <translation>Не імпортувати жодного з цих рядків</translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation>Залишити &amp;всі</translation>
    </message>
    <message>
        <source>Import every one of these rows as a person of its own</source>
        <translation>Імпортувати кожен із цих рядків як окрему особу</translation>
    </message>
    <message>
        <source>Persons already listed</source>
        <translation>Особи, уже внесені до списку</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>Checking %1: %L2 rows…</source>
        <translation>Перевірка %1: рядків — %L2…</translation>
    </message>
    <message>
        <source>In the batch: %1</source>
        <translation>В етапі: %1</translation>
    </message>
    <message>
        <source>Line %1 of this list</source>
        <translation>Рядок %1 цього списку</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— ухваліть рішення —</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Пропустити рядок</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Залишити обидва</translation>
    </message>
    <message>
        <source>Skip: the row is not imported. Keep both: the row becomes a person of its own.</source>
        <translation>«Пропустити»: рядок не імпортується. «Залишити обидва»: рядок стає окремою особою.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that repeat a person (%n): decide each one</source>
        <translation>
            <numerusform>Рядки, що повторюють особу (%n): ухваліть рішення щодо кожного</numerusform>
            <numerusform>Рядки, що повторюють особу (%n): ухваліть рішення щодо кожного</numerusform>
            <numerusform>Рядки, що повторюють особу (%n): ухваліть рішення щодо кожного</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (the first %L1 of %L2)</source>
        <translation>Проблеми (перші %L1 з %L2)</translation>
    </message>
    <message>
        <source>Problems (%L1)</source>
        <translation>Проблеми (%L1)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 неможливо імпортувати: %2</translation>
    </message>
    <message>
        <source>The check was cancelled. Check again to go on.</source>
        <translation>Перевірку скасовано. Натисніть «Перевірити ще раз», щоб продовжити.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Nothing can be imported until they are solved: correct the file (then Check again), or go Back to change the columns.</source>
        <translation>
            <numerusform>%1 має %n проблему. Нічого не можна імпортувати, доки її не усунуто: виправте файл (потім натисніть «Перевірити ще раз») або поверніться «Назад», щоб змінити стовпці.</numerusform>
            <numerusform>%1 має %n проблеми. Нічого не можна імпортувати, доки їх не усунуто: виправте файл (потім натисніть «Перевірити ще раз») або поверніться «Назад», щоб змінити стовпці.</numerusform>
            <numerusform>%1 має %n проблем. Нічого не можна імпортувати, доки їх не усунуто: виправте файл (потім натисніть «Перевірити ще раз») або поверніться «Назад», щоб змінити стовпці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide for each row below whether to skip it or keep both.</source>
        <translation>Ухваліть рішення щодо кожного рядка нижче: пропустити його чи залишити обидва записи.</translation>
    </message>
    <message numerus="yes">
        <source>All %L1 rows are correct: %n person(s) will be added to %2, %L3 row(s) skipped.</source>
        <translation>
            <numerusform>Усі рядки коректні (%L1): %n особу буде додано до %2, пропущено рядків — %L3.</numerusform>
            <numerusform>Усі рядки коректні (%L1): %n особи буде додано до %2, пропущено рядків — %L3.</numerusform>
            <numerusform>Усі рядки коректні (%L1): %n осіб буде додано до %2, пропущено рядків — %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) are correct and can be imported into the registry.</source>
        <translation>
            <numerusform>Усі записи (%n) коректні, і їх можна імпортувати до реєстру.</numerusform>
            <numerusform>Усі записи (%n) коректні, і їх можна імпортувати до реєстру.</numerusform>
            <numerusform>Усі записи (%n) коректні, і їх можна імпортувати до реєстру.</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds (%L1)</source>
        <translation>Усі види (%L1)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>homeward::Verification</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Category and rank</source>
        <translation>Категорія та військове звання</translation>
    </message>
    <message>
        <source>Service number or identity document</source>
        <translation>Особистий номер або документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Особу підтверджено</translation>
    </message>
    <message>
        <source>Additional check</source>
        <translation>Додаткова перевірка</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>очікує перевірки</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>discrepancy</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <source>typed again without seeing it</source>
        <translation>повторне введення наосліп</translation>
    </message>
    <message>
        <source>compared with the records</source>
        <translation>звірено із записами</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>from a photo</source>
        <translation>за фото</translation>
    </message>
    <message>
        <source>from documents</source>
        <translation>за документами</translation>
    </message>
    <message>
        <source>the surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>the patronymic</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <source>the sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <source>the category and rank</source>
        <translation>категорія та військове звання</translation>
    </message>
    <message>
        <source>the service number or identity document</source>
        <translation>особистий номер або документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>the place of birth</source>
        <translation>місце народження</translation>
    </message>
    <message>
        <source>the identity check</source>
        <translation>підтвердження особи</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>додаткові дані</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>service number %1</source>
        <translation>особистий номер %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>The verification of %1 was reset; another official must verify it again.</source>
        <translation>
            <numerusform>Результат перевірки скинуто (%1): ці дані має ще раз перевірити інша посадова особа.</numerusform>
            <numerusform>Результати перевірки скинуто (%1): ці дані має ще раз перевірити інша посадова особа.</numerusform>
            <numerusform>Результати перевірки скинуто (%1): ці дані має ще раз перевірити інша посадова особа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homeward::VerificationActions</name>
    <message>
        <source>&amp;Verify details…</source>
        <translation>&amp;Перевірити дані…</translation>
    </message>
    <message>
        <source>Check every detail of every person of the batch, as the second official (Ctrl+Shift+V)</source>
        <translation>Перевірити кожен пункт даних кожної особи етапу як друга посадова особа (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія змін…</translation>
    </message>
    <message>
        <source>Who changed and verified the selected person&apos;s details, when, and what they were before (the batch&apos;s history when no person is selected)</source>
        <translation>Хто змінював і перевіряв дані вибраної особи, коли і якими вони були раніше (якщо особу не вибрано — історія етапу)</translation>
    </message>
    <message>
        <source>Batch &amp;history…</source>
        <translation>Історія &amp;етапу…</translation>
    </message>
    <message>
        <source>Who changed the batch, when, and what it was before</source>
        <translation>Хто змінював етап, коли і яким він був раніше</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Перевірка</translation>
    </message>
    <message>
        <source>Verify details — batch %1 · %2</source>
        <translation>Перевірка даних — етап %1 · %2</translation>
    </message>
    <message>
        <source>Person No. %1</source>
        <translation>Особа № %1</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Етап %1 · %2</translation>
    </message>
</context>
<context>
    <name>homeward::VerificationRepository</name>
    <message>
        <source>The verification checklist could not be read</source>
        <translation>Не вдалося прочитати контрольний перелік</translation>
    </message>
    <message>
        <source>This checklist item no longer exists; the person may have been removed</source>
        <translation>Цього пункту перевірки більше не існує; можливо, особу вилучено</translation>
    </message>
    <message>
        <source>You last changed this person&apos;s details yourself; another official must verify “%1”</source>
        <translation>Востаннє дані цієї особи змінювали ви самі; пункт «%1» має перевірити інша посадова особа</translation>
    </message>
    <message>
        <source>You entered this person yourself; another official must confirm their identity</source>
        <translation>Дані цієї особи внесли ви самі; особу має підтвердити інша посадова особа</translation>
    </message>
    <message>
        <source>You changed %1 of this person yourself; another official must verify it</source>
        <translation>Ви самі змінили дані цієї особи (%1); їх має перевірити інша посадова особа</translation>
    </message>
    <message>
        <source>The detail was not confirmed; nothing was changed</source>
        <translation>Дані не підтверджено; нічого не змінено</translation>
    </message>
    <message>
        <source>Blind re-entry is recorded only when the typed value matches; type the value again to confirm it that way</source>
        <translation>Повторне введення наосліп зараховується лише тоді, коли введене значення збігається; введіть значення ще раз, щоб підтвердити його в такий спосіб</translation>
    </message>
    <message>
        <source>The identity is confirmed in person, from a photo or from documents</source>
        <translation>Особу підтверджують особисто, за фото або за документами</translation>
    </message>
    <message>
        <source>%1 was already confirmed by %2</source>
        <translation>Пункт «%1» уже підтвердила посадова особа %2</translation>
    </message>
    <message>
        <source>The discrepancy was not recorded; nothing was changed</source>
        <translation>Розбіжність не зафіксовано; нічого не змінено</translation>
    </message>
    <message>
        <source>Describe the discrepancy: what differs, and from which record</source>
        <translation>Опишіть розбіжність: що саме відрізняється і від якого запису</translation>
    </message>
    <message>
        <source>Type the value to compare it</source>
        <translation>Введіть значення, щоб звірити його</translation>
    </message>
    <message>
        <source>%1 is verified by comparing, not by typing it again</source>
        <translation>Пункт «%1» перевіряють звірянням, а не повторним введенням</translation>
    </message>
    <message>
        <source>Nothing is stored for %1; verify it by comparing with the records</source>
        <translation>Значення не збережено (%1); перевірте ці дані звірянням із записами</translation>
    </message>
    <message>
        <source>Enter what is to be checked</source>
        <translation>Зазначте, що саме потрібно перевірити</translation>
    </message>
    <message>
        <source>The checklist item was not added; nothing was changed</source>
        <translation>Пункт перевірки не додано; нічого не змінено</translation>
    </message>
    <message>
        <source>This exchange no longer exists</source>
        <translation>Цього обміну більше не існує</translation>
    </message>
    <message>
        <source>The verification progress could not be read</source>
        <translation>Не вдалося прочитати дані про хід перевірки</translation>
    </message>
</context>
<context>
    <name>homeward::WriteTransaction</name>
    <message>
        <source>The database is busy or cannot start a change</source>
        <translation>База даних зайнята або не може розпочати зміну</translation>
    </message>
    <message>
        <source>The change was already finished</source>
        <translation>Зміну вже завершено</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone</source>
        <translation>Зміну не вдалося зберегти, її скасовано</translation>
    </message>
    <message>
        <source>The database file could not be read (input/output error); nothing was changed</source>
        <translation>Не вдалося прочитати файл бази даних (помилка введення-виведення); нічого не змінено</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved and was undone. Free some space on the disk, then try again</source>
        <translation>Диск заповнено: зміну не вдалося зберегти, її скасовано. Звільніть місце на диску й спробуйте ще раз</translation>
    </message>
    <message>
        <source>The database file could not be written (input/output error): the change could not be saved and was undone</source>
        <translation>Не вдалося записати файл бази даних (помилка введення-виведення): зміну не вдалося зберегти, її скасовано</translation>
    </message>
</context>
<context>
    <name>homeward::XlsxReader</name>
    <message>
        <source>the file is damaged or cut short (zip error %1)</source>
        <translation>файл пошкоджено або обрізано (помилка zip %1)</translation>
    </message>
    <message>
        <source>the file is damaged (a checksum does not match)</source>
        <translation>файл пошкоджено (контрольна сума не збігається)</translation>
    </message>
    <message>
        <source>the worksheet unpacks to more than %1 MB</source>
        <translation>розпакований аркуш перевищує %1 МБ</translation>
    </message>
    <message>
        <source>it is not a workbook: %1 is missing</source>
        <translation>це не книга електронних таблиць: бракує %1</translation>
    </message>
    <message>
        <source>%1 in the file cannot be unpacked</source>
        <translation>не вдалося розпакувати %1 у файлі</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 не є коректним XML (рядок %2, стовпець %3): %4</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>у книзі немає жодного аркуша</translation>
    </message>
    <message>
        <source>the workbook&apos;s first worksheet is not in the file</source>
        <translation>першого аркуша книги немає у файлі</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>файлу %1 не існує</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip file, or it is cut short)</source>
        <translation>%1 не є книгою .xlsx (це не zip-файл, або файл обрізано)</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>не вдалося прочитати %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>row number %1 after row %2: the rows are out of order</source>
        <translation>рядок номер %1 після рядка %2: порушено порядок рядків</translation>
    </message>
    <message>
        <source>the cell reference %1 does not parse</source>
        <translation>не вдалося розібрати посилання на клітинку %1</translation>
    </message>
    <message>
        <source>the cell %1 comes twice or out of order</source>
        <translation>клітинка %1 трапляється двічі або не на своєму місці</translation>
    </message>
    <message>
        <source>a cell names shared string %1, which the file does not have</source>
        <translation>клітинка посилається на спільний рядок %1, якого у файлі немає</translation>
    </message>
</context>
<context>
    <name>homeward::XlsxWriter</name>
    <message>
        <source>cannot create the spreadsheet %1</source>
        <translation>не вдалося створити електронну таблицю %1</translation>
    </message>
    <message>
        <source>cannot create a worksheet in %1</source>
        <translation>не вдалося створити аркуш у %1</translation>
    </message>
    <message>
        <source>a worksheet holds at most %1 rows</source>
        <translation>аркуш вміщує не більше ніж %1 рядків</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>рядок %1, стовпець %2: %3</translation>
    </message>
    <message>
        <source>writing the spreadsheet failed: %1</source>
        <translation>помилка під час запису електронної таблиці: %1</translation>
    </message>
</context>
<context>
    <name>homeward::names</name>
    <message>
        <source>The transliteration rules cannot be read</source>
        <translation>Не вдалося прочитати правила транслітерації</translation>
    </message>
    <message>
        <source>The transliteration rules are invalid</source>
        <translation>Правила транслітерації містять помилки</translation>
    </message>
</context>
<context>
    <name>homeward::names::FieldComparison</name>
    <message>
        <source>Latin</source>
        <translation>латиниця</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кирилиця</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>грецьке письмо</translation>
    </message>
    <message>
        <source>%1 has %2 letters %3 in a %4 word</source>
        <translation>%1: літери %3 — %2, тоді як решта слова — %4</translation>
    </message>
    <message>
        <source>%1; with the look-alike letters replaced, %2 and %3 agree</source>
        <translation>%1; якщо замінити схожі літери, %2 і %3 збігаються</translation>
    </message>
    <message>
        <source>Two letters swapped: %1, letters %2 and %3 %4 / %5</source>
        <translation>Переставлено дві літери: %1, позиції %2 і %3: %4 / %5</translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 / %4</source>
        <translation>Відрізняється одна літера: %1, позиція %2: %3 / %4</translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 is only in the first</source>
        <translation>Відрізняється одна літера: %1, літера %3 на позиції %2 є лише в першому написанні</translation>
    </message>
    <message>
        <source>One letter differs: %1, letter %2 %3 is only in the second</source>
        <translation>Відрізняється одна літера: %1, літера %3 на позиції %2 є лише в другому написанні</translation>
    </message>
    <message>
        <source>Same spelling: %1</source>
        <translation>Однакове написання: %1</translation>
    </message>
    <message>
        <source>Both are empty</source>
        <translation>Обидва значення порожні</translation>
    </message>
    <message>
        <source>Only one side has a value: %1</source>
        <translation>Значення є лише з одного боку: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are one name in another alphabet or spelling</source>
        <translation>%1 і %2 — одне імʼя, записане іншим алфавітом чи в іншому написанні</translation>
    </message>
    <message>
        <source>%1 and %2 are formed from one given name (%3), but one is a man&apos;s patronymic and the other a woman&apos;s</source>
        <translation>%1 і %2 утворено від одного імені (%3), але одне з них — чоловіче по батькові, а інше — жіноче</translation>
    </message>
    <message>
        <source>%1 and %2 are Ukrainian and Russian forms of one patronymic (from %3)</source>
        <translation>%1 і %2 — українська й російська форми одного по батькові (від імені %3)</translation>
    </message>
    <message>
        <source>%1 and %2 are Ukrainian and Russian forms of one given name (%3)</source>
        <translation>%1 і %2 — українська й російська форми одного імені (%3)</translation>
    </message>
    <message>
        <source>%1 and %2 are patronymics from different given names (%3, %4)</source>
        <translation>%1 і %2 — по батькові, утворені від різних імен (%3, %4)</translation>
    </message>
    <message>
        <source>%1 and %2 are different given names</source>
        <translation>%1 і %2 — різні імена</translation>
    </message>
    <message>
        <source>One letter differs once both are written in Latin letters: %1 / %2</source>
        <translation>Після запису латиницею відрізняється одна літера: %1 / %2</translation>
    </message>
    <message>
        <source>%1 and %2 are similar (%3 %)</source>
        <translation>%1 і %2 схожі (%3 %)</translation>
    </message>
    <message>
        <source>%1 and %2 differ</source>
        <translation>%1 і %2 відрізняються</translation>
    </message>
    <message>
        <source>One digit of the year differs: %1 / %2</source>
        <translation>Відрізняється одна цифра року: %1 / %2</translation>
    </message>
    <message>
        <source>One digit of the month differs: %1 / %2</source>
        <translation>Відрізняється одна цифра місяця: %1 / %2</translation>
    </message>
    <message>
        <source>One digit of the day differs: %1 / %2</source>
        <translation>Відрізняється одна цифра дня: %1 / %2</translation>
    </message>
    <message>
        <source>Both dates are unknown</source>
        <translation>Обидві дати невідомі</translation>
    </message>
    <message>
        <source>Only one side has a date: %1</source>
        <translation>Дата є лише з одного боку: %1</translation>
    </message>
    <message>
        <source>Same date: %1</source>
        <translation>Однакова дата: %1</translation>
    </message>
    <message>
        <source>Day and month swapped: %1 / %2</source>
        <translation>Переставлено день і місяць: %1 / %2</translation>
    </message>
    <message>
        <source>The dates agree as far as both are known: %1 / %2</source>
        <translation>Дати збігаються в межах відомого: %1 / %2</translation>
    </message>
    <message>
        <source>Only the years agree: %1 / %2</source>
        <translation>Збігаються лише роки: %1 / %2</translation>
    </message>
    <message>
        <source>The dates differ: %1 / %2</source>
        <translation>Дати відрізняються: %1 / %2</translation>
    </message>
    <message>
        <source>same spelling</source>
        <translation>однакове написання</translation>
    </message>
    <message>
        <source>same once look-alike letters are replaced</source>
        <translation>однакові після заміни схожих літер</translation>
    </message>
    <message>
        <source>same name, other alphabet or spelling</source>
        <translation>те саме імʼя, інший алфавіт чи написання</translation>
    </message>
    <message>
        <source>same name, Ukrainian or Russian form</source>
        <translation>те саме імʼя, українська чи російська форма</translation>
    </message>
    <message>
        <source>one letter differs</source>
        <translation>відрізняється одна літера</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>схожі</translation>
    </message>
    <message>
        <source>different</source>
        <translation>різні</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>same date</source>
        <translation>однакова дата</translation>
    </message>
    <message>
        <source>day and month swapped</source>
        <translation>переставлено день і місяць</translation>
    </message>
    <message>
        <source>one digit differs</source>
        <translation>відрізняється одна цифра</translation>
    </message>
    <message>
        <source>same year</source>
        <translation>той самий рік</translation>
    </message>
</context>
<context>
    <name>homeward::names::GivenNames</name>
    <message>
        <source>The table of given names cannot be read</source>
        <translation>Не вдалося прочитати таблицю імен</translation>
    </message>
</context>
<context>
    <name>homeward::names::PassportTransliterator</name>
    <message>
        <source>The name has a letter the transliteration system does not cover</source>
        <translation>Написання містить літеру, якої не передбачає система транслітерації</translation>
    </message>
</context>
<context>
    <name>homeward::report::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code</source>
        <translation>Немає даних для QR-коду</translation>
    </message>
    <message>
        <source>The QR code could not be made</source>
        <translation>Не вдалося створити QR-код</translation>
    </message>
</context>
<context>
    <name>homeward::report::SheetBuilder</name>
    <message>
        <source>The checklist of %1 %2 could not be read</source>
        <translation>Не вдалося прочитати контрольний перелік: %1 %2</translation>
    </message>
    <message>
        <source>The list of the batch changed while it was read; print again</source>
        <translation>Список етапу змінився під час читання; надрукуйте ще раз</translation>
    </message>
    <message>
        <source>The person is not on the list of batch %1</source>
        <translation>Особи немає у списку етапу %1</translation>
    </message>
</context>
<context>
    <name>homeward::sql</name>
    <message>
        <source>The database could not prepare a statement</source>
        <translation>База даних не змогла підготувати запит</translation>
    </message>
    <message>
        <source>The database refused a statement</source>
        <translation>База даних відхилила запит</translation>
    </message>
    <message>
        <source>The database returned no row</source>
        <translation>База даних не повернула жодного рядка</translation>
    </message>
    <message>
        <source>The database could not read a row</source>
        <translation>Базі даних не вдалося прочитати рядок</translation>
    </message>
    <message>
        <source>The database returned no id for a new row</source>
        <translation>База даних не повернула ідентифікатор нового рядка</translation>
    </message>
</context>
<context>
    <name>homeward::text</name>
    <message>
        <source>Cyrillic</source>
        <translation>кирилиця</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>латиниця</translation>
    </message>
    <message>
        <source>Combining mark “%1” at position %2 does not follow a letter</source>
        <translation>Комбінований діакритичний знак «%1» у позиції %2 не стоїть після літери</translation>
    </message>
    <message>
        <source>Letter “%1” at position %2 is neither Cyrillic nor Latin</source>
        <translation>Літера «%1» у позиції %2 не належить ні до кирилиці, ні до латиниці</translation>
    </message>
    <message>
        <source>Character “%1” at position %2 is not allowed in a name</source>
        <translation>Символ «%1» у позиції %2 не допускається</translation>
    </message>
    <message>
        <source>Extra space at position %1 in the name</source>
        <translation>Зайвий пробіл у позиції %1</translation>
    </message>
    <message>
        <source>“%1” at position %2 must stand between two letters</source>
        <translation>«%1» у позиції %2 має стояти між двома літерами</translation>
    </message>
    <message>
        <source>The name mixes Cyrillic and Latin letters: %1 “%2” at position %3</source>
        <translation>Змішано кириличні й латинські літери: літера «%2» (%1) у позиції %3</translation>
    </message>
    <message>
        <source>The name mixes Cyrillic and Latin words: %1 word “%2” at position %3; use one script</source>
        <translation>Змішано слова, написані кирилицею й латиницею: слово «%2» (%1) у позиції %3; використовуйте один алфавіт</translation>
    </message>
</context>
</TS>
