#include "ProgressStrip.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {

ProgressStrip::ProgressStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("progressStrip"));
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setWordWrap(true);
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("progressCancelButton"));
    m_cancel->setToolTip(tr("Stop: nothing is written (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &ProgressStrip::requestCancel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(row);
    setVisible(false);
}

void ProgressStrip::start(const QString &text)
{
    m_running = true;
    m_cancelled = false;
    m_label->setText(text);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    setVisible(true);
    m_cancel->setFocus();
    QCoreApplication::processEvents();
}

bool ProgressStrip::update(const QString &text, qint64 done, qint64 total)
{
    m_label->setText(text);
    if (total > 0) {
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(1000 * done / total, 0, 1000)));
    } else {
        m_bar->setRange(0, 0);
    }
    QCoreApplication::processEvents();
    return !m_cancelled;
}

void ProgressStrip::finish()
{
    m_running = false;
    setVisible(false);
}

void ProgressStrip::requestCancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

} // namespace homeward
