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
        <translation>Ім’я користувача змінити неможливо</translation>
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
        <translation>&amp;Ім’я користувача:</translation>
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
        <translation>Введіть ім’я користувача</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters</source>
        <translation>Ім’я користувача довше за допустимі %1 символів</translation>
    </message>
    <message>
        <source>A user name may hold letters, digits, “.”, “_” and “-” only (no spaces)</source>
        <translation>Ім’я користувача може містити лише літери, цифри, «.», «_» і «-» (без пробілів)</translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name</source>
        <translation>Введіть прізвище, ім’я та по батькові посадової особи</translation>
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
        <translation>Пароль не повинен збігатися з ім’ям користувача</translation>
    </message>
    <message>
        <source>At least %1 characters, not the user name. A phrase of several words is easy to remember and hard to guess.</source>
        <translation>Щонайменше %1 символів, не ім’я користувача. Фразу з кількох слів легко запам’ятати й важко вгадати.</translation>
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
        <translation>Ім’я користувача «%1» уже зайняте; виберіть інше</translation>
    </message>
    <message>
        <source>The account was not saved</source>
        <translation>Обліковий запис не збережено</translation>
    </message>
    <message>
        <source>The account was changed by someone else meanwhile; open it again</source>
        <translation>Тим часом обліковий запис змінив хтось інший; відкрийте його ще раз</translation>
    </message>
    <message>
        <source>A user name cannot be changed; create a new account instead</source>
        <translation>Ім’я користувача змінити неможливо; натомість створіть новий обліковий запис</translation>
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
        <translation>Неправильне ім’я користувача або пароль</translation>
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
        <translation>Вимкнути обліковий запис «%1» (%2)? Посадова особа не зможе увійти, доки керівник знову не увімкне цей обліковий запис. Її ім’я залишиться в записах.</translation>
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
        <translation>запис не пов’язаний із попереднім: один із попередніх записів видалено або записи переставлено чи замінено</translation>
    </message>
    <message>
        <source>the row&apos;s content does not match its hash: it was changed after it was written</source>
        <translation>вміст запису не відповідає його гешу: запис змінено після того, як його було внесено</translation>
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
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
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
        <translation>Пошук за ім’ям…</translation>
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
        <translation>Номер етапу не може бути від’ємним</translation>
    </message>
    <message>
        <source>The planned date is required</source>
        <translation>Потрібно вказати заплановану дату</translation>
    </message>
    <message>
        <source>The planned number of servicemen cannot be negative</source>
        <translation>Запланована кількість військовослужбовців не може бути від’ємною</translation>
    </message>
    <message>
        <source>The planned number of civilians cannot be negative</source>
        <translation>Запланована кількість цивільних осіб не може бути від’ємною</translation>
    </message>
    <message>
        <source>Planned totals must be at least one person</source>
        <translation>Загалом має бути заплановано щонайменше одну особу</translation>
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
    <name>homeward::CommandLine</name>
    <message>
        <source>The database file to open. A file that does not exist is created empty (no demo data).</source>
        <translation>Файл бази даних, який слід відкрити. Якщо файлу не існує, буде створено порожній (без демонстраційних даних).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Interface language: uk (default) or en.</source>
        <translation>Мова інтерфейсу: uk (за замовчуванням) або en.</translation>
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
        <source>the &apos;%1&apos; command is not available in this version yet</source>
        <translation>команда «%1» у цій версії ще недоступна</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>Writes a demo database to a new file: one exchange &quot;1,000 for 1,000&quot; in two batches with %1 persons. Every person in it is invented; a demo database is for trying the program out only. An existing file is never changed.</source>
        <translation>Записує демонстраційну базу даних у новий файл: один обмін «1000 на 1000» у двох етапах, кількість осіб — %1. Усіх осіб у ній вигадано; демонстраційна база даних призначена лише для ознайомлення з програмою. Наявний файл ніколи не змінюється.</translation>
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
    <message numerus="yes">
        <source>Demo database written to %1: %n person(s) in two batches. The persons are fictional; use this database for trying the program out only.
</source>
        <translation>
            <numerusform>Демонстраційну базу даних записано до %1: %n особа у двох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
</numerusform>
            <numerusform>Демонстраційну базу даних записано до %1: %n особи у двох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
</numerusform>
            <numerusform>Демонстраційну базу даних записано до %1: %n осіб у двох етапах. Осіб вигадано; використовуйте цю базу даних лише для ознайомлення з програмою.
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
        <translation>Homeward: координація обмінів військовополоненими та затриманими цивільними особами.

Без команди відкриває вікно з базою даних: зазначеною в --database, а якщо її не зазначено — з базою даних за замовчуванням (під час першого запуску її буде створено з вигаданими демонстраційними даними).

Команди:
  demo ШЛЯХ    записати демонстраційну базу даних із вигаданими особами в новий файл
  verify-audit --database ШЛЯХ
               перевірити цілісність журналу аудиту бази даних
  import, export, match, report, backup
               у цій версії ще недоступні

«homeward demo --help» — опис команди.</translation>
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
        <translation>Перевіряє журнал аудиту бази даних: повторно обчислює геш кожного запису та зв’язки між записами. Якщо журнал цілісний, виводить кількість записів і найновіший геш та завершується з кодом 0; інакше зазначає перший запис, що не проходить перевірки, і завершується з кодом 1. Базу даних не оновлюють до нової схеми й не змінюють.</translation>
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
        <source>there is no database file at %1</source>
        <translation>файлу бази даних %1 не існує</translation>
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
        <translation>Не вдалося налаштувати з’єднання з базою даних (%1)</translation>
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
        <translation>Узгоджена кількість військовослужбовців не може бути від’ємною</translation>
    </message>
    <message>
        <source>The agreed number of civilians cannot be negative</source>
        <translation>Узгоджена кількість цивільних осіб не може бути від’ємною</translation>
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
        <translation>Прізвище, ім’я та по батькові, як у підписаних відомостях</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
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
</context>
<context>
    <name>homeward::LoginDialog</name>
    <message>
        <source>Homeward — log in</source>
        <translation>Homeward — вхід</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
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
        <translation>Введіть ім’я користувача та пароль.</translation>
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
        <translation>Замінити схожі літери іншого алфавіту на відповідні літери алфавіту, яким написано ім’я. Ctrl+Z у полі скасовує заміну.</translation>
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
        <translation>Ім’я користувача</translation>
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
        <translation>Ім’я:</translation>
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
        <translation>Стан здоров’я:</translation>
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
        <source>This person was changed or deleted elsewhere since you opened the form. Nothing was saved: reload the person and make your change again.</source>
        <translation>Після того як ви відкрили форму, дані цієї особи було змінено або видалено в іншому місці. Нічого не збережено: завантажте дані особи повторно й внесіть зміни ще раз.</translation>
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
        <translation>Ім’я</translation>
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
        <translation>Ім’я</translation>
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
        <translation>Стан здоров’я</translation>
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
        <translation>Потрібно зазначити ім’я</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The given name is in %1 letters but the surname is in %2 letters</source>
        <translation>Ім’я та прізвище записано різними алфавітами: ім’я — %1, прізвище — %2</translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the surname is in %2 letters</source>
        <translation>По батькові та прізвище записано різними алфавітами: по батькові — %1, прізвище — %2</translation>
    </message>
    <message>
        <source>The patronymic is in %1 letters but the given name is in %2 letters</source>
        <translation>По батькові та ім’я записано різними алфавітами: по батькові — %1, ім’я — %2</translation>
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
        <source>The audit trail of the database %1 does not verify. The database may have been tampered with. Tell your supervisor before you go on working.</source>
        <translation>Журнал аудиту бази даних %1 не проходить перевірки. Можливо, базу даних змінено стороннім втручанням. Повідомте свого керівника, перш ніж продовжувати роботу.</translation>
    </message>
    <message>
        <source>Homeward: the audit trail is broken</source>
        <translation>Homeward: журнал аудиту порушено</translation>
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
        <translation>Ім’я</translation>
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
        <translation>ім’я</translation>
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
        <source>Log in as a verifier to verify details</source>
        <translation>Щоб перевіряти дані, увійдіть як верифікатор</translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot verify details</source>
        <translation>Ваш обліковий запис вимкнено; з нього не можна перевіряти дані</translation>
    </message>
    <message>
        <source>Only an official with the verifier role can verify details</source>
        <translation>Перевіряти дані може лише посадова особа з роллю верифікатора</translation>
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
        <source>Log in as a supervisor to add checklist items</source>
        <translation>Щоб додавати пункти перевірки, увійдіть як керівник</translation>
    </message>
    <message>
        <source>Your account is disabled; it cannot add checklist items</source>
        <translation>Ваш обліковий запис вимкнено; з нього не можна додавати пункти перевірки</translation>
    </message>
    <message>
        <source>Only a supervisor can add checklist items</source>
        <translation>Лише керівник може додавати пункти перевірки</translation>
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
    <name>homeward::names::PassportTransliterator</name>
    <message>
        <source>The name has a letter the transliteration system does not cover</source>
        <translation>Написання містить літеру, якої не передбачає система транслітерації</translation>
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
