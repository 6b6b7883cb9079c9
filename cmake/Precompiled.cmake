# Precompiled Qt headers. Nearly every source includes the same Qt headers, and parsing
# them is most of the compile time: once per target instead of once per file roughly
# halves a clean build (and the sanitizer build beside it in CI).
# Only system headers are listed, never the project's own, so that a change to one of
# ours rebuilds only what includes it. CMake adds -Winvalid-pch, which says so when a header cannot be used.
# CMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns all of this off (tools/tidy.sh does: clang
# cannot read GCC's precompiled headers).

set(HOMEWARD_PCH_CORE
    <functional> <memory> <optional> <utility>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo>
    <QHash> <QList> <QLocale> <QObject> <QRegularExpression> <QSet> <QString>
    <QStringList> <QVariant> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QCryptographicHash> <QAbstractTableModel> <QSortFilterProxyModel>
    <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord>)

set(HOMEWARD_PCH_WIDGETS
    <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMainWindow> <QMenu> <QMenuBar>
    <QMessageBox> <QPlainTextEdit> <QPushButton> <QSpinBox> <QTableView> <QTimer>
    <QVBoxLayout> <QWidget>)

set(HOMEWARD_PCH_TEST
    <QTest> <QSignalSpy> <QAbstractItemModelTester> <QTemporaryDir> <QProcess>
    <QElapsedTimer> <QStandardPaths>)

