#pragma once

// The import wizard driven as an official would, for the tests of tests/views (#include "ImportWizardDriver.h"):
// a list written to a file, its path typed into the file page, Next pressed page after page.

#include "GuiTest.h"

#include "importwizard/FilePage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/ValidationPage.h"

#include <QAbstractButton>
#include <QByteArray>
#include <QFile>
#include <QLineEdit>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace homeward::testing {

// Writes `bytes` to the file `name` in `dir`; its path (a warning when it could not be written: the wizard then
// says so).
inline QString writeListFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

// Presses the wizard's Next button.
inline void clickNext(ImportWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

// Types `path` into the file page of the shown `wizard` and goes Next until `page` (the validation page: its check
// done); false when the wizard stops short.
inline bool walkWizardTo(ImportWizard &wizard, const QString &path, int page)
{
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    QLineEdit *edit = wizard.filePage()->pathEdit();
    edit->setFocus();
    test::typeText(edit, path); // the path may hold Cyrillic letters
    if (!wizard.button(QWizard::NextButton)->isEnabled())
        return false;
    while (wizard.currentId() != page) {
        const int before = wizard.currentId();
        if (!wizard.button(QWizard::NextButton)->isEnabled()) {
            qWarning("Next is disabled on page %d", before);
            return false;
        }
        clickNext(wizard);
        if (wizard.currentId() == before)
            return false;
        if (wizard.currentId() == ImportWizard::ValidationPageId &&
            !QTest::qWaitFor([&wizard] { return wizard.validationPage()->isChecked(); }, 20000))
            return false;
    }
    return true;
}

} // namespace homeward::testing
