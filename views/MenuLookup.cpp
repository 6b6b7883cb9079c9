#include "MenuLookup.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace homeward {

QMenu *menuNamed(QMenuBar *bar, const QString &objectName)
{
    for (QAction *entry : bar->actions())
        if (QMenu *menu = entry->menu(); menu && menu->objectName() == objectName)
            return menu;
    return nullptr;
}

QMenu *menuHolding(QMenuBar *bar, const QString &actionName, QAction **found)
{
    for (QAction *entry : bar->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions())
            if (action->objectName() == actionName) {
                if (found)
                    *found = action;
                return menu;
            }
    }
    return nullptr;
}

} // namespace homeward
