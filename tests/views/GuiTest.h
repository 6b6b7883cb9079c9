#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
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
