#include "MainWindow.h"
namespace homeward {
MainWindow::MainWindow(Store &store, QWidget *parent) : QMainWindow(parent), m_store(store) {}
}
