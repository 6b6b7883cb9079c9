#include "RegistryCandidatesWidget.h"

#include "FormSupport.h"
#include "domain/Permissions.h"
#include "storage/Accounts.h"
#include "storage/RegistryLinks.h"
#include "storage/RegistryMatcher.h"
#include "storage/RegistryQueries.h"
#include "storage/Store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {
namespace {

const QString kMark = QStringLiteral("<span style=\"background-color:#ffd54f; color:#000;\">");
const QString kEndMark = QStringLiteral("</span>");

QString escaped(QChar ch)
{
    return QString(ch).toHtmlEscaped();
}

QString fullName(const QString &surname, const QString &given, const QString &patronymic)
{
    return QStringList{surname, given, patronymic}.join(QLatin1Char(' ')).simplified();
}

QString describe(const names::MatchRecord &r)
{
    QString text = fullName(r.surname, r.givenName, r.patronymic);
    if (!r.birthDate.isNull())
        text += QStringLiteral(", ") + r.birthDate.toDisplay();
    return text;
}

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 2);
}

} // namespace

HighlightedPair highlightDifferences(const QString &first, const QString &second)
{
    // Longest common subsequence, ignoring case; names are short.
    const QString a = first.toCaseFolded();
    const QString b = second.toCaseFolded();
    const bool comparable = a.size() == first.size() && b.size() == second.size();
    const qsizetype n = first.size();
    const qsizetype m = second.size();
    QList<int> table((n + 1) * (m + 1), 0);
    const auto at = [m, &table](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j) {
            const bool same = comparable ? a.at(i) == b.at(j) : first.at(i) == second.at(j);
            at(i, j) = same ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
    HighlightedPair out;
    bool markA = false;
    bool markB = false;
    const auto put = [](QString &text, bool &marking, bool mark, QChar ch) {
        if (mark != marking) {
            text += mark ? kMark : kEndMark;
            marking = mark;
        }
        text += escaped(ch);
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        const bool same = i < n && j < m && (comparable ? a.at(i) == b.at(j) : first.at(i) == second.at(j));
        if (same) {
            put(out.first, markA, false, first.at(i++));
            put(out.second, markB, false, second.at(j++));
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            put(out.first, markA, true, first.at(i++));
        } else {
            put(out.second, markB, true, second.at(j++));
        }
    }
    if (markA)
        out.first += kEndMark;
    if (markB)
        out.second += kEndMark;
    return out;
}

RegistryCandidatesWidget::RegistryCandidatesWidget(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("registryCandidates"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RegistryCandidatesWidget::refreshNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Registry</b>"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("registryStatusLabel"));
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    auto *linkRow = new QHBoxLayout;
    m_link = new QLabel;
    m_link->setObjectName(QStringLiteral("registryLinkLabel"));
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unlink = new QPushButton(tr("Unlink"));
    m_unlink->setObjectName(QStringLiteral("registryUnlinkButton"));
    m_unlink->setToolTip(tr("Remove the link between this person and the registry record"));
    connect(m_unlink, &QPushButton::clicked, this, &RegistryCandidatesWidget::unlink);
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_unlink);
    layout->addLayout(linkRow);

    m_duplicates = new QLabel;
    m_duplicates->setObjectName(QStringLiteral("registryDuplicatesLabel"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_duplicates->hide();
    layout->addWidget(m_duplicates);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("registryCandidatesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *contents = new QWidget;
    m_candidatesLayout = new QVBoxLayout(contents);
    m_candidatesLayout->setContentsMargins(0, 0, 0, 0);
    m_candidatesLayout->addStretch(1);
    scroll->setWidget(contents);
    layout->addWidget(scroll, 1);

    m_status->setText(tr("Type a surname and a given name to see the registry's candidates."));
    showLink();
}

void RegistryCandidatesWidget::setContext(qint64 personId, qint64 batchId)
{
    m_personId = personId;
    m_batchId = batchId;
    m_pending.reset();
    m_locked = false;
    if (auto batch = m_store.batches().get(batchId))
        m_locked = batch.value().status == BatchStatus::Confirmed || batch.value().status == BatchStatus::Completed;
    m_allowed = false;
    if (m_store.actor().isValid())
        if (auto official = Accounts(m_store.connection()).get(m_store.actor().officialId))
            m_allowed = mayTake(official.value(), Action::EnterPersons);
    showLink();
    rebuildCandidates();
}

void RegistryCandidatesWidget::setPerson(const Person &person)
{
    m_person = person;
    m_debounce.start();
}

std::optional<QString> RegistryCandidatesWidget::pendingLink() const
{
    if (!m_pending)
        return std::nullopt;
    return m_pending->recordId;
}

QPushButton *RegistryCandidatesWidget::linkButton(int index) const
{
    return m_linkButtons.value(index, nullptr);
}

QString RegistryCandidatesWidget::statusText() const
{
    return m_status->text();
}

QString RegistryCandidatesWidget::linkText() const
{
    return m_link->text();
}

bool RegistryCandidatesWidget::mayLink(QString *why) const
{
    if (m_locked) {
        *why = tr("The batch is confirmed: the person's registry link cannot change");
        return false;
    }
    if (!m_allowed) {
        *why = tr("Your roles do not allow you to %1").arg(actionLabel(Action::EnterPersons));
        return false;
    }
    return true;
}

void RegistryCandidatesWidget::refreshNow()
{
    m_debounce.stop();
    m_result = {};
    m_candidateRecords.clear();
    const bool enough = !m_person.surname.trimmed().isEmpty() && !m_person.givenName.trimmed().isEmpty();
    RegistryMatcher &matcher = RegistryMatcher::of(m_store);

    if (!enough) {
        m_status->setText(tr("Type a surname and a given name to see the registry's candidates."));
        m_status->setStyleSheet({});
        m_duplicates->hide();
        rebuildCandidates();
        return;
    }

    // The first match of a session loads the registry: say so while it does.
    const auto needs = matcher.needsLoading();
    const bool loading = needs.ok() && needs.value();
    if (loading) {
        m_status->setText(tr("Loading the registry…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_status->repaint();
    }
    auto matched = matcher.matchPerson(m_person);
    if (loading)
        QApplication::restoreOverrideCursor();

    if (!matched) {
        m_status->setText(tr("The registry could not be searched: %1").arg(matched.text()));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else if (matcher.loadedSize() == 0) {
        m_status->setText(tr("The registry is empty: import it (Registry menu) to see candidates here."));
        m_status->setStyleSheet(QStringLiteral("color: #555;"));
    } else {
        m_result = matched.value();
        for (const names::Candidate &c : std::as_const(m_result.candidates))
            m_candidateRecords.append(matcher.index().record(c.registryIndex));
        m_status->setStyleSheet({});
        if (m_result.candidates.isEmpty())
            m_status->setText(tr("No candidate in the registry (%L1 records).").arg(matcher.loadedSize()));
        else
            m_status->setText(
                tr("Verdict: <b>%1</b> · best score %2 · %n candidate(s)", "", int(m_result.candidates.size()))
                    .arg(names::label(m_result.verdict), scoreText(m_result.score())));
    }

    auto flags = matcher.duplicatesOf(m_person, m_personId, m_batchId);
    if (!flags) {
        m_duplicates->setText(tr("Other listings could not be checked: %1").arg(flags.text()));
        m_duplicates->show();
    } else if (flags.value().isEmpty()) {
        m_duplicates->hide();
    } else {
        QStringList lines;
        for (const DuplicateFlag &flag : flags.value())
            lines << flag.text();
        m_duplicates->setText(tr("Possibly the same person: %1").arg(lines.join(QStringLiteral("; "))));
        m_duplicates->show();
    }
    rebuildCandidates();
}

QString RegistryCandidatesWidget::candidateTable(int index) const
{
    const names::Candidate &c = m_result.candidates.at(index);
    const names::MatchRecord &r = m_candidateRecords.at(index);
    const auto differenceOf = [&c](const QString &field) -> QString {
        for (const names::FieldDifference &d : c.differences)
            if (d.field == field)
                return d.reason;
        return {};
    };
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                       "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                       "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
            .arg(tr("Detail"), tr("Entered"), tr("Registry %1").arg(c.recordId.toHtmlEscaped()), tr("Agreement"));
    const auto row = [&html](const QString &label, const QString &entered, const QString &registry, bool exact,
                             const QString &reason) {
        if (entered.isEmpty() && registry.isEmpty())
            return;
        const HighlightedPair marked = highlightDifferences(entered, registry);
        const QString agreement =
            exact ? QStringLiteral("<span style=\"color:#1b5e20;\">%1</span>")
                        .arg(QCoreApplication::translate("homeward::RegistryCandidatesWidget", "same"))
                  : QStringLiteral("<span style=\"color:#8a4b00;\">%1</span>").arg(reason.toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(label.toHtmlEscaped(), marked.first, marked.second, agreement);
    };
    row(tr("Surname"), m_person.surname, r.surname, c.surname.level == names::NameLevel::Exact, c.surname.reason);
    row(tr("Given name"), m_person.givenName, r.givenName, c.givenName.level == names::NameLevel::Exact,
        c.givenName.reason);
    row(tr("Patronymic"), m_person.patronymic, r.patronymic, c.patronymic.level == names::NameLevel::Exact,
        c.patronymic.reason);
    row(tr("Date of birth"), m_person.birthDate.toDisplay(), r.birthDate.toDisplay(),
        c.birthDate.level == names::DateLevel::Exact, c.birthDate.reason);
    const QString sex = toCode(m_person.sex);
    const QString registrySex = r.sex.isNull() ? QString() : QString(r.sex);
    const QString sexReason = differenceOf(QStringLiteral("sex"));
    row(tr("Sex"), label(m_person.sex),
        registrySex.isEmpty() ? QString() : label(sexFromCode(registrySex).value_or(Sex::Male)), registrySex == sex,
        sexReason.isEmpty() ? tr("not known in the registry") : sexReason);
    const struct {
        QString label;
        QString field;
        QString entered;
        QString registry;
    } others[] = {
        {tr("Service number"), QStringLiteral("service_number"), m_person.serviceNumber, r.serviceNumber},
        {tr("Document number"), QStringLiteral("document_number"), m_person.documentNumber, r.documentNumber},
        {tr("Place of birth"), QStringLiteral("birth_place"), m_person.birthPlace, r.birthPlace},
    };
    for (const auto &o : others) {
        const QString reason = differenceOf(o.field);
        const bool same = o.entered.trimmed().compare(o.registry.trimmed(), Qt::CaseInsensitive) == 0;
        row(o.label, o.entered, o.registry, same,
            !reason.isEmpty()      ? reason
            : o.entered.isEmpty()  ? tr("not entered")
            : o.registry.isEmpty() ? tr("not in the registry")
                                   : tr("differs"));
    }
    html += QStringLiteral("</table>");
    return html;
}

void RegistryCandidatesWidget::rebuildCandidates()
{
    // Everything but the trailing stretch goes.
    while (m_candidatesLayout->count() > 1) {
        QLayoutItem *item = m_candidatesLayout->takeAt(0);
        // Hidden at once, deleted later: the clicked button may be among them.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_linkButtons.clear();
    QString why;
    const bool allowed = mayLink(&why);
    const int shown = int(std::min<qsizetype>(m_result.candidates.size(), kShownCandidates));
    for (int i = 0; i < shown; ++i) {
        const names::Candidate &c = m_result.candidates.at(i);
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("registryCandidate%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        auto *head = new QHBoxLayout;
        auto *caption = new QLabel(tr("<b>%1.</b> %2 — score %3")
                                       .arg(i + 1)
                                       .arg(describe(m_candidateRecords.at(i)).toHtmlEscaped(), scoreText(c.score)));
        auto *button = new QPushButton(tr("Link to this record…"));
        button->setObjectName(QStringLiteral("registryLinkButton%1").arg(i));
        const bool current = c.recordId == m_linkedRecordId || (m_pending && m_pending->recordId == c.recordId);
        button->setEnabled(allowed && !current);
        button->setToolTip(!allowed  ? why
                           : current ? tr("The person is linked to this record")
                                     : tr("Record that this person is registry record %1").arg(c.recordId));
        connect(button, &QPushButton::clicked, this, [this, i] { chooseCandidate(i); });
        m_linkButtons.append(button);
        head->addWidget(caption, 1);
        head->addWidget(button);
        layout->addLayout(head);
        auto *table = new QLabel(candidateTable(i));
        table->setObjectName(QStringLiteral("registryCandidateTable%1").arg(i));
        table->setTextFormat(Qt::RichText);
        table->setTextInteractionFlags(Qt::TextSelectableByMouse);
        table->setWordWrap(true);
        layout->addWidget(table);
        m_candidatesLayout->insertWidget(i, frame);
    }
    if (m_result.candidates.size() > shown) {
        auto *more = new QLabel(tr("%n more candidate(s) not shown.", "", int(m_result.candidates.size() - shown)));
        m_candidatesLayout->insertWidget(shown, more);
    }
}

void RegistryCandidatesWidget::showLink()
{
    m_linkedRecordId.clear();
    m_seenLink = {};
    m_storedLink.clear();
    m_unlink->setVisible(false);
    if (m_pending) {
        m_link->setText(tr("Will be linked to registry record %1 when the person is saved.").arg(m_pending->recordId));
        m_unlink->setText(tr("Do not link"));
        m_unlink->setEnabled(true);
        m_unlink->setVisible(true);
        return;
    }
    if (m_personId == 0) {
        m_link->setText(tr("Not linked to a registry record."));
        return;
    }
    RegistryLinks links(m_store.connection(), m_store.notifier(), &m_store.actor());
    auto link = links.linkOf(m_personId);
    if (!link) {
        m_link->setText(tr("The registry link could not be read: %1").arg(link.text()));
        return;
    }
    if (!link.value()) {
        m_link->setText(tr("Not linked to a registry record."));
        return;
    }
    const RegistryLink &l = *link.value();
    m_linkedRecordId = l.recordId;
    m_seenLink = l.seen();
    QString record = l.recordId;
    if (auto found = RegistryQueries(m_store.connection()).recordById(l.recordId); found && found.value()) {
        const RegistryRecord &r = *found.value();
        record += QStringLiteral(" (%1%2)").arg(fullName(r.surname, r.givenName, r.patronymic),
                                                r.birthDate.isNull() ? QString()
                                                                     : QStringLiteral(", ") + r.birthDate.toDisplay());
    }
    const QString linkedAt = QLocale().toString(l.linkedAt.toLocalTime(), QLocale::ShortFormat);
    m_link->setText(tr("Linked to registry record %1 by %2 on %3.").arg(record, l.linkedByName, linkedAt));
    m_storedLink = tr("registry record %1, linked by %2 on %3").arg(record, l.linkedByName, linkedAt);
    QString why;
    m_unlink->setText(tr("Unlink"));
    m_unlink->setEnabled(mayLink(&why));
    m_unlink->setToolTip(why.isEmpty() ? tr("Remove the link between this person and the registry record") : why);
    m_unlink->setVisible(true);
}

void RegistryCandidatesWidget::chooseCandidate(int index)
{
    if (index < 0 || index >= m_result.candidates.size())
        return;
    const names::Candidate c = m_result.candidates.at(index);
    const names::MatchRecord r = m_candidateRecords.at(index);
    QMessageBox box(QMessageBox::Question, tr("Link to the registry"),
                    tr("Is this person registry record %1?").arg(c.recordId), QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.button(QMessageBox::Yes)->setText(tr("Link"));
    box.setDefaultButton(QMessageBox::Cancel);
    QStringList differences;
    for (const names::FieldDifference &d : c.differences)
        differences << QStringLiteral("• ") + d.reason;
    box.setInformativeText(tr("Entered: %1\nRegistry: %2\nVerdict: %3, score %4")
                               .arg(describe(RegistryMatcher::toMatchRecord(m_person)), describe(r),
                                    names::label(m_result.verdict), scoreText(c.score)) +
                           (differences.isEmpty() ? QString()
                                                  : QStringLiteral("\n\n") + tr("Differences:") + QLatin1Char('\n') +
                                                        differences.join(QLatin1Char('\n'))));
    if (box.exec() != QMessageBox::Yes)
        return;
    if (m_personId == 0) {
        m_pending = Pending{c.recordId, m_result.verdict, c.score};
    } else {
        RegistryLinks links(m_store.connection(), m_store.notifier(), &m_store.actor());
        Status linked = links.link(m_personId, c.recordId, m_result.verdict, c.score, m_seenLink);
        if (!linked && linked.error().stale) {
            // Linked, relinked or unlinked at another desk since the panel read the link: show what is stored now
            // and store the official's choice over it only when asked to.
            showLink();
            rebuildCandidates();
            Q_EMIT linkChanged();
            if (m_linkedRecordId == c.recordId) {
                QMessageBox::information(
                    this, tr("Already linked"),
                    linked.text() + QStringLiteral("\n\n") +
                        tr("The person is now linked to registry record %1, as you chose.").arg(c.recordId));
                return;
            }
            StaleChoice choice;
            choice.refusal = linked.text();
            choice.storedNow = storedLinkText();
            choice.yours = tr("registry record %1 (%2)").arg(c.recordId, describe(r));
            choice.question = m_linkedRecordId.isEmpty() ? tr("Link to %1?").arg(c.recordId)
                                                         : tr("Link to %1 instead?").arg(c.recordId);
            choice.storeMine = tr("Link to %1").arg(c.recordId);
            choice.keepStored = tr("Keep the stored one");
            if (!askStoreMineOverStale(this, choice))
                return;
            linked = links.link(m_personId, c.recordId, m_result.verdict, c.score, m_seenLink);
        }
        if (!linked) {
            QMessageBox::critical(this, tr("Not linked"), linked.text());
            showLink();
            rebuildCandidates();
            return;
        }
    }
    showLink();
    rebuildCandidates();
    Q_EMIT linkChanged();
}

void RegistryCandidatesWidget::unlink()
{
    if (m_pending) {
        m_pending.reset();
    } else {
        if (m_personId == 0 || m_linkedRecordId.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Unlink"),
                                  tr("Remove the link to registry record %1?").arg(m_linkedRecordId),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        RegistryLinks links(m_store.connection(), m_store.notifier(), &m_store.actor());
        Status removed = links.unlink(m_personId, m_seenLink);
        if (!removed && removed.error().stale) {
            showLink();
            rebuildCandidates();
            Q_EMIT linkChanged();
            if (m_linkedRecordId.isEmpty()) {
                // Unlinked at another desk already: nothing left to remove.
                QMessageBox::information(this, tr("Not unlinked"), removed.text());
                return;
            }
            StaleChoice choice;
            choice.refusal = removed.text();
            choice.storedNow = storedLinkText();
            choice.yours = tr("not linked");
            choice.question = tr("Remove the link to %1 anyway?").arg(m_linkedRecordId);
            choice.storeMine = tr("Remove the link to %1").arg(m_linkedRecordId);
            choice.keepStored = tr("Keep the stored one");
            if (!askStoreMineOverStale(this, choice))
                return;
            removed = links.unlink(m_personId, m_seenLink);
        }
        if (!removed) {
            QMessageBox::critical(this, tr("Not unlinked"), removed.text());
            showLink();
            rebuildCandidates();
            return;
        }
    }
    showLink();
    rebuildCandidates();
    Q_EMIT linkChanged();
}

QString RegistryCandidatesWidget::storedLinkText() const
{
    return m_storedLink.isEmpty() ? tr("not linked") : m_storedLink;
}

Status RegistryCandidatesWidget::applyPendingLink(qint64 personId)
{
    if (!m_pending)
        return {};
    const Pending pending = *m_pending;
    m_pending.reset();
    m_personId = personId;
    RegistryLinks links(m_store.connection(), m_store.notifier(), &m_store.actor());
    const Status linked = links.link(personId, pending.recordId, pending.verdict, pending.score, SeenRow{});
    showLink();
    rebuildCandidates();
    Q_EMIT linkChanged();
    return linked;
}

} // namespace homeward
