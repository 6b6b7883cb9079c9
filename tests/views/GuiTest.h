#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace homeward::test {

// Runs a handler once on the next modal widget of type T (a QMessageBox or a
// dialog opened with exec()), from inside that widget's event loop. Watches
// until it has run or the watch goes out of scope.
class ModalWatch final {
public:
    template <typename T> static std::unique_ptr<ModalWatch> on(std::function<void(T *)> handle)
    {
        auto watch = std::unique_ptr<ModalWatch>(new ModalWatch);
        ModalWatch *self = watch.get();
        QObject::connect(self->m_timer.get(), &QTimer::timeout, self->m_timer.get(), [self, handle] {
            auto *widget = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!widget || !widget->isVisible())
                return;
            self->m_timer->stop();
            self->m_seen = true;
            handle(widget);
        });
        self->m_timer->start();
        return watch;
    }

    bool seen() const { return m_seen; }

private:
    ModalWatch() : m_timer(std::make_unique<QTimer>()) { m_timer->setInterval(20); }

    std::unique_ptr<QTimer> m_timer;
    bool m_seen = false;
};

// Types `text` key by key as a keyboard would, Cyrillic included (QTest::keyClicks takes Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const auto key = Qt::Key(ch.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(ch), Qt::NoModifier);
    }
}

// What a message box showed when it was answered.
struct BoxSeen final {
    QString name;
    QString text;
    QString informative;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString yes; // the Yes button's text, empty without one
    QString no;
    bool noIsDefault = false;
};

// What `box` shows now. To look at a stale-choice box as the official sees it, set
// HOMEWARD_SCREENSHOT_STALE=/path/box.png: the box is saved there as an image.
inline BoxSeen seeBox(QMessageBox *box)
{
    BoxSeen seen;
    seen.name = box->objectName();
    seen.text = box->text();
    seen.informative = box->informativeText();
    seen.icon = box->icon();
    seen.yes = box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->text() : QString();
    seen.no = box->button(QMessageBox::No) ? box->button(QMessageBox::No)->text() : QString();
    seen.noIsDefault = box->defaultButton() && box->defaultButton() == box->button(QMessageBox::No);
    if (const QString shot = qEnvironmentVariable("HOMEWARD_SCREENSHOT_STALE");
        !shot.isEmpty() && box->objectName() == QLatin1String("staleChoiceBox"))
        box->grab().save(shot);
    return seen;
}

// Answers the next message box with `button`, keeping its text and informative text in `*text`.
inline std::unique_ptr<ModalWatch> answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    return ModalWatch::on<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (QAbstractButton *chosen = box->button(button))
            chosen->click();
        else
            box->reject();
    });
}

} // namespace homeward::test
