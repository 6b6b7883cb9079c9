#include "BlindReentryDialog.h"

#include "DateLineEdit.h"
#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr auto kErrorStyle = "color: #8c1d18; background: #fdecea; border: 1px solid #b3261e; padding: 6px;";
constexpr auto kMarkStyle = "background-color: #ffd54f; color: #000000; font-weight: bold; text-decoration: underline;";

} // namespace

BlindReentryDialog::BlindReentryDialog(Store &store, qint64 itemId, QWidget *parent)
    : QDialog(parent), m_store(store), m_itemId(itemId)
{
    setObjectName(QStringLiteral("blindReentryDialog"));
    setWindowTitle(tr("Blind re-entry"));

    if (auto item = m_store.verification().item(itemId); !item) {
        m_loadError = item.text();
    } else {
        m_item = item.value();
        if (auto person = m_store.persons().get(m_item.personId); !person)
            m_loadError = person.text();
        else
            m_person = person.value();
    }

    auto *prompt = new QLabel(isUsable() ? blindPrompt(m_person, m_item.item) : m_loadError);
    prompt->setObjectName(QStringLiteral("promptLabel"));
    QFont bold = prompt->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    prompt->setFont(bold);
    prompt->setWordWrap(true);

    // Whom it is about, without the value being typed.
    const QString who = m_item.item == CheckItem::Surname
                            ? QStringList{m_person.givenName, m_person.patronymic}.join(QLatin1Char(' ')).trimmed()
                            : QStringList{m_person.surname, m_person.givenName, m_person.patronymic}
                                  .join(QLatin1Char(' '))
                                  .trimmed();
    auto *person = new QLabel(m_item.item == CheckItem::Surname ? tr("Person: %1 (surname not shown)").arg(who)
                                                                 : tr("Person: %1").arg(who));
    person->setObjectName(QStringLiteral("personLabel"));
    person->setWordWrap(true);

    auto *hint = new QLabel(tr("Type it from your own record (the document, the registry or the other side's list) "
                               "without looking at what is stored. It is confirmed only when both agree."));
    hint->setWordWrap(true);

    if (m_item.item == CheckItem::BirthDate) {
        auto *date = new DateLineEdit;
        date->setMode(DateLineEdit::Mode::Partial);
        m_typed = date;
    } else {
        m_typed = new QLineEdit;
        m_typed->setClearButtonEnabled(true);
    }
    m_typed->setObjectName(QStringLiteral("typedEdit"));
    m_typed->setAccessibleName(tr("Value typed from your record"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Your record:"), m_typed);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    m_comparisonPanel = new QWidget;
    auto *panel = new QVBoxLayout(m_comparisonPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    auto *differ = new QLabel(tr("The values differ. Nothing was confirmed."));
    differ->setObjectName(QStringLiteral("differLabel"));
    differ->setFont(bold);
    differ->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_comparisonLabel = new QLabel;
    m_comparisonLabel->setObjectName(QStringLiteral("comparisonLabel"));
    m_comparisonLabel->setTextFormat(Qt::RichText);
    m_comparisonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *legend = new QLabel(tr("Letters that differ are bold, underlined and highlighted."));
    legend->setWordWrap(true);
    panel->addWidget(differ);
    panel->addWidget(m_comparisonLabel);
    panel->addWidget(legend);
    m_comparisonPanel->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_tryAgain = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_discrepancy = buttons->addButton(tr("Record a &discrepancy…"), QDialogButtonBox::ActionRole);
    m_discrepancy->setObjectName(QStringLiteral("discrepancyButton"));
    m_compare = buttons->addButton(tr("Co&mpare instead…"), QDialogButtonBox::ResetRole);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Confirm by looking at the stored value, when your record cannot be typed from. "
                             "Blind re-entry catches typos that a glance misses."));
    buttons->addButton(QDialogButtonBox::Cancel);
    m_tryAgain->setVisible(false);
    m_discrepancy->setVisible(false);
    // Enter must never pick one of these by itself: only Check (or Try again) is the default.
    m_compare->setAutoDefault(false);
    m_discrepancy->setAutoDefault(false);
    connect(m_check, &QPushButton::clicked, this, &BlindReentryDialog::check);
    connect(m_tryAgain, &QPushButton::clicked, this, &BlindReentryDialog::tryAgain);
    connect(m_discrepancy, &QPushButton::clicked, this, [this] { done(RecordDiscrepancy); });
    connect(m_compare, &QPushButton::clicked, this, [this] { done(CompareInstead); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textEdited, m_error, [this] { m_error->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(person);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_comparisonPanel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 300);

    // The default button registers with its dialog only once it is inside it.
    m_check->setDefault(true);
    m_typed->setEnabled(isUsable());
    m_check->setEnabled(isUsable());
    m_compare->setEnabled(isUsable());
    m_typed->setFocus();
}

BlindReentryDialog::BlindReentryDialog(Store &store, const VerificationItem &shown, QWidget *parent)
    : BlindReentryDialog(store, shown.id, parent)
{
    // Shown as stored now, written only over the copy the official saw.
    m_item.rowVersion = shown.rowVersion;
}

QString BlindReentryDialog::markedHtml(const QString &text, const QList<int> &positions)
{
    QString html;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        // A differing space would be invisible: show it as a middle dot.
        const QString shown = ch.isSpace() ? QStringLiteral("·") : QString(ch).toHtmlEscaped();
        if (positions.contains(i))
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(kMarkStyle), shown);
        else
            html += shown;
    }
    return html;
}

void BlindReentryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

void BlindReentryDialog::check()
{
    if (!isUsable())
        return;
    m_error->setVisible(false);
    const QString typed = m_typed->text().trimmed();
    if (typed.isEmpty()) {
        showError(tr("Type the value from your record to compare it."));
        m_typed->setFocus();
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(m_typed); date && !date->isAcceptable()) {
        showError(date->problem());
        m_typed->setFocus();
        return;
    }
    auto result = m_store.verification().verifyBlind(m_item, typed);
    if (!result) {
        if (result.error().stale) {
            m_staleError = result.error();
            done(Stale);
            return;
        }
        showError(result.text());
        return;
    }
    m_comparison = result.value();
    if (m_comparison.equal) {
        accept();
        return;
    }
    m_mismatch = true;
    showComparison();
}

void BlindReentryDialog::showComparison()
{
    const QString cell = QStringLiteral("<td style=\"padding: 2px 8px;\">%1</td>");
    const QString value = QStringLiteral("<td style=\"padding: 2px 8px; font-family: monospace; font-size: large;\">"
                                         "%1</td>");
    QString html = QStringLiteral("<table>");
    html += QStringLiteral("<tr>") + cell.arg(tr("Stored:").toHtmlEscaped()) +
            value.arg(markedHtml(m_comparison.stored, m_comparison.differingPositionsInStored)) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell.arg(tr("You typed:").toHtmlEscaped()) +
            value.arg(markedHtml(m_comparison.typed, m_comparison.differingPositionsInTyped)) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    m_comparisonLabel->setText(html);
    m_comparisonPanel->setVisible(true);
    m_typed->setReadOnly(true);
    m_check->setVisible(false);
    m_check->setDefault(false);
    m_tryAgain->setVisible(true);
    m_discrepancy->setVisible(true);
    m_tryAgain->setDefault(true);
    m_tryAgain->setFocus();
}

void BlindReentryDialog::tryAgain()
{
    m_mismatch = false;
    m_comparisonPanel->setVisible(false);
    m_error->setVisible(false);
    m_tryAgain->setVisible(false);
    m_tryAgain->setDefault(false);
    m_discrepancy->setVisible(false);
    m_check->setVisible(true);
    m_check->setDefault(true);
    m_typed->setReadOnly(false);
    m_typed->clear();
    m_typed->setFocus();
}

QString BlindReentryDialog::discrepancyNote() const
{
    if (!m_mismatch)
        return {};
    return tr("Typed “%1” from my record; stored “%2”.").arg(m_comparison.typed, m_comparison.stored);
}

} // namespace homeward
