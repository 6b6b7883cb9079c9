#include "PersonFilterProxy.h"

#include "ItemRoles.h"
#include "PersonTableModel.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace homeward {

PersonFilterProxy::PersonFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Ukrainian alphabetical order disregards the apostrophe (and hyphen): Марченко before Мар'яненко.
    m_collator.setIgnorePunctuation(true);
    setSortRole(roles::SortRole);
    setDynamicSortFilter(true);
}

QString PersonFilterProxy::searchForm(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.remove(QChar(u'\''));
    folded.remove(QChar(u'\u2019'));  // right single quotation mark
    folded.remove(QChar(u'\u02BC'));  // modifier letter apostrophe
    folded.remove(QChar(u'\u2018'));  // left single quotation mark, typed by mistake
    folded.remove(QChar(u'`'));
    return folded;
}

void PersonFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = searchForm(text).split(spaces, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool PersonFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool text = l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString;
    if (!text)
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    if (left.column() == PersonTableModel::BirthDateColumn)
        return l.toString() < r.toString();  // ISO text: "1990" < "1990-05" < "1990-05-17" < "1991"
    return m_collator.compare(l.toString(), r.toString()) < 0;
}

bool PersonFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    QStringList names;
    for (int column : {PersonTableModel::SurnameColumn, PersonTableModel::GivenNameColumn,
                       PersonTableModel::PatronymicColumn})
        names << searchForm(source->index(sourceRow, column, sourceParent).data(roles::SortRole).toString());
    for (const QString &word : m_words) {
        const bool found = std::any_of(names.cbegin(), names.cend(),
                                       [&word](const QString &name) { return name.contains(word); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace homeward
