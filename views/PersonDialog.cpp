#include "PersonDialog.h"

#include "LookAlikeBar.h"
#include "names/LookAlikes.h"
#include "names/Transliterator.h"

#include "FormSupport.h"
#include "PersonNames.h"
#include "RegistryCandidatesWidget.h"
#include "storage/Store.h"
#include "ui_PersonForm.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>

namespace homeward {
namespace {

int key(PersonField field)
{
    return static_cast<int>(field);
}

} // namespace

PersonDialog::PersonDialog(Store &store, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_store(store), m_batchId(batchId), m_ui(std::make_unique<Ui::PersonForm>())
{
    m_ui->setupUi(this);
    setStyleSheet(InlineErrors::styleSheet());
    setupFields();

    // Fit a 1280x800 screen with the window frame and task bar.
    resize(1100, 720);

    // The registry's candidates under the details, the divider movable.
    m_registry = new RegistryCandidatesWidget(store, this);
    m_registry->setContext(0, batchId);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("registrySplitter"));
    delete m_ui->dialogLayout->replaceWidget(m_ui->scrollArea, splitter); // the old item is ours to delete
    splitter->addWidget(m_ui->scrollArea);
    splitter->addWidget(m_registry);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({430, 230});

    m_staleBar = new StaleEditBar(this);
    m_staleBar->setFields(m_fields);
    connect(m_staleBar, &StaleEditBar::reloadRequested, this, &PersonDialog::reloadStored);
    m_ui->dialogLayout->insertWidget(0, m_staleBar);

    if (auto batch = m_store.batches().get(batchId)) {
        QString context = tr("Batch %1 · %2").arg(batch.value().sequenceNo).arg(label(batch.value().direction));
        if (auto exchange = m_store.exchanges().get(batch.value().exchangeId))
            context += tr(" · exchange “%1”").arg(exchange.value().title);
        m_ui->contextLabel->setText(context);
    } else {
        m_ui->contextLabel->setText(tr("The batch could not be read: %1").arg(batch.text()));
    }

    Person fresh;
    setPerson(fresh);
    takeBaseline();
    updateTitle();
    m_ui->surnameEdit->setFocus();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::updatePassportSpelling()
{
    const QString name = QStringList{m_ui->surnameEdit->text(), m_ui->givenNameEdit->text(),
                                     m_ui->patronymicEdit->text()}
                             .join(QLatin1Char(' '))
                             .simplified();
    if (name.isEmpty()) {
        m_passportSpelling->setText(tr("Latin spelling: —"));
        return;
    }
    // A name the passport system cannot spell (mixed alphabets, Russian
    // letters) gets no Latin form rather than a half-transliterated one.
    // Latin look-alikes would pass through unchanged and give a plausible but wrong spelling.
    auto latin = names::findLookAlikes(name).isClean()
                     ? names::PassportTransliterator::transliterate(
                           names::PassportTransliterator::System::UkrainianPassport, name)
                     : Result<QString>(Error{});
    m_passportSpelling->setText(latin ? tr("Latin spelling: %1").arg(latin.value())
                                      : tr("Latin spelling: — (correct the letters of the name first)"));
}

void PersonDialog::setupFields()
{
    fillEnumCombo(m_ui->sexCombo, {Sex::Male, Sex::Female});
    fillEnumCombo(m_ui->categoryCombo, {Category::Serviceman, Category::Civilian});
    m_ui->birthDateEdit->setMode(DateLineEdit::Mode::Partial);
    m_ui->captureDateEdit->setMode(DateLineEdit::Mode::FullDate);

    const struct {
        PersonField field;
        QWidget *widget;
        QLabel *error;
    } fields[] = {
        {PersonField::Surname, m_ui->surnameEdit, m_ui->surnameError},
        {PersonField::GivenName, m_ui->givenNameEdit, m_ui->givenNameError},
        {PersonField::Patronymic, m_ui->patronymicEdit, m_ui->patronymicError},
        {PersonField::BirthDate, m_ui->birthDateEdit, m_ui->birthDateError},
        {PersonField::BirthPlace, m_ui->birthPlaceEdit, m_ui->birthPlaceError},
        {PersonField::Sex, m_ui->sexCombo, m_ui->sexError},
        {PersonField::Citizenship, m_ui->citizenshipEdit, m_ui->citizenshipError},
        {PersonField::DocumentType, m_ui->documentTypeEdit, m_ui->documentTypeError},
        {PersonField::DocumentNumber, m_ui->documentNumberEdit, m_ui->documentNumberError},
        {PersonField::Region, m_ui->regionEdit, m_ui->regionError},
        {PersonField::RecordId, m_ui->recordIdEdit, m_ui->recordIdError},
        {PersonField::Category, m_ui->categoryCombo, m_ui->categoryError},
        {PersonField::Rank, m_ui->rankEdit, m_ui->rankError},
        {PersonField::Unit, m_ui->unitEdit, m_ui->unitError},
        {PersonField::ServiceNumber, m_ui->serviceNumberEdit, m_ui->serviceNumberError},
        {PersonField::CaptureDate, m_ui->captureDateEdit, m_ui->captureDateError},
        {PersonField::CapturePlace, m_ui->capturePlaceEdit, m_ui->capturePlaceError},
        {PersonField::DetentionPlace, m_ui->detentionPlaceEdit, m_ui->detentionPlaceError},
        {PersonField::Health, m_ui->healthEdit, m_ui->healthError},
        {PersonField::InformName, m_ui->informNameEdit, m_ui->informNameError},
        {PersonField::InformContact, m_ui->informContactEdit, m_ui->informContactError},
        {PersonField::Notes, m_ui->notesEdit, m_ui->notesError},
    };
    for (const auto &entry : fields) {
        m_errors.addField(key(entry.field), entry.widget, entry.error);
        m_fields.append(entry.widget);
        const PersonField field = entry.field;
        const auto changed = [this, field] {
            m_errors.markTouched(key(field));
            revalidate();
        };
        if (auto *edit = qobject_cast<QLineEdit *>(entry.widget)) {
            connect(edit, &QLineEdit::textChanged, this, changed);
            edit->installEventFilter(this);
        } else if (auto *combo = qobject_cast<QComboBox *>(entry.widget)) {
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
            combo->installEventFilter(this);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(entry.widget)) {
            connect(text, &QPlainTextEdit::textChanged, this, changed);
        }
    }

    // Look-alike letters in the name parts, each with a one-click repair.
    m_ui->surnameCellLayout->addWidget(new LookAlikeBar(m_ui->surnameEdit, this));
    m_ui->givenNameCellLayout->addWidget(new LookAlikeBar(m_ui->givenNameEdit, this));
    m_ui->patronymicCellLayout->addWidget(new LookAlikeBar(m_ui->patronymicEdit, this));
    // The Latin spelling of the passport system, as the printed sheets will show it.
    m_passportSpelling = new QLabel(this);
    m_passportSpelling->setObjectName(QStringLiteral("passportSpellingLabel"));
    m_passportSpelling->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passportSpelling->setWordWrap(true);
    m_passportSpelling->setToolTip(tr("Latin spelling by the Ukrainian passport system (Cabinet of Ministers "
                                      "resolution No. 55 of 2010), as printed on the summary sheets"));
    m_passportSpelling->setStyleSheet(QStringLiteral("color: #444;"));
    m_ui->patronymicCellLayout->addWidget(m_passportSpelling);
    for (QLineEdit *name : {m_ui->surnameEdit, m_ui->givenNameEdit, m_ui->patronymicEdit})
        connect(name, &QLineEdit::textChanged, this, &PersonDialog::updatePassportSpelling);
    updatePassportSpelling();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &PersonDialog::save);
    connect(m_ui->saveAndNewButton, &QPushButton::clicked, this, &PersonDialog::saveAndNew);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PersonDialog::reject);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PersonDialog::save);
    auto *saveNewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(saveNewShortcut, &QShortcut::activated, this, &PersonDialog::saveAndNew);
}

Status PersonDialog::loadPerson(qint64 personId)
{
    auto loaded = m_store.persons().get(personId);
    if (!loaded)
        return loaded.status();
    m_loaded = loaded.value();
    m_registry->setContext(personId, m_batchId);
    setPerson(m_loaded);
    takeBaseline();
    m_staleBar->takeBase();
    m_errors.touchAll(); // stored details with a problem should show it plainly
    m_ui->saveAndNewButton->hide();
    updateTitle();
    return {};
}

void PersonDialog::reloadStored()
{
    auto stored = m_store.persons().get(m_loaded.id);
    if (!stored) {
        m_staleBar->showRefusal(tr("The stored person could not be read: %1").arg(stored.text()));
        return;
    }
    const QStringList yours = m_staleBar->currentValues();
    m_loaded = stored.value(); // the next save goes against the new row version
    setPerson(m_loaded);
    takeBaseline();
    m_staleBar->reloaded(yours);
    revalidate();
    updateTitle();
}

void PersonDialog::setValidator(const PersonValidator &validator)
{
    m_validator = validator;
    revalidate();
}

void PersonDialog::updateTitle()
{
    setWindowTitle(isNew() ? tr("New person") : tr("%1 — person").arg(fullName(m_loaded)));
}

void PersonDialog::setPerson(const Person &person)
{
    // Loading is not an edit: no field counts as touched.
    for (QWidget *widget : std::as_const(m_fields))
        widget->blockSignals(true);

    m_ui->surnameEdit->setText(person.surname);
    m_ui->givenNameEdit->setText(person.givenName);
    m_ui->patronymicEdit->setText(person.patronymic);
    m_ui->birthDateEdit->setPartialDate(person.birthDate);
    m_ui->birthPlaceEdit->setText(person.birthPlace);
    m_ui->sexCombo->setCurrentIndex(m_ui->sexCombo->findData(static_cast<int>(person.sex)));
    m_ui->citizenshipEdit->setText(person.citizenship);
    m_ui->documentTypeEdit->setText(person.documentType);
    m_ui->documentNumberEdit->setText(person.documentNumber);
    m_ui->regionEdit->setText(person.region);
    m_ui->recordIdEdit->setText(person.recordId);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(static_cast<int>(person.category)));
    m_ui->rankEdit->setText(person.rank);
    m_ui->unitEdit->setText(person.unit);
    m_ui->serviceNumberEdit->setText(person.serviceNumber);
    m_ui->captureDateEdit->setDate(person.captureDate);
    m_ui->capturePlaceEdit->setText(person.capturePlace);
    m_ui->detentionPlaceEdit->setText(person.detentionPlace);
    m_ui->healthEdit->setText(person.health);
    m_ui->informNameEdit->setText(person.informName);
    m_ui->informContactEdit->setText(person.informContact);
    m_ui->notesEdit->setPlainText(person.notes);
    for (QWidget *widget : std::as_const(m_fields))
        widget->blockSignals(false);
    revalidate();
}

Person PersonDialog::person() const
{
    Person person = m_loaded; // keeps id and rowVersion
    person.surname = m_ui->surnameEdit->text();
    person.givenName = m_ui->givenNameEdit->text();
    person.patronymic = m_ui->patronymicEdit->text();
    person.birthDate = m_ui->birthDateEdit->partialDate().value_or(PartialDate());
    person.birthPlace = m_ui->birthPlaceEdit->text();
    person.sex = static_cast<Sex>(m_ui->sexCombo->currentData().toInt());
    person.citizenship = m_ui->citizenshipEdit->text();
    person.documentType = m_ui->documentTypeEdit->text();
    person.documentNumber = m_ui->documentNumberEdit->text();
    person.region = m_ui->regionEdit->text();
    person.recordId = m_ui->recordIdEdit->text();
    person.category = static_cast<Category>(m_ui->categoryCombo->currentData().toInt());
    person.rank = m_ui->rankEdit->text();
    person.unit = m_ui->unitEdit->text();
    person.serviceNumber = m_ui->serviceNumberEdit->text();
    person.captureDate = m_ui->captureDateEdit->date().value_or(QDate());
    person.capturePlace = m_ui->capturePlaceEdit->text();
    person.detentionPlace = m_ui->detentionPlaceEdit->text();
    person.health = m_ui->healthEdit->text();
    person.informName = m_ui->informNameEdit->text();
    person.informContact = m_ui->informContactEdit->text();
    person.notes = m_ui->notesEdit->toPlainText();
    return person;
}

void PersonDialog::takeBaseline()
{
    m_baseline = person();
    // A date typed wrongly reads as no date, so compare the typed text too.
    m_baselineBirthText = m_ui->birthDateEdit->text();
    m_baselineCaptureText = m_ui->captureDateEdit->text();
}

bool PersonDialog::hasChanges() const
{
    return person() != m_baseline || m_ui->birthDateEdit->text() != m_baselineBirthText ||
           m_ui->captureDateEdit->text() != m_baselineCaptureText;
}

void PersonDialog::revalidate()
{
    QHash<int, QStringList> messages;
    for (const PersonProblem &problem : m_validator.validate(person()))
        messages[key(problem.field)].append(problem.message);
    // The rules see an unreadable date as no date; say what is wrong with the text.
    if (!m_ui->birthDateEdit->isAcceptable())
        messages[key(PersonField::BirthDate)] = QStringList{m_ui->birthDateEdit->problem()};
    if (!m_ui->captureDateEdit->isAcceptable())
        messages[key(PersonField::CaptureDate)] = QStringList{m_ui->captureDateEdit->problem()};
    m_errors.setMessages(messages);

    const int problems = m_errors.problemCount();
    m_ui->saveButton->setEnabled(problems == 0);
    m_ui->saveAndNewButton->setEnabled(problems == 0);
    m_ui->problemSummaryLabel->setText(problems == 0 ? tr("No problems found. Ctrl+S saves.")
                                                     : tr("%n problem(s) to correct before saving.", "", problems));
    m_ui->problemSummaryLabel->setStyleSheet(problems == 0 ? QString() : QStringLiteral("color: #b3261e;"));
    if (m_registry)
        m_registry->setPerson(person());
}

bool PersonDialog::storePerson()
{
    revalidate();
    if (m_errors.blockOnProblems())
        return false;
    Person toSave = PersonValidator::normalised(person());
    if (isNew()) {
        auto added = m_store.persons().addToBatch(m_batchId, toSave);
        if (!added) {
            QMessageBox::critical(this, tr("Person not saved"), added.text());
            return false;
        }
        toSave.id = added.value();
        // The registry record chosen while typing is linked now that the person has an id.
        if (const Status linked = m_registry->applyPendingLink(toSave.id); !linked)
            QMessageBox::warning(this, tr("Saved, but not linked"),
                                 tr("The person was saved, but not linked to the registry: %1").arg(linked.text()));
    } else {
        const Status updated = m_store.persons().update(toSave);
        if (!updated) {
            // Someone else changed the person: keep what was typed and offer to reload.
            if (updated.error().stale)
                m_staleBar->showRefusal(updated.text());
            else
                QMessageBox::critical(this, tr("Person not saved"), updated.text());
            return false;
        }
        m_staleBar->dismiss();
    }
    Q_EMIT personSaved(toSave.id, shortName(toSave));
    return true;
}

void PersonDialog::save()
{
    if (!storePerson())
        return;
    takeBaseline();
    QDialog::accept();
}

void PersonDialog::saveAndNew()
{
    if (!isNew() || !storePerson())
        return;
    // The next person of a batch is most often of the same category.
    Person next;
    next.category = person().category;
    m_registry->setContext(0, m_batchId);
    setPerson(next);
    takeBaseline();
    m_errors.clearTouched();
    m_ui->scrollArea->ensureVisible(0, 0);
    m_ui->surnameEdit->setFocus();
}

void PersonDialog::reject()
{
    if (hasChanges() && !confirmDiscardChanges(this))
        return;
    QDialog::reject();
}

bool PersonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves on to the next field instead of closing the form half filled.
    if (event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        const bool enter = keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter;
        if (enter && (keyEvent->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace homeward
