#include "storage/Database.h"
#include "storage/Store.h"
#include "MainWindow.h"
#include <QApplication>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}
