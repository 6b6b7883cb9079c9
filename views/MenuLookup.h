#pragma once

class QAction;
class QMenu;
class QMenuBar;
class QString;

namespace homeward {

// The menus of the main window are found by what they are, not by their
// place or title: another part may have added a menu or the language changed.

// The top-level menu of `bar` whose object name is `objectName`, or nullptr.
QMenu *menuNamed(QMenuBar *bar, const QString &objectName);

// The top-level menu of `bar` that holds the action named `actionName`, or
// nullptr; `found`, when given, receives that action (to insert before it).
QMenu *menuHolding(QMenuBar *bar, const QString &actionName, QAction **found = nullptr);

} // namespace homeward
